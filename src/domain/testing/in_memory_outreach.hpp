#pragma once
// TEST DOUBLE, internal to src/domain/testing: the outreach repository of the in-memory database
// (in_memory_outreach.cpp). Works on the state copy of its unit of work, like the other in-memory repositories.
#include "domain/testing/in_memory_database.hpp"

namespace sinergi::domain::test_doubles::detail {

// Outreach events, follow-ups and the coverage counts (ports/outreach_repository.hpp): the same errors and orders
// as the SQLite backend.
class InMemoryOutreachRepository final : public ports::OutreachRepository {
 public:
  explicit InMemoryOutreachRepository(InMemoryState& s) : s_(s) {}

  core::Status InsertEvent(const OutreachEvent& event) override;
  core::Result<OutreachEvent> GetEvent(const std::string& id) override;
  core::Status UpdateEvent(const OutreachEvent& event, std::int64_t expected_version) override;
  core::Result<ports::Page<OutreachEvent>> ListEvents(const ports::OutreachEventFilter& filter,
                                                      const ports::PageRequest& page) override;
  core::Status InsertFollowUp(const OutreachFollowUp& follow_up) override;
  core::Result<std::vector<OutreachFollowUp>> ListFollowUps(const std::string& event_id, int limit) override;
  core::Result<OutreachFollowUp> GetFollowUp(const std::string& event_id, const std::string& id) override;
  core::Status SetFollowUpCase(const std::string& id, const std::string& case_id) override;
  core::Result<std::map<std::string, ports::RegencyOutreach>> OutreachByRegency(const std::string& province_code,
                                                                                core::Date from,
                                                                                core::Date to) override;
  core::Result<std::map<std::string, std::int64_t>> DeparturesByRegency(const std::string& province_code,
                                                                        core::Date after, core::Date up_to) override;

 private:
  core::Status CheckAgencies(const OutreachEventData& data) const;

  InMemoryState& s_;
};

}  // namespace sinergi::domain::test_doubles::detail

#pragma once
// sqlite_outreach_repository.cpp: outreach events, their follow-ups and the coverage counts (migration
// 0016_outreach.sql). Works on the connection of the unit of work that owns it; not thread-safe.
#include "domain/ports/outreach_repository.hpp"
#include "storage/common/sealed_fields.hpp"
#include "storage/sqlite/connection.hpp"

namespace sinergi::storage::sqlite {

class SqliteOutreachRepository final : public domain::ports::OutreachRepository {
 public:
  SqliteOutreachRepository(Connection& conn, const Sealer& sealer) : conn_(conn), sealer_(sealer) {}

  core::Status InsertEvent(const domain::OutreachEvent& event) override;
  core::Result<domain::OutreachEvent> GetEvent(const std::string& id) override;
  core::Status UpdateEvent(const domain::OutreachEvent& event, std::int64_t expected_version) override;
  core::Result<domain::ports::Page<domain::OutreachEvent>> ListEvents(const domain::ports::OutreachEventFilter& filter,
                                                                      const domain::ports::PageRequest& page) override;
  core::Status InsertFollowUp(const domain::OutreachFollowUp& follow_up) override;
  core::Result<std::vector<domain::OutreachFollowUp>> ListFollowUps(const std::string& event_id, int limit) override;
  core::Result<domain::OutreachFollowUp> GetFollowUp(const std::string& event_id, const std::string& id) override;
  core::Status SetFollowUpCase(const std::string& id, const std::string& case_id) override;
  core::Result<std::map<std::string, domain::ports::RegencyOutreach>> OutreachByRegency(
      const std::string& province_code, core::Date from, core::Date to) override;
  core::Result<std::map<std::string, std::int64_t>> DeparturesByRegency(const std::string& province_code,
                                                                        core::Date after, core::Date up_to) override;

 private:
  // The organiser and partners of the event, rewritten whole.
  core::Status WriteAgencies(const domain::OutreachEvent& event);
  core::Result<domain::OutreachFollowUp> ReadFollowUp(const Statement& s) const;

  Connection& conn_;
  const Sealer& sealer_;
};

}  // namespace sinergi::storage::sqlite

#pragma once
// The coordination storage tests (coordination_contract.cpp): the StorageContract fixture with three agencies and
// builders of forums, meetings, commitments and meeting attachments, instantiated for every backend
// (sqlite_contract.cpp) and for the in-memory test double of the ports (in_memory_contract.cpp), which the
// coordination services' domain tests use.
#include <optional>
#include <string>
#include <vector>

#include "domain/coordination.hpp"
#include "domain/meeting_attachment.hpp"
#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {

class CoordinationContract : public StorageContract {
 protected:
  void SetUp() override {
    StorageContract::SetUp();
    if (HasFatalFailure()) return;
    auto uow = Write();
    ASSERT_NE(uow, nullptr);
    for (const char* id : {"bp3mi", "dp3a", "polda"}) {
      domain::Agency a;
      a.id = id;
      a.code = std::string("C-") + id;
      a.name = id;
      a.type = "LSM";
      a.created_at = a.updated_at = Ms(1'700'000'000'000);
      ASSERT_OK(uow->identity().InsertAgency(a));
    }
    ASSERT_OK(uow->Commit());
  }

  static domain::Forum MakeForum(const std::string& id, const std::string& name,
                                 std::optional<std::string> region = std::nullopt) {
    domain::Forum f;
    f.id = id;
    f.data.name = name;
    f.data.convening_agency_id = "bp3mi";
    f.data.region_code = std::move(region);
    f.data.member_agency_ids = {"bp3mi", "dp3a"};
    f.data.description = "Rapat koordinasi — \"PMI\" ✓";
    f.created_at = f.updated_at = Ms(1'700'000'100'000);
    f.created_by = f.updated_by = "user-1";
    return f;
  }

  static domain::Meeting MakeMeeting(const std::string& id, const std::string& forum_id, core::Date held_on) {
    domain::Meeting m;
    m.id = id;
    m.forum_id = forum_id;
    m.data.title = "Rakor " + id;
    m.data.held_on = held_on;
    m.data.place = "Aula Kantor Gubernur, Denpasar";
    m.data.convening_agency_id = "bp3mi";
    m.data.participants = {{"bp3mi", {{"I Made Sutama", "Kepala Balai"}, {"Ni Luh Ayu", std::nullopt}}},
                           {"polda", {{"AKBP Ketut Wira", "Kasubdit IV Renakta"}}},
                           {"dp3a", {}}};
    m.data.agenda = "1. Evaluasi\n2. Kesepakatan";
    m.created_at = m.updated_at = Ms(1'700'000'200'000);
    m.created_by = m.updated_by = "user-1";
    return m;
  }

  static domain::Commitment MakeCommitment(const std::string& id, const domain::Meeting& meeting,
                                           std::vector<std::string> agencies, core::Date due_on,
                                           domain::CommitmentStatus status = domain::CommitmentStatus::kOpen) {
    domain::Commitment c;
    c.id = id;
    c.meeting_id = meeting.id;
    c.forum_id = meeting.forum_id;
    c.data.agency_ids = std::move(agencies);
    c.data.description = "Sosialisasi migrasi aman " + id;
    c.data.due_on = due_on;
    c.data.indicator = "sosialisasi di 5 kabupaten";
    c.data.target = 5;
    c.data.status = status;
    c.created_at = c.updated_at = Ms(1'700'000'300'000);
    c.created_by = c.updated_by = "user-1";
    c.status_history = {{std::nullopt, status, c.created_at, "user-1", std::nullopt}};
    return c;
  }

  static domain::MeetingAttachment MakeAttachment(const std::string& id, const std::string& meeting_id,
                                                  const std::string& kind, std::int64_t created_ms) {
    domain::MeetingAttachment a;
    a.id = id;
    a.meeting_id = meeting_id;
    a.kind = kind;
    a.file_name = "notulen rapat ✓.pdf";
    a.media_type = "application/pdf";
    a.size_bytes = 1234;
    a.sha256 = std::string(64, 'a');
    a.description = "Ditandatangani semua pihak";
    a.created_at = Ms(created_ms);
    a.created_by = "user-1";
    return a;
  }
};

// Two forums (Bali, Central Sulawesi) with three meetings, for the commitment and attachment tests.
class CoordinationWithMeetings : public CoordinationContract {
 protected:
  void SetUp() override {
    CoordinationContract::SetUp();
    if (HasFatalFailure()) return;
    auto uow = Write();
    ASSERT_OK(uow->coordination().InsertForum(MakeForum("f-bali", "Rakor PMI Provinsi Bali", "51")));
    ASSERT_OK(uow->coordination().InsertForum(MakeForum("f-sulteng", "Rakor PMI Sulawesi Tengah", "72")));
    ASSERT_OK(uow->coordination().InsertMeeting(bali_1_));
    ASSERT_OK(uow->coordination().InsertMeeting(bali_2_));
    ASSERT_OK(uow->coordination().InsertMeeting(sulteng_));
    ASSERT_OK(uow->Commit());
  }

  const domain::Meeting bali_1_ = MakeMeeting("m-bali-1", "f-bali", {2025, 3, 4});
  const domain::Meeting bali_2_ = MakeMeeting("m-bali-2", "f-bali", {2025, 9, 10});
  const domain::Meeting sulteng_ = MakeMeeting("m-sulteng", "f-sulteng", {2025, 5, 20});
};

}  // namespace sinergi::contract

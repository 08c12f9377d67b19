// Coordination forums, meetings and commitments (ports/coordination_repository.hpp): forums and meetings round trip
// (participants and their representatives in order), commitments with their status history, optimistic versions,
// the list filters and pages, the due commitments of the task list, the inputs of the forum record, and meeting
// attachments. Runs on every backend and the in-memory fake (CoordinationContract).
#include "tests/contract/coordination_contract.hpp"

#include <functional>

#include "domain/coordination_rules.hpp"

namespace sinergi::contract {
namespace {

using core::ErrorCode;
using domain::Commitment;
using domain::CommitmentStatus;
using domain::Forum;
using domain::Meeting;
using domain::ports::CommitmentFilter;
using domain::ports::PageRequest;

// A filter with the fields `set` sets (designated initializers would leave the others to -Wmissing-field-initializers).
CommitmentFilter Where(const std::function<void(CommitmentFilter&)>& set) {
  CommitmentFilter f;
  set(f);
  return f;
}

std::vector<std::string> Ids(const std::vector<Commitment>& items) {
  std::vector<std::string> out;
  for (const Commitment& c : items) out.push_back(c.id);
  return out;
}

TEST_P(CoordinationContract, ForumsRoundTripListAndUpdateWithVersions) {
  const Forum bali = MakeForum("f-bali", "Rakor PMI Provinsi Bali", "51");
  const Forum national = MakeForum("f-national", "Forum Nasional Pelindungan PMI");
  const Forum sulteng = MakeForum("f-sulteng", "Gugus Tugas TPPO Sulawesi Tengah", "72");
  {
    auto uow = Write();
    for (const Forum& f : {bali, national, sulteng}) ASSERT_OK(uow->coordination().InsertForum(f));
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Write();
    EXPECT_ERROR(uow->coordination().InsertForum(bali), ErrorCode::kConflict, "forum.exists");
  }
  {
    auto uow = Write();
    Forum orphan = MakeForum("f-orphan", "Tanpa instansi");
    orphan.data.convening_agency_id = "nobody";
    EXPECT_ERROR(uow->coordination().InsertForum(orphan), ErrorCode::kNotFound, "agency.not_found");
  }
  {
    auto uow = Read();
    auto got = uow->coordination().GetForum("f-bali");
    ASSERT_OK(got);
    EXPECT_EQ(got->data, bali.data);
    EXPECT_EQ(got->version, 1);
    EXPECT_EQ(got->created_at, bali.created_at);
    EXPECT_EQ(got->created_by, "user-1");
    EXPECT_ERROR(uow->coordination().GetForum("nope"), ErrorCode::kNotFound, "forum.not_found");
    auto all = uow->coordination().ListForums(std::nullopt, 10);
    ASSERT_OK(all);
    ASSERT_EQ(all->size(), 3u);  // by name
    EXPECT_EQ((*all)[0].id, "f-national");
    EXPECT_EQ((*all)[1].id, "f-sulteng");
    EXPECT_EQ((*all)[2].id, "f-bali");
    auto of_bali = uow->coordination().ListForums("51", 10);
    ASSERT_OK(of_bali);
    ASSERT_EQ(of_bali->size(), 2u);  // Bali's and the national one
    EXPECT_EQ((*of_bali)[0].id, "f-national");
    EXPECT_EQ((*of_bali)[1].id, "f-bali");
    auto limited = uow->coordination().ListForums(std::nullopt, 1);
    ASSERT_OK(limited);
    EXPECT_EQ(limited->size(), 1u);
  }
  Forum next = bali;
  next.version = 2;
  next.data.name = "Rakor Pelindungan PMI Provinsi Bali";
  next.data.member_agency_ids = {"bp3mi", "dp3a", "polda"};
  next.data.description.reset();
  next.updated_at = Ms(1'700'000'900'000);
  next.updated_by = "user-2";
  {
    auto uow = Write();
    EXPECT_ERROR(uow->coordination().UpdateForum(next, 7), ErrorCode::kPreconditionFailed, "version_mismatch");
    Forum missing = next;
    missing.id = "nope";
    EXPECT_ERROR(uow->coordination().UpdateForum(missing, 1), ErrorCode::kNotFound, "forum.not_found");
    ASSERT_OK(uow->coordination().UpdateForum(next, 1));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->coordination().GetForum("f-bali");
  ASSERT_OK(got);
  EXPECT_EQ(got->data, next.data);
  EXPECT_EQ(got->version, 2);
  EXPECT_EQ(got->created_by, "user-1");
  EXPECT_EQ(got->updated_by, "user-2");
  EXPECT_EQ(got->updated_at, next.updated_at);
}

TEST_P(CoordinationContract, MeetingsRoundTripWithParticipantsAndRepresentatives) {
  const Meeting second = MakeMeeting("m-2", "f-bali", {2025, 9, 10});
  Meeting first = MakeMeeting("m-1", "f-bali", {2025, 3, 4});
  first.data.participants = {{"dp3a", {{"Dr. Luh Putu Anggreni", "Kepala Dinas"}}}};
  first.data.online_link = "https://zoom.example.id/j/123";
  {
    auto uow = Write();
    ASSERT_OK(uow->coordination().InsertForum(MakeForum("f-bali", "Rakor PMI Provinsi Bali", "51")));
    ASSERT_OK(uow->coordination().InsertMeeting(second));
    ASSERT_OK(uow->coordination().InsertMeeting(first));
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Write();
    EXPECT_ERROR(uow->coordination().InsertMeeting(first), ErrorCode::kConflict, "meeting.exists");
  }
  {
    auto uow = Write();
    EXPECT_ERROR(uow->coordination().InsertMeeting(MakeMeeting("m-x", "nope", {2025, 1, 1})), ErrorCode::kNotFound,
                 "forum.not_found");
  }
  {
    auto uow = Write();
    Meeting stranger = MakeMeeting("m-y", "f-bali", {2025, 1, 1});
    stranger.data.participants.push_back({"nobody", {}});
    EXPECT_ERROR(uow->coordination().InsertMeeting(stranger), ErrorCode::kNotFound, "agency.not_found");
  }
  {
    auto uow = Read();
    auto got = uow->coordination().GetMeeting("m-2");
    ASSERT_OK(got);
    EXPECT_EQ(got->data, second.data);  // participants and representatives in the order given
    EXPECT_EQ(got->forum_id, "f-bali");
    EXPECT_EQ(got->version, 1);
    EXPECT_FALSE(got->representatives_masked);
    EXPECT_ERROR(uow->coordination().GetMeeting("nope"), ErrorCode::kNotFound, "meeting.not_found");
    auto listed = uow->coordination().ListMeetings("f-bali", 10);
    ASSERT_OK(listed);
    ASSERT_EQ(listed->size(), 2u);  // oldest first, with their participants
    EXPECT_EQ((*listed)[0].data, first.data);
    EXPECT_EQ((*listed)[1].data, second.data);
    auto none = uow->coordination().ListMeetings("nope", 10);
    ASSERT_OK(none);
    EXPECT_TRUE(none->empty());
  }
  Meeting next = second;
  next.version = 2;
  next.data.participants = {{"polda", {{"Kompol Ayu", "Kanit PPA"}}}, {"bp3mi", {}}};
  next.data.minutes = "Disepakati tiga komitmen.";
  next.updated_at = Ms(1'700'000'900'000);
  {
    auto uow = Write();
    EXPECT_ERROR(uow->coordination().UpdateMeeting(next, 5), ErrorCode::kPreconditionFailed, "version_mismatch");
    Meeting missing = next;
    missing.id = "nope";
    EXPECT_ERROR(uow->coordination().UpdateMeeting(missing, 1), ErrorCode::kNotFound, "meeting.not_found");
    ASSERT_OK(uow->coordination().UpdateMeeting(next, 1));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->coordination().GetMeeting("m-2");
  ASSERT_OK(got);
  EXPECT_EQ(got->data, next.data);  // the participants were replaced whole
  EXPECT_EQ(got->version, 2);
}

TEST_P(CoordinationWithMeetings, CommitmentsKeepTheirStatusHistory) {
  const Commitment c = MakeCommitment("c-1", bali_1_, {"bp3mi", "dp3a"}, {2025, 6, 30});
  {
    auto uow = Write();
    ASSERT_OK(uow->coordination().InsertCommitment(c));
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Write();
    EXPECT_ERROR(uow->coordination().InsertCommitment(c), ErrorCode::kConflict, "commitment.exists");
  }
  {
    auto uow = Write();
    Commitment orphan = MakeCommitment("c-x", bali_1_, {"bp3mi"}, {2025, 6, 30});
    orphan.meeting_id = "nope";
    EXPECT_ERROR(uow->coordination().InsertCommitment(orphan), ErrorCode::kNotFound, "meeting.not_found");
  }
  {
    auto uow = Write();
    EXPECT_ERROR(uow->coordination().InsertCommitment(MakeCommitment("c-y", bali_1_, {"nobody"}, {2025, 6, 30})),
                 ErrorCode::kNotFound, "agency.not_found");
  }
  Commitment done = c;
  done.version = 2;
  done.data.status = CommitmentStatus::kDone;
  done.data.progress = 5;
  done.data.evidence = "Laporan sosialisasi di 5 kabupaten";
  done.done_on = core::Date{2025, 7, 2};
  done.updated_at = Ms(1'700'000'800'000);
  done.updated_by = "user-2";
  const domain::CommitmentStatusChange change{CommitmentStatus::kOpen, CommitmentStatus::kDone, done.updated_at,
                                              "user-2", done.data.evidence};
  {
    auto uow = Write();
    EXPECT_ERROR(uow->coordination().UpdateCommitment(done, 3, change), ErrorCode::kPreconditionFailed,
                 "version_mismatch");
    Commitment missing = done;
    missing.id = "nope";
    EXPECT_ERROR(uow->coordination().UpdateCommitment(missing, 1, change), ErrorCode::kNotFound,
                 "commitment.not_found");
    ASSERT_OK(uow->coordination().UpdateCommitment(done, 1, change));
    ASSERT_OK(uow->Commit());
  }
  Commitment progress = done;
  progress.version = 3;
  progress.data.description = "Sosialisasi migrasi aman di 5 kabupaten";
  {
    auto uow = Write();
    ASSERT_OK(uow->coordination().UpdateCommitment(progress, 2, std::nullopt));  // no status move: no entry
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto got = uow->coordination().GetCommitment("c-1");
  ASSERT_OK(got);
  EXPECT_EQ(got->data, progress.data);
  EXPECT_EQ(got->version, 3);
  EXPECT_EQ(got->done_on, (core::Date{2025, 7, 2}));
  EXPECT_EQ(got->meeting_id, "m-bali-1");
  EXPECT_EQ(got->forum_id, "f-bali");
  EXPECT_EQ(got->created_by, "user-1");
  EXPECT_EQ(got->updated_by, "user-2");
  ASSERT_EQ(got->status_history.size(), 2u);
  EXPECT_EQ(got->status_history[0].from, std::nullopt);
  EXPECT_EQ(got->status_history[0].to, CommitmentStatus::kOpen);
  EXPECT_EQ(got->status_history[0].by, "user-1");
  EXPECT_EQ(got->status_history[1].from, CommitmentStatus::kOpen);
  EXPECT_EQ(got->status_history[1].to, CommitmentStatus::kDone);
  EXPECT_EQ(got->status_history[1].at, done.updated_at);
  EXPECT_EQ(got->status_history[1].note, "Laporan sosialisasi di 5 kabupaten");
  EXPECT_ERROR(uow->coordination().GetCommitment("nope"), ErrorCode::kNotFound, "commitment.not_found");
  // A commitment without a numeric target keeps it absent.
  auto listed = uow->coordination().ListCommitments({}, {});
  ASSERT_OK(listed);
  ASSERT_EQ(listed->items.size(), 1u);
  EXPECT_TRUE(listed->items[0].status_history.empty());
}

TEST_P(CoordinationWithMeetings, ListsCommitmentsByFilterNewestFirstInPages) {
  {
    auto uow = Write();
    Commitment no_target = MakeCommitment("c-1", bali_1_, {"bp3mi"}, {2025, 4, 1});
    no_target.data.target.reset();
    for (const Commitment& c :
         {no_target, MakeCommitment("c-2", bali_1_, {"dp3a", "polda"}, {2025, 6, 1}, CommitmentStatus::kInProgress),
          MakeCommitment("c-3", bali_2_, {"polda"}, {2025, 12, 1}, CommitmentStatus::kDropped),
          MakeCommitment("c-4", sulteng_, {"bp3mi", "polda"}, {2025, 8, 1})}) {
      ASSERT_OK(uow->coordination().InsertCommitment(c));
    }
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  const auto list = [&](CommitmentFilter filter, PageRequest page = {}) {
    auto got = uow->coordination().ListCommitments(filter, page);
    EXPECT_TRUE(got.ok());
    return got.ok() ? Ids(got->items) : std::vector<std::string>{};
  };
  using V = std::vector<std::string>;
  EXPECT_EQ(list({}), (V{"c-4", "c-3", "c-2", "c-1"}));
  EXPECT_EQ(list(Where([](CommitmentFilter& f) { f.forum_id = "f-bali"; })), (V{"c-3", "c-2", "c-1"}));
  EXPECT_EQ(list(Where([](CommitmentFilter& f) { f.meeting_id = "m-bali-1"; })), (V{"c-2", "c-1"}));
  EXPECT_EQ(list(Where([](CommitmentFilter& f) { f.agency_id = "polda"; })), (V{"c-4", "c-3", "c-2"}));
  EXPECT_EQ(list(Where([](CommitmentFilter& f) {
              f.statuses = std::vector<CommitmentStatus>{CommitmentStatus::kOpen, CommitmentStatus::kInProgress};
            })),
            (V{"c-4", "c-2", "c-1"}));
  EXPECT_EQ(list(Where([](CommitmentFilter& f) { f.due_before = core::Date{2025, 6, 1}; })), (V{"c-1"}));
  EXPECT_EQ(list(Where([](CommitmentFilter& f) {
              f.due_on_or_after = core::Date{2025, 6, 1};
            })),
            (V{"c-4", "c-3", "c-2"}));
  EXPECT_EQ(list(Where([](CommitmentFilter& f) {
              f.forum_id = "f-bali";
              f.agency_id = "polda";
              f.due_on_or_after = core::Date{2025, 7, 1};
            })),
            (V{"c-3"}));
  EXPECT_TRUE(list(Where([](CommitmentFilter& f) { f.agency_id = "nobody"; })).empty());
  {
    auto got = uow->coordination().ListCommitments({}, {});
    ASSERT_OK(got);
    ASSERT_EQ(got->items.size(), 4u);
    EXPECT_FALSE(got->items[3].data.target.has_value());
    EXPECT_EQ(got->items[0].data.target, 5);
  }
  auto first = uow->coordination().ListCommitments({}, {3, std::nullopt});
  ASSERT_OK(first);
  EXPECT_EQ(Ids(first->items), (V{"c-4", "c-3", "c-2"}));
  ASSERT_TRUE(first->next_after.has_value());
  EXPECT_EQ(list({}, {3, first->next_after}), (V{"c-1"}));
  auto last = uow->coordination().ListCommitments({}, {3, first->next_after});
  ASSERT_OK(last);
  EXPECT_FALSE(last->next_after.has_value());
}

TEST_P(CoordinationWithMeetings, DueCommitmentsFollowTheStatusAndDueDay) {
  {
    auto uow = Write();
    for (const Commitment& c : {MakeCommitment("c-1", bali_1_, {"bp3mi", "dp3a"}, {2025, 6, 10}),
                                MakeCommitment("c-2", bali_1_, {"bp3mi"}, {2025, 6, 1}, CommitmentStatus::kInProgress),
                                MakeCommitment("c-3", bali_2_, {"bp3mi"}, {2025, 5, 1}, CommitmentStatus::kDropped),
                                MakeCommitment("c-4", sulteng_, {"bp3mi"}, {2025, 9, 1})}) {
      ASSERT_OK(uow->coordination().InsertCommitment(c));
    }
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Read();
    auto due = uow->coordination().DueCommitments("bp3mi", {2025, 6, 10}, 10);
    ASSERT_OK(due);
    ASSERT_EQ(due->size(), 2u);  // earliest due first; dropped and later ones left out
    EXPECT_EQ((*due)[0].commitment_id, "c-2");
    EXPECT_EQ((*due)[0].forum_id, "f-bali");
    EXPECT_EQ((*due)[0].due_on, (core::Date{2025, 6, 1}));
    EXPECT_EQ((*due)[1].commitment_id, "c-1");
    auto limited = uow->coordination().DueCommitments("bp3mi", {2025, 6, 10}, 1);
    ASSERT_OK(limited);
    EXPECT_EQ(limited->size(), 1u);
    auto other = uow->coordination().DueCommitments("dp3a", {2025, 6, 9}, 10);
    ASSERT_OK(other);
    EXPECT_TRUE(other->empty());
  }
  {
    // Marked done, and moved to other agencies: the task index follows.
    auto uow = Write();
    auto c1 = uow->coordination().GetCommitment("c-1");
    ASSERT_OK(c1);
    Commitment done = *c1;
    done.version = 2;
    done.data.status = CommitmentStatus::kDone;
    done.data.evidence = "Selesai";
    done.done_on = core::Date{2025, 6, 9};
    ASSERT_OK(uow->coordination().UpdateCommitment(done, 1, std::nullopt));
    auto c4 = uow->coordination().GetCommitment("c-4");
    ASSERT_OK(c4);
    Commitment moved = *c4;
    moved.version = 2;
    moved.data.agency_ids = {"dp3a"};
    ASSERT_OK(uow->coordination().UpdateCommitment(moved, 1, std::nullopt));
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto due = uow->coordination().DueCommitments("bp3mi", {2025, 12, 31}, 10);
  ASSERT_OK(due);
  ASSERT_EQ(due->size(), 1u);
  EXPECT_EQ((*due)[0].commitment_id, "c-2");
  auto dp3a = uow->coordination().DueCommitments("dp3a", {2025, 12, 31}, 10);
  ASSERT_OK(dp3a);
  ASSERT_EQ(dp3a->size(), 1u);
  EXPECT_EQ((*dp3a)[0].commitment_id, "c-4");
  EXPECT_EQ((*dp3a)[0].forum_id, "f-sulteng");
}

TEST_P(CoordinationWithMeetings, AForumsCommitmentsAreTheInputsOfItsRecord) {
  Commitment on_time = MakeCommitment("c-1", bali_1_, {"bp3mi"}, {2025, 6, 30}, CommitmentStatus::kDone);
  on_time.data.evidence = "Laporan";
  on_time.done_on = core::Date{2025, 6, 28};
  Commitment late = MakeCommitment("c-2", bali_1_, {"dp3a", "polda"}, {2025, 6, 30}, CommitmentStatus::kDone);
  late.data.evidence = "Laporan";
  late.done_on = core::Date{2025, 7, 15};
  Commitment dropped = MakeCommitment("c-5", bali_2_, {"polda"}, {2025, 12, 1}, CommitmentStatus::kDropped);
  dropped.data.dropped_reason = "Anggaran dialihkan";
  {
    auto uow = Write();
    for (const Commitment& c : {on_time, late, MakeCommitment("c-3", bali_2_, {"bp3mi"}, {2025, 8, 1}),
                                MakeCommitment("c-4", bali_2_, {"dp3a"}, {2025, 12, 1}, CommitmentStatus::kInProgress),
                                dropped, MakeCommitment("c-6", sulteng_, {"bp3mi"}, {2025, 8, 1})}) {
      ASSERT_OK(uow->coordination().InsertCommitment(c));
    }
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  auto listed = uow->coordination().ListCommitments(Where([](CommitmentFilter& f) { f.forum_id = "f-bali"; }),
                                                    {200, std::nullopt});
  ASSERT_OK(listed);
  const domain::ForumRecord record = domain::ForumRecordOf("f-bali", listed->items, {2025, 9, 1});
  EXPECT_EQ(record.total, (domain::CommitmentCounts{5, 1, 1, 1, 1, 1}));
  EXPECT_EQ(record.by_agency.at("bp3mi"), (domain::CommitmentCounts{2, 1, 0, 1, 0, 0}));
  EXPECT_EQ(record.by_agency.at("polda"), (domain::CommitmentCounts{2, 0, 1, 0, 0, 1}));
  EXPECT_EQ(record.by_agency.at("dp3a"), (domain::CommitmentCounts{2, 0, 1, 0, 1, 0}));
}

TEST_P(CoordinationWithMeetings, MeetingAttachmentsRoundTripInOrderAndAreDeleted) {
  const domain::MeetingAttachment agreement = MakeAttachment("a-2", "m-bali-1", "KESEPAKATAN_BERSAMA", 1'700'000'500);
  domain::MeetingAttachment list = MakeAttachment("a-1", "m-bali-1", "DAFTAR_HADIR", 1'700'000'600);
  list.description.reset();
  const domain::MeetingAttachment minutes = MakeAttachment("a-3", "m-bali-1", "NOTULEN", 1'700'000'500);
  {
    auto uow = Write();
    for (const auto& a : {list, agreement, minutes, MakeAttachment("a-4", "m-sulteng", "NOTULEN", 1)}) {
      ASSERT_OK(uow->coordination().InsertMeetingAttachment(a));
    }
    ASSERT_OK(uow->Commit());
  }
  {
    auto uow = Write();
    EXPECT_ERROR(uow->coordination().InsertMeetingAttachment(list), ErrorCode::kConflict, "meeting_attachment.exists");
  }
  {
    auto uow = Write();
    EXPECT_ERROR(uow->coordination().InsertMeetingAttachment(MakeAttachment("a-9", "nope", "NOTULEN", 1)),
                 ErrorCode::kNotFound, "meeting.not_found");
  }
  {
    auto uow = Read();
    auto got = uow->coordination().GetMeetingAttachment("a-1");
    ASSERT_OK(got);
    EXPECT_EQ(*got, list);
    EXPECT_ERROR(uow->coordination().GetMeetingAttachment("nope"), ErrorCode::kNotFound,
                 "meeting_attachment.not_found");
    auto listed = uow->coordination().ListMeetingAttachments("m-bali-1");
    ASSERT_OK(listed);
    ASSERT_EQ(listed->size(), 3u);  // oldest first, then by id
    EXPECT_EQ((*listed)[0], agreement);
    EXPECT_EQ((*listed)[1], minutes);
    EXPECT_EQ((*listed)[2], list);
  }
  {
    auto uow = Write();
    ASSERT_OK(uow->coordination().DeleteMeetingAttachment("a-2"));
    EXPECT_ERROR(uow->coordination().DeleteMeetingAttachment("nope"), ErrorCode::kNotFound,
                 "meeting_attachment.not_found");
    ASSERT_OK(uow->Commit());
  }
  auto uow = Read();
  EXPECT_ERROR(uow->coordination().GetMeetingAttachment("a-2"), ErrorCode::kNotFound, "meeting_attachment.not_found");
  auto listed = uow->coordination().ListMeetingAttachments("m-bali-1");
  ASSERT_OK(listed);
  EXPECT_EQ(listed->size(), 2u);
  auto other = uow->coordination().ListMeetingAttachments("m-sulteng");
  ASSERT_OK(other);
  EXPECT_EQ(other->size(), 1u);
}

}  // namespace
}  // namespace sinergi::contract

// SQLite-only checks of field-level encryption at rest on a database FILE: the file never holds a sealed field in
// clear text, a wrong key is refused at open, a missing key refuses to read or write sealed fields, and key
// rotation re-seals rows written in clear text (before encryption) and rows sealed with the previous key.
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <filesystem>
#include <fstream>
#include <iterator>

#include "storage/sqlite/sqlite_database.hpp"
#include "tests/contract/storage_contract.hpp"

namespace sinergi::contract {
namespace {

namespace fs = std::filesystem;
using storage::sqlite::SqliteOptions;

constexpr const char* kAddress = "Jl. Anggrek Rahasia 12, rumah aman UPTD PPA";
constexpr const char* kPhone = "+6289999000111";

std::shared_ptr<const core::KeyRing> Ring(const std::string& text) {
  auto ring = core::KeyRing::Parse(text);
  EXPECT_TRUE(ring.ok());
  return std::make_shared<const core::KeyRing>(std::move(*ring));
}

class SqliteSealedFileTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    dir_ = fs::temp_directory_path() /
           ("sinergi_sealed_" + std::to_string(::getpid()) + "_" + std::to_string(counter.fetch_add(1)));
    fs::create_directories(dir_);
    path_ = (dir_ / "sinergi.db").string();
    old_line_ = *core::KeyRing::NewKeyLine("k-old");
    new_line_ = *core::KeyRing::NewKeyLine("k-new");
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  core::Result<std::unique_ptr<Database>> Open(std::shared_ptr<const core::KeyRing> keys) {
    return storage::sqlite::Open(SqliteOptions{path_, 2, 5000, std::move(keys)});
  }

  domain::Person Victim() {
    domain::Person p;
    p.id = "01SEALEDVICTIM0000000000001";
    p.data.full_name = "Korban Terlindungi";
    p.data.address_line = kAddress;
    p.data.phone = kPhone;
    p.data.protected_identity = true;
    return p;
  }

  void InsertVictim(Database& db) {
    auto uow = db.Begin(TxMode::kWrite);
    ASSERT_OK(uow);
    ASSERT_OK((*uow)->persons().Insert(Victim(), {}));
    ASSERT_OK((*uow)->Commit());
  }

  // Every byte of the database file and its WAL, as a thief of the disk would read them.
  std::string FileBytes() {
    std::string all;
    for (const char* suffix : {"", "-wal"}) {
      std::ifstream in(path_ + suffix, std::ios::binary);
      all.append(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
    }
    return all;
  }

  void Sql(const std::string& sql) {
    sqlite3* raw = nullptr;
    ASSERT_EQ(sqlite3_open(path_.c_str(), &raw), SQLITE_OK);
    char* err = nullptr;
    int rc = sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, &err);
    std::string message = err != nullptr ? err : "";
    sqlite3_free(err);
    sqlite3_close(raw);
    ASSERT_EQ(rc, SQLITE_OK) << message;
  }

  fs::path dir_;
  std::string path_;
  std::string old_line_;
  std::string new_line_;
};

TEST_F(SqliteSealedFileTest, TheFileNeverHoldsSealedFieldsInClearText) {
  {
    auto db = Open(Ring(new_line_));
    ASSERT_OK(db);
    InsertVictim(**db);
    auto uow = (*db)->Begin(TxMode::kRead);
    ASSERT_OK(uow);
    auto got = (*uow)->persons().Get(Victim().id);
    ASSERT_OK(got);
    EXPECT_EQ(got->data.address_line, kAddress);
    EXPECT_EQ(got->data.phone, kPhone);
  }
  std::string bytes = FileBytes();
  ASSERT_NE(bytes.find("Korban Terlindungi"), std::string::npos);  // the scan itself works: names are not sealed
  EXPECT_EQ(bytes.find("Anggrek Rahasia"), std::string::npos);
  EXPECT_EQ(bytes.find(kPhone), std::string::npos);
}

TEST_F(SqliteSealedFileTest, CaseNarrativesReportersAndDeterminationNotesNeverReachTheFileInClearText) {
  domain::Case c;
  c.id = "01SEALEDCASE00000000000001";
  c.data.intake_channel = "PENGADUAN_LANGSUNG";
  c.data.reported_on = core::Date{2025, 3, 10};
  c.data.case_types = {"TPPO"};
  c.data.summary = "Disekap di gudang Batam selama tiga minggu";
  c.data.reporter_name = "Pelapor Rahasia Wulandari";
  c.data.reporter_contact = "+6287777000222";
  c.data.occurrence_region_code = "21.71";
  domain::CaseScreening screening;
  screening.id = "01SEALEDSCREENING000000001";
  screening.case_id = c.id;
  screening.person_id = Victim().id;
  screening.result.result = "INDIKASI_KUAT";
  screening.determination = "TPPO";
  screening.determination_note = "Catatan penetapan sangat rahasia";
  domain::CaseAttachment attachment{"01SEALEDATTACHMENT00000001",
                                    c.id,
                                    "visum_korban_wulan.pdf",
                                    "application/pdf",
                                    10,
                                    std::string(64, 'c'),
                                    "Hasil visum RS Bhayangkara",
                                    core::Timestamp{},
                                    "tester"};
  {
    auto db = Open(Ring(old_line_));
    ASSERT_OK(db);
    InsertVictim(**db);
    auto uow = (*db)->Begin(TxMode::kWrite);
    ASSERT_OK(uow);
    ASSERT_OK((*uow)->cases().Insert(c));
    ASSERT_OK((*uow)->cases().InsertScreening(screening));
    ASSERT_OK((*uow)->case_work().InsertAttachment(attachment));
    ASSERT_OK((*uow)->Commit());
  }
  std::string bytes = FileBytes();
  ASSERT_NE(bytes.find("21.71"), std::string::npos);  // the scan itself works: the region is not sealed
  for (const char* secret : {"Disekap di gudang", "Rahasia Wulandari", "+6287777000222", "penetapan sangat",
                             "visum_korban", "RS Bhayangkara"}) {
    EXPECT_EQ(bytes.find(secret), std::string::npos) << secret;
  }
  // Rotation re-seals the case columns too, and they still open with the new key alone.
  {
    auto db = Open(Ring(new_line_ + "\n" + old_line_));
    ASSERT_OK(db);
    int total = 0;
    while (true) {
      auto uow = (*db)->Begin(TxMode::kWrite);
      ASSERT_OK(uow);
      auto done = (*uow)->data_keys().ResealBatch(100);
      ASSERT_OK(done);
      ASSERT_OK((*uow)->Commit());
      if (*done == 0) break;
      total += *done;
    }
    // victim address + phone, summary, reporter name + contact, determination note, attachment name + description
    EXPECT_EQ(total, 8);
  }
  auto db = Open(Ring(new_line_));
  ASSERT_OK(db);
  auto uow = (*db)->Begin(TxMode::kRead);
  ASSERT_OK(uow);
  auto got = (*uow)->cases().Get(c.id);
  ASSERT_OK(got);
  EXPECT_EQ(got->data.summary, c.data.summary);
  EXPECT_EQ(got->data.reporter_name, c.data.reporter_name);
  EXPECT_EQ(got->data.reporter_contact, c.data.reporter_contact);
  auto got_screening = (*uow)->cases().GetScreening(screening.id);
  ASSERT_OK(got_screening);
  EXPECT_EQ(got_screening->determination_note, screening.determination_note);
  auto got_attachment = (*uow)->case_work().GetAttachment(attachment.id);
  ASSERT_OK(got_attachment);
  EXPECT_EQ(*got_attachment, attachment);
}

TEST_F(SqliteSealedFileTest, OutreachFollowUpsNeverReachTheFileInClearText) {
  domain::Agency agency;
  agency.id = "01SEALEDAGENCY000000000001";
  agency.code = "SEALED-OUTREACH";
  agency.name = "Instansi Sosialisasi";
  agency.type = "BP3MI";
  domain::OutreachEvent event;
  event.id = "01SEALEDOUTREACH0000000001";
  event.data.title = "Sosialisasi Desa Terbuka";
  event.data.organiser_agency_id = agency.id;
  event.data.held_on = core::Date{2026, 1, 20};
  event.data.region_code = "61.01";
  event.data.topics = {"PENCEGAHAN_TPPO"};
  event.data.target_groups = {"UMUM"};
  event.data.channel = "TATAP_MUKA";
  domain::OutreachFollowUp follow_up;
  follow_up.id = "01SEALEDFOLLOWUP0000000001";
  follow_up.event_id = event.id;
  follow_up.name = "Penanya Rahasia Marlina";
  follow_up.contact = "+6281355550000";
  follow_up.request = "Paspor adik ditahan majikan di Sarawak";
  follow_up.needs_category = "TPPO";
  {
    auto db = Open(Ring(new_line_));
    ASSERT_OK(db);
    auto uow = (*db)->Begin(TxMode::kWrite);
    ASSERT_OK(uow);
    ASSERT_OK((*uow)->identity().InsertAgency(agency));
    ASSERT_OK((*uow)->outreach().InsertEvent(event));
    ASSERT_OK((*uow)->outreach().InsertFollowUp(follow_up));
    ASSERT_OK((*uow)->Commit());
    auto read = (*db)->Begin(TxMode::kRead);
    ASSERT_OK(read);
    auto got = (*read)->outreach().GetFollowUp(event.id, follow_up.id);
    ASSERT_OK(got);
    EXPECT_EQ(got->name, follow_up.name);
    EXPECT_EQ(got->request, follow_up.request);
  }
  std::string bytes = FileBytes();
  ASSERT_NE(bytes.find("Sosialisasi Desa Terbuka"), std::string::npos);  // the event itself is not sealed
  EXPECT_EQ(bytes.find("Penanya Rahasia"), std::string::npos);
  EXPECT_EQ(bytes.find("+6281355550000"), std::string::npos);
  EXPECT_EQ(bytes.find("Sarawak"), std::string::npos);
}

TEST_F(SqliteSealedFileTest, AWrongKeyIsRefusedAtOpen) {
  {
    auto db = Open(Ring(new_line_));
    ASSERT_OK(db);
    InsertVictim(**db);
  }
  auto impostor = Open(Ring(*core::KeyRing::NewKeyLine("k-new")));  // same id, other key
  ASSERT_FALSE(impostor.ok());
  EXPECT_EQ(impostor.error().reason(), "data_key.mismatch");
}

TEST_F(SqliteSealedFileTest, WithoutAKeySealedFieldsCanBeNeitherReadNorWritten) {
  {
    auto db = Open(Ring(new_line_));
    ASSERT_OK(db);
    InsertVictim(**db);
  }
  auto db = Open(nullptr);
  ASSERT_OK(db);
  {
    auto uow = (*db)->Begin(TxMode::kRead);
    ASSERT_OK(uow);
    auto got = (*uow)->persons().Get(Victim().id);
    ASSERT_FALSE(got.ok());
    EXPECT_EQ(got.error().reason(), "data_key.missing");
  }
  auto uow = (*db)->Begin(TxMode::kWrite);
  ASSERT_OK(uow);
  domain::Person other = Victim();
  other.id = "01SEALEDVICTIM0000000000002";
  auto st = (*uow)->persons().Insert(other, {});
  ASSERT_FALSE(st.ok());
  EXPECT_EQ(st.error().reason(), "data_key.missing");
}

TEST_F(SqliteSealedFileTest, RotationResealsClearTextAndOldKeyValuesThenTheOldKeyCanGo) {
  {
    auto db = Open(Ring(old_line_));
    ASSERT_OK(db);
    InsertVictim(**db);
  }
  // A row from before encryption existed: clear text in a sealed column.
  Sql("INSERT INTO persons (id, version, full_name, phone, created_at, updated_at, created_by, updated_by) "
      "VALUES ('01LEGACYCLEARTEXT000000001', 1, 'Legacy', '+6281111', 0, 0, 'x', 'x')");
  {
    auto db = Open(Ring(new_line_ + "\n" + old_line_));
    ASSERT_OK(db);
    {
      auto uow = (*db)->Begin(TxMode::kRead);
      ASSERT_OK(uow);
      auto counts = (*uow)->data_keys().CountSealed();
      ASSERT_OK(counts);
      EXPECT_NE(std::find(counts->begin(), counts->end(), domain::ports::SealedValueCount{"persons.phone", "", 1}),
                counts->end());
    }
    int total = 0;
    while (true) {  // batches of one, to exercise the loop
      auto uow = (*db)->Begin(TxMode::kWrite);
      ASSERT_OK(uow);
      auto done = (*uow)->data_keys().ResealBatch(1);
      ASSERT_OK(done);
      ASSERT_OK((*uow)->Commit());
      if (*done == 0) break;
      total += *done;
    }
    EXPECT_EQ(total, 3);  // victim address + phone (old key), legacy phone (clear text)
    auto uow = (*db)->Begin(TxMode::kRead);
    ASSERT_OK(uow);
    auto counts = (*uow)->data_keys().CountSealed();
    ASSERT_OK(counts);
    for (const auto& c : *counts) EXPECT_EQ(c.key_id, "k-new") << c.column;
  }
  auto db = Open(Ring(new_line_));  // the old key is retired
  ASSERT_OK(db);
  auto uow = (*db)->Begin(TxMode::kRead);
  ASSERT_OK(uow);
  auto victim = (*uow)->persons().Get(Victim().id);
  ASSERT_OK(victim);
  EXPECT_EQ(victim->data.address_line, kAddress);
  auto legacy = (*uow)->persons().Get("01LEGACYCLEARTEXT000000001");
  ASSERT_OK(legacy);
  EXPECT_EQ(legacy->data.phone, "+6281111");
  EXPECT_EQ(FileBytes().find("+6281111"), std::string::npos);
}

TEST_F(SqliteSealedFileTest, ValuesOfAnUnconfiguredKeyAreReportedByName) {
  {
    auto db = Open(Ring(old_line_));
    ASSERT_OK(db);
    InsertVictim(**db);
  }
  auto db = Open(Ring(new_line_));
  ASSERT_OK(db);
  auto uow = (*db)->Begin(TxMode::kRead);
  ASSERT_OK(uow);
  auto got = (*uow)->persons().Get(Victim().id);
  ASSERT_FALSE(got.ok());
  EXPECT_EQ(got.error().reason(), "data_key.unknown");
  EXPECT_NE(got.error().message().find("k-old"), std::string::npos);
}

}  // namespace
}  // namespace sinergi::contract

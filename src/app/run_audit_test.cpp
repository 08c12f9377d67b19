// `sinergi audit verify|heads|anchor` as an operator runs them (command line parsed, run, exit code and output),
// on a SQLite database FILE that the test then tampers with the way someone holding the file could: around the
// append-only triggers, rewriting an entry and recomputing every hash after it, or cutting off the tail. Either
// leaves a chain that verifies on its own; the anchors exported before expose it.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <sqlite3.h>
#include <unistd.h>

#include <atomic>
#include <boost/json.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "app/application.hpp"
#include "domain/audit.hpp"
#include "storage/sqlite/sqlite_database.hpp"

namespace sinergi::app {
namespace {

namespace fs = std::filesystem;
using domain::AuditEntry;
using ::testing::HasSubstr;
using ::testing::Not;

core::Timestamp At(int day, int hour) {
  return core::Timestamp{std::chrono::sys_days{std::chrono::year{2026} / 11 / day}} + std::chrono::hours{hour};
}

struct CliRun {
  int code = -1;
  std::string out;
};

class AuditCliTest : public ::testing::Test {
 protected:
  void SetUp() override {
    static std::atomic<int> counter{0};
    dir_ = fs::temp_directory_path() /
           ("sinergi_audit_cli_" + std::to_string(::getpid()) + "_" + std::to_string(counter.fetch_add(1)));
    fs::create_directories(dir_);
    db_path_ = (dir_ / "sinergi.db").string();
    anchors_ = (dir_ / "anchors.jsonl").string();
  }
  void TearDown() override {
    std::error_code ec;
    fs::remove_all(dir_, ec);
  }

  // Appends one entry per time through the storage layer, as the server would.
  void AppendEntries(const std::vector<core::Timestamp>& times) {
    auto db = storage::sqlite::Open({db_path_, 2, 5000, nullptr});
    ASSERT_TRUE(db.ok()) << db.error().message();
    for (core::Timestamp at : times) {
      auto uow = (*db)->Begin(domain::ports::TxMode::kWrite);
      ASSERT_TRUE(uow.ok());
      AuditEntry e;
      e.id = "01AUDITCLI" + std::to_string(++appended_);
      e.at = at;
      e.actor_id = "user-1";
      e.action = "read";
      e.entity_type = "person";
      e.entity_id = "p" + std::to_string(appended_);
      ASSERT_TRUE((*uow)->audit().Append(e).ok());
      ASSERT_TRUE((*uow)->Commit().ok());
    }
  }

  // Day 20: entries 1-2; day 21: 3-4; day 22: 5-7 (the open period).
  void AppendThreeDays() {
    AppendEntries({At(20, 9), At(20, 17), At(21, 8), At(21, 23), At(22, 1), At(22, 2), At(22, 3)});
  }

  CliRun Cli(std::vector<std::string> args) {
    args.insert(args.begin(), "sinergi");
    std::vector<const char*> argv;
    for (const std::string& a : args) argv.push_back(a.c_str());
    ::testing::internal::CaptureStdout();
    CliRun run;
    auto outcome = cli::ParseCommandLine(static_cast<int>(argv.size()), argv.data());
    if (const int* code = std::get_if<int>(&outcome)) {
      run.code = *code;
    } else {
      run.code = app::Run(std::get<cli::Command>(outcome));
    }
    run.out = ::testing::internal::GetCapturedStdout();
    return run;
  }
  std::string Db() const { return "sqlite:" + db_path_; }

  std::string Anchors() const {
    std::ifstream in(anchors_, std::ios::binary);
    std::stringstream s;
    s << in.rdbuf();
    return s.str();
  }

  // Runs SQL on the file with the raw SQLite API, as anyone holding the file could; "" or SQLite's message.
  std::string RawExec(const std::string& sql) {
    sqlite3* raw = nullptr;
    std::string message;
    if (sqlite3_open_v2(db_path_.c_str(), &raw, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
      message = raw != nullptr ? sqlite3_errmsg(raw) : "cannot open";
      sqlite3_close(raw);
      return message;
    }
    char* error = nullptr;
    if (sqlite3_exec(raw, sql.c_str(), nullptr, nullptr, &error) != SQLITE_OK) {
      message = error != nullptr ? error : "failed";
    }
    sqlite3_free(error);
    sqlite3_close(raw);
    return message;
  }

  std::vector<AuditEntry> Stored() {
    auto db = storage::sqlite::Open({db_path_, 1, 5000, nullptr});
    SINERGI_CHECK(db.ok());
    auto uow = (*db)->Begin(domain::ports::TxMode::kRead);
    SINERGI_CHECK(uow.ok());
    std::vector<AuditEntry> entries;
    SINERGI_CHECK((*uow)
                      ->audit()
                      .Scan([&](const AuditEntry& e) {
                        entries.push_back(e);
                        return true;
                      })
                      .ok());
    return entries;
  }

  // The attack anchoring exists for: edit entry `seq` and store a fresh hash for it and every later entry, so the
  // chain verifies again. The triggers are dropped first, as the attacker (owning the file) can.
  void RewriteFrom(std::int64_t seq, const std::string& new_detail) {
    std::vector<AuditEntry> entries = Stored();
    std::string sql = "DROP TRIGGER audit_log_no_update;";
    for (std::size_t i = static_cast<std::size_t>(seq - 1); i < entries.size(); ++i) {
      AuditEntry& e = entries[i];
      if (e.seq == seq) e.detail = new_detail;
      e.prev_hash = i == 0 ? domain::kAuditGenesisHash : entries[i - 1].hash;
      e.hash = domain::ComputeAuditHash(e);
      sql += "UPDATE audit_log SET detail = '" + e.detail + "', prev_hash = '" + e.prev_hash + "', hash = '" + e.hash +
             "' WHERE seq = " + std::to_string(e.seq) + ";";
    }
    ASSERT_EQ(RawExec(sql), "");
  }

  fs::path dir_;
  std::string db_path_;
  std::string anchors_;
  int appended_ = 0;
};

std::vector<boost::json::object> JsonLines(const std::string& text) {
  std::vector<boost::json::object> lines;
  std::istringstream in(text);
  for (std::string line; std::getline(in, line);) lines.push_back(boost::json::parse(line).as_object());
  return lines;
}

TEST_F(AuditCliTest, HeadsPrintsOneLinePerEndedPeriod) {
  AppendThreeDays();
  CliRun run = Cli({"audit", "heads", "--db", Db()});
  ASSERT_EQ(run.code, 0) << run.out;
  auto lines = JsonLines(run.out);
  ASSERT_EQ(lines.size(), 2U) << run.out;  // 2026-11-22 has not ended: its head may still move
  EXPECT_EQ(lines[0].at("period").as_string(), "2026-11-20");
  EXPECT_EQ(lines[0].at("seq").as_int64(), 2);
  EXPECT_EQ(lines[0].at("entry_id").as_string(), "01AUDITCLI2");
  EXPECT_EQ(lines[0].at("at").as_string(), "2026-11-20T17:00:00.000Z");
  EXPECT_EQ(lines[0].at("hash").as_string(), Stored()[1].hash);
  EXPECT_EQ(lines[0].at("entries").as_int64(), 2);
  EXPECT_EQ(lines[1].at("period").as_string(), "2026-11-21");
  EXPECT_EQ(lines[1].at("seq").as_int64(), 4);

  EXPECT_EQ(Cli({"audit", "heads", "--db", Db()}).out, run.out);  // deterministic

  CliRun since = Cli({"audit", "heads", "--db", Db(), "--since", "2026-11-21", "--period", "hour"});
  ASSERT_EQ(since.code, 0) << since.out;
  auto hours = JsonLines(since.out);
  ASSERT_EQ(hours.size(), 4U) << since.out;  // 21T08, 21T23, 22T01, 22T02 (22T03 is open)
  EXPECT_EQ(hours[0].at("period").as_string(), "2026-11-21T08Z");
  EXPECT_EQ(hours[3].at("period").as_string(), "2026-11-22T02Z");
}

TEST_F(AuditCliTest, AnEmptyTrailHasNoHeads) {
  AppendEntries({});
  CliRun run = Cli({"audit", "heads", "--db", Db()});
  EXPECT_EQ(run.code, 0);
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(Cli({"audit", "anchor", "--db", Db(), "--out", anchors_}).code, 0);
  EXPECT_EQ(Anchors(), "");
  EXPECT_EQ(Cli({"audit", "verify", "--db", Db(), "--anchors", anchors_}).code, 0);
}

TEST_F(AuditCliTest, AppendingIsIdempotent) {
  AppendThreeDays();
  ASSERT_EQ(Cli({"audit", "heads", "--db", Db(), "--out", anchors_}).code, 0);
  const std::string after_heads = Anchors();
  EXPECT_EQ(JsonLines(after_heads).size(), 2U);
  CliRun again = Cli({"audit", "heads", "--db", Db(), "--out", anchors_});
  ASSERT_EQ(again.code, 0) << again.out;
  EXPECT_THAT(again.out, HasSubstr("0 heads appended, 2 already there"));
  EXPECT_EQ(Anchors(), after_heads);

  ASSERT_EQ(Cli({"audit", "anchor", "--db", Db(), "--out", anchors_}).code, 0);
  const std::string after_anchor = Anchors();
  auto lines = JsonLines(after_anchor);
  ASSERT_EQ(lines.size(), 3U);
  EXPECT_EQ(after_anchor.substr(0, after_heads.size()), after_heads);  // only ever appended to
  EXPECT_EQ(lines[2].at("seq").as_int64(), 7);
  EXPECT_TRUE(lines[2].at("open").as_bool());
  ASSERT_EQ(Cli({"audit", "anchor", "--db", Db(), "--out", anchors_}).code, 0);
  EXPECT_EQ(Anchors(), after_anchor);

  // The open day ends when the next one begins; its head is then anchored as closed, with the new current head.
  AppendEntries({At(23, 6)});
  ASSERT_EQ(Cli({"audit", "anchor", "--db", Db(), "--out", anchors_}).code, 0);
  lines = JsonLines(Anchors());
  ASSERT_EQ(lines.size(), 5U);
  EXPECT_EQ(lines[3].at("period").as_string(), "2026-11-22");
  EXPECT_EQ(lines[3].at("seq").as_int64(), 7);
  EXPECT_FALSE(lines[3].contains("open"));
  EXPECT_EQ(lines[4].at("seq").as_int64(), 8);

  CliRun verify = Cli({"audit", "verify", "--db", Db(), "--anchors", anchors_});
  EXPECT_EQ(verify.code, 0) << verify.out;
  EXPECT_THAT(verify.out, HasSubstr("anchors hold: 5 heads"));
}

// The scenario anchoring exists for: after an edit with every later hash recomputed, the chain verifies, but
// not against the heads exported before.
TEST_F(AuditCliTest, ARecomputedChainPassesVerifyButNotItsAnchors) {
  AppendThreeDays();
  ASSERT_EQ(Cli({"audit", "anchor", "--db", Db(), "--out", anchors_}).code, 0);
  ASSERT_EQ(JsonLines(Anchors()).size(), 3U);
  const std::string anchored = Anchors();

  RewriteFrom(3, "nothing to see");

  CliRun plain = Cli({"audit", "verify", "--db", Db()});
  EXPECT_EQ(plain.code, 0) << plain.out;
  EXPECT_THAT(plain.out, HasSubstr("audit chain intact: 7 entries"));

  CliRun anchored_verify = Cli({"audit", "verify", "--db", Db(), "--anchors", anchors_});
  EXPECT_EQ(anchored_verify.code, 3) << anchored_verify.out;
  EXPECT_THAT(anchored_verify.out, HasSubstr("audit anchor MISMATCH: " + anchors_ +
                                             " line 2, head of 2026-11-21 "
                                             "(entry 4): entry 4 now has hash"));
  EXPECT_THAT(anchored_verify.out, Not(HasSubstr("intact")));

  // Nor can the rewritten trail get its new heads anchored next to the old ones.
  CliRun heads = Cli({"audit", "heads", "--db", Db(), "--out", anchors_});
  EXPECT_EQ(heads.code, 3) << heads.out;
  EXPECT_THAT(heads.out, HasSubstr("MISMATCH"));
  EXPECT_EQ(Cli({"audit", "anchor", "--db", Db(), "--out", anchors_}).code, 3);
  EXPECT_EQ(Anchors(), anchored);
}

TEST_F(AuditCliTest, ACutOffTailPassesVerifyButNotItsAnchors) {
  AppendThreeDays();
  ASSERT_EQ(Cli({"audit", "anchor", "--db", Db(), "--out", anchors_}).code, 0);
  ASSERT_EQ(RawExec("DROP TRIGGER audit_log_no_delete; DELETE FROM audit_log WHERE seq >= 6"), "");

  EXPECT_EQ(Cli({"audit", "verify", "--db", Db()}).code, 0);
  CliRun run = Cli({"audit", "verify", "--db", Db(), "--anchors", anchors_});
  EXPECT_EQ(run.code, 3) << run.out;
  EXPECT_THAT(run.out, HasSubstr("line 3, open head of 2026-11-22 (entry 7): the chain ends at entry 5"));
}

// A closed head anchored earlier must not be replaced by another head of the same period, even when every
// anchored hash still matches (here: the entry after it moved into its day, and the chain recomputed).
TEST_F(AuditCliTest, AnotherHeadForAnAnchoredPeriodIsAConflict) {
  AppendThreeDays();
  ASSERT_EQ(Cli({"audit", "heads", "--db", Db(), "--out", anchors_}).code, 0);  // -20 @2, -21 @4
  const std::string anchored = Anchors();
  std::vector<AuditEntry> entries = Stored();
  AuditEntry& moved = entries[4];                    // entry 5, 2026-11-22 01:00
  moved.at = At(21, 23) + std::chrono::minutes{30};  // now the last entry of 2026-11-21
  std::string sql = "DROP TRIGGER audit_log_no_update; UPDATE audit_log SET at = " +
                    std::to_string(moved.at.time_since_epoch().count()) + " WHERE seq = 5;";
  for (std::size_t i = 4; i < entries.size(); ++i) {
    entries[i].prev_hash = entries[i - 1].hash;
    entries[i].hash = domain::ComputeAuditHash(entries[i]);
    sql += "UPDATE audit_log SET prev_hash = '" + entries[i].prev_hash + "', hash = '" + entries[i].hash +
           "' WHERE seq = " + std::to_string(entries[i].seq) + ";";
  }
  ASSERT_EQ(RawExec(sql), "");
  ASSERT_EQ(Cli({"audit", "verify", "--db", Db(), "--anchors", anchors_}).code, 0);  // both anchors still hold

  CliRun run = Cli({"audit", "heads", "--db", Db(), "--out", anchors_});
  EXPECT_EQ(run.code, 3) << run.out;
  EXPECT_THAT(run.out, HasSubstr("audit anchor CONFLICT in " + anchors_));
  EXPECT_THAT(run.out, HasSubstr("head of 2026-11-21 (entry 4)"));
  EXPECT_EQ(Anchors(), anchored);
}

TEST_F(AuditCliTest, ABrokenChainIsNotExported) {
  AppendThreeDays();
  ASSERT_EQ(RawExec("DROP TRIGGER audit_log_no_update; UPDATE audit_log SET detail = 'x' WHERE seq = 2"), "");
  CliRun run = Cli({"audit", "heads", "--db", Db(), "--out", anchors_});
  EXPECT_EQ(run.code, 3);
  EXPECT_THAT(run.out, HasSubstr("audit chain BROKEN at entry 2"));
  EXPECT_FALSE(fs::exists(anchors_));
  CliRun printed = Cli({"audit", "heads", "--db", Db()});
  EXPECT_EQ(printed.code, 3);
  EXPECT_THAT(printed.out, Not(HasSubstr("{")));
}

TEST_F(AuditCliTest, AnEditedAnchorFileFailsVerify) {
  AppendThreeDays();
  ASSERT_EQ(Cli({"audit", "heads", "--db", Db(), "--out", anchors_}).code, 0);
  std::string text = Anchors();
  const std::size_t hash_at = text.find("\"hash\":\"") + 8;
  text[hash_at] = text[hash_at] == '0' ? '1' : '0';
  std::ofstream(anchors_, std::ios::binary | std::ios::trunc) << text;
  CliRun run = Cli({"audit", "verify", "--db", Db(), "--anchors", anchors_});
  EXPECT_EQ(run.code, 3) << run.out;
  EXPECT_THAT(run.out, HasSubstr("line 1"));

  std::ofstream(anchors_, std::ios::binary | std::ios::trunc) << "not json\n";
  EXPECT_EQ(Cli({"audit", "verify", "--db", Db(), "--anchors", anchors_}).code, 1);  // unreadable: not checked
}

TEST_F(AuditCliTest, UsageErrorsAreRefusedBeforeAnythingRuns) {
  EXPECT_NE(Cli({"audit", "heads", "--db", Db(), "--period", "week"}).code, 0);
  EXPECT_NE(Cli({"audit", "heads", "--db", Db(), "--since", "2026-13-01"}).code, 0);
  EXPECT_NE(Cli({"audit", "anchor", "--db", Db()}).code, 0);  // --out is required
  EXPECT_NE(Cli({"audit", "verify", "--db", Db(), "--anchors", (dir_ / "missing.jsonl").string()}).code, 0);
  EXPECT_FALSE(fs::exists(db_path_));
}

}  // namespace
}  // namespace sinergi::app

#include "domain/codelists.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>
#include <vector>

#include "domain/journey.hpp"

namespace sinergi::domain {
namespace {

std::vector<std::string> Codes(std::string_view list) {
  std::vector<std::string> codes;
  const Codelist* found = FindCodelist(list);
  if (found == nullptr) {
    return codes;
  }
  for (const CodeItem& item : found->items) {
    codes.emplace_back(item.code);
  }
  return codes;
}

bool IsUpperSnake(std::string_view code) {
  if (code.empty() || code.front() == '_' || code.back() == '_') {
    return false;
  }
  for (char c : code) {
    if (!((c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_')) {
      return false;
    }
  }
  return true;
}

bool IsLowerSnake(std::string_view code) {
  if (code.empty()) {
    return false;
  }
  for (char c : code) {
    if (!((c >= 'a' && c <= 'z') || c == '_')) {
      return false;
    }
  }
  return true;
}

TEST(CodelistsTest, AllRequiredListsExist) {
  for (const char* name :
       {"jenis_kelamin", "status_perkawinan", "pendidikan", "hubungan_keluarga", "status_pmi", "pmi_kategori",
        "bukan_pmi", "skema_penempatan", "dokumen_pmi", "status_dokumen", "alasan_kepulangan", "journey_status",
        "journey_phase", "bentuk_reintegrasi", "lokasi_layanan_kepulangan"}) {
    EXPECT_NE(FindCodelist(name), nullptr) << name;
  }
  EXPECT_EQ(FindCodelist("no_such_list"), nullptr);
  EXPECT_EQ(FindCodelist(""), nullptr);
}

TEST(CodelistsTest, EveryListIsWellFormed) {
  std::set<std::string_view> names;
  for (const Codelist& list : AllCodelists()) {
    EXPECT_TRUE(names.insert(list.name).second) << "duplicate list " << list.name;
    EXPECT_FALSE(list.items.empty()) << list.name;
    // The description must name its legal source (an article or regulation number).
    EXPECT_NE(list.description.find_first_of("0123456789"), std::string_view::npos) << list.name;
    const bool lower_case_codes = list.name == "status_dokumen" || list.name == "journey_status" ||
                                  list.name == "journey_phase" || list.name == "audit_action";
    std::set<std::string_view> codes;
    for (const CodeItem& item : list.items) {
      EXPECT_TRUE(codes.insert(item.code).second) << list.name << " duplicate " << item.code;
      EXPECT_TRUE(lower_case_codes ? IsLowerSnake(item.code) : IsUpperSnake(item.code))
          << list.name << " " << item.code;
      EXPECT_FALSE(item.label_id.empty()) << item.code;
      EXPECT_FALSE(item.label_en.empty()) << item.code;
      EXPECT_EQ(FindCodelist(list.name), &list);
      EXPECT_TRUE(IsValidCode(list.name, item.code));
    }
  }
}

TEST(CodelistsTest, PersonListsHaveDukcapilCodesAndLabels) {
  EXPECT_EQ(Codes("jenis_kelamin"), (std::vector<std::string>{"LAKI_LAKI", "PEREMPUAN"}));
  const Codelist* sex = FindCodelist("jenis_kelamin");
  ASSERT_NE(sex, nullptr);
  EXPECT_EQ(sex->items[0].label_id, "Laki-laki");
  EXPECT_EQ(sex->items[0].label_en, "Male");
  EXPECT_EQ(sex->items[1].label_id, "Perempuan");
  EXPECT_EQ(sex->items[1].label_en, "Female");

  EXPECT_EQ(Codes("status_perkawinan"),
            (std::vector<std::string>{"BELUM_KAWIN", "KAWIN", "CERAI_HIDUP", "CERAI_MATI"}));
  EXPECT_EQ(Codes("pendidikan"), (std::vector<std::string>{"TIDAK_SEKOLAH", "BELUM_TAMAT_SD", "SD", "SMP", "SMA",
                                                           "D1_D2", "D3", "D4_S1", "S2", "S3"}));
  const Codelist* education = FindCodelist("pendidikan");
  ASSERT_NE(education, nullptr);
  std::vector<std::string_view> labels;
  for (const CodeItem& item : education->items) {
    labels.push_back(item.label_id);
  }
  EXPECT_EQ(labels[2], "Tamat SD/Sederajat");
  EXPECT_EQ(labels[3], "SLTP/Sederajat");
  EXPECT_EQ(labels[4], "SLTA/Sederajat");
  EXPECT_EQ(labels[5], "Diploma I/II");
  EXPECT_EQ(labels[6], "Akademi/Diploma III/Sarjana Muda");
  EXPECT_EQ(labels[7], "Diploma IV/Strata I");
  EXPECT_EQ(labels[8], "Strata II");
  EXPECT_EQ(labels[9], "Strata III");

  EXPECT_EQ(Codes("hubungan_keluarga"),
            (std::vector<std::string>{"PASANGAN", "ANAK", "ORANG_TUA", "WALI", "ANAK_PERWALIAN"}));
}

TEST(CodelistsTest, PmiListsFollowUu18Of2017) {
  EXPECT_EQ(Codes("status_pmi"), (std::vector<std::string>{"CALON", "AKAN_BEKERJA", "SEDANG_BEKERJA", "PURNA"}));
  EXPECT_EQ(Codes("pmi_kategori"), (std::vector<std::string>{"BADAN_HUKUM", "PERSEORANGAN_RT", "PELAUT"}));
  EXPECT_EQ(Codes("bukan_pmi").size(), 7U);  // Ps 4(2) (a)-(g)
  EXPECT_EQ(Codes("skema_penempatan"), (std::vector<std::string>{"BADAN", "P3MI", "UKPS", "PERSEORANGAN"}));
  EXPECT_EQ(Codes("alasan_kepulangan"),
            (std::vector<std::string>{"BERAKHIR_PK", "CUTI", "PHK_DINI", "KECELAKAAN_SAKIT", "PENGANIAYAAN",
                                      "PERANG_BENCANA_WABAH", "DEPORTASI", "MENINGGAL", "LAINNYA"}));
  EXPECT_EQ(Codes("status_dokumen"), (std::vector<std::string>{"missing", "submitted", "verified", "rejected"}));
  const Codelist* status = FindCodelist("status_dokumen");
  ASSERT_NE(status, nullptr);
  EXPECT_EQ(status->items[0].label_id, "Belum ada");
  EXPECT_EQ(status->items[1].label_id, "Diajukan");
  EXPECT_EQ(status->items[2].label_id, "Terverifikasi");
  EXPECT_EQ(status->items[3].label_id, "Ditolak");
}

TEST(CodelistsTest, RequiredPmiDocumentsAreTheNinePasal13DocumentsInOrder) {
  const std::vector<std::string> expected{"SK_STATUS_KAWIN",       "IZIN_KELUARGA",    "SERTIFIKAT_KOMPETENSI",
                                          "SK_SEHAT_PSIKOLOGI",    "PASPOR",           "VISA_KERJA",
                                          "PERJANJIAN_PENEMPATAN", "PERJANJIAN_KERJA", "JAMSOS"};
  std::vector<std::string> required;
  for (const CodeItem& item : RequiredPmiDocuments()) {
    required.emplace_back(item.code);
  }
  EXPECT_EQ(required, expected);
  EXPECT_EQ(Codes("dokumen_pmi"), expected);
}

TEST(CodelistsTest, JourneyListsMatchTheJourneyEnums) {
  EXPECT_EQ(Codes("journey_status"),
            (std::vector<std::string>{"registered", "in_training", "ready_to_depart", "working_abroad", "returned",
                                      "reintegrating", "closed"}));
  for (auto s : {JourneyStatus::kRegistered, JourneyStatus::kInTraining, JourneyStatus::kReadyToDepart,
                 JourneyStatus::kWorkingAbroad, JourneyStatus::kReturned, JourneyStatus::kReintegrating,
                 JourneyStatus::kClosed}) {
    EXPECT_TRUE(IsValidCode("journey_status", ToString(s))) << ToString(s);
  }
  for (auto p : {Phase::kBefore, Phase::kDuring, Phase::kAfter}) {
    EXPECT_TRUE(IsValidCode("journey_phase", ToString(p))) << ToString(p);
  }
  const Codelist* status = FindCodelist("journey_status");
  ASSERT_NE(status, nullptr);
  EXPECT_EQ(status->items[0].label_id, "Terdaftar");
  EXPECT_EQ(status->items[3].label_id, "Bekerja di luar negeri");
  EXPECT_EQ(status->items[6].label_id, "Selesai");
  const Codelist* phase = FindCodelist("journey_phase");
  ASSERT_NE(phase, nullptr);
  EXPECT_EQ(phase->items[0].label_id, "Sebelum bekerja");
  EXPECT_EQ(phase->items[1].label_id, "Selama bekerja");
  EXPECT_EQ(phase->items[2].label_id, "Setelah bekerja");

  EXPECT_TRUE(IsValidCode("bentuk_reintegrasi", "PEMBERDAYAAN_EKONOMI"));
  EXPECT_TRUE(IsValidCode("bentuk_reintegrasi", "KUNJUNGAN_RUMAH"));
  EXPECT_TRUE(IsValidCode("bentuk_reintegrasi", "LAINNYA"));
  EXPECT_EQ(Codes("bentuk_reintegrasi").size(), 12U);  // PP 59/2021 Ps 22(1) (a)-(i) + 3
  EXPECT_EQ(Codes("lokasi_layanan_kepulangan"),
            (std::vector<std::string>{"DEBARKASI", "HELP_DESK", "LOUNGE", "JALUR_KHUSUS_PMI", "RUMAH_RAMAH",
                                      "TERMINAL_KARGO"}));
  EXPECT_EQ(Codes("jenis_pelatihan"), (std::vector<std::string>{"OPP", "PEMBEKALAN_AKHIR", "PELATIHAN_VOKASI",
                                                                "PELATIHAN_KEWIRAUSAHAAN", "LAINNYA"}));
  const Codelist* training = FindCodelist("jenis_pelatihan");
  ASSERT_NE(training, nullptr);
  EXPECT_EQ(training->items[0].label_id, "Orientasi Pra Pemberangkatan");
  EXPECT_EQ(training->items[0].label_en, "Pre-departure orientation");
}

TEST(CodelistsTest, IdentityListsForIssue3) {
  EXPECT_EQ(Codes("jenis_instansi"),
            (std::vector<std::string>{"BP3MI", "KP2MI", "DP3A", "DINAS_PPA", "UPTD_PPA", "POLRI", "PERWAKILAN_RI",
                                      "BPJS", "DINAS_SOSIAL", "DINAS_TENAGA_KERJA", "PEMDA", "LSM", "LAINNYA"}));
  EXPECT_EQ(Codes("peran"), (std::vector<std::string>{"SYSTEM_ADMIN", "SUPERVISOR", "CASE_WORKER",
                                                      "POLICE_INVESTIGATOR", "DATA_ANALYST", "VIEWER"}));
  const Codelist* roles = FindCodelist("peran");
  ASSERT_NE(roles, nullptr);
  EXPECT_EQ(roles->items[0].label_id, "Administrator sistem");
  EXPECT_EQ(roles->items[1].label_id, "Supervisor instansi");
  EXPECT_EQ(roles->items[2].label_id, "Pendamping/petugas kasus");
  EXPECT_EQ(roles->items[3].label_id, "Penyidik kepolisian");
  EXPECT_EQ(roles->items[4].label_id, "Analis data");
  EXPECT_EQ(roles->items[5].label_id, "Pengamat");
  EXPECT_EQ(Codes("lingkup_akses"), (std::vector<std::string>{"OWN", "AGENCY", "REGION", "NATIONAL"}));
  EXPECT_EQ(Codes("audit_action"), (std::vector<std::string>{"read",
                                                             "list",
                                                             "create",
                                                             "update",
                                                             "delete",
                                                             "transition",
                                                             "link",
                                                             "unlink",
                                                             "flag",
                                                             "follow_up",
                                                             "login",
                                                             "login_failed",
                                                             "logout",
                                                             "logout_all",
                                                             "export",
                                                             "break_glass",
                                                             "permission_change",
                                                             "password_reset",
                                                             "totp_enabled",
                                                             "key_rotation",
                                                             "retention"}));
  EXPECT_FALSE(IsValidCode("audit_action", "LOGIN"));
  EXPECT_FALSE(IsValidCode("peran", "system_admin"));
}

TEST(CodelistsTest, IsValidCodeIsExact) {
  EXPECT_TRUE(IsValidCode("skema_penempatan", "P3MI"));
  EXPECT_FALSE(IsValidCode("skema_penempatan", "p3mi"));  // codes are case-sensitive
  EXPECT_FALSE(IsValidCode("skema_penempatan", "P3MI "));
  EXPECT_FALSE(IsValidCode("skema_penempatan", ""));
  EXPECT_FALSE(IsValidCode("no_such_list", "P3MI"));
  EXPECT_FALSE(IsValidCode("status_dokumen", "MISSING"));
  EXPECT_FALSE(IsValidCode("jenis_kelamin", "KAWIN"));  // a code of another list
}

}  // namespace
}  // namespace sinergi::domain

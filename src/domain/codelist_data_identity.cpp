// Identity and audit code lists (issue #3): agency types, roles, access scopes and audit actions. Agency labels
// use the institutions' own names; the legal sources are cited in each list's description.
#include "domain/codelist_data.hpp"

namespace sinergi::domain::detail {
namespace {

constexpr CodeItem kJenisInstansi[] = {
    {"BP3MI", "Balai Pelayanan Pelindungan Pekerja Migran Indonesia",
     "Provincial migrant-worker protection service office (BP3MI)"},
    {"KP2MI", "Kementerian Pelindungan Pekerja Migran Indonesia/BP2MI",
     "Ministry for the Protection of Indonesian Migrant Workers (KP2MI, formerly BP2MI)"},
    {"DP3A", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
     "Provincial or district office for women's empowerment and child protection"},
    {"DINAS_PPA", "Dinas Perlindungan Perempuan dan Anak", "District office for the protection of women and children"},
    {"UPTD_PPA", "Unit Pelaksana Teknis Daerah Perlindungan Perempuan dan Anak",
     "Regional technical unit for the protection of women and children (case services)"},
    {"POLRI", "Kepolisian Negara Republik Indonesia", "Indonesian National Police (incl. PPA units)"},
    {"PERWAKILAN_RI", "Perwakilan Republik Indonesia (KBRI/KJRI)", "Indonesian embassy or consulate abroad"},
    {"BPJS", "Badan Penyelenggara Jaminan Sosial Ketenagakerjaan", "Social security agency (BPJS Ketenagakerjaan)"},
    {"DINAS_SOSIAL", "Dinas Sosial", "Social affairs office"},
    {"DINAS_TENAGA_KERJA", "Dinas Tenaga Kerja", "Manpower office"},
    {"PEMDA", "Pemerintah Daerah (Migrant Center/LTSA)",
     "District or provincial government (Migrant Center, one-roof service LTSA)"},
    {"LSM", "Lembaga Swadaya Masyarakat", "Non-governmental organisation (NGO)"},
    {"LAINNYA", "Lainnya", "Other"},
};

// Role codes are Sinergi's own; domain/policy.hpp holds the permissions of each.
constexpr CodeItem kPeran[] = {
    {"SYSTEM_ADMIN", "Administrator sistem", "System administrator (users and agencies; no victim details)"},
    {"SUPERVISOR", "Supervisor instansi", "Agency supervisor"},
    {"CASE_WORKER", "Pendamping/petugas kasus", "Case worker"},
    {"POLICE_INVESTIGATOR", "Penyidik kepolisian", "Police investigator"},
    {"DATA_ANALYST", "Analis data", "Data analyst (aggregates only)"},
    {"VIEWER", "Pengamat", "Viewer (read only)"},
};

constexpr CodeItem kLingkupAkses[] = {
    {"OWN", "Data sendiri", "Own records (created by or assigned to the user)"},
    {"AGENCY", "Instansi", "Records of the user's agency"},
    {"REGION", "Wilayah", "Records in the agency's province or regency"},
    {"NATIONAL", "Nasional", "All records nationwide"},
};

// Lower-case like the other machine-facing lists (journey_status): these are written by the system only.
constexpr CodeItem kAuditAction[] = {
    {"read", "Membaca", "Read a record"},
    {"list", "Menampilkan daftar", "Listed records"},
    {"create", "Membuat", "Created a record"},
    {"update", "Mengubah", "Updated a record"},
    {"delete", "Menghapus", "Deleted a record"},
    {"transition", "Mengubah status", "Changed a journey status"},
    {"link", "Menautkan", "Linked records"},
    {"unlink", "Melepas tautan", "Unlinked records"},
    {"flag", "Menandai", "Flagged a record"},
    {"follow_up", "Tindak lanjut", "Recorded a follow-up"},
    {"login", "Masuk", "Signed in"},
    {"login_failed", "Gagal masuk", "Failed sign-in"},
    {"logout", "Keluar", "Signed out"},
    {"logout_all", "Keluar dari semua sesi", "Signed out everywhere"},
    {"export", "Mengekspor", "Exported data"},
    {"break_glass", "Akses darurat", "Break-the-glass access to a protected record"},
    {"permission_change", "Perubahan hak akses", "Changed roles, scope or account status"},
    {"password_reset", "Atur ulang kata sandi", "Password reset"},
    {"totp_enabled", "Verifikasi dua langkah diaktifkan", "Two-step verification (TOTP) enabled"},
    {"key_rotation", "Rotasi kunci enkripsi", "Re-sealed encrypted fields with the active data key"},
    {"retention", "Retensi data", "Purged or anonymised records past their retention period"},
};

constexpr Codelist kLists[] = {
    {"jenis_instansi",
     "Agency types: UU 18/2017 Ps 38-42 (LTSA, central and regional government), UU 21/2007 Ps 51-54 (victim "
     "services, Perwakilan RI), Permen PPPA 4/2018 (UPTD PPA); a post abroad (PERWAKILAN_RI) has a country instead "
     "of a region",
     kJenisInstansi},
    {"peran", "User roles of Sinergi (issue #3); need-to-know under UU 27/2022 Ps 35-36", kPeran},
    {"lingkup_akses", "Record access scope of a user (need-to-know, UU 27/2022 Ps 35-36; issue #3)", kLingkupAkses},
    {"audit_action", "Actions recorded in the audit trail (UU 27/2022 Ps 31 record of processing; issue #3)",
     kAuditAction},
};

}  // namespace

std::span<const Codelist> IdentityCodelists() {
  return kLists;
}

}  // namespace sinergi::domain::detail

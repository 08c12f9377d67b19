// Case code lists (issue #4): the statuses of the DOMAIN.md §8.3 state machine, the reasons a case closes, and
// the intake and classification lists of a case.
#include "domain/codelist_data.hpp"

namespace sinergi::domain::detail {
namespace {

constexpr CodeItem kStatusKasus[] = {
    {"INTAKE", "Penerimaan pengaduan", "Intake (complaint, outreach, referral, embassy report, debarkation)"},
    {"IDENTIFIKASI", "Identifikasi", "Identification: safety, history, screening"},
    {"ASESMEN", "Asesmen", "Assessment: physical, psychological, social, economic, education"},
    {"RENCANA_LAYANAN", "Rencana layanan", "Service plan"},
    {"LAYANAN", "Layanan dan rujukan", "Services and referrals"},
    {"PEMULANGAN", "Pemulangan", "Return (only if the victim wants it and it is safe)"},
    {"REINTEGRASI", "Reintegrasi dan pemantauan", "Reintegration with monitoring (at least 3 months)"},
    {"MENUNGGU_PENUTUPAN", "Menunggu persetujuan penutupan", "Closure awaiting a supervisor's approval"},
    {"DITUTUP", "Ditutup", "Closed"},
    {"DITUTUP_DIRUJUK", "Ditutup, dirujuk", "Closed here, handled on by another agency"},
};

constexpr CodeItem kAlasanPenutupan[] = {
    {"SELESAI", "Penanganan selesai", "Handling completed"},
    {"DIRUJUK", "Dirujuk ke instansi lain", "Referred on to another agency"},
    {"TIDAK_TERBUKTI", "Bukan kasus / tidak terbukti", "Not a case after identification"},
    {"KORBAN_MENOLAK", "Korban menolak layanan", "The victim declined services"},
    {"TIDAK_DAPAT_DIHUBUNGI", "Korban tidak dapat dihubungi", "The victim cannot be reached"},
    {"MENINGGAL", "Korban meninggal dunia", "The victim died"},
    {"DUPLIKAT", "Duplikat kasus lain", "Duplicate of another case"},
    // The grounds of Perban BP2MI 6/2024 Ps 30(1) for closing a migrant worker's complaint not already above
    // (TIDAK_DAPAT_DIHUBUNGI is (c), DIRUJUK is (d)); domain/complaint.hpp.
    {"DOKUMEN_TIDAK_LENGKAP", "Dokumen tidak lengkap (Perban BP2MI 6/2024 Ps 30)",
     "Complaint documents still incomplete 30 days after registration (Ps 30(1)(a))"},
    {"DATA_TAMBAHAN_TIDAK_JELAS", "Data tambahan tidak jelas (Perban BP2MI 6/2024 Ps 30)",
     "Additional data still unclear 15 working days after the request (Ps 30(1)(b))"},
    {"TIDAK_ADA_TANGGAPAN", "Tidak ada tanggapan pengadu (Perban BP2MI 6/2024 Ps 30)",
     "No response from the complainant 6 months after being told it cannot be resolved (Ps 30(1)(e))"},
};

// Intake channels (issue #4; Perpres 55/2024 Ps 5(2)(a) reports and outreach; Peraturan BP2MI 1/2024 debarkation).
constexpr CodeItem kSaluranPengaduan[] = {
    {"PENGADUAN_LANGSUNG", "Pengaduan langsung", "Walk-in complaint"},
    {"HOTLINE", "Hotline / call centre", "Hotline or call centre"},
    {"PENGADUAN_DARING", "Pengaduan daring", "Online complaint"},
    {"PENJANGKAUAN", "Penjangkauan", "Outreach"},
    {"RUJUKAN", "Rujukan instansi lain", "Referral from another agency"},
    {"LAPORAN_PERWAKILAN", "Laporan Perwakilan RI", "Report from an embassy or consulate"},
    {"DEBARKASI", "Debarkasi", "Debarkation (returned PMI in trouble)"},
    {"LAPORAN_POLISI", "Laporan polisi", "Police report"},
};

// [DESIGN] Urgency of a case at intake.
constexpr CodeItem kUrgensiKasus[] = {
    {"RENDAH", "Rendah", "Low"},
    {"SEDANG", "Sedang", "Medium"},
    {"TINGGI", "Tinggi", "High"},
    {"DARURAT", "Darurat", "Emergency"},
};

// [DESIGN] What kind of case it is; multi-valued (a trafficked PMI is both TPPO and PMI_BERMASALAH).
constexpr CodeItem kJenisKasus[] = {
    {"TPPO", "Tindak pidana perdagangan orang", "Trafficking in persons (UU 21/2007)"},
    {"KEKERASAN_PEREMPUAN", "Kekerasan terhadap perempuan", "Violence against women"},
    {"KEKERASAN_ANAK", "Kekerasan terhadap anak", "Violence against children"},
    {"PMI_BERMASALAH", "PMI bermasalah / terkendala", "Migrant worker in trouble (UU 18/2017)"},
};

// Roles of a person in a case (issue #4; HTCDS per_RoleInProcess for the perpetrator side).
constexpr CodeItem kPeranDalamKasus[] = {
    {"KORBAN", "Korban / penyintas", "Victim or survivor"},
    {"TERDUGA_PELAKU", "Terduga pelaku", "Suspected perpetrator"},
    {"PEREKRUT", "Perekrut / sponsor (calo)", "Recruiter or sponsor (broker)"},
    {"PEMBERI_KERJA", "Pemberi kerja / majikan", "Employer"},
    {"P3MI", "Perusahaan penempatan (P3MI)", "Placement company (P3MI)"},
    {"SAKSI", "Saksi", "Witness"},
    {"WALI", "Orang tua / wali", "Parent or guardian"},
    {"PELAPOR", "Pelapor", "Reporter"},
};

// SIMFONI-PPA place of occurrence (DOMAIN.md §7; TEMPAT_KERJA and LAINNYA [SECONDARY]).
constexpr CodeItem kTempatKejadian[] = {
    {"RUMAH_TANGGA", "Rumah tangga", "Household"},
    {"TEMPAT_KERJA", "Tempat kerja", "Workplace"},
    {"SEKOLAH", "Sekolah", "School"},
    {"FASILITAS_UMUM", "Fasilitas umum", "Public facility"},
    {"LEMBAGA_PENDIDIKAN_KILAT", "Lembaga pendidikan kilat", "Short-course institution"},
    {"LAINNYA", "Lainnya", "Other"},
};

// SIMFONI-PPA relationship of the victim to the perpetrator (DOMAIN.md §7, list [SECONDARY]: verify against the
// SIMFONI form before production).
constexpr CodeItem kHubunganPelaku[] = {
    {"ORANG_TUA", "Orang tua", "Parent"},
    {"KELUARGA_SAUDARA", "Keluarga / saudara", "Family member or relative"},
    {"SUAMI_ISTRI", "Suami / istri", "Husband or wife"},
    {"TETANGGA", "Tetangga", "Neighbour"},
    {"PACAR_TEMAN", "Pacar / teman", "Partner or friend"},
    {"GURU", "Guru", "Teacher"},
    {"MAJIKAN", "Majikan", "Employer"},
    {"REKAN_KERJA", "Rekan kerja", "Co-worker"},
    {"LAINNYA", "Lainnya", "Other"},
};

// PMI problem types (issue #4; UU 18/2017 Ps 21, 24, 27; Permen P2MI 32/2025).
constexpr CodeItem kMasalahPmi[] = {
    {"GAJI_TIDAK_DIBAYAR", "Gaji tidak dibayar", "Unpaid wages"},
    {"PELANGGARAN_KONTRAK", "Pelanggaran perjanjian kerja", "Contract violation"},
    {"PENAHANAN_DOKUMEN", "Penahanan dokumen", "Retention of documents"},
    {"SAKIT_KECELAKAAN", "Sakit / kecelakaan kerja", "Illness or work accident"},
    {"MENINGGAL", "Meninggal dunia", "Death"},
    {"DITAHAN_MASALAH_HUKUM", "Ditahan / masalah hukum", "Detention or legal problem"},
    {"DEPORTASI", "Deportasi", "Deportation"},
    {"NON_PROSEDURAL", "Berangkat non-prosedural", "Non-procedural departure"},
    {"LAINNYA", "Lainnya", "Other"},
};

// The officer's final determination after a TPPO screening (HTCDS vic_TraffickingStatus).
constexpr CodeItem kPenetapanTppo[] = {
    {"KORBAN_TPPO", "Korban TPPO", "Actual victim of trafficking"},
    {"DIDUGA_KORBAN_TPPO", "Diduga korban TPPO", "Possible victim of trafficking"},
    {"BUKAN_KORBAN_TPPO", "Bukan korban TPPO", "Not a victim of trafficking"},
};

// Services of a case and of a referral: SIMFONI-PPA's eight services received (DOMAIN.md §7, Permen PPPA 2/2022),
// the UPTD PPA functions (Permen PPPA 4/2018) and the TPPO victim rights of UU 21/2007 Ps 48-54 (§1.5).
constexpr CodeItem kLayananKasus[] = {
    {"PENGADUAN", "Layanan pengaduan", "Complaint service"},
    {"KESEHATAN", "Layanan kesehatan / rehabilitasi kesehatan", "Health care and health rehabilitation (Ps 51)"},
    {"PERTOLONGAN_PERTAMA", "Pertolongan pertama", "First aid, within 7 days of the request (UU 21/2007 Ps 53)"},
    {"PSIKOSOSIAL", "Pendampingan psikologis / psikososial", "Psychological and psychosocial support"},
    {"BANTUAN_HUKUM", "Bantuan hukum", "Legal aid"},
    {"PENEGAKAN_HUKUM", "Penegakan hukum (laporan polisi)", "Law enforcement (police report)"},
    {"REHABILITASI_SOSIAL", "Rehabilitasi sosial", "Social rehabilitation (Ps 51; needs a police report)"},
    {"PENAMPUNGAN", "Penampungan sementara / rumah aman", "Temporary shelter or safe house"},
    {"PEMULANGAN", "Pemulangan", "Return to the home region (Ps 51, 54)"},
    {"REPATRIASI", "Fasilitasi repatriasi", "Repatriation from abroad (UU 18/2017 Ps 21(1)h)"},
    {"REINTEGRASI_SOSIAL", "Reintegrasi sosial", "Social reintegration"},
    {"PEMBERDAYAAN_EKONOMI", "Pemberdayaan ekonomi", "Economic empowerment"},
    {"PENDAMPINGAN_TOKOH_AGAMA", "Pendampingan tokoh agama", "Accompaniment by a religious leader"},
    {"MEDIASI", "Mediasi", "Mediation"},
    {"RESTITUSI", "Pendampingan restitusi", "Restitution claim (Ps 48-50)"},
    {"KLAIM_BPJS", "Klaim jaminan sosial (BPJS)", "Social security (BPJS) claim"},
};

// The status of a service delivered to a case (issue #4; domain/case_work.hpp): forward only, the last two final.
constexpr CodeItem kStatusLayanan[] = {
    {"DIRENCANAKAN", "Direncanakan", "Planned"},
    {"BERJALAN", "Sedang berjalan", "In progress"},
    {"SELESAI", "Selesai", "Done"},
    {"DIBATALKAN", "Dibatalkan", "Cancelled"},
};

// The components of a TPPO victim's restitution claim (UU 21/2007 Ps 48(2) with its Penjelasan; domain/restitution.hpp).
constexpr CodeItem kKomponenRestitusi[] = {
    {"KEHILANGAN_KEKAYAAN_PENGHASILAN", "Kehilangan kekayaan atau penghasilan", "Loss of property or income"},
    {"PENDERITAAN", "Penderitaan", "Suffering"},
    {"BIAYA_PERAWATAN", "Biaya perawatan medis dan/atau psikologis", "Costs of medical and/or psychological care"},
    {"KERUGIAN_LAIN", "Kerugian lain (harta milik, transportasi, advokat, proses hukum)",
     "Other losses (lost property, basic transport, lawyer and legal-process costs)"},
};

// Where a restitution claim stands (UU 21/2007 Ps 48-50; derived on read, domain/restitution_rules.hpp).
constexpr CodeItem kTahapRestitusi[] = {
    {"DIAJUKAN", "Diajukan", "Claimed (filed with the police report / the indictment)"},
    {"DIPUTUS", "Diputus pengadilan", "Awarded in the verdict"},
    {"MENUNGGU_PEMBAYARAN", "Menunggu pembayaran (14 hari)",
     "Awaiting payment (14 days from the final verdict's notice)"},
    {"DIBAYAR", "Dibayar lunas", "Paid in full"},
    {"DIBAYAR_SEBAGIAN", "Dibayar sebagian", "Partly paid"},
    {"TIDAK_DIBAYAR_DILAPORKAN", "Tidak dibayar, dilaporkan ke pengadilan", "Unpaid, reported to the court"},
    {"TEGURAN", "Teguran tertulis pengadilan", "Written warning by the court (another 14 days)"},
    {"SITA_LELANG", "Sita dan lelang harta pelaku", "Offender's assets seized and auctioned"},
    {"KURUNGAN_PENGGANTI", "Kurungan pengganti", "Substitute detention (up to 1 year)"},
};

// The steps of a referral between agencies (issue #4, penanganan terpadu; Perpres 55/2024 Ps 28-30).
constexpr CodeItem kStatusRujukan[] = {
    {"MENUNGGU", "Menunggu jawaban", "Pending"},
    {"DITERIMA", "Diterima", "Accepted"},
    {"DITOLAK", "Ditolak", "Declined"},
    {"SELESAI", "Selesai", "Completed"},
    {"DICABUT", "Dicabut pengirim", "Revoked by the sender"},
    {"DITERUSKAN", "Diteruskan ke instansi lain", "Forwarded up the referral ladder"},
};

constexpr Codelist kLists[] = {
    {"status_kasus", "Case workflow statuses (DOMAIN.md §8.3 state machine; issue #4)", kStatusKasus},
    {"alasan_penutupan_kasus", "Reasons a case closes (issue #4)", kAlasanPenutupan},
    {"saluran_pengaduan", "Intake channels of a case (issue #4)", kSaluranPengaduan},
    {"urgensi_kasus", "Urgency of a case at intake (issue #4)", kUrgensiKasus},
    {"jenis_kasus", "Kinds of case; multi-valued (issue #4)", kJenisKasus},
    {"peran_dalam_kasus", "Roles of a person in a case (issue #4)", kPeranDalamKasus},
    {"tempat_kejadian", "Place of occurrence (SIMFONI-PPA; DOMAIN.md §7)", kTempatKejadian},
    {"hubungan_pelaku", "Relationship of the victim to the perpetrator (SIMFONI-PPA; DOMAIN.md §7)", kHubunganPelaku},
    {"masalah_pmi", "Problem types of a migrant worker's case (UU 18/2017)", kMasalahPmi},
    {"layanan_kasus", "Services of a case or a referral (SIMFONI-PPA; Permen PPPA 2/2022; UU 21/2007 Ps 48-54)",
     kLayananKasus},
    {"status_rujukan", "Steps of a referral between agencies (Perpres 55/2024 Ps 28-30)", kStatusRujukan},
    {"status_layanan", "Status of a service delivered to a case (issue #4)", kStatusLayanan},
    {"komponen_restitusi", "Components of a restitution claim (UU 21/2007 Ps 48(2))", kKomponenRestitusi},
    {"tahap_restitusi", "Stages of a restitution claim (UU 21/2007 Ps 48-50)", kTahapRestitusi},
    {"penetapan_tppo", "Final TPPO determination recorded by the officer (HTCDS 2.0 vic_TraffickingStatus)",
     kPenetapanTppo},
};

}  // namespace

std::span<const Codelist> CaseCodelists() {
  return kLists;
}

}  // namespace sinergi::domain::detail

// PMI code lists from UU 18/2017 (Pelindungan Pekerja Migran Indonesia), DOMAIN.md §3. Indonesian labels follow
// the wording of the cited articles, shortened where the article text is a full sentence.
#include "domain/codelist_data.hpp"

namespace sinergi::domain::detail {
namespace {

constexpr CodeItem kStatusPmi[] = {
    {"CALON", "Calon PMI", "Prospective migrant worker registered at the district manpower office"},
    {"AKAN_BEKERJA", "Akan bekerja", "Will work abroad (departure being prepared)"},
    {"SEDANG_BEKERJA", "Sedang bekerja", "Currently working abroad"},
    {"PURNA", "Purna PMI", "Has worked abroad (returned migrant worker)"},
};

constexpr CodeItem kPmiKategori[] = {
    {"BADAN_HUKUM", "PMI yang bekerja pada Pemberi Kerja berbadan hukum", "Employed by a legal-entity employer"},
    {"PERSEORANGAN_RT", "PMI yang bekerja pada Pemberi Kerja perseorangan atau rumah tangga",
     "Employed by an individual or household (e.g. domestic work)"},
    {"PELAUT", "Pelaut awak kapal dan pelaut perikanan", "Ship crew and fishing-vessel crew"},
};

constexpr CodeItem kBukanPmi[] = {
    {"TUGAS_RESMI", "WNI yang dikirim atau dipekerjakan oleh badan internasional atau negara untuk tugas resmi",
     "Sent or employed by an international body or a state on official duty"},
    {"PELAJAR_PELATIHAN", "Pelajar dan peserta pelatihan di luar negeri", "Student or trainee abroad"},
    {"PENGUNGSI_PENCARI_SUAKA", "WNI pengungsi atau pencari suaka", "Refugee or asylum seeker"},
    {"PENANAM_MODAL", "Penanam modal", "Investor"},
    {"ASN_PERWAKILAN", "Aparatur sipil negara atau pegawai setempat di Perwakilan Republik Indonesia",
     "Civil servant or local staff at an Indonesian mission"},
    {"INSTITUSI_APBN", "WNI yang bekerja pada institusi yang dibiayai APBN",
     "Works at an institution funded by the state budget (APBN)"},
    {"USAHA_MANDIRI", "WNI yang mempunyai usaha mandiri di luar negeri", "Runs their own business abroad"},
};

constexpr CodeItem kSkemaPenempatan[] = {
    {"BADAN", "Penempatan oleh Badan (G to G)",
     "Placement by the Badan (KP2MI/BP2MI) under a government-to-government agreement or with a legal-entity "
     "employer"},
    {"P3MI", "Penempatan oleh Perusahaan Penempatan PMI (P to P)",
     "Placement by a licensed placement company (SIP3MI, SIP2MI per country)"},
    {"UKPS", "Penempatan oleh perusahaan untuk kepentingan perusahaan sendiri",
     "A company placing its own employees abroad"},
    {"PERSEORANGAN", "PMI Perseorangan",
     "Individual PMI with a legal-entity employer, without a placement agent; must report"},
};

// Statutory order of Ps 13 (a)-(i); RequiredPmiDocuments() relies on it.
constexpr CodeItem kDokumenPmi[] = {
    {"SK_STATUS_KAWIN", "Surat keterangan status perkawinan (bagi yang telah menikah melampirkan fotokopi buku nikah)",
     "Marital-status certificate (with a copy of the marriage book if married)"},
    {"IZIN_KELUARGA",
     "Surat keterangan izin suami atau istri, izin orang tua, atau izin wali yang diketahui oleh "
     "kepala desa atau lurah",
     "Permission of spouse, parents or guardian, acknowledged by the village head"},
    {"SERTIFIKAT_KOMPETENSI", "Sertifikat kompetensi kerja", "Certificate of work competence"},
    {"SK_SEHAT_PSIKOLOGI", "Surat keterangan sehat berdasarkan hasil pemeriksaan kesehatan dan psikologi",
     "Health certificate based on medical and psychological examination"},
    {"PASPOR", "Paspor yang diterbitkan oleh kantor imigrasi setempat",
     "Passport issued by the local immigration office"},
    {"VISA_KERJA", "Visa Kerja", "Work visa"},
    {"PERJANJIAN_PENEMPATAN", "Perjanjian Penempatan PMI", "Placement agreement (P3MI and CPMI)"},
    {"PERJANJIAN_KERJA", "Perjanjian Kerja", "Employment contract (employer and PMI)"},
    {"JAMSOS", "Nomor kepesertaan Jaminan Sosial", "Social-security (BPJS) membership number"},
};

// Sinergi's checklist states for a Ps 13 document; Ps 70(1) forbids departure unless all nine are complete.
constexpr CodeItem kStatusDokumen[] = {
    {"missing", "Belum ada", "Missing"},
    {"submitted", "Diajukan", "Submitted"},
    {"verified", "Terverifikasi", "Verified"},
    {"rejected", "Ditolak", "Rejected"},
};

constexpr CodeItem kAlasanKepulangan[] = {
    {"BERAKHIR_PK", "Berakhirnya Perjanjian Kerja", "Employment contract ended"},
    {"CUTI", "Cuti", "Leave"},
    {"PHK_DINI", "Pemutusan hubungan kerja sebelum masa Perjanjian Kerja berakhir",
     "Dismissed before the contract ended"},
    {"KECELAKAAN_SAKIT", "Kecelakaan kerja dan/atau sakit yang mengakibatkan tidak bisa menjalankan pekerjaannya lagi",
     "Work accident or illness leaving the PMI unable to work"},
    {"PENGANIAYAAN", "Mengalami penganiayaan atau tindak kekerasan lainnya", "Abuse or other violence"},
    {"PERANG_BENCANA_WABAH", "Terjadi perang, bencana alam, atau wabah penyakit di negara tujuan",
     "War, natural disaster or epidemic in the destination country"},
    {"DEPORTASI", "Dideportasi oleh pemerintah negara tujuan", "Deported by the destination government"},
    {"MENINGGAL", "Meninggal dunia di negara tujuan", "Died in the destination country"},
    {"LAINNYA", "Sebab lain yang menimbulkan kerugian PMI", "Other cause harming the PMI"},
};

constexpr Codelist kLists[] = {
    {"status_pmi", "PMI lifecycle status: will be, is, or has been working abroad (UU 18/2017 Ps 1(1)-(2))",
     kStatusPmi},
    {"pmi_kategori", "Categories of PMI (UU 18/2017 Ps 4(1))", kPmiKategori},
    {"bukan_pmi", "Persons abroad who are not PMI (UU 18/2017 Ps 4(2))", kBukanPmi},
    {"skema_penempatan", "Placement schemes (UU 18/2017 Ps 49, 50, 61, 63)", kSkemaPenempatan},
    {"dokumen_pmi", "Documents a CPMI must have before departure, in statutory order (UU 18/2017 Ps 13)", kDokumenPmi},
    {"status_dokumen", "Checklist status of a Ps 13 document; departure needs all complete (UU 18/2017 Ps 70(1))",
     kStatusDokumen},
    {"alasan_kepulangan", "Reasons a PMI returns (UU 18/2017 Ps 27(1))", kAlasanKepulangan},
};

}  // namespace

std::span<const Codelist> PmiCodelists() {
  return kLists;
}
std::span<const CodeItem> PmiDocumentItems() {
  return kDokumenPmi;
}

}  // namespace sinergi::domain::detail

// Journey and return-service code lists. journey_status and journey_phase carry the lower-case API values of
// JourneyStatus/Phase (journey.hpp) and must stay in step with them.
#include "domain/codelist_data.hpp"

namespace sinergi::domain::detail {
namespace {

constexpr CodeItem kJourneyStatus[] = {
    {"registered", "Terdaftar", "Registered"},
    {"in_training", "Pelatihan", "In training"},
    {"ready_to_depart", "Siap berangkat", "Ready to depart"},
    {"working_abroad", "Bekerja di luar negeri", "Working abroad"},
    {"returned", "Pulang", "Returned"},
    {"reintegrating", "Reintegrasi", "Reintegrating"},
    {"closed", "Selesai", "Closed"},
};

constexpr CodeItem kJourneyPhase[] = {
    {"before", "Sebelum bekerja", "Before employment"},
    {"during", "Selama bekerja", "During employment"},
    {"after", "Setelah bekerja", "After employment"},
};

// PP 59/2021 Ps 22(1) (a)-(i) in order, then Sinergi additions for UU 18/2017 Ps 24(1)(e) and follow-up work.
constexpr CodeItem kBentukReintegrasi[] = {
    {"MOTIVASI_DIAGNOSIS_PSIKOSOSIAL", "Motivasi dan diagnosis psikososial", "Motivation and psychosocial diagnosis"},
    {"PERAWATAN_PENGASUHAN", "Perawatan dan pengasuhan", "Care"},
    {"PELATIHAN_VOKASIONAL_KEWIRAUSAHAAN", "Pelatihan vokasional dan pembinaan kewirausahaan",
     "Vocational training and entrepreneurship coaching"},
    {"BIMBINGAN_MENTAL_SPIRITUAL", "Bimbingan mental dan spiritual", "Mental and spiritual guidance"},
    {"BIMBINGAN_FISIK", "Bimbingan fisik", "Physical guidance"},
    {"BIMBINGAN_SOSIAL_KONSELING", "Bimbingan sosial dan konseling psikososial",
     "Social guidance and psychosocial counselling"},
    {"PELAYANAN_AKSESIBILITAS", "Pelayanan aksesibilitas", "Accessibility services"},
    {"BANTUAN_ASISTENSI_SOSIAL", "Bantuan dan asistensi sosial", "Social aid and assistance"},
    {"SARANA_REHABILITASI", "Penyediaan sarana rehabilitasi", "Provision of rehabilitation facilities"},
    {"PEMBERDAYAAN_EKONOMI", "Pemberdayaan ekonomi", "Economic empowerment"},
    {"KUNJUNGAN_RUMAH", "Kunjungan rumah", "Home visit"},
    {"LAINNYA", "Lainnya", "Other"},
};

constexpr CodeItem kLokasiLayananKepulangan[] = {
    {"DEBARKASI", "Debarkasi", "Debarkation point (airport, seaport or land border post)"},
    {"HELP_DESK", "Help Desk", "Help desk"},
    {"LOUNGE", "Lounge", "PMI lounge"},
    {"JALUR_KHUSUS_PMI", "Jalur khusus PMI", "Dedicated PMI lane"},
    {"RUMAH_RAMAH", "Rumah Ramah", "Temporary shelter for PMI with problems"},
    {"TERMINAL_KARGO", "Terminal kargo", "Cargo terminal (repatriation of remains)"},
};

// Kinds of training and preparation (UU 18/2017 Ps 8(1)(c), Ps 13(c), Ps 40-41: pelatihan kerja and Orientasi Pra
// Pemberangkatan by BP2MI/LTSA; Ps 24(1)(e) and PP 59/2021 Ps 22(1)(c): entrepreneurship for returnees).
constexpr CodeItem kJenisPelatihan[] = {
    {"OPP", "Orientasi Pra Pemberangkatan", "Pre-departure orientation"},
    {"PEMBEKALAN_AKHIR", "Pembekalan akhir pemberangkatan", "Final pre-departure briefing"},
    {"PELATIHAN_VOKASI", "Pelatihan vokasi / kerja", "Vocational (job) training"},
    {"PELATIHAN_KEWIRAUSAHAAN", "Pelatihan kewirausahaan (reintegrasi)", "Entrepreneurship training (reintegration)"},
    {"LAINNYA", "Lainnya", "Other"},
};

constexpr Codelist kLists[] = {
    {"journey_status",
     "Sinergi journey status across the three protection phases of UU 18/2017 Ps 7 (design, DOMAIN.md §3.3)",
     kJourneyStatus},
    {"journey_phase", "Protection phases: before, during and after employment (UU 18/2017 Ps 7)", kJourneyPhase},
    {"bentuk_reintegrasi",
     "Forms of rehabilitation and social reintegration (PP 59/2021 Ps 22(1)) plus empowerment (UU 18/2017 Ps "
     "24(1)(e)) and follow-up visits",
     kBentukReintegrasi},
    {"lokasi_layanan_kepulangan", "Return service points (Peraturan BP2MI 1/2024; Permen P2MI 32/2025 Ps 1)",
     kLokasiLayananKepulangan},
    {"jenis_pelatihan",
     "Training and preparation programmes (UU 18/2017 Ps 8(1)(c), Ps 13(c), Ps 40-41; PP 59/2021 Ps 22(1)(c))",
     kJenisPelatihan},
};

}  // namespace

std::span<const Codelist> JourneyCodelists() {
  return kLists;
}

}  // namespace sinergi::domain::detail

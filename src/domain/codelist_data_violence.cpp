// Violence classification code lists (issue #4): the granular acts Sinergi stores, and the two standard views
// derived from them — SIMFONI-PPA's forms of violence (DOMAIN.md §7) and the six GBVIMS core types (§6.3).
// domain/violence_classification.cpp holds the mapping from each act to both views.
#include "domain/codelist_data.hpp"

namespace sinergi::domain::detail {
namespace {

// [DESIGN] Granular acts, chosen so each maps to one SIMFONI form and at most one GBVIMS type (DOMAIN.md §9).
constexpr CodeItem kTindakanKekerasan[] = {
    {"PERKOSAAN", "Perkosaan (penetrasi tanpa persetujuan)", "Rape (non-consensual penetration)"},
    {"PERCOBAAN_PERKOSAAN", "Percobaan perkosaan", "Attempted rape"},
    {"PELECEHAN_SEKSUAL_FISIK", "Pelecehan seksual fisik (sentuhan, ciuman tanpa persetujuan)",
     "Non-consensual sexual touching or kissing"},
    {"PELECEHAN_SEKSUAL_NONFISIK", "Pelecehan seksual nonfisik (ucapan, pesan, gambar)",
     "Verbal or online sexual harassment"},
    {"EKSPLOITASI_SEKSUAL", "Eksploitasi seksual", "Sexual exploitation (UU 21/2007 Ps 1 angka 8)"},
    {"KEKERASAN_FISIK", "Kekerasan fisik (pukul, tampar, cekik, bakar, senjata)",
     "Physical violence (hitting, slapping, choking, burning, weapons)"},
    {"PERKAWINAN_PAKSA", "Perkawinan paksa (termasuk perkawinan anak)", "Forced marriage (including child marriage)"},
    {"PENELANTARAN", "Penelantaran (UU PKDRT Ps 9)", "Neglect of a dependant (UU PKDRT Ps 9)"},
    {"PERAMPASAN_SUMBER_DAYA", "Perampasan penghasilan, pendidikan atau layanan",
     "Denial of earnings, education or services"},
    {"ANCAMAN_INTIMIDASI", "Ancaman dan intimidasi", "Threats and intimidation"},
    {"PENGHINAAN_ISOLASI", "Penghinaan, pengisolasian, penguntitan", "Humiliation, forced isolation, stalking"},
    {"PERDAGANGAN_ORANG", "Perdagangan orang", "Trafficking in persons (UU 21/2007)"},
    {"EKSPLOITASI_EKONOMI", "Eksploitasi ekonomi (kerja paksa, pekerja anak)", "Economic exploitation"},
    {"LAINNYA", "Lainnya", "Other"},
};

// SIMFONI-PPA bentuk kekerasan (multi-select).
constexpr CodeItem kBentukKekerasan[] = {
    {"FISIK", "Kekerasan fisik", "Physical"},
    {"PSIKIS", "Kekerasan psikis", "Psychological"},
    {"SEKSUAL", "Kekerasan seksual", "Sexual"},
    {"EKSPLOITASI", "Eksploitasi", "Exploitation"},
    {"TRAFFICKING", "Perdagangan orang", "Trafficking"},
    {"PENELANTARAN", "Penelantaran", "Neglect"},
    {"LAINNYA", "Lainnya", "Other"},
};

// GBVIMS core types, in the order of the elimination rule (most specific first).
constexpr CodeItem kGbvimsType[] = {
    {"RAPE", "Perkosaan", "Rape"},
    {"SEXUAL_ASSAULT", "Kekerasan seksual (tanpa penetrasi)", "Sexual assault"},
    {"PHYSICAL_ASSAULT", "Kekerasan fisik", "Physical assault"},
    {"FORCED_MARRIAGE", "Perkawinan paksa", "Forced marriage"},
    {"DENIAL_RESOURCES", "Perampasan sumber daya, kesempatan atau layanan",
     "Denial of resources, opportunities or services"},
    {"PSYCH_EMOTIONAL", "Kekerasan psikologis/emosional", "Psychological/emotional abuse"},
};

constexpr Codelist kLists[] = {
    {"tindakan_kekerasan", "Granular acts of violence stored per incident (issue #4; DOMAIN.md §6.3, §7, §9)",
     kTindakanKekerasan},
    {"bentuk_kekerasan", "SIMFONI-PPA forms of violence, derived from the acts (DOMAIN.md §7)", kBentukKekerasan},
    {"gbvims_type", "GBVIMS core types, one per incident by elimination (DOMAIN.md §6.3)", kGbvimsType},
};

}  // namespace

std::span<const Codelist> ViolenceCodelists() {
  return kLists;
}

}  // namespace sinergi::domain::detail

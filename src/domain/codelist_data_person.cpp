// Person code lists, labelled as Dukcapil prints them on the KTP-el and Kartu Keluarga so that clerks can copy
// them from the documents the person brings.
#include "domain/codelist_data.hpp"

namespace sinergi::domain::detail {
namespace {

constexpr CodeItem kJenisKelamin[] = {
    {"LAKI_LAKI", "Laki-laki", "Male"},
    {"PEREMPUAN", "Perempuan", "Female"},
};

constexpr CodeItem kStatusPerkawinan[] = {
    {"BELUM_KAWIN", "Belum Kawin", "Not married"},
    {"KAWIN", "Kawin", "Married"},
    {"CERAI_HIDUP", "Cerai Hidup", "Divorced"},
    {"CERAI_MATI", "Cerai Mati", "Widowed"},
};

// Ordered from lowest to highest so that the list can be shown as-is.
constexpr CodeItem kPendidikan[] = {
    {"TIDAK_SEKOLAH", "Tidak/Belum Sekolah", "No schooling / not yet in school"},
    {"BELUM_TAMAT_SD", "Belum Tamat SD/Sederajat", "Primary school not completed"},
    {"SD", "Tamat SD/Sederajat", "Primary school (SD) or equivalent"},
    {"SMP", "SLTP/Sederajat", "Junior secondary school (SMP) or equivalent"},
    {"SMA", "SLTA/Sederajat", "Senior secondary school (SMA/SMK) or equivalent"},
    {"D1_D2", "Diploma I/II", "One- or two-year diploma"},
    {"D3", "Akademi/Diploma III/Sarjana Muda", "Three-year diploma / academy"},
    {"D4_S1", "Diploma IV/Strata I", "Four-year diploma / bachelor's degree"},
    {"S2", "Strata II", "Master's degree"},
    {"S3", "Strata III", "Doctorate"},
};

// Read as "related person is <relation> of person" (see FamilyLink in person.hpp).
constexpr CodeItem kHubunganKeluarga[] = {
    {"PASANGAN", "Suami/Istri", "Spouse"},
    {"ANAK", "Anak", "Child"},
    {"ORANG_TUA", "Orang Tua", "Parent"},
    {"WALI", "Wali", "Guardian"},
    {"ANAK_PERWALIAN", "Anak Perwalian", "Ward (child under guardianship)"},
};

constexpr Codelist kLists[] = {
    {"jenis_kelamin", "Sex as recorded by Dukcapil on the KTP-el and in the NIK (UU 24/2013 Administrasi Kependudukan)",
     kJenisKelamin},
    {"status_perkawinan",
     "Marital status as recorded by Dukcapil (UU 24/2013); evidenced for PMI by the UU 18/2017 Ps 13(a) certificate",
     kStatusPerkawinan},
    {"pendidikan", "Highest education completed, in the Dukcapil Kartu Keluarga categories (UU 24/2013)", kPendidikan},
    {"hubungan_keluarga",
     "Family relation: Keluarga PMI per UU 18/2017 Ps 1(3) (spouse, child, parent) plus guardian and ward, whose "
     "permission Ps 13(b) requires",
     kHubunganKeluarga},
};

}  // namespace

std::span<const Codelist> PersonCodelists() {
  return kLists;
}

}  // namespace sinergi::domain::detail

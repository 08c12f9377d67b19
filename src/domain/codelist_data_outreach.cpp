// Outreach (sosialisasi) code lists (issue #5): the topics, target groups and channels of an outreach event,
// drawn from the socialisation events in the seeds (village briefings on safe migration, TPPO prevention with
// religious leaders and students, BPJS Ketenagakerjaan for PMI families, reintegration and entrepreneurship).
#include "domain/codelist_data.hpp"

namespace sinergi::domain::detail {
namespace {

constexpr CodeItem kTopikSosialisasi[] = {
    {"MIGRASI_AMAN_PROSEDURAL", "Migrasi aman dan prosedural", "Safe and regular (procedural) migration"},
    {"PENCEGAHAN_TPPO", "Pencegahan TPPO", "Preventing trafficking in persons"},
    {"KEKERASAN_TERHADAP_PEREMPUAN", "Pencegahan kekerasan terhadap perempuan", "Preventing violence against women"},
    {"PERLINDUNGAN_ANAK", "Perlindungan anak", "Child protection"},
    {"BPJS_JAMSOS", "Jaminan sosial (BPJS Ketenagakerjaan)", "Social security for migrant workers (BPJS)"},
    {"REINTEGRASI_KEWIRAUSAHAAN", "Reintegrasi dan kewirausahaan purna PMI",
     "Reintegration and entrepreneurship of returned migrant workers"},
    {"LAYANAN_PENGADUAN", "Layanan pengaduan dan rujukan", "Where to complain and get help"},
    {"LAINNYA", "Lainnya", "Other"},
};

constexpr CodeItem kSasaranSosialisasi[] = {
    {"CALON_PMI", "Calon PMI", "Prospective migrant workers"},
    {"KELUARGA_PMI", "Keluarga PMI", "Migrant workers' families"},
    {"APARAT_DESA", "Aparat desa / kelurahan", "Village officials"},
    {"TOKOH_AGAMA_MASYARAKAT", "Tokoh agama dan tokoh masyarakat", "Religious and community leaders"},
    {"PELAJAR_MAHASISWA", "Pelajar dan mahasiswa", "School and university students"},
    {"PURNA_PMI", "Purna PMI", "Returned migrant workers"},
    {"PEREMPUAN_ANAK", "Perempuan dan anak", "Women and children"},
    {"UMUM", "Masyarakat umum", "General public"},
};

constexpr CodeItem kSaluranSosialisasi[] = {
    {"TATAP_MUKA", "Tatap muka", "Face to face"},
    {"RADIO", "Radio", "Radio"},
    {"TELEVISI", "Televisi", "Television"},
    {"DARING", "Daring (webinar)", "Online (webinar)"},
    {"MEDIA_SOSIAL", "Media sosial", "Social media"},
    {"MEDIA_CETAK", "Media cetak / leaflet", "Print media or leaflets"},
};

constexpr Codelist kLists[] = {
    {"topik_sosialisasi", "Topics of an outreach event (sosialisasi; issue #5)", kTopikSosialisasi},
    {"sasaran_sosialisasi", "Target groups of an outreach event (issue #5)", kSasaranSosialisasi},
    {"saluran_sosialisasi", "Channels of an outreach event (issue #5)", kSaluranSosialisasi},
};

}  // namespace

std::span<const Codelist> OutreachCodelists() {
  return kLists;
}

}  // namespace sinergi::domain::detail

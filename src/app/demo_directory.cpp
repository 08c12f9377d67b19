// The demo directory entries (demo_directory.hpp). Services are codes of layanan_kasus; regions are dotted codes of
// the reference data (Kota Semarang 33.74, Kota Pontianak 61.71, Kabupaten Sambas 61.01, Kota Mataram 52.71), or
// countries for the embassy.
#include "app/demo_directory.hpp"

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace sinergi::app {
namespace {

const domain::Actor kDemoActor{"system:demo", "Demo data loader", "demo", "", {}, "", "", "", ""};

struct DemoEntry {
  const char* code;  // the agency's code; skipped when no such agency exists
  domain::DirectoryEntryData data;
};

domain::ServiceOffering Offer(std::string service, std::vector<std::string> regions = {},
                              std::optional<std::string> notes = std::nullopt) {
  return {std::move(service), std::move(regions), std::move(notes)};
}

domain::DirectoryEntryData Entry(std::vector<domain::ServiceOffering> services, domain::DirectoryContact contact,
                                 std::string hours, bool is_public = true) {
  domain::DirectoryEntryData d;
  d.services = std::move(services);
  d.contact = std::move(contact);
  d.opening_hours = std::move(hours);
  d.is_public = is_public;
  return d;
}

std::vector<DemoEntry> Entries() {
  const std::string office_hours = "Senin-Kamis 07.30-16.00, Jumat 07.30-16.30";
  return {
      {"UPTD-PPA-KALBAR",
       Entry({Offer("PENGADUAN", {}, "Pengaduan langsung, telepon dan WhatsApp"),
              Offer("PSIKOSOSIAL", {}, "2 psikolog klinis; konseling korban dan keluarga"),
              Offer("PENAMPUNGAN", {"61.71"}, "Rumah aman 12 tempat tidur, khusus perempuan dan anak"),
              Offer("BANTUAN_HUKUM", {}, "Pendampingan hukum bersama LBH mitra")},
             {"Layanan Pengaduan UPTD PPA Kalimantan Barat", "+62 561 0000 7101", "pengaduan@uptdppa-kalbar.invalid",
              "Jl. Contoh Sutan Syahrir No. 1, Pontianak"},
             "Senin-Jumat 07.30-16.00; hotline 24 jam")},
      {"BP3MI-KALBAR",
       Entry({Offer("PENGADUAN"), Offer("REPATRIASI", {}, "Penjemputan PMI dari PLBN Entikong dan Aruk"),
              Offer("PEMULANGAN", {"61", "61.01"}, "Pemulangan ke daerah asal; shelter transit 20 tempat tidur"),
              Offer("KLAIM_BPJS", {}, "Pendampingan klaim BPJS Ketenagakerjaan PMI")},
             {"Crisis Center BP3MI Kalimantan Barat", "+62 561 0000 7201", "crisis@bp3mi-kalbar.invalid",
              "Jl. Contoh Sungai Raya Dalam No. 2, Kubu Raya"},
             office_hours)},
      {"POLDA-KALBAR",
       Entry({Offer("PENEGAKAN_HUKUM", {}, "Unit PPA dan Satgas TPPO; laporan polisi 24 jam")},
             {"SPKT Polda Kalimantan Barat", "110", std::nullopt, "Jl. Contoh Ahmad Yani No. 3, Pontianak"}, "24 jam")},
      {"BP3MI-JATENG", Entry({Offer("PENGADUAN"), Offer("REPATRIASI"),
                              Offer("PEMULANGAN", {}, "Shelter transit 15 tempat tidur"), Offer("KLAIM_BPJS")},
                             {"Layanan Pengaduan BP3MI Jawa Tengah", "+62 24 0000 3301",
                              "pengaduan@bp3mi-jateng.invalid", "Jl. Contoh Kalipepe No. 4, Semarang"},
                             office_hours)},
      {"DP3A-SEMARANG",
       Entry({Offer("PENGADUAN", {}, "Rumah Duta Revolusi Mental"), Offer("PSIKOSOSIAL"), Offer("MEDIASI")},
             {"Layanan PPA DP3A Kota Semarang", "+62 24 0000 3374", "ppa@dp3a-semarang.invalid",
              "Jl. Contoh Pemuda No. 5, Semarang"},
             office_hours)},
      {"BP3MI-NTB", Entry({Offer("PENGADUAN"), Offer("PEMULANGAN", {"52", "52.71"}), Offer("KLAIM_BPJS"),
                           Offer("PEMBERDAYAAN_EKONOMI", {}, "Pelatihan wirausaha purna PMI bersama Disnakertrans")},
                          {"Layanan Pengaduan BP3MI NTB", "+62 370 0000 5201", "pengaduan@bp3mi-ntb.invalid",
                           "Jl. Contoh Udayana No. 6, Mataram"},
                          office_hours)},
      {"KBRI-RIYADH", Entry({Offer("PENGADUAN", {}, "Hotline WNI 24 jam"),
                             Offer("PENAMPUNGAN", {}, "Shelter KBRI untuk PMI bermasalah"), Offer("BANTUAN_HUKUM"),
                             Offer("REPATRIASI")},
                            {"Pelayanan dan Pelindungan WNI KBRI Riyadh", "+966 0000 0001", "pwni@kbri-riyadh.invalid",
                             "Diplomatic Quarter, Riyadh"},
                            "Ahad-Kamis 08.00-16.00 waktu setempat; hotline 24 jam")},
      // Kept as an example of an entry that is not public: only signed-in users see it.
      {"DINSOS-KALBAR",
       Entry({Offer("REHABILITASI_SOSIAL", {}, "Panti rehabilitasi sosial; perlu laporan polisi untuk korban TPPO"),
              Offer("REINTEGRASI_SOSIAL")},
             {"Dinas Sosial Provinsi Kalimantan Barat", "+62 561 0000 7301", std::nullopt, std::nullopt}, office_hours,
             false)},
      {"KP2MI", Entry({Offer("PENGADUAN", {}, "Pusat panggilan nasional"), Offer("REPATRIASI"), Offer("KLAIM_BPJS")},
                      {"Crisis Center KP2MI", "+62 21 0000 0001", "crisis@kp2mi.invalid", "Jakarta"}, "24 jam")},
  };
}

}  // namespace

core::Result<int> LoadDemoDirectory(domain::DirectoryService& directory, domain::ports::Database& db) {
  int written = 0;
  for (DemoEntry& demo : Entries()) {
    std::string agency_id;
    {
      SINERGI_TRY(auto uow, db.Begin(domain::ports::TxMode::kRead));
      core::Result<domain::Agency> agency = uow->identity().GetAgencyByCode(demo.code);
      if (!agency) {
        if (agency.error().code() == core::ErrorCode::kNotFound) continue;
        return agency.error();
      }
      agency_id = agency->id;
    }
    core::Result<domain::DirectoryListing> current = directory.GetListing(kDemoActor, agency_id);
    if (!current) {
      if (current.error().code() == core::ErrorCode::kNotFound) continue;  // a disabled agency
      return current.error();
    }
    if (current->entry.version != 0) continue;  // written before (or edited since): left alone
    SINERGI_TRY_STATUS(directory.UpdateEntry(kDemoActor, agency_id, std::move(demo.data), 0));
    ++written;
  }
  return written;
}

}  // namespace sinergi::app

// The demo outreach events (demo_outreach.hpp).
#include "app/demo_outreach.hpp"

#include <string>
#include <utility>
#include <vector>

namespace sinergi::app {
namespace {

const domain::Actor kDemoActor{"system:demo", "Demo data loader", "demo", "", {}, "", "", "", ""};

core::Date DaysAgo(core::Date today, int days) {
  return core::Date::FromDaysSinceEpoch(today.DaysSinceEpoch() - days);
}

// {male, female, unknown} x {child, adult, unknown}.
domain::ParticipantCounts Counts(std::int64_t male_adult, std::int64_t female_adult, std::int64_t male_child,
                                 std::int64_t female_child) {
  domain::ParticipantCounts p;
  p.counts[0] = {male_child, male_adult, 0};
  p.counts[1] = {female_child, female_adult, 0};
  return p;
}

// The West Kalimantan task force's socialisation commitment (app/demo_coordination.cpp): BP3MI Kalbar's, with a
// numeric target.
core::Result<domain::Commitment> KalbarCommitment(domain::CoordinationService& coordination,
                                                  const std::string& kalbar) {
  domain::CoordinationService::CommitmentQuery query;
  query.agency_id = kalbar;
  SINERGI_TRY(auto page, coordination.ListCommitments(kDemoActor, query, {100, std::nullopt}));
  for (domain::Commitment& c : page.items) {
    if (c.data.target) return std::move(c);
  }
  return core::Error::NotFound("demo.commitment_missing", "The West Kalimantan socialisation commitment is missing.");
}

}  // namespace

core::Result<DemoOutreachSummary> LoadDemoOutreach(domain::OutreachService& outreach,
                                                   domain::CoordinationService& coordination,
                                                   const DemoAgencies& agencies) {
  const core::Date today = coordination.Today();
  const std::string& kalbar = agencies.Id("BP3MI-KALBAR");
  const std::string& ppa_kalbar = agencies.Id("UPTD-PPA-KALBAR");
  const std::string& ntb = agencies.Id("BP3MI-NTB");
  const std::string& jateng = agencies.Id("BP3MI-JATENG");
  const std::string& semarang = agencies.Id("DP3A-SEMARANG");
  SINERGI_TRY(domain::Commitment commitment, KalbarCommitment(coordination, kalbar));
  DemoOutreachSummary summary;
  summary.linked_commitment_id = commitment.id;

  // West Kalimantan: villages of origin along the border, with religious and community leaders.
  domain::OutreachEventData sambas;
  sambas.title = "Sosialisasi Migrasi Aman dan Pencegahan TPPO bagi Masyarakat Desa Asal PMI";
  sambas.organiser_agency_id = kalbar;
  sambas.partner_agency_ids = {ppa_kalbar};
  sambas.held_on = DaysAgo(today, 40);
  sambas.region_code = "61.01";
  sambas.venue = "Balai Desa, Kecamatan Sambas";
  sambas.topics = {"MIGRASI_AMAN_PROSEDURAL", "PENCEGAHAN_TPPO"};
  sambas.target_groups = {"CALON_PMI", "APARAT_DESA", "TOKOH_AGAMA_MASYARAKAT"};
  sambas.channel = "TATAP_MUKA";
  sambas.participants = Counts(38, 29, 0, 4);
  sambas.materials = {"Leaflet migrasi aman BP3MI", "Daftar P3MI resmi"};
  sambas.notes = "Kepala desa meminta pendataan warga yang berangkat lewat jalur tidak resmi.";
  sambas.commitment_id = commitment.id;
  SINERGI_TRY(domain::OutreachEvent kb1, outreach.CreateEvent(kDemoActor, std::move(sambas)));

  domain::OutreachEventData bengkayang;
  bengkayang.title = "Sosialisasi Pencegahan TPPO di Perbatasan Jagoi Babang";
  bengkayang.organiser_agency_id = kalbar;
  bengkayang.partner_agency_ids = {ppa_kalbar};
  bengkayang.held_on = DaysAgo(today, 12);
  bengkayang.region_code = "61.07";
  bengkayang.venue = "Aula Kecamatan Jagoi Babang";
  bengkayang.topics = {"PENCEGAHAN_TPPO", "LAYANAN_PENGADUAN"};
  bengkayang.target_groups = {"KELUARGA_PMI", "PURNA_PMI"};
  bengkayang.channel = "TATAP_MUKA";
  bengkayang.participants = Counts(22, 31, 0, 0);
  bengkayang.materials = {"Film pendek pencegahan TPPO"};
  bengkayang.commitment_id = commitment.id;
  SINERGI_TRY(domain::OutreachEvent kb2, outreach.CreateEvent(kDemoActor, std::move(bengkayang)));
  domain::OutreachFollowUp help;
  help.name = "Ibu Marlina";
  help.contact = "0813 5200 1122";
  help.request = "Adik saya bekerja di Sarawak tanpa dokumen, majikan menahan paspor dan gaji tiga bulan.";
  help.needs_category = "TPPO";
  SINERGI_TRY(domain::OutreachFollowUp f, outreach.AddFollowUp(kDemoActor, kb2.id, std::move(help)));
  (void)kb1;
  (void)f;
  summary.events += 2;
  summary.follow_ups += 1;

  // West Nusa Tenggara: students of a vocational school in East Lombok.
  domain::OutreachEventData lotim;
  lotim.title = "Sosialisasi Peluang Kerja ke Luar Negeri secara Prosedural bagi Pelajar SMK";
  lotim.organiser_agency_id = ntb;
  lotim.held_on = DaysAgo(today, 25);
  lotim.region_code = "52.03";
  lotim.venue = "SMK Negeri Selong";
  lotim.topics = {"MIGRASI_AMAN_PROSEDURAL"};
  lotim.target_groups = {"PELAJAR_MAHASISWA"};
  lotim.channel = "TATAP_MUKA";
  lotim.participants = Counts(0, 0, 64, 71);
  SINERGI_TRY(domain::OutreachEvent ntb1, outreach.CreateEvent(kDemoActor, std::move(lotim)));
  (void)ntb1;
  summary.events += 1;

  // Central Java: PMI families on social security and reintegration, with DP3A Semarang.
  domain::OutreachEventData cilacap;
  cilacap.title = "Sosialisasi BPJS Ketenagakerjaan dan Reintegrasi bagi Keluarga PMI";
  cilacap.organiser_agency_id = jateng;
  cilacap.partner_agency_ids = {semarang};
  cilacap.held_on = DaysAgo(today, 60);
  cilacap.region_code = "33.01";
  cilacap.venue = "Pendopo Kecamatan Kroya";
  cilacap.topics = {"BPJS_JAMSOS", "REINTEGRASI_KEWIRAUSAHAAN", "KEKERASAN_TERHADAP_PEREMPUAN"};
  cilacap.target_groups = {"KELUARGA_PMI", "PURNA_PMI", "PEREMPUAN_ANAK"};
  cilacap.channel = "TATAP_MUKA";
  cilacap.participants = Counts(17, 46, 0, 0);
  SINERGI_TRY(domain::OutreachEvent jt1, outreach.CreateEvent(kDemoActor, std::move(cilacap)));
  (void)jt1;
  summary.events += 1;
  return summary;
}

}  // namespace sinergi::app

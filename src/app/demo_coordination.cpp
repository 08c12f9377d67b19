// The demo forums (demo_coordination.hpp). Due days of the open commitments are set relative to today, so the demo
// shows the same picture whenever it is loaded; the overdue one has a fixed past due day.
#include "app/demo_coordination.hpp"

#include <string>
#include <utility>
#include <vector>

#include "app/demo_coordination_support.hpp"

namespace sinergi::app {
namespace {

using detail::Commit;
using detail::DaysFrom;
using detail::Participant;
using detail::Report;
using domain::CommitmentStatus;
using domain::MeetingData;

const domain::Actor& kDemoActor = detail::kCoordinationDemoActor;

}  // namespace

core::Result<DemoCoordinationSummary> LoadDemoCoordination(domain::CoordinationService& svc,
                                                           const DemoAgencies& agencies) {
  const core::Date today = svc.Today();
  const std::string& jateng = agencies.Id("BP3MI-JATENG");
  const std::string& semarang = agencies.Id("DP3A-SEMARANG");
  const std::string& kalbar = agencies.Id("BP3MI-KALBAR");
  const std::string& ppa_kalbar = agencies.Id("UPTD-PPA-KALBAR");
  const std::string& polda = agencies.Id("POLDA-KALBAR");
  const std::string& ntb = agencies.Id("BP3MI-NTB");
  const std::string& riyadh = agencies.Id("KBRI-RIYADH");
  DemoCoordinationSummary summary;

  // West Kalimantan: the TPPO task force (seed: the Bengkayang coordination meeting of 7 August 2025).
  domain::ForumData kalbar_forum{"Gugus Tugas TPPO Provinsi Kalimantan Barat",
                                 kalbar,
                                 "61",
                                 {kalbar, ppa_kalbar, polda},
                                 "Pencegahan dan penanganan TPPO di daerah perbatasan Kalimantan Barat."};
  SINERGI_TRY(domain::Forum kb, svc.CreateForum(kDemoActor, std::move(kalbar_forum)));
  MeetingData bengkayang;
  bengkayang.title = "Pertemuan Koordinasi dan Sinkronisasi Pencegahan dan Penanganan TPPO Kabupaten Bengkayang";
  bengkayang.held_on = {2025, 8, 7};
  bengkayang.place = "Aula Dinas Kabupaten Bengkayang";
  bengkayang.participants = {Participant(kalbar, {{"Sutan", "Ketua Tim Pelindungan BP3MI Kalimantan Barat"}}),
                             Participant(ppa_kalbar, {{"Rina Handayani", "Kepala UPTD PPA"}}),
                             Participant(polda, {{"AKBP Dedi Kurniawan", "Kasubdit IV Renakta"}})};
  bengkayang.agenda =
      "Pelindungan PMI sejak pra-penempatan; jalur nonprosedural di perbatasan Entikong dan Jagoi Babang.";
  bengkayang.minutes = "Disepakati sosialisasi migrasi aman di desa asal dan pendataan PMI yang dideportasi.";
  SINERGI_TRY(domain::Meeting kb1, svc.CreateMeeting(kDemoActor, kb.id, std::move(bengkayang)));
  SINERGI_TRY(domain::Commitment kb_sosialisasi,
              svc.CreateCommitment(kDemoActor, kb1.id,
                                   Commit({kalbar}, "Sosialisasi migrasi aman dan prosedural di desa-desa asal PMI",
                                          DaysFrom(today, 60), "sosialisasi di 5 kabupaten", 5)));
  SINERGI_TRY_STATUS(Report(svc, kb_sosialisasi, CommitmentStatus::kInProgress, 2, std::nullopt));
  SINERGI_TRY(domain::Commitment kb_data,
              svc.CreateCommitment(kDemoActor, kb1.id,
                                   Commit({polda, ppa_kalbar}, "Pendataan bersama PMI yang dideportasi melalui PLBN",
                                          {2025, 10, 31}, "data bersama dikirim ke BP3MI")));
  (void)kb_data;  // overdue: due 31 October 2025, still open
  summary.meetings += 1;
  summary.commitments += 2;

  // Central Java: preventing violence against women and the BP3MI-DP3A collaboration on TPPO and reintegration,
  // shaped like the Bali and Central Sulawesi meetings of the seeds (demo_coordination_provinces.cpp) with the demo
  // case worker's agency, so the demo user has a commitment on the task list.
  domain::ForumData jateng_forum{"Rakor Pencegahan Kekerasan terhadap Perempuan dan TPPO Jawa Tengah",
                                 semarang,
                                 "33",
                                 {semarang, jateng},
                                 "Sinergi DP3A dan BP3MI untuk calon PMI perempuan dan PMI purna serta keluarganya."};
  SINERGI_TRY(domain::Forum jt, svc.CreateForum(kDemoActor, std::move(jateng_forum)));
  MeetingData rakor1;
  rakor1.title = "Rapat Koordinasi dan Sinkronisasi Program Pencegahan Kekerasan terhadap Perempuan";
  rakor1.held_on = {2025, 10, 13};
  rakor1.place = "Kantor DP3A Kota Semarang";
  rakor1.participants = {Participant(semarang, {{"Sri Wahyuni", "Kepala Bidang Perlindungan Perempuan"}}),
                         Participant(jateng, {{"Retno Wulandari", "Pengantar Kerja Ahli Pertama"}})};
  rakor1.agenda = "Data penempatan PMI perempuan 2025; pencegahan kekerasan sebelum, selama dan sesudah bekerja.";
  rakor1.minutes = "BP3MI menyampaikan data PMI perempuan; DP3A menyiapkan layanan rujukan korban.";
  SINERGI_TRY(domain::Meeting jt1, svc.CreateMeeting(kDemoActor, jt.id, std::move(rakor1)));
  SINERGI_TRY(domain::Commitment jt_data,
              svc.CreateCommitment(kDemoActor, jt1.id,
                                   Commit({jateng}, "Berbagi data penempatan PMI perempuan per kabupaten/kota",
                                          DaysFrom(today, 30), "data terkirim ke DP3A")));
  SINERGI_TRY_STATUS(Report(svc, jt_data, CommitmentStatus::kDone, 0,
                            "Data penempatan 2025 per kabupaten/kota dikirim melalui surat resmi."));
  SINERGI_TRY(domain::Commitment jt_reintegrasi,
              svc.CreateCommitment(
                  kDemoActor, jt1.id,
                  Commit({jateng, semarang}, "Program reintegrasi dan rehabilitasi bagi PMI purna dan keluarganya",
                         DaysFrom(today, 5), "pelatihan kewirausahaan untuk 20 PMI purna", 20)));
  (void)jt_reintegrasi;  // due within a week: on the task list of BP3MI Jawa Tengah and DP3A Semarang
  SINERGI_TRY(domain::Commitment jt_posko, svc.CreateCommitment(kDemoActor, jt1.id,
                                                                Commit({semarang}, "Posko pengaduan bersama di bandara",
                                                                       DaysFrom(today, 90), "posko beroperasi")));
  SINERGI_TRY_STATUS(
      Report(svc, jt_posko, CommitmentStatus::kDropped, 0, "Digantikan layanan pengaduan terpadu di kantor BP3MI."));
  MeetingData rakor2;
  rakor2.title = "Kunjungan Koordinasi Penguatan Sinergitas Pencegahan TPPO";
  rakor2.held_on = {2026, 2, 3};
  rakor2.place = "Kantor BP3MI Jawa Tengah";
  rakor2.participants = {Participant(semarang, {{"Sri Wahyuni", "Kepala Bidang Perlindungan Perempuan"}}),
                         Participant(jateng, {{"Bambang Setiawan", "Kepala BP3MI"}})};
  rakor2.agenda = "Tinjauan komitmen rapat sebelumnya; sosialisasi pencegahan TPPO bagi perempuan.";
  SINERGI_TRY(domain::Meeting jt2, svc.CreateMeeting(kDemoActor, jt.id, std::move(rakor2)));
  (void)jt2;  // its carry-over shows the open reintegration commitment
  summary.meetings += 2;
  summary.commitments += 3;

  // National: placement and protection services (seed: BP2MI's rakor in Bogor, 11 October 2024), convened by the
  // ministry (KP2MI, formerly BP2MI).
  const std::string& pusat = agencies.Id("KP2MI-PUSAT");
  domain::ForumData national{"Rakor Nasional Penguatan Layanan Penempatan dan Pelindungan PMI",
                             pusat,
                             std::nullopt,
                             {pusat, jateng, kalbar, ntb, riyadh},
                             "Koordinasi KP2MI pusat, antar-BP3MI dan perwakilan RI."};
  SINERGI_TRY(domain::Forum nf, svc.CreateForum(kDemoActor, std::move(national)));
  MeetingData bogor;
  bogor.title = "Rapat Koordinasi Penguatan Layanan Penempatan dan Pelindungan Pekerja Migran Indonesia";
  bogor.held_on = {2024, 10, 11};
  bogor.place = "Bogor, Jawa Barat";
  bogor.online_link = "https://rapat.sinergi.example/rakornas";
  bogor.participants = {
      Participant(pusat,
                  {{"I Ketut Suardana", "Deputi Bidang Penempatan dan Pelindungan Kawasan Eropa dan Timur Tengah"},
                   {"Sri Andayani", "Kepala Biro Perencanaan dan Kerjasama"}}),
      Participant(jateng, {}), Participant(kalbar, {}), Participant(ntb, {}), Participant(riyadh, {})};
  bogor.agenda = "Layanan bagi PMI terkendala (sakit); peningkatan kapasitas petugas di lapangan.";
  bogor.minutes = "Penguatan layanan sejak penempatan hingga kepulangan; perbaikan jalur pengaduan dari luar negeri.";
  SINERGI_TRY(domain::Meeting n1, svc.CreateMeeting(kDemoActor, nf.id, std::move(bogor)));
  SINERGI_TRY(
      domain::Commitment n_hotline,
      svc.CreateCommitment(kDemoActor, n1.id,
                           Commit({riyadh, jateng}, "Jalur pengaduan PMI dari Arab Saudi langsung ke BP3MI asal",
                                  DaysFrom(today, 45), "jalur pengaduan diuji coba")));
  SINERGI_TRY_STATUS(Report(svc, n_hotline, CommitmentStatus::kInProgress, 0, std::nullopt));
  SINERGI_TRY(domain::Commitment n_kapasitas,
              svc.CreateCommitment(kDemoActor, n1.id,
                                   Commit({pusat}, "Bimbingan teknis peningkatan kapasitas petugas layanan BP3MI",
                                          DaysFrom(today, 20), "bimtek untuk 4 BP3MI", 4)));
  SINERGI_TRY_STATUS(Report(svc, n_kapasitas, CommitmentStatus::kDone, 4,
                            "Bimtek daring diikuti petugas BP3MI Jawa Tengah, Kalimantan Barat, NTB dan Bali."));
  summary.meetings += 1;
  summary.commitments += 2;
  summary.forums = 3;
  SINERGI_TRY_STATUS(LoadDemoProvinceForums(svc, agencies, summary));
  return summary;
}

}  // namespace sinergi::app

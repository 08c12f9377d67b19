// The demo forums of Bali and Central Sulawesi (demo_coordination.hpp), from the seed reports: what was said at
// each meeting becomes its agenda, minutes and commitments. Due days in the past are fixed (the outcome is then
// late or overdue whenever the demo is loaded); those still to come are relative to today.
#include <string>
#include <utility>

#include "app/demo_coordination.hpp"
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

// Bali (seed: BP3MI Bali at the Dinsos P3A Bali rakor on preventing violence against women, 13 October 2025).
core::Status LoadBali(domain::CoordinationService& svc, const DemoAgencies& agencies, DemoCoordinationSummary& out) {
  const core::Date today = svc.Today();
  const std::string& dinsos = agencies.Id("DINSOS-P3A-BALI");
  const std::string& bp3mi = agencies.Id("BP3MI-BALI");
  domain::ForumData forum{"Rakor Pencegahan Kekerasan terhadap Perempuan Provinsi Bali",
                          dinsos,
                          "51",
                          {dinsos, bp3mi},
                          "Sinergi pemerintah pusat dan daerah mencegah kekerasan terhadap perempuan, termasuk "
                          "perempuan yang akan, sedang dan telah bekerja di luar negeri."};
  SINERGI_TRY(domain::Forum f, svc.CreateForum(kDemoActor, std::move(forum)));
  MeetingData rakor;
  rakor.title =
      "Rapat Koordinasi dan Sinkronisasi Pelaksanaan Kebijakan Program dan Kegiatan Pencegahan Kekerasan terhadap "
      "Perempuan";
  rakor.held_on = {2025, 10, 13};
  rakor.place = "Kantor Dinas Sosial P3A Provinsi Bali, Denpasar";
  rakor.participants = {Participant(dinsos, {}),
                        Participant(bp3mi, {{"Ni Putu Sutarmini", "Pengantar Kerja Ahli Pertama BP3MI Bali"}})};
  rakor.agenda =
      "Data penempatan PMI perempuan 2025; pencegahan kekerasan sejak perekrutan dan pembekalan hingga pengawasan "
      "selama bekerja di luar negeri.";
  rakor.minutes =
      "BP3MI Bali menyampaikan data penempatan PMI perempuan 2025 dan berkomitmen memperkuat kolaborasi; disepakati "
      "sosialisasi bersama tentang prosedur bekerja aman ke luar negeri.";
  SINERGI_TRY(domain::Meeting m, svc.CreateMeeting(kDemoActor, f.id, std::move(rakor)));
  SINERGI_TRY(domain::Commitment sosialisasi,
              svc.CreateCommitment(
                  kDemoActor, m.id,
                  Commit({bp3mi, dinsos}, "Sosialisasi prosedur bekerja aman ke luar negeri bagi calon PMI perempuan",
                         DaysFrom(today, 75), "sosialisasi di 5 kabupaten", 5)));
  SINERGI_TRY_STATUS(Report(svc, sosialisasi, CommitmentStatus::kInProgress, 1, std::nullopt));
  SINERGI_TRY(domain::Commitment data,
              svc.CreateCommitment(kDemoActor, m.id,
                                   Commit({bp3mi}, "Menyampaikan data penempatan PMI perempuan 2025 per kabupaten/kota",
                                          {2025, 11, 14}, "data terkirim ke Dinsos P3A")));
  SINERGI_TRY_STATUS(Report(svc, data, CommitmentStatus::kDone, 0, "Data dikirim dengan surat BP3MI Bali."));  // late
  SINERGI_TRY(domain::Commitment pembekalan,
              svc.CreateCommitment(kDemoActor, m.id,
                                   Commit({dinsos}, "Materi pencegahan kekerasan dalam Orientasi Pra Pemberangkatan",
                                          {2026, 1, 31}, "materi dipakai di OPP")));
  (void)pembekalan;  // overdue: due 31 January 2026, still open
  out.meetings += 1;
  out.commitments += 3;
  out.forums += 1;
  return core::Ok();
}

// Central Sulawesi (seeds: BP3MI Sulteng's coordination visit to Dinas PPA Sulteng, 12 March 2025, and DP3A
// Sulteng's visit to BP3MI Sulteng, 3 February 2026).
core::Status LoadSulteng(domain::CoordinationService& svc, const DemoAgencies& agencies, DemoCoordinationSummary& out) {
  const core::Date today = svc.Today();
  const std::string& bp3mi = agencies.Id("BP3MI-SULTENG");
  const std::string& dp3a = agencies.Id("DP3A-SULTENG");
  const std::string& polda = agencies.Id("POLDA-SULTENG");
  domain::ForumData forum{"Forum Koordinasi Pelindungan PMI dan Keluarganya Provinsi Sulawesi Tengah",
                          bp3mi,
                          "72",
                          {bp3mi, dp3a, polda},
                          "Kolaborasi BP3MI dan DP3A Sulawesi Tengah: pencegahan TPPO, kekerasan terhadap perempuan, "
                          "reintegrasi dan rehabilitasi PMI purna dan keluarganya."};
  SINERGI_TRY(domain::Forum f, svc.CreateForum(kDemoActor, std::move(forum)));

  MeetingData visit;
  visit.title =
      "Koordinasi Penguatan Pelindungan serta Kolaborasi Program Reintegrasi dan Rehabilitasi bagi PMI Purna dan "
      "Keluarganya";
  visit.held_on = {2025, 3, 12};
  visit.place = "Kantor Dinas PPA Provinsi Sulawesi Tengah, Palu";
  visit.participants = {Participant(bp3mi, {{"Mustaqim", "Kepala BP3MI Sulawesi Tengah"}}),
                        Participant(dp3a, {{"Dr. Zubair", "Kepala Dinas PPA Provinsi Sulawesi Tengah"},
                                           {"Kepala UPT PPA", "UPT PPA Provinsi Sulawesi Tengah"}})};
  visit.agenda =
      "Tugas dan fungsi BP3MI dan Dinas PPA; pelindungan calon PMI sebelum berangkat; pendampingan PMI bermasalah.";
  visit.minutes =
      "Perempuan adalah jumlah terbesar PMI yang ditempatkan, sebagian besar menikah dan memiliki anak: peran Dinas "
      "PPA penting untuk ketahanan keluarga PMI.";
  SINERGI_TRY(domain::Meeting m1, svc.CreateMeeting(kDemoActor, f.id, std::move(visit)));
  SINERGI_TRY(domain::Commitment reintegrasi,
              svc.CreateCommitment(kDemoActor, m1.id,
                                   Commit({bp3mi, dp3a},
                                          "Program reintegrasi dan rehabilitasi bagi PMI purna dan "
                                          "keluarganya",
                                          {2025, 9, 30}, "program bersama berjalan")));
  SINERGI_TRY_STATUS(Report(svc, reintegrasi, CommitmentStatus::kDone, 0,
                            "Pelatihan kewirausahaan PMI purna bersama UPT PPA."));  // late
  SINERGI_TRY(domain::Commitment mou, svc.CreateCommitment(kDemoActor, m1.id,
                                                           Commit({dp3a}, "Nota kesepahaman BP3MI dan Dinas PPA",
                                                                  {2025, 6, 30}, "nota kesepahaman ditandatangani")));
  SINERGI_TRY_STATUS(Report(svc, mou, CommitmentStatus::kDropped, 0,
                            "Cukup dengan kesepakatan bersama dalam forum; tidak perlu nota kesepahaman."));

  MeetingData sinergi;
  sinergi.title = "Kunjungan Koordinasi Penguatan Sinergitas Pencegahan TPPO dan Kekerasan terhadap Perempuan";
  sinergi.held_on = {2026, 2, 3};
  sinergi.place = "Kantor BP3MI Sulawesi Tengah, Palu";
  sinergi.convening_agency_id = dp3a;
  sinergi.participants = {
      Participant(dp3a, {{"Diana Adam Patalau",
                          "Kepala Bidang Perlindungan Hak Perempuan dan Perlindungan Khusus Anak DP3A Sulteng"}}),
      Participant(bp3mi, {{"Mustaqim", "Kepala BP3MI Sulawesi Tengah"}}), Participant(polda, {})};
  sinergi.agenda = "Tinjauan komitmen kunjungan Maret 2025; sosialisasi dan penanganan korban secara terpadu.";
  sinergi.minutes =
      "BP3MI dan DP3A sepakat meningkatkan kerja sama, pertukaran informasi dan program bersama di seluruh Sulawesi "
      "Tengah.";
  SINERGI_TRY(domain::Meeting m2, svc.CreateMeeting(kDemoActor, f.id, std::move(sinergi)));
  SINERGI_TRY(domain::Commitment sosialisasi,
              svc.CreateCommitment(kDemoActor, m2.id,
                                   Commit({bp3mi, dp3a},
                                          "Sosialisasi bersama pencegahan TPPO dan kekerasan terhadap perempuan di "
                                          "kabupaten asal PMI",
                                          DaysFrom(today, 90), "sosialisasi di 4 kabupaten", 4)));
  (void)sosialisasi;  // open: outreach events linked to it count towards its target
  SINERGI_TRY(domain::Commitment data,
              svc.CreateCommitment(kDemoActor, m2.id,
                                   Commit({polda, bp3mi}, "Pertukaran data korban TPPO dan PMI bermasalah",
                                          {2026, 4, 30}, "data bersama diperbarui tiap triwulan")));
  (void)data;  // overdue: due 30 April 2026, still open
  out.meetings += 2;
  out.commitments += 4;
  out.forums += 1;
  return core::Ok();
}

}  // namespace

core::Status LoadDemoProvinceForums(domain::CoordinationService& svc, const DemoAgencies& agencies,
                                    DemoCoordinationSummary& summary) {
  SINERGI_TRY_STATUS(LoadBali(svc, agencies, summary));
  return LoadSulteng(svc, agencies, summary);
}

}  // namespace sinergi::app

#include "app/demo_cases.hpp"

#include <string>
#include <string_view>
#include <utility>

namespace sinergi::app {
namespace {

using core::Date;
using domain::CaseData;
using domain::CaseStatus;
using domain::ServiceDeliveryData;

// A system actor (the policy lets system jobs do everything) working for `agency`, so the cases it opens are owned
// by that agency and the referrals it sends come from it. It also holds SUPERVISOR, because the workflow asks for a
// supervisor to approve a closure and a referral without a recorded consent needs a supervisor's reason.
domain::Actor ActorOf(const domain::Agency& agency) {
  return domain::Actor{"system:demo",
                       "Demo data loader",
                       "demo",
                       agency.id,
                       {"SUPERVISOR"},
                       "",
                       "",
                       "",
                       agency.region_code.value_or("")};
}

domain::PersonData NewPerson(const char* name, const char* nik, const char* sex, Date birth, const char* region) {
  domain::PersonData d;
  d.full_name = name;
  d.nik = nik;
  d.sex = sex;
  d.birth_date = birth;
  d.address_region_code = region;
  return d;
}

domain::ServiceDeliveryData Service(const char* code, Date requested_on, const char* status, const char* reference) {
  domain::ServiceDeliveryData d;
  d.service = code;
  d.requested_on = requested_on;
  d.status = status;
  if (reference != nullptr) d.reference = reference;
  return d;
}

CaseData Data(const char* channel, Date reported, const char* country, const char* region, const char* urgency,
              std::vector<std::string> types, std::vector<std::string> acts, const char* summary) {
  CaseData d;
  d.intake_channel = channel;
  d.reported_on = reported;
  if (country != nullptr) d.occurrence_country = country;
  if (region != nullptr) d.occurrence_region_code = region;
  d.urgency = urgency;
  d.case_types = std::move(types);
  d.violence_acts = std::move(acts);
  d.summary = summary;
  return d;
}

class Loader {
 public:
  Loader(domain::CaseService& cases, domain::RegistryService& registry, const DemoAgencies& agencies)
      : cases_(cases), registry_(registry), agencies_(agencies) {}

  // The agency the next calls act for (and that owns the cases they open).
  void ActFor(std::string_view agency_code) { actor_ = ActorOf(agencies_.by_code.find(agency_code)->second); }
  const domain::Actor& actor() const { return actor_; }
  const std::string& AgencyId(std::string_view code) const { return agencies_.Id(code); }

  core::Result<domain::Person> Person(domain::PersonData data) { return registry_.CreatePerson(actor_, data); }

  core::Result<domain::Case> Open(CaseData data) {
    SINERGI_TRY(domain::Case c, cases_.CreateCase(actor_, std::move(data)));
    ++summary_.cases;
    return c;
  }

  core::Status Party(const domain::Case& c, const std::string& person_id, const char* role,
                     const char* relationship = nullptr) {
    domain::CaseParty party;
    party.person_id = person_id;
    party.role = role;
    if (relationship != nullptr) party.relationship_to_victim = relationship;
    SINERGI_TRY_STATUS(cases_.AddParty(actor_, c.id, std::move(party)));
    if (std::string(role) == "KORBAN") ++summary_.victims;
    return core::Ok();
  }

  core::Result<domain::CaseScreening> Screen(const domain::Case& c, const std::string& person_id,
                                             domain::TppoScreeningInput input) {
    return cases_.ScreenVictim(actor_, c.id, person_id, std::move(input));
  }

  // Moves the case through `steps` (status, effective date), carrying the version along.
  core::Result<domain::Case> Walk(domain::Case c, const std::vector<std::pair<CaseStatus, Date>>& steps,
                                  const char* reason = nullptr, const char* closure_reason = nullptr) {
    for (const auto& [to, on] : steps) {
      domain::CaseTransitionRequest request;
      request.to = to;
      request.effective_date = on;
      if (reason != nullptr) request.reason = reason;
      if (closure_reason != nullptr && to == CaseStatus::kClosurePending) request.closure_reason = closure_reason;
      SINERGI_TRY(c, cases_.Transition(actor_, c.id, request, c.version));
    }
    return c;
  }

  DemoCaseSummary summary() const { return summary_; }

 private:
  domain::CaseService& cases_;
  domain::RegistryService& registry_;
  const DemoAgencies& agencies_;
  domain::Actor actor_;
  DemoCaseSummary summary_;
};

}  // namespace

core::Result<DemoCaseSummary> LoadDemoCases(const DemoCaseServices& services, const DemoAgencies& agencies,
                                            const std::vector<domain::Person>& registry_persons) {
  if (registry_persons.size() < 5) return core::Error::Internal("demo: the demo registry is missing persons");
  const domain::Person& dewi = registry_persons[3];  // deported from Malaysia through PLBN Entikong
  domain::CaseWorkService* case_work = services.case_work;
  Loader load(services.cases, services.registry, agencies);
  using S = CaseStatus;

  // 1. West Kalimantan, TPPO: three women recruited in NTT and Blitar with false promises of plantation jobs,
  //    stopped at PLBN Entikong; one is 16. One case, three victims and their recruiter, handled by BP3MI Kalimantan
  //    Barat, which referred the child to the UPTD PPA (accepted) and the recruiter's case to the police.
  load.ActFor("BP3MI-KALBAR");
  SINERGI_TRY(auto sri,
              load.Person(NewPerson("Sri Wahyuni", "5301046005960011", "PEREMPUAN", {1996, 5, 20}, "53.01.04")));
  SINERGI_TRY(auto maria,
              load.Person(NewPerson("Maria Goreti Bria", "5301044308090012", "PEREMPUAN", {2009, 8, 3}, "53.01.04")));
  SINERGI_TRY(auto hendrik,
              load.Person(NewPerson("Hendrik Tefa", "5301041501790013", "LAKI_LAKI", {1979, 1, 15}, "53.01.04")));
  CaseData tppo = Data("DEBARKASI", {2025, 11, 3}, "ID", "61.03.21", "DARURAT", {"TPPO", "PMI_BERMASALAH"},
                       {"PERDAGANGAN_ORANG", "EKSPLOITASI_EKONOMI", "ANCAMAN_INTIMIDASI"},
                       "Tiga perempuan dijanjikan pekerjaan di kebun sawit Malaysia oleh perekrut perorangan, paspor "
                       "ditahan, diberangkatkan tanpa dokumen melalui jalur tidak resmi; diamankan petugas di PLBN "
                       "Entikong. Satu korban berusia 16 tahun.");
  tppo.occurred_on = Date{2025, 10, 28};
  tppo.immediate_safety_risk = true;
  tppo.places = {"LAINNYA"};
  tppo.pmi_problems = {"NON_PROSEDURAL", "PENAHANAN_DOKUMEN"};
  SINERGI_TRY(auto kalbar, load.Open(std::move(tppo)));
  SINERGI_TRY_STATUS(load.Party(kalbar, dewi.id, "KORBAN"));
  SINERGI_TRY_STATUS(load.Party(kalbar, sri.id, "KORBAN"));
  SINERGI_TRY_STATUS(load.Party(kalbar, maria.id, "KORBAN"));
  SINERGI_TRY_STATUS(load.Party(kalbar, hendrik.id, "PEREKRUT", "LAINNYA"));
  domain::TppoScreeningInput adult;
  adult.acts = {"PEREKRUTAN", "PENGANGKUTAN"};
  adult.means = {"PENIPUAN", "POSISI_RENTAN"};
  adult.purposes = {"KERJA_PAKSA"};
  adult.ilo_indicators = {"FL02", "FL07"};
  SINERGI_TRY_STATUS(load.Screen(kalbar, sri.id, adult));
  domain::TppoScreeningInput child;
  child.acts = {"PEREKRUTAN", "PENGANGKUTAN"};
  child.purposes = {"KERJA_PAKSA"};
  SINERGI_TRY_STATUS(load.Screen(kalbar, maria.id, child));  // age from the birth date: 16 -> PRESUMED_TPPO_CHILD
  SINERGI_TRY(kalbar, load.Walk(kalbar, {{S::kIdentification, {2025, 11, 3}}, {S::kAssessment, {2025, 11, 5}}}));
  if (case_work != nullptr) {
    // Reported to the police the day the victims were found (PP 9/2008 Ps 14(5)); sheltered; then rehabilitation,
    // which the police report allows (UU 21/2007 Ps 51(2)).
    SINERGI_TRY_STATUS(case_work->RecordService(
        load.actor(), kalbar.id,
        Service("PENEGAKAN_HUKUM", {2025, 11, 3}, "BERJALAN", "LP/B/123/XI/2025/SPKT/POLDA KALBAR")));
    SINERGI_TRY_STATUS(
        case_work->RecordService(load.actor(), kalbar.id, Service("PENAMPUNGAN", {2025, 11, 3}, "BERJALAN", nullptr)));
    ServiceDeliveryData rehab = Service("REHABILITASI_SOSIAL", {2025, 11, 6}, "DIRENCANAKAN", nullptr);
    rehab.person_id = maria.id;
    SINERGI_TRY_STATUS(case_work->RecordService(load.actor(), kalbar.id, std::move(rehab)));
    SINERGI_TRY_STATUS(case_work->AddNote(load.actor(), kalbar.id,
                                          "Ketiga korban ditempatkan di shelter; korban anak didampingi pekerja "
                                          "sosial. Perekrut dilaporkan ke Polda Kalbar."));
  }
  if (services.referrals != nullptr) {
    // The child to the UPTD PPA for psychosocial support, without a consent on record yet (her guardian could not be
    // reached): a supervisor's recorded reason. Accepted the next day.
    domain::ReferralInput to_ppa;
    to_ppa.to_agency_id = load.AgencyId("UPTD-PPA-KALBAR");
    to_ppa.person_ids = {maria.id};
    to_ppa.services = {"PSIKOSOSIAL", "PENAMPUNGAN"};
    to_ppa.message = "Korban anak (16 tahun) membutuhkan pendampingan psikologis dan rumah aman selama proses hukum.";
    to_ppa.urgency = "TINGGI";
    to_ppa.consent_override_reason = "Korban anak dalam bahaya; wali belum dapat dihubungi.";
    SINERGI_TRY(domain::Referral ppa, services.referrals->Create(load.actor(), kalbar.id, std::move(to_ppa)));
    load.ActFor("UPTD-PPA-KALBAR");
    SINERGI_TRY_STATUS(services.referrals->Accept(load.actor(), ppa.id, ppa.version));
    load.ActFor("BP3MI-KALBAR");
  }

  // 2. Central Java, violence against a woman by her husband, in services at the DP3A of Semarang.
  load.ActFor("DP3A-SEMARANG");
  SINERGI_TRY(auto lina,
              load.Person(NewPerson("Lina Marlina", "3374014212910014", "PEREMPUAN", {1991, 12, 2}, "33.74.01.1001")));
  SINERGI_TRY(auto agus,
              load.Person(NewPerson("Agus Setiawan", "3374010903870015", "LAKI_LAKI", {1987, 3, 9}, "33.74.01.1001")));
  CaseData kdrt = Data("PENGADUAN_LANGSUNG", {2026, 8, 14}, "ID", "33.74.01", "TINGGI", {"KEKERASAN_PEREMPUAN"},
                       {"KEKERASAN_FISIK", "ANCAMAN_INTIMIDASI"},
                       "Korban datang ke UPTD PPA dengan luka memar; mengaku dipukul suami berulang kali dan diancam "
                       "bila melapor.");
  kdrt.places = {"RUMAH_TANGGA"};
  SINERGI_TRY(auto semarang, load.Open(std::move(kdrt)));
  SINERGI_TRY_STATUS(load.Party(semarang, lina.id, "KORBAN"));
  SINERGI_TRY_STATUS(load.Party(semarang, agus.id, "TERDUGA_PELAKU", "SUAMI_ISTRI"));
  SINERGI_TRY(semarang, load.Walk(semarang, {{S::kIdentification, {2026, 8, 14}},
                                             {S::kAssessment, {2026, 8, 17}},
                                             {S::kServicePlan, {2026, 8, 20}},
                                             {S::kServices, {2026, 8, 24}}}));
  if (case_work != nullptr) {
    // First aid asked for on intake and never marked done: overdue on the task list (UU 21/2007 Ps 53).
    ServiceDeliveryData first_aid = Service("PERTOLONGAN_PERTAMA", {2026, 8, 14}, "DIRENCANAKAN", nullptr);
    first_aid.person_id = lina.id;
    SINERGI_TRY_STATUS(case_work->RecordService(load.actor(), semarang.id, std::move(first_aid)));
    SINERGI_TRY_STATUS(case_work->AddNote(load.actor(), semarang.id,
                                          "Korban memilih tinggal di rumah kerabat; rencana pendampingan hukum "
                                          "dibahas minggu depan."));
  }

  // 3. Saudi Arabia, a PMI from East Lombok with seven months of unpaid wages, reported by the embassy, which
  //    refers her return home to the BP3MI of her province with her consent (waiting for an answer).
  load.ActFor("KBRI-RIYADH");
  SINERGI_TRY(auto baiq, load.Person(NewPerson("Baiq Nurul Aini", "5203015707940016", "PEREMPUAN", {1994, 7, 17},
                                               "52.03.01.2001")));
  CaseData wages = Data("LAPORAN_PERWAKILAN", {2026, 10, 7}, "SA", nullptr, "SEDANG", {"PMI_BERMASALAH"}, {},
                        "KBRI Riyadh melaporkan PMI sektor rumah tangga belum menerima gaji tujuh bulan; majikan "
                        "menahan paspor.");
  wages.pmi_problems = {"GAJI_TIDAK_DIBAYAR", "PENAHANAN_DOKUMEN"};
  SINERGI_TRY(auto riyadh, load.Open(std::move(wages)));
  SINERGI_TRY_STATUS(load.Party(riyadh, baiq.id, "KORBAN"));
  if (services.referrals != nullptr && services.pdp != nullptr) {
    domain::ConsentInput consent;
    consent.purpose = "RUJUKAN_LAYANAN";
    consent.recipient_types = {"BP3MI", "DINAS_SOSIAL"};
    consent.lawful_basis = "PERSETUJUAN";
    consent.given_by = "SUBJEK";
    consent.checklist = {true, true, true, true, true};
    SINERGI_TRY_STATUS(services.pdp->RecordConsent(load.actor(), baiq.id, std::move(consent)));
    domain::ReferralInput home;
    home.to_agency_id = load.AgencyId("BP3MI-NTB");
    home.person_ids = {baiq.id};
    home.services = {"PEMULANGAN", "REINTEGRASI_SOSIAL"};
    home.message =
        "PMI akan dipulangkan setelah gaji dibayarkan; mohon penjemputan di debarkasi dan pendampingan "
        "pemulangan ke Lombok Timur.";
    SINERGI_TRY_STATUS(services.referrals->Create(load.actor(), riyadh.id, std::move(home)));
  }

  // 4. A hotline report in Cilacap that identification found not to be a case: closed with a supervisor's approval.
  load.ActFor("BP3MI-JATENG");
  SINERGI_TRY(auto rumor, load.Open(Data("HOTLINE", {2026, 6, 2}, "ID", "33.01", "RENDAH", {"TPPO"}, {},
                                         "Laporan warga tentang perekrutan ke luar negeri; setelah diperiksa, "
                                         "perekrutan melalui P3MI berizin dan prosedural.")));
  SINERGI_TRY(
      rumor,
      load.Walk(rumor,
                {{S::kIdentification, {2026, 6, 3}}, {S::kClosurePending, {2026, 6, 10}}, {S::kClosed, {2026, 6, 11}}},
                "Perekrutan prosedural, tidak ada unsur TPPO.", "TIDAK_TERBUKTI"));

  // 5. Central Java, TPPO at sea: two men from Brebes recruited as fishing crew on a foreign vessel, unpaid for a
  //    year and beaten, returned through Tanjung Emas; their recruiter is known. Open at BP3MI Jawa Tengah with no
  //    police report yet, so the 24-hour police timer runs on the demo case worker's task list.
  SINERGI_TRY(auto slamet,
              load.Person(NewPerson("Slamet Riyadi", "3329031204900017", "LAKI_LAKI", {1990, 4, 12}, "33.29.03")));
  SINERGI_TRY(auto darsono,
              load.Person(NewPerson("Darsono", "3329030109950018", "LAKI_LAKI", {1995, 9, 1}, "33.29.03")));
  SINERGI_TRY(auto tarno,
              load.Person(NewPerson("Tarno bin Kasmadi", "3329033006750019", "LAKI_LAKI", {1975, 6, 30}, "33.29.03")));
  CaseData abk = Data("DEBARKASI", {2026, 11, 27}, "ID", "33.29", "TINGGI", {"TPPO", "PMI_BERMASALAH"},
                      {"PERDAGANGAN_ORANG", "EKSPLOITASI_EKONOMI", "KEKERASAN_FISIK"},
                      "Dua awak kapal perikanan asal Brebes direkrut sponsor desa untuk kapal ikan berbendera asing; "
                      "gaji setahun tidak dibayar, dipukul bila sakit; dipulangkan melalui Pelabuhan Tanjung Emas.");
  abk.pmi_problems = {"GAJI_TIDAK_DIBAYAR", "NON_PROSEDURAL"};
  abk.places = {"TEMPAT_KERJA"};
  SINERGI_TRY(auto brebes, load.Open(std::move(abk)));
  SINERGI_TRY_STATUS(load.Party(brebes, slamet.id, "KORBAN"));
  SINERGI_TRY_STATUS(load.Party(brebes, darsono.id, "KORBAN"));
  SINERGI_TRY_STATUS(load.Party(brebes, tarno.id, "PEREKRUT", "LAINNYA"));
  domain::TppoScreeningInput crew;
  crew.acts = {"PEREKRUTAN", "PENGIRIMAN"};
  crew.means = {"PENIPUAN", "PENGGUNAAN_KEKERASAN"};
  crew.purposes = {"KERJA_PAKSA"};
  crew.ilo_indicators = {"FL04", "FL07"};
  SINERGI_TRY_STATUS(load.Screen(brebes, slamet.id, crew));
  SINERGI_TRY(brebes, load.Walk(brebes, {{S::kIdentification, {2026, 11, 27}}}));
  if (case_work != nullptr) {
    ServiceDeliveryData health = Service("KESEHATAN", {2026, 11, 27}, "SELESAI", nullptr);
    health.person_id = slamet.id;
    health.started_on = Date{2026, 11, 27};
    health.completed_on = Date{2026, 11, 28};
    health.outcome = "Luka memar di punggung dirawat di RSUP Kariadi; rawat jalan.";
    SINERGI_TRY_STATUS(case_work->RecordService(load.actor(), brebes.id, std::move(health)));
  }
  return load.summary();
}

}  // namespace sinergi::app

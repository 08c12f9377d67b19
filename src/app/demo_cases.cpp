#include "app/demo_cases.hpp"

#include <string>
#include <utility>

namespace sinergi::app {
namespace {

using core::Date;
using domain::CaseData;
using domain::CaseStatus;
using domain::ServiceDeliveryData;

// A system actor (the policy lets system jobs do everything) that also holds SUPERVISOR, because the workflow
// asks for a supervisor to approve a closure whoever moves the case.
const domain::Actor kDemoCaseActor{"system:demo", "Demo data loader", "demo", "", {"SUPERVISOR"}, "", "", "", ""};

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
  Loader(domain::CaseService& cases, domain::RegistryService& registry) : cases_(cases), registry_(registry) {}

  core::Result<domain::Person> Person(domain::PersonData data) { return registry_.CreatePerson(kDemoCaseActor, data); }

  core::Result<domain::Case> Open(CaseData data) {
    SINERGI_TRY(domain::Case c, cases_.CreateCase(kDemoCaseActor, std::move(data)));
    ++summary_.cases;
    return c;
  }

  core::Status Party(const domain::Case& c, const std::string& person_id, const char* role,
                     const char* relationship = nullptr) {
    domain::CaseParty party;
    party.person_id = person_id;
    party.role = role;
    if (relationship != nullptr) party.relationship_to_victim = relationship;
    SINERGI_TRY_STATUS(cases_.AddParty(kDemoCaseActor, c.id, std::move(party)));
    if (std::string(role) == "KORBAN") ++summary_.victims;
    return core::Ok();
  }

  core::Result<domain::CaseScreening> Screen(const domain::Case& c, const std::string& person_id,
                                             domain::TppoScreeningInput input) {
    return cases_.ScreenVictim(kDemoCaseActor, c.id, person_id, std::move(input));
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
      SINERGI_TRY(c, cases_.Transition(kDemoCaseActor, c.id, request, c.version));
    }
    return c;
  }

  DemoCaseSummary summary() const { return summary_; }

 private:
  domain::CaseService& cases_;
  domain::RegistryService& registry_;
  DemoCaseSummary summary_;
};

}  // namespace

core::Result<DemoCaseSummary> LoadDemoCases(domain::CaseService& cases, domain::RegistryService& registry,
                                            const std::vector<domain::Person>& registry_persons,
                                            domain::CaseWorkService* case_work) {
  if (registry_persons.size() < 5) return core::Error::Internal("demo: the demo registry is missing persons");
  const domain::Person& dewi = registry_persons[3];  // deported from Malaysia through PLBN Entikong
  Loader load(cases, registry);
  using S = CaseStatus;

  // 1. West Kalimantan, TPPO: three women recruited in NTT and Blitar with false promises of plantation jobs,
  //    stopped at PLBN Entikong; one is 16. One case, three victims and their recruiter.
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
        kDemoCaseActor, kalbar.id,
        Service("PENEGAKAN_HUKUM", {2025, 11, 3}, "BERJALAN", "LP/B/123/XI/2025/SPKT/POLDA KALBAR")));
    SINERGI_TRY_STATUS(case_work->RecordService(kDemoCaseActor, kalbar.id,
                                                Service("PENAMPUNGAN", {2025, 11, 3}, "BERJALAN", nullptr)));
    ServiceDeliveryData rehab = Service("REHABILITASI_SOSIAL", {2025, 11, 6}, "DIRENCANAKAN", nullptr);
    rehab.person_id = maria.id;
    SINERGI_TRY_STATUS(case_work->RecordService(kDemoCaseActor, kalbar.id, std::move(rehab)));
    SINERGI_TRY_STATUS(case_work->AddNote(kDemoCaseActor, kalbar.id,
                                          "Ketiga korban ditempatkan di shelter; korban anak didampingi pekerja "
                                          "sosial. Perekrut dilaporkan ke Polda Kalbar."));
  }

  // 2. Central Java, violence against a woman by her husband, in services at the DP3A.
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
    SINERGI_TRY_STATUS(case_work->RecordService(kDemoCaseActor, semarang.id, std::move(first_aid)));
    SINERGI_TRY_STATUS(case_work->AddNote(kDemoCaseActor, semarang.id,
                                          "Korban memilih tinggal di rumah kerabat; rencana pendampingan hukum "
                                          "dibahas minggu depan."));
  }

  // 3. Saudi Arabia, a PMI from East Lombok with seven months of unpaid wages, reported by the embassy.
  SINERGI_TRY(auto baiq, load.Person(NewPerson("Baiq Nurul Aini", "5203015707940016", "PEREMPUAN", {1994, 7, 17},
                                               "52.03.01.2001")));
  CaseData wages = Data("LAPORAN_PERWAKILAN", {2026, 10, 7}, "SA", nullptr, "SEDANG", {"PMI_BERMASALAH"}, {},
                        "KBRI Riyadh melaporkan PMI sektor rumah tangga belum menerima gaji tujuh bulan; majikan "
                        "menahan paspor.");
  wages.pmi_problems = {"GAJI_TIDAK_DIBAYAR", "PENAHANAN_DOKUMEN"};
  SINERGI_TRY(auto riyadh, load.Open(std::move(wages)));
  SINERGI_TRY_STATUS(load.Party(riyadh, baiq.id, "KORBAN"));

  // 4. A hotline report in Blitar that identification found not to be a case: closed with a supervisor's approval.
  SINERGI_TRY(auto rumor, load.Open(Data("HOTLINE", {2026, 6, 2}, "ID", "35.05", "RENDAH", {"TPPO"}, {},
                                         "Laporan warga tentang perekrutan ke luar negeri; setelah diperiksa, "
                                         "perekrutan melalui P3MI berizin dan prosedural.")));
  SINERGI_TRY(
      rumor,
      load.Walk(rumor,
                {{S::kIdentification, {2026, 6, 3}}, {S::kClosurePending, {2026, 6, 10}}, {S::kClosed, {2026, 6, 11}}},
                "Perekrutan prosedural, tidak ada unsur TPPO.", "TIDAK_TERBUKTI"));
  return load.summary();
}

}  // namespace sinergi::app

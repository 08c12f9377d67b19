#include "app/demo_data.hpp"

#include "app/demo_cases.hpp"
#include "app/demo_coordination.hpp"
#include "app/demo_outreach.hpp"
#include "app/demo_training.hpp"
#include "domain/codelists.hpp"

namespace sinergi::app {
namespace {

using core::Date;
using domain::JourneyData;
using domain::JourneyStatus;
using domain::PersonData;
using domain::TransitionRequest;

// A system actor: the policy lets system jobs do everything, and the audit trail records them by this id.
const domain::Actor kDemoActor{"system:demo", "Demo data loader", "demo", "", {}, "", "", "", ""};

struct DemoPerson {
  const char* name;
  std::vector<std::string> aliases;
  const char* nik;
  const char* sex;
  Date birth;
  const char* birth_place;
  const char* region;  // village code
  const char* address;
  const char* phone;
  const char* marital;
  const char* education;
  std::vector<std::string> skills;
};

PersonData ToData(const DemoPerson& p) {
  PersonData d;
  d.full_name = p.name;
  d.aliases = p.aliases;
  d.nik = p.nik;
  d.sex = p.sex;
  d.birth_date = p.birth;
  d.birth_place = p.birth_place;
  d.address_region_code = p.region;
  d.address_line = p.address;
  if (p.phone != nullptr) d.phone = p.phone;
  d.marital_status = p.marital;
  d.education = p.education;
  d.skills = p.skills;
  return d;
}

JourneyData Journey(const char* scheme, const char* category, const char* p3mi, const char* country, const char* sector,
                    const char* job, bool all_verified, bool procedural = true) {
  JourneyData j;
  j.placement_scheme = scheme;
  j.pmi_category = category;
  if (p3mi != nullptr) j.p3mi_name = p3mi;
  j.destination_country = country;
  j.sector = sector;
  j.job_title = job;
  j.procedural = procedural;
  for (const auto& doc : domain::RequiredPmiDocuments()) {
    domain::JourneyDocument d;
    d.code = std::string(doc.code);
    d.status = all_verified ? "verified" : "missing";
    j.documents.push_back(std::move(d));
  }
  return j;
}

// Moves a journey through `steps`, carrying the version along.
core::Result<domain::Journey> Walk(domain::JourneyService& svc, domain::Journey j,
                                   const std::vector<TransitionRequest>& steps) {
  for (const auto& step : steps) {
    SINERGI_TRY(j, svc.Transition(kDemoActor, j.id, step, j.version));
  }
  return j;
}

TransitionRequest Step(JourneyStatus to, Date on, const char* reason = nullptr) {
  TransitionRequest t;
  t.to = to;
  t.effective_date = on;
  if (reason != nullptr) t.reason = reason;
  return t;
}

core::Status RequireEmptyRegistry(domain::RegistryService& registry) {
  SINERGI_TRY(auto existing, registry.ListPersons(kDemoActor, {}, {1, std::nullopt}));
  if (!existing.items.empty()) {
    return core::Error::Conflict("demo.not_empty",
                                 "The registry already holds persons; demo data is only loaded "
                                 "into an empty database.");
  }
  return core::Ok();
}

}  // namespace

core::Result<DemoSummary> LoadDemoData(domain::JourneyService& journeys, const DemoCaseServices& services,
                                       const DemoAgencies& agencies) {
  domain::RegistryService& registry = services.registry;
  SINERGI_TRY_STATUS(RequireEmptyRegistry(registry));
  const std::vector<DemoPerson> people = {
      {"Siti Nur Haliza",
       {"Siti Nurhaliza"},
       "3212015403950001",
       "PEREMPUAN",
       {1995, 3, 14},
       "Indramayu",
       "32.12.01.2007",
       "Blok Karanganyar RT 02/RW 05",
       "+6281234500001",
       "BELUM_KAWIN",
       "SMA",
       {"Perawatan lansia", "Bahasa Kanton dasar"}},
      {"Muhammad Rizky Pratama",
       {"Moh. Rizki"},
       "5203012107920002",
       "LAKI_LAKI",
       {1992, 7, 21},
       "Lombok Timur",
       "52.03.01.2001",
       "Dusun Tanjung Luar",
       "+6281234500002",
       "KAWIN",
       "SMA",
       {"Pengelasan", "Bahasa Korea"}},
      {"Ni Putu Ayu Lestari",
       {},
       "5107014511980003",
       "PEREMPUAN",
       {1998, 11, 5},
       "Karangasem",
       "51.07.01",
       "Banjar Dinas Pesaban",
       "+6281234500003",
       "BELUM_KAWIN",
       "D3",
       {"Perhotelan", "Bahasa Jepang N4"}},
      {"Dewi Anggraini",
       {},
       "3505017001880004",
       "PEREMPUAN",
       {1988, 1, 30},
       "Blitar",
       "35.05.01",
       "Desa Wonodadi RT 01/RW 03",
       "+6281234500004",
       "KAWIN",
       "SMP",
       {"Pekerjaan rumah tangga"}},
      {"Budi Santoso",
       {},
       "3374010909850005",
       "LAKI_LAKI",
       {1985, 9, 9},
       "Semarang",
       "33.74.01.1001",
       "Jl. Miroto Gg. 3 No. 12",
       "+6281234500005",
       "KAWIN",
       "SMA",
       {"Sopir"}},
      {"Andi Saputra",
       {},
       "3505011204100006",
       "LAKI_LAKI",
       {2010, 4, 12},
       "Blitar",
       "35.05.01",
       "Desa Wonodadi RT 01/RW 03",
       nullptr,
       "BELUM_KAWIN",
       "SD",
       {}},
      {"Yohanes Nggadas",
       {},
       "5301040206900007",
       "LAKI_LAKI",
       {1990, 6, 2},
       "Kupang",
       "53.01.04",
       "Pulau Semau",
       "+6281234500007",
       "KAWIN",
       "SD",
       {"Perkebunan kelapa sawit"}},
      // The NIK says born 12 August 2000; the stated birth date differs: saved with a visible warning.
      {"Rina Wulandari",
       {},
       "3374015208000008",
       "PEREMPUAN",
       {2000, 8, 21},
       "Semarang",
       "33.74.01.1001",
       "Jl. Pandanaran No. 5",
       "+6281234500008",
       "BELUM_KAWIN",
       "SMA",
       {"Tata boga"}},
      {"Putri Maharani",
       {},
       "3212015402090009",
       "PEREMPUAN",
       {2009, 2, 14},
       "Indramayu",
       "32.12.01.2007",
       "Blok Sukamaju RT 04/RW 01",
       "+6281234500009",
       "BELUM_KAWIN",
       "SMP",
       {}},
  };
  std::vector<domain::Person> created;
  for (const auto& p : people) {
    SINERGI_TRY(auto person, registry.CreatePerson(kDemoActor, ToData(p)));
    created.push_back(std::move(person));
  }
  DemoSummary summary;
  summary.persons = static_cast<int>(created.size());
  auto& siti = created[0];
  auto& rizky = created[1];
  auto& ayu = created[2];
  auto& dewi = created[3];
  auto& budi = created[4];
  auto& andi = created[5];
  auto& yohanes = created[6];
  auto& putri = created[8];

  SINERGI_TRY(auto l1, registry.AddFamilyLink(kDemoActor, dewi.id, budi.id, "PASANGAN"));
  SINERGI_TRY(auto l2, registry.AddFamilyLink(kDemoActor, dewi.id, andi.id, "ANAK"));
  SINERGI_TRY(auto l3, registry.AddFamilyLink(kDemoActor, budi.id, andi.id, "ANAK"));
  (void)l1, (void)l2, (void)l3;

  using S = JourneyStatus;
  // Working abroad in Hong Kong as a domestic worker, placed by a licensed P3MI.
  SINERGI_TRY(auto j1, journeys.CreateJourney(kDemoActor, siti.id,
                                              Journey("P3MI", "PERSEORANGAN_RT", "PT Sinar Jaya Abadi", "HK",
                                                      "Pekerjaan rumah tangga", "Perawat lansia", true)));
  SINERGI_TRY(j1, Walk(journeys, j1,
                       {Step(S::kInTraining, {2023, 10, 2}), Step(S::kReadyToDepart, {2024, 1, 15}),
                        Step(S::kWorkingAbroad, {2024, 2, 10})}));
  // G to G to Korea: returned at contract end, now reintegrating with follow-ups.
  SINERGI_TRY(auto j2, journeys.CreateJourney(
                           kDemoActor, rizky.id,
                           Journey("BADAN", "BADAN_HUKUM", nullptr, "KR", "Manufaktur", "Operator mesin", true)));
  TransitionRequest back = Step(S::kReturned, {2025, 8, 20});
  back.return_reason = "BERAKHIR_PK";
  back.debarkation_point = "Bandara Internasional Lombok";
  SINERGI_TRY(j2, Walk(journeys, j2,
                       {Step(S::kInTraining, {2021, 3, 1}), Step(S::kReadyToDepart, {2021, 6, 1}),
                        Step(S::kWorkingAbroad, {2021, 7, 5}), back, Step(S::kReintegrating, {2025, 9, 1})}));
  SINERGI_TRY(auto f1, journeys.AddFollowUp(kDemoActor, j2.id, {2025, 10, 15}, "PELATIHAN_VOKASIONAL_KEWIRAUSAHAAN",
                                            "Mengikuti pelatihan kewirausahaan bengkel las di LTSA Lombok Timur."));
  (void)f1;
  // In pre-departure training for Japan; documents still being gathered.
  SINERGI_TRY(auto j3, journeys.CreateJourney(kDemoActor, ayu.id,
                                              Journey("P3MI", "BADAN_HUKUM", "PT Nusantara Karya Mandiri", "JP",
                                                      "Perhotelan", "Staf hotel", false)));
  SINERGI_TRY(j3, Walk(journeys, j3, {Step(S::kInTraining, {2026, 9, 1})}));
  // Non-procedural work in Malaysia ended in deportation.
  SINERGI_TRY(auto j4, journeys.CreateJourney(kDemoActor, dewi.id,
                                              Journey("PERSEORANGAN", "BADAN_HUKUM", nullptr, "MY", "Perkebunan",
                                                      "Pekerja kebun", false, false)));
  TransitionRequest depart = Step(S::kWorkingAbroad, {2022, 5, 3});
  depart.documents_override_reason = "Keberangkatan non-prosedural; dicatat setelah kepulangan (data BP3MI).";
  TransitionRequest deported = Step(S::kReturned, {2025, 11, 2});
  deported.return_reason = "DEPORTASI";
  deported.debarkation_point = "PLBN Entikong";
  SINERGI_TRY(j4, Walk(journeys, j4, {Step(S::kReadyToDepart, {2022, 4, 20}), depart, deported}));
  // Just registered for plantation work in Malaysia.
  SINERGI_TRY(auto j5, journeys.CreateJourney(kDemoActor, yohanes.id,
                                              Journey("P3MI", "BADAN_HUKUM", "PT Timor Mitra Sejahtera", "MY",
                                                      "Perkebunan", "Pemanen kelapa sawit", false)));
  // A 17-year-old ready to depart: the departure is refused and the journey flagged (UU 18/2017 Ps 5, 66).
  SINERGI_TRY(auto j6, journeys.CreateJourney(kDemoActor, putri.id,
                                              Journey("P3MI", "PERSEORANGAN_RT", "PT Cahaya Abadi Sentosa", "SA",
                                                      "Pekerjaan rumah tangga", "Asisten rumah tangga", true)));
  SINERGI_TRY(j6, Walk(journeys, j6, {Step(S::kReadyToDepart, {2026, 10, 1})}));
  auto refused = journeys.Transition(kDemoActor, j6.id, Step(S::kWorkingAbroad, {2026, 10, 20}), j6.version);
  if (refused.ok()) {
    return core::Error::Internal("demo: an under-age departure was accepted; the journey rules are broken");
  }
  (void)j1, (void)j5;
  summary.journeys = 6;
  SINERGI_TRY(DemoCaseSummary demo_cases, LoadDemoCases(services, agencies, created));
  summary.cases = demo_cases.cases;
  summary.victims = demo_cases.victims;
  return summary;
}

core::Result<DemoSummary> LoadDemo(Runtime& rt) {
  SINERGI_TRY_STATUS(RequireEmptyRegistry(*rt.registry));
  SINERGI_TRY(DemoAgencies agencies, EnsureDemoAgencies(*rt.identity, *rt.db));
  const DemoCaseServices services{*rt.cases, *rt.registry, rt.case_work.get(), rt.referrals.get(), rt.pdp.get()};
  SINERGI_TRY(DemoSummary summary, LoadDemoData(*rt.journeys, services, agencies));
  if (rt.coordination) {
    SINERGI_TRY(DemoCoordinationSummary forums, LoadDemoCoordination(*rt.coordination, agencies));
    summary.forums = forums.forums;
    summary.commitments = forums.commitments;
    if (rt.outreach) {
      SINERGI_TRY(DemoOutreachSummary outreach, LoadDemoOutreach(*rt.outreach, *rt.coordination, agencies));
      summary.outreach_events = outreach.events;
    }
  }
  if (rt.training) {
    SINERGI_TRY(DemoTrainingSummary training, LoadDemoTraining(*rt.training, *rt.journeys, agencies));
    summary.training_programmes = training.programmes;
  }
  return summary;
}

}  // namespace sinergi::app

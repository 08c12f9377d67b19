#include "realistic_inputs.hpp"

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <random>
#include <sstream>

#include "app/csv.hpp"
#include "domain/name_match.hpp"
#include "domain/nik.hpp"

namespace sinergi::bench {
namespace {

// One seed for every generator: the inputs, hence the work measured, are the same in every run.
constexpr std::uint32_t kSeed = 20250630;

[[noreturn]] void Die(const std::string& message) {
  std::fprintf(stderr, "sinergi_benchmarks: %s\n", message.c_str());
  std::exit(2);
}

std::string ReferenceDir() {
  if (const char* dir = std::getenv("SINERGI_REFERENCE_DIR"); dir != nullptr && *dir != '\0') return dir;
  return std::string(SINERGI_SOURCE_DIR) + "/reference/node_modules";
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) Die("cannot read " + path + " (run `make deps`, or point SINERGI_REFERENCE_DIR at the npm packages)");
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

// The same rows src/app/reference_loader.cpp stores: level 1 files have (code,name), deeper ones
// (code,parent_code,name).
void AppendRegions(const std::string& path, int level, std::vector<domain::Region>& out) {
  const auto rows = app::ParseCsv(ReadFile(path));
  const std::size_t columns = level == 1 ? 2 : 3;
  for (std::size_t i = 1; i < rows.size(); ++i) {  // row 0 is the header
    const auto& row = rows[i];
    if (row.size() != columns || row[0].empty() || row.back().empty()) {
      Die(path + ": malformed row " + std::to_string(i + 1));
    }
    domain::Region region;
    region.code = row[0];
    region.level = level;
    if (level > 1) region.parent_code = row[1];
    region.name = row.back();
    out.push_back(std::move(region));
  }
}

const std::vector<domain::Region>& AllRegions() {
  static const std::vector<domain::Region> regions = [] {
    const std::string dir = ReferenceDir() + "/idn-area-data/data/";
    std::vector<domain::Region> out;
    out.reserve(92000);
    AppendRegions(dir + "provinces.csv", 1, out);
    AppendRegions(dir + "regencies.csv", 2, out);
    AppendRegions(dir + "districts.csv", 3, out);
    AppendRegions(dir + "villages.csv", 4, out);
    return out;
  }();
  return regions;
}

// Origin provinces of PMI, weighted roughly like departures (BP2MI placement statistics): East Java, Central Java,
// West Java, NTB, Lampung, North Sumatra, Bali, Banten, South Sulawesi, NTT.
struct OriginWeight {
  const char* province;
  double weight;
};
constexpr OriginWeight kOrigins[] = {{"35", 28}, {"33", 24}, {"32", 18}, {"52", 11}, {"18", 7},
                                     {"12", 3},  {"51", 3},  {"36", 2},  {"73", 2},  {"53", 2}};

std::string TwoDigits(int value) {
  char buf[8];
  std::snprintf(buf, sizeof buf, "%02d", value % 100);
  return buf;
}

std::string Digits(std::mt19937& rng, int count) {
  std::uniform_int_distribution<int> digit(0, 9);
  std::string out;
  for (int i = 0; i < count; ++i) out += static_cast<char>('0' + digit(rng));
  return out;
}

// A ULID-shaped id (26 Crockford base-32 characters), as core::IdGenerator makes them.
std::string UlidLike(std::mt19937& rng) {
  static constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
  std::uniform_int_distribution<std::size_t> pick(0, kAlphabet.size() - 1);
  std::string id = "01J";
  while (id.size() < 26) id += kAlphabet[pick(rng)];
  return id;
}

template <typename T, std::size_t N>
const T& Pick(std::mt19937& rng, const T (&items)[N]) {
  return items[std::uniform_int_distribution<std::size_t>(0, N - 1)(rng)];
}

// "Kabupaten Malang" -> "Malang": how a birth place is written on the KTP-el.
std::string PlaceName(const std::string& regency_name) {
  for (std::string_view prefix : {"Kabupaten ", "Kota "}) {
    if (regency_name.rfind(prefix, 0) == 0) return regency_name.substr(prefix.size());
  }
  return regency_name;
}

core::Timestamp At(std::chrono::sys_days day, long minute) {
  return core::Timestamp(std::chrono::duration_cast<std::chrono::milliseconds>(day.time_since_epoch()) +
                         std::chrono::minutes(minute));
}

}  // namespace

const domain::RegionDirectory& Regions() {
  static const domain::RegionDirectory directory(AllRegions());
  return directory;
}

const std::vector<NameVariants>& NameGroups() {
  static const std::vector<NameVariants> groups = {
      {false, {"Muhammad Rizki Pratama", "Mohammad Rizky Pratama", "Moh. Rizqi Pratama", "Muhamad Riski Pratama"}},
      {true, {"Siti Nurhaliza", "Siti Nur Haliza", "Sitti Nurhaliza", "Siti Noerhaliza"}},
      {true, {"Dewi Lestari", "Dewi Lestary", "Dewie Lestari"}},
      {true, {"Ni Putu Ayu Wulandari", "Ni Putu Ayu Wulan Dari", "Putu Ayu Wulandari"}},
      {true, {"Ni Made Sri Astuti", "Ni Made Sri Astuty", "Made Sri Astuti"}},
      {false, {"I Gusti Ngurah Agung Putra", "I Gusti Ngurah Agung Poetra", "Gusti Ngurah Agung Putra"}},
      {false, {"Achmad Zainuddin", "Akhmad Zaenudin", "Ahmad Zainudin"}},
      {false, {"Djoko Soesilo", "Joko Susilo", "Djoko Susilo"}},
      {true, {"Soekarti", "Sukarti"}},
      {true, {"Tukiyem", "Tukiem"}},
      {true, {"Paijem", "Paiyem"}},
      {false, {"Maruli Tua Simanjuntak", "Marulitua Simanjuntak", "Maruli T. Simanjuntak"}},
      {true, {"Rosmawati Br. Sitorus", "Rosmawati Boru Sitorus", "Rosmawaty Br Sitorus"}},
      {false, {"Horas Parulian Siregar", "Horas P. Siregar", "Horas Parulian Sireger"}},
      {true, {"Fitri Yanti Chaniago", "Fitriyanti Caniago", "Fitri Yanti Tjaniago"}},
      {false, {"Rahmat Hidayat", "Rachmat Hidajat", "Rahmad Hidayat"}},
      {false, {"Yohanis Wenda", "Yohanes Wenda"}},
      {true, {"Agustina Tabuni", "Agustin Tabuni"}},
      {false, {"Marthen Kogoya", "Marten Kogoya"}},
      {true, {"Euis Komariah", "Euis Komariyah", "Euis Kumariah"}},
      {false, {"Asep Saepudin", "Asep Syaifudin", "Asep Saefudin"}},
      {true, {"Nurul Hidayati", "Nurul Hidayaty", "Noerul Hidajati"}},
      {true, {"Fatimah Azzahra", "Siti Fatimah Az-Zahra", "Fatimah Az Zahra"}},
      {true, {"Sri Wahyuningsih", "Sri Wahyuningsi", "Sri Wahjoeningsih"}},
      {false, {"Fathurrahman", "Faturahman", "Fatchurrohman"}},
      {true, {"Wa Ode Nurmala", "Waode Nurmala"}},
      {false, {"La Ode Muhammad Syarif", "Laode Muhamad Syarif", "La Ode Moh. Sjarif"}},
      {true, {"Lina Marlina", "Lina Marliana"}},
      {true, {"Kadek Ayu Purnamasari", "Kadek Ayu Purnama Sari"}},
      {false, {"Stefanus Kewa Lamabelawa", "Stephanus Kewa Lamabelawa"}},
  };
  return groups;
}

const std::vector<std::string>& SampleNames() {
  static const std::vector<std::string> names = [] {
    std::vector<std::string> all;
    for (const NameVariants& group : NameGroups()) {
      all.insert(all.end(), group.spellings.begin(), group.spellings.end());
    }
    std::vector<std::string> out;
    out.reserve(kSampleSize);
    for (std::size_t i = 0; i < kSampleSize; ++i) out.push_back(all[i % all.size()]);
    return out;
  }();
  return names;
}

const std::vector<std::pair<std::string, std::string>>& SampleKeyPairs() {
  static const std::vector<std::pair<std::string, std::string>> pairs = [] {
    const auto& groups = NameGroups();
    std::vector<std::pair<std::string, std::string>> out;
    out.reserve(kSampleSize);
    for (std::size_t k = 0; k < kSampleSize; ++k) {
      const std::size_t g = (k / 2) % groups.size();
      const auto& spellings = groups[g].spellings;
      if (k % 2 == 0) {  // the same person in two spellings
        const std::size_t j = (k / 2 / groups.size()) % spellings.size();
        out.emplace_back(domain::NameKey(spellings[j]), domain::NameKey(spellings[(j + 1) % spellings.size()]));
      } else {  // two different persons
        const std::size_t other = (g + 1 + (k / 2) % (groups.size() - 1)) % groups.size();
        out.emplace_back(domain::NameKey(spellings[0]), domain::NameKey(groups[other].spellings[0]));
      }
    }
    return out;
  }();
  return pairs;
}

const std::vector<SampleIdentity>& SampleIdentities() {
  static const std::vector<SampleIdentity> identities = [] {
    std::map<std::string, std::vector<const domain::Region*>> villages_by_province;
    for (const domain::Region& region : AllRegions()) {
      if (region.level == 4) villages_by_province[region.code.substr(0, 2)].push_back(&region);
    }
    std::vector<double> weights;
    for (const OriginWeight& origin : kOrigins) {
      if (villages_by_province[origin.province].empty()) Die(std::string("no villages of province ") + origin.province);
      weights.push_back(origin.weight);
    }

    std::mt19937 rng(kSeed);
    std::discrete_distribution<std::size_t> origin(weights.begin(), weights.end());
    std::uniform_int_distribution<int> year(1975, 2006), month(1, 12), day(1, 31), serial(1, 400);
    const auto& groups = NameGroups();
    std::vector<SampleIdentity> out;
    out.reserve(kSampleSize);
    for (std::size_t i = 0; i < kSampleSize; ++i) {
      const NameVariants& name = groups[i % groups.size()];
      SampleIdentity id;
      id.full_name = name.spellings[0];
      id.alias = name.spellings.size() > 1 ? name.spellings[1 + i / groups.size() % (name.spellings.size() - 1)] : "";
      id.female = name.female;
      do {
        id.birth_date = core::Date{year(rng), month(rng), day(rng)};
      } while (!core::Date::IsValid(id.birth_date.year, id.birth_date.month, id.birth_date.day));
      const auto& villages = villages_by_province[kOrigins[origin(rng)].province];
      id.village_code = villages[std::uniform_int_distribution<std::size_t>(0, villages.size() - 1)(rng)]->code;
      // "35.07.12.2001" -> district digits "350712", then DDMMYY (women: day + 40) and a serial.
      std::string district = id.village_code.substr(0, 8);
      std::erase(district, '.');
      char serial_digits[8];
      std::snprintf(serial_digits, sizeof serial_digits, "%04d", serial(rng));
      id.nik = district + TwoDigits(id.birth_date.day + (id.female ? 40 : 0)) + TwoDigits(id.birth_date.month) +
               TwoDigits(id.birth_date.year) + serial_digits;
      // The inputs must be what they claim: valid NIKs of known regions that agree with the stated sex and birth.
      const domain::NikDecoded decoded = domain::DecodeNik(id.nik, Regions(), kToday);
      const std::optional<std::string> sex = id.female ? "PEREMPUAN" : "LAKI_LAKI";
      if (!decoded.valid || !decoded.district_name ||
          !domain::NikConsistencyWarnings(decoded, sex, id.birth_date).empty()) {
        Die("generated NIK " + id.nik + " does not decode as intended");
      }
      out.push_back(std::move(id));
    }
    return out;
  }();
  return identities;
}

const std::vector<domain::Person>& SamplePersons() {
  static const std::vector<domain::Person> persons = [] {
    static constexpr const char* kHamlets[] = {"Dusun Krajan",    "Dusun Karanganyar", "Dusun Sumbersari",
                                               "Dusun Tegalrejo", "Lingkungan Pasar",  "Jl. Melati"};
    static constexpr const char* kMarital[] = {"BELUM_KAWIN", "KAWIN", "KAWIN", "CERAI_HIDUP", "CERAI_MATI"};
    static constexpr const char* kEducation[] = {"SD", "SMP", "SMP", "SMA", "SMA", "SMA", "D3"};
    static constexpr const char* kSkills[] = {"Merawat lansia",        "Memasak",
                                              "Bahasa Mandarin dasar", "Las listrik",
                                              "Operator mesin jahit",  "Perkebunan kelapa sawit"};
    static constexpr const char* kPmiStatus[] = {"CALON", "AKAN_BEKERJA", "SEDANG_BEKERJA", "PURNA"};
    static constexpr const char* kPhonePrefixes[] = {"+62812", "+62813", "+62821", "+62852", "+62857", "+62878"};

    std::mt19937 rng(kSeed + 1);
    std::vector<std::string> agencies, users;
    for (int i = 0; i < 12; ++i) agencies.push_back(UlidLike(rng));
    for (int i = 0; i < 40; ++i) users.push_back(UlidLike(rng));
    const std::chrono::sys_days first_day = std::chrono::year{2024} / 3 / 1;

    std::vector<domain::Person> out;
    out.reserve(kSampleSize);
    for (std::size_t i = 0; i < kSampleSize; ++i) {
      const SampleIdentity& id = SampleIdentities()[i];
      domain::Person p;
      p.id = UlidLike(rng);
      p.version = 1 + static_cast<std::int64_t>(i % 4);
      domain::PersonData& d = p.data;
      d.full_name = id.full_name;
      if (!id.alias.empty()) d.aliases.push_back(id.alias);
      d.nik = id.nik;
      if (i % 2 == 0) d.passport_number = "C" + Digits(rng, 7);
      d.sex = id.female ? "PEREMPUAN" : "LAKI_LAKI";
      d.birth_date = id.birth_date;
      const domain::Region* regency = Regions().Find(id.village_code.substr(0, 5));
      if (regency != nullptr) d.birth_place = PlaceName(regency->name);
      d.address_line = std::string(Pick(rng, kHamlets)) + " RT " + "00" + Digits(rng, 1) + "/RW 00" + Digits(rng, 1);
      d.address_region_code = id.village_code;
      d.phone = Pick(rng, kPhonePrefixes) + Digits(rng, 8);
      d.marital_status = Pick(rng, kMarital);
      d.education = Pick(rng, kEducation);
      d.skills.push_back(Pick(rng, kSkills));
      if (i % 3 == 0) d.skills.push_back(Pick(rng, kSkills));
      d.pmi_status = Pick(rng, kPmiStatus);
      d.protected_identity = i % 16 == 0;
      p.created_at = At(first_day, static_cast<long>(i) * 97);
      p.updated_at = At(first_day, static_cast<long>(i) * 97 + 4000);
      p.created_by = users[i % users.size()];
      p.updated_by = users[(i + 7) % users.size()];
      if (i % 8 != 0) p.owner_agency_id = agencies[i % agencies.size()];
      out.push_back(std::move(p));
    }
    return out;
  }();
  return persons;
}

}  // namespace sinergi::bench

#pragma once
// Realistic, deterministic inputs shared by the micro-benchmarks: Indonesian names in the spellings found in real
// registers, NIKs consistent with real Kemendagri district codes, sex and birth date, and person records built from
// them. Everything is generated from a fixed seed, so two runs measure the same work. Built once on first use (before
// the timed loops); read-only afterwards.
#include <cstddef>
#include <string>
#include <utility>
#include <vector>

#include "core/date.hpp"
#include "domain/person.hpp"
#include "domain/region_directory.hpp"

namespace sinergi::bench {

// The "today" of every NIK decoding, fixed so that century ambiguity does not change between runs.
inline constexpr core::Date kToday{2025, 6, 30};

// Every sample list below has this many entries (a power of two: loops index with `i & (kSampleSize - 1)`).
inline constexpr std::size_t kSampleSize = 1024;

// All Kemendagri regions, provinces to villages (~91,600), as the server holds them in memory: read from the
// idn-area-data package under $SINERGI_REFERENCE_DIR, else <source>/reference/node_modules (`make deps` installs
// it). Exits with a message when the package is missing: NIK figures without reference data would mislead.
const domain::RegionDirectory& Regions();

// One person's name as written on different documents; `female` gives the sex the NIK encodes.
struct NameVariants {
  bool female = false;
  std::vector<std::string> spellings;  // [0] is the spelling on the KTP-el
};
// About thirty Indonesian names with their real-world variants (Muhammad/Mohammad/Moh., Nurhaliza/Nur Haliza, old
// spelling oe/dj/tj, Balinese Ni Putu/I Gusti, Batak boru, Minang, Sundanese, Buton La Ode/Wa Ode, Papuan, single
// names).
const std::vector<NameVariants>& NameGroups();

// kSampleSize spellings drawn from NameGroups (every spelling of every group, repeated).
const std::vector<std::string>& SampleNames();

// kSampleSize pairs of NameKey values: half the same person in two spellings, half two different persons, the
// pairs a name search scores.
const std::vector<std::pair<std::string, std::string>>& SampleKeyPairs();

// A person as a registry clerk would enter them: name from NameGroups, sex, birth date 1975-2006, a village in an
// origin province weighted roughly like PMI departures (East, Central and West Java, NTB, Lampung, Bali, ...), and
// the NIK those facts imply (district digits, day + 40 for women, serial 0001-0400).
struct SampleIdentity {
  std::string full_name;
  std::string alias;  // another spelling of the name; empty for names with only one
  bool female = false;
  core::Date birth_date;
  std::string village_code;  // dotted, e.g. "35.07.12.2001"
  std::string nik;
};
const std::vector<SampleIdentity>& SampleIdentities();

// Full person records (ids, version, timestamps, owner, address, phone, codes) for the identities above.
const std::vector<domain::Person>& SamplePersons();

}  // namespace sinergi::bench

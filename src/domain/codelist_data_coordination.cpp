// Coordination code lists (issue #5): the kinds of document attached to a coordination meeting, drawn from the
// seeds (a signed joint agreement, the minutes, the attendance list, the slides presented).
#include "domain/codelist_data.hpp"

namespace sinergi::domain::detail {
namespace {

constexpr CodeItem kJenisLampiranRapat[] = {
    {"KESEPAKATAN_BERSAMA", "Kesepakatan bersama (ditandatangani)", "Signed joint agreement"},
    {"NOTULEN", "Notulen rapat", "Minutes of the meeting"},
    {"DAFTAR_HADIR", "Daftar hadir", "Attendance list (names people: personal data)"},
    {"BAHAN_PAPARAN", "Bahan paparan", "Presentation slides or handouts"},
    {"LAINNYA", "Lainnya", "Other"},
};

constexpr Codelist kLists[] = {
    {"jenis_lampiran_rapat", "Kinds of document attached to a coordination meeting (issue #5)", kJenisLampiranRapat},
};

}  // namespace

std::span<const Codelist> CoordinationCodelists() {
  return kLists;
}

}  // namespace sinergi::domain::detail

// Case workflow code lists (issue #4): the statuses of the DOMAIN.md §8.3 state machine and the reasons a case
// closes.
#include "domain/codelist_data.hpp"

namespace sinergi::domain::detail {
namespace {

constexpr CodeItem kStatusKasus[] = {
    {"INTAKE", "Penerimaan pengaduan", "Intake (complaint, outreach, referral, embassy report, debarkation)"},
    {"IDENTIFIKASI", "Identifikasi", "Identification: safety, history, screening"},
    {"ASESMEN", "Asesmen", "Assessment: physical, psychological, social, economic, education"},
    {"RENCANA_LAYANAN", "Rencana layanan", "Service plan"},
    {"LAYANAN", "Layanan dan rujukan", "Services and referrals"},
    {"PEMULANGAN", "Pemulangan", "Return (only if the victim wants it and it is safe)"},
    {"REINTEGRASI", "Reintegrasi dan pemantauan", "Reintegration with monitoring (at least 3 months)"},
    {"MENUNGGU_PENUTUPAN", "Menunggu persetujuan penutupan", "Closure awaiting a supervisor's approval"},
    {"DITUTUP", "Ditutup", "Closed"},
    {"DITUTUP_DIRUJUK", "Ditutup, dirujuk", "Closed here, handled on by another agency"},
};

constexpr CodeItem kAlasanPenutupan[] = {
    {"SELESAI", "Penanganan selesai", "Handling completed"},
    {"DIRUJUK", "Dirujuk ke instansi lain", "Referred on to another agency"},
    {"TIDAK_TERBUKTI", "Bukan kasus / tidak terbukti", "Not a case after identification"},
    {"KORBAN_MENOLAK", "Korban menolak layanan", "The victim declined services"},
    {"TIDAK_DAPAT_DIHUBUNGI", "Korban tidak dapat dihubungi", "The victim cannot be reached"},
    {"MENINGGAL", "Korban meninggal dunia", "The victim died"},
    {"DUPLIKAT", "Duplikat kasus lain", "Duplicate of another case"},
};

constexpr Codelist kLists[] = {
    {"status_kasus", "Case workflow statuses (DOMAIN.md §8.3 state machine; issue #4)", kStatusKasus},
    {"alasan_penutupan_kasus", "Reasons a case closes (issue #4)", kAlasanPenutupan},
};

}  // namespace

std::span<const Codelist> CaseCodelists() {
  return kLists;
}

}  // namespace sinergi::domain::detail

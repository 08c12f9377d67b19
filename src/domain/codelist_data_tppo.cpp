// Trafficking (TPPO) screening code lists: the act, means and purpose elements of UU 21/2007 Pasal 1 angka 1 and
// 7, the ILO indicators of forced labour, and the screening results. DOMAIN.md §1.2, §1.6, §2.1.
#include "domain/codelist_data.hpp"

namespace sinergi::domain::detail {
namespace {

constexpr CodeItem kTppoAct[] = {
    {"PEREKRUTAN", "Perekrutan", "Recruitment (Ps 1 angka 9)"},
    {"PENGANGKUTAN", "Pengangkutan", "Transportation"},
    {"PENAMPUNGAN", "Penampungan", "Harbouring"},
    {"PENGIRIMAN", "Pengiriman", "Sending/dispatch (Ps 1 angka 10)"},
    {"PEMINDAHAN", "Pemindahan", "Transfer"},
    {"PENERIMAAN", "Penerimaan", "Receipt"},
};

constexpr CodeItem kTppoMeans[] = {
    {"ANCAMAN_KEKERASAN", "Ancaman kekerasan", "Threat of violence (Ps 1 angka 12)"},
    {"PENGGUNAAN_KEKERASAN", "Penggunaan kekerasan", "Use of violence (Ps 1 angka 11)"},
    {"PENCULIKAN", "Penculikan", "Abduction"},
    {"PENYEKAPAN", "Penyekapan", "Confinement"},
    {"PEMALSUAN", "Pemalsuan", "Falsification/forgery"},
    {"PENIPUAN", "Penipuan", "Deception/fraud"},
    {"PENYALAHGUNAAN_KEKUASAAN", "Penyalahgunaan kekuasaan", "Abuse of power"},
    {"POSISI_RENTAN", "Penyalahgunaan posisi rentan", "Abuse of a position of vulnerability"},
    {"PENJERATAN_UTANG", "Penjeratan utang", "Debt bondage (Ps 1 angka 15)"},
    {"BAYARAN_MANFAAT", "Memberi bayaran atau manfaat", "Giving payments or benefits to obtain consent"},
};

// Pasal 1 angka 7: an open list ("meliputi tetapi tidak terbatas pada").
constexpr CodeItem kEksploitasi[] = {
    {"PELACURAN", "Pelacuran", "Prostitution"},
    {"KERJA_PAKSA", "Kerja atau pelayanan paksa", "Forced labour or services"},
    {"PERBUDAKAN", "Perbudakan", "Slavery"},
    {"PRAKTIK_SERUPA_PERBUDAKAN", "Praktik serupa perbudakan", "Practices similar to slavery"},
    {"PENINDASAN", "Penindasan", "Oppression"},
    {"PEMERASAN", "Pemerasan", "Extortion"},
    {"PEMANFAATAN_FISIK", "Pemanfaatan fisik", "Physical exploitation"},
    {"PEMANFAATAN_SEKSUAL", "Pemanfaatan seksual", "Sexual exploitation"},
    {"ORGAN_REPRODUKSI", "Pemanfaatan organ reproduksi", "Exploitation of reproductive organs"},
    {"ORGAN_JARINGAN", "Memindahkan/mentransplantasi organ dan/atau jaringan tubuh",
     "Organ or tissue removal or transplant"},
    {"TENAGA_KEMAMPUAN", "Memanfaatkan tenaga atau kemampuan seseorang",
     "Use of a person's labour or abilities for another's profit"},
    {"LAINNYA", "Lainnya", "Other (the list is open)"},
};

// ILO indicators of forced labour (2012), in the booklet's order; Indonesian labels are Sinergi's.
constexpr CodeItem kIloForcedLabour[] = {
    {"FL01", "Penyalahgunaan kerentanan", "Abuse of vulnerability"},
    {"FL02", "Penipuan", "Deception"},
    {"FL03", "Pembatasan gerak", "Restriction of movement"},
    {"FL04", "Isolasi", "Isolation"},
    {"FL05", "Kekerasan fisik dan seksual", "Physical and sexual violence"},
    {"FL06", "Intimidasi dan ancaman", "Intimidation and threats"},
    {"FL07", "Penahanan dokumen identitas", "Retention of identity documents"},
    {"FL08", "Penahanan upah", "Withholding of wages"},
    {"FL09", "Jeratan utang", "Debt bondage"},
    {"FL10", "Kondisi kerja dan hidup yang tidak layak", "Abusive working and living conditions"},
    {"FL11", "Lembur berlebihan", "Excessive overtime"},
};

constexpr CodeItem kHasilSkrining[] = {
    {"PRESUMED_TPPO", "Diduga TPPO", "Presumed trafficking: act, means and purpose present"},
    {"PRESUMED_TPPO_CHILD", "Diduga TPPO (anak)", "Presumed trafficking of a child: act and purpose suffice"},
    {"EXPLOITATION_WITHOUT_MEANS", "Eksploitasi tanpa unsur cara",
     "Exploitation without a means element: labour-rights or other case; check Ps 3/4"},
    {"NOT_TPPO_PATTERN", "Tidak menunjukkan pola TPPO", "No trafficking pattern (no act or no purpose)"},
};

constexpr Codelist kLists[] = {
    {"tppo_act", "TPPO act element (UU 21/2007 Ps 1 angka 1)", kTppoAct},
    {"tppo_means", "TPPO means element (UU 21/2007 Ps 1 angka 1)", kTppoMeans},
    {"eksploitasi_type", "TPPO purpose: forms of exploitation (UU 21/2007 Ps 1 angka 7, open list)", kEksploitasi},
    {"ilo_forced_labour", "ILO indicators of forced labour (2012); DOMAIN.md §2.1", kIloForcedLabour},
    {"hasil_skrining_tppo", "TPPO screening results (DOMAIN.md §1.6 reference rule)", kHasilSkrining},
};

}  // namespace

std::span<const Codelist> TppoCodelists() {
  return kLists;
}

}  // namespace sinergi::domain::detail

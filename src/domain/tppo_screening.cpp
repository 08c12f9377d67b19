#include "domain/tppo_screening.hpp"

#include <algorithm>

#include "domain/codelists.hpp"
#include "domain/policy.hpp"

namespace sinergi::domain {
namespace {

void CheckCodes(const std::vector<std::string>& codes, const char* field, const char* list,
                std::vector<core::FieldError>& errors) {
  for (std::size_t i = 0; i < codes.size(); ++i) {
    if (!IsValidCode(list, codes[i])) {
      errors.push_back({std::string(field) + "[" + std::to_string(i) + "]", "unknown_code",
                        "'" + codes[i] + "' is not in code list " + list});
    }
  }
}

bool Has(const std::vector<std::string>& codes, std::string_view code) {
  return std::find(codes.begin(), codes.end(), code) != codes.end();
}

// The given indicators that belong to `group`, in FL order.
std::vector<std::string> Pick(const std::vector<std::string>& given, std::initializer_list<std::string_view> group) {
  std::vector<std::string> out;
  for (std::string_view code : group) {
    if (Has(given, code)) out.emplace_back(code);
  }
  return out;
}

ForcedLabourScreening ScreenForcedLabour(const std::vector<std::string>& indicators) {
  ForcedLabourScreening fl;
  fl.involuntariness = Pick(indicators, {"FL02", "FL09", "FL10", "FL11"});
  fl.penalty = Pick(indicators, {"FL03", "FL04", "FL05", "FL06", "FL07", "FL08", "FL09"});
  fl.suspected = !fl.involuntariness.empty() && !fl.penalty.empty();
  fl.refer_for_assessment =
      fl.suspected || Has(indicators, "FL05") || Has(indicators, "FL07") || Has(indicators, "FL09");
  return fl;
}

}  // namespace

core::Result<TppoScreeningResult> ScreenTppo(const TppoScreeningInput& in) {
  std::vector<core::FieldError> errors;
  CheckCodes(in.acts, "acts", "tppo_act", errors);
  CheckCodes(in.means, "means", "tppo_means", errors);
  CheckCodes(in.purposes, "purposes", "eksploitasi_type", errors);
  CheckCodes(in.ilo_indicators, "ilo_indicators", "ilo_forced_labour", errors);
  const bool unknown_codes = !errors.empty();
  if (in.victim_age && (*in.victim_age < 0 || *in.victim_age > 130)) {
    errors.push_back({"victim_age", "out_of_range", "must be between 0 and 130 years, or null when unknown"});
  }
  if (unknown_codes) {
    std::string message = "Unknown code:";
    for (const auto& e : errors) {
      if (e.code == "unknown_code") message += " " + e.field;
    }
    return core::Error::Invalid(std::string(kUnknownCodeReason), std::move(message), std::move(errors));
  }
  if (!errors.empty()) return core::Error::Validation(std::move(errors));

  TppoScreeningResult r;
  TppoElementsMet& e = r.elements_met;
  e.act = !in.acts.empty();
  e.means = !in.means.empty();
  e.purpose = !in.purposes.empty();
  e.child = in.victim_age.has_value() && *in.victim_age < 18;
  e.exploitation_occurred = in.exploitation_occurred;
  r.forced_labour = ScreenForcedLabour(in.ilo_indicators);

  // DOMAIN.md §1.6 reference rule, branch by branch.
  if (!e.act || !e.purpose) {
    r.result = "NOT_TPPO_PATTERN";
    const char* missing_en = !e.act && !e.purpose ? "no act and no purpose of exploitation"
                             : !e.act             ? "no act (recruitment, transport, harbouring, sending, transfer "
                                                    "or receipt)"
                                                  : "no purpose of exploitation";
    const char* missing_id = !e.act && !e.purpose ? "tidak ada unsur proses dan tidak ada unsur tujuan eksploitasi"
                             : !e.act             ? "tidak ada unsur proses (perekrutan, pengangkutan, penampungan, "
                                                    "pengiriman, pemindahan atau penerimaan)"
                                                  : "tidak ada unsur tujuan eksploitasi";
    r.explanation = std::string("No trafficking pattern: ") + missing_en +
                    " was recorded. Both are needed; record them if the facts show them.";
    r.explanation_id = std::string("Tidak menunjukkan pola TPPO: ") + missing_id +
                       " yang dicatat. Kedua unsur diperlukan; catat bila fakta menunjukkannya.";
  } else if (e.child) {
    r.result = "PRESUMED_TPPO_CHILD";
    r.legal_basis = {"UU 21/2007 Pasal 1 angka 5 (anak: belum berusia 18 tahun)",
                     "UU 21/2007 Pasal 5 dan Pasal 6 (anak, dengan cara apa pun)",
                     "UU 21/2007 Pasal 17 (pemberatan sepertiga bila korban anak)",
                     "Protokol Palermo Pasal 3(c) (unsur cara tidak diperlukan untuk anak)"};
    if (e.means) r.legal_basis.insert(r.legal_basis.begin(), "UU 21/2007 Pasal 2 ayat (1)");
    r.explanation =
        "Presumed trafficking of a child: the victim is under 18, and an act and a purpose of exploitation are "
        "present. For a child the means element is not required (Palermo 3(c); UU 21/2007 Ps 5, 6, 17). Child "
        "procedure applies (Ps 38-40).";
    r.explanation_id =
        "Diduga TPPO terhadap anak: korban belum berusia 18 tahun, dan ada unsur proses serta tujuan eksploitasi. "
        "Untuk anak unsur cara tidak diperlukan (Protokol Palermo 3(c); UU 21/2007 Pasal 5, 6, 17). Berlaku tata cara "
        "pemeriksaan anak (Pasal 38-40).";
  } else if (e.means) {
    r.result = "PRESUMED_TPPO";
    r.legal_basis = {"UU 21/2007 Pasal 1 angka 1", "UU 21/2007 Pasal 2 ayat (1) (delik formil)"};
    if (e.exploitation_occurred) r.legal_basis.push_back("UU 21/2007 Pasal 2 ayat (2) (orang tereksploitasi)");
    r.legal_basis.push_back("UU 21/2007 Pasal 26 (persetujuan korban tidak menghilangkan penuntutan)");
    r.explanation =
        "Presumed trafficking: act, means and purpose of exploitation are all present. The offence is complete "
        "without actual exploitation (Ps 2(1), delik formil); the victim's consent changes nothing (Ps 26).";
    r.explanation_id =
        "Diduga TPPO: unsur proses, cara, dan tujuan eksploitasi terpenuhi. Tindak pidana selesai tanpa harus terjadi "
        "eksploitasi (Pasal 2 ayat (1), delik formil); persetujuan korban tidak mengubah apa pun (Pasal 26).";
  } else {
    r.result = "EXPLOITATION_WITHOUT_MEANS";
    r.legal_basis = {"UU 21/2007 Pasal 3 dan Pasal 4 (lintas negara, tanpa unsur cara: periksa)",
                     "UU 18/2017 (pelanggaran hak PMI)"};
    r.explanation =
        "Exploitation without a means element: an act and a purpose of exploitation are present but no means "
        "(violence, deception, debt bondage, ...). Handle as a labour-rights or other case, and check whether "
        "Ps 3 or 4 (bringing into or taking out of Indonesia, no means in their text) applies.";
    r.explanation_id =
        "Eksploitasi tanpa unsur cara: ada unsur proses dan tujuan eksploitasi tetapi tidak ada unsur cara "
        "(kekerasan, penipuan, jeratan utang, ...). Tangani sebagai kasus hak ketenagakerjaan atau lainnya, dan "
        "periksa apakah Pasal 3 atau 4 (membawa masuk atau keluar wilayah Indonesia, tanpa unsur cara) berlaku.";
  }
  if (r.forced_labour.suspected) {
    r.explanation += " ILO indicators point to forced labour: involuntariness and a menace of penalty are present.";
    r.explanation_id += " Indikator ILO menunjukkan kerja paksa: ada unsur ketidaksukarelaan dan ancaman hukuman.";
  } else if (r.forced_labour.refer_for_assessment) {
    r.explanation += " An ILO indicator (violence, retained documents or debt bondage) calls for an assessment.";
    r.explanation_id += " Indikator ILO (kekerasan, penahanan dokumen atau jeratan utang) memerlukan asesmen.";
  }
  return r;
}

core::Result<TppoScreeningResult> RunTppoScreening(const Actor& actor, const TppoScreeningInput& input) {
  SINERGI_TRY_STATUS(Authorize(actor, Permission::kScreening));
  return ScreenTppo(input);
}

}  // namespace sinergi::domain

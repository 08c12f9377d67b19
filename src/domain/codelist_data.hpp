#pragma once
// Internal to the codelists unit: the data files (codelist_data_*.cpp) each expose their group of lists, and
// codelists.cpp concatenates the groups into the registry. Not for use outside codelists*.cpp.
#include <span>

#include "domain/codelists.hpp"

namespace sinergi::domain::detail {

// Each span points at constant-initialised static arrays, so the groups are usable from any static context.
std::span<const Codelist> PersonCodelists();    // jenis_kelamin, status_perkawinan, pendidikan, hubungan_keluarga
std::span<const Codelist> PmiCodelists();       // status_pmi, pmi_kategori, bukan_pmi, skema_penempatan, ...
std::span<const Codelist> JourneyCodelists();   // journey_status, journey_phase, bentuk_reintegrasi, ...
std::span<const Codelist> IdentityCodelists();  // jenis_instansi, peran, lingkup_akses, audit_action
std::span<const Codelist> PdpCodelists();       // tujuan_pemrosesan, dasar_hukum_pemrosesan, hak_subjek, ...
std::span<const Codelist> CaseCodelists();      // status_kasus, alasan_penutupan_kasus
std::span<const Codelist> ViolenceCodelists();  // tindakan_kekerasan, bentuk_kekerasan, gbvims_type
std::span<const Codelist> TppoCodelists();      // tppo_act, tppo_means, eksploitasi_type, ilo_forced_labour, ...
std::span<const Codelist> OutreachCodelists();  // topik_sosialisasi, sasaran_sosialisasi, saluran_sosialisasi
// The dokumen_pmi items (also listed by PmiCodelists()).
std::span<const CodeItem> PmiDocumentItems();

// jenis_lampiran_rapat (codelist_data_coordination.cpp).
std::span<const Codelist> CoordinationCodelists();

}  // namespace sinergi::domain::detail

// Personal-data-protection code lists (UU 27/2022, issue #3): processing purposes, lawful bases, who gave consent,
// data-subject rights and the channels requests arrive by. DOMAIN.md §4.
#include "domain/codelist_data.hpp"

namespace sinergi::domain::detail {
namespace {

// Sinergi's own purposes, named after the services of UU 21/2007 Ps 51-54 and UU 18/2017 Ps 7.
constexpr CodeItem kTujuanPemrosesan[] = {
    {"PENANGANAN_KASUS", "Penanganan kasus", "Case handling"},
    {"RUJUKAN_LAYANAN", "Rujukan layanan", "Referral to services"},
    {"PENEGAKAN_HUKUM", "Penegakan hukum", "Law enforcement"},
    {"STATISTIK", "Statistik (tanpa identitas)", "Statistics (non-identifying)"},
    {"PEMULANGAN_REINTEGRASI", "Pemulangan dan reintegrasi", "Return and reintegration"},
};

// UU 27/2022 Ps 20(2) a-f.
constexpr CodeItem kDasarHukum[] = {
    {"PERSETUJUAN", "Persetujuan yang sah secara eksplisit", "Explicit lawful consent (Ps 20(2)a)"},
    {"KONTRAK", "Pemenuhan kewajiban perjanjian", "Performance of a contract (Ps 20(2)b)"},
    {"KEWAJIBAN_HUKUM", "Pemenuhan kewajiban hukum", "Legal obligation of the controller (Ps 20(2)c)"},
    {"KEPENTINGAN_VITAL", "Pelindungan kepentingan vital", "Vital interests of the data subject (Ps 20(2)d)"},
    {"TUGAS_PUBLIK", "Tugas dalam rangka kepentingan umum/pelayanan publik",
     "Public task, public service or legal authority (Ps 20(2)e)"},
    {"KEPENTINGAN_SAH", "Kepentingan yang sah lainnya", "Other legitimate interests (Ps 20(2)f)"},
};

// Ps 25 (children: parent and/or guardian) and Ps 26 (persons with disabilities: the person and/or guardian).
constexpr CodeItem kPemberiPersetujuan[] = {
    {"SUBJEK", "Subjek data sendiri", "The data subject"},
    {"ORANG_TUA", "Orang tua", "Parent"},
    {"WALI", "Wali", "Guardian"},
};

// Ps 5-13; requests (Ps 14) track the rights with a 3 x 24 h duty (domain/pdp.hpp kRequestKinds).
constexpr CodeItem kHakSubjek[] = {
    {"INFO", "Informasi pemrosesan", "Information on identity, basis, purpose and accountability (Ps 5)"},
    {"KOREKSI", "Melengkapi/memperbarui/memperbaiki", "Completion, update or correction (Ps 6)"},
    {"AKSES_SALINAN", "Akses dan salinan", "Access and a copy (Ps 7)"},
    {"HAPUS_AKHIRI", "Mengakhiri pemrosesan/menghapus", "End processing, erasure (Ps 8)"},
    {"TARIK_PERSETUJUAN", "Menarik persetujuan", "Withdrawal of consent (Ps 9)"},
    {"KEBERATAN_OTOMATIS", "Keberatan atas keputusan otomatis", "Objection to automated decisions (Ps 10)"},
    {"TUNDA_BATASI", "Menunda/membatasi pemrosesan", "Delay or restrict processing (Ps 11)"},
    {"GUGAT_GANTI_RUGI", "Menggugat dan menerima ganti rugi", "Sue for compensation (Ps 12)"},
    {"PORTABILITAS", "Portabilitas data", "Data portability (Ps 13)"},
};

// Ps 14: a request may be made electronically or not.
constexpr CodeItem kSaluranPermohonan[] = {
    {"LANGSUNG", "Datang langsung", "In person"},
    {"TELEPON", "Telepon", "Telephone"},
    {"SURAT", "Surat", "Letter"},
    {"EMAIL", "Surel", "E-mail"},
    {"DARING", "Layanan daring", "Online service"},
    {"LAINNYA", "Lainnya", "Other"},
};

constexpr Codelist kLists[] = {
    {"tujuan_pemrosesan", "Purposes of processing personal data (UU 27/2022 Ps 16(2), Ps 20; issue #3)",
     kTujuanPemrosesan},
    {"dasar_hukum_pemrosesan", "Lawful bases of processing (UU 27/2022 Ps 20(2))", kDasarHukum},
    {"pemberi_persetujuan", "Who gave consent (UU 27/2022 Ps 25-26)", kPemberiPersetujuan},
    {"hak_subjek", "Data-subject rights (UU 27/2022 Ps 5-13)", kHakSubjek},
    {"saluran_permohonan", "Channels of a data-subject request (UU 27/2022 Ps 14)", kSaluranPermohonan},
};

}  // namespace

std::span<const Codelist> PdpCodelists() {
  return kLists;
}

}  // namespace sinergi::domain::detail

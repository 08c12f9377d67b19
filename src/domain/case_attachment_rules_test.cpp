// The attachment rules: detection by magic bytes, the allow-list, refused markup, file-name sanitising, limits.
#include <gtest/gtest.h>

#include "domain/case_attachment.hpp"

namespace sinergi::domain {
namespace {

const std::string kPng("\x89PNG\r\n\x1A\n\0\0\0\rIHDR", 16);

std::string FirstCode(const std::vector<core::FieldError>& errors, const std::string& field) {
  for (const auto& e : errors) {
    if (e.field == field) return e.code;
  }
  return "";
}

std::vector<core::FieldError> Check(const std::string& content, std::string type, std::string name = "a.bin",
                                    std::int64_t max = kDefaultAttachmentMaxBytes) {
  std::optional<std::string> description;
  return ValidateAttachmentUpload(content, type, name, description, max);
}

TEST(CaseAttachmentRulesTest, DetectsTypesByMagicBytes) {
  EXPECT_EQ(DetectMediaType("%PDF-1.7\n"), kMediaPdf);
  EXPECT_EQ(DetectMediaType("\xFF\xD8\xFF\xE0"), kMediaJpeg);
  EXPECT_EQ(DetectMediaType(kPng), kMediaPng);
  EXPECT_EQ(DetectMediaType(std::string("RIFF\x10\0\0\0WEBPVP8 ", 16)), kMediaWebp);
  EXPECT_EQ(DetectMediaType(std::string("PK\x03\x04rest", 8)), "application/zip");
  EXPECT_EQ(DetectMediaType("Laporan polisi LP/B/123 — Pontianak"), kMediaText);
  EXPECT_EQ(DetectMediaType(""), std::nullopt);
  EXPECT_EQ(DetectMediaType(std::string("a\0b", 3)), std::nullopt);        // NUL: binary
  EXPECT_EQ(DetectMediaType("\xC3\x28"), std::nullopt);                    // invalid UTF-8
  EXPECT_EQ(DetectMediaType("  <html><script>x</script>"), std::nullopt);  // markup
  EXPECT_EQ(DetectMediaType("\xEF\xBB\xBF<svg onload=alert(1)>"), std::nullopt);
}

TEST(CaseAttachmentRulesTest, AcceptsMatchingAllowedTypes) {
  EXPECT_TRUE(Check(kPng, "image/png").empty());
  EXPECT_TRUE(Check("%PDF-1.4", "Application/PDF; charset=binary").empty());
  EXPECT_TRUE(Check("catatan", "text/plain; charset=utf-8").empty());
  EXPECT_TRUE(Check(std::string("PK\x03\x04", 4), std::string(kMediaDocx)).empty());
}

TEST(CaseAttachmentRulesTest, RefusesMarkupMismatchesAndOversizedContent) {
  EXPECT_EQ(FirstCode(Check("<html><body>hi</body></html>", "image/png"), "content"), "type_not_allowed");
  EXPECT_EQ(FirstCode(Check("<html></html>", "text/html"), "content"), "type_not_allowed");
  EXPECT_EQ(FirstCode(Check(kPng, "application/pdf"), "content"), "type_mismatch");
  EXPECT_EQ(FirstCode(Check(std::string("PK\x03\x04", 4), "image/png"), "content"), "type_mismatch");
  EXPECT_EQ(FirstCode(Check(std::string("PK\x03\x04", 4), "application/zip"), "content"), "type_not_allowed");
  EXPECT_EQ(FirstCode(Check(kPng, "image/png", "a.png", 10), "content"), "too_large");
  EXPECT_TRUE(Check(kPng, "image/png", "a.png", 16).empty());
  EXPECT_EQ(FirstCode(Check("", "text/plain"), "content"), "required");
}

TEST(CaseAttachmentRulesTest, SanitisesFileNames) {
  EXPECT_EQ(SanitiseAttachmentFileName("../../etc/passwd"), "passwd");
  EXPECT_EQ(SanitiseAttachmentFileName("C:\\Users\\siti\\paspor.jpg"), "paspor.jpg");
  EXPECT_EQ(SanitiseAttachmentFileName("  laporan\r\n\"x\".pdf "), "laporanx.pdf");
  EXPECT_EQ(SanitiseAttachmentFileName("surat keterangan – RS.pdf"), "surat keterangan – RS.pdf");
  EXPECT_EQ(SanitiseAttachmentFileName(".."), "");
  EXPECT_EQ(SanitiseAttachmentFileName("\xC3\x28.pdf"), "");
  EXPECT_EQ(SanitiseAttachmentFileName(std::string(300, 'a')).size(), kMaxAttachmentFileNameChars);
  EXPECT_EQ(FirstCode(Check(kPng, "image/png", "dir/"), "file_name"), "invalid_format");
  EXPECT_EQ(FirstCode(Check(kPng, "image/png", "  "), "file_name"), "required");
}

}  // namespace
}  // namespace sinergi::domain

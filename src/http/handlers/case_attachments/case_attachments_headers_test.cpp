// The header codecs of the attachment handlers.
#include "http/handlers/case_attachments/case_attachments_headers.hpp"

#include <gtest/gtest.h>

namespace sinergi::http::detail {
namespace {

TEST(CaseAttachmentHeadersTest, PercentDecodes) {
  EXPECT_EQ(PercentDecode("foto%20luka%E2%9C%93.png"), "foto luka\xE2\x9C\x93.png");
  EXPECT_EQ(PercentDecode("a+b.pdf"), "a+b.pdf");
  EXPECT_EQ(PercentDecode("bad%2"), std::nullopt);
  EXPECT_EQ(PercentDecode("bad%zz"), std::nullopt);
  EXPECT_EQ(PercentDecode(""), "");
}

TEST(CaseAttachmentHeadersTest, DispositionIsAlwaysAnAttachment) {
  EXPECT_EQ(AttachmentDisposition("laporan.pdf"), "attachment; filename=\"laporan.pdf\"; filename*=UTF-8''laporan.pdf");
  EXPECT_EQ(AttachmentDisposition("foto \"luka\" ✓.png"),
            "attachment; filename=\"foto _luka_ ___.png\"; filename*=UTF-8''foto%20%22luka%22%20%E2%9C%93.png");
}

}  // namespace
}  // namespace sinergi::http::detail

#include "core/result.hpp"

#include <gtest/gtest.h>

#include <memory>

namespace sinergi::core {
namespace {

Result<int> Half(int v) {
  if (v % 2 != 0) return Error::Invalid("odd", "not even", {{"v", "odd", "must be even"}});
  return v / 2;
}

Result<int> Quarter(int v) {
  SINERGI_TRY(int half, Half(v));
  SINERGI_TRY(int quarter, Half(half));
  return quarter;
}

TEST(ResultTest, PropagatesTheFirstError) {
  EXPECT_EQ(*Quarter(8), 2);
  auto r = Quarter(6);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.error().code(), ErrorCode::kInvalid);
  EXPECT_EQ(r.error().reason(), "odd");
  ASSERT_EQ(r.error().fields().size(), 1u);
  EXPECT_EQ(r.error().fields()[0].field, "v");
}

TEST(ResultTest, HoldsMoveOnlyValues) {
  Result<std::unique_ptr<int>> r = std::make_unique<int>(7);
  ASSERT_TRUE(r.ok());
  std::unique_ptr<int> p = std::move(r).value();
  EXPECT_EQ(*p, 7);
}

TEST(ResultTest, StatusCarriesOnlySuccessOrError) {
  Status ok = Ok();
  EXPECT_TRUE(ok.ok());
  Status bad = Error::StaleVersion();
  ASSERT_FALSE(bad.ok());
  EXPECT_EQ(bad.error().code(), ErrorCode::kPreconditionFailed);
  EXPECT_EQ(bad.error().reason(), "version_mismatch");
}

}  // namespace
}  // namespace sinergi::core

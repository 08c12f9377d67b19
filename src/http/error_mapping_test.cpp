#include "http/error_mapping.hpp"

#include <gtest/gtest.h>

namespace sinergi::http {
namespace {

using core::ErrorCode;

TEST(ErrorMappingTest, EveryCodeHasItsDocumentedStatus) {
  EXPECT_EQ(HttpStatusFor(ErrorCode::kInvalid), 422);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kNotFound), 404);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kConflict), 409);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kPreconditionFailed), 412);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kPreconditionRequired), 428);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kForbidden), 403);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kUnauthenticated), 401);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kUnavailable), 503);
  EXPECT_EQ(HttpStatusFor(ErrorCode::kInternal), 500);
}

}  // namespace
}  // namespace sinergi::http

#include "graph/status.h"

#include <gtest/gtest.h>

namespace corpgraph {
namespace {

TEST(StatusTest, DefaultIsOk) {
  Status s;
  EXPECT_TRUE(s.ok());
  EXPECT_EQ(s.code(), StatusCode::kOk);
  EXPECT_EQ(s.ToString(), "OK");
  EXPECT_EQ(s.message(), "");
}

TEST(StatusTest, ErrorKeepsCodeAndMessageThroughCopies) {
  Status s = Status::NotFound("no entity named 'Acme'");
  Status copy = s;
  EXPECT_FALSE(copy.ok());
  EXPECT_TRUE(copy.IsNotFound());
  EXPECT_EQ(copy.message(), "no entity named 'Acme'");
  EXPECT_EQ(copy.ToString(), "not found: no entity named 'Acme'");
}

Status FailsWhenNegative(int x) {
  if (x < 0) return Status::InvalidArgument("negative");
  return Status::Ok();
}

Status Chain(int x) {
  CORPGRAPH_RETURN_IF_ERROR(FailsWhenNegative(x));
  return Status::Internal("reached the end");
}

TEST(StatusTest, ReturnIfErrorPropagatesOnlyErrors) {
  EXPECT_TRUE(Chain(-1).IsInvalidArgument());
  EXPECT_EQ(Chain(1).code(), StatusCode::kInternal);
}

TEST(StatusOrTest, HoldsValueOrStatus) {
  StatusOr<std::string> value = std::string("x");
  ASSERT_TRUE(value.ok());
  EXPECT_EQ(*value, "x");
  StatusOr<std::string> error = Status::Corruption("bad bytes");
  EXPECT_FALSE(error.ok());
  EXPECT_EQ(error.status().code(), StatusCode::kCorruption);
}

}  // namespace
}  // namespace corpgraph

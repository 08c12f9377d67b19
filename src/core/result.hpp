#pragma once
// Result<T>: a value or an Error (C++20 has no std::expected). Result<void> carries only success or an Error.
// Usage:
//   Result<Person> r = repo.Get(id);
//   if (!r) return r.error();          // propagate
//   Use(*r);
// SINERGI_TRY(var, expr) unwraps or returns the error from the enclosing function.
#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

#include "core/assert.hpp"
#include "core/error.hpp"

namespace sinergi::core {

template <typename T>
class [[nodiscard]] Result {
 public:
  Result(T value) : data_(std::move(value)) {}      // NOLINT(google-explicit-constructor)
  Result(Error error) : data_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return data_.index() == 0; }
  explicit operator bool() const { return ok(); }

  T& value() & {
    SINERGI_CHECK(ok());
    return std::get<0>(data_);
  }
  const T& value() const& {
    SINERGI_CHECK(ok());
    return std::get<0>(data_);
  }
  T&& value() && {
    SINERGI_CHECK(ok());
    return std::get<0>(std::move(data_));
  }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T&& operator*() && { return std::move(*this).value(); }

  const Error& error() const {
    SINERGI_CHECK(!ok());
    return std::get<1>(data_);
  }

 private:
  std::variant<T, Error> data_;
};

template <>
class [[nodiscard]] Result<void> {
 public:
  Result() = default;
  Result(Error error) : error_(std::move(error)) {}  // NOLINT(google-explicit-constructor)

  bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  const Error& error() const {
    SINERGI_CHECK(!ok());
    return *error_;
  }

 private:
  std::optional<Error> error_;
};

using Status = Result<void>;
inline Status Ok() {
  return {};
}

}  // namespace sinergi::core

#define SINERGI_CONCAT_INNER(a, b) a##b
#define SINERGI_CONCAT(a, b) SINERGI_CONCAT_INNER(a, b)
#define SINERGI_TRY_IMPL(tmp, var, expr) \
  auto tmp = (expr);                     \
  if (!tmp.ok()) return tmp.error();     \
  var = std::move(tmp).value()
#define SINERGI_TRY(var, expr) SINERGI_TRY_IMPL(SINERGI_CONCAT(sinergi_try_, __LINE__), var, expr)
#define SINERGI_TRY_STATUS(expr)                                       \
  do {                                                                 \
    auto sinergi_try_status_ = (expr);                                 \
    if (!sinergi_try_status_.ok()) return sinergi_try_status_.error(); \
  } while (false)

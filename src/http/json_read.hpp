#pragma once
// Strict reading of JSON request bodies into domain inputs.
//
// Errors fall in two classes, and Finish() reports them as one core::Error:
//   request-shape errors (the body does not follow the schema) -> answered 400:
//     reason "unknown_field" when any field is not in the schema (each one named, code "unknown_field"),
//     else reason "invalid_type" (a value of the wrong JSON type, code "invalid_type");
//   value errors (the shape is right but a value is not acceptable) -> reason "validation_failed" (422):
//     code "required" for a missing required field, "invalid_format" for a malformed date.
// Field names are JSON paths: "full_name", "documents[2].status".
// A reader is a short-lived, single-threaded view over an object it does not own.
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <cstdint>
#include <memory>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/date.hpp"
#include "core/error.hpp"
#include "core/result.hpp"

namespace sinergi::http {

// Reasons of the request-shape errors this reader and the handlers produce (all answered 400).
inline constexpr std::string_view kMalformedJson = "malformed_json";
inline constexpr std::string_view kUnknownField = "unknown_field";
inline constexpr std::string_view kInvalidType = "invalid_type";
inline constexpr std::string_view kInvalidParameter = "invalid_parameter";           // a bad query or path parameter
inline constexpr std::string_view kUnsupportedMediaType = "unsupported_media_type";  // answered 415

// Parses text that must be one JSON object. Errors: kInvalid "malformed_json" (bad JSON or not an object).
core::Result<boost::json::object> ParseJsonObject(std::string_view text);

// RFC 7396 JSON merge patch: applies `patch` to `target` in place.
void ApplyMergePatch(boost::json::value& target, const boost::json::value& patch);

class JsonReader {
 public:
  // Root reader over `object`; `object` must outlive the reader.
  explicit JsonReader(const boost::json::object& object);

  // Getters mark the key as known. Absent and null both read as "not given" (nullopt / empty).
  std::optional<std::string> OptString(std::string_view key);
  // Missing or null: error "required" and an empty string.
  std::string ReqString(std::string_view key);
  std::optional<bool> OptBool(std::string_view key);
  std::optional<std::int64_t> OptInt(std::string_view key);
  std::optional<core::Date> OptDate(std::string_view key);
  // Missing or null: error "required".
  std::optional<core::Date> ReqDate(std::string_view key);
  // Absent or null: empty. Every element must be a string.
  std::vector<std::string> StringArray(std::string_view key);
  // Calls read(element_reader) for every element, which must be an object; the element readers share this
  // reader's errors and check their own unknown fields. Absent or null: no calls.
  template <typename ReadElement>
  void ObjectArray(std::string_view key, ReadElement&& read) {
    const boost::json::array* items = ArrayAt(key);
    if (items == nullptr) return;
    for (std::size_t i = 0; i < items->size(); ++i) {
      std::string path = Path(key) + "[" + std::to_string(i) + "]";
      const boost::json::value& item = (*items)[i];
      if (!item.is_object()) {
        AddError(path, std::string(kInvalidType), "must be an object");
        continue;
      }
      JsonReader element(item.get_object(), path, errors_);
      read(element);
      element.CheckUnknownFields();
    }
  }

  // Calls read(object_reader) for the nested object under key (absent or null: no call); like ObjectArray, the
  // nested reader shares this reader's errors and checks its own unknown fields.
  template <typename ReadObject>
  void Object(std::string_view key, ReadObject&& read) {
    const boost::json::value* value = Find(key);
    if (value == nullptr) return;
    if (!value->is_object()) {
      TypeError(key, "an object");
      return;
    }
    JsonReader nested(value->get_object(), Path(key), errors_);
    read(nested);
    nested.CheckUnknownFields();
  }

  void AddError(std::string field, std::string code, std::string message);
  // The JSON path of `key` inside this reader's object.
  std::string Path(std::string_view key) const;

  // Checks for unknown fields, then returns every collected error as one core::Error (see the file comment).
  core::Status Finish();

 private:
  JsonReader(const boost::json::object& object, std::string prefix,
             std::shared_ptr<std::vector<core::FieldError>> errors);
  // The value under key, or nullptr when absent or null. Marks the key as known.
  const boost::json::value* Find(std::string_view key);
  const boost::json::array* ArrayAt(std::string_view key);
  void TypeError(std::string_view key, std::string_view expected);
  void CheckUnknownFields();

  const boost::json::object& object_;
  std::string prefix_;
  std::set<std::string, std::less<>> known_;
  std::shared_ptr<std::vector<core::FieldError>> errors_;
};

}  // namespace sinergi::http

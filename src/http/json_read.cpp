#include "http/json_read.hpp"

#include <boost/json/parse.hpp>
#include <limits>
#include <utility>

namespace sinergi::http {

core::Result<boost::json::object> ParseJsonObject(std::string_view text) {
  boost::system::error_code ec;
  boost::json::value parsed = boost::json::parse(boost::json::string_view(text.data(), text.size()), ec);
  if (ec) {
    return core::Error::Invalid(std::string(kMalformedJson), "The body is not valid JSON: " + ec.message() + ".");
  }
  if (!parsed.is_object()) {
    return core::Error::Invalid(std::string(kMalformedJson), "The body must be a JSON object.");
  }
  return std::move(parsed.get_object());
}

void ApplyMergePatch(boost::json::value& target, const boost::json::value& patch) {
  if (!patch.is_object()) {
    target = patch;
    return;
  }
  if (!target.is_object()) target = boost::json::object();
  boost::json::object& out = target.get_object();
  for (const auto& [key, value] : patch.get_object()) {
    if (value.is_null()) {
      out.erase(key);
      continue;
    }
    ApplyMergePatch(out[key], value);
  }
}

JsonReader::JsonReader(const boost::json::object& object)
    : object_(object), errors_(std::make_shared<std::vector<core::FieldError>>()) {}

JsonReader::JsonReader(const boost::json::object& object, std::string prefix,
                       std::shared_ptr<std::vector<core::FieldError>> errors)
    : object_(object), prefix_(std::move(prefix)), errors_(std::move(errors)) {}

std::string JsonReader::Path(std::string_view key) const {
  if (prefix_.empty()) return std::string(key);
  return prefix_ + "." + std::string(key);
}

void JsonReader::AddError(std::string field, std::string code, std::string message) {
  errors_->push_back({std::move(field), std::move(code), std::move(message)});
}

void JsonReader::TypeError(std::string_view key, std::string_view expected) {
  AddError(Path(key), std::string(kInvalidType), "must be " + std::string(expected));
}

const boost::json::value* JsonReader::Find(std::string_view key) {
  known_.emplace(key);
  const boost::json::value* v = object_.if_contains(boost::json::string_view(key.data(), key.size()));
  if (v == nullptr || v->is_null()) return nullptr;
  return v;
}

std::optional<std::string> JsonReader::OptString(std::string_view key) {
  const boost::json::value* v = Find(key);
  if (v == nullptr) return std::nullopt;
  if (!v->is_string()) {
    TypeError(key, "a string");
    return std::nullopt;
  }
  return std::string(v->get_string());
}

std::string JsonReader::ReqString(std::string_view key) {
  const bool present = Find(key) != nullptr;
  std::optional<std::string> s = OptString(key);
  if (!present) AddError(Path(key), "required", "is required");
  return s.value_or(std::string());
}

std::optional<bool> JsonReader::OptBool(std::string_view key) {
  const boost::json::value* v = Find(key);
  if (v == nullptr) return std::nullopt;
  if (!v->is_bool()) {
    TypeError(key, "true or false");
    return std::nullopt;
  }
  return v->get_bool();
}

std::optional<std::int64_t> JsonReader::OptInt(std::string_view key) {
  const boost::json::value* v = Find(key);
  if (v == nullptr) return std::nullopt;
  if (v->is_int64()) return v->get_int64();
  if (v->is_uint64() && v->get_uint64() <= static_cast<std::uint64_t>(std::numeric_limits<std::int64_t>::max())) {
    return static_cast<std::int64_t>(v->get_uint64());
  }
  TypeError(key, "an integer");
  return std::nullopt;
}

std::optional<core::Date> JsonReader::OptDate(std::string_view key) {
  const boost::json::value* v = Find(key);
  if (v == nullptr) return std::nullopt;
  if (!v->is_string()) {
    TypeError(key, "a date string (YYYY-MM-DD)");
    return std::nullopt;
  }
  const boost::json::string& text = v->get_string();
  std::optional<core::Date> date = core::Date::Parse(std::string_view(text.data(), text.size()));
  if (!date) AddError(Path(key), "invalid_format", "must be a real calendar date written YYYY-MM-DD");
  return date;
}

std::optional<core::Date> JsonReader::ReqDate(std::string_view key) {
  if (Find(key) == nullptr) {
    AddError(Path(key), "required", "is required");
    return std::nullopt;
  }
  return OptDate(key);
}

const boost::json::array* JsonReader::ArrayAt(std::string_view key) {
  const boost::json::value* v = Find(key);
  if (v == nullptr) return nullptr;
  if (!v->is_array()) {
    TypeError(key, "an array");
    return nullptr;
  }
  return &v->get_array();
}

std::vector<std::string> JsonReader::StringArray(std::string_view key) {
  std::vector<std::string> out;
  const boost::json::array* items = ArrayAt(key);
  if (items == nullptr) return out;
  for (std::size_t i = 0; i < items->size(); ++i) {
    const boost::json::value& item = (*items)[i];
    if (!item.is_string()) {
      AddError(Path(key) + "[" + std::to_string(i) + "]", std::string(kInvalidType), "must be a string");
      continue;
    }
    out.emplace_back(item.get_string());
  }
  return out;
}

void JsonReader::CheckUnknownFields() {
  for (const auto& [key, value] : object_) {
    std::string_view name(key.data(), key.size());
    if (known_.find(name) == known_.end()) {
      AddError(Path(name), std::string(kUnknownField), "is not a field of this request");
    }
  }
}

core::Status JsonReader::Finish() {
  CheckUnknownFields();
  if (errors_->empty()) return core::Ok();
  bool unknown = false;
  bool wrong_type = false;
  for (const core::FieldError& e : *errors_) {
    unknown = unknown || e.code == kUnknownField;
    wrong_type = wrong_type || e.code == kInvalidType;
  }
  if (unknown) {
    return core::Error::Invalid(std::string(kUnknownField), "The body has fields this request does not accept.",
                                *errors_);
  }
  if (wrong_type) {
    return core::Error::Invalid(std::string(kInvalidType), "The body has values of the wrong type.", *errors_);
  }
  return core::Error::Validation(*errors_);
}

}  // namespace sinergi::http

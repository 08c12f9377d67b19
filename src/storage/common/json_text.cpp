#include "storage/common/json_text.hpp"

#include <charconv>
#include <cstdint>
#include <optional>

namespace sinergi::storage {
namespace {

core::Error Corrupt(std::string_view what) {
  return core::Error::Internal("stored JSON is malformed: " + std::string(what));
}

void AppendUtf8(std::string& out, std::uint32_t cp) {
  if (cp < 0x80) {
    out += static_cast<char>(cp);
  } else if (cp < 0x800) {
    out += static_cast<char>(0xC0 | (cp >> 6));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else if (cp < 0x10000) {
    out += static_cast<char>(0xE0 | (cp >> 12));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  } else {
    out += static_cast<char>(0xF0 | (cp >> 18));
    out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
    out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
    out += static_cast<char>(0x80 | (cp & 0x3F));
  }
}

// A cursor over JSON text, just enough for arrays of strings and arrays of flat objects. Each method returns
// false on malformed input and leaves the cursor somewhere unspecified.
class Reader {
 public:
  explicit Reader(std::string_view text) : s_(text) {}

  void SkipWs() {
    while (pos_ < s_.size() && (s_[pos_] == ' ' || s_[pos_] == '\n' || s_[pos_] == '\r' || s_[pos_] == '\t')) {
      ++pos_;
    }
  }
  bool Consume(char c) {
    SkipWs();
    if (pos_ < s_.size() && s_[pos_] == c) {
      ++pos_;
      return true;
    }
    return false;
  }
  bool AtEnd() {
    SkipWs();
    return pos_ == s_.size();
  }

  bool String(std::string& out) {
    out.clear();
    if (!Consume('"')) return false;
    while (pos_ < s_.size()) {
      char c = s_[pos_++];
      if (c == '"') return true;
      if (static_cast<unsigned char>(c) < 0x20) return false;
      if (c != '\\') {
        out += c;
        continue;
      }
      if (pos_ >= s_.size()) return false;
      char e = s_[pos_++];
      switch (e) {
        case '"':
          out += '"';
          break;
        case '\\':
          out += '\\';
          break;
        case '/':
          out += '/';
          break;
        case 'b':
          out += '\b';
          break;
        case 'f':
          out += '\f';
          break;
        case 'n':
          out += '\n';
          break;
        case 'r':
          out += '\r';
          break;
        case 't':
          out += '\t';
          break;
        case 'u': {
          std::uint32_t cp = 0;
          if (!Hex4(cp)) return false;
          if (cp >= 0xD800 && cp < 0xDC00) {
            std::uint32_t low = 0;
            if (pos_ + 1 >= s_.size() || s_[pos_] != '\\' || s_[pos_ + 1] != 'u') return false;
            pos_ += 2;
            if (!Hex4(low) || low < 0xDC00 || low > 0xDFFF) return false;
            cp = 0x10000 + ((cp - 0xD800) << 10) + (low - 0xDC00);
          } else if (cp >= 0xDC00 && cp <= 0xDFFF) {
            return false;
          }
          AppendUtf8(out, cp);
          break;
        }
        default:
          return false;
      }
    }
    return false;
  }

  bool Bool(bool& out) {
    SkipWs();
    if (Literal("true")) {
      out = true;
      return true;
    }
    out = false;
    return Literal("false");
  }
  // An integer in the range of Int, or null (-> nullopt).
  template <typename Int>
  bool OptInt(std::optional<Int>& out) {
    SkipWs();
    if (Literal("null")) {
      out.reset();
      return true;
    }
    const std::size_t start = pos_;
    if (!Number()) return false;
    Int value = 0;
    const char* first = s_.data() + start;
    const char* last = s_.data() + pos_;
    auto [end, ec] = std::from_chars(first, last, value);
    if (ec != std::errc() || end != last) return false;
    out = value;
    return true;
  }
  // A string, or null (-> nullopt).
  bool OptString(std::optional<std::string>& out) {
    SkipWs();
    if (Literal("null")) {
      out.reset();
      return true;
    }
    out.emplace();
    return String(*out);
  }
  bool Strings(std::vector<std::string>& out) {
    out.clear();
    if (!Consume('[')) return false;
    if (Consume(']')) return true;
    do {
      std::string item;
      if (!String(item)) return false;
      out.push_back(std::move(item));
    } while (Consume(','));
    return Consume(']');
  }
  // Calls on_field(key) for every member of an object; on_field reads the member's value.
  template <typename OnField>
  bool Object(OnField on_field) {
    if (!Consume('{')) return false;
    if (Consume('}')) return true;
    do {
      std::string key;
      if (!String(key) || !Consume(':')) return false;
      if (!on_field(key)) return false;
    } while (Consume(','));
    return Consume('}');
  }
  bool Skip() {
    std::string_view ignored;
    return Value(ignored);
  }

  // Skips one value of any kind and returns its raw text.
  bool Value(std::string_view& raw, int depth = 0) {
    if (depth > 64) return false;
    SkipWs();
    std::size_t start = pos_;
    if (pos_ >= s_.size()) return false;
    char c = s_[pos_];
    bool ok = false;
    if (c == '"') {
      std::string ignored;
      ok = String(ignored);
    } else if (c == '[' || c == '{') {
      ok = Container(c == '{', depth);
    } else if (c == 't') {
      ok = Literal("true");
    } else if (c == 'f') {
      ok = Literal("false");
    } else if (c == 'n') {
      ok = Literal("null");
    } else {
      ok = Number();
    }
    if (ok) raw = s_.substr(start, pos_ - start);
    return ok;
  }

 private:
  bool Hex4(std::uint32_t& out) {
    if (pos_ + 4 > s_.size()) return false;
    out = 0;
    for (int i = 0; i < 4; ++i) {
      char h = s_[pos_++];
      out <<= 4;
      if (h >= '0' && h <= '9') {
        out |= static_cast<std::uint32_t>(h - '0');
      } else if (h >= 'a' && h <= 'f') {
        out |= static_cast<std::uint32_t>(h - 'a' + 10);
      } else if (h >= 'A' && h <= 'F') {
        out |= static_cast<std::uint32_t>(h - 'A' + 10);
      } else {
        return false;
      }
    }
    return true;
  }
  bool Literal(std::string_view word) {
    if (s_.substr(pos_, word.size()) != word) return false;
    pos_ += word.size();
    return true;
  }
  bool Digits() {
    std::size_t start = pos_;
    while (pos_ < s_.size() && s_[pos_] >= '0' && s_[pos_] <= '9') ++pos_;
    return pos_ > start;
  }
  bool Number() {
    if (pos_ < s_.size() && s_[pos_] == '-') ++pos_;
    if (!Digits()) return false;
    if (pos_ < s_.size() && s_[pos_] == '.') {
      ++pos_;
      if (!Digits()) return false;
    }
    if (pos_ < s_.size() && (s_[pos_] == 'e' || s_[pos_] == 'E')) {
      ++pos_;
      if (pos_ < s_.size() && (s_[pos_] == '+' || s_[pos_] == '-')) ++pos_;
      if (!Digits()) return false;
    }
    return true;
  }
  bool Container(bool object, int depth) {
    ++pos_;
    if (Consume(object ? '}' : ']')) return true;
    do {
      std::string_view ignored;
      if (object) {
        std::string key;
        if (!String(key) || !Consume(':')) return false;
      }
      if (!Value(ignored, depth + 1)) return false;
    } while (Consume(','));
    return Consume(object ? '}' : ']');
  }

  std::string_view s_;
  std::size_t pos_ = 0;
};

// Calls on_field(reader, key) for every member of every object in an array of objects.
template <typename OnObjectStart, typename OnField>
bool ReadObjectArray(std::string_view json, OnObjectStart on_start, OnField on_field) {
  Reader r(json);
  if (!r.Consume('[')) return false;
  if (r.Consume(']')) return r.AtEnd();
  do {
    if (!r.Consume('{')) return false;
    on_start();
    if (!r.Consume('}')) {
      do {
        std::string key;
        if (!r.String(key) || !r.Consume(':')) return false;
        if (!on_field(r, key)) return false;
      } while (r.Consume(','));
      if (!r.Consume('}')) return false;
    }
  } while (r.Consume(','));
  return r.Consume(']') && r.AtEnd();
}

}  // namespace

void AppendJsonString(std::string& out, std::string_view text) {
  static constexpr char kHex[] = "0123456789abcdef";
  out += '"';
  for (char c : text) {
    auto u = static_cast<unsigned char>(c);
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (u < 0x20) {
      out += "\\u00";
      out += kHex[u >> 4];
      out += kHex[u & 0xF];
    } else {
      out += c;
    }
  }
  out += '"';
}

bool IsJsonValue(std::string_view text) {
  Reader r(text);
  std::string_view raw;
  return r.Value(raw) && r.AtEnd();
}

std::string EncodeStringArray(const std::vector<std::string>& items) {
  std::string out = "[";
  for (std::size_t i = 0; i < items.size(); ++i) {
    if (i > 0) out += ',';
    AppendJsonString(out, items[i]);
  }
  out += ']';
  return out;
}

core::Result<std::vector<std::string>> DecodeStringArray(std::string_view json) {
  std::vector<std::string> items;
  Reader r(json);
  if (!r.Consume('[')) return Corrupt("expected a string array");
  if (r.Consume(']')) {
    if (!r.AtEnd()) return Corrupt("trailing text");
    return items;
  }
  do {
    std::string item;
    if (!r.String(item)) return Corrupt("expected a string");
    items.push_back(std::move(item));
  } while (r.Consume(','));
  if (!r.Consume(']') || !r.AtEnd()) return Corrupt("unterminated array");
  return items;
}

std::string EncodeWarnings(const std::vector<domain::Warning>& warnings) {
  std::string out = "[";
  for (std::size_t i = 0; i < warnings.size(); ++i) {
    if (i > 0) out += ',';
    out += "{\"code\":";
    AppendJsonString(out, warnings[i].code);
    out += ",\"field\":";
    AppendJsonString(out, warnings[i].field);
    out += ",\"message\":";
    AppendJsonString(out, warnings[i].message);
    out += '}';
  }
  out += ']';
  return out;
}

core::Result<std::vector<domain::Warning>> DecodeWarnings(std::string_view json) {
  std::vector<domain::Warning> out;
  bool ok = ReadObjectArray(
      json, [&] { out.emplace_back(); },
      [&](Reader& r, const std::string& key) {
        domain::Warning& w = out.back();
        if (key == "code") return r.String(w.code);
        if (key == "field") return r.String(w.field);
        if (key == "message") return r.String(w.message);
        std::string_view ignored;
        return r.Value(ignored);
      });
  if (!ok) return Corrupt("warnings");
  return out;
}

core::Result<std::string> EncodeChanges(const std::vector<domain::FieldChange>& changes) {
  std::string out = "[";
  for (std::size_t i = 0; i < changes.size(); ++i) {
    const domain::FieldChange& c = changes[i];
    for (const auto* side : {&c.before, &c.after}) {
      if (side->has_value() && !IsJsonValue(**side)) {
        return core::Error::Invalid("history.invalid_change_value",
                                    "A change value of field '" + c.field + "' is not JSON text.");
      }
    }
    if (i > 0) out += ',';
    out += "{\"field\":";
    AppendJsonString(out, c.field);
    if (c.before) out += ",\"before\":" + *c.before;
    if (c.after) out += ",\"after\":" + *c.after;
    out += '}';
  }
  out += ']';
  return out;
}

core::Result<std::vector<domain::FieldChange>> DecodeChanges(std::string_view json) {
  std::vector<domain::FieldChange> out;
  bool ok = ReadObjectArray(
      json, [&] { out.emplace_back(); },
      [&](Reader& r, const std::string& key) {
        domain::FieldChange& c = out.back();
        if (key == "field") return r.String(c.field);
        std::string_view raw;
        if (!r.Value(raw)) return false;
        if (key == "before") c.before = std::string(raw);
        if (key == "after") c.after = std::string(raw);
        return true;
      });
  if (!ok) return Corrupt("changes");
  return out;
}

namespace {

void AppendMember(std::string& out, std::string_view key) {
  if (out.back() != '{') out += ',';
  AppendJsonString(out, key);
  out += ':';
}
void AppendBool(std::string& out, std::string_view key, bool value) {
  AppendMember(out, key);
  out += value ? "true" : "false";
}
void AppendText(std::string& out, std::string_view key, std::string_view value) {
  AppendMember(out, key);
  AppendJsonString(out, value);
}
void AppendStrings(std::string& out, std::string_view key, const std::vector<std::string>& values) {
  AppendMember(out, key);
  out += EncodeStringArray(values);
}

bool ReadElements(Reader& r, domain::TppoElementsMet& e) {
  return r.Object([&](const std::string& key) {
    if (key == "act") return r.Bool(e.act);
    if (key == "means") return r.Bool(e.means);
    if (key == "purpose") return r.Bool(e.purpose);
    if (key == "child") return r.Bool(e.child);
    if (key == "exploitation_occurred") return r.Bool(e.exploitation_occurred);
    return r.Skip();
  });
}

bool ReadForcedLabour(Reader& r, domain::ForcedLabourScreening& f) {
  return r.Object([&](const std::string& key) {
    if (key == "suspected") return r.Bool(f.suspected);
    if (key == "refer_for_assessment") return r.Bool(f.refer_for_assessment);
    if (key == "involuntariness") return r.Strings(f.involuntariness);
    if (key == "penalty") return r.Strings(f.penalty);
    return r.Skip();
  });
}

}  // namespace

std::string EncodeTppoInput(const domain::TppoScreeningInput& input) {
  std::string out = "{";
  AppendStrings(out, "acts", input.acts);
  AppendStrings(out, "means", input.means);
  AppendStrings(out, "purposes", input.purposes);
  AppendMember(out, "victim_age");
  out += input.victim_age ? std::to_string(*input.victim_age) : "null";
  AppendBool(out, "exploitation_occurred", input.exploitation_occurred);
  AppendStrings(out, "ilo_indicators", input.ilo_indicators);
  out += '}';
  return out;
}

core::Result<domain::TppoScreeningInput> DecodeTppoInput(std::string_view json) {
  domain::TppoScreeningInput in;
  Reader r(json);
  const bool ok = r.Object([&](const std::string& key) {
    if (key == "acts") return r.Strings(in.acts);
    if (key == "means") return r.Strings(in.means);
    if (key == "purposes") return r.Strings(in.purposes);
    if (key == "victim_age") return r.OptInt(in.victim_age);
    if (key == "exploitation_occurred") return r.Bool(in.exploitation_occurred);
    if (key == "ilo_indicators") return r.Strings(in.ilo_indicators);
    return r.Skip();
  });
  if (!ok || !r.AtEnd()) return Corrupt("TPPO screening input");
  return in;
}

std::string EncodeTppoResult(const domain::TppoScreeningResult& result) {
  std::string out = "{";
  AppendText(out, "result", result.result);
  AppendMember(out, "elements_met");
  out += '{';
  const domain::TppoElementsMet& e = result.elements_met;
  AppendBool(out, "act", e.act);
  AppendBool(out, "means", e.means);
  AppendBool(out, "purpose", e.purpose);
  AppendBool(out, "child", e.child);
  AppendBool(out, "exploitation_occurred", e.exploitation_occurred);
  out += '}';
  AppendStrings(out, "legal_basis", result.legal_basis);
  AppendText(out, "explanation", result.explanation);
  AppendText(out, "explanation_id", result.explanation_id);
  AppendMember(out, "forced_labour");
  out += '{';
  const domain::ForcedLabourScreening& f = result.forced_labour;
  AppendBool(out, "suspected", f.suspected);
  AppendBool(out, "refer_for_assessment", f.refer_for_assessment);
  AppendStrings(out, "involuntariness", f.involuntariness);
  AppendStrings(out, "penalty", f.penalty);
  out += "}}";
  return out;
}

core::Result<domain::TppoScreeningResult> DecodeTppoResult(std::string_view json) {
  domain::TppoScreeningResult res;
  Reader r(json);
  const bool ok = r.Object([&](const std::string& key) {
    if (key == "result") return r.String(res.result);
    if (key == "elements_met") return ReadElements(r, res.elements_met);
    if (key == "legal_basis") return r.Strings(res.legal_basis);
    if (key == "explanation") return r.String(res.explanation);
    if (key == "explanation_id") return r.String(res.explanation_id);
    if (key == "forced_labour") return ReadForcedLabour(r, res.forced_labour);
    return r.Skip();
  });
  if (!ok || !r.AtEnd()) return Corrupt("TPPO screening result");
  return res;
}

std::string EncodeRestitutionComponents(const std::vector<domain::RestitutionComponent>& components) {
  std::string out = "[";
  for (std::size_t i = 0; i < components.size(); ++i) {
    const domain::RestitutionComponent& c = components[i];
    if (i > 0) out += ',';
    out += "{\"component\":";
    AppendJsonString(out, c.component);
    out += ",\"claimed_idr\":" + std::to_string(c.claimed_idr);
    out += ",\"awarded_idr\":" + (c.awarded_idr ? std::to_string(*c.awarded_idr) : std::string("null"));
    out += ",\"note\":";
    if (c.note) {
      AppendJsonString(out, *c.note);
    } else {
      out += "null";
    }
    out += '}';
  }
  out += ']';
  return out;
}

core::Result<std::vector<domain::RestitutionComponent>> DecodeRestitutionComponents(std::string_view json) {
  std::vector<domain::RestitutionComponent> out;
  bool ok = ReadObjectArray(
      json, [&] { out.emplace_back(); },
      [&](Reader& r, const std::string& key) {
        domain::RestitutionComponent& c = out.back();
        if (key == "component") return r.String(c.component);
        if (key == "claimed_idr") {
          std::optional<std::int64_t> claimed;
          if (!r.OptInt(claimed) || !claimed) return false;
          c.claimed_idr = *claimed;
          return true;
        }
        if (key == "awarded_idr") return r.OptInt(c.awarded_idr);
        if (key == "note") return r.OptString(c.note);
        return r.Skip();
      });
  if (!ok) return Corrupt("restitution components");
  return out;
}

}  // namespace sinergi::storage

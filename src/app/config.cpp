#include "app/config.hpp"

#include <toml++/toml.h>

#include <charconv>
#include <cstdlib>
#include <functional>
#include <map>

#include "core/key_ring.hpp"
#include "domain/codelists.hpp"

namespace sinergi::app {
namespace {

using core::FieldError;

// One setting: how to apply a textual value (from the environment or a flag) or a TOML node.
struct Setting {
  std::function<std::optional<std::string>(const std::string&)> apply_text;  // returns an error message
};

std::optional<std::string> ParseInt(const std::string& text, std::int64_t min, std::int64_t max, std::int64_t& out) {
  std::int64_t v = 0;
  auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), v);
  if (ec != std::errc() || ptr != text.data() + text.size()) return "must be an integer";
  if (v < min || v > max) return "must be between " + std::to_string(min) + " and " + std::to_string(max);
  out = v;
  return std::nullopt;
}

std::optional<std::string> ParseListen(const std::string& text, Config& c) {
  auto colon = text.rfind(':');
  if (colon == std::string::npos || colon == 0) return "must be HOST:PORT, e.g. 127.0.0.1:8080";
  std::int64_t port = 0;
  if (auto err = ParseInt(text.substr(colon + 1), 0, 65535, port)) return "port " + *err;
  std::string host = text.substr(0, colon);
  if (host.size() > 2 && host.front() == '[' && host.back() == ']') host = host.substr(1, host.size() - 2);
  c.listen_host = host;
  c.listen_port = static_cast<std::uint16_t>(port);
  return std::nullopt;
}

// "A, B,C" -> {"A", "B", "C"}; empty items are dropped, so "" is the empty list.
std::vector<std::string> SplitList(const std::string& text) {
  std::vector<std::string> out;
  std::size_t start = 0;
  while (start <= text.size()) {
    std::size_t comma = text.find(',', start);
    if (comma == std::string::npos) comma = text.size();
    std::string item = text.substr(start, comma - start);
    item.erase(0, item.find_first_not_of(" \t"));
    item.erase(item.find_last_not_of(" \t") + 1);
    if (!item.empty()) out.push_back(std::move(item));
    start = comma + 1;
  }
  return out;
}

std::map<std::string, Setting> Settings(Config& c) {
  auto int_setting = [](auto& field, std::int64_t min, std::int64_t max) {
    return Setting{[&field, min, max](const std::string& t) -> std::optional<std::string> {
      std::int64_t v = 0;
      if (auto err = ParseInt(t, min, max, v)) return err;
      field = static_cast<std::remove_reference_t<decltype(field)>>(v);
      return std::nullopt;
    }};
  };
  auto string_setting = [](std::string& field, bool allow_empty) {
    return Setting{[&field, allow_empty](const std::string& t) -> std::optional<std::string> {
      if (!allow_empty && t.empty()) return "must not be empty";
      field = t;
      return std::nullopt;
    }};
  };
  return {
      {"server.listen", Setting{[&c](const std::string& t) { return ParseListen(t, c); }}},
      {"server.threads", int_setting(c.threads, 1, 64)},
      {"server.max_body_bytes", int_setting(c.max_body_bytes, 1024, 64LL * 1024 * 1024)},
      {"server.request_timeout_seconds", int_setting(c.request_timeout_seconds, 1, 3600)},
      {"server.drain_timeout_seconds", int_setting(c.drain_timeout_seconds, 0, 600)},
      {"server.web_root", string_setting(c.web_root, true)},
      {"server.secure_cookies", Setting{[&c](const std::string& t) -> std::optional<std::string> {
         if (t != "true" && t != "false") return "must be true or false";
         c.secure_cookies = t == "true";
         return std::nullopt;
       }}},
      {"database.url", Setting{[&c](const std::string& t) -> std::optional<std::string> {
         if (t.rfind("sqlite:", 0) != 0 && t.rfind("postgresql://", 0) != 0 && t.rfind("postgres://", 0) != 0) {
           return "must be sqlite:PATH or postgresql://...";
         }
         if (t == "sqlite:") return "sqlite: needs a path, e.g. sqlite:data/sinergi.db";
         c.database_url = t;
         return std::nullopt;
       }}},
      {"database.pool_size", int_setting(c.pool_size, 1, 64)},
      {"database.busy_timeout_ms", int_setting(c.busy_timeout_ms, 0, 600000)},
      {"reference.dir", string_setting(c.reference_dir, false)},
      {"attachments.dir", Setting{[&c](const std::string& t) -> std::optional<std::string> {
         if (t.empty()) return "must not be empty";
         if (t.find('\0') != std::string::npos) return "must be a path";
         c.attachments_dir = t;
         return std::nullopt;
       }}},
      {"attachments.max_bytes", int_setting(c.attachments_max_bytes, 1, 64LL * 1024 * 1024)},
      {"auth.idle_timeout_minutes", int_setting(c.auth_idle_timeout_minutes, 1, 24 * 60)},
      {"auth.absolute_timeout_minutes", int_setting(c.auth_absolute_timeout_minutes, 1, 30 * 24 * 60)},
      {"auth.totp_required_roles", Setting{[&c](const std::string& t) -> std::optional<std::string> {
         if (t.find('\x01') != std::string::npos) return "must be a list of role codes";
         std::vector<std::string> roles = SplitList(t);
         for (const std::string& role : roles) {
           if (!domain::IsValidCode("peran", role)) return "unknown role '" + role + "' (codelist peran)";
         }
         c.auth_totp_required_roles = std::move(roles);
         return std::nullopt;
       }}},
      {"auth.max_failures", int_setting(c.auth_max_failures, 1, 100)},
      {"auth.lock_seconds", int_setting(c.auth_lock_seconds, 1, 24 * 3600)},
      {"auth.max_lock_seconds", int_setting(c.auth_max_lock_seconds, 1, 24 * 3600)},
      {"retention.deleted_person_days", int_setting(c.retention_deleted_person_days, 0, 36500)},
      {"retention.session_days", int_setting(c.retention_session_days, 0, 36500)},
      {"retention.idempotency_key_days", int_setting(c.retention_idempotency_key_days, 0, 36500)},
      {"retention.notification_days", int_setting(c.retention_notification_days, 0, 36500)},
      {"referral.escalate_after_hours", int_setting(c.referral_escalate_after_hours, 1, 720)},
      {"stats.suppression_threshold", int_setting(c.stats_suppression_threshold, 2, 1000)},
      {"security.data_key_file", string_setting(c.data_key_file, true)},
      {"testing.clock_offset_file", string_setting(c.clock_offset_file, true)},
      {"security.data_keys", Setting{[&c](const std::string& t) -> std::optional<std::string> {
         if (!t.empty()) {
           auto ring = core::KeyRing::Parse(NormalizeKeyRingText(t));
           if (!ring) return ring.error().message();  // names the line, never the key
         }
         c.data_keys = t;
         return std::nullopt;
       }}},
      {"log.level", Setting{[&c](const std::string& t) -> std::optional<std::string> {
         static const char* kLevels[] = {"trace", "debug", "info", "warn", "error"};
         for (const char* l : kLevels) {
           if (t == l) {
             c.log_level = t;
             return std::nullopt;
           }
         }
         return "must be one of trace, debug, info, warn, error";
       }}},
  };
}

// Keys whose TOML value is an array of strings (the environment gives them comma-separated).
bool IsListKey(const std::string& key) {
  return key == "auth.totp_required_roles";
}

std::string NodeText(const toml::node& node, bool list_allowed) {
  if (const auto* array = node.as_array()) {  // read like the comma-separated form
    if (!list_allowed) return "\x01";
    std::string joined;
    for (const toml::node& item : *array) {
      auto s = item.value<std::string>();
      if (!s || s->find(',') != std::string::npos) return "\x01";
      joined += (joined.empty() ? "" : ",") + *s;
    }
    return joined;
  }
  if (const auto* b = node.as_boolean()) return b->get() ? "true" : "false";  // before integers: value<int> takes bools
  if (auto s = node.value<std::string>()) return *s;
  if (auto i = node.value<std::int64_t>()) return std::to_string(*i);
  return "\x01";  // not a scalar: every setting rejects it
}

std::string EnvName(const std::string& key) {
  std::string name = "SINERGI_";
  for (char ch : key) name.push_back(ch == '.' ? '_' : static_cast<char>(std::toupper(static_cast<unsigned char>(ch))));
  return name;
}

void Apply(std::map<std::string, Setting>& settings, const std::string& key, const std::string& text,
           const std::string& source, std::vector<FieldError>& errors) {
  auto it = settings.find(key);
  if (it == settings.end()) {
    errors.push_back({key, "unknown_key", source + ": unknown configuration key"});
    return;
  }
  if (auto err = it->second.apply_text(text)) errors.push_back({key, "invalid_value", source + ": " + *err});
}

}  // namespace

std::string NormalizeKeyRingText(std::string text) {
  for (char& ch : text) {
    if (ch == ',') ch = '\n';
  }
  return text;
}

core::Result<Config> LoadConfig(const cli::CommonFlags& common, const cli::ServeCommand* serve) {
  Config config;
  auto settings = Settings(config);
  std::vector<FieldError> errors;

  if (common.config_file) {
    toml::table table;
    try {
      table = toml::parse_file(*common.config_file);
    } catch (const toml::parse_error& e) {
      return core::Error::Invalid(
          "config.invalid", std::string("cannot parse ") + *common.config_file + ": " + std::string(e.description()));
    }
    for (const auto& [section, node] : table) {
      const auto* sub = node.as_table();
      if (sub == nullptr) {
        errors.push_back({std::string(section.str()), "unknown_key", "expected a [section]"});
        continue;
      }
      for (const auto& [name, value] : *sub) {
        const std::string key = std::string(section.str()) + "." + std::string(name.str());
        Apply(settings, key, NodeText(value, IsListKey(key)), *common.config_file, errors);
      }
    }
  }
  for (const auto& [key, setting] : settings) {
    if (const char* env = std::getenv(EnvName(key).c_str())) Apply(settings, key, env, EnvName(key), errors);
  }
  auto flag = [&](const std::optional<std::string>& v, const char* key, const char* name) {
    if (v) Apply(settings, key, *v, name, errors);
  };
  flag(common.db, "database.url", "--db");
  flag(common.reference_dir, "reference.dir", "--reference-dir");
  flag(common.log_level, "log.level", "--log-level");
  flag(common.data_key_file, "security.data_key_file", "--data-key-file");
  if (serve != nullptr) {
    flag(serve->listen, "server.listen", "--listen");
    flag(serve->web_root, "server.web_root", "--web-root");
    if (serve->threads) flag(std::to_string(*serve->threads), "server.threads", "--threads");
  }
  if (errors.empty() && config.auth_absolute_timeout_minutes < config.auth_idle_timeout_minutes) {
    errors.push_back(
        {"auth.absolute_timeout_minutes", "invalid_value", "must not be shorter than auth.idle_timeout_minutes"});
  }
  if (errors.empty() && !config.data_key_file.empty() && !config.data_keys.empty()) {
    errors.push_back(
        {"security.data_keys", "invalid_value", "set security.data_key_file or security.data_keys, not both"});
  }
  if (errors.empty() && config.auth_max_lock_seconds < config.auth_lock_seconds) {
    errors.push_back({"auth.max_lock_seconds", "invalid_value", "must not be shorter than auth.lock_seconds"});
  }
  if (!errors.empty()) {
    // Build the message before moving the errors: argument evaluation order is unspecified.
    std::string message = "Invalid configuration:";
    for (const auto& e : errors) message += "\n  " + e.field + ": " + e.message;
    return core::Error::Invalid("config.invalid", std::move(message), std::move(errors));
  }
  return config;
}

}  // namespace sinergi::app

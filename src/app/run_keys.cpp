// `sinergi key generate|status|rotate`: the data keys of field-level encryption at rest (core/key_ring.hpp).
// Key material is printed only by `generate` without --out (for a secret store); never logged.
#include <fmt/format.h>
#include <fmt/ranges.h>

#include <map>

#include "app/data_keys.hpp"
#include "app/run_commands.hpp"
#include "app/runtime.hpp"
#include "domain/data_key_rotation.hpp"

namespace sinergi::app {
namespace {

const domain::Actor kKeyActor{"system:key-rotation", "Key rotation", "cli", "", {}, "", "", "", ""};

}  // namespace

int RunKeyGenerate(const cli::KeyGenerateCommand& cmd) {
  auto line = core::KeyRing::NewKeyLine(cmd.id.value_or(""));
  if (!line) return Fail(line.error());
  if (!cmd.out) {
    fmt::print("{}\n", *line);
    return 0;
  }
  if (auto st = WriteNewKeyFile(*cmd.out, *line); !st) return Fail(st.error());
  fmt::print("data key {} written to {} (owner-only); back it up apart from the database\n",
             line->substr(0, line->find(' ')), *cmd.out);
  return 0;
}

int RunKeyStatus(const cli::KeyStatusCommand& cmd) {
  auto booted = Boot(cmd.common, nullptr);
  if (!booted) return Fail(booted.error());
  const std::shared_ptr<const core::KeyRing>& keys = (*booted)->keys;
  if (keys) {
    fmt::print("configured keys (first is active): {}\n", fmt::join(keys->ids(), ", "));
  } else {
    fmt::print("no data key configured\n");
  }
  auto uow = (*booted)->db->Begin(domain::ports::TxMode::kRead);
  if (!uow) return Fail(uow.error());
  auto counts = (*uow)->data_keys().CountSealed();
  if (!counts) return Fail(counts.error());
  std::map<std::string, std::int64_t> per_key;
  for (const auto& c : *counts) {
    fmt::print("  {:<36} {:<16} {}\n", c.column, c.key_id.empty() ? "(clear text)" : c.key_id, c.values);
    per_key[c.key_id] += c.values;
  }
  bool complete = true;
  for (const auto& [id, n] : per_key) {
    if (id.empty()) {
      fmt::print("{} values are still in clear text: run `sinergi key rotate`\n", n);
      complete = false;
    } else if (!keys || !keys->Has(id)) {
      fmt::print("{} values are sealed with key {}, which is NOT configured: they cannot be read\n", n, id);
      complete = false;
    } else if (id != keys->active_id()) {
      fmt::print("{} values are sealed with the older key {}: run `sinergi key rotate` before retiring it\n", n, id);
      complete = false;
    }
  }
  if (complete) fmt::print("every sealed value uses the active key\n");
  return 0;
}

int RunKeyRotate(const cli::KeyRotateCommand& cmd) {
  auto booted = Boot(cmd.common, nullptr);
  if (!booted) return Fail(booted.error());
  Runtime& rt = **booted;
  if (!rt.keys) {
    return Fail(core::Error::Invalid("data_key.required",
                                     "key rotate needs the key ring: --data-key-file FILE (new key first, then the "
                                     "old ones) or SINERGI_SECURITY_DATA_KEYS"));
  }
  auto done = domain::ResealAll(*rt.db, *rt.clock, *rt.ids, kKeyActor, rt.keys->active_id(), cmd.batch);
  if (!done) return Fail(done.error());
  fmt::print(
      "re-sealed {} values with data key {}; older keys can be retired once `sinergi key status` shows "
      "none left\n",
      *done, rt.keys->active_id());
  return 0;
}

}  // namespace sinergi::app

// Period heads of the audit chain and their comparison with anchors kept outside the database (audit_anchor.hpp).
#include "domain/audit_anchor.hpp"

#include <algorithm>
#include <chrono>
#include <set>
#include <unordered_map>
#include <utility>

namespace sinergi::domain {
namespace {

core::Timestamp PeriodStart(core::Timestamp at, AnchorPeriod period) {
  if (period == AnchorPeriod::kDay) return std::chrono::floor<std::chrono::days>(at);
  return std::chrono::floor<std::chrono::hours>(at);
}

bool IsDigit(char c) {
  return c >= '0' && c <= '9';
}

std::string Describe(const AuditAnchor& a) {
  return std::string(a.open ? "open head" : "head") + " of " + a.period + " (entry " + std::to_string(a.seq) + ")";
}

// What is wrong with `anchor` given the chain's entry at its seq, the count of entries up to it; "" when it holds.
// The hash commits to the entry id and time, so a difference there with an equal hash means the file was edited.
std::string Compare(const AuditAnchor& anchor, const AuditEntry& e, std::int64_t entries) {
  if (anchor.hash != e.hash) {
    return "entry " + std::to_string(e.seq) + " now has hash " + e.hash + ", not the anchored " + anchor.hash +
           ": the trail was rewritten after this head was anchored (or the anchor was edited)";
  }
  if (anchor.entry_id != e.id || anchor.at != e.at || anchor.entries != entries) {
    return "the anchor's entry id, time or count disagrees with entry " + std::to_string(e.seq) +
           " although the hash matches: the anchor file was edited";
  }
  return {};
}

std::string Conflict(const AuditAnchor& in_file, const AuditAnchor& now) {
  if (!in_file.open && now.open) {
    return "the anchor file says period " + in_file.period + " ended at entry " + std::to_string(in_file.seq) +
           " (a later entry existed), but the chain now ends in that period, at entry " + std::to_string(now.seq) +
           ": entries were removed or moved";
  }
  return "the anchor file holds the " + Describe(in_file) + " with hash " + in_file.hash +
         ", but the chain's head of that period is now entry " + std::to_string(now.seq) + " with hash " + now.hash +
         ": the trail (or the anchor file) was changed";
}

// Whether a head already in the file for the same period contradicts the head computed now.
bool Contradicts(const AuditAnchor& in_file, const AuditAnchor& now) {
  if (in_file.open) {
    // An open head is a point the period had reached; the period may have grown since, never shrunk.
    return in_file.seq > now.seq || (in_file.seq == now.seq && in_file.hash != now.hash);
  }
  return now.open || in_file.seq != now.seq || in_file.hash != now.hash;
}

}  // namespace

std::string AnchorPeriodKey(core::Timestamp at, AnchorPeriod period) {
  const core::Timestamp start = PeriodStart(at, period);
  std::string key = core::DateOf(start).ToString();
  if (period == AnchorPeriod::kHour) {
    const auto hour = std::chrono::duration_cast<std::chrono::hours>(start - PeriodStart(at, AnchorPeriod::kDay));
    const auto h = static_cast<int>(hour.count());
    key += 'T';
    key += static_cast<char>('0' + h / 10);
    key += static_cast<char>('0' + h % 10);
    key += 'Z';
  }
  return key;
}

std::optional<core::Timestamp> AnchorPeriodStart(std::string_view key) {
  if (key.size() != 10 && key.size() != 14) return std::nullopt;
  auto date = core::Date::Parse(key.substr(0, 10));
  if (!date) return std::nullopt;
  core::Timestamp start{std::chrono::sys_days{std::chrono::days{date->DaysSinceEpoch()}}};
  if (key.size() == 10) return start;
  if (key[10] != 'T' || key[13] != 'Z' || !IsDigit(key[11]) || !IsDigit(key[12])) return std::nullopt;
  const int hour = (key[11] - '0') * 10 + (key[12] - '0');
  if (hour > 23) return std::nullopt;
  return start + std::chrono::hours{hour};
}

std::optional<AuditAnchor> PeriodHeads::Add(const AuditEntry& e) {
  ++entries_;
  const core::Timestamp start = PeriodStart(e.at, period_);
  std::optional<AuditAnchor> closed;
  if (!current_) {
    current_start_ = start;
  } else if (start > current_start_) {
    closed = std::move(current_);
    current_start_ = start;
  }
  current_ = AuditAnchor{AnchorPeriodKey(current_start_, period_), e.seq, e.id, e.at, e.hash, entries_, false};
  return closed;
}

std::optional<AuditAnchor> PeriodHeads::OpenHead() const {
  if (!current_) return std::nullopt;
  AuditAnchor head = *current_;
  head.open = true;
  return head;
}

std::vector<AuditAnchor> AnchorsSince(std::vector<AuditAnchor> anchors, const core::Date& since) {
  const core::Timestamp from{std::chrono::sys_days{std::chrono::days{since.DaysSinceEpoch()}}};
  std::erase_if(anchors, [&](const AuditAnchor& a) {
    auto start = AnchorPeriodStart(a.period);
    return !start || *start < from;
  });
  return anchors;
}

AnchorCheck::AnchorCheck(std::vector<AuditAnchor> anchors)
    : anchors_(std::move(anchors)), problems_(anchors_.size()), seen_(anchors_.size(), false) {
  by_seq_.reserve(anchors_.size());
  for (std::size_t i = 0; i < anchors_.size(); ++i) by_seq_.emplace_back(anchors_[i].seq, i);
  std::sort(by_seq_.begin(), by_seq_.end());
}

void AnchorCheck::Add(const AuditEntry& e) {
  ++entries_;
  auto first = std::lower_bound(by_seq_.begin(), by_seq_.end(), std::pair<std::int64_t, std::size_t>{e.seq, 0});
  for (auto it = first; it != by_seq_.end() && it->first == e.seq; ++it) {
    const std::size_t i = it->second;
    if (seen_[i]) continue;  // a duplicated seq: the first entry holding it is the one compared
    seen_[i] = true;
    problems_[i] = Compare(anchors_[i], e, entries_);
  }
}

std::optional<AnchorMismatch> AnchorCheck::Finish(std::int64_t last_seq) const {
  for (std::size_t i = 0; i < anchors_.size(); ++i) {
    const AuditAnchor& a = anchors_[i];
    std::string problem = problems_[i];
    if (problem.empty() && !seen_[i]) {
      problem = a.seq > last_seq ? "the chain ends at entry " + std::to_string(last_seq) +
                                       ", before this anchored entry: entries were removed from its end"
                                 : "entry " + std::to_string(a.seq) + " is missing from the chain";
    }
    if (problem.empty() && !a.open && last_seq <= a.seq) {
      problem = "this head closed its period, so a later entry existed, but the chain now ends at entry " +
                std::to_string(last_seq) + ": entries were removed from its end";
    }
    if (!problem.empty()) return AnchorMismatch{i, a, std::move(problem)};
  }
  return std::nullopt;
}

core::Result<std::vector<AuditAnchor>> AnchorsToAppend(const std::vector<AuditAnchor>& existing,
                                                       const std::vector<AuditAnchor>& computed) {
  // Indexed once: an hourly file holds tens of thousands of heads, and so may one run on a new file.
  std::unordered_map<std::string_view, std::vector<const AuditAnchor*>> by_period;
  std::set<std::pair<std::int64_t, std::string_view>> heads;
  for (const AuditAnchor& a : existing) {
    by_period[a.period].push_back(&a);
    heads.emplace(a.seq, a.hash);
  }
  std::vector<AuditAnchor> out;
  for (const AuditAnchor& now : computed) {
    bool present = now.open && heads.contains({now.seq, now.hash});
    auto same_period = by_period.find(now.period);
    if (same_period != by_period.end()) {
      for (const AuditAnchor* in_file : same_period->second) {
        if (Contradicts(*in_file, now)) return core::Error::Conflict("audit.anchor_conflict", Conflict(*in_file, now));
        if (!now.open && !in_file->open) present = true;  // same seq and hash, or Contradicts would have said so
      }
    }
    if (!present) out.push_back(now);
  }
  return out;
}

}  // namespace sinergi::domain

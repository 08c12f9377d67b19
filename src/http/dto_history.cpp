// Change-history JSON. The domain keeps before/after as JSON text so any field type fits; clients get them back
// as JSON values.
#include <boost/json/parse.hpp>

#include "http/json_write.hpp"

namespace sinergi::http {
namespace {

boost::json::value JsonTextToValue(const std::optional<std::string>& text) {
  if (!text) return nullptr;
  boost::system::error_code ec;
  boost::json::value v = boost::json::parse(*text, ec);
  // Stored text is written by the domain as JSON; should an old row hold plain text, show it as a string
  // rather than failing the whole history page.
  if (ec) return boost::json::value(*text);
  return v;
}

}  // namespace

boost::json::object ChangeRecordToJson(const domain::ChangeRecord& record) {
  boost::json::object o;
  o["id"] = record.id;
  o["entity_type"] = record.entity_type;
  o["entity_id"] = record.entity_id;
  o["action"] = record.action;
  o["at"] = TimestampJson(record.at);
  o["actor"] = record.actor;
  o["reason"] = StringOrNull(record.reason);
  boost::json::array changes;
  changes.reserve(record.changes.size());
  for (const domain::FieldChange& c : record.changes) {
    changes.emplace_back(boost::json::object{
        {"field", c.field}, {"before", JsonTextToValue(c.before)}, {"after", JsonTextToValue(c.after)}});
  }
  o["changes"] = std::move(changes);
  return o;
}

}  // namespace sinergi::http

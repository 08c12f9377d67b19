// GET /api/v1/audit?actor_id=&entity_type=&entity_id=&action=&from=&to=&limit=&cursor= -> page of audit
// entries, newest first (system administrators and supervisors; domain/audit_query decides).
#include "domain/audit_query.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {
namespace {

// An RFC 3339 timestamp query parameter. Errors: kInvalid "invalid_parameter" naming it.
core::Result<std::optional<core::Timestamp>> QueryTimestamp(const Request& req, const std::string& name) {
  std::optional<std::string> text = QueryText(req, name);
  if (!text) return std::optional<core::Timestamp>();
  std::optional<core::Timestamp> at = core::ParseTimestamp(*text);
  if (!at) {
    return core::Error::Invalid(std::string(kInvalidParameter),
                                "Query parameter '" + name + "' must be an RFC 3339 timestamp.",
                                {{name, "invalid_format", "must be an RFC 3339 timestamp, e.g. 2026-01-31T00:00:00Z"}});
  }
  return at;
}

}  // namespace

Response AuditList(Request& req, ApiDeps& deps) {
  core::Result<domain::ports::PageRequest> page = ReadPageRequest(req);
  if (!page) return ErrorResponse(page.error(), req);
  core::Result<std::optional<core::Timestamp>> from = QueryTimestamp(req, "from");
  if (!from) return ErrorResponse(from.error(), req);
  core::Result<std::optional<core::Timestamp>> to = QueryTimestamp(req, "to");
  if (!to) return ErrorResponse(to.error(), req);

  domain::ports::AuditFilter filter;
  filter.actor_id = QueryText(req, "actor_id");
  filter.entity_type = QueryText(req, "entity_type");
  filter.entity_id = QueryText(req, "entity_id");
  filter.action = QueryText(req, "action");
  filter.from = *from;
  filter.to = *to;

  core::Result<domain::ports::Page<domain::AuditEntry>> entries = domain::ListAudit(deps.db, req.actor, filter, *page);
  if (!entries) return ErrorResponse(entries.error(), req);
  return JsonResponse(200, PageToJson(*entries, AuditEntryToJson));
}

}  // namespace sinergi::http

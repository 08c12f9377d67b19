#pragma once
// Personal-data-protection JSON (consents, data-subject requests, the access export), exactly as api/openapi.yaml
// describes them. Pure functions, thread-safe.
#include <boost/json/object.hpp>

#include "core/date.hpp"
#include "domain/pdp.hpp"
#include "domain/pdp_service.hpp"
#include "domain/region_directory.hpp"
#include "http/json_read.hpp"

namespace sinergi::http {

// {purpose, recipient_types, lawful_basis, given_by (required), guardian_person_id, checklist {informed_*}, note}.
domain::ConsentInput ReadConsentInput(JsonReader& reader);
// {kind, channel (required), received_at (RFC 3339), note}.
domain::DataSubjectRequestInput ReadRequestInput(JsonReader& reader);

boost::json::object ConsentToJson(const domain::Consent& consent);
// With `overdue` computed as of `now`.
boost::json::object RequestToJson(const domain::DataSubjectRequest& request, core::Timestamp now);
boost::json::object PersonExportToJson(const domain::PersonExport& data, const domain::RegionDirectory& regions);

}  // namespace sinergi::http

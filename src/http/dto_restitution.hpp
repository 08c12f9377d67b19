#pragma once
// JSON of the restitution claims of a case's victims (domain/restitution.hpp). Field names are those of the domain
// structs; amounts are integers in rupiah.
#include <boost/json/object.hpp>

#include "domain/restitution.hpp"
#include "http/json_read.hpp"

namespace sinergi::http {

// A create body: person_id, components [{component, claimed_idr, awarded_idr, note}], court_case_number,
// claimed_on and the other dates, paid_idr. Missing person_id, components, claimed_on or claimed_idr: "required".
domain::RestitutionData ReadRestitutionData(JsonReader& reader);
// The writable fields of a PATCH (all but person_id), the base of a merge patch; ReadRestitutionPatch reads the
// merged result strictly (person_id is then an unknown field).
boost::json::object RestitutionPatchableToJson(const domain::RestitutionData& data);
domain::RestitutionData ReadRestitutionPatch(JsonReader& reader);

// With the derived fields: stage, claimed_total_idr, awarded_total_idr, payment_due_on, seizure_due_on.
boost::json::object CaseRestitutionToJson(const domain::CaseRestitution& r);

}  // namespace sinergi::http

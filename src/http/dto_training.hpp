#pragma once
// JSON of training programmes, sessions and enrolments (domain/training.hpp). Field names are those of the domain
// structs; an enrolment also carries its person's name (`person_name`) and `attended_days` (the size of
// `attended_on`).
#include <boost/json/object.hpp>

#include "domain/training.hpp"
#include "domain/training_service.hpp"
#include "http/json_read.hpp"

namespace sinergi::http {

// {name, kind, provider_agency_id, skill, issues_competence_certificate, description, region_code}; missing name /
// kind: "required". Also the base of a PATCH merge patch (ProgrammePatchableToJson).
domain::ProgrammeData ReadProgrammeData(JsonReader& reader);
boost::json::object ProgrammePatchableToJson(const domain::ProgrammeData& data);
boost::json::object ProgrammeToJson(const domain::Programme& programme);

// {starts_on, ends_on, place, region_code, capacity}; missing starts_on / ends_on / place: "required".
domain::SessionData ReadSessionData(JsonReader& reader);
boost::json::object SessionPatchableToJson(const domain::SessionData& data);
boost::json::object SessionToJson(const domain::TrainingSession& session);

// {status, attended_on, completed_on, certificate_number, certificate_issued_on, note}; status must be ENROLLED,
// COMPLETED, DROPPED_OUT or FAILED; attended_on is an array of YYYY-MM-DD dates.
domain::EnrolmentData ReadEnrolmentData(JsonReader& reader);
boost::json::object EnrolmentPatchableToJson(const domain::EnrolmentData& data);
boost::json::object EnrolmentToJson(const domain::TrainingService::EnrolmentView& view);
// An enrolment of a person's training list: the enrolment with `session` and `programme`.
boost::json::object PersonTrainingToJson(const domain::TrainingService::PersonTraining& training);

}  // namespace sinergi::http

#pragma once
// JSON of meeting attachments (domain/meeting_attachment.hpp): the metadata with `downloadable` (whether the
// caller may download the content: an attendance list only for the meeting's agencies and national scope).
#include <boost/json/object.hpp>

#include "domain/meeting_attachment_service.hpp"

namespace sinergi::http {

boost::json::object MeetingAttachmentToJson(const domain::MeetingAttachmentView& view);

}  // namespace sinergi::http

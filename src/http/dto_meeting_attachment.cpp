#include "http/dto_meeting_attachment.hpp"

#include "http/json_write.hpp"

namespace sinergi::http {

boost::json::object MeetingAttachmentToJson(const domain::MeetingAttachmentView& view) {
  const domain::MeetingAttachment& a = view.attachment;
  boost::json::object o;
  o["id"] = a.id;
  o["meeting_id"] = a.meeting_id;
  o["kind"] = a.kind;
  o["file_name"] = a.file_name;
  o["media_type"] = a.media_type;
  o["size_bytes"] = a.size_bytes;
  o["sha256"] = a.sha256;
  o["description"] = StringOrNull(a.description);
  o["downloadable"] = view.downloadable;
  o["created_at"] = TimestampJson(a.created_at);
  o["created_by"] = a.created_by;
  return o;
}

}  // namespace sinergi::http

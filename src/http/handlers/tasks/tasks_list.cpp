// GET /api/v1/tasks?limit= -> {items: [task]}: the signed-in user's legal timers (domain/task.hpp), earliest due
// first, computed on every read. 403 for actors who neither work cases nor the data-subject request queue.
#include "domain/task_service.hpp"
#include "http/dto_case_work.hpp"
#include "http/handlers/common.hpp"
#include "http/handlers/handlers.hpp"
#include "http/json_write.hpp"

namespace sinergi::http {

Response TasksList(Request& req, ApiDeps& deps) {
  core::Result<int> limit = ReadLimit(req, domain::TaskService::kDefaultLimit, domain::TaskService::kMaxLimit);
  if (!limit) return ErrorResponse(limit.error(), req);
  core::Result<std::vector<domain::Task>> tasks = deps.tasks->ListTasks(req.actor, *limit);
  if (!tasks) return ErrorResponse(tasks.error(), req);
  boost::json::array items;
  for (const domain::Task& t : *tasks) items.emplace_back(TaskToJson(t));
  return JsonResponse(200, boost::json::object{{"items", std::move(items)}});
}

}  // namespace sinergi::http

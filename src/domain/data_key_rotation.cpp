#include "domain/data_key_rotation.hpp"

#include "domain/audit_log.hpp"

namespace sinergi::domain {

core::Result<std::int64_t> ResealAll(ports::Database& db, const core::Clock& clock, core::IdGenerator& ids,
                                     const Actor& actor, const std::string& active_key_id, int batch) {
  if (batch < 1) return core::Error::Invalid("key_rotation.batch", "The batch size must be at least 1.");
  std::int64_t total = 0;
  while (true) {
    SINERGI_TRY(auto uow, db.Begin(ports::TxMode::kWrite));
    SINERGI_TRY(int done, uow->data_keys().ResealBatch(batch));
    if (done == 0) return total;
    AuditEvent event;
    event.action = "key_rotation";
    event.detail = "re-sealed " + std::to_string(done) + " values with data key " + active_key_id;
    SINERGI_TRY_STATUS(AppendAudit(*uow, clock, ids, actor, std::move(event)));
    SINERGI_TRY_STATUS(uow->Commit());
    total += done;
  }
}

}  // namespace sinergi::domain

#include "storage/sqlite/connection_pool.hpp"

#include "core/assert.hpp"

namespace sinergi::storage::sqlite {

ConnectionPool::Lease::~Lease() {
  if (conn_ != nullptr) pool_->Return(std::move(conn_));
}

core::Result<std::unique_ptr<ConnectionPool>> ConnectionPool::Create(const ConnectionConfig& config, int size) {
  SINERGI_CHECK(size >= 1);
  std::unique_ptr<ConnectionPool> pool(new ConnectionPool());
  pool->size_ = size;
  for (int i = 0; i < size; ++i) {
    SINERGI_TRY(auto conn, Connection::Open(config));
    pool->idle_.push_back(std::move(conn));
  }
  return pool;
}

ConnectionPool::~ConnectionPool() {
  std::lock_guard lock(mu_);
  // A lease outliving the pool would return into freed memory: every unit of work must end first.
  SINERGI_CHECK(static_cast<int>(idle_.size()) == size_);
  idle_.clear();  // a memory database disappears with its last connection
}

core::Result<ConnectionPool::Lease> ConnectionPool::Acquire(std::chrono::milliseconds timeout) {
  std::unique_lock lock(mu_);
  if (!freed_.wait_for(lock, timeout, [this] { return !idle_.empty(); })) {
    return core::Error::Unavailable("No database connection became free in time.");
  }
  std::unique_ptr<Connection> conn = std::move(idle_.back());
  idle_.pop_back();
  return Lease(this, std::move(conn));
}

int ConnectionPool::in_use() const {
  std::lock_guard lock(mu_);
  return size_ - static_cast<int>(idle_.size());
}

void ConnectionPool::Return(std::unique_ptr<Connection> conn) {
  {
    std::lock_guard lock(mu_);
    idle_.push_back(std::move(conn));
  }
  freed_.notify_one();
}

}  // namespace sinergi::storage::sqlite

#pragma once
// A fixed set of connections opened up front and lent out one at a time. Thread-safe.
// The pool must outlive every Lease it hands out (SqliteDatabase owns the pool; units of work hold leases).
#include <chrono>
#include <condition_variable>
#include <memory>
#include <mutex>
#include <vector>

#include "core/result.hpp"
#include "storage/sqlite/connection.hpp"

namespace sinergi::storage::sqlite {

class ConnectionPool {
 public:
  // Borrowed connection; returns it to the pool on destruction.
  class Lease {
   public:
    Lease(ConnectionPool* pool, std::unique_ptr<Connection> conn) : pool_(pool), conn_(std::move(conn)) {}
    ~Lease();
    Lease(Lease&&) noexcept = default;
    Lease& operator=(Lease&&) = delete;
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;

    Connection& operator*() const { return *conn_; }
    Connection* operator->() const { return conn_.get(); }

   private:
    ConnectionPool* pool_;
    std::unique_ptr<Connection> conn_;
  };

  // Opens `size` connections. Errors: those of Connection::Open.
  static core::Result<std::unique_ptr<ConnectionPool>> Create(const ConnectionConfig& config, int size);
  ~ConnectionPool();

  // Waits up to `timeout` for a free connection. Errors: kUnavailable when none frees up in time.
  core::Result<Lease> Acquire(std::chrono::milliseconds timeout);

  int size() const { return size_; }
  int in_use() const;

 private:
  ConnectionPool() = default;
  void Return(std::unique_ptr<Connection> conn);

  int size_ = 0;
  mutable std::mutex mu_;
  std::condition_variable freed_;
  std::vector<std::unique_ptr<Connection>> idle_;  // guarded by mu_
};

}  // namespace sinergi::storage::sqlite

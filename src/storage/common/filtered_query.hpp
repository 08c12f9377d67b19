#pragma once
// A SELECT with optional conditions, named per combination of present filters ("person.list.nik.after"):
// each shape is prepared once per connection, cached and measured under its own name, and can use the index
// its filter needs. Parameters keep fixed numbers (?1, ?2, ...) whatever is present, so binding stays simple.
#include <string>
#include <string_view>
#include <utility>

namespace sinergi::storage {

struct FilteredQuery {
  FilteredQuery(std::string base_name, std::string select) : name(std::move(base_name)), sql(std::move(select)) {
    sql += " WHERE 1 = 1";
  }

  // Appends " AND condition" and ".tag" to the name when the filter is present.
  void Add(bool present, std::string_view tag, std::string_view condition) {
    if (!present) return;
    name += '.';
    name += tag;
    sql += " AND ";
    sql += condition;
  }

  std::string name;
  std::string sql;
};

}  // namespace sinergi::storage

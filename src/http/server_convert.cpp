#include "http/server_convert.hpp"

#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/url/parse.hpp>
#include <cctype>

namespace sinergi::http::detail {
namespace {

namespace bhttp = boost::beast::http;

std::string Lower(std::string_view s) {
  std::string out(s);
  std::transform(out.begin(), out.end(), out.begin(),
                 [](unsigned char c) { return static_cast<char>(std::tolower(c)); });
  return out;
}

bool HasLineBreak(std::string_view s) {
  return s.find_first_of("\r\n") != std::string_view::npos;
}

bool NeverHasBody(int status) {
  return status < 200 || status == 204 || status == 304;
}

}  // namespace

Method ToMethod(bhttp::verb verb) {
  switch (verb) {
    case bhttp::verb::get:
      return Method::kGet;
    case bhttp::verb::head:
      return Method::kHead;
    case bhttp::verb::post:
      return Method::kPost;
    case bhttp::verb::put:
      return Method::kPut;
    case bhttp::verb::patch:
      return Method::kPatch;
    case bhttp::verb::delete_:
      return Method::kDelete;
    case bhttp::verb::options:
      return Method::kOptions;
    default:
      return Method::kOther;
  }
}

bool ToRequest(BeastRequest&& in, Request& out) {
  out.method = ToMethod(in.method());
  out.target = std::string(in.target());
  for (const auto& field : in.base()) {
    auto [it, inserted] = out.headers.try_emplace(Lower(field.name_string()), std::string(field.value()));
    if (!inserted) {
      it->second += ", ";
      it->second += field.value();
    }
  }
  out.body = std::move(in.body());

  auto url = boost::urls::parse_origin_form(out.target);
  if (!url) {
    return false;
  }
  out.path = url->path();
  for (auto param : url->params()) {
    out.query.emplace(std::move(param.key), std::move(param.value));
  }
  return true;
}

std::string DecodedPathOf(std::string_view target) {
  auto url = boost::urls::parse_origin_form(target);
  return url ? url->path() : std::string();
}

BeastResponse ToBeastResponse(Response&& res, unsigned version, bool head, bool keep_alive,
                              const std::string& correlation_id) {
  BeastResponse out;
  out.version(version);
  out.result(static_cast<unsigned>(res.status));
  for (auto& [name, value] : res.headers) {
    if (HasLineBreak(name) || HasLineBreak(value)) {
      spdlog::error("http: dropped a response header with a line break correlation_id={}", correlation_id);
      continue;
    }
    out.insert(name, value);
  }
  out.set("X-Request-Id", correlation_id);
  out.keep_alive(keep_alive);

  if (NeverHasBody(res.status)) {
    return out;
  }
  if (!res.content_type.empty()) {
    out.set(bhttp::field::content_type, res.content_type);
  }
  if (head) {
    out.content_length(res.body.size());
    return out;
  }
  out.body() = std::move(res.body);
  out.prepare_payload();
  return out;
}

}  // namespace sinergi::http::detail

# Warnings and sanitizers as an INTERFACE target, linked by every Sinergi library (STYLE.md §14).
# -Wnull-dereference is left out: at -O3 g++ 12 reports it after every gtest ASSERT_NE(p, nullptr).
add_library(sinergi_compile_options INTERFACE)
target_compile_options(sinergi_compile_options INTERFACE
  -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor -Wold-style-cast -Wcast-align
  -Wunused -Woverloaded-virtual -Wimplicit-fallthrough)
if(SINERGI_WERROR)
  target_compile_options(sinergi_compile_options INTERFACE -Werror)
endif()
if(SINERGI_SANITIZE)
  target_compile_options(sinergi_compile_options INTERFACE -fsanitize=address,undefined -fno-omit-frame-pointer)
  target_link_options(sinergi_compile_options INTERFACE -fsanitize=address,undefined)
endif()
# Boost.Asio/Beast: no deprecated APIs, and one place that says so.
target_compile_definitions(sinergi_compile_options INTERFACE
  BOOST_ASIO_NO_DEPRECATED)

# sinergi_module(NAME ... SOURCES ... DEPS ...): one static library per layer; the link graph is the
# dependency rule (core <- domain <- storage/http/cli <- app).
function(sinergi_module name)
  cmake_parse_arguments(M "" "" "SOURCES;DEPS" ${ARGN})
  add_library(${name} STATIC ${M_SOURCES})
  target_include_directories(${name} PUBLIC ${PROJECT_SOURCE_DIR}/src)
  target_link_libraries(${name} PUBLIC ${M_DEPS} PRIVATE sinergi_compile_options)
endfunction()

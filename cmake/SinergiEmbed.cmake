# sinergi_embed_files(OUT_CPP NAMESPACE NAME FILES...): turns text files (SQL migrations, the OpenAPI
# document) into a generated .cpp holding {name, contents} pairs, so the binary carries them.
function(sinergi_embed_files out_cpp ns array_name)
  set(files ${ARGN})
  set(script ${PROJECT_SOURCE_DIR}/cmake/embed.cmake)
  add_custom_command(
    OUTPUT ${out_cpp}
    COMMAND ${CMAKE_COMMAND} -DOUT=${out_cpp} -DNS=${ns} -DNAME=${array_name} "-DFILES=${files}" -P ${script}
    DEPENDS ${files} ${script}
    COMMENT "Embedding ${array_name}"
    VERBATIM)
endfunction()

# kg_add_library(NAME SOURCES src... [PUBLIC deps...] [PRIVATE deps...])
# One library per code folder: target kg_NAME, alias kg::NAME, public headers in
# include/ (installed as kg/NAME/...), private headers beside the sources in src/.
function(kg_add_library name)
  cmake_parse_arguments(ARG "" "" "SOURCES;PUBLIC;PRIVATE" ${ARGN})
  add_library(kg_${name} ${ARG_SOURCES})
  add_library(kg::${name} ALIAS kg_${name})
  target_include_directories(kg_${name}
    PUBLIC
      $<BUILD_INTERFACE:${CMAKE_CURRENT_SOURCE_DIR}/include>
      $<INSTALL_INTERFACE:${CMAKE_INSTALL_INCLUDEDIR}>
    PRIVATE ${CMAKE_CURRENT_SOURCE_DIR}/src)
  target_link_libraries(kg_${name} PUBLIC ${ARG_PUBLIC} PRIVATE ${ARG_PRIVATE})
endfunction()

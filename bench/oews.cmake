# OEWS import budget.
#   bench_oews_import  parse + store of BLS's national_M2025_dl.xlsx into a fresh on-disk store,
#                      median of 5 runs, budget 2000 ms (SKIP when the shared BLS file is absent)
if(NOT DEFINED HEALTHPATH_SHARED_DIR) # tests/CMakeLists.txt defines it when the tests are built
    set(HEALTHPATH_SHARED_DIR "${PROJECT_SOURCE_DIR}/../shared")
endif()

add_executable(bench_oews_import "${CMAKE_CURRENT_LIST_DIR}/oews/oews_import.cpp")
target_link_libraries(bench_oews_import PRIVATE healthpath::core)
target_compile_definitions(bench_oews_import PRIVATE HEALTHPATH_SHARED_DIR="${HEALTHPATH_SHARED_DIR}")
healthpath_defaults(bench_oews_import)

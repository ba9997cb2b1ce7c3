# Veterans budgets.
#   bench_veterans  Veterans::load (crosswalk of ~12,000 codes, its index and the stretch routes),
#                   budget 100 ms; the slowest code or title search, budget 4 ms (a quarter of a
#                   16 ms frame); the slowest match of several codes with a pay grade, budget 16 ms
add_executable(bench_veterans "${CMAKE_CURRENT_LIST_DIR}/veterans/veterans_bench.cpp")
target_link_libraries(bench_veterans PRIVATE healthpath::core)
healthpath_defaults(bench_veterans)

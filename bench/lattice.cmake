# Path-search budgets for the career lattice.
#   bench_lattice_search  makePlan on the shipped lattice (fastest, cheapest, 3 alternatives, wage
#                         bands), slowest of four named cases, budget 1 ms; searchRoutes on a
#                         synthetic lattice of 10,000 levels and 100,000 moves, slowest of ten
#                         start/target pairs, budget 50 ms
add_executable(bench_lattice_search "${CMAKE_CURRENT_LIST_DIR}/lattice/path_search.cpp")
target_link_libraries(bench_lattice_search PRIVATE healthpath::core)
healthpath_defaults(bench_lattice_search)

# Client records budgets.
#   bench_clients  a user database with 5,000 clients and 50,000 session notes: opening it and
#                  listing the clients, budget 200 ms; search as you type, every keystroke of
#                  several queries, budget 50 ms each (median and slowest reported)
add_executable(bench_clients "${CMAKE_CURRENT_LIST_DIR}/clients/clients_bench.cpp")
target_link_libraries(bench_clients PRIVATE healthpath::core)
healthpath_defaults(bench_clients)

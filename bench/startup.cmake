# Startup and responsiveness budgets (what and how: BENCHMARKS.md).
#   bench_bare_qt_render  the yardstick: the Explore screenshot redone with bare Qt Widgets + Charts
#   bench_gui_startup     `healthpath --screenshot` against the yardstick: time and peak memory
#   bench_view_switch     view switches, role selection and vintage changes in the real MainWindow
set(HEALTHPATH_BENCH_STARTUP "${CMAKE_CURRENT_LIST_DIR}/startup")

add_executable(bench_bare_qt_render "${HEALTHPATH_BENCH_STARTUP}/bare_qt_render.cpp")
target_link_libraries(bench_bare_qt_render PRIVATE Qt6::Widgets Qt6::Charts)
healthpath_defaults(bench_bare_qt_render)

# Plain C++ on purpose (no Qt): see the comment at the top of gui_startup.cpp.
add_executable(bench_gui_startup "${HEALTHPATH_BENCH_STARTUP}/gui_startup.cpp")
set_target_properties(bench_gui_startup PROPERTIES AUTOMOC OFF AUTOUIC OFF AUTORCC OFF)
target_compile_definitions(bench_gui_startup PRIVATE
    HEALTHPATH_GUI="$<TARGET_FILE:healthpath>"
    BARE_QT_RENDER="$<TARGET_FILE:bench_bare_qt_render>")
add_dependencies(bench_gui_startup healthpath bench_bare_qt_render)
healthpath_defaults(bench_gui_startup)

add_executable(bench_view_switch "${HEALTHPATH_BENCH_STARTUP}/view_switch.cpp")
target_link_libraries(bench_view_switch PRIVATE healthpath::ui)
healthpath_defaults(bench_view_switch)

# CPack settings for the Debian package (cpack -G DEB). Included from packaging/CMakeLists.txt
# before include(CPack). Result: healthpath_<version>_<arch>.deb, installing under /usr.
#
# Depends = what dpkg-shlibdeps finds for the two executables (Qt, Boost, SQLite, libzip, ...)
#         + the Qt plugin packages no ELF file links, named by hand below.

set(HEALTHPATH_PACKAGE_MAINTAINER "HealthPath maintainers <healthpath@example.invalid>" CACHE STRING
    "Maintainer field of the Debian package: Name <email>")

set(CPACK_PACKAGE_NAME "healthpath")
set(CPACK_PACKAGE_VENDOR "The HealthPath contributors")
set(CPACK_PACKAGE_CONTACT "${HEALTHPATH_PACKAGE_MAINTAINER}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${PROJECT_HOMEPAGE_URL}")
set(CPACK_RESOURCE_FILE_LICENSE "${PROJECT_SOURCE_DIR}/LICENSE")
set(CPACK_PACKAGING_INSTALL_PREFIX "/usr")
set(CPACK_STRIP_FILES ON)
# Only the DEB generator is configured; keep `cpack` without -G from producing tarballs by surprise.
set(CPACK_GENERATOR "DEB")

set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "career planner for the healthcare revenue cycle")
# Extended description: Debian wraps nothing, so keep lines under 80 columns; an empty line becomes
# a paragraph break (" .").
set(CPACK_DEBIAN_PACKAGE_DESCRIPTION [=[
HealthPath helps students, career changers, counselors and veterans choose
and plan a career in the healthcare revenue cycle: medical coding, billing,
auditing, clinical documentation integrity (CDI) and administration.

It compares roles with national wages from the U.S. Bureau of Labor
Statistics, and describes the certifications of the field and the education
paths that lead to them. Every figure it shows names its source and the date
it was taken. It works offline: no account, no network, and your data stays on
your computer.

The package contains the desktop application (healthpath) and a
command-line tool (healthpath-cli) that prints the same data as text, CSV
or JSON.]=])

set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_SECTION "education")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${HEALTHPATH_PACKAGE_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_HOMEPAGE "${PROJECT_HOMEPAGE_URL}")
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# Loaded at run time, so dpkg-shlibdeps cannot see them:
#   qt6-qpa-plugins  extra platform plugins (the xcb and offscreen ones ship in libqt6gui6)
#   libqt6svg6       the SVG icon engine, needed to draw the scalable theme icon
set(CPACK_DEBIAN_PACKAGE_DEPENDS "qt6-qpa-plugins, libqt6svg6")
# fonts-dejavu-core: a font with wide coverage, so text renders on a minimal system;
# qt6-wayland: native Wayland windows (without it Qt falls back to XWayland).
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "fonts-dejavu-core, qt6-wayland")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
set(CPACK_PROJECT_CONFIG_FILE "${CMAKE_CURRENT_LIST_DIR}/cpack_project_config.cmake")

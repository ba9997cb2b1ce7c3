# Read by cpack at packaging time (CPACK_PROJECT_CONFIG_FILE). Without dpkg-shlibdeps CPack quietly
# writes a Depends line with only the hand-named packages, a .deb that installs but cannot run, so
# refuse instead.
if(CPACK_GENERATOR STREQUAL "DEB" AND CPACK_DEBIAN_PACKAGE_SHLIBDEPS)
    find_program(HEALTHPATH_DPKG_SHLIBDEPS dpkg-shlibdeps)
    if(NOT HEALTHPATH_DPKG_SHLIBDEPS)
        message(FATAL_ERROR "dpkg-shlibdeps was not found, so the package's library dependencies cannot be "
                            "computed. Install it with: apt-get install dpkg-dev")
    endif()
endif()

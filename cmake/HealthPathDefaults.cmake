# Project-wide compiler settings, applied per target (no global include paths).

if(HEALTHPATH_SANITIZE)
    # Sanitizers must reach every object and the link, including the tests.
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

# healthpath_defaults(<target>): warnings (as errors when HEALTHPATH_WERROR is on).
function(healthpath_defaults target)
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
    if(HEALTHPATH_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# cmake -D BUILD_DIR=… -D TARGET=… -D EXPECT=regex -P expect_build_failure.cmake
# Passes only when building TARGET fails, and fails for the expected reason.
execute_process(COMMAND "${CMAKE_COMMAND}" --build "${BUILD_DIR}" --target "${TARGET}"
    RESULT_VARIABLE result OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(result EQUAL 0)
    message(FATAL_ERROR "${TARGET} compiled, but it must not: core can see Qt headers.")
endif()
if(NOT "${out}${err}" MATCHES "${EXPECT}")
    message(FATAL_ERROR "${TARGET} failed for another reason than the expected one (${EXPECT}):\n${out}${err}")
endif()
message(STATUS "${TARGET} failed to build, as it must: ${EXPECT}")

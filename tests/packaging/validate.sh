#!/bin/sh
# validate.sh DEBIAN_PACKAGE TOOL [ARGS...]: run a validator for the packaging tests.
# Exit 0 when TOOL reports nothing worse than a hint, 1 when it reports an error or warning,
# 77 when TOOL is not installed (CTest's SKIP_RETURN_CODE, so the test shows as skipped, not passed).
# desktop-file-validate exits 0 even for warnings and "will be fatal in the future" errors, so the
# output is checked as well as the exit code.
set -u
package=$1
tool=$2
shift 2
if ! command -v "$tool" >/dev/null 2>&1; then
    echo "SKIP: $tool is not installed (Debian package $package; ./build.sh test installs it)."
    exit 77
fi
output=$("$tool" "$@" 2>&1)
status=$?
[ -n "$output" ] && printf '%s\n' "$output"
if [ "$status" -ne 0 ]; then
    echo "FAIL: $tool exited with status $status."
    exit 1
fi
if printf '%s\n' "$output" | grep -Eq ': (error|warning):'; then
    echo "FAIL: $tool reported an error or a warning."
    exit 1
fi
echo "OK: $tool found no problems."

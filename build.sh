#!/usr/bin/env bash
# HealthPath developer entry point. Installs what is missing (Debian 12), builds, and then:
#   ./build.sh run [ARGS…]   build (Release) and launch the GUI with ARGS
#   ./build.sh test          build with warnings as errors and run the whole test suite (CTest)
#   ./build.sh asan          the same under AddressSanitizer + UndefinedBehaviorSanitizer
#   ./build.sh deb           build the Debian package into build/release/
#   ./build.sh bench         run the benchmarks and print their results
#   ./build.sh cli [ARGS…]   build and run healthpath-cli with ARGS
# Running it again only rebuilds what changed and installs nothing that is already present.
set -euo pipefail
cd "$(dirname "$0")"

PACKAGES=(
    build-essential cmake ninja-build pkg-config
    qt6-base-dev qt6-charts-dev libqt6opengl6-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
    libqt6svg6 qt6-qpa-plugins
    libboost1.81-dev libboost-json1.81-dev libboost-program-options1.81-dev
    libsqlite3-dev libzip-dev libexpat1-dev
    fonts-dejavu-core
)
TEST_PACKAGES=(poppler-utils desktop-file-utils appstream dpkg-dev file python3-icalendar strace)

install_missing() {
    local missing=()
    for p in "$@"; do
        dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    echo "Installing missing packages: ${missing[*]}"
    local sudo=()
    if [ "$(id -u)" -ne 0 ]; then
        command -v sudo >/dev/null || { echo "These packages are missing and you are not root: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" apt-get update -qq
    DEBIAN_FRONTEND=noninteractive "${sudo[@]}" apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() { # dir, extra cmake args…
    local dir=$1; shift
    # Configuring an existing build folder with the same options is a quick no-op, and it makes
    # sure the options asked for here are the ones in effect.
    if [ -f "$dir/CMakeCache.txt" ]; then
        cmake -S . -B "$dir" "$@" > /dev/null
    else
        cmake -S . -B "$dir" -G Ninja "$@"
    fi
    cmake --build "$dir" --parallel "$(nproc)"
}

# One Release configuration serves run, cli, test, deb and bench, so switching between them
# never rebuilds; warnings are errors in all of them.
RELEASE=(build/release -DCMAKE_BUILD_TYPE=Release -DHEALTHPATH_WERROR=ON)

command=${1:-run}
[ $# -gt 0 ] && shift
case "$command" in
run)
    install_missing "${PACKAGES[@]}"
    configure_and_build "${RELEASE[@]}"
    if [ -z "${DISPLAY:-}${WAYLAND_DISPLAY:-}${QT_QPA_PLATFORM:-}" ] && [[ " $* " != *" --screenshot"* ]]; then
        echo "No display found (DISPLAY and WAYLAND_DISPLAY are unset). Run it from a desktop session," >&2
        echo "or render a view to a PNG: ./build.sh run --screenshot shot.png --view explore" >&2
        exit 1
    fi
    exec build/release/app/healthpath "$@"
    ;;
cli)
    install_missing "${PACKAGES[@]}"
    configure_and_build "${RELEASE[@]}"
    exec build/release/app/healthpath-cli "$@"
    ;;
test)
    install_missing "${PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    configure_and_build "${RELEASE[@]}"
    ctest --test-dir build/release --output-on-failure --parallel "$(nproc)"
    ;;
asan)
    install_missing "${PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    configure_and_build build/asan -DCMAKE_BUILD_TYPE=RelWithDebInfo -DHEALTHPATH_WERROR=ON -DHEALTHPATH_SANITIZE=ON
    ASAN_OPTIONS=detect_leaks=1 UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1 \
        LSAN_OPTIONS=suppressions="$PWD/tests/lsan.supp" \
        ctest --test-dir build/asan --output-on-failure --parallel "$(nproc)"
    ;;
deb)
    install_missing "${PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    configure_and_build "${RELEASE[@]}"
    (cd build/release && cpack -G DEB)
    ls -1 build/release/healthpath_*.deb
    ;;
bench)
    install_missing "${PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    configure_and_build "${RELEASE[@]}"
    exec bench/run.sh build/release
    ;;
*)
    echo "Unknown command '$command'. Use: run, test, asan, deb, bench or cli." >&2
    exit 2
    ;;
esac

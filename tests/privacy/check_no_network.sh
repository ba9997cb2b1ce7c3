#!/bin/sh
# check_no_network.sh GUI CLI DATA_DIR: HealthPath makes no network connection at all.
#  1. Neither program links a networking library (Qt Network, curl, TLS libraries).
#  2. Under strace, the CLI's commands and the GUI rendering every view open no Internet socket
#     (AF_INET / AF_INET6). Local sockets (AF_UNIX, e.g. a desktop bus) are not network traffic.
# Exit 0 when both hold, 1 when either fails, 77 (skipped) when strace is missing or not allowed.
set -u
gui=$1
cli=$2
data=$3
mkdir -p "$data"
status=0

for exe in "$gui" "$cli"; do
    needed=$(readelf -d "$exe" | sed -n 's/.*Shared library: \[\(.*\)\]/\1/p')
    bad=$(printf '%s\n' "$needed" | grep -Ei 'Qt6Network|curl|ssl|gnutls|nghttp|websocket' || true)
    if [ -n "$bad" ]; then
        echo "FAIL: $(basename "$exe") links a networking library: $bad"
        status=1
    else
        echo "OK: $(basename "$exe") links no networking library."
    fi
done

if ! command -v strace >/dev/null 2>&1; then
    echo "SKIP: strace is not installed (Debian package strace; ./build.sh test installs it)."
    exit 77
fi
if ! strace -f -qq -e trace=none true 2>/dev/null; then
    echo "SKIP: strace is not allowed to trace here (ptrace is restricted)."
    exit 77
fi

log=$data/strace.log
run() { # traced command…
    HEALTHPATH_DATA_DIR=$data QT_QPA_PLATFORM=offscreen \
        strace -f -qq -o "$log.part" -e trace=socket,connect,sendto,sendmsg -e signal=none "$@" >/dev/null 2>&1
    cat "$log.part" >> "$log"
}
: > "$log"
run "$cli" roles
run "$cli" veterans match 68G 4A051
run "$cli" compare outpatient-coder medical-biller --format json
run "$cli" plan --persona career-changer --target outpatient-coder --start 2027-01-04 --format text
run "$cli" clients list
for view in $("$gui" --help 2>&1 | sed -n "s/^Views: *//p" | tr -d " " | tr "," " "); do
    run "$gui" --screenshot "$data/$view.png" --view "$view"
done
"$gui" --help 2>&1 | grep -q '^Views:' || run "$gui" --screenshot "$data/default.png"
calls=$(grep -c . "$log")
inet=$(grep -E 'AF_INET6?[,)]|sa_family=AF_INET' "$log" || true)
if [ -n "$inet" ]; then
    echo "FAIL: an Internet socket was opened:"
    printf '%s\n' "$inet" | head -20
    status=1
else
    echo "OK: $calls socket calls traced, none for an Internet address."
fi
exit $status

#!/bin/sh
# check_deb.sh CPACK BUILD_DIR WORK_DIR VERSION: build the .deb from BUILD_DIR into WORK_DIR (emptied
# first, so the build folder's own package is never touched) and check its control fields and
# contents with dpkg-deb. Exit 77 (CTest SKIP_RETURN_CODE) when the Debian tools are missing.
set -u
cpack=$1
build_dir=$2
work_dir=$3
version=$4
app_id=io.github.healthpath.HealthPath

for tool in dpkg-deb:dpkg dpkg-shlibdeps:dpkg-dev; do
    if ! command -v "${tool%%:*}" >/dev/null 2>&1; then
        echo "SKIP: ${tool%%:*} is not installed (Debian package ${tool#*:})."
        exit 77
    fi
done

failures=0
fail() {
    echo "FAIL: $*"
    failures=$((failures + 1))
}

rm -rf "$work_dir"
mkdir -p "$work_dir"
if ! "$cpack" -G DEB --config "$build_dir/CPackConfig.cmake" -B "$work_dir" >"$work_dir/cpack.log" 2>&1; then
    cat "$work_dir/cpack.log"
    echo "FAIL: cpack could not build the package (log above)."
    exit 1
fi

arch=$(dpkg --print-architecture)
deb="$work_dir/healthpath_${version}_${arch}.deb"
if [ ! -f "$deb" ]; then
    ls -l "$work_dir"
    echo "FAIL: cpack did not write $deb."
    exit 1
fi

echo "== control"
dpkg-deb -f "$deb"
field() { dpkg-deb -f "$deb" "$1"; }
[ "$(field Package)" = healthpath ] || fail "Package is '$(field Package)', not healthpath."
[ "$(field Version)" = "$version" ] || fail "Version is '$(field Version)', not $version."
[ "$(field Architecture)" = "$arch" ] || fail "Architecture is '$(field Architecture)', not $arch."
[ -n "$(field Maintainer)" ] || fail "Maintainer is empty."
# Each name must be a whole entry of the comma-separated list, version constraint allowed.
has_entry() { # field-value name
    printf '%s\n' "$1" | tr ',|' '\n\n' | sed 's/^ *//; s/ *(.*//; s/ *$//' | grep -qx "$2"
}
depends=$(field Depends)
for p in qt6-qpa-plugins libqt6svg6 libqt6charts6 libqt6widgets6; do
    has_entry "$depends" "$p" || fail "Depends does not name $p."
done
has_entry "$(field Recommends)" fonts-dejavu-core || fail "Recommends does not name fonts-dejavu-core."

echo "== contents"
contents=$(dpkg-deb -c "$deb")
printf '%s\n' "$contents"
paths=$(printf '%s\n' "$contents" | awk '{print $6}')
for f in usr/bin/healthpath usr/bin/healthpath-cli \
         "usr/share/applications/$app_id.desktop" \
         "usr/share/metainfo/$app_id.metainfo.xml" \
         "usr/share/icons/hicolor/scalable/apps/$app_id.svg" \
         "usr/share/icons/hicolor/48x48/apps/$app_id.png" \
         "usr/share/icons/hicolor/256x256/apps/$app_id.png" \
         usr/share/doc/healthpath/LICENSE; do
    printf '%s\n' "$paths" | grep -qx "\./$f" || fail "the package does not contain /$f."
done
for f in usr/bin/healthpath usr/bin/healthpath-cli; do
    printf '%s\n' "$contents" | grep -Eq "^-rwxr-xr-x .* \./$f\$" || fail "/$f is not installed as an executable (0755)."
done
stray=$(printf '%s\n' "$paths" | grep -v -e '^\./$' -e '^\./usr/'; printf '%s\n' "$paths" | grep '^\./usr/local/')
[ -z "$stray" ] || fail "files outside /usr, or under /usr/local: $stray"

# The installed tree as a whole: metainfo, desktop entry and icon must find each other.
if command -v appstreamcli >/dev/null 2>&1; then
    echo "== appstreamcli validate-tree"
    rm -rf "$work_dir/root"
    dpkg-deb -x "$deb" "$work_dir/root"
    appstreamcli validate-tree --no-net "$work_dir/root" || fail "appstreamcli validate-tree found problems in the installed tree."
else
    echo "note: appstreamcli is not installed, so the installed tree was not validated (package appstream)."
fi

if [ "$failures" -ne 0 ]; then
    echo "$failures check(s) failed for $deb."
    exit 1
fi
echo "OK: $deb"

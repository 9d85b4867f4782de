#!/usr/bin/env bash
# Builds the .deb with CPack, installs it (dpkg -i as root, else unpacked into a scratch root),
# runs the installed app, checks what it installed, and removes it again.
# Usage: test-deb.sh BUILD_DIR APP_ID VERSION
set -euo pipefail
build=$1 app_id=$2 version=$3
# Packages are made from plain builds; a sanitizer build's package would depend on the sanitizer runtime.
if readelf -d "$build/harness-ci-images" | grep -q "NEEDED.*lib[at]san"; then
    echo "skipped: a sanitizer build is not packaged"
    exit 77
fi
work=$(mktemp -d)
installed_system=0
cleanup() {
    if [ "$installed_system" = 1 ]; then dpkg --purge harness-ci-images >/dev/null 2>&1 || true; fi
    rm -rf "$work"
}
trap cleanup EXIT
fail() { echo "FAIL: $*" >&2; exit 1; }

cpack --config "$build/CPackConfig.cmake" -G DEB -B "$work/out" >"$work/cpack.log" 2>&1 || { cat "$work/cpack.log"; fail "cpack"; }
deb=$(ls "$work"/out/*.deb)
echo "built $(basename "$deb") ($(du -k "$deb" | cut -f1) KiB)"

# dpkg-shlibdeps found the Qt and keychain libraries; the plugins are named by hand.
depends=$(dpkg-deb --field "$deb" Depends)
echo "Depends: $depends"
required="libqt6widgets6 libqt6network6 libqt6httpserver6 libc6 qt6-qpa-plugins libqt6svg6"
if readelf -d "$build/harness-ci-images" | grep -q "NEEDED.*libqt6keychain"; then required="$required libqt6keychain1"; fi
for library in $required; do
    grep -q "$library" <<<"$depends" || fail "Depends lacks $library"
done
[ "$(dpkg-deb --field "$deb" Version)" = "$version" ] || fail "package version is not $version"

contents=$(dpkg-deb --contents "$deb" | awk '{print $6}')
# The built-in sandbox is a module the programs load on demand, from <libdir>/harness-ci-images.
module=$(grep -x '\./usr/lib/.*harness-ci-images/harness-ci-images-sandbox\.so' <<<"$contents" | head -n1) \
    || fail "the package lacks the sandbox module"
for path in ./usr/bin/harness-ci-images ./usr/bin/harness-ci-sandbox ./usr/bin/harness-ci-images-cli \
    "./usr/share/applications/$app_id.desktop" "./usr/share/metainfo/$app_id.metainfo.xml" \
    "./usr/share/icons/hicolor/scalable/apps/$app_id.svg" ./usr/share/man/man1/harness-ci-images.1.gz \
    ./usr/share/man/man1/harness-ci-sandbox.1.gz ./usr/share/man/man1/harness-ci-images-cli.1.gz; do
    grep -qxF "$path" <<<"$contents" || fail "the package lacks $path"
done
for size in 16 22 24 32 48 64 128 256 512; do
    grep -qxF "./usr/share/icons/hicolor/${size}x${size}/apps/$app_id.png" <<<"$contents" || fail "no ${size}px icon"
done

# A real install when we may and nobody has the package installed already; a scratch root otherwise.
# HCI_PACKAGE_TEST_SCRATCH=1 asks for the scratch root even as root.
if [ "$(id -u)" -eq 0 ] && [ "${HCI_PACKAGE_TEST_SCRATCH:-0}" != 1 ] && ! dpkg -s harness-ci-images >/dev/null 2>&1; then
    installed_system=1
    dpkg -i "$deb" >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg -i"; }
    root=""
    echo "installed with dpkg -i"
else
    dpkg -x "$deb" "$work/root"
    root=$work/root
    echo "unpacked into a scratch root"
fi

desktop-file-validate "$root/usr/share/applications/$app_id.desktop" || fail "desktop-file-validate"
appstreamcli validate --no-net "$root/usr/share/metainfo/$app_id.metainfo.xml" >/dev/null || fail "appstreamcli validate"
grep -qx "Exec=harness-ci-images" "$root/usr/share/applications/$app_id.desktop" || fail "Exec does not name the binary"

# A GUI app: even --version needs a platform, and the run must not touch the real settings.
export HOME="$work/home" XDG_CONFIG_HOME="$work/home/.config" QT_QPA_PLATFORM=offscreen
mkdir -p "$HOME"
app=$root/usr/bin/harness-ci-images
"$app" --version | grep -qF "$version" || fail "--version does not say $version"
"$root/usr/bin/harness-ci-sandbox" --version | grep -qF "$version" || fail "the sandbox's --version does not say $version"
if readelf -d "$app" | grep -q "NEEDED.*libQt6\(HttpServer\|WebSockets\)"; then fail "harness-ci-images links an HTTP server"; fi
timeout 60 "$app" --sandbox --exit-after-load || fail "--sandbox --exit-after-load"
echo "the installed app loaded the sandbox from ${module#.}"

# The command-line tool needs no display at all, and no Qt Gui.
cli=$root/usr/bin/harness-ci-images-cli
env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY "$cli" --version | grep -qF "$version" \
    || fail "harness-ci-images-cli --version does not say $version"
if readelf -d "$cli" | grep -q "NEEDED.*libQt6\(Gui\|Widgets\)"; then fail "harness-ci-images-cli links Qt Gui or Widgets"; fi
if readelf -d "$cli" | grep -q "NEEDED.*libQt6\(HttpServer\|WebSockets\)"; then fail "harness-ci-images-cli links an HTTP server"; fi
timeout 60 env -u QT_QPA_PLATFORM -u DISPLAY -u WAYLAND_DISPLAY "$cli" diff --sandbox --json --quiet >"$work/diff.json" \
    || fail "harness-ci-images-cli diff --sandbox"
grep -q '"state"' "$work/diff.json" || fail "harness-ci-images-cli diff --json printed no fields"
echo "the installed command-line tool ran without a display"

if [ "$installed_system" = 1 ]; then
    dpkg --purge harness-ci-images >"$work/dpkg.log" 2>&1 || { cat "$work/dpkg.log"; fail "dpkg --purge"; }
    installed_system=0
    dpkg -s harness-ci-images >/dev/null 2>&1 && fail "still installed after purge"
    while read -r path; do
        case "$path" in */) continue;; esac
        [ ! -e "${path#.}" ] || fail "${path#.} is left behind"
    done <<<"$contents"
    echo "removed cleanly"
fi

#!/bin/sh
# Smoke test of a packaged Trapscope, run by CI after `./mvnw -Pdist -DskipTests package`:
# starts the image's own launcher (its bundled runtime, no JDK needed) without a display and
# checks the command-line mode.
#
#   dist/smoke-test.sh [LAUNCHER]
#
# LAUNCHER defaults to the image under target/dist for this OS.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
launcher=${1:-}
if [ -z "$launcher" ]; then
    for candidate in \
        "$root/target/dist/Trapscope/bin/Trapscope" \
        "$root/target/dist/Trapscope.app/Contents/MacOS/Trapscope" \
        "$root/target/dist/Trapscope/trapscope-cli.exe"; do
        if [ -x "$candidate" ]; then launcher=$candidate; break; fi
    done
fi
if [ -z "$launcher" ] || [ ! -x "$launcher" ]; then
    echo "smoke-test: no launcher found; build the image with ./mvnw -Pdist -DskipTests package" >&2
    exit 2
fi

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
log="$work/spamd-smoke.log"
cat > "$log" <<'LOG'
Nov 20 16:06:35 skapet spamd[8716]: 64.137.177.82: connected (1/1), lists: spamd-greytrap
Nov 20 16:06:39 skapet spamd[8716]: 64.137.177.82: disconnected after 4 seconds. lists: spamd-greytrap
Nov 20 16:07:02 skapet spamd[8716]: 203.0.113.9: connected (1/0)
Nov 20 16:07:05 skapet spamd[8716]: 203.0.113.9: disconnected after 3 seconds.
LOG

failures=0
check() { # name, exit code, output file, text the output must contain
    if [ "$2" -ne 0 ]; then
        echo "FAIL $1: exit code $2"; sed 's/^/    /' "$3"; failures=$((failures + 1))
    elif ! grep -q -- "$4" "$3"; then
        echo "FAIL $1: output does not contain '$4'"; sed 's/^/    /' "$3"; failures=$((failures + 1))
    else
        echo "ok   $1"
    fi
}

# No display: the command-line mode must not need one.
unset DISPLAY WAYLAND_DISPLAY

rc=0; "$launcher" --version > "$work/version.out" 2>&1 || rc=$?
check "--version" "$rc" "$work/version.out" '[0-9][0-9]*\.[0-9][0-9]*'

rc=0; "$launcher" summary "$log" > "$work/summary.out" 2>&1 || rc=$?
check "summary FILE" "$rc" "$work/summary.out" "spamd-smoke.log"

echo "$((2 - failures)) passed, $failures failed"
[ "$failures" -eq 0 ]

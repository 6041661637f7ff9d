#!/usr/bin/env bash
# Smoke test of the Linux build: unpack into a folder with an awkward name, then
# --version, demo data, the database check and the first painted window (offscreen).
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' desktop/__init__.py)
tarball=${1:-dist/burenrust-$version-linux-x86_64.tar.gz}
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
place="$work/Programma's van René: 100% #1"
mkdir -p "$place"
tar -C "$place" -xzf "$tarball"
exe="$place/burenrust-$version/burenrust"
data="$work/Gegevens van René de Vries"
"$exe" --version | grep -qx "Burenrust $version"
"$exe" demo --cases 120 --data-dir "$data" | grep -q "120 demonstratiezaken"
"$exe" check --data-dir "$data" | grep -q "heel en consistent"
# Encrypted at rest: not SQLite's own format, and no street of the demo in the raw bytes.
# (`! cmd` never stops a set -e script: hence the ifs.)
if head -c 15 "$data/burenrust.sqlite" | grep -q "SQLite format 3" \
        || grep -qa "straat" "$data/burenrust.sqlite"*; then
    echo "[linux] the database file is readable without its key" >&2; exit 1
fi
QT_QPA_PLATFORM=offscreen BURENRUST_REPORT_FIRST_PAINT=1 timeout 120 "$exe" --data-dir "$data" \
    | grep -q FIRST_PAINT
HOME="$work/home" XDG_DATA_HOME="$work/home/share" bash "$place/burenrust-$version/install-desktop-entry.sh" >/dev/null
grep -q "^Exec=\"$place/burenrust-$version/burenrust\"$" "$work/home/share/applications/burenrust.desktop"
echo "[linux] smoke test passed: --version, demo, encrypted file, check, first paint, menu entry"

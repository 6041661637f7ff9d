#!/usr/bin/env bash
# Smoke test of the Windows installer under wine (Debian's wine64), as a coordinator
# without admin rights would use it: install silently per user, run the installed
# burenrust.exe with a data folder under a Windows user folder with a space and an é,
# upgrade in place, uninstall (the data folder stays).
#
#   bash packaging/windows/smoke_wine.sh [dist/Burenrust-<version>-setup.exe]
#
# The Qt window itself cannot start under Debian's wine (system parts Qt 6 needs are
# missing there), so the GUI is checked on Linux and by hand on Windows
# (docs/releasing.md); everything here runs through the command line.
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' desktop/__init__.py)
installer=${1:-dist/Burenrust-$version-setup.exe}
[ -f "$installer" ] || { echo "no installer at $installer (bash packaging/windows/build.sh)" >&2; exit 1; }
command -v wine >/dev/null || { echo "wine is missing (Debian: apt-get install wine wine64)" >&2; exit 1; }
command -v x86_64-w64-mingw32-gcc >/dev/null \
    || { echo "x86_64-w64-mingw32-gcc is missing (Debian: apt-get install gcc-mingw-w64-x86-64-win32)" >&2; exit 1; }

WINEPREFIX=$(mktemp -d)/prefix
export WINEPREFIX WINEDEBUG=-all WINEDLLOVERRIDES="mscoree,mshtml=" WINEARCH=win64
trap 'wineserver -k >/dev/null 2>&1 || true; rm -rf "$(dirname "$WINEPREFIX")"' EXIT
step() { printf '\n== %s (%ss)\n' "$1" "$SECONDS"; }
# Wine hands a closed standard input to Windows programs as an invalid handle, which
# Python refuses at start-up; a real Windows (or the task scheduler) gives none at all.
exec </dev/null

step "a fresh Windows profile"
wineboot -i >/dev/null 2>&1
wineserver -w
# What Windows 10 has and this Wine lacks (see the comment in the source).
x86_64-w64-mingw32-gcc -shared -O2 -s -o "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll" \
    packaging/windows/wine/bcryptprimitives.c -ladvapi32

step "silent install, per user"
wine "$(winepath -w "$installer")" /S
wineserver -w
appdata=$(wine cmd /c 'echo %LOCALAPPDATA%' 2>/dev/null | tr -d '\r')
program="$appdata\\Programs\\Burenrust"
exe="$program\\burenrust.exe"
test -f "$(winepath -u "$exe")" || { echo "burenrust.exe not installed in $program" >&2; exit 1; }
test -f "$(winepath -u "$program\\uninstall.exe")"
# Per user: nothing under Program Files, the uninstall entry in HKCU.
# (`! cmd` never stops a set -e script, so these checks say `test !`.)
test ! -e "$WINEPREFIX/drive_c/Program Files/Burenrust"
wine reg query 'HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\Burenrust' /v DisplayVersion \
    | tr -d '\r' | grep -q "$version"
shortcut=$(find "$WINEPREFIX/drive_c/users" -path '*Start Menu/Programs/Burenrust.lnk' | head -1)
test -n "$shortcut" || { echo "no Start-menu entry" >&2; exit 1; }

data='C:\users\René de Vries\Documenten\Burenrust gegevens'
win() { wine "$@" 2>&1 | tr -d '\r'; }
run() { win "$exe" "$@" --data-dir "$data"; }
# expect PATTERN COMMAND...: show what the command printed; fail unless PATTERN is in it.
expect() {
    local pattern=$1 out
    shift
    out=$("$@") || { printf '%s\n' "$out"; echo "failed: $*" >&2; exit 1; }
    printf '%s\n' "$out"
    grep -Eq -- "$pattern" <<<"$out" || { echo "expected: $pattern" >&2; exit 1; }
}

step "burenrust.exe --version"
expect "^Burenrust $version\$" win "$exe" --version

step "burenrust.exe with its output in a file, in both, to nul (a .bat file, the task scheduler)"
# Redirected as Windows redirects: cmd.exe opens the files and hands their handles on.
# (A redirect made by the Linux shell around wine is not that: wine 8 hands such a file
# to the program as a handle GetFileType cannot read, and every Windows C runtime,
# python.exe's own included, then fails at start-up. docs/releasing.md has the trace.)
batdir=$(winepath -u 'C:\users\Public\Burenrust proef')
mkdir -p "$batdir"
printf '@echo off\r\n"%s" --version > "%%~dp0versie.txt" 2> "%%~dp0fout.txt"\r\nif errorlevel 1 exit /b 1\r\n"%s" --version > "%%~dp0beide.txt" 2>&1\r\nif errorlevel 1 exit /b 2\r\n"%s" --version > nul 2> nul\r\nif errorlevel 1 exit /b 3\r\n"%s" --version 2>&1 | find "Burenrust" > "%%~dp0pijp.txt"\r\n' \
    "$exe" "$exe" "$exe" "$exe" > "$batdir/versie.bat"
wine cmd /c 'C:\users\Public\Burenrust proef\versie.bat' | tr -d '\r'
for name in versie beide pijp; do
    tr -d '\r' < "$batdir/$name.txt" | grep -qx "Burenrust $version" \
        || { echo "no version in $name.txt" >&2; cat "$batdir/$name.txt" >&2; exit 1; }
done
test ! -s "$batdir/fout.txt"
tr -d '\r' < "$batdir/versie.txt"
wine "$exe" --version >/dev/null 2>&1  # to nothing, from the Linux side too

step "demo data"
expect "300 demonstratiezaken" run demo --cases 300
test -f "$(winepath -u "$data\\burenrust.sqlite")"

step "the database file is encrypted (SQLCipher in the installed program)"
db_file=$(winepath -u "$data\\burenrust.sqlite")
if head -c 15 "$db_file" | grep -q "SQLite format 3" || grep -qa "straat" "$db_file"; then
    echo "the database file is readable without its key" >&2; exit 1
fi

step "check"
expect "heel en consistent" run check

step "report as PDF"
year=$(date +%Y)
expect "aanmeldingen" run report --year "$((year - 1))" --format pdf \
    --out "$data\\Rapportages\\jaarcijfers $((year - 1)).pdf"
head -c 5 "$(winepath -u "$data\\Rapportages\\jaarcijfers $((year - 1)).pdf")" | grep -q "%PDF"

step "letters"
expect "brieven in" run letters --from "$(date +%d-%m-%Y)" --to "$(date -d '+30 days' +%d-%m-%Y)" \
    --out "$data\\Brieven\\uitnodigingen.pdf"
head -c 5 "$(winepath -u "$data\\Brieven\\uitnodigingen.pdf")" | grep -q "%PDF"

step "backup and recovery code"
expect "Back-up gemaakt" run backup
ls "$(winepath -u "$data\\backups")"/burenrust-*.burenrust-backup >/dev/null
expect '^([A-Z2-7]{4}-){12}[A-Z2-7]{4}$' run recovery-code

step "upgrade in place: install again over it"
wine "$(winepath -w "$installer")" /S
wineserver -w
expect "heel en consistent" run check

step "uninstall: the program goes, the data stay"
wine "$program\\uninstall.exe" /S
wineserver -w
sleep 2  # NSIS uninstallers finish from a copy of themselves
wineserver -w
test ! -e "$(winepath -u "$exe")"
test -f "$(winepath -u "$data\\burenrust.sqlite")"

printf '\nWindows smoke test passed in %ss.\n' "$SECONDS"

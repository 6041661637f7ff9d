#!/usr/bin/env bash
# Put Burenrust in the applications menu of this user (no root needed). Run it from
# the unpacked folder; run it again after moving the folder.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
apps=${XDG_DATA_HOME:-$HOME/.local/share}/applications
mkdir -p "$apps"
sed -e "s|@EXEC@|\"$here/burenrust\"|" -e "s|@ICON@|$here/burenrust.png|" \
    "$here/burenrust.desktop" > "$apps/burenrust.desktop"
echo "Burenrust staat nu in het menu ($apps/burenrust.desktop)."

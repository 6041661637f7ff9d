#!/usr/bin/env bash
# One command for the Windows installer, on Linux: dist/Burenrust-<version>-setup.exe.
# Installs the Debian tools it needs (when run as root), makes a build environment
# from packaging/build-requirements.txt (pinned, with hashes) and runs build.py.
set -euo pipefail
cd "$(dirname "$0")/../.."

need=()
command -v makensis >/dev/null || need+=(nsis)
command -v osslsigncode >/dev/null || need+=(osslsigncode)
if [ ${#need[@]} -gt 0 ]; then
    if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
        DEBIAN_FRONTEND=noninteractive apt-get update -qq
        DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
    else
        echo "Install first: sudo apt-get install ${need[*]}" >&2
        exit 1
    fi
fi

python3 -m venv build/venv-packaging
build/venv-packaging/bin/pip install --quiet --disable-pip-version-check --isolated \
    --require-hashes -r packaging/build-requirements.txt
exec build/venv-packaging/bin/python packaging/windows/build.py "$@"

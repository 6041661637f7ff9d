#!/usr/bin/env bash
# Re-pin what the builds fetch, after changing dependencies in pyproject.toml or
# packaging/build-requirements.in. Each lock is resolved for its own platform: the
# Windows one evaluates markers for Windows (keyring's pywin32-ctypes), not for this
# Linux machine. Existing pins are kept unless asked: packaging/lock.sh --upgrade
set -euo pipefail
cd "$(dirname "$0")/.."
uv=build/venv-packaging/bin/uv
[ -x "$uv" ] || { echo "run packaging/windows/build.sh once first (it installs uv)" >&2; exit 1; }
common=(--python-version 3.11 --generate-hashes --no-header --annotation-style line
        --index-url https://pypi.org/simple "$@")
"$uv" pip compile pyproject.toml "${common[@]}" --python-platform x86_64-pc-windows-msvc \
    -o packaging/windows/requirements.lock
# PySide6 6.10+ is built for glibc 2.34 and newer (Debian 12, Ubuntu 22.04).
"$uv" pip compile pyproject.toml "${common[@]}" --python-platform x86_64-manylinux_2_34 \
    -o packaging/linux/requirements.lock
"$uv" pip compile packaging/build-requirements.in "${common[@]}" \
    --python-platform x86_64-manylinux_2_34 -o packaging/build-requirements.txt
echo "pinned: packaging/windows/requirements.lock, packaging/linux/requirements.lock," \
     "packaging/build-requirements.txt"

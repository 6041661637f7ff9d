#!/usr/bin/env bash
# One command for the Linux build: a PyInstaller one-folder program, packed as
# dist/burenrust-<version>-linux-x86_64.tar.gz with a menu entry, then smoke-tested.
# Every package comes from PyPI by pinned version and sha256
# (packaging/linux/requirements.lock, packaging/build-requirements.txt).
set -euo pipefail
cd "$(dirname "$0")/../.."
version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' desktop/__init__.py)
venv=build/venv-linux
rm -rf "$venv" build/linux
python3 -m venv "$venv"
pip=("$venv/bin/pip" --quiet --disable-pip-version-check --isolated)
"${pip[@]}" install --require-hashes -r packaging/linux/requirements.lock
"${pip[@]}" install --require-hashes -r packaging/build-requirements.txt
# Built with the pinned setuptools of the build requirements, not a fresh download;
# from a clean build/lib, which setuptools would otherwise pack as it finds it.
rm -rf build/lib build/bdist.*
"${pip[@]}" install --no-deps --no-build-isolation .
"$venv/bin/pyinstaller" --noconfirm --log-level WARN --distpath build/linux/dist \
    --workpath build/linux/work packaging/linux/burenrust.spec
folder=build/linux/dist/burenrust
cp resources/icons/burenrust.png packaging/linux/burenrust.desktop \
   packaging/linux/install-desktop-entry.sh "$folder/"
chmod +x "$folder/install-desktop-entry.sh"
mkdir -p dist
tarball=dist/burenrust-$version-linux-x86_64.tar.gz
tar -C build/linux/dist --transform "s|^burenrust|burenrust-$version|" -czf "$tarball" burenrust
echo "[linux] $tarball: $(du -m "$tarball" | cut -f1) MB, unpacks to $(du -sm "$folder" | cut -f1) MB"
bash packaging/linux/smoke.sh "$tarball"

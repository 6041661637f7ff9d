"""Every file the program reads from resources/ must be named in the package data,
or the wheel (and so both installers) silently lacks it."""

from __future__ import annotations

import tomllib
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]


def test_every_resource_file_is_in_the_package_data() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    patterns = config["tool"]["setuptools"]["package-data"]["resources"]
    folder = ROOT / "resources"
    files = [
        path.relative_to(folder).as_posix()
        for path in folder.rglob("*")
        if path.is_file() and path.suffix not in {".py", ".pyc"} and "__pycache__" not in path.parts
    ]
    assert any(name.startswith("manual/") for name in files)
    missing = [name for name in files if not any(fnmatch(name, pattern) for pattern in patterns)]
    assert missing == []

"""The `burenrust` command line."""

import subprocess
import sys
from pathlib import Path

from desktop import __version__
from desktop.cli import main
from desktop.data.config import resolve_data_dir


def test_cli_demo_and_refusal(data_dir, capsys):
    assert main(["demo", "--cases", "25", "--data-dir", str(data_dir)]) == 0
    assert "25 demonstratiezaken" in capsys.readouterr().out
    assert main(["--data-dir", str(data_dir), "demo", "--cases", "5"]) == 0


def test_data_dir_precedence(tmp_path, monkeypatch):
    monkeypatch.setenv("BURENRUST_DATA_DIR", str(tmp_path / "env"))
    assert resolve_data_dir(tmp_path / "flag") == (tmp_path / "flag").resolve()
    assert resolve_data_dir() == (tmp_path / "env").resolve()
    monkeypatch.delenv("BURENRUST_DATA_DIR")
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert "urenrust" in str(resolve_data_dir())


def test_version_from_the_command_line():
    out = subprocess.run(
        [sys.executable, "-m", "desktop", "--version"],
        capture_output=True, text=True, check=True, cwd=Path(__file__).parents[2],
    ).stdout
    assert out.strip() == f"Burenrust {__version__}"

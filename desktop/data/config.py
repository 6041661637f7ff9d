"""Where the data lives and the few settings that are not case data."""

from __future__ import annotations

import getpass
import json
import logging
import os
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

import platformdirs

APP_NAME = "Burenrust"
DATA_DIR_ENV = "BURENRUST_DATA_DIR"
DATABASE_FILE = "burenrust.sqlite"
SETTINGS_FILE = "settings.json"
# Beside the database in the data folder: copies made before a migration or a restore,
# and a case's documents.
SAFETY_COPY_DIR = "safety-copies"
DOCUMENTS_DIR = "documents"

log = logging.getLogger(__name__)


def resolve_data_dir(explicit: str | os.PathLike[str] | None = None) -> Path:
    """--data-dir beats BURENRUST_DATA_DIR beats the platform's user data folder."""
    chosen = explicit or os.environ.get(DATA_DIR_ENV)
    path = Path(chosen) if chosen else Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path = path.expanduser().resolve()
    path.mkdir(parents=True, exist_ok=True)
    return path


def current_user() -> str:
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (service account, container)
        return "onbekend"


@dataclass
class Settings:
    language: str = "nl"  # "nl" or "en"
    backup_dir: str = ""  # empty: the "backups" folder in the data folder
    last_check: str = ""  # ISO date of the last full integrity check (weekly)
    # A PostgreSQL server instead of the SQLite file; no password (that is in the keyring).
    database_url: str = ""
    # Which backup key belongs to this data (desktop.data.backup_key): the id travels
    # with a copied folder, so its backups keep their key and recovery code.
    backup_key_id: str = ""
    # False while the coordinator has not yet been told that the key is kept in a file
    # because this PC has no reachable keyring.
    key_file_explained: bool = True
    # A practice folder with made-up cases (desktop.demo.practice): the window says so.
    practice: bool = False
    # The outgoing mail server and what is sent (desktop.mail.settings); no password.
    mail: dict[str, Any] = field(default_factory=dict)

    def backup_folder(self, data_dir: Path) -> Path:
        return Path(self.backup_dir).expanduser() if self.backup_dir else data_dir / "backups"

    @classmethod
    def load(cls, data_dir: Path) -> Settings:
        path = data_dir / SETTINGS_FILE
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except FileNotFoundError:
            return cls()
        except (OSError, ValueError):
            log.warning("settings file unreadable; using defaults")
            return cls()
        known = {k: v for k, v in raw.items() if k in cls.__dataclass_fields__}
        return cls(**known)

    def save(self, data_dir: Path) -> None:
        path = data_dir / SETTINGS_FILE
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps(asdict(self), indent=2), encoding="utf-8")
        tmp.replace(path)

"""What the studio remembers between runs (QSettings): units, folders, default fabric and
garment, window layout, recent projects and the autosave interval.

``$MTM_CONFIG_DIR`` moves the settings file (``studio.ini``) elsewhere, so tests and a second
studio profile never touch the user's own settings.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QSettings

CONFIG_ENV = "MTM_CONFIG_DIR"
MAX_RECENT = 8
#: Autosave interval when none is set: at most this much work is lost when the studio dies.
DEFAULT_AUTOSAVE_SECONDS = 120


def studio_settings() -> QSettings:
    """The studio's settings store."""
    folder = os.environ.get(CONFIG_ENV)
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        return QSettings(str(Path(folder) / "studio.ini"), QSettings.Format.IniFormat)
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, "mtm", "studio")


def get_str(settings: QSettings, key: str, default: str = "") -> str:
    value = settings.value(key, default)
    return value if isinstance(value, str) else default


def get_int(settings: QSettings, key: str, default: int) -> int:
    try:
        return int(settings.value(key, default))
    except (TypeError, ValueError):
        return default


def recent_files(settings: QSettings) -> list[str]:
    value = settings.value("recent_files", [])
    if isinstance(value, str):
        value = [value] if value else []
    return [str(v) for v in (value or []) if v][:MAX_RECENT]


def add_recent_file(settings: QSettings, path: str | os.PathLike[str]) -> list[str]:
    """Put ``path`` first in the recent projects; returns the new list."""
    text = str(Path(path).resolve())
    files = [text] + [f for f in recent_files(settings) if f != text]
    settings.setValue("recent_files", files[:MAX_RECENT])
    return files[:MAX_RECENT]

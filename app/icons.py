"""Where the studio's icons live (``resources/icons``, SVG)."""

from __future__ import annotations

from importlib import resources
from pathlib import Path


def icon_path(name: str) -> Path:
    """The file of a shipped icon, e.g. ``icon_path("mtm-studio.svg")``."""
    return Path(str(resources.files("mtm.resources").joinpath("icons", name)))

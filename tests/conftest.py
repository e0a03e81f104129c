"""Shared fixtures. Keep this small; add a fixture here only when several test files use it.

GUI tests carry the ``gui`` marker and run on the Xvfb display that pytest-xvfb starts for
the session (never set QT_QPA_PLATFORM in them). Where neither Xvfb nor a display exists they
are skipped with a hint, except under CI (``CI`` set), where a missing display must fail.
Every test runs with ``MTM_BOOK`` pointing into a temporary folder, so no test touches the
user's real customer book.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest


def _have_display() -> bool:
    return bool(os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if _have_display() or os.environ.get("CI"):
        return
    skip = pytest.mark.skip(reason="GUI test needs a display: install xvfb (see README)")
    for item in items:
        if item.get_closest_marker("gui"):
            item.add_marker(skip)


@pytest.fixture(autouse=True, scope="session")
def _private_customer_book(tmp_path_factory: pytest.TempPathFactory):
    """Session-wide: point the default customer book at a temporary file."""
    saved = os.environ.get("MTM_BOOK")
    os.environ["MTM_BOOK"] = str(tmp_path_factory.mktemp("book") / "customers.sqlite")
    yield
    if saved is None:
        os.environ.pop("MTM_BOOK", None)
    else:
        os.environ["MTM_BOOK"] = saved


@pytest.fixture
def book_path(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A fresh, not yet created customer book path, also set as ``MTM_BOOK``."""
    path = tmp_path / "customers.sqlite"
    monkeypatch.setenv("MTM_BOOK", str(path))
    return path

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


#: Modal Qt calls that would wait forever for a click in a headless test run.
_MODAL_CALLS = {
    "QMessageBox": ("warning", "critical", "question", "information", "about"),
    "QFileDialog": ("getOpenFileName", "getOpenFileNames", "getSaveFileName",
                    "getExistingDirectory"),
    "QInputDialog": ("getText", "getInt", "getDouble", "getItem"),
}


def _uses_qt(item: pytest.Item) -> bool:
    names = getattr(item, "fixturenames", ())
    return bool(item.get_closest_marker("gui")) or "qtbot" in names or "qapp" in names


_GUARDED: list[tuple[type, str, object]] = []


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_setup(item: pytest.Item):
    """In Qt tests a modal dialog nobody patched fails the test instead of hanging the run.

    Installed before the test's fixtures, so a test's own monkeypatch still wins."""
    if _uses_qt(item):
        from PySide6 import QtWidgets

        for class_name, methods in _MODAL_CALLS.items():
            cls = getattr(QtWidgets, class_name)
            for method in methods:
                current = cls.__dict__.get(method)
                if current is None:
                    continue

                def refuse(*args, _name=f"{class_name}.{method}", **kwargs):
                    texts = [a for a in args if isinstance(a, str)]
                    raise AssertionError(f"{_name} would block a headless test: {texts}; "
                                         "monkeypatch it in the test")

                _GUARDED.append((cls, method, current))
                setattr(cls, method, refuse)
    yield


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_teardown(item: pytest.Item, nextitem: pytest.Item | None):
    yield  # the test's fixtures (and monkeypatches) are undone first
    while _GUARDED:
        cls, method, original = _GUARDED.pop()
        setattr(cls, method, original)


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


@pytest.fixture(autouse=True)
def _private_studio_settings(tmp_path_factory: pytest.TempPathFactory,
                             monkeypatch: pytest.MonkeyPatch):
    """Per test: studio settings (QSettings) and autosaves go to fresh temporary folders, so
    what one test's studio remembers (garment, fabric, folders) never reaches another."""
    monkeypatch.setenv("MTM_CONFIG_DIR", str(tmp_path_factory.mktemp("config")))
    monkeypatch.setenv("MTM_RECOVERY_DIR", str(tmp_path_factory.mktemp("recovery")))

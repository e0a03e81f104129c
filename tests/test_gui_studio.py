"""``mtm-studio`` as a person starts it: a real process, a real window, a screenshot."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PIL import Image

from mtm.app.samples import sample_measurements
from mtm.core.measurements import CATALOGUE, validate
from mtm.core.store import CustomerBook


def run_studio(*args: str, book) -> subprocess.CompletedProcess:
    env = dict(os.environ, MTM_BOOK=str(book))
    return subprocess.run([sys.executable, "-m", "mtm.app.studio", *args], env=env,
                          capture_output=True, text=True, timeout=120)


@pytest.mark.gui
def test_screenshot_of_the_window_with_the_sample_customer(tmp_path):
    book, shot = tmp_path / "book.sqlite", tmp_path / "shots" / "studio.png"
    result = run_studio("--screenshot", str(shot), book=book)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    with Image.open(shot) as image:
        width, height = image.size
        colours = image.convert("RGB").getcolors(maxcolors=1 << 20)
    assert width >= 800 and height >= 600
    assert colours is not None and len(colours) > 50  # a drawn window, not a blank frame
    with CustomerBook(book) as opened:
        customers = opened.customers()
        assert [c.name for c in customers] == [sample_measurements().name]
        assert len(opened.measurement_versions(customers[0].id)) == 1


@pytest.mark.gui
def test_a_foreign_book_file_is_one_line_and_still_a_window(tmp_path):
    book = tmp_path / "book.sqlite"
    book.write_text("name,chest\nAda,92\n")
    shot = tmp_path / "studio.png"
    result = run_studio("--screenshot", str(shot), book=book)
    assert result.returncode == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if line.startswith("mtm-studio:")]
    assert len(lines) == 1 and "book.sqlite" in lines[0]
    assert "Traceback" not in result.stderr
    assert shot.exists()
    assert book.read_text() == "name,chest\nAda,92\n"


@pytest.mark.gui
def test_an_unexpected_error_becomes_a_dialog_not_a_crash(qapp, monkeypatch, capsys):
    from PySide6.QtWidgets import QMessageBox

    from mtm.app.studio import _install_excepthook
    from mtm.core.errors import InputError

    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda p, title, text: shown.append(title))
    monkeypatch.setattr(QMessageBox, "warning", lambda p, title, text: shown.append(text))
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    _install_excepthook(qapp)
    try:
        raise ZeroDivisionError("bug")
    except ZeroDivisionError:
        sys.excepthook(*sys.exc_info())
    sys.excepthook(InputError, InputError("wrong", field="chest_girth"), None)
    assert shown == ["MTM Studio: internal error", "chest_girth: wrong"]
    assert "ZeroDivisionError" in capsys.readouterr().err


def test_help_needs_no_display(tmp_path):
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY")}
    result = subprocess.run([sys.executable, "-m", "mtm.app.studio", "--help"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 0
    assert "--screenshot" in result.stdout


def test_without_a_display_it_says_so_in_one_line(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env["MTM_BOOK"] = str(tmp_path / "book.sqlite")
    result = subprocess.run([sys.executable, "-m", "mtm.app.studio"], env=env,
                            capture_output=True, text=True, timeout=60)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "xvfb-run" in result.stderr
    assert not (tmp_path / "book.sqlite").exists()


def test_sample_customer_is_a_valid_median_woman():
    ms = sample_measurements()
    assert ms.sex == "female"
    assert validate(ms) == []
    assert set(ms.values) <= set(CATALOGUE)
    # medians of the 1986 women of ANSUR II (scripts/make_sample_customer.py)
    assert ms["height"] == pytest.approx(162.6)
    assert ms["chest_girth"] == pytest.approx(94.0)

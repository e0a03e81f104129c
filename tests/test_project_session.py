"""app/project_session.py: the studio's project file, unsaved changes, the window title,
autosave and recovery; the fit and drape are quick stand-ins (tests/studio_fakes.py)."""

from __future__ import annotations

import subprocess

import pytest
from PySide6.QtWidgets import QMessageBox
from studio_fakes import open_studio

from mtm.app import project as projects

pytestmark = pytest.mark.gui


@pytest.fixture
def recovery(tmp_path, monkeypatch):
    folder = tmp_path / "recovery"
    monkeypatch.setenv("MTM_RECOVERY_DIR", str(folder))
    return folder


def _dead_pid() -> int:
    """The process id of a process that has ended (its autosave is recoverable)."""
    child = subprocess.Popen(["true"])
    child.wait()
    return child.pid


def _answer(monkeypatch, button: QMessageBox.StandardButton) -> list[str]:
    asked: list[str] = []

    def question(_parent, _title, text, *args):
        asked.append(text)
        return button

    monkeypatch.setattr(QMessageBox, "question", question)
    return asked


def test_save_marks_clean_titles_the_window_and_lists_the_file(qtbot, book_path, monkeypatch,
                                                             recovery, tmp_path):
    with open_studio(qtbot, book_path, monkeypatch) as (win, _fake):
        bench = win.workbench
        session = bench.project
        assert session.path is None and win.windowTitle() == "MTM Studio"
        bench.garment_panel.editor("length").setValue(7.0)
        assert session.dirty and not session.autosaved
        assert session.autosave() is not None  # the recovery copy of this session
        assert projects.recovery_path(session.session).exists()

        target = tmp_path / "walk-in"  # the suffix is added
        assert session.save_project(target)
        saved = tmp_path / "walk-in.mtm"
        assert session.path == saved and saved.exists()
        assert not session.dirty and session.autosaved and bench.undo_stack.isClean()
        assert win.windowTitle() == "walk-in.mtm — MTM Studio"
        assert not projects.recovery_path(session.session).exists()  # saved: not needed
        assert session.recent_menu.actions()[0].toolTip() == str(saved.resolve())
        assert projects.load_project(saved).options["length"] == 7.0

        bench.garment_panel.editor("length").setValue(8.0)
        assert win.windowTitle() == "walk-in.mtm* — MTM Studio"
        assert bench.project_dirty is session.dirty is True  # the workbench's name for it


def test_autosave_writes_only_after_a_change_and_recovery_restores_it(qtbot, book_path,
                                                                    monkeypatch, recovery):
    with open_studio(qtbot, book_path, monkeypatch) as (win, _fake):
        session = win.workbench.project
        session.session = f"{_dead_pid()}-1"  # as if this studio had been killed
        session.autosave()  # (loading the customer was a change)
        assert session.autosave() is None  # nothing changed since
        win.workbench.garment_panel.editor("length").setValue(9.0)
        written = session.autosave()
        assert written == projects.recovery_path(session.session) and written.exists()
        assert projects.load_project(written).options["length"] == 9.0
        assert session.autosave() is None  # nothing new since
        session.dirty = False  # leave without being asked
        session.session = "closed-cleanly"  # the copy above stays behind, as after a crash

    asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
    with open_studio(qtbot, book_path, monkeypatch) as (win, _fake):
        bench = win.workbench
        assert bench.garment.options.get("length") != 9.0
        assert bench.offer_recovery()
        assert asked and "Recover" in asked[0]
        qtbot.waitUntil(lambda: not bench.drafting()
                        and bench.garment.options.get("length") == 9.0, timeout=20_000)
        assert bench.project.dirty and bench.project.autosaved  # rewritten as its own copy
        assert not written.exists()  # taken over by this session
        assert projects.recovery_path(bench.project.session).exists()


def test_recovery_declined_deletes_the_copies(qtbot, book_path, monkeypatch, recovery):
    with open_studio(qtbot, book_path, monkeypatch) as (win, _fake):
        stale = projects.autosave(win.workbench.current_project(), f"{_dead_pid()}-1")
        _answer(monkeypatch, QMessageBox.StandardButton.No)
        assert not win.workbench.project.offer_recovery()
        assert not stale.exists()
        assert not win.workbench.project.offer_recovery()  # nothing left to offer


def test_the_project_holds_the_drape_only_while_it_is_fresh(qtbot, book_path, monkeypatch,
                                                            recovery, tmp_path):
    with open_studio(qtbot, book_path, monkeypatch) as (win, fake):
        bench = win.workbench
        with qtbot.waitSignal(bench.drapeShown, timeout=60_000):
            bench.start_drape()
        project = bench.project.current_project()
        assert project.drape is bench.drape and project.body is bench.body_mesh
        assert bench.project.current_project(with_drape=False).drape is None
        path = tmp_path / "draped.mtm"
        assert bench.save_project(path)

        bench.garment_panel.editor("length").setValue(4.0)  # the drape is stale now
        assert bench.project.current_project().drape is None

        # closing with unsaved changes asks; Cancel keeps the window open
        asked = _answer(monkeypatch, QMessageBox.StandardButton.Cancel)
        assert not bench.confirm_close() and asked
        _answer(monkeypatch, QMessageBox.StandardButton.Discard)
        assert bench.confirm_close()

        # opening the saved project shows its drape again, without draping
        calls = len(fake.calls)
        asked = _answer(monkeypatch, QMessageBox.StandardButton.Yes)
        assert bench.project.open_project(path)
        assert asked == ["The project has changes that are not saved. Discard them?"]
        assert bench.drape is not None and bench.project.current_project().drape is not None
        assert len(fake.calls) == calls and not bench.project.dirty
        assert bench.undo_stack.count() == 0  # a new starting point


def test_a_damaged_project_is_a_message_not_a_crash(qtbot, book_path, monkeypatch, recovery,
                                                    tmp_path):
    bad = tmp_path / "bad.mtm"
    bad.write_bytes(b"not a zip")
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: warnings.append(text))
    monkeypatch.setattr(QMessageBox, "critical", lambda _p, _t, text, *a: warnings.append(text))
    with open_studio(qtbot, book_path, monkeypatch) as (win, _fake):
        assert not win.workbench.project.open_project(bad)
        assert warnings and "bad.mtm" in warnings[0]
        assert win.workbench.project.path is None

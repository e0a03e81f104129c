"""The studio's main flows under Xvfb: customer -> measurements (a mistake flagged and fixed)
-> garment and option -> drape -> export -> save -> reopen; cancel a drape; undo; a corrupt
project; recovery after the process is killed."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import ezdxf
import numpy as np
import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from mtm.app.jobs import wait_for_jobs
from mtm.app.main_window import MainWindow
from mtm.app.project import load_project, project_to_dict
from mtm.app.samples import add_sample_customer_if_empty, sample_measurements
from mtm.core.store import CustomerBook

pytestmark = pytest.mark.gui

DRAPE_TIMEOUT_MS = 600_000  # fit + drape on a loaded 2-core machine


@pytest.fixture
def book(book_path):
    with CustomerBook(book_path) as opened:
        yield opened


@pytest.fixture
def dialogs(monkeypatch):
    """Record message boxes; questions are answered from ``yes`` (default yes)."""
    record = {"warnings": [], "asked": [], "yes": []}

    def question(parent, title, text, *args):
        record["asked"].append(text)
        yes = record["yes"].pop(0) if record["yes"] else True
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: record["warnings"].append(text))
    monkeypatch.setattr(QMessageBox, "critical",
                        lambda parent, title, text, *a: record["warnings"].append(text))
    return record


def _open(qtbot, book) -> MainWindow:
    win = MainWindow(book)
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    # the garment catalogue is read off the GUI thread once the window is up
    qtbot.waitUntil(win.workbench.garment_panel.ready, timeout=120_000)
    return win


def _close(win: MainWindow) -> None:
    wait_for_jobs(30_000)
    win.form.mark_saved()
    win.workbench.project_dirty = False
    win.close()


@pytest.fixture
def window(qtbot, book, dialogs):
    win = _open(qtbot, book)
    yield win
    _close(win)


def type_value(qtbot, window: MainWindow, key: str, text: str) -> None:
    edit = window.form.fields[key].edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def wait_draft(qtbot, bench) -> None:
    qtbot.waitUntil(lambda: not bench.drafting() and bench.garment is not None, timeout=20_000)


def test_customer_to_cut_file_and_back(qtbot, window, dialogs, tmp_path):
    bench = window.workbench
    # add a customer and type the measurements, one with a mistake
    customer = window.customer_panel.add_customer("Ada Flow", sex="female")
    assert customer is not None and window.current_customer().name == "Ada Flow"
    sample = sample_measurements()
    for key, value in sample.values.items():
        if key != "chest_girth":
            type_value(qtbot, window, key, f"{value:g}")
    type_value(qtbot, window, "chest_girth", "940")  # a slipped zero
    field = window.form.fields["chest_girth"]
    assert field.severity == "error" and field.message.isVisible()
    assert not window.form.save_button.isEnabled()
    qtbot.waitUntil(lambda: not bench.drafting(), timeout=20_000)
    assert "chest" in bench.draft_error.lower() and bench.pattern_view.message.isVisible()
    type_value(qtbot, window, "chest_girth", "94")
    assert field.severity is None and not field.message.isVisible()
    assert window.form.save_button.isEnabled()
    window.form.save_button.click()
    assert window.book.measurement_version(customer.id) is not None

    # choose a garment and change an option: redrafted at once
    panel = bench.garment_panel
    panel.garment_combo.setCurrentIndex(panel.garment_combo.findData("tshirt"))
    wait_draft(qtbot, bench)
    assert bench.garment.name == "tshirt" and bench.garment.passed
    front_before = float(np.ptp(bench.garment.piece("front").sew_line[:, 1]))
    panel.editor("length").setValue(8.0)
    qtbot.waitUntil(lambda: bench.garment.options.get("length") == 8.0, timeout=20_000)
    front_after = float(np.ptp(bench.garment.piece("front").sew_line[:, 1]))
    assert front_after == pytest.approx(front_before + 6.0, abs=0.05)  # 2 cm -> 8 cm
    assert bench.pattern_view.garment is bench.garment

    # undo the option, then redo it
    bench.undo_stack.undo()
    assert panel.options()["length"] == 2.0 and panel.editor("length").value() == 2.0
    qtbot.waitUntil(lambda: bench.garment.options.get("length") == 2.0, timeout=20_000)
    bench.undo_stack.redo()
    qtbot.waitUntil(lambda: bench.garment.options.get("length") == 8.0, timeout=20_000)

    # drape at a coarse resolution in the background
    bench.resolution_spin.setValue(3.0)
    with qtbot.waitSignal(bench.drapeShown, timeout=DRAPE_TIMEOUT_MS):
        job = bench.start_drape()
        assert job is not None and bench.jobs.isVisible()
    assert bench.drape is not None and bench.drape.report["resolution_cm"] == 3.0
    assert bench.view3d.has_plotter() and bench.view3d.scene is not None
    assert window.tabs.tabText(window.tabs.currentIndex()) == "3D"
    assert not bench.view3d.stale

    # an option change marks the drape stale; undo makes it current again
    panel.editor("neck_drop").setValue(3.0)
    assert bench.view3d.stale and "options" in bench.view3d.banner_label.text()
    bench.undo_stack.undo()
    assert not bench.view3d.stale

    # export DXF (Gerber dialect, inches) and a tiled PDF
    dxf_path, pdf_path = tmp_path / "ada.dxf", tmp_path / "ada.pdf"
    assert bench.export("dxf", dxf_path, mode="gerber", units="in") == dxf_path
    assert bench.export("pdf", pdf_path, paper="a4") == pdf_path
    doc = ezdxf.readfile(dxf_path)
    pieces = [b.name for b in doc.blocks if not b.name.startswith("*")]
    assert len(pieces) == len(bench.garment.pieces)
    assert pdf_path.read_bytes().startswith(b"%PDF")
    png_path = tmp_path / "ada.png"
    with qtbot.waitSignal(bench.jobs.finished, timeout=120_000) as blocker:
        bench.export("png", png_path)
    assert blocker.args[1] == "done" and png_path.read_bytes()[:4] == b"\x89PNG"
    assert not dialogs["warnings"]

    # save, reopen in a fresh window, get the same project
    project_path = tmp_path / "ada.mtm"
    assert bench.save_project(project_path)
    assert window.windowTitle().startswith("ada.mtm")
    assert bench.recent_menu.actions()[0].toolTip() == str(project_path.resolve())
    saved = bench.current_project()
    other = _open(qtbot, window.book)
    try:
        assert other.workbench.open_project(project_path)
        again = other.workbench.current_project()
        assert project_to_dict(again) == project_to_dict(saved)
        np.testing.assert_array_equal(again.drape.vertices, saved.drape.vertices)
        np.testing.assert_array_equal(again.body.faces, saved.body.faces)
        assert other.workbench.view3d.scene is not None  # shown without draping again
        assert other.current_customer().id == customer.id
        wait_draft(qtbot, other.workbench)
        assert other.workbench.garment.options["length"] == 8.0
    finally:
        _close(other)

    # cancel a drape (the body is cached, so this goes straight to the cloth)
    # (cancelled at its first progress report: a 3 cm drape can end within 300 ms)
    previous = bench.drape
    with qtbot.waitSignal(bench.jobs.finished, timeout=DRAPE_TIMEOUT_MS) as blocker:
        job = bench.start_drape()
        job.progressed.connect(lambda *_: bench.cancel_action.trigger())
    assert blocker.args[1] == "cancelled"
    assert bench.drape is previous and not bench.jobs.isVisible()


def test_measurement_undo_and_redo(qtbot, book, dialogs):
    add_sample_customer_if_empty(book)
    win = _open(qtbot, book)
    try:
        win.customer_panel.select_first()
        bench = win.workbench
        before = win.form.measurements()["waist_girth"]
        type_value(qtbot, win, "waist_girth", "91")
        type_value(qtbot, win, "hip_girth", "108")
        assert win.form.measurements()["waist_girth"] == 91.0
        assert bench.undo_stack.count() == 2
        bench.undo_action.trigger()
        bench.undo_action.trigger()
        assert win.form.measurements()["waist_girth"] == before
        assert win.form.fields["waist_girth"].edit.text() == f"{before:g}"
        bench.redo_action.trigger()
        assert win.form.measurements()["waist_girth"] == 91.0
        assert win.form.is_dirty()
    finally:
        _close(win)


def test_corrupt_project_is_a_clear_message(qtbot, window, dialogs, tmp_path):
    path = tmp_path / "broken.mtm"
    path.write_bytes(b"PK\x03\x04 this zip was cut short")
    assert not window.workbench.open_project(path)
    assert len(dialogs["warnings"]) == 1
    assert "broken.mtm" in dialogs["warnings"][0]
    assert "not a readable MTM project" in dialogs["warnings"][0]
    assert window.isVisible()


def test_draft_error_is_shown_not_raised(qtbot, window):
    window.form.set_measurements(sample_measurements().replace(values={"height": 400.0}))
    bench = window.workbench
    qtbot.waitUntil(lambda: not bench.drafting(), timeout=20_000)
    assert "height" in bench.draft_error.lower()
    assert bench.pattern_view.message.isVisible()


CHILD = textwrap.dedent("""
    import sys
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication
    from mtm.app.main_window import MainWindow
    from mtm.app.studio import open_book

    app = QApplication([sys.argv[0]])
    book, _ = open_book(None)
    window = MainWindow(book)
    window.show()
    window.customer_panel.select_first()

    def edit():
        field = window.form.fields["chest_girth"].edit
        field.setText("101.5")
        field.editingFinished.emit()
        print("edited", flush=True)

    QTimer.singleShot(200, edit)
    app.exec()
""")


def test_killed_studio_loses_at_most_the_autosave_interval(qtbot, book, dialogs, tmp_path):
    """A studio killed (SIGKILL) after an edit: the next studio offers the autosave, and it
    holds the edit made before the last autosave."""
    add_sample_customer_if_empty(book)
    config = tmp_path / "config"
    config.mkdir()
    (config / "studio.ini").write_text("[General]\nautosave_seconds=1\n")
    env = {**os.environ, "MTM_CONFIG_DIR": str(config), "MTM_BOOK": str(book.path)}
    child = subprocess.Popen([sys.executable, "-c", CHILD], env=env, stdout=subprocess.PIPE,
                             text=True)
    recovery = Path(os.environ["MTM_RECOVERY_DIR"])
    pattern = f"autosave-{child.pid}-*.mtm"
    try:
        deadline = time.monotonic() + 120
        found = []
        while time.monotonic() < deadline and not found:
            time.sleep(0.5)
            found = [p for p in recovery.glob(pattern)
                     if load_project(p).measurements.get("chest_girth") == 101.5]
            assert child.poll() is None, "the studio child exited by itself"
        assert found, "no autosave with the edit appeared"
    finally:
        child.kill()
        child.wait(30)
    win = _open(qtbot, book)
    try:
        assert win.workbench.offer_recovery()
        assert "did not close properly" in dialogs["asked"][0]
        assert win.form.measurements()["chest_girth"] == 101.5
        assert not list(recovery.glob(pattern))  # taken over by this session
    finally:
        _close(win)


def test_no_cut_file_from_measurements_that_cannot_be_drafted(qtbot, book, dialogs, tmp_path):
    add_sample_customer_if_empty(book)
    win = _open(qtbot, book)
    try:
        win.customer_panel.select_first()
        bench = win.workbench
        wait_draft(qtbot, bench)
        good = tmp_path / "good.dxf"
        assert bench.export("dxf", good) == good and good.exists()
        type_value(qtbot, win, "chest_girth", "940")
        bad = tmp_path / "bad.dxf"
        assert bench.export("dxf", bad) is None  # not the last good pattern, silently
        assert not bad.exists()
        assert "chest" in dialogs["warnings"][-1].lower()
        assert bench.start_drape() is None
    finally:
        _close(win)


def test_project_opened_before_the_catalogue_stays_unmodified(qtbot, book, dialogs, tmp_path):
    from mtm.app.project import Project, save_project

    path = save_project(Project(customer_name="Walk-in", measurements=sample_measurements(),
                                garment="skirt", options={"length": 55.0}, fabric="linen",
                                look="solid"), tmp_path / "walk-in.mtm")
    win = MainWindow(book)  # opened at once, while the catalogue is still being read
    qtbot.addWidget(win)
    win.show()
    bench = win.workbench
    assert bench.open_project(path)
    qtbot.waitUntil(bench.garment_panel.ready, timeout=120_000)
    wait_draft(qtbot, bench)
    assert bench.garment.name == "skirt" and bench.garment.options["length"] == 55.0
    assert bench.fabric_panel.fabric() == "linen"
    assert not bench.project_dirty and win.windowTitle() == "walk-in.mtm — MTM Studio"
    win.close()  # nothing to ask
    assert not dialogs["asked"] and not win.isVisible()


def test_garment_switch_is_undone_with_its_options(qtbot, book, dialogs):
    add_sample_customer_if_empty(book)
    win = _open(qtbot, book)
    try:
        win.customer_panel.select_first()
        bench, panel = win.workbench, win.workbench.garment_panel
        wait_draft(qtbot, bench)
        # earlier tests may have left another garment as the remembered default
        panel.garment_combo.setCurrentIndex(panel.garment_combo.findData("tshirt"))
        qtbot.waitUntil(lambda: bench.garment.name == "tshirt", timeout=20_000)
        bench.undo_stack.clear()
        panel.editor("length").setValue(6.0)
        qtbot.waitUntil(lambda: bench.garment.options.get("length") == 6.0, timeout=20_000)
        panel.garment_combo.setCurrentIndex(panel.garment_combo.findData("skirt"))
        qtbot.waitUntil(lambda: bench.garment.name == "skirt", timeout=20_000)
        bench.undo_stack.undo()
        assert panel.garment() == "tshirt" and panel.options()["length"] == 6.0
        qtbot.waitUntil(lambda: bench.garment.name == "tshirt", timeout=20_000)
        bench.undo_stack.redo()
        assert panel.garment() == "skirt"
    finally:
        _close(win)

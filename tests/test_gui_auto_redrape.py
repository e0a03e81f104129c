"""The 3D view redraps by itself a moment after an edit: from the drape shown, off the GUI
thread, saying that it is updating, and a newer edit cancels the redrape running.

The body fit and the cloth solver are replaced by quick stand-ins (their own tests drape for
real): what is tested here is the studio's flow around them."""

from __future__ import annotations

import threading
from types import SimpleNamespace

import numpy as np
import pytest
import trimesh
from PySide6.QtWidgets import QMessageBox
from studio_fakes import FakeDrape

from mtm.app.jobs import wait_for_jobs
from mtm.app.main_window import MainWindow
from mtm.app.samples import add_sample_customer_if_empty
from mtm.core.store import CustomerBook

pytestmark = pytest.mark.gui


@pytest.fixture
def studio(qtbot, book_path, monkeypatch):
    import mtm.bodies.fit
    import mtm.core.drape.drape

    fake = FakeDrape()
    monkeypatch.setattr(mtm.core.drape.drape, "drape_garment", fake)
    monkeypatch.setattr(QMessageBox, "question",  # closing: leave the project unsaved
                        lambda *a, **k: QMessageBox.StandardButton.Discard)
    sphere = trimesh.creation.icosphere(subdivisions=2, radius=20.0)
    monkeypatch.setattr(mtm.bodies.fit, "fit_body", lambda *a, **k: SimpleNamespace(
        vertices=np.asarray(sphere.vertices) + [0.0, 120.0, 0.0],
        faces=np.asarray(sphere.faces), landmarks={}))
    with CustomerBook(book_path) as book:
        add_sample_customer_if_empty(book)
        win = MainWindow(book)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        bench = win.workbench
        qtbot.waitUntil(bench.garment_panel.ready, timeout=120_000)
        win.customer_panel.select_first()
        qtbot.waitUntil(lambda: not bench.drafting() and bench.garment is not None,
                        timeout=20_000)
        yield win, bench, fake
        wait_for_jobs(30_000)
        win.form.mark_saved()
        bench.project_dirty = False
        win.close()


def test_an_edit_redrapes_from_the_drape_shown_and_a_newer_edit_cancels_it(qtbot, studio):
    win, bench, fake = studio
    assert bench.auto_redrape_action.isChecked()
    with qtbot.waitSignal(bench.drapeShown, timeout=60_000):
        bench.start_drape()
    first = bench.drape
    assert fake.calls[-1]["previous"] is None  # the Drape button drapes from scratch
    assert not bench.view3d.stale and not bench.view3d.updating

    # an option edit: stale at once, then (a moment later) redraped in the background
    fake.seconds = 3.0
    outcomes: list[str] = []
    bench.jobs.finished.connect(lambda job, outcome: outcomes.append(outcome))
    bench.garment_panel.editor("length").setValue(5.0)
    assert bench.view3d.stale and not bench.jobs.busy()
    qtbot.waitUntil(lambda: bench.jobs.busy() and len(fake.calls) == 2, timeout=20_000)
    assert bench.view3d.updating and bench.view3d.banner.isVisible()
    assert "Updating" in bench.view3d.banner_label.text()
    assert not bench.view3d.redrape_button.isVisible()
    assert fake.calls[-1]["previous"] is first  # started from the drape shown
    assert fake.calls[-1]["thread"] is not threading.main_thread()
    assert fake.calls[-1]["length"] == 5.0

    # a newer edit while it runs: that redrape is cancelled, the newest one is shown
    fake.seconds = 0.2
    bench.garment_panel.editor("length").setValue(6.0)
    qtbot.waitUntil(lambda: bench.drape is not first and not bench.jobs.busy(),
                    timeout=30_000)
    assert outcomes == ["cancelled", "done"]
    assert fake.calls[-1]["length"] == 6.0 and fake.calls[-1]["previous"] is first
    assert bench.drape.report["start"] == "redrape"
    qtbot.waitUntil(lambda: not bench.view3d.updating, timeout=5_000)
    assert not bench.view3d.stale and not bench.view3d.banner.isVisible()
    assert bench._drape_inputs == bench._drape_key()


def test_auto_redrape_can_be_turned_off(qtbot, studio):
    win, bench, fake = studio
    with qtbot.waitSignal(bench.drapeShown, timeout=60_000):
        bench.start_drape()
    bench.auto_redrape_action.trigger()
    assert not bench.auto_redrape_action.isChecked()
    bench.garment_panel.editor("length").setValue(5.0)
    qtbot.wait(1500)  # twice the redrape delay
    assert bench.view3d.stale and not bench.view3d.updating and len(fake.calls) == 1
    assert bench.view3d.redrape_button.isVisible()
    bench.auto_redrape_action.trigger()  # on again: the stale drape is redraped
    qtbot.waitUntil(lambda: len(fake.calls) == 2 and not bench.jobs.busy(), timeout=20_000)
    qtbot.waitUntil(lambda: not bench.view3d.stale, timeout=5_000)

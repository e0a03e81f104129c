"""app/draft_jobs.py: the pattern is redrafted off the GUI thread, the newest request wins,
a failed draft says why, and ``current_garment`` finishes pending drafts first."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtWidgets import QMessageBox
from studio_fakes import open_studio

from mtm.app.samples import sample_measurements
from mtm.core.measurements import MeasurementSet

pytestmark = pytest.mark.gui


def test_the_newest_draft_wins(qtbot, book_path, monkeypatch):
    with open_studio(qtbot, book_path, monkeypatch) as (win, _fake):
        bench = win.workbench
        drafts, panel = bench.drafts, bench.garment_panel
        shown: list[object] = []
        bench.draftShown.connect(lambda: shown.append(drafts.garment))
        win.statusBar().clearMessage()  # the first draft said the same
        said: list[str] = []
        win.statusBar().messageChanged.connect(said.append)
        for length in (3.0, 4.0, 5.0):  # three requests before any result arrives
            panel.set_option("length", length, emit=False)
            drafts.schedule()
        assert drafts.drafting()
        qtbot.waitUntil(lambda: not drafts.drafting(), timeout=20_000)
        qtbot.wait(50)  # results still queued are delivered (and the older ones ignored)
        assert drafts.garment.options["length"] == 5.0 and drafts.error == ""
        assert [g.options["length"] for g in shown] == [5.0]  # only the newest was shown
        assert bench.pattern_view.garment is drafts.garment
        assert [m for m in said if m.startswith("Drafted ")] == [
            f"Drafted T-shirt: {len(drafts.garment.pieces)} pieces, all checks passed"]


def test_current_garment_waits_for_the_draft_of_what_is_shown(qtbot, book_path, monkeypatch):
    with open_studio(qtbot, book_path, monkeypatch) as (win, _fake):
        bench = win.workbench
        bench.garment_panel.editor("length").setValue(6.5)  # schedules a draft
        garment = bench.drafts.current_garment()  # at once: the pending draft is finished
        assert garment is not None and garment.options["length"] == 6.5


def test_a_draft_that_cannot_be_made_says_why(qtbot, book_path, monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    with open_studio(qtbot, book_path, monkeypatch) as (win, _fake):
        bench = win.workbench
        drafts = bench.drafts
        win.form.set_measurements(MeasurementSet(sex="female"))
        qtbot.waitUntil(lambda: not drafts.drafting() and bool(drafts.error), timeout=20_000)
        assert "no measurements yet" in drafts.error and bench.draft_error == drafts.error
        assert bench.pattern_view.message.isVisible()
        assert drafts.current_garment() is None and said == [drafts.error]

        good = sample_measurements()
        win.form.set_measurements(replace(good, values={**good.values, "height": 40.0}))
        qtbot.waitUntil(lambda: not drafts.drafting() and "height" in drafts.error.lower(),
                        timeout=20_000)
        win.form.set_measurements(good)
        qtbot.waitUntil(lambda: not drafts.drafting() and not drafts.error, timeout=20_000)
        assert drafts.garment is not None and drafts.current_garment() is drafts.garment

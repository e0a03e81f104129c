"""``mtm-studio --demo``: the sample customer in a T-shirt, drafted and draped, for a quick look
and for headless checks (``--screenshot``): it exits 0 once the drape is shown, 2 on failure.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from .samples import sample_measurements

DEMO_GARMENT = "tshirt"
DEMO_RESOLUTION = 3.0  # cm: coarse, so the demo drapes in seconds
#: Time for the 3D view to render before the screenshot, ms.
SETTLE_MS = 1500
TIMEOUT_S = 900


class Demo:
    """Drives the window: sample customer -> draft -> drape -> screenshot -> quit."""

    def __init__(self, window, screenshot: Path | None, tab: str = "3D",
                 save=None, timeout_s: float = TIMEOUT_S):
        self.window = window
        self.bench = window.workbench
        self.screenshot = screenshot
        self.tab = tab
        self.save = save  # save(window, path) -> bool (studio.save_screenshot)
        self.code: int | None = None
        self.bench.jobs.show_dialogs = False
        self.bench.jobs.finished.connect(self._on_job_finished)
        self._timeout = QTimer(window)
        self._timeout.setSingleShot(True)
        self._timeout.timeout.connect(lambda: self._fail(f"timed out after {timeout_s:g} s"))
        self._timeout.start(int(timeout_s * 1000))

    def start(self) -> None:
        if not self.bench.garment_panel.ready():
            self.bench.catalogueReady.connect(self.start)
            return
        sample = sample_measurements()
        book = self.window.book
        found = None
        if book is not None:
            found = next((c for c in book.customers() if c.name == sample.name), None)
        if found is not None:
            self.window.customer_panel.select_customer(found.id)
        else:
            self.window.form.set_measurements(sample)
        self.bench.resolution_spin.setValue(DEMO_RESOLUTION)
        self.bench.draftShown.connect(self._drafted)
        self.bench.garment_panel.set_garment(DEMO_GARMENT)

    def _drafted(self) -> None:
        self.bench.draftShown.disconnect(self._drafted)
        if self.bench.garment is None or self.bench.draft_error:
            self._fail(f"the sample customer's T-shirt could not be drafted: "
                       f"{self.bench.draft_error}")
            return
        self.bench.drapeShown.connect(self._draped)
        if self.bench.start_drape() is None:
            self._fail("the drape could not start")

    def _draped(self) -> None:
        self.bench.show_tab(self.tab)
        QTimer.singleShot(SETTLE_MS, self._finish)

    def _finish(self) -> None:
        if self.screenshot is None:  # a quick look: the studio stays open
            self.code = 0
            self._timeout.stop()
            return
        ok = self.save is None or self.save(self.window, self.screenshot)
        self._quit(0 if ok else 2)

    def _on_job_finished(self, job, outcome: str) -> None:
        if outcome == "failed":
            self._fail(f"{job.title}: {job.error}")
        elif outcome == "cancelled":
            self._fail(f"{job.title}: cancelled")

    def _fail(self, why: str) -> None:
        print(f"mtm-studio: error: demo: {why}", file=sys.stderr)
        self._quit(2)

    def _quit(self, code: int) -> None:
        if self.code is None:
            self.code = code
            self._timeout.stop()
            self.window.form.mark_saved()
            self.bench.project_dirty = False
            QApplication.instance().quit()

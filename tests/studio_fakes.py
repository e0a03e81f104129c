"""Quick stand-ins for the body fit and the cloth solver, and a studio window opened with
them, for tests of the studio's flow around draping (the fit and drape have their own tests).

``open_studio`` patches ``fit_body`` (an icosphere about a torso's size) and
``drape_garment`` (a ``FakeDrape``: a box of cloth after ``seconds``, honouring cancel),
opens a ``MainWindow`` with settings of its own on a book holding the sample customer,
selects it and waits until the catalogue is read and the pattern drafted.
"""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from types import SimpleNamespace

import numpy as np
import trimesh

from mtm.app.jobs import wait_for_jobs
from mtm.app.main_window import MainWindow
from mtm.app.samples import add_sample_customer_if_empty
from mtm.core.drape.result import DrapedGarment
from mtm.core.errors import CancelledError
from mtm.core.store import CustomerBook


class FakeDrape:
    """Stands in for ``drape_garment``: records its calls, takes ``seconds`` (checking the
    cancel flag) and returns a box of cloth around the chest."""

    def __init__(self, seconds: float = 0.1):
        self.calls: list[dict] = []
        self.seconds = seconds

    def __call__(self, garment, body, fabric, resolution, progress=None, cancel=None,
                 settings=None, previous=None):
        fabric = getattr(fabric, "name", fabric)  # drape_outfit passes loaded presets
        self.calls.append({"garment": garment.name, "fabric": fabric,
                           "resolution": resolution, "previous": previous,
                           "thread": threading.current_thread(),
                           "length": getattr(garment, "options", {}).get("length")})
        end = time.monotonic() + self.seconds
        while time.monotonic() < end:
            if cancel is not None and cancel():
                raise CancelledError("draping was cancelled")
            time.sleep(0.01)
        box = trimesh.creation.box(extents=(40.0, 60.0, 30.0))
        n, f = len(box.vertices), len(box.faces)
        return DrapedGarment(
            vertices=np.asarray(box.vertices) + [0.0, 120.0, 0.0], faces=np.asarray(box.faces),
            uvs=np.asarray(box.vertices)[:, :2], piece_of_face=np.zeros(f, np.int64),
            piece_names=("front",), strain_warp=np.zeros(n), strain_weft=np.zeros(n),
            ease=np.ones(n), report={"seconds": self.seconds, "vertices": n, "converged": True,
                                     "fabric": fabric, "resolution_cm": resolution,
                                     "start": "redrape" if previous is not None else "placed"})


def fake_body(*_args, **_kwargs) -> SimpleNamespace:
    """Stands in for ``fit_body``: a sphere of 20 cm radius at chest height."""
    sphere = trimesh.creation.icosphere(subdivisions=2, radius=20.0)
    return SimpleNamespace(vertices=np.asarray(sphere.vertices) + [0.0, 120.0, 0.0],
                           faces=np.asarray(sphere.faces), landmarks={})


@contextmanager
def open_studio(qtbot, book_path, monkeypatch, fake: FakeDrape | None = None
                ) -> Iterator[tuple[MainWindow, FakeDrape]]:
    """A shown studio window with the sample customer drafted, fit and drape faked; closed
    afterwards without asking to save."""
    import mtm.bodies.fit
    import mtm.core.drape.drape

    fake = fake or FakeDrape()
    # settings of its own: no garment or fabric remembered by another test's studio
    monkeypatch.setenv("MTM_CONFIG_DIR", str(book_path.parent / "studio-config"))
    monkeypatch.setattr(mtm.core.drape.drape, "drape_garment", fake)
    monkeypatch.setattr(mtm.bodies.fit, "fit_body", fake_body)
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
        try:
            yield win, fake
        finally:
            wait_for_jobs(30_000)
            win.form.mark_saved()
            bench.project_dirty = False
            win.close()


def record_status(window) -> list[str]:
    """Every status bar message of ``window`` from now on (background jobs such as the
    start-up work may replace a message at any moment, so tests read this log)."""
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    return said

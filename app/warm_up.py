"""The studio's start-up work off the GUI thread, once its window is up.

Reading the garment catalogue and fabric presets loads scipy (the drafting blocks), and the
body, drape and render rooms load numba kernels and VTK: seconds on a slow machine. ``WarmUp``
starts that work when the window first paints (or after 1.5 s at the latest), so the window
shows within moments and stays responsive: first the catalogue (handed to the workbench, which
makes the garment panel usable), then the heavy rooms (and which garments are bottoms, for
outfits) and, beside them, the customer's body for the first drape (fitted, its collision
field built: ``Workbench.prepare_drape``), then the cloth solver's kernels are loaded from
numba's cache (compiled there when it is empty: ``make run`` fills it at install) by a tiny
drape. Pressing Drape then only drapes.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer

from .fabric_panel import fabric_presets
from .garment_panel import bottom_garments, catalogue
from .i18n import format_number, tr
from .jobs import Job

if TYPE_CHECKING:
    from .workbench import Workbench

#: ms after the window is built when the start-up work begins even if it never painted
LATEST_START_MS = 1500


class WarmUp(QObject):
    """Reads the catalogue and loads the heavy rooms in background jobs after the window
    paints; ``done`` once the rooms are loaded."""

    def __init__(self, bench: Workbench):
        super().__init__(bench)
        self.bench = bench
        self.started = False
        self.done = False  # the heavy rooms are imported
        self._jobs: list[Job] = []
        self._specs: dict = {}  # the catalogue, once read
        bench.window.installEventFilter(self)
        QTimer.singleShot(LATEST_START_MS, self.start)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.bench.window and event.type() == QEvent.Type.Paint and not self.started:
            QTimer.singleShot(0, self.start)
        return False

    def start(self) -> None:
        """Once the window is up, off the GUI thread: read the garment catalogue and fabric
        presets (the drafting blocks load scipy), then import the body, drape and render
        rooms (numba, VTK), so the window shows within moments and stays responsive."""
        bench = self.bench
        if self.started or bench.closed:
            return
        self.started = True
        bench.window.removeEventFilter(self)

        def catalogue_work(_progress, _cancelled):
            return catalogue(), fabric_presets()

        def rooms_work(_progress, _cancelled):
            import pyvistaqt  # noqa: F401  (the 3D view's widget module)

            import mtm.bodies.fit  # noqa: F401  (body model data)
            import mtm.core.drape.drape  # noqa: F401  (numba kernels, cached compiled)
            import mtm.render.scene  # noqa: F401  (VTK)

            return bottom_garments(self._specs)  # tops and bottoms, for outfits

        self._jobs = [Job(tr("reading the catalogue"), catalogue_work),
                      Job(tr("loading the 3D rooms"), rooms_work)]
        self._jobs[0].succeeded.connect(self._on_catalogue)
        self._jobs[1].succeeded.connect(self._on_rooms)
        self._jobs[0].start()

    def _on_catalogue(self, result) -> None:
        if self.bench.closed:
            return
        specs, presets = result
        self._specs = specs
        self.bench.catalogue_read(specs, presets)
        self._jobs[1].start()
        self.bench.prepare_drape()  # the customer is known: fit their body meanwhile

    def _on_rooms(self, bottoms: frozenset[str]) -> None:
        bench = self.bench
        self.done = True
        QTimer.singleShot(0, self._prepare_3d)
        if bench.closed:
            return
        bench.bottoms_known(bottoms)
        # the cloth solver's kernels: loaded from numba's cache (make run compiles them into
        # it at install; compiled here when it is empty)
        from mtm.core.drape import warmup

        if not warmup.ready():
            self._kernels_job = Job(tr("preparing the cloth simulator"),
                                    lambda _progress, _cancelled: warmup.compile_kernels())
            self._kernels_job.succeeded.connect(self._on_kernels)
            bench.status(tr("Preparing the cloth simulator in the background…"), 60_000)
            self._kernels_job.start()

    def _on_kernels(self, seconds: float) -> None:
        if not self.bench.closed:
            self.bench.status(tr("Cloth simulator ready ({seconds} s)").format(
                seconds=format_number(seconds, 0)))

    def _prepare_3d(self) -> None:
        """The VTK widget, before the first drape (not for a window closed meanwhile)."""
        bench = self.bench
        if not bench.closed and bench.window.isVisible():
            bench.view3d.prepare()

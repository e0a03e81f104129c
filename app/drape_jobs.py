"""Draping in the studio: fit the body and drape the garment off the GUI thread, show the
result in the 3D tab, and redrape by itself after an edit.

``DrapeJobs`` holds the drape shown (``drape``, the ``body_mesh`` it hangs on and ``inputs``,
the key of what it was draped from: measurements, sex, garment, options, fabric, mesh size),
the drape before it (``previous``, for the showroom's compare) and the fitted body of the
current measurements (fitting takes seconds; one customer's body is cached). When what the
window shows no longer matches ``inputs`` the 3D view says the drape is stale, and with *Auto*
on it is redraped from itself a moment after the last edit (``REDRAPE_DELAY_MS``).

The customer is known before Drape is pressed: ``prepare_body`` fits their body and builds its
collision field in the background (the studio's warm-up calls it once the catalogue is read,
and a customer chosen later is prepared ``PREPARE_DELAY_MS`` after the choice), so pressing
Drape only drapes. A drape pressed while that fit runs waits for it (``PendingBody``) instead
of fitting the same body twice; a drape that fits a body itself lets later drapes wait too.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QDoubleSpinBox, QWidget

from mtm.core.errors import CancelledError, MtmError
from mtm.core.measurements import require_valid

from . import project as projects
from .dialogs import show_error
from .i18n import QT_TR_NOOP, format_number, tr
from .jobs import Job

if TYPE_CHECKING:
    from .workbench import Workbench

DEFAULT_RESOLUTION = 2.5  # cm: drape mesh edge; coarse enough to drape in seconds
#: ms after the last edit before the drape shown is redraped from itself (auto redrape)
REDRAPE_DELAY_MS = 700
#: ms after a customer is chosen before their body is prepared for draping (a user looking
#: through the customers is not fitted for each one)
PREPARE_DELAY_MS = 1500
#: what each part of the drape key is called when it changed (the stale banner says it)
KEY_PARTS = (QT_TR_NOOP("measurements"), QT_TR_NOOP("measurements"), QT_TR_NOOP("garment"),
             QT_TR_NOOP("options"), QT_TR_NOOP("fabric"), QT_TR_NOOP("resolution"),
             QT_TR_NOOP("outfit"))


def resolution_spin(parent: QWidget) -> QDoubleSpinBox:
    """The drape mesh edge box of the 3D toolbar (0.5 to 3 cm)."""
    spin = QDoubleSpinBox(parent)
    spin.setRange(0.5, 3.0)
    spin.setSingleStep(0.5)
    spin.setSuffix(" cm")
    spin.setValue(DEFAULT_RESOLUTION)
    spin.setToolTip(tr("Drape mesh edge length: coarse (3 cm) drapes in seconds, fine "
                       "(0.5 cm) shows small folds but is slow"))
    return spin


class PendingBody:
    """A body being fitted (with its collision field built) on some thread, which drapes on
    other threads can wait for: ``set`` it when fitted, ``fail`` it when the fit did not end
    with a body (error, cancel); ``wait`` returns the body or None."""

    def __init__(self) -> None:
        self._done = threading.Event()
        self.body = None

    def done(self) -> bool:
        return self._done.is_set()

    def set(self, body) -> None:
        self.body = body
        self._done.set()

    def fail(self) -> None:
        self._done.set()

    def wait(self, cancelled: Callable[[], bool]):
        """The body once fitted (None if that fit failed); CancelledError when ``cancelled()``
        turns True meanwhile."""
        while not self._done.wait(0.05):
            if cancelled():
                raise CancelledError("draping was cancelled")
        return self.body


def fit_for_drape(full, skin: str, progress, cancelled):
    """The body fitted to the ``full`` measurements with ``skin``, and its collision fields
    built (cached by the drape room for the next drape on it)."""
    from mtm.bodies.fit import fit_body
    from mtm.core.drape.drape import body_sdf, collision_sdf

    body = fit_body(full, progress=progress, cancel=cancelled, skin=skin)
    if cancelled():
        raise CancelledError("body fit cancelled")
    body_sdf(body)
    collision_sdf(body)
    return body


class DrapeJobs(QObject):
    """The fit and drape jobs, the drape shown and its auto redrape."""

    def __init__(self, bench: Workbench):
        super().__init__(bench)
        self.bench = bench
        self.drape = None  # DrapedGarment shown
        self.body_mesh: projects.BodyMeshData | None = None
        self.inputs: tuple | None = None  # the drape key the drape shown was made from
        #: (drape, body, inputs, others) before the current
        self.previous: tuple | None = None
        #: the outfit's other garment draped with ``drape``: [(DrapedGarment, fabric, name)]
        self.others: list[tuple[object, str, str]] = []
        self._body_cache: dict[tuple, object] = {}
        #: bodies being fitted (by ``prepare_body`` or a drape), by body key
        self._pending: dict[tuple, PendingBody] = {}
        self.preparing = None  # the Job preparing a body in the background, while it runs
        self.resolution_spin = resolution_spin(bench.view3d)
        self.prepare_timer = QTimer(self)
        self.prepare_timer.setSingleShot(True)
        self.prepare_timer.setInterval(PREPARE_DELAY_MS)
        self.prepare_timer.timeout.connect(self.prepare_body)
        bench.window.customer_panel.customerSelected.connect(self._customer_chosen)
        # a moment after an edit the drape shown is redraped from itself (newest edit wins)
        self.redrape_timer = QTimer(self)
        self.redrape_timer.setSingleShot(True)
        self.redrape_timer.setInterval(REDRAPE_DELAY_MS)
        self.redrape_timer.timeout.connect(self._auto_redrape)

    def resolution(self) -> float:
        """The drape mesh edge length chosen, cm."""
        return float(self.resolution_spin.value())

    def body_key(self) -> tuple:
        """What the body is fitted from: the measurements, sex and skin the window shows."""
        ms = self.bench.form.measurements()
        return (tuple(sorted(ms.values.items())), ms.sex, self.body_skin())

    def _customer_chosen(self, *_args) -> None:
        if self.bench.warm:  # at start the warm-up prepares the first customer
            self.prepare_timer.start()

    def prepare_body(self) -> Job | None:
        """Fit the body of the measurements shown and build its collision field in a
        background job, before Drape is pressed, so the drape only drapes; nothing when that
        body is fitted, being fitted, or the measurements are not complete. Not on the job
        bar (the user did not ask for it): the status bar says it."""
        bench = self.bench
        self.prepare_timer.stop()
        if bench.closed:
            return None
        try:
            full = require_valid(bench.form.measurements().with_estimates(), ())
        except MtmError:
            return None
        body_key, skin = self.body_key(), self.body_skin()
        pending = self._pending.get(body_key)
        if body_key in self._body_cache or (pending is not None
                                            and not (pending.done() and pending.body is None)):
            return None
        pending = self._adopt(body_key)

        def work(progress, cancelled):
            try:
                body = fit_for_drape(full, skin, progress, cancelled)
            except BaseException:
                pending.fail()
                raise
            pending.set(body)
            return body

        job = Job(tr("preparing the body"), work)
        job.succeeded.connect(lambda body: self._body_fitted(body_key, body))
        job.finished.connect(lambda: self._prepared(job))
        self.preparing = job
        bench.status(tr("Fitting the customer's body in the background, ready for Drape…"),
                     60_000)
        job.start()
        return job

    def _adopt(self, body_key: tuple) -> PendingBody:
        """A new PendingBody for ``body_key``; finished ones of other bodies are dropped."""
        self._pending = {k: p for k, p in self._pending.items() if not p.done()}
        pending = self._pending[body_key] = PendingBody()
        return pending

    def _body_fitted(self, body_key: tuple, body) -> None:
        """Keep a body fitted in the background (with the drape shown's, at most two)."""
        self._body_cache[body_key] = body
        while len(self._body_cache) > 2:
            del self._body_cache[next(iter(self._body_cache))]
        if not self.bench.closed and not self.bench.jobs.busy():
            self.bench.status(tr("The customer's body is ready: Drape drapes it at once"))

    def _prepared(self, job: Job) -> None:
        if self.preparing is job:
            self.preparing = None

    def key(self) -> tuple:
        """What a drape is made from, as the window shows it now: measurements, sex, garment,
        options, fabric, mesh size and the outfit's other garment ('' for none); compared
        with ``inputs`` to tell a stale drape."""
        bench = self.bench
        ms = bench.form.measurements()
        return (tuple(sorted(ms.values.items())), ms.sex, bench.garment_panel.garment(),
                tuple(sorted((k, str(v)) for k, v in bench.garment_panel.options().items())),
                bench.fabric_panel.fabric(), self.resolution(), bench.garment_panel.outfit())

    def fresh(self) -> bool:
        """True when a drape is shown and it was made from what the window shows now."""
        return self.drape is not None and self.inputs == self.key()

    def forget_previous(self) -> None:
        """Another customer's drape is no comparison for the showroom."""
        self.previous = None

    def update_stale(self) -> None:
        """Tell the 3D view whether the drape shown is stale (and why); with *Auto* on,
        (re)start the countdown to redraping it."""
        bench = self.bench
        self.redrape_timer.stop()
        if self.drape is None or self.inputs is None:
            bench.view3d.set_stale(False)
            return
        now = self.key()
        if now == self.inputs:
            bench.view3d.set_stale(False)
            return
        why = sorted({n for n, a, b in zip(KEY_PARTS, now, self.inputs, strict=True)
                      if a != b})
        bench.view3d.set_stale(True, tr("the {what} changed").format(
            what=tr(" and ").join(tr(n) for n in why)))
        if bench.auto_redrape_action.isChecked():
            self.redrape_timer.start()  # restarted by every edit: the last one wins

    def body_skin(self) -> str:
        """The body's finish the studio fits, shows and drapes on (``bodies.finish.SKINS``)."""
        return "detailed" if self.bench.detailed_skin_action.isChecked() else "mannequin"

    def detailed_skin_toggled(self) -> None:
        self.bench.settings.setValue("detailed_skin",
                                     int(self.bench.detailed_skin_action.isChecked()))

    def auto_redrape_toggled(self) -> None:
        """The *Auto* button: remembered, and a stale drape is redraped when switched on."""
        self.bench.settings.setValue("auto_redrape",
                                     int(self.bench.auto_redrape_action.isChecked()))
        self.update_stale()

    def _auto_redrape(self) -> None:
        """Redrape the drape shown for the edits since, from itself, in the background;
        waits while the pattern is being redrafted or another kind of job runs."""
        bench = self.bench
        if bench.closed or not bench.view3d.stale or self.drape is None:
            return
        running = bench.jobs.job
        if bench.drafting() or (running is not None and not getattr(running, "drape", False)):
            self.redrape_timer.start()
            return
        if not bench.draft_error and bench.garment is not None:
            self.start(auto=True)

    def start(self, auto: bool = False) -> Job | None:
        """Fit the body (cached per measurements) and drape the garment in a background job;
        ``auto``: a redrape from the drape shown (no dialogs, the 3D view says it is
        updating and stays on its tab)."""
        bench = self.bench
        self.redrape_timer.stop()
        if not auto and bench.current_garment() is None:
            return None
        ms = bench.form.measurements()
        try:
            full = require_valid(ms.with_estimates(), ())
        except MtmError as error:
            if not auto:
                show_error(bench.window, tr("Cannot drape"), str(error))
            return None
        key = self.key()
        skin = self.body_skin()
        body_key = self.body_key()
        cached = self._body_cache.get(body_key)
        pending = self._pending.get(body_key) if cached is None else None
        if pending is not None and pending.done():  # fitted meanwhile, or failed: fit again
            cached, pending = pending.body, None
        mine = self._adopt(body_key) if cached is None and pending is None else None
        garment, fabric = bench.garment, bench.fabric_panel.fabric()
        resolution = self.resolution()
        previous = self.drape if auto else None
        outfit = bench.garment_panel.outfit()  # worn with the garment: drafted in the job
        outfit_fabric = (bench.garment_fabric(outfit) or fabric) if outfit else ""

        fitting, draping = tr("fitting the body"), tr("draping")
        preparing = tr("preparing the cloth simulator")

        def work(progress, cancelled):
            from mtm.core.drape import warmup
            from mtm.core.drape.drape import drape_garment

            other = outfit_garment() if outfit else None  # refused before the slow fit
            if not warmup.ready():  # drape_garment waits for numba meanwhile
                progress(0.0, preparing)
            body = cached
            if body is None and pending is not None:  # being fitted in the background
                progress(0.0, fitting)
                body = pending.wait(cancelled)
            if body is None:
                progress(0.0, fitting)
                try:
                    body = fit_for_drape(full, skin, lambda f, m="": progress(0.3 * f, fitting),
                                         cancelled)
                except BaseException:
                    if mine is not None:
                        mine.fail()
                    raise
                if mine is not None:
                    mine.set(body)
            progress(0.3, draping)

            def step(fraction: float) -> None:
                progress(0.3 + 0.7 * fraction, draping)

            if other is not None:  # the garment underneath first, the other over it
                from mtm.core.drape.outfit import drape_outfit

                draped, worn = drape_outfit([garment, other], body, [fabric, outfit_fabric],
                                            resolution, progress=step, cancel=cancelled)
                return body_key, body, draped, [(worn, outfit_fabric, outfit)], key
            draped = drape_garment(garment, body, fabric, resolution, progress=step,
                                   cancel=cancelled, previous=previous)
            return body_key, body, draped, [], key

        def outfit_garment():
            """The outfit's other garment drafted (default options; under a jacket, its
            ``under_jacket`` ones: a slim shirt) for the measurements; InputError unless the
            two make an outfit (check_outfit: not two of one layer)."""
            from mtm.core.drape.outfit import check_outfit
            from mtm.patterns import get_garment, options_under_jacket

            spec = get_garment(outfit)
            other = spec.draft(require_valid(full, spec.measurements),
                               options_under_jacket(spec, [garment.layer]))
            check_outfit([garment, other], [fabric, outfit_fabric])
            return other

        title = tr("Updating the drape") if auto else tr("Draping {garment} in {fabric}").format(
            garment=bench.garment_title(), fabric=bench.fabric_panel.fabric_label())
        job = Job(title, work)
        job.drape, job.auto = True, auto
        bench.jobs.start(job, on_success=self._on_redraped if auto else self._on_draped)
        if auto:
            bench.view3d.set_updating(True)
        else:
            bench.status(tr("Draping at {resolution} cm…").format(
                resolution=format_number(resolution, 2)))
        return job

    def _on_redraped(self, result) -> None:
        self._on_draped(result, switch_tab=False)

    def _on_draped(self, result, switch_tab: bool = True) -> None:
        bench = self.bench
        body_key, body, draped, others, key = result
        if self.drape is not None and key != self.inputs:  # for the showroom's compare
            self.previous = (self.drape, self.body_mesh, self.inputs, self.others)
        self._body_cache = {body_key: body}  # one customer's body at a time
        self.drape, self.others = draped, others
        self.body_mesh = projects.BodyMeshData(body.vertices, body.faces)
        self.inputs = key
        self.show()
        bench.project.mark_changed()
        if switch_tab:
            bench.show_tab("3D")
        rep = draped.report
        bench.status(tr("Draped in {seconds} s: {vertices} vertices, {settled}").format(
            seconds=format_number(rep.get("seconds", 0), 1), vertices=rep.get("vertices", 0),
            settled=tr("settled") if rep.get("converged") else tr("NOT settled")), 15000)
        bench.drapeShown.emit()

    def show_loaded(self, drape, body_mesh: projects.BodyMeshData | None,
                    others: list[tuple[object, str, str]] | None = None) -> None:
        """Show a drape read from a project (made from what the window shows now) with the
        outfit's other garment draped with it (``others``, as ``self.others``), or an empty
        3D view when the project has none."""
        self.drape, self.body_mesh = drape, body_mesh
        self.others = list(others or []) if drape is not None else []
        self.inputs = self.key() if drape is not None else None
        if drape is not None:
            self.show()
        else:
            self.bench.view3d.set_meshes(None, None)

    def show(self) -> None:
        """Put the drape and its body in the 3D view, with the fabric, look and mesh size;
        an outfit's other garment beside it in its own fabric's look."""
        from mtm.render.meshes import BodyMesh, as_garment
        from mtm.render.textures import fabric_look

        from .fabric_panel import default_look

        bench = self.bench
        body = None if self.body_mesh is None else BodyMesh(self.body_mesh.vertices,
                                                            self.body_mesh.faces)
        rep = self.drape.report if self.drape is not None else {}
        tight = rep.get("tightness", {}) if isinstance(rep.get("tightness"), dict) else {}
        info = (f"{bench.fabric_panel.fabric_label(rep.get('fabric', ''))} · "
                + tr("{resolution} cm mesh").format(resolution=rep.get("resolution_cm", ""))
                + (" · " + tr("TOO SMALL") if tight.get("too_small") else ""))
        bench.view3d.set_look(bench.fabric_panel.look(), bench.fabric_panel.color())
        under = [(as_garment(d), fabric_look(default_look(f))) for d, f, _n in self.others]
        bench.view3d.set_meshes(body, as_garment(self.drape) if self.drape is not None else None,
                                info, under=under)
        self.update_stale()

    def job_finished(self, job: Job, outcome: str) -> None:
        """Any job ended: an auto redrape no longer updates the view; a cancel is said."""
        bench = self.bench
        if getattr(job, "auto", False) and not getattr(bench.jobs.job, "auto", False):
            bench.view3d.set_updating(False)
        if outcome == "cancelled":
            bench.status(f"{job.title}: " + tr("cancelled"), 8000)

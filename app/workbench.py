"""The studio's workbench: garment, fabric, pattern, 3D, jobs, project files, undo and export
wired into the main window.

The main window owns the customer book and the measurements form; the workbench adds
everything that turns measurements into a garment: the garment and fabric docks, the Pattern
and 3D tabs, background jobs (draft, fit and drape off the GUI thread), the ``.mtm`` project
with autosave and recovery, undo/redo of measurement and option edits, the Export menu and
the settings the studio remembers. Geometry, physics and drawing belong to the rooms it calls.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QDoubleSpinBox,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
)

from mtm.core.errors import MtmError
from mtm.core.i18n import GARMENTS, LANGUAGE_NAMES, LANGUAGES, MEASUREMENTS
from mtm.core.measurements import CATALOGUE, MeasurementSet, require_valid

from . import project as projects
from .dialogs import ask, show_error
from .exports import (
    CutFileDialog,
    Look3D,
    export_dxf,
    export_glb,
    export_pdf,
    export_photo,
    export_png,
    export_share_page,
    export_svg,
    export_turntable,
)
from .fabric_panel import DEFAULT_FABRIC, FabricPanel, fabric_presets
from .garment_panel import GarmentPanel, catalogue, option_label
from .i18n import QT_TR_NOOP, format_number, tr, tr_catalogue
from .jobs import Job, JobBar, wait_for_jobs
from .pattern_view import PatternView
from .settings import (
    DEFAULT_AUTOSAVE_SECONDS,
    add_recent_file,
    get_int,
    get_str,
    recent_files,
    studio_settings,
)
from .view3d import View3D

PROJECT_FILTER = QT_TR_NOOP("MTM project (*.mtm)")
DEFAULT_RESOLUTION = 2.5  # cm: drape mesh edge; coarse enough to drape in seconds
#: ms after the last edit before the drape shown is redraped from itself (auto redrape)
REDRAPE_DELAY_MS = 700


# -- undo commands ---------------------------------------------------------------------------
class MeasurementEdit(QUndoCommand):
    """One change of the measurements form (a field, the sex, the name, an import...)."""

    def __init__(self, bench: Workbench, old: MeasurementSet, new: MeasurementSet):
        super().__init__(tr("edit measurements"))
        changed = sorted(k for k in set(old.values) | set(new.values)
                         if old.values.get(k) != new.values.get(k))
        if changed:
            names = ", ".join(tr_catalogue(MEASUREMENTS, CATALOGUE[k].label) for k in changed[:3])
            self.setText(tr("edit {names}").format(names=names)
                         + ("…" if len(changed) > 3 else ""))
        self.bench, self.old, self.new = bench, old, new
        self._first = True

    def redo(self) -> None:
        if self._first:  # the form already shows it
            self._first = False
            return
        self.bench.apply_measurements(self.new)

    def undo(self) -> None:
        self.bench.apply_measurements(self.old)


class OptionEdit(QUndoCommand):
    """One style option changed (or the garment switched, with ``name`` None)."""

    def __init__(self, bench: Workbench, name: str | None, old: object, new: object):
        super().__init__(tr("set {option}").format(option=option_label(name)) if name
                         else tr("change garment"))
        self.bench, self.name, self.old, self.new = bench, name, old, new
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        self._apply(self.new)

    def undo(self) -> None:
        self._apply(self.old)

    def _apply(self, value: object) -> None:
        panel = self.bench.garment_panel
        self.bench.applying_undo = True
        try:
            if self.name is None:
                garment, options = value
                panel.set_garment(garment, options)
                self.bench.follow_garment_fabric(garment)
            else:
                panel.set_option(self.name, value)
        finally:
            self.bench.applying_undo = False


class Workbench(QObject):
    """Everything after the measurements, attached to a ``MainWindow``."""

    #: a drape finished and is shown (the demo waits for it)
    drapeShown = Signal()
    #: a draft finished and is shown
    draftShown = Signal()
    #: the garment catalogue and fabric presets are read (the garment panel is usable)
    catalogueReady = Signal()

    def __init__(self, window: QMainWindow, session: str | None = None):
        super().__init__(window)
        self.window = window
        self.form = window.form
        self.settings = studio_settings()
        self.session = session or projects.new_session()
        self.undo_stack = QUndoStack(self)
        self.applying_undo = False
        self.project_path: Path | None = None
        self.project_dirty = False
        self._autosaved = True
        self.garment = None  # the drafted Garment shown now
        self.draft_error = ""  # why the last draft failed ("" when it did not)
        self.drape = None  # DrapedGarment
        self.body_mesh: projects.BodyMeshData | None = None
        self._drape_inputs: tuple | None = None
        self._previous_drape: tuple | None = None  # (drape, body, inputs) before the current
        self.showroom = None
        self._body_cache: dict[tuple, object] = {}
        self._draft_generation = 0
        self._draft_jobs: list[Job] = []
        self._ms_shown = self.form.measurements()
        self._ms_loaded = self._ms_shown
        self.warm = False  # the heavy rooms are imported
        self.closed = False  # shut down: late job results are ignored

        self.jobs = JobBar(window)
        window.statusBar().addPermanentWidget(self.jobs)
        self.jobs.finished.connect(self._on_job_finished)

        self.garment_panel = GarmentPanel(window, get_str(self.settings, "default_garment",
                                                          "tshirt"), lazy=True)
        # the fabric follows the garment: the one the user last chose for it, else the one
        # it is designed for (GarmentSpec.fabric, known once the catalogue is read)
        self._fabric_pending = True  # not yet set by the garment, a project or the user
        self._auto_fabric = False  # the fabric is being set from the garment, not by the user
        start = get_str(self.settings, "default_garment", "tshirt")
        self.fabric_panel = FabricPanel(window, DEFAULT_FABRIC)
        self.fabric_panel.set_fabric(self.garment_fabric(start) or DEFAULT_FABRIC, emit=False)
        self.garment_dock = window._dock(tr("Garment"), self.garment_panel,
                                         Qt.DockWidgetArea.LeftDockWidgetArea, "garment")
        self.fabric_dock = window._dock(tr("Fabric"), self.fabric_panel,
                                        Qt.DockWidgetArea.LeftDockWidgetArea, "fabric")
        window.tabifyDockWidget(self.garment_dock, self.fabric_dock)
        self.garment_dock.raise_()

        self.pattern_view = PatternView(window)
        self.view3d = View3D(window)
        window.set_view(tr("Pattern"), self.pattern_view)
        window.set_view(tr("3D"), self.view3d)
        self.resolution_spin = QDoubleSpinBox(self.view3d)
        self.resolution_spin.setRange(0.5, 3.0)
        self.resolution_spin.setSingleStep(0.5)
        self.resolution_spin.setSuffix(" cm")
        self.resolution_spin.setValue(DEFAULT_RESOLUTION)
        self.resolution_spin.setToolTip(tr("Drape mesh edge length: coarse (3 cm) drapes in "
                                           "seconds, fine (0.5 cm) shows small folds but is "
                                           "slow"))
        self.resolution_spin.valueChanged.connect(self._on_resolution_changed)
        # a moment after an edit the drape shown is redraped from itself (newest edit wins)
        self._redrape_timer = QTimer(self)
        self._redrape_timer.setSingleShot(True)
        self._redrape_timer.setInterval(REDRAPE_DELAY_MS)
        self._redrape_timer.timeout.connect(self._auto_redrape)

        self._build_actions()
        # the drape controls come first in the 3D toolbar, so a narrow window keeps them
        bar = self.view3d.toolbar
        first = bar.actions()[0]
        bar.insertAction(first, self.drape_action)
        bar.insertWidget(first, QLabel(" " + tr("mesh") + " ", self.view3d))
        bar.insertWidget(first, self.resolution_spin)
        bar.insertAction(first, self.auto_redrape_action)
        bar.insertSeparator(first)
        self.view3d.drapeRequested.connect(self.start_drape)

        self.form.measurementsChanged.connect(self._on_measurements_changed)
        self.window.customer_panel.customerSelected.connect(self._on_customer_loaded)
        self.window.customer_panel.versionSelected.connect(self._on_customer_loaded)
        self.garment_panel.optionEdited.connect(self._on_option_edited)
        self.garment_panel.garmentSwitched.connect(self._on_garment_switched)
        self.garment_panel.optionsChanged.connect(self._on_options_changed)
        self.fabric_panel.fabricChanged.connect(self._on_fabric_changed)
        self.fabric_panel.lookChanged.connect(self._on_look_changed)

        units = get_str(self.settings, "units", "cm")
        if units in ("cm", "in"):
            self.form.set_units(units)
            self.pattern_view.set_units(units)
        self.form.units_combo.currentIndexChanged.connect(
            lambda _i: self.pattern_view.set_units(self.form.units()))

        self.autosave_timer = QTimer(self)
        seconds = max(1, get_int(self.settings, "autosave_seconds", DEFAULT_AUTOSAVE_SECONDS))
        self.autosave_timer.setInterval(seconds * 1000)
        self.autosave_timer.timeout.connect(self.autosave)
        self.autosave_timer.start()
        self._update_title()
        self.schedule_draft()
        # the heavy reading starts once the window has painted (or after 1.5 s at the latest),
        # so it does not compete with the window's first appearance
        self._warm_started = False
        window.installEventFilter(self)
        QTimer.singleShot(1500, self.warm_up)

    def eventFilter(self, obj, event) -> bool:  # noqa: N802 (Qt's name)
        if obj is self.window and event.type() == QEvent.Type.Paint and not self._warm_started:
            QTimer.singleShot(0, self.warm_up)
        return False

    def warm_up(self) -> None:
        """Once the window is up, off the GUI thread: read the garment catalogue and fabric
        presets (the drafting blocks load scipy), then import the body, drape and render
        rooms (numba, VTK), so the window shows within moments and stays responsive."""
        if self._warm_started or self.closed:
            return
        self._warm_started = True
        self.window.removeEventFilter(self)

        def catalogue_work(_progress, _cancelled):
            return catalogue(), fabric_presets()

        def rooms_work(_progress, _cancelled):
            import pyvistaqt  # noqa: F401  (the 3D view's widget module)

            import mtm.bodies.fit  # noqa: F401  (body model data)
            import mtm.core.drape.drape  # noqa: F401  (numba kernels, cached compiled)
            import mtm.render.scene  # noqa: F401  (VTK)

        self._warm_jobs = [Job(tr("reading the catalogue"), catalogue_work),
                           Job(tr("loading the 3D rooms"), rooms_work)]
        self._warm_jobs[0].succeeded.connect(self._on_catalogue)
        self._warm_jobs[1].succeeded.connect(self._on_warm)
        self._warm_jobs[0].start()

    def _on_catalogue(self, result) -> None:
        if self.closed:
            return
        specs, presets = result
        dirty, autosaved = self.project_dirty, self._autosaved
        self.garment_panel.set_specs(specs)  # shows the garment wanted: not a user change
        self.fabric_panel.set_presets(presets)
        if self._fabric_pending:  # the garment's own fabric, now that the catalogue says it
            fabric = self.garment_fabric(self.garment_panel.garment())
            if fabric:
                self.fabric_panel.set_fabric(fabric, emit=False)
            self._fabric_pending = False
        self.project_dirty, self._autosaved = dirty, autosaved
        self._update_title()
        self.catalogueReady.emit()
        self.schedule_draft()
        self._warm_jobs[1].start()

    def _on_warm(self, _result) -> None:
        self.warm = True
        QTimer.singleShot(0, self._prepare_3d)
        if self.closed:
            return
        # the cloth solver's kernels: compiled the first time after installing (make run
        # does it at install), else only loaded from numba's cache
        from mtm.core.drape import warmup

        if not warmup.ready():
            self._kernels_job = Job(tr("preparing the cloth simulator"),
                                    lambda _progress, _cancelled: warmup.compile_kernels())
            self._kernels_job.succeeded.connect(self._on_kernels)
            self.status(tr("Preparing the cloth simulator in the background…"), 60_000)
            self._kernels_job.start()

    def _on_kernels(self, seconds: float) -> None:
        if not self.closed:
            self.status(tr("Cloth simulator ready ({seconds} s)").format(
                seconds=format_number(seconds, 0)))

    def _prepare_3d(self) -> None:
        """The VTK widget, before the first drape (not for a window closed meanwhile)."""
        if not self.closed and self.window.isVisible():
            self.view3d.prepare()

    # -- menus ----------------------------------------------------------------------------
    def _act(self, text: str, slot, shortcut=None, tip: str = "") -> QAction:
        action = QAction(text, self.window)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        if tip:
            action.setToolTip(tip)
            action.setStatusTip(tip)
        action.triggered.connect(lambda _checked=False: slot())
        return action

    def _build_actions(self) -> None:
        w = self.window
        bar = w.menuBar()
        customer_anchor = w.customer_menu.menuAction()
        view_anchor = w.view_menu.menuAction()
        edit_menu = QMenu(tr("&Edit"), w)
        project_menu = QMenu(tr("&Project"), w)
        garment_menu = QMenu(tr("&Garment"), w)
        export_menu = QMenu(tr("E&xport"), w)
        bar.insertMenu(customer_anchor, edit_menu)
        bar.insertMenu(customer_anchor, project_menu)
        bar.insertMenu(view_anchor, garment_menu)
        bar.insertMenu(view_anchor, export_menu)

        self.undo_action = self.undo_stack.createUndoAction(w, tr("&Undo"))
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(w, tr("&Redo"))
        self.redo_action.setShortcut(QKeySequence.StandardKey.Redo)
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)

        self.new_action = self._act(tr("&New project"), self.new_project, "Ctrl+Shift+N",
                                    tr("Start a new project (customer, garment, fabric)"))
        self.open_action = self._act(tr("&Open project…"), self.choose_open_project,
                                     "Ctrl+Shift+O")
        self.save_action = self._act(tr("&Save project"), self.save_project, "Ctrl+Shift+S")
        self.save_as_action = self._act(tr("Save project &as…"), self.choose_save_as,
                                        "Ctrl+Alt+S")
        for action in (self.new_action, self.open_action, self.save_action,
                       self.save_as_action):
            project_menu.addAction(action)
        self.recent_menu = project_menu.addMenu(tr("Open &recent"))
        self._fill_recent()

        self.drape_action = self._act(tr("&Drape"), self.start_drape, "Ctrl+D",
                                      tr("Fit the body to the measurements and drape the "
                                         "garment on it (runs in the background)"))
        self.auto_redrape_action = self._act(
            tr("Auto"), self._on_auto_redrape_toggled,
            tip=tr("Redrape by itself a moment after an edit, starting from the drape shown"))
        self.auto_redrape_action.setCheckable(True)
        self.auto_redrape_action.setChecked(bool(get_int(self.settings, "auto_redrape", 1)))
        self.cancel_action = self._act(tr("&Cancel job"), self.jobs.cancel, "Esc",
                                       tr("Stop the running fit or drape"))
        self.redraft_action = self._act(tr("&Redraft now"), self.schedule_draft, "F5")
        for action in (self.redraft_action, self.drape_action, self.cancel_action):
            garment_menu.addAction(action)
        garment_menu.addSeparator()
        garment_menu.addAction(self._act(tr("Show &pattern"), lambda: self.show_tab("Pattern"),
                                         "Ctrl+1"))
        garment_menu.addAction(self._act(tr("Show &3D"), lambda: self.show_tab("3D"),
                                         "Ctrl+2"))
        self.showroom_action = self._act(tr("Sho&wroom"), self.open_showroom, "F11",
                                         tr("Show the draped garment to the customer full "
                                            "screen"))
        garment_menu.addAction(self.showroom_action)
        self.detailed_skin_action = self._act(
            tr("&Detailed body skin"), self._on_detailed_skin_toggled,
            tip=tr("Show and drape on the detailed body skin instead of the smooth mannequin "
                   "finish (from the next drape)"))
        self.detailed_skin_action.setCheckable(True)
        self.detailed_skin_action.setChecked(bool(get_int(self.settings, "detailed_skin", 0)))
        w.view_menu.addSeparator()
        w.view_menu.addAction(self.detailed_skin_action)

        self.export_actions = {
            "dxf": self._act(tr("Pattern &DXF (AAMA/ASTM)…"), lambda: self.choose_export("dxf"),
                             "Ctrl+Shift+D"),
            "plain_dxf": self._act(tr("&Cutter DXF…"), lambda: self.choose_export("plain_dxf")),
            "pdf": self._act(tr("&PDF (plotter or tiled)…"), lambda: self.choose_export("pdf"),
                             "Ctrl+P"),
            "svg": self._act(tr("&SVG preview…"), lambda: self.choose_export("svg")),
            "png": self._act(tr("3D picture (P&NG)…"), lambda: self.choose_export("png")),
            "turntable": self._act(tr("&Turntable (GIF/MP4)…"),
                                   lambda: self.choose_export("turntable")),
            "glb": self._act(tr("3D model (&GLB)…"), lambda: self.choose_export("glb")),
            "photo": self._act(tr("P&hoto with caption (PNG)…"),
                               lambda: self.choose_export("photo"),
                               tip=tr("A picture with the customer's name, garment and fabric "
                                      "under it, for messaging apps")),
            "share": self._act(tr("Share pa&ge (HTML)…"), lambda: self.choose_export("share"),
                               tip=tr("One HTML file with the garment in 3D that the customer "
                                      "opens offline, on a phone too")),
        }
        for key, action in self.export_actions.items():
            if key == "png":
                export_menu.addSeparator()
            export_menu.addAction(action)
        if view_anchor is not None and view_anchor.menu() is not None:
            view_anchor.menu().addAction(self.garment_dock.toggleViewAction())
            view_anchor.menu().addAction(self.fabric_dock.toggleViewAction())
            view_anchor.menu().addSeparator()
            self._build_language_menu(view_anchor.menu())
        w.addAction(self.cancel_action)

    def _build_language_menu(self, parent: QMenu) -> None:
        """View > Language: the system's or one of the shipped languages; remembered in the
        settings and used from the next start (``--lang`` overrides it for one run)."""
        menu = parent.addMenu(tr("&Language"))
        group = QActionGroup(menu)
        chosen = get_str(self.settings, "language", "system") or "system"
        self.language_actions: dict[str, QAction] = {}
        for code in ("system", *LANGUAGES):
            text = tr("System language") if code == "system" else LANGUAGE_NAMES[code]
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            group.addAction(action)
            action.triggered.connect(lambda _c=False, c=code: self.choose_language(c))
            self.language_actions[code] = action

    def choose_language(self, code: str) -> None:
        """Remember the studio's language (``system`` follows the locale); on restart."""
        if code != "system" and code not in LANGUAGES:
            raise ValueError(f"unknown language {code!r}")
        self.settings.setValue("language", code)
        self.settings.sync()
        self.status(tr("The language changes when MTM Studio is started again."), 10000)

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        files = recent_files(self.settings)
        for path in files:
            action = self.recent_menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.open_project(p))
        self.recent_menu.setEnabled(bool(files))

    def garment_title(self, name: str | None = None) -> str:
        """The shown (translated) title of garment ``name`` (default: the chosen one)."""
        name = name or self.garment_panel.garment()
        spec = self.garment_panel.spec(name)
        return tr_catalogue(GARMENTS, spec.title) if spec is not None else name

    def show_tab(self, title: str) -> None:
        """Show the central tab ``title`` ('Pattern', '3D' or a tab's shown text)."""
        widget = {"Pattern": self.pattern_view, "3D": self.view3d}.get(title)
        tabs = self.window.tabs
        for index in range(tabs.count()):
            if tabs.widget(index) is widget or tabs.tabText(index) == title:
                tabs.setCurrentIndex(index)
                return

    def status(self, text: str, ms: int = 6000) -> None:
        self.window.statusBar().showMessage(text, ms)

    # -- changes, undo -----------------------------------------------------------------------
    def _on_customer_loaded(self, *_args) -> None:
        """A customer or version was loaded into the form: a new starting point for undo."""
        self._ms_shown = self.form.measurements()
        self._ms_loaded = self._ms_shown
        self.undo_stack.clear()
        self._previous_drape = None  # another customer's drape is no comparison

    def _on_measurements_changed(self, ms: MeasurementSet) -> None:
        if not self.applying_undo and ms != self._ms_shown:
            self.undo_stack.push(MeasurementEdit(self, self._ms_shown, ms))
        self._ms_shown = ms
        self._changed("measurements")

    def apply_measurements(self, ms: MeasurementSet) -> None:
        """Show ``ms`` in the form (undo/redo); the form stays marked changed when it differs
        from what was loaded."""
        self.applying_undo = True
        try:
            self.form.set_measurements(ms)
            if ms != self._ms_loaded:
                self.form._set_dirty(True)
        finally:
            self.applying_undo = False
        self._ms_shown = ms

    def _on_option_edited(self, name: str, old: object, new: object) -> None:
        if not self.applying_undo:
            self.undo_stack.push(OptionEdit(self, name, old, new))

    def _on_garment_switched(self, old: str, new: str) -> None:
        if not self.applying_undo and old:
            self.undo_stack.push(OptionEdit(self, None, (old, dict(self._last_options)),
                                            (new, self.garment_panel.options())))
        self.follow_garment_fabric(new)

    def garment_fabric(self, garment: str) -> str:
        """The fabric ``garment`` is draped in: the one the user last chose for it, else the
        one it is designed for (``GarmentSpec.fabric``); '' while neither is known. A
        remembered choice that is no longer a preset (removed or renamed) is forgotten."""
        chosen = get_str(self.settings, f"fabric/{garment}", "")
        if chosen and not self.fabric_panel.offers(chosen):
            self.settings.remove(f"fabric/{garment}")
            self.status(tr("The fabric remembered for the {garment} ({fabric}) is no longer a "
                           "preset; using the garment's own fabric.").format(
                               garment=garment, fabric=chosen), 8000)
            chosen = ""
        if chosen:
            return chosen
        spec = self.garment_panel.spec(garment)
        return spec.fabric if spec is not None else ""

    def follow_garment_fabric(self, garment: str) -> None:
        """Switch the fabric panel to ``garment``'s fabric (a switched garment is draped in
        its own cloth, not in the previous garment's)."""
        fabric = self.garment_fabric(garment)
        if not fabric:
            return
        self._auto_fabric = True
        try:
            self.fabric_panel.set_fabric(fabric)
        finally:
            self._auto_fabric = False
        self._fabric_pending = False

    @property
    def _last_options(self) -> dict:
        return dict(self.garment.options) if self.garment is not None else {}

    def _changed(self, what: str) -> None:
        self.project_dirty = True
        self._autosaved = False
        self._update_title()
        if what in ("measurements", "options"):
            self.schedule_draft()
        self._update_stale()

    def _on_options_changed(self, _garment: str, _options: object) -> None:
        self._changed("options")

    def _on_fabric_changed(self, fabric: str) -> None:
        if not self._auto_fabric:  # the user's choice for this garment is remembered
            garment = self.garment_panel.garment()
            spec = self.garment_panel.spec(garment)
            if spec is not None and fabric == spec.fabric:
                self.settings.remove(f"fabric/{garment}")
            else:
                self.settings.setValue(f"fabric/{garment}", fabric)
            self._fabric_pending = False
        self._changed("fabric")

    def _on_resolution_changed(self, _value: float) -> None:
        self._changed("resolution")

    def _on_look_changed(self, look: str, color: str) -> None:
        self.view3d.set_look(look, color)
        self.project_dirty = True
        self._autosaved = False
        self._update_title()

    def _drape_key(self) -> tuple:
        ms = self.form.measurements()
        return (tuple(sorted(ms.values.items())), ms.sex, self.garment_panel.garment(),
                tuple(sorted((k, str(v)) for k, v in self.garment_panel.options().items())),
                self.fabric_panel.fabric(), float(self.resolution_spin.value()))

    def _update_stale(self) -> None:
        self._redrape_timer.stop()
        if self.drape is None or self._drape_inputs is None:
            self.view3d.set_stale(False)
            return
        now = self._drape_key()
        if now == self._drape_inputs:
            self.view3d.set_stale(False)
            return
        names = (QT_TR_NOOP("measurements"), QT_TR_NOOP("measurements"), QT_TR_NOOP("garment"),
                 QT_TR_NOOP("options"), QT_TR_NOOP("fabric"), QT_TR_NOOP("resolution"))
        why = sorted({n for n, a, b in zip(names, now, self._drape_inputs, strict=True)
                      if a != b})
        self.view3d.set_stale(True, tr("the {what} changed").format(
            what=tr(" and ").join(tr(n) for n in why)))
        if self.auto_redrape_action.isChecked():
            self._redrape_timer.start()  # restarted by every edit: the last one wins

    def body_skin(self) -> str:
        """The body's finish the studio fits, shows and drapes on (``bodies.finish.SKINS``)."""
        return "detailed" if self.detailed_skin_action.isChecked() else "mannequin"

    def _on_detailed_skin_toggled(self) -> None:
        self.settings.setValue("detailed_skin", int(self.detailed_skin_action.isChecked()))

    def _on_auto_redrape_toggled(self) -> None:
        self.settings.setValue("auto_redrape", int(self.auto_redrape_action.isChecked()))
        self._update_stale()

    def _auto_redrape(self) -> None:
        """Redrape the drape shown for the edits since, from itself, in the background;
        waits while the pattern is being redrafted or another kind of job runs."""
        if self.closed or not self.view3d.stale or self.drape is None:
            return
        running = self.jobs.job
        if self.drafting() or (running is not None and not getattr(running, "drape", False)):
            self._redrape_timer.start()
            return
        if not self.draft_error and self.garment is not None:
            self._start_drape(auto=True)

    def _update_title(self) -> None:
        if self.project_path is None:  # no project file: the plain studio title
            self.window.setWindowTitle("MTM Studio")  # the product's name
            return
        star = "*" if self.project_dirty else ""
        self.window.setWindowTitle(f"{self.project_path.name}{star} — MTM Studio")

    # -- drafting ----------------------------------------------------------------------------
    def schedule_draft(self) -> None:
        """Redraft the garment from the form's measurements, off the GUI thread; the newest
        request wins. Waits for the catalogue on start-up."""
        if not self.garment_panel.ready():
            return
        self._draft_generation += 1
        generation = self._draft_generation
        ms = self.form.measurements()
        name = self.garment_panel.garment()
        options = self.garment_panel.options()

        no_measurements = tr("no measurements yet: type them in, import a file or pick a "
                             "customer")

        def work(_progress, _cancelled):
            from mtm.patterns import get_garment

            spec = get_garment(name)
            if not ms.values:
                raise MtmError(no_measurements)
            full = require_valid(ms.with_estimates(), spec.measurements)
            return spec.draft(full, options)

        job = Job(tr("drafting {garment}").format(garment=self.garment_title(name)), work)
        job.generation = generation
        job.options = options
        job.succeeded.connect(self._on_draft_result)
        job.failed.connect(self._on_draft_error)
        job.finished.connect(self._forget_draft_job)
        self._draft_jobs.append(job)
        job.start()

    def _on_draft_result(self, garment) -> None:
        job = self.sender()
        self._on_drafted(getattr(job, "generation", -1), garment, getattr(job, "options", {}))

    def _on_draft_error(self, error: BaseException) -> None:
        self._on_draft_failed(getattr(self.sender(), "generation", -1), error)

    def _forget_draft_job(self) -> None:
        job = self.sender()
        if job in self._draft_jobs:
            self._draft_jobs.remove(job)

    def drafting(self) -> bool:
        return bool(self._draft_jobs)

    def current_garment(self):
        """The garment drafted from what the window shows now: pending drafts are finished
        first (they take milliseconds); None, with a message, when it cannot be drafted."""
        for job in list(self._draft_jobs):
            job.wait(10_000)
        QCoreApplication.sendPostedEvents()  # deliver their results
        if self.draft_error or self.garment is None:
            show_error(self.window, tr("No pattern for these measurements"),
                       self.draft_error or tr("There is no drafted pattern yet: enter valid "
                                              "measurements and pick a garment first."))
            return None
        return self.garment

    def _on_drafted(self, generation: int, garment, options: dict) -> None:
        if generation != self._draft_generation:
            return
        self.garment = garment
        self.draft_error = ""
        self.pattern_view.set_garment(garment, options)
        failed = [c for c in garment.checks if not c.passed]
        self.status(tr("Drafted {garment}: {n} pieces, ").format(garment=self.garment_title(),
                                                                 n=len(garment.pieces))
                    + (tr("{n} checks failed").format(n=len(failed)) if failed
                       else tr("all checks passed")))
        self.draftShown.emit()

    def _on_draft_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._draft_generation:
            return
        text = str(error) if isinstance(error, MtmError) else tr("internal error") + f": {error!r}"
        self.draft_error = text
        self.pattern_view.show_problem(tr("Cannot draft: {problem}").format(problem=text))
        self.status(tr("Cannot draft: {problem}").format(problem=text), 10000)
        self.draftShown.emit()

    # -- draping -------------------------------------------------------------------------------
    def start_drape(self) -> Job | None:
        """Fit the body (cached per measurements) and drape the garment in a background job."""
        return self._start_drape(auto=False)

    def _start_drape(self, auto: bool) -> Job | None:
        """The drape job; ``auto``: a redrape from the drape shown (no dialogs, the 3D view
        says it is updating and stays on its tab)."""
        self._redrape_timer.stop()
        if not auto and self.current_garment() is None:
            return None
        ms = self.form.measurements()
        try:
            full = require_valid(ms.with_estimates(), ())
        except MtmError as error:
            if not auto:
                show_error(self.window, tr("Cannot drape"), str(error))
            return None
        key = self._drape_key()
        skin = self.body_skin()
        body_key = key[:2] + (skin,)
        cached = self._body_cache.get(body_key)
        garment, fabric = self.garment, self.fabric_panel.fabric()
        resolution = float(self.resolution_spin.value())
        previous = self.drape if auto else None

        fitting, draping = tr("fitting the body"), tr("draping")
        preparing = tr("preparing the cloth simulator")

        def work(progress, cancelled):
            from mtm.core.drape import warmup
            from mtm.core.drape.drape import drape_garment

            if not warmup.ready():  # drape_garment waits for numba meanwhile
                progress(0.0, preparing)
            body = cached
            if body is None:
                from mtm.bodies.fit import fit_body

                progress(0.0, fitting)
                body = fit_body(full, progress=lambda f, m="": progress(0.3 * f, fitting),
                                cancel=cancelled, skin=skin)
            progress(0.3, draping)
            draped = drape_garment(garment, body, fabric, resolution,
                                   progress=lambda f: progress(0.3 + 0.7 * f, draping),
                                   cancel=cancelled, previous=previous)
            return body_key, body, draped, key

        title = tr("Updating the drape") if auto else tr("Draping {garment} in {fabric}").format(
            garment=self.garment_title(), fabric=self.fabric_panel.fabric_label())
        job = Job(title, work)
        job.drape, job.auto = True, auto
        self.jobs.start(job, on_success=self._on_redraped if auto else self._on_draped)
        if auto:
            self.view3d.set_updating(True)
        else:
            self.status(tr("Draping at {resolution} cm…").format(
                resolution=format_number(resolution, 2)))
        return job

    def _on_redraped(self, result) -> None:
        self._on_draped(result, switch_tab=False)

    def _on_draped(self, result, switch_tab: bool = True) -> None:
        body_key, body, draped, key = result
        if self.drape is not None and key != self._drape_inputs:  # for the showroom's compare
            self._previous_drape = (self.drape, self.body_mesh, self._drape_inputs)
        self._body_cache = {body_key: body}  # one customer's body at a time
        self.drape = draped
        self.body_mesh = projects.BodyMeshData(body.vertices, body.faces)
        self._drape_inputs = key
        self._show_drape()
        self.project_dirty = True
        self._autosaved = False
        self._update_title()
        if switch_tab:
            self.show_tab("3D")
        rep = draped.report
        self.status(tr("Draped in {seconds} s: {vertices} vertices, {settled}").format(
            seconds=format_number(rep.get("seconds", 0), 1), vertices=rep.get("vertices", 0),
            settled=tr("settled") if rep.get("converged") else tr("NOT settled")), 15000)
        self.drapeShown.emit()

    def _show_drape(self) -> None:
        from mtm.render.meshes import BodyMesh, as_garment

        body = None if self.body_mesh is None else BodyMesh(self.body_mesh.vertices,
                                                            self.body_mesh.faces)
        rep = self.drape.report if self.drape is not None else {}
        tight = rep.get("tightness", {}) if isinstance(rep.get("tightness"), dict) else {}
        info = (f"{self.fabric_panel.fabric_label(rep.get('fabric', ''))} · "
                + tr("{resolution} cm mesh").format(resolution=rep.get("resolution_cm", ""))
                + (" · " + tr("TOO SMALL") if tight.get("too_small") else ""))
        self.view3d.set_look(self.fabric_panel.look(), self.fabric_panel.color())
        self.view3d.set_meshes(body, as_garment(self.drape) if self.drape is not None else None,
                               info)
        self._update_stale()

    def _on_job_finished(self, job: Job, outcome: str) -> None:
        if getattr(job, "auto", False) and not getattr(self.jobs.job, "auto", False):
            self.view3d.set_updating(False)
        if outcome == "cancelled":
            self.status(f"{job.title}: " + tr("cancelled"), 8000)

    def open_showroom(self):
        """Show the current drape full screen for the customer (app/showroom.py)."""
        from .showroom import Showroom, make_variant

        if self.drape is None:
            self.status(tr("Drape the garment first (Ctrl+D): the showroom shows the drape"),
                        8000)
            return None
        look, color, skin = self.fabric_panel.look(), self.fabric_panel.color(), self.view3d.skin
        previous = self._previous_drape
        prev_key = previous[2] if previous else None
        current = make_variant(self.drape, self.body_mesh, self._drape_inputs, prev_key, look,
                               color, skin)
        before = None if previous is None else make_variant(
            previous[0], previous[1], prev_key, self._drape_inputs, look, color, skin)
        self.showroom = Showroom(current, before, self.window)
        self.showroom.start()
        return self.showroom

    # -- project ------------------------------------------------------------------------------
    def current_project(self, with_drape: bool = True) -> projects.Project:
        customer = self.window.current_customer()
        ms = self.form.measurements()
        fresh = self.drape is not None and self._drape_inputs == self._drape_key()
        return projects.Project(
            customer_name=customer.name if customer else ms.name,
            customer_id=customer.id if customer else None,
            measurements=ms, units=self.form.units(),
            garment=self.garment_panel.garment(), options=self.garment_panel.options(),
            fabric=self.fabric_panel.fabric(), look=self.fabric_panel.look(),
            color=self.fabric_panel.color(), resolution=float(self.resolution_spin.value()),
            drape=self.drape if (with_drape and fresh) else None,
            body=self.body_mesh if (with_drape and fresh) else None)

    def apply_project(self, project: projects.Project) -> None:
        """Show a project: its customer (when in the book), measurements, garment, fabric and
        drape."""
        self.form.mark_saved()  # the user agreed to leave the current state
        book = self.window.book
        if project.customer_id is not None and book is not None:
            found = next((c for c in book.customers() if c.id == project.customer_id
                          and c.name == project.customer_name), None)
            if found is not None:
                self.window.customer_panel.select_customer(found.id)
        self.applying_undo = True
        try:
            self.form.set_measurements(project.measurements,
                                       units=project.units if project.units in ("cm", "in")
                                       else None)
            self.form.set_heading((project.customer_name or tr("Customer")) + "\n"
                                  + tr("from the project"))
            self.form.set_can_save(self.window.current_customer() is not None)
            self.garment_panel.set_garment(project.garment, dict(project.options))
            self.fabric_panel.set_fabric(project.fabric, emit=False)
            self._fabric_pending = False  # the project's fabric stands
            self.fabric_panel.set_look(project.look, project.color, emit=False)
            self.resolution_spin.setValue(project.resolution)
        finally:
            self.applying_undo = False
        self._ms_shown = self._ms_loaded = self.form.measurements()
        self.drape, self.body_mesh = project.drape, project.body
        self._drape_inputs = self._drape_key() if project.drape is not None else None
        if project.drape is not None:
            self._show_drape()
        else:
            self.view3d.set_meshes(None, None)
        self.undo_stack.clear()
        self.schedule_draft()

    def new_project(self) -> None:
        if not self.confirm_leave_project():
            return
        self.project_path = None
        self.apply_project(projects.Project(
            garment=get_str(self.settings, "default_garment", "tshirt"),
            fabric=(self.garment_fabric(get_str(self.settings, "default_garment", "tshirt"))
                    or self.fabric_panel.fabric()),
            look=self.fabric_panel.look(), measurements=self.form.measurements(),
            units=self.form.units(),
            customer_name=(c.name if (c := self.window.current_customer()) else ""),
            customer_id=(c.id if c else None)))
        self.project_dirty = False
        self._update_title()

    def save_project(self, path: str | Path | None = None) -> bool:
        """Save to ``path`` (or the project's file; asks for one when new). True when saved."""
        target = Path(path) if path else self.project_path
        if target is None:
            return self.choose_save_as()
        if target.suffix.lower() != projects.SUFFIX:
            target = target.with_suffix(projects.SUFFIX)
        try:
            projects.save_project(self.current_project(), target)
        except (MtmError, OSError) as error:
            show_error(self.window, tr("Cannot save the project"), str(error))
            return False
        self.project_path = target
        self.project_dirty = False
        self._autosaved = True
        self.undo_stack.setClean()
        projects.recovery_path(self.session).unlink(missing_ok=True)
        add_recent_file(self.settings, target)
        self.settings.setValue("folders/projects", str(target.parent))
        self._fill_recent()
        self._update_title()
        self.status(tr("Saved {path}").format(path=target))
        return True

    def choose_save_as(self) -> bool:
        folder = get_str(self.settings, "folders/projects", str(Path.home()))
        stem = (self.form.measurements().name or "project").replace(" ", "_")
        suggestion = str(Path(folder) / f"{stem}-{self.garment_panel.garment()}.mtm")
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Save project"), suggestion,
                                              tr(PROJECT_FILTER))
        return bool(path) and self.save_project(path)

    def choose_open_project(self) -> None:
        folder = get_str(self.settings, "folders/projects", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(self.window, tr("Open project"), folder,
                                              tr(PROJECT_FILTER))
        if path:
            self.open_project(path)

    def open_project(self, path: str | Path) -> bool:
        """Open a ``.mtm`` file; a damaged file is a clear message, never a crash."""
        if not self.confirm_leave_project():
            return False
        try:
            project = projects.load_project(path)
        except MtmError as error:
            show_error(self.window, tr("Cannot open the project"), str(error))
            return False
        self.apply_project(project)
        self.project_path = Path(path)
        self.project_dirty = False
        add_recent_file(self.settings, path)
        self._fill_recent()
        self._update_title()
        self.status(tr("Opened {path}").format(path=path))
        return True

    def confirm_leave_project(self) -> bool:
        """True when nothing unsaved would be lost, or the user agrees to lose it."""
        if not self.project_dirty or (self.project_path is None and self.drape is None):
            return self.window.confirm_discard()
        return ask(self.window, tr("Unsaved project"),
                   tr("The project has changes that are not saved. Discard them?"))

    # -- autosave and recovery ----------------------------------------------------------------
    def autosave(self) -> Path | None:
        """Write the recovery copy when something changed since the last one."""
        if self._autosaved:
            return None
        try:
            path = projects.autosave(self.current_project(), self.session,
                                     str(self.project_path or ""))
        except (MtmError, OSError) as error:
            self.status(tr("Autosave failed: {problem}").format(problem=error), 10000)
            return None
        self._autosaved = True
        self.status(tr("Autosaved"), 2000)
        return path

    def offer_recovery(self) -> bool:
        """After a crash: offer the newest autosave another studio left behind."""
        left = projects.recoverable()
        if not left:
            return False
        newest = left[0]
        if not ask(self.window, tr("Recover work"),
                   tr("MTM Studio did not close properly last time. Recover the work saved "
                      "automatically at {time}?").format(time=_mtime(newest))):
            for path in left:
                path.unlink(missing_ok=True)
            return False
        try:
            project = projects.load_project(newest)
        except MtmError as error:
            show_error(self.window, tr("Cannot recover"), str(error))
            newest.unlink(missing_ok=True)
            return False
        self.apply_project(project)
        self.project_path = Path(project.original_path) if project.original_path else None
        for path in left:
            path.unlink(missing_ok=True)
        self.project_dirty = True
        self._autosaved = False
        self.autosave()
        self._update_title()
        self.status(tr("Recovered the autosaved work; save it to keep it"))
        return True

    # -- export --------------------------------------------------------------------------------
    def look3d(self) -> Look3D:
        return Look3D(look=self.fabric_panel.look(), color=self.fabric_panel.color(),
                      fit_map=self.view3d.fit_name, skin=self.view3d.skin,
                      view=self.view3d.camera)

    def choose_export(self, kind: str) -> None:
        if kind in ("dxf", "plain_dxf", "pdf", "svg") and self.current_garment() is None:
            return
        if kind in ("png", "turntable", "glb", "photo", "share") and self.drape is None:
            show_error(self.window, tr("Nothing to export"),
                       tr("Drape the garment first (Ctrl+D)."))
            return
        settings: dict[str, str] = {}
        if kind in ("dxf", "pdf"):
            dialog = CutFileDialog(kind, self.window,
                                   mode=get_str(self.settings, "export/dxf_mode", "standard"),
                                   units=get_str(self.settings, "export/dxf_units", "mm"),
                                   paper=get_str(self.settings, "export/paper", "a4"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            settings = dialog.values()
        suffix = {"dxf": ".dxf", "plain_dxf": ".dxf", "pdf": ".pdf", "svg": ".svg",
                  "png": ".png", "turntable": ".gif", "glb": ".glb", "photo": ".png",
                  "share": ".html"}[kind]
        folder = get_str(self.settings, "folders/exports", str(Path.home()))
        stem = f"{(self.form.measurements().name or 'pattern').replace(' ', '_')}-" \
               f"{self.garment_panel.garment()}"
        path, _ = QFileDialog.getSaveFileName(self.window, tr("Export"), str(Path(folder) /
                                              (stem + suffix)))
        if path:
            self.export(kind, path, **settings)

    def export(self, kind: str, path: str | Path, **settings: str) -> Job | Path | None:
        """Write one export; cut files at once, pictures as a background job."""
        path = Path(path)
        if kind in ("dxf", "plain_dxf", "pdf", "svg") and self.current_garment() is None:
            return None
        for key, value in settings.items():
            self.settings.setValue(f"export/{'dxf_' + key if key != 'paper' else key}", value)
        self.settings.setValue("folders/exports", str(path.parent))
        try:
            if kind == "dxf":
                export_dxf(self.garment, path, settings.get("mode", "standard"),
                           settings.get("units", "mm"))
            elif kind == "plain_dxf":
                from .exports import export_plain_dxf

                export_plain_dxf(self.garment, path)
            elif kind == "pdf":
                pages = export_pdf(self.garment, path, settings.get("paper", "a4"))
                self.status((tr("Wrote {path} ({n} page)") if pages == 1
                             else tr("Wrote {path} ({n} pages)")).format(path=path, n=pages))
                return path
            elif kind == "svg":
                export_svg(self.garment, path)
            else:
                return self._export_3d(kind, path)
        except (MtmError, OSError) as error:
            show_error(self.window, tr("Cannot export"), str(error))
            return None
        self.status(tr("Wrote {path}").format(path=path))
        return path

    def _share_info(self):
        """What a share page or photo says: customer, garment, fabric, date, finished girths
        (from the draft when the drape shown was made from it)."""
        import datetime as dt

        from mtm.core import i18n as core_i18n
        from mtm.render.share_page import SharePageInfo, key_measurements

        customer = self.window.current_customer()
        name = (customer.name if customer else "") or self.form.measurements().name
        fresh = self._drape_inputs == self._drape_key() and self.garment is not None
        title = self.garment_panel.garment().replace("_", " ").capitalize()
        fabric = ", ".join(x for x in (self.fabric_panel.fabric().replace("_", " "),
                                       self.fabric_panel.look()) if x)
        return SharePageInfo(customer=name or "Customer", garments=[title], fabric=fabric,
                             date=dt.date.today().isoformat(),
                             measurements=key_measurements(self.garment) if fresh else (),
                             language=core_i18n.language())

    def _export_3d(self, kind: str, path: Path) -> Job:
        from mtm.render.meshes import BodyMesh, as_garment

        body = BodyMesh(self.body_mesh.vertices, self.body_mesh.faces) if self.body_mesh \
            is not None else None
        garment = as_garment(self.drape)
        look = self.look3d()
        info = self._share_info() if kind in ("photo", "share") else None

        def work(progress, _cancelled):
            if kind == "png":
                return export_png(body, garment, path, look)
            if kind == "photo":
                details = " · ".join(x for x in (info.garments[0], info.fabric) if x)
                return export_photo(body, garment, path, look, [info.customer, details])
            if kind == "share":
                return export_share_page(body, garment, path, look, info)
            if kind == "glb":
                return export_glb(body, garment, path, look)
            return export_turntable(body, garment, path, look, progress=progress)

        job = Job(tr("Exporting {name}").format(name=path.name), work)
        wrote = tr("Wrote {path}").format(path=path)
        return self.jobs.start(job, on_success=lambda _r: self.status(wrote))

    # -- closing -------------------------------------------------------------------------------
    def confirm_close(self) -> bool:
        if self.project_dirty and (self.project_path is not None or self.drape is not None):
            answer = QMessageBox.question(
                self.window, tr("Unsaved project"), tr("Save the project before closing?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            if answer == QMessageBox.StandardButton.Save and not self.save_project():
                return False
        return True

    def shutdown(self) -> None:
        """The window closes cleanly: stop jobs, remember settings, drop the recovery copy."""
        self.closed = True
        self.autosave_timer.stop()
        wait_for_jobs(10000)
        self.settings.setValue("units", self.form.units())
        self.settings.setValue("default_garment", self.garment_panel.garment())
        self.settings.setValue("window/geometry", self.window.saveGeometry())
        self.settings.setValue("window/state", self.window.saveState())
        self.settings.sync()
        projects.recovery_path(self.session).unlink(missing_ok=True)
        self.view3d.close_plotter()

    def restore_layout(self) -> None:
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        if state is not None:
            self.window.restoreState(state)


def _mtime(path: Path) -> str:
    from datetime import datetime

    return datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")


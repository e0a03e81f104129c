"""The studio's workbench: garment, fabric, pattern and 3D wired into the main window.

The main window owns the customer book and the measurements form; the workbench adds
everything that turns measurements into a garment: the garment and fabric docks, the Pattern
and 3D tabs, and the parts that do the work, each in its own module:

- ``warm_up``: reading the catalogue and loading the heavy rooms once the window is up;
- ``draft_jobs``: redrafting the pattern off the GUI thread after every edit;
- ``drape_jobs``: fitting the body and draping, the drape shown, stale drape, auto redrape;
- ``fabric_choice``: the fabric follows the garment;
- ``edit_history``: undo and redo of measurement and option edits;
- ``project_session``: the ``.mtm`` project, unsaved changes, autosave and recovery;
- ``export_actions``: what the Export menu writes; ``studio_menus``: the menus themselves;
- ``showroom``: the full-screen showroom opened from the drape shown.

The workbench composes them and routes the window's signals: an edit of the measurements,
options, fabric or mesh size is recorded for undo, marks the project changed, redrafts the
pattern and tells the 3D view its drape is stale. It keeps the names the rest of the studio
and the tests use (``bench.start_drape()``, ``bench.drape``, ``bench.project_dirty``...) as
thin forwards to the part that owns them. Geometry, physics and drawing belong to the rooms
the parts call.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMainWindow

from mtm.core.i18n import GARMENTS, LANGUAGES
from mtm.core.measurements import MeasurementSet

from . import project as projects
from .draft_jobs import DraftJobs
from .drape_jobs import DEFAULT_RESOLUTION, REDRAPE_DELAY_MS, DrapeJobs
from .edit_history import EditHistory, MeasurementEdit, OptionEdit
from .export_actions import ExportActions
from .exports import Look3D
from .fabric_choice import FabricChoice
from .fabric_panel import DEFAULT_FABRIC, FabricPanel
from .garment_panel import GarmentPanel
from .i18n import tr, tr_catalogue
from .jobs import Job, JobBar, wait_for_jobs
from .pattern_view import PatternView
from .project_session import PROJECT_FILTER, ProjectSession
from .settings import get_str, studio_settings
from .studio_menus import add_drape_controls, build_menus
from .view3d import View3D
from .warm_up import WarmUp

__all__ = ["DEFAULT_RESOLUTION", "PROJECT_FILTER", "REDRAPE_DELAY_MS", "MeasurementEdit",
           "OptionEdit", "Workbench"]


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
        self.closed = False  # shut down: late job results are ignored
        self.showroom = None
        self.project = ProjectSession(self, session)
        self.history = EditHistory(self)
        self.drafts = DraftJobs(self)

        self.jobs = JobBar(window)
        window.statusBar().addPermanentWidget(self.jobs)

        start = get_str(self.settings, "default_garment", "tshirt")
        self.garment_panel = GarmentPanel(window, start, lazy=True)
        self.fabric_choice = FabricChoice(self)
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
        self.drapes = DrapeJobs(self)
        self.resolution_spin = self.drapes.resolution_spin
        self.resolution_spin.valueChanged.connect(self._on_resolution_changed)
        self.jobs.finished.connect(self.drapes.job_finished)
        self.exports = ExportActions(self)

        build_menus(self)
        add_drape_controls(self)
        self.view3d.drapeRequested.connect(self.start_drape)

        self.form.measurementsChanged.connect(self._on_measurements_changed)
        self.window.customer_panel.customerSelected.connect(self._on_customer_loaded)
        self.window.customer_panel.versionSelected.connect(self._on_customer_loaded)
        self.garment_panel.optionEdited.connect(self.history.record_option)
        self.garment_panel.garmentSwitched.connect(self._on_garment_switched)
        self.garment_panel.optionsChanged.connect(self._on_options_changed)
        self.garment_panel.outfitChanged.connect(self._on_outfit_changed)
        self.fabric_panel.fabricChanged.connect(self._on_fabric_changed)
        self.fabric_panel.lookChanged.connect(self._on_look_changed)

        units = get_str(self.settings, "units", "cm")
        if units in ("cm", "in"):
            self.form.set_units(units)
            self.pattern_view.set_units(units)
        self.form.units_combo.currentIndexChanged.connect(
            lambda _i: self.pattern_view.set_units(self.form.units()))

        self.project.start_autosave()
        self.project.update_title()
        self.schedule_draft()
        # the heavy reading starts once the window has painted (app/warm_up.py)
        self.warmer = WarmUp(self)

    def catalogue_read(self, specs, presets) -> None:
        """The garment catalogue and fabric presets are read: the garment panel becomes
        usable, the fabric becomes the garment's own when nobody chose one, and the pattern
        is drafted. Showing them is not a change of the project."""
        dirty, autosaved = self.project.dirty, self.project.autosaved
        self.garment_panel.set_specs(specs)  # shows the garment wanted: not a user change
        self.fabric_panel.set_presets(presets)
        self.fabric_choice.catalogue_read()
        self.project.dirty, self.project.autosaved = dirty, autosaved
        self.project.update_title()
        self.catalogueReady.emit()
        self.schedule_draft()

    def bottoms_known(self, bottoms: frozenset[str]) -> None:
        """Which garments are bottoms is known: the garment dock offers outfits."""
        self.garment_panel.set_bottoms(bottoms)

    # -- shown to the user ---------------------------------------------------------------------
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
        """Say ``text`` in the status bar for ``ms`` milliseconds."""
        self.window.statusBar().showMessage(text, ms)

    def choose_language(self, code: str) -> None:
        """Remember the studio's language (``system`` follows the locale); on restart."""
        if code != "system" and code not in LANGUAGES:
            raise ValueError(f"unknown language {code!r}")
        self.settings.setValue("language", code)
        self.settings.sync()
        self.status(tr("The language changes when MTM Studio is started again."), 10000)

    def open_showroom(self):
        """Show the current drape full screen for the customer (app/showroom.py)."""
        from .showroom import Showroom, variants_from_drapes

        drapes = self.drapes
        if drapes.drape is None:
            self.status(tr("Drape the garment first (Ctrl+D): the showroom shows the drape"),
                        8000)
            return None
        current, before = variants_from_drapes(
            (drapes.drape, drapes.body_mesh, drapes.inputs, drapes.others), drapes.previous,
            self.fabric_panel.look(), self.fabric_panel.color(), self.view3d.skin)
        self.showroom = Showroom(current, before, self.window)
        self.showroom.start()
        return self.showroom

    # -- edits: undo, project changed, redraft, stale drape ------------------------------------
    def _on_customer_loaded(self, *_args) -> None:
        """A customer or version was loaded into the form: a new starting point for undo."""
        self.history.restart(self.form.measurements())
        self.drapes.forget_previous()  # another customer's drape is no comparison

    def _on_measurements_changed(self, ms: MeasurementSet) -> None:
        self.history.record_measurements(ms)
        self._changed("measurements")

    def _on_garment_switched(self, old: str, new: str) -> None:
        last = dict(self.garment.options) if self.garment is not None else {}
        self.history.record_garment_switch((old, last), (new, self.garment_panel.options()))
        self.follow_garment_fabric(new)

    def _on_options_changed(self, _garment: str, _options: object) -> None:
        self._changed("options")

    def _on_fabric_changed(self, fabric: str) -> None:
        self.fabric_choice.fabric_chosen(fabric)
        self._changed("fabric")

    def _on_outfit_changed(self, _outfit: str) -> None:
        self._changed("outfit")

    def _on_resolution_changed(self, _value: float) -> None:
        self._changed("resolution")

    def _on_look_changed(self, look: str, color: str) -> None:
        self.view3d.set_look(look, color)  # the look needs no redrape
        self.project.mark_changed()

    def _changed(self, what: str) -> None:
        """Something the project holds changed: measurements and options are redrafted,
        and the drape shown may be stale now."""
        self.project.mark_changed()
        if what in ("measurements", "options"):
            self.schedule_draft()
        self.drapes.update_stale()

    # -- closing -------------------------------------------------------------------------------
    def shutdown(self) -> None:
        """The window closes cleanly: stop jobs, remember settings, drop the recovery copy."""
        self.closed = True
        self.project.stop_autosave()
        wait_for_jobs(10000)
        self.settings.setValue("units", self.form.units())
        self.settings.setValue("default_garment", self.garment_panel.garment())
        self.settings.setValue("window/geometry", self.window.saveGeometry())
        self.settings.setValue("window/state", self.window.saveState())
        self.settings.sync()
        self.project.drop_recovery()
        self.view3d.close_plotter()

    def restore_layout(self) -> None:
        """The window's size, place and dock layout as the last studio left them."""
        geometry = self.settings.value("window/geometry")
        state = self.settings.value("window/state")
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        if state is not None:
            self.window.restoreState(state)

    # -- the parts' state and work, under the names the studio and its tests use -------------
    @property
    def warm(self) -> bool:
        """The heavy rooms are imported (app/warm_up.py)."""
        return self.warmer.done

    def warm_up(self) -> None:
        self.warmer.start()

    @property
    def garment(self):
        """The drafted Garment shown now (app/draft_jobs.py)."""
        return self.drafts.garment

    @property
    def draft_error(self) -> str:
        """Why the last draft failed ('' when it did not)."""
        return self.drafts.error

    def schedule_draft(self) -> None:
        self.drafts.schedule()

    def drafting(self) -> bool:
        return self.drafts.drafting()

    def current_garment(self):
        return self.drafts.current_garment()

    @property
    def drape(self):
        """The DrapedGarment shown (app/drape_jobs.py)."""
        return self.drapes.drape

    @property
    def body_mesh(self) -> projects.BodyMeshData | None:
        return self.drapes.body_mesh

    @property
    def _drape_inputs(self) -> tuple | None:
        return self.drapes.inputs

    def _drape_key(self) -> tuple:
        return self.drapes.key()

    def prepare_drape(self) -> Job | None:
        """Fit the customer's body for the next drape in the background (app/drape_jobs.py)."""
        return self.drapes.prepare_body()

    def start_drape(self) -> Job | None:
        """Fit the body (cached per measurements) and drape the garment in a background job."""
        return self.drapes.start(auto=False)

    def garment_fabric(self, garment: str) -> str:
        return self.fabric_choice.garment_fabric(garment)

    def follow_garment_fabric(self, garment: str) -> None:
        self.fabric_choice.follow_garment(garment)

    @property
    def undo_stack(self):
        """The QUndoStack of measurement and option edits (app/edit_history.py)."""
        return self.history.stack

    @property
    def applying_undo(self) -> bool:
        """Widgets are being set by undo/redo or a project: not new edits."""
        return self.history.applying

    @applying_undo.setter
    def applying_undo(self, value: bool) -> None:
        self.history.applying = value

    def apply_measurements(self, ms: MeasurementSet) -> None:
        self.history.apply_measurements(ms)

    @property
    def session(self) -> str:
        """Names this studio's recovery copy (app/project_session.py)."""
        return self.project.session

    @property
    def project_path(self) -> Path | None:
        return self.project.path

    @project_path.setter
    def project_path(self, value: Path | None) -> None:
        self.project.path = value

    @property
    def project_dirty(self) -> bool:
        return self.project.dirty

    @project_dirty.setter
    def project_dirty(self, value: bool) -> None:
        self.project.dirty = value

    def current_project(self, with_drape: bool = True) -> projects.Project:
        return self.project.current_project(with_drape)

    def apply_project(self, project: projects.Project) -> None:
        self.project.apply_project(project)

    def new_project(self) -> None:
        self.project.new_project()

    def save_project(self, path: str | Path | None = None) -> bool:
        return self.project.save_project(path)

    def open_project(self, path: str | Path) -> bool:
        return self.project.open_project(path)

    def autosave(self) -> Path | None:
        return self.project.autosave()

    def offer_recovery(self) -> bool:
        return self.project.offer_recovery()

    def confirm_close(self) -> bool:
        return self.project.confirm_close()

    def look3d(self) -> Look3D:
        return self.exports.look3d()

    def choose_export(self, kind: str) -> None:
        self.exports.choose_export(kind)

    def export(self, kind: str, path: str | Path, **settings: str) -> Job | Path | None:
        """Write one export (app/export_actions.py); cut files at once, pictures as a job."""
        return self.exports.export(kind, path, **settings)

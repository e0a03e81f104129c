"""The studio's project: the ``.mtm`` file shown, whether it has unsaved changes, autosave and
recovery after a crash.

``ProjectSession`` is the window side of ``app/project.py`` (which owns the bytes): New, Open,
Save, Save as and Open recent; the window title (file name, ``*`` when changed); the recovery
copy written every ``autosave_seconds`` (setting, default 2 minutes) while something changed,
and offered to the next studio when this one did not close properly. A project captures what
the window shows (customer, measurements, garment and options, the outfit's second garment,
fabric and look, mesh size) and, when it was made from exactly that, the drape (both garments
of an outfit) and its body.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from mtm.core.errors import MtmError

from . import project as projects
from .dialogs import ask, show_error
from .i18n import QT_TR_NOOP, tr
from .settings import (
    DEFAULT_AUTOSAVE_SECONDS,
    add_recent_file,
    get_int,
    get_str,
    recent_files,
)

if TYPE_CHECKING:
    from .workbench import Workbench

PROJECT_FILTER = QT_TR_NOOP("MTM project (*.mtm)")


class ProjectSession(QObject):
    """The project file of one studio window, its changes and its recovery copy."""

    def __init__(self, bench: Workbench, session: str | None = None):
        super().__init__(bench)
        self.bench = bench
        self.session = session or projects.new_session()  # names the recovery copy
        self.path: Path | None = None  # the project's file; None until saved or opened
        self.dirty = False  # changed since opened or saved
        self.autosaved = True  # the recovery copy holds the latest change
        self.recent_menu: QMenu | None = None  # Project > Open recent, once the menus exist
        self.autosave_timer = QTimer(self)
        self.autosave_timer.timeout.connect(self.autosave)

    def start_autosave(self) -> None:
        """Write the recovery copy every ``autosave_seconds`` (setting) from now on."""
        seconds = max(1, get_int(self.bench.settings, "autosave_seconds",
                                 DEFAULT_AUTOSAVE_SECONDS))
        self.autosave_timer.setInterval(seconds * 1000)
        self.autosave_timer.start()

    def mark_changed(self) -> None:
        """Something the project holds changed: unsaved, and due for the recovery copy."""
        self.dirty = True
        self.autosaved = False
        self.update_title()

    def update_title(self) -> None:
        """The window title: the project's file name, with ``*`` when it has changes."""
        window = self.bench.window
        if self.path is None:  # no project file: the plain studio title
            window.setWindowTitle("MTM Studio")  # the product's name
            return
        star = "*" if self.dirty else ""
        window.setWindowTitle(f"{self.path.name}{star} — MTM Studio")

    def fill_recent(self) -> None:
        """Project > Open recent: the recent project files, newest first."""
        menu = self.recent_menu
        if menu is None:
            return
        menu.clear()
        files = recent_files(self.bench.settings)
        for path in files:
            action = menu.addAction(Path(path).name)
            action.setToolTip(path)
            action.triggered.connect(lambda _c=False, p=path: self.bench.open_project(p))
        menu.setEnabled(bool(files))

    # -- what the window shows <-> a project ---------------------------------------------------
    def current_project(self, with_drape: bool = True) -> projects.Project:
        """The project the window shows; the drape only when made from exactly that."""
        bench = self.bench
        customer = bench.window.current_customer()
        ms = bench.form.measurements()
        fresh = with_drape and bench.drapes.fresh()
        outfit = bench.garment_panel.outfit()
        worn = next(((d, f) for d, f, name in bench.drapes.others if name == outfit), None)
        return projects.Project(
            customer_name=customer.name if customer else ms.name,
            customer_id=customer.id if customer else None,
            measurements=ms, units=bench.form.units(),
            garment=bench.garment_panel.garment(), options=bench.garment_panel.options(),
            fabric=bench.fabric_panel.fabric(), look=bench.fabric_panel.look(),
            color=bench.fabric_panel.color(), resolution=bench.drapes.resolution(),
            drape=bench.drape if fresh else None,
            body=bench.body_mesh if fresh else None, outfit=outfit,
            outfit_drape=worn[0] if (fresh and worn) else None,
            outfit_fabric=worn[1] if (fresh and worn) else "")

    def apply_project(self, project: projects.Project) -> None:
        """Show a project: its customer (when in the book), measurements, garment and what it is
        worn with, fabric and drape (both garments of an outfit)."""
        bench = self.bench
        form, window = bench.form, bench.window
        form.mark_saved()  # the user agreed to leave the current state
        book = window.book
        if project.customer_id is not None and book is not None:
            found = next((c for c in book.customers() if c.id == project.customer_id
                          and c.name == project.customer_name), None)
            if found is not None:
                window.customer_panel.select_customer(found.id)
        bench.applying_undo = True
        try:
            form.set_measurements(project.measurements,
                                  units=project.units if project.units in ("cm", "in")
                                  else None)
            form.set_heading((project.customer_name or tr("Customer")) + "\n"
                             + tr("from the project"))
            form.set_can_save(window.current_customer() is not None)
            bench.garment_panel.set_garment(project.garment, dict(project.options))
            bench.garment_panel.set_outfit(project.outfit, emit=False)
            bench.fabric_panel.set_fabric(project.fabric, emit=False)
            bench.fabric_choice.pending = False  # the project's fabric stands
            bench.fabric_panel.set_look(project.look, project.color, emit=False)
            bench.resolution_spin.setValue(project.resolution)
        finally:
            bench.applying_undo = False
        shown = form.measurements()
        others = ([(project.outfit_drape, project.outfit_fabric, project.outfit)]
                  if project.outfit_drape is not None else [])
        bench.drapes.show_loaded(project.drape, project.body, others)
        bench.history.restart(shown)
        bench.schedule_draft()

    # -- New, Open, Save -----------------------------------------------------------------------
    def new_project(self) -> None:
        """A new project for the customer shown, with the default garment and its fabric."""
        bench = self.bench
        if not self.confirm_leave_project():
            return
        self.path = None
        default = get_str(bench.settings, "default_garment", "tshirt")
        customer = bench.window.current_customer()
        self.apply_project(projects.Project(
            garment=default,
            fabric=bench.garment_fabric(default) or bench.fabric_panel.fabric(),
            look=bench.fabric_panel.look(), measurements=bench.form.measurements(),
            units=bench.form.units(), customer_name=customer.name if customer else "",
            customer_id=customer.id if customer else None))
        self.dirty = False
        self.update_title()

    def save_project(self, path: str | Path | None = None) -> bool:
        """Save to ``path`` (or the project's file; asks for one when new). True when saved."""
        bench = self.bench
        target = Path(path) if path else self.path
        if target is None:
            return self.choose_save_as()
        if target.suffix.lower() != projects.SUFFIX:
            target = target.with_suffix(projects.SUFFIX)
        try:
            projects.save_project(self.current_project(), target)
        except (MtmError, OSError) as error:
            show_error(bench.window, tr("Cannot save the project"), str(error))
            return False
        self.path = target
        self.dirty = False
        self.autosaved = True
        bench.undo_stack.setClean()
        projects.recovery_path(self.session).unlink(missing_ok=True)
        add_recent_file(bench.settings, target)
        bench.settings.setValue("folders/projects", str(target.parent))
        self.fill_recent()
        self.update_title()
        bench.status(tr("Saved {path}").format(path=target))
        return True

    def choose_save_as(self) -> bool:
        """Ask where to save the project (suggesting customer-garment.mtm), then save it."""
        bench = self.bench
        folder = get_str(bench.settings, "folders/projects", str(Path.home()))
        stem = (bench.form.measurements().name or "project").replace(" ", "_")
        suggestion = str(Path(folder) / f"{stem}-{bench.garment_panel.garment()}.mtm")
        path, _ = QFileDialog.getSaveFileName(bench.window, tr("Save project"), suggestion,
                                              tr(PROJECT_FILTER))
        return bool(path) and self.save_project(path)

    def choose_open_project(self) -> None:
        """Ask for a project file, then open it."""
        bench = self.bench
        folder = get_str(bench.settings, "folders/projects", str(Path.home()))
        path, _ = QFileDialog.getOpenFileName(bench.window, tr("Open project"), folder,
                                              tr(PROJECT_FILTER))
        if path:
            bench.open_project(path)

    def open_project(self, path: str | Path) -> bool:
        """Open a ``.mtm`` file; a damaged file is a clear message, never a crash."""
        bench = self.bench
        if not self.confirm_leave_project():
            return False
        try:
            project = projects.load_project(path)
        except MtmError as error:
            show_error(bench.window, tr("Cannot open the project"), str(error))
            return False
        self.apply_project(project)
        self.path = Path(path)
        self.dirty = False
        add_recent_file(bench.settings, path)
        self.fill_recent()
        self.update_title()
        bench.status(tr("Opened {path}").format(path=path))
        return True

    def confirm_leave_project(self) -> bool:
        """True when nothing unsaved would be lost, or the user agrees to lose it."""
        window = self.bench.window
        if not self.dirty or (self.path is None and self.bench.drape is None):
            return window.confirm_discard()
        return ask(window, tr("Unsaved project"),
                   tr("The project has changes that are not saved. Discard them?"))

    def confirm_close(self) -> bool:
        """The window may close: nothing unsaved, or the user saved or discarded it."""
        if self.dirty and (self.path is not None or self.bench.drape is not None):
            answer = QMessageBox.question(
                self.bench.window, tr("Unsaved project"), tr("Save the project before closing?"),
                QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard
                | QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Save)
            if answer == QMessageBox.StandardButton.Cancel:
                return False
            if answer == QMessageBox.StandardButton.Save and not self.bench.save_project():
                return False
        return True

    # -- autosave and recovery ----------------------------------------------------------------
    def autosave(self) -> Path | None:
        """Write the recovery copy when something changed since the last one."""
        bench = self.bench
        if self.autosaved:
            return None
        try:
            path = projects.autosave(self.current_project(), self.session,
                                     str(self.path or ""))
        except (MtmError, OSError) as error:
            bench.status(tr("Autosave failed: {problem}").format(problem=error), 10000)
            return None
        self.autosaved = True
        bench.status(tr("Autosaved"), 2000)
        return path

    def offer_recovery(self) -> bool:
        """After a crash: offer the newest autosave another studio left behind."""
        bench = self.bench
        left = projects.recoverable()
        if not left:
            return False
        newest = left[0]
        if not ask(bench.window, tr("Recover work"),
                   tr("MTM Studio did not close properly last time. Recover the work saved "
                      "automatically at {time}?").format(time=_mtime(newest))):
            for path in left:
                path.unlink(missing_ok=True)
            return False
        try:
            project = projects.load_project(newest)
        except MtmError as error:
            show_error(bench.window, tr("Cannot recover"), str(error))
            newest.unlink(missing_ok=True)
            return False
        self.apply_project(project)
        self.path = Path(project.original_path) if project.original_path else None
        for path in left:
            path.unlink(missing_ok=True)
        self.dirty = True
        self.autosaved = False
        self.autosave()
        self.update_title()
        bench.status(tr("Recovered the autosaved work; save it to keep it"))
        return True

    def stop_autosave(self) -> None:
        """No more recovery copies (the window is closing)."""
        self.autosave_timer.stop()

    def drop_recovery(self) -> None:
        """Delete this session's recovery copy (the work is saved or deliberately left)."""
        projects.recovery_path(self.session).unlink(missing_ok=True)


def _mtime(path: Path) -> str:
    """When ``path`` was last written, as the recovery question shows it."""
    return datetime.fromtimestamp(path.stat().st_mtime).strftime("%Y-%m-%d %H:%M")

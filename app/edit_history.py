"""Undo and redo in the studio: edits of the measurements form and of the garment's options.

``EditHistory`` owns the studio's ``QUndoStack``. Each edit the user makes becomes one command
(``MeasurementEdit``, ``OptionEdit``) pushed after the widget already shows it; undoing puts
the old value back in the widget. While a command (or a project being opened) sets widgets,
``applying`` is True so those changes are not recorded as new edits. The workbench decides
when an edit happened and what else follows from it (redraft, stale drape); this module only
keeps the history.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import QWidget

from mtm.core.i18n import MEASUREMENTS
from mtm.core.measurements import CATALOGUE, MeasurementSet

from .garment_panel import option_label
from .i18n import tr, tr_catalogue

if TYPE_CHECKING:
    from .workbench import Workbench


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


class EditHistory(QObject):
    """The studio's undo stack and the measurements it starts from.

    ``shown`` is what the form shows now (the ``old`` side of the next measurement edit);
    ``loaded`` is what was last loaded from the customer book or a project (the form stays
    marked changed while undo leaves it elsewhere)."""

    def __init__(self, bench: Workbench):
        super().__init__(bench)
        self.bench = bench
        self.stack = QUndoStack(self)
        self.applying = False  # widgets are being set by undo/redo or a project, not the user
        self.shown: MeasurementSet = bench.form.measurements()
        self.loaded: MeasurementSet = self.shown

    def make_actions(self, window: QWidget) -> tuple[QAction, QAction]:
        """Edit > Undo and Redo, with the standard shortcuts and the next command's text."""
        undo = self.stack.createUndoAction(window, tr("&Undo"))
        undo.setShortcut(QKeySequence.StandardKey.Undo)
        redo = self.stack.createRedoAction(window, tr("&Redo"))
        redo.setShortcut(QKeySequence.StandardKey.Redo)
        return undo, redo

    def restart(self, ms: MeasurementSet) -> None:
        """A new starting point (a customer, version or project loaded): ``ms`` is shown and
        loaded, and nothing before it can be undone."""
        self.shown = self.loaded = ms
        self.stack.clear()

    def record_measurements(self, ms: MeasurementSet) -> None:
        """The form now shows ``ms``: an undoable edit unless undo itself put it there."""
        if not self.applying and ms != self.shown:
            self.stack.push(MeasurementEdit(self.bench, self.shown, ms))
        self.shown = ms

    def apply_measurements(self, ms: MeasurementSet) -> None:
        """Show ``ms`` in the form (undo/redo); the form stays marked changed when it differs
        from what was loaded."""
        form = self.bench.form
        self.applying = True
        try:
            form.set_measurements(ms)
            if ms != self.loaded:
                form._set_dirty(True)
        finally:
            self.applying = False
        self.shown = ms

    def record_option(self, name: str, old: object, new: object) -> None:
        """Style option ``name`` went from ``old`` to ``new`` in the garment panel."""
        if not self.applying:
            self.stack.push(OptionEdit(self.bench, name, old, new))

    def record_garment_switch(self, old: tuple[str, dict], new: tuple[str, dict]) -> None:
        """The garment panel switched from ``old`` to ``new`` (each ``(garment, options)``);
        the first garment shown (``old`` garment '') is no edit."""
        if not self.applying and old[0]:
            self.stack.push(OptionEdit(self.bench, None, old, new))

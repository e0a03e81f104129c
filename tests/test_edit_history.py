"""app/edit_history.py: the studio's undo stack of measurement and option edits, on a real
measurements form and garment panel (the workbench around them is a small stand-in)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from PySide6.QtCore import QObject

from mtm.app.edit_history import EditHistory, MeasurementEdit, OptionEdit
from mtm.app.garment_panel import GarmentPanel
from mtm.app.measurement_form import MeasurementForm
from mtm.app.samples import sample_measurements

pytestmark = pytest.mark.gui


class Bench(QObject):
    """What EditHistory and its commands use of the workbench, wired as the workbench is."""

    def __init__(self):
        super().__init__()
        self.form = MeasurementForm()
        self.garment_panel = GarmentPanel(None, "tshirt")
        self.followed: list[str] = []  # garments the fabric was asked to follow
        self.history = EditHistory(self)
        self.form.measurementsChanged.connect(self.history.record_measurements)
        self.garment_panel.optionEdited.connect(self.history.record_option)

    @property
    def applying_undo(self) -> bool:
        return self.history.applying

    @applying_undo.setter
    def applying_undo(self, value: bool) -> None:
        self.history.applying = value

    def apply_measurements(self, ms) -> None:
        self.history.apply_measurements(ms)

    def follow_garment_fabric(self, garment: str) -> None:
        self.followed.append(garment)


@pytest.fixture
def bench(qtbot):
    made = Bench()
    qtbot.addWidget(made.form)
    qtbot.addWidget(made.garment_panel)
    loaded = sample_measurements()
    made.form.set_measurements(loaded)
    made.history.restart(loaded)
    return made


def _with_chest(ms, chest: float):
    return replace(ms, values={**ms.values, "chest_girth": chest})


def test_a_measurement_edit_is_undone_and_redone_in_the_form(bench):
    history, form = bench.history, bench.form
    loaded = form.measurements()
    edited = _with_chest(loaded, loaded.values["chest_girth"] + 4.0)
    form.set_measurements(edited)  # as an edit of the form: it emits measurementsChanged
    form._set_dirty(True)
    assert history.stack.count() == 1 and history.shown == edited
    command = history.stack.command(0)
    assert isinstance(command, MeasurementEdit)
    assert "Chest" in command.text() and command.text().startswith("edit ")

    history.stack.undo()
    assert form.measurements() == loaded and not form.is_dirty()  # back to what was loaded
    assert history.stack.count() == 1  # undoing is not a new edit
    history.stack.redo()
    assert form.measurements() == edited and form.is_dirty()  # differs from the loaded
    assert history.stack.count() == 1 and history.shown == edited


def test_the_same_measurements_again_are_no_edit(bench):
    bench.form.set_measurements(bench.form.measurements())
    assert bench.history.stack.count() == 0


def test_restart_forgets_the_edits_and_starts_from_what_is_shown(bench):
    history, form = bench.history, bench.form
    edited = _with_chest(form.measurements(), 101.0)
    form.set_measurements(edited)
    assert history.stack.count() == 1
    history.restart(edited)
    assert history.stack.count() == 0 and not history.stack.canUndo()
    assert history.shown == history.loaded == edited


def test_an_option_edit_is_undone_in_the_garment_panel(bench, qtbot):
    panel, history = bench.garment_panel, bench.history
    qtbot.waitUntil(panel.ready, timeout=120_000)
    before = panel.options()["length"]
    panel.editor("length").setValue(before + 5.0)
    assert panel.options()["length"] == before + 5.0
    assert history.stack.count() == 1
    assert isinstance(history.stack.command(0), OptionEdit)
    history.stack.undo()
    assert panel.options()["length"] == before
    assert panel.editor("length").value() == before
    assert history.stack.count() == 1 and not history.applying
    history.stack.redo()
    assert panel.options()["length"] == before + 5.0


def test_a_garment_switch_is_undone_with_its_options_and_fabric(bench, qtbot):
    panel, history = bench.garment_panel, bench.history
    qtbot.waitUntil(panel.ready, timeout=120_000)
    tshirt = ("tshirt", {**panel.options(), "length": 6.0})
    history.record_garment_switch(("", {}), ("tshirt", panel.options()))
    assert history.stack.count() == 0  # the first garment shown is no edit
    panel.set_garment("skirt")
    history.record_garment_switch(tshirt, ("skirt", panel.options()))
    assert history.stack.count() == 1
    assert history.stack.undoText() == "change garment"
    history.stack.undo()
    assert panel.garment() == "tshirt" and panel.options()["length"] == 6.0
    assert bench.followed == ["tshirt"]  # the fabric follows the garment put back
    history.stack.redo()
    assert panel.garment() == "skirt" and bench.followed == ["tshirt", "skirt"]


def test_nothing_is_recorded_while_undo_or_a_project_sets_the_widgets(bench):
    history = bench.history
    history.applying = True
    bench.form.set_measurements(_with_chest(bench.form.measurements(), 99.0))
    history.record_option("length", 2.0, 4.0)
    history.record_garment_switch(("tshirt", {}), ("skirt", {}))
    assert history.stack.count() == 0
    history.applying = False
    history.record_option("length", 2.0, 4.0)
    assert history.stack.count() == 1


def test_undo_and_redo_actions_follow_the_stack(bench, qtbot):
    undo, redo = bench.history.make_actions(bench.form)
    assert not undo.isEnabled() and not redo.isEnabled()
    bench.form.set_measurements(_with_chest(bench.form.measurements(), 97.0))
    assert undo.isEnabled() and "Chest" in undo.text()
    undo.trigger()
    assert redo.isEnabled() and not undo.isEnabled()

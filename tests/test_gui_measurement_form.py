"""The measurements form: generated from the catalogue, validated by core, units, files."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QGroupBox, QMessageBox

from mtm.app.measurement_form import SEVERITY_COLOURS, MeasurementForm
from mtm.app.samples import sample_measurements
from mtm.core.io.measurement_files import read_measurements
from mtm.core.measurements import CATALOGUE, GROUPS, MeasurementSet

pytestmark = pytest.mark.gui


@pytest.fixture
def form(qtbot):
    widget = MeasurementForm()
    qtbot.addWidget(widget)
    widget.resize(480, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_measurements(sample_measurements(), units="cm")
    widget.set_can_save(True)
    return widget


@pytest.fixture
def errors_shown(monkeypatch):
    """Message boxes the form would show, recorded instead of blocking the test."""
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: shown.append((title, text)))
    return shown


def enter(qtbot, form: MeasurementForm, key: str, text: str) -> None:
    """Type ``text`` into a field the way a person does: select all, type, press Enter."""
    edit = form.fields[key].edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_fields_are_generated_from_the_catalogue(form):
    assert list(form.fields) == list(CATALOGUE)
    titles = [box.title() for box in form.findChildren(QGroupBox)]
    assert titles == list(GROUPS)
    for key, field in form.fields.items():
        spec = CATALOGUE[key]
        assert field.label.text() == spec.label
        assert spec.definition in field.edit.toolTip()
        assert field.unit.text() == spec.unit


def test_sample_customer_is_shown_and_valid(form):
    assert form.fields["chest_girth"].edit.text() == "94"
    assert form.fields["weight"].edit.text() == "66.8"
    assert form.fields["underbust_girth"].edit.text() == ""
    assert form.problems() == []
    assert "all valid" in form.summary.text()
    assert form.save_button.isEnabled()


def test_a_typo_is_flagged_then_corrected(qtbot, form):
    message = form.fields["chest_girth"].message
    enter(qtbot, form, "chest_girth", "940")
    assert form.measurements()["chest_girth"] == 940.0
    assert message.isVisible()
    assert "impossible" in message.text() and "60-180 cm" in message.text()
    assert SEVERITY_COLOURS["error"] in message.styleSheet()
    assert SEVERITY_COLOURS["error"] in form.fields["chest_girth"].edit.styleSheet()
    assert "1 error" in form.summary.text()
    assert not form.save_button.isEnabled()

    enter(qtbot, form, "chest_girth", "94.5")
    assert form.measurements()["chest_girth"] == 94.5
    assert not message.isVisible()
    assert form.fields["chest_girth"].edit.styleSheet() == ""
    assert form.problems() == []
    assert form.save_button.isEnabled()


def test_text_that_is_not_a_number_is_an_error_and_kept_in_the_field(qtbot, form):
    enter(qtbot, form, "waist_girth", "8o")
    assert "waist_girth" in form.measurements().invalid
    assert form.fields["waist_girth"].edit.text() == "8o"
    assert "not a number" in form.fields["waist_girth"].message.text()
    assert not form.save_button.isEnabled()
    enter(qtbot, form, "waist_girth", "80")
    assert form.measurements()["waist_girth"] == 80.0
    assert not form.measurements().invalid


def test_unusual_value_is_an_amber_warning_and_can_still_be_saved(qtbot, form):
    enter(qtbot, form, "chest_girth", "125")
    field = form.fields["chest_girth"]
    assert field.severity == "warning"
    assert "unusual" in field.message.text()
    assert SEVERITY_COLOURS["warning"] in field.message.styleSheet()
    assert form.save_button.isEnabled()
    # the typical range depends on sex: 125 cm is within the men's range
    form.sex_combo.setCurrentIndex(form.sex_combo.findData("male"))
    assert form.measurements().sex == "male"
    assert field.severity is None


def test_inconsistent_measurements_flag_every_field_involved(qtbot, form):
    enter(qtbot, form, "underbust_girth", "100")
    for key in ("underbust_girth", "chest_girth"):
        assert form.fields[key].severity == "error"
        assert "underbust girth is larger than chest girth" in form.fields[key].message.text()
    enter(qtbot, form, "underbust_girth", "80")
    assert form.fields["chest_girth"].severity is None


def test_units_switch_converts_values_without_drift(qtbot, form):
    before = dict(form.measurements().values)
    form.units_combo.setCurrentIndex(form.units_combo.findData("in"))
    assert form.units() == "in"
    assert form.fields["chest_girth"].edit.text() == "37.01"  # 94 / 2.54
    assert form.fields["chest_girth"].unit.text() == "in"
    assert form.fields["weight"].edit.text() == "66.8"
    assert form.fields["weight"].unit.text() == "kg"
    for _ in range(3):
        form.set_units("cm")
        form.set_units("in")
    assert dict(form.measurements().values) == before

    enter(qtbot, form, "hip_girth", "40")
    assert form.measurements()["hip_girth"] == pytest.approx(101.6)
    # leaving a field without changing it keeps the exact value (no rounding through text)
    enter(qtbot, form, "chest_girth", "37.01")
    assert form.measurements()["chest_girth"] == before["chest_girth"]
    form.set_units("cm")
    assert form.fields["hip_girth"].edit.text() == "101.6"


def test_changes_are_announced(qtbot, form):
    with qtbot.waitSignal(form.measurementsChanged) as blocker:
        enter(qtbot, form, "height", "170")
    assert isinstance(blocker.args[0], MeasurementSet)
    assert blocker.args[0]["height"] == 170.0
    assert form.is_dirty()


def test_estimate_missing_fills_and_marks_the_empty_fields(form):
    missing = set(CATALOGUE) - set(form.measurements().values)
    assert missing
    form.estimate_missing()
    ms = form.measurements()
    assert set(ms.values) == set(CATALOGUE)
    assert ms.estimated == missing
    for key in missing:
        assert form.fields[key].edit.font().italic()
        assert form.fields[key].edit.text() != ""
    assert not form.fields["chest_girth"].edit.font().italic()


def test_estimates_outside_the_survey_are_refused_in_one_line(form, errors_shown):
    form.set_measurements(MeasurementSet.from_mapping(
        {"height": 100, "chest_girth": 62, "waist_girth": 55, "hip_girth": 66}, sex="female"),
        units="cm")
    form.estimate_missing()
    assert len(errors_shown) == 1
    title, text = errors_shown[0]
    assert text.startswith("height: estimates cover") and "\n" not in text
    assert "weight" not in text
    assert set(form.measurements().values) == {"height", "chest_girth", "waist_girth",
                                               "hip_girth"}
    assert form.fields["weight"].edit.text() == ""


def test_both_waists_have_fields(form):
    assert form.fields["waist_girth"].label.text() == "Waist girth"
    assert form.fields["waist_girth_omphalion"].label.text() == "Waist girth at the navel"
    assert "navel" in form.fields["waist_girth_omphalion"].edit.toolTip()


def test_import_and_export_round_trip(tmp_path, form, errors_shown):
    out = tmp_path / "ada.json"
    assert form.export_file(out)
    assert read_measurements(out).values == form.measurements().values

    other = tmp_path / "other.json"
    other.write_text(json.dumps({
        "format": "mtm-measurements/1", "name": "Other", "sex": "male", "units": "in",
        "measurements": {"height": 70, "chest_girth": 40}}))
    assert form.import_file(other)
    assert form.name_edit.text() == "Other"
    assert form.sex_combo.currentData() == "male"
    assert form.measurements()["chest_girth"] == pytest.approx(101.6)
    assert form.fields["waist_girth"].edit.text() == ""
    assert errors_shown == []


@pytest.mark.parametrize("content", ["{not json", "", '{"format": "something/2"}',
                                     '{"format": "mtm-measurements/1", "units": "furlongs", '
                                     '"measurements": {"height": 1}}'])
def test_a_bad_file_gives_a_message_box_and_leaves_the_form_alone(tmp_path, form,
                                                                  errors_shown, content):
    bad = tmp_path / "bad.json"
    bad.write_text(content)
    before = form.measurements()
    assert not form.import_file(bad)
    assert len(errors_shown) == 1
    title, text = errors_shown[0]
    assert title == "Cannot import measurements"
    assert "bad.json" in text and "Traceback" not in text
    assert form.measurements() is before


def test_missing_file_and_unwritable_export_are_reported(tmp_path, form, errors_shown):
    assert not form.import_file(tmp_path / "nope.json")
    assert not form.export_file(tmp_path / "no" / "such" / "folder" / "x.json")
    assert not form.export_file(tmp_path / "x.pdf")
    assert [title for title, _ in errors_shown] == [
        "Cannot import measurements", "Cannot export measurements", "Cannot export measurements"]


def test_buttons_use_the_file_dialogs(qtbot, tmp_path, form, monkeypatch, errors_shown):
    target = tmp_path / "exported.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        lambda *a, **k: (str(target), "CSV (*.csv)"))
    qtbot.mouseClick(form.export_button, Qt.MouseButton.LeftButton)
    assert target.exists()

    form.set_measurements(MeasurementSet())
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(target), "CSV (*.csv)"))
    qtbot.mouseClick(form.import_button, Qt.MouseButton.LeftButton)
    assert form.measurements()["chest_girth"] == pytest.approx(94.0)
    assert errors_shown == []


def test_save_button_emits_the_current_set(qtbot, form):
    enter(qtbot, form, "height", "163")
    with qtbot.waitSignal(form.saveRequested) as blocker:
        qtbot.mouseClick(form.save_button, Qt.MouseButton.LeftButton)
    assert blocker.args[0]["height"] == 163.0
    form.set_can_save(False)
    assert not form.save_button.isEnabled()

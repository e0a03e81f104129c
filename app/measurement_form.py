"""The measurements form: one field per catalogue entry, grouped, with inline validation.

The form is a view over a ``MeasurementSet`` (cm inside). It knows no measurement rules of its
own: parsing and checking are ``core.measurements`` (``from_mapping``, ``validate``) and
estimating is ``MeasurementSet.with_estimates``. Every change emits ``measurementsChanged`` so
later views (pattern, 3D) can follow the customer's measurements the way napari's views follow
their layers.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from mtm.core.errors import MtmError
from mtm.core.i18n import MEASUREMENTS
from mtm.core.io.measurement_files import read_measurements, write_measurements
from mtm.core.measurements import (
    CATALOGUE,
    GROUPS,
    MeasurementSet,
    Problem,
    has_errors,
    validate,
)
from mtm.core.units import from_cm

from .dialogs import show_error
from .i18n import format_number, tr, tr_catalogue

#: Length units the form offers (weight is always kg).
FORM_UNITS: tuple[str, ...] = ("cm", "in")

#: Colours of inline messages: errors red, warnings amber (dark enough to read on white).
SEVERITY_COLOURS: dict[str, str] = {"error": "#c62828", "warning": "#a86400"}

#: File types the import button offers (read by core.io.measurement_files).
IMPORT_FILTER = ("{measurements} (*.json *.csv *.vit *.smis *.vst *.smms);;JSON (*.json);;"
                 "CSV (*.csv);;Seamly2D/Valentina (*.vit *.smis *.vst *.smms)")
#: File types the export button offers.
EXPORT_FILTER = "JSON (*.json);;CSV (*.csv);;Seamly2D/Valentina (*.vit)"


def _count(count: int, one: str, many: str) -> str:
    """``one`` or ``many`` (already translated, with ``{n}``) filled in with ``count``."""
    return (one if count == 1 else many).format(n=count)


def format_value(value: float) -> str:
    """A number as the form shows it: at most two decimals, no trailing zeros, with the
    language's decimal separator (a comma in Vietnamese and Indonesian; typing either a
    comma or a point is read back as the same number)."""
    return format_number(value, 2)


class MeasurementField:
    """The widgets of one measurement: label, line edit, unit and the inline message."""

    def __init__(self, key: str, parent: QWidget):
        spec = CATALOGUE[key]
        self.key = key
        label = tr_catalogue(MEASUREMENTS, spec.label)
        self.definition = tr_catalogue(MEASUREMENTS, spec.definition)
        self.label = QLabel(label, parent)
        self.label.setToolTip(self.definition)
        self.edit = QLineEdit(parent)
        self.edit.setObjectName(f"field_{key}")
        self.edit.setToolTip(self.definition)
        self.edit.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.edit.setMaximumWidth(110)
        self.edit.setPlaceholderText(tr("not measured"))
        self.edit.setAccessibleName(label)
        self.label.setBuddy(self.edit)
        self.unit = QLabel(spec.unit, parent)
        self.unit.setMinimumWidth(22)
        self.message = QLabel(parent)
        self.message.setObjectName(f"message_{key}")
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        self.severity: str | None = None

    def show_problems(self, problems: list[Problem]) -> None:
        """Show the problems that name this field (errors first) or clear the message."""
        problems = sorted(problems, key=lambda p: p.severity != "error")
        self.severity = problems[0].severity if problems else None
        if not problems:
            self.message.clear()
            self.message.setVisible(False)
            self.edit.setStyleSheet("")
            return
        colour = SEVERITY_COLOURS[self.severity]
        self.message.setText("\n".join(p.message for p in problems))
        self.message.setStyleSheet(f"color: {colour};")
        self.message.setVisible(True)
        self.edit.setStyleSheet(f"QLineEdit {{ border: 2px solid {colour}; }}")


class MeasurementForm(QWidget):
    """Edit one MeasurementSet: name, sex, units and every catalogue measurement."""

    #: The current MeasurementSet after every change (typing, import, units, sex...).
    measurementsChanged = Signal(object)
    #: tr("Save new version") was pressed with this MeasurementSet (the window saves it).
    saveRequested = Signal(object)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._ms = MeasurementSet()
        self._units = "cm"
        self._problems: list[Problem] = []
        self._can_save = False
        self._dirty = False
        self._heading_text = tr("No customer selected")
        self.fields: dict[str, MeasurementField] = {}
        self._build()
        self._refresh_values()
        self._revalidate(emit=False)

    # -- building ----------
    def _build(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(6, 6, 6, 6)

        self.heading = QLabel(tr("No customer selected"), self)
        self.heading.setObjectName("formHeading")
        self.heading.setStyleSheet("font-weight: bold; font-size: 12pt;")
        self.heading.setWordWrap(True)
        outer.addWidget(self.heading)

        header = QFormLayout()
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(tr("name shown on exports"))
        self.name_edit.editingFinished.connect(self._on_name_edited)
        header.addRow(tr("Name"), self.name_edit)
        self.sex_combo = QComboBox(self)
        for text, value in ((tr("not given"), ""), (tr("female"), "female"), (tr("male"), "male")):
            self.sex_combo.addItem(text, value)
        self.sex_combo.setToolTip(tr("Typical ranges and estimates depend on sex"))
        self.sex_combo.currentIndexChanged.connect(self._on_sex_changed)
        header.addRow(tr("Sex"), self.sex_combo)
        self.units_combo = QComboBox(self)
        for unit in FORM_UNITS:
            self.units_combo.addItem(unit, unit)
        self.units_combo.setToolTip(tr("Units of the length fields; values convert when switched"))
        self.units_combo.currentIndexChanged.connect(self._on_units_changed)
        header.addRow(tr("Units"), self.units_combo)
        outer.addLayout(header)

        buttons = QHBoxLayout()
        self.import_button = QPushButton(tr("Import…"), self)
        self.import_button.setToolTip(
            tr("Read measurements from a .json, .csv, Seamly2D or Valentina file"))
        self.import_button.clicked.connect(self.choose_import_file)
        self.export_button = QPushButton(tr("Export…"), self)
        self.export_button.setToolTip(tr("Write these measurements to a .json, .csv or .vit file"))
        self.export_button.clicked.connect(self.choose_export_file)
        self.estimate_button = QPushButton(tr("Estimate missing"), self)
        self.estimate_button.setToolTip(
            tr("Fill empty fields from height, chest, waist and hip (ANSUR II regressions); "
               "estimated values are shown in italics"))
        self.estimate_button.clicked.connect(self.estimate_missing)
        for button in (self.import_button, self.export_button, self.estimate_button):
            buttons.addWidget(button)
        outer.addLayout(buttons)

        self.summary = QLabel(self)
        self.summary.setObjectName("validationSummary")
        self.summary.setWordWrap(True)
        outer.addWidget(self.summary)

        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        body = QWidget(scroll)
        body_layout = QVBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        for group in GROUPS:
            box = QGroupBox(tr_catalogue(MEASUREMENTS, group), body)
            grid = QGridLayout(box)
            grid.setColumnStretch(0, 1)
            row = 0
            for key, spec in CATALOGUE.items():
                if spec.group != group:
                    continue
                field = MeasurementField(key, box)
                field.edit.editingFinished.connect(
                    lambda key=key: self._on_field_edited(key))
                grid.addWidget(field.label, row, 0)
                grid.addWidget(field.edit, row, 1)
                grid.addWidget(field.unit, row, 2)
                grid.addWidget(field.message, row + 1, 0, 1, 3)
                self.fields[key] = field
                row += 2
            body_layout.addWidget(box)
        body_layout.addStretch(1)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.extra_label = QLabel(self)
        self.extra_label.setWordWrap(True)
        self.extra_label.setVisible(False)
        outer.addWidget(self.extra_label)

        self.save_button = QPushButton(tr("Save new version"), self)
        self.save_button.setObjectName("saveButton")
        self.save_button.setToolTip(
            tr("Save these measurements to the customer book as a new version; "
               "earlier versions are kept"))
        self.save_button.setSizePolicy(QSizePolicy.Policy.Expanding,
                                       QSizePolicy.Policy.Fixed)
        self.save_button.clicked.connect(self._on_save_clicked)
        outer.addWidget(self.save_button)

    # -- public API -------------------------------------------------------------------------------
    def measurements(self) -> MeasurementSet:
        """The MeasurementSet the form shows now (cm/kg)."""
        return self._ms

    def problems(self) -> list[Problem]:
        """The validation problems of the current measurements."""
        return list(self._problems)

    def units(self) -> str:
        """The units the length fields are shown in ('cm' or 'in')."""
        return self._units

    def is_dirty(self) -> bool:
        """True when the user changed something since the last load or save."""
        return self._dirty

    def set_heading(self, text: str) -> None:
        """The customer and version shown above the form (set by the window)."""
        self._heading_text = text
        self._show_heading()

    def _show_heading(self) -> None:
        marker = "\n" + tr("changed, not saved") if self._dirty else ""
        self.heading.setText(self._heading_text + marker)

    def _set_dirty(self, dirty: bool) -> None:
        if dirty != self._dirty:
            self._dirty = dirty
            self._show_heading()

    def set_can_save(self, can_save: bool) -> None:
        """Whether there is a customer to save to (the window knows; the form does not)."""
        self._can_save = can_save
        self._update_save_button()

    def set_measurements(self, ms: MeasurementSet, units: str | None = None) -> None:
        """Show ``ms`` (optionally switching the length units) and validate it."""
        self._ms = ms
        self._set_dirty(False)
        if units in FORM_UNITS:
            self._units = units
            self._select_combo(self.units_combo, units)
        self._select_combo(self.sex_combo, ms.sex or "")
        self.name_edit.setText(ms.name)
        self._refresh_values()
        self._revalidate()

    def set_units(self, units: str) -> None:
        """Switch the length fields to ``units``; the values convert, nothing is lost."""
        if units not in FORM_UNITS:
            raise ValueError(f"units must be one of {FORM_UNITS}, got {units!r}")
        self._select_combo(self.units_combo, units)

    def mark_saved(self) -> None:
        self._set_dirty(False)

    def import_file(self, path: str | Path) -> bool:
        """Read measurements from ``path`` into the form; a bad file shows a message box."""
        try:
            ms = read_measurements(Path(path))
        except (MtmError, OSError) as error:
            show_error(self, tr("Cannot import measurements"), str(error))
            return False
        self._ms = ms
        self._set_dirty(True)
        self._select_combo(self.sex_combo, ms.sex or "")
        self.name_edit.setText(ms.name)
        self._refresh_values()
        self._revalidate()
        return True

    def export_file(self, path: str | Path) -> bool:
        """Write the current measurements to ``path``; failures show a message box."""
        try:
            write_measurements(self._ms, Path(path), units=self._units)
        except (MtmError, OSError) as error:
            show_error(self, tr("Cannot export measurements"), str(error))
            return False
        return True

    def estimate_missing(self) -> None:
        """Fill the empty fields with estimates from core (marked, shown in italics)."""
        try:
            estimated = self._ms.with_estimates()
        except MtmError as error:
            show_error(self, tr("Cannot estimate measurements"), str(error))
            return
        self._ms = estimated
        self._set_dirty(True)
        self._refresh_values()
        self._revalidate()

    # -- reactions ----------
    def _on_field_edited(self, key: str) -> None:
        field = self.fields[key]
        text = field.edit.text().strip()
        if text == self._display_text(key):
            return  # focus left the field without a change
        parsed = MeasurementSet.from_mapping({key: text}, units=self._units)
        values = {k: v for k, v in self._ms.values.items() if k != key}
        values.update(parsed.values)
        invalid = {k: v for k, v in self._ms.invalid.items() if k != key}
        invalid.update(parsed.invalid)
        self._ms = self._ms.replace(values=values, invalid=invalid,
                                    estimated=self._ms.estimated - {key})
        self._set_dirty(True)
        self._show_value(key)
        self._revalidate()

    def _on_name_edited(self) -> None:
        name = self.name_edit.text().strip()
        if name != self._ms.name:
            self._ms = self._ms.replace(name=name)
            self._set_dirty(True)
            self.measurementsChanged.emit(self._ms)

    def _on_sex_changed(self) -> None:
        sex = self.sex_combo.currentData() or None
        if sex != self._ms.sex:
            self._ms = self._ms.replace(sex=sex)
            self._set_dirty(True)
            self._revalidate()

    def _on_units_changed(self) -> None:
        units = self.units_combo.currentData()
        if units == self._units:
            return
        self._units = units
        self._refresh_values()

    def choose_import_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, tr("Import measurements"), "",
                                              IMPORT_FILTER.format(
                                                  measurements=tr("Measurements")))
        if path:
            self.import_file(path)

    def choose_export_file(self) -> None:
        stem = "".join(c if c.isalnum() or c in "-_" else "_" for c in self._ms.name.strip())
        path, _ = QFileDialog.getSaveFileName(self, tr("Export measurements"),
                                              f"{stem or 'measurements'}.json", EXPORT_FILTER)
        if path:
            self.export_file(path)

    def _on_save_clicked(self) -> None:
        self.saveRequested.emit(self._ms)

    # -- showing ----------
    def _display_text(self, key: str) -> str:
        if key in self._ms.invalid:
            return self._ms.invalid[key]
        value = self._ms.get(key)
        if value is None:
            return ""
        if CATALOGUE[key].unit == "cm":
            value = from_cm(value, self._units)
        return format_value(value)

    def _show_value(self, key: str) -> None:
        field = self.fields[key]
        field.edit.setText(self._display_text(key))
        field.edit.setCursorPosition(0)
        estimated = key in self._ms.estimated
        font = field.edit.font()
        font.setItalic(estimated)
        field.edit.setFont(font)
        tip = field.definition
        if estimated:
            tip += "\n\n" + tr("Estimated, not measured: type a measured value to replace it.")
        field.edit.setToolTip(tip)
        if CATALOGUE[key].unit == "cm":
            field.unit.setText(self._units)

    def _refresh_values(self) -> None:
        for key in self.fields:
            self._show_value(key)
        extra = len(self._ms.extra)
        self.extra_label.setVisible(bool(extra))
        self.extra_label.setText(
            _count(extra, tr("{n} further measurement from the imported file (not in the "
                             "catalogue) is kept and exported again."),
                   tr("{n} further measurements from the imported file (not in the "
                      "catalogue) are kept and exported again.")))

    def _revalidate(self, emit: bool = True) -> None:
        self._problems = validate(self._ms)
        for key, field in self.fields.items():
            field.show_problems([p for p in self._problems if key in p.keys])
        errors = sum(p.severity == "error" for p in self._problems)
        warnings = len(self._problems) - errors
        if not self._ms.values and not self._ms.invalid:
            text, colour = tr("No measurements yet: type them in or import a file."), "#555555"
        elif errors:
            text = _count(errors, tr("{n} error"), tr("{n} errors"))
            if warnings:
                text += ", " + _count(warnings, tr("{n} warning"), tr("{n} warnings"))
            text += tr(": fix the fields marked red before saving.")
            colour = SEVERITY_COLOURS["error"]
        elif warnings:
            text = (_count(warnings, tr("{n} warning"), tr("{n} warnings"))
                    + tr(": unusual values, please check them."))
            colour = SEVERITY_COLOURS["warning"]
        else:
            text = (_count(len(self._ms.values), tr("{n} measurement"), tr("{n} measurements"))
                    + tr(", all valid."))
            colour = "#2e7d32"
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {colour};")
        self._update_save_button()
        if emit:
            self.measurementsChanged.emit(self._ms)

    def _update_save_button(self) -> None:
        ok = self._can_save and bool(self._ms.values) and not has_errors(self._problems)
        self.save_button.setEnabled(ok)
        if not self._can_save:
            why = tr("Select or add a customer to save measurements.")
        elif has_errors(self._problems):
            why = tr("Fix the errors before saving.")
        elif not self._ms.values:
            why = tr("Enter some measurements first.")
        else:
            why = tr("Save these measurements to the customer book as a new version.")
        self.save_button.setToolTip(why)

    @staticmethod
    def _select_combo(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        if index >= 0 and index != combo.currentIndex():
            combo.setCurrentIndex(index)

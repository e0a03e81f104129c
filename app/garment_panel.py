"""The garment dock: pick a garment from the catalogue and set its style options.

The options form is generated from the garment's declared ``Option`` records (number with its
range and unit, a choice, or a yes/no), so a new garment needs no studio code. Every edit emits
``optionEdited(name, old, new)`` (for undo) and ``optionsChanged(garment, options)`` (to
redraft); the values are checked by the declarations, never by the panel.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from mtm.core.i18n import GARMENTS
from mtm.patterns import GarmentSpec, garment_names, get_garment
from mtm.patterns.options import Option

from .i18n import format_number, tr, tr_catalogue

UNIT_SUFFIX = {"cm": " cm", "%": " %", "deg": "°"}


def _is_count(option: Option) -> bool:
    """Options like a number of buttons take whole numbers."""
    values = [option.default, option.min, option.max]
    return option.unit == "" and all(v is None or float(v).is_integer() for v in values)


def option_label(name: str) -> str:
    """An option's name as the form shows it ('sleeve_length' -> 'Sleeve length'),
    translated (``scripts/i18n_update.py`` files the same text)."""
    return tr_catalogue(GARMENTS, name.replace("_", " ").capitalize())


def choice_label(choice: str) -> str:
    """A choice as the form shows it ('a_line' -> 'a line'), translated."""
    return tr_catalogue(GARMENTS, choice.replace("_", " "))


def _value_text(option: Option, value: object) -> str:
    if isinstance(value, bool):
        return tr("yes") if value else tr("no")
    if isinstance(value, (int, float)):
        return format_number(float(value), 2)
    if option.kind == "choice":
        return choice_label(str(value))
    return str(value)


def option_tooltip(option: Option) -> str:
    """The declaration's help with its range or choices and default."""
    if option.kind == "number":
        unit = UNIT_SUFFIX.get(option.unit, f" {option.unit}" if option.unit else "")
        lo = tr("any") if option.min is None else format_number(option.min, 3)
        hi = tr("any") if option.max is None else format_number(option.max, 3)
        rng = tr("{low} to {high}").format(low=lo, high=hi) + unit
    elif option.kind == "choice":
        rng = tr("one of: {choices}").format(
            choices=", ".join(choice_label(c) for c in option.choices))
    else:
        rng = tr("yes or no")
    return (tr_catalogue(GARMENTS, option.help) + "\n"
            + tr("{range}; default {default}").format(range=rng,
                                                       default=_value_text(option, option.default)))


def bottom_garments(specs: dict[str, GarmentSpec]) -> frozenset[str]:
    """The garments worn from the waist down (skirt, trousers), which a top is worn over in
    an outfit. Told as the drape room tells them (``is_bottom``: every piece is placed on
    the waist or the legs), from drafting each garment once for the sample customer with
    its default options (a fraction of a second: the studio calls it off the GUI thread)."""
    from mtm.core.drape.outfit import is_bottom
    from mtm.core.errors import MtmError

    from .samples import sample_measurements

    ms = sample_measurements().with_estimates()
    bottoms = set()
    for name, spec in specs.items():
        try:
            if is_bottom(spec.draft(ms, {})):
                bottoms.add(name)
        except MtmError:  # a garment the sample cannot wear is left out of outfits
            continue
    return frozenset(bottoms)


def catalogue() -> dict[str, GarmentSpec]:
    """Every garment's spec (imports the garment modules: seconds the first time, because the
    drafting blocks load scipy; the studio calls this off the GUI thread)."""
    return {name: get_garment(name) for name in garment_names()}


class GarmentPanel(QWidget):
    """Garment choice and a form of its options, generated from the declarations."""

    #: (garment name, {option: value}) after any change
    optionsChanged = Signal(str, object)
    #: the garment was switched: (old name, new name)
    garmentSwitched = Signal(str, str)
    #: one option was edited by the user: (name, old value, new value)
    optionEdited = Signal(str, object, object)
    #: the user chose the second garment of an outfit ('' for none)
    outfitChanged = Signal(str)

    def __init__(self, parent: QWidget | None = None, garment: str = "tshirt",
                 specs: dict[str, GarmentSpec] | None = None, lazy: bool = False):
        """``lazy``: wait for ``set_specs`` (the catalogue read off the GUI thread)."""
        super().__init__(parent)
        self._garment = garment
        self._values: dict[str, object] = {}
        self._editors: dict[str, QWidget] = {}
        self._specs: dict[str, GarmentSpec] = {}
        self._quiet = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.garment_combo = QComboBox(self)
        self.garment_combo.setObjectName("garmentCombo")
        self.garment_combo.currentIndexChanged.connect(self._on_garment_chosen)
        layout.addWidget(self.garment_combo)
        # the second garment of an outfit: a top over a bottom, a jacket over a top or a
        # bottom (known once the garments are told apart, see ``bottom_garments``)
        self._outfit = ""
        self._bottoms: frozenset[str] | None = None
        outfit_row = QHBoxLayout()
        self.outfit_label = QLabel(tr("Worn with"), self)
        self.outfit_combo = QComboBox(self)
        self.outfit_combo.setObjectName("outfitCombo")
        self.outfit_combo.setToolTip(tr("A second garment draped with this one: a top over a "
                                        "bottom, or a jacket over a shirt or a bottom (the "
                                        "garment underneath is draped first, the other over "
                                        "it)"))
        self.outfit_label.setBuddy(self.outfit_combo)
        self.outfit_combo.currentIndexChanged.connect(self._on_outfit_chosen)
        outfit_row.addWidget(self.outfit_label)
        outfit_row.addWidget(self.outfit_combo, 1)
        layout.addLayout(outfit_row)
        self._fill_outfit()
        self.system_label = QLabel(self)
        self.system_label.setWordWrap(True)
        self.system_label.setStyleSheet("color: #555555;")
        layout.addWidget(self.system_label)
        self.scroll = QScrollArea(self)
        self.scroll.setWidgetResizable(True)
        layout.addWidget(self.scroll, 1)
        self.reset_button = QPushButton(tr("Reset options to defaults"), self)
        self.reset_button.clicked.connect(self.reset_defaults)
        layout.addWidget(self.reset_button)
        if lazy and specs is None:
            self.garment_combo.addItem(garment, garment)
            self.setEnabled(False)
            self.system_label.setText(tr("Reading the garment catalogue…"))
        else:
            self.set_specs(specs if specs is not None else catalogue())

    def set_specs(self, specs: dict[str, GarmentSpec]) -> None:
        """Fill the garment choice from the catalogue and show the wanted garment."""
        self._specs = dict(specs)
        self._quiet = True
        try:
            self.garment_combo.clear()
            for name, spec in self._specs.items():
                title = tr_catalogue(GARMENTS, spec.title)
                self.garment_combo.addItem(title, name)
                self.garment_combo.setItemData(
                    self.garment_combo.count() - 1,
                    tr("{garment}: drafted after {system}").format(
                        garment=title, system=tr_catalogue(GARMENTS, spec.system)),
                    Qt.ItemDataRole.ToolTipRole)
        finally:
            self._quiet = False
        self.setEnabled(True)
        wanted = self._garment if self._garment in self._specs else next(iter(self._specs))
        self.set_garment(wanted, dict(self._values))

    def ready(self) -> bool:
        return bool(self._specs)

    def set_bottoms(self, bottoms: frozenset[str]) -> None:
        """Which garments are bottoms (``bottom_garments``): the outfit choice offers the
        other kind than the garment chosen."""
        self._bottoms = frozenset(bottoms)
        self._fill_outfit()

    def outfit(self) -> str:
        """The second garment of the outfit ('' when the garment is worn alone)."""
        return self._outfit

    def set_outfit(self, name: str, emit: bool = True) -> None:
        """Wear ``name`` with the garment ('' for nothing); ignored unless it is offered.
        Before the garments are told apart (a project opened at start-up) the outfit is
        kept and shown, and dropped later only if it turns out not to fit."""
        name = name or ""
        known = self._bottoms is not None and bool(self._specs)
        if name == self._outfit or (known and self.outfit_combo.findData(name) < 0):
            return
        self._outfit = name
        self._fill_outfit()
        if emit and self._outfit == name:
            self.outfitChanged.emit(self._outfit)

    def spec(self, name: str) -> GarmentSpec | None:
        """The catalogue entry of garment ``name`` (None until the catalogue is read)."""
        return self._specs.get(name)

    # -- public ----------------------------------------------------------------------------
    def garment(self) -> str:
        return self._garment

    def options(self) -> dict[str, object]:
        """The options as set (every declared option, defaults included)."""
        return dict(self._values)

    def set_garment(self, name: str, options: dict[str, object] | None = None,
                    emit: bool = True) -> None:
        """Show garment ``name`` with ``options`` over its defaults."""
        if not self._specs:  # the catalogue is still being read: remember what to show
            self._garment = name
            self._values = dict(options or {})
            return
        spec = self._specs.get(name) or get_garment(name)
        self._garment = name
        self._values = {o.name: o.default for o in spec.options}
        for key, value in (options or {}).items():
            if key in self._values:
                self._values[key] = value
        self._quiet = True
        try:
            index = self.garment_combo.findData(name)
            if index != self.garment_combo.currentIndex():
                self.garment_combo.setCurrentIndex(index)
            self._build_form(spec.options)
        finally:
            self._quiet = False
        sexes = ", ".join(tr(sex) for sex in spec.sexes)  # tr("female"), tr("male")
        self.system_label.setText(tr("Drafted after {system}. For: {sexes}.").format(
            system=tr_catalogue(GARMENTS, spec.system), sexes=sexes))
        self._fill_outfit()
        if emit:
            self.optionsChanged.emit(self._garment, self.options())

    def set_option(self, name: str, value: object, emit: bool = True) -> None:
        """Set one option (used by undo/redo); the editor follows."""
        if name not in self._values:
            return
        self._values[name] = value
        self._quiet = True
        try:
            self._show(name)
        finally:
            self._quiet = False
        if emit:
            self.optionsChanged.emit(self._garment, self.options())

    def editor(self, name: str) -> QWidget:
        return self._editors[name]

    def reset_defaults(self) -> None:
        if not self._specs:
            return
        for option in self._specs[self._garment].options:
            if self._values.get(option.name) != option.default:
                old = self._values[option.name]
                self.set_option(option.name, option.default, emit=False)
                self.optionEdited.emit(option.name, old, option.default)
        self.optionsChanged.emit(self._garment, self.options())

    # -- building ----------------------------------------------------------------------------
    def _build_form(self, options: tuple[Option, ...]) -> None:
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        # a long option name (they are longer in Vietnamese and Indonesian) puts its editor on
        # the next line instead of squeezing it or scrolling sideways
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self._editors = {}
        for option in options:
            editor = self._make_editor(option)
            editor.setObjectName(f"option_{option.name}")
            editor.setToolTip(option_tooltip(option))
            editor.setAccessibleName(option_label(option.name))
            label = QLabel(option_label(option.name), form_widget)
            label.setToolTip(option_tooltip(option))
            label.setBuddy(editor)
            form.addRow(label, editor)
            self._editors[option.name] = editor
            self._show(option.name)
        self.scroll.setWidget(form_widget)

    def _make_editor(self, option: Option) -> QWidget:
        if option.kind == "choice":
            combo = QComboBox()
            for choice in option.choices:
                combo.addItem(choice_label(choice), choice)
            combo.currentIndexChanged.connect(
                lambda _i, n=option.name, c=combo: self._edited(n, c.currentData()))
            return combo
        if option.kind == "bool":
            box = QCheckBox()
            box.toggled.connect(lambda checked, n=option.name: self._edited(n, bool(checked)))
            return box
        spin = QDoubleSpinBox()
        count = _is_count(option)
        spin.setDecimals(0 if count else 2)
        spin.setRange(-1e6 if option.min is None else option.min,
                      1e6 if option.max is None else option.max)
        span = (option.max or 1.0) - (option.min or 0.0)
        spin.setSingleStep(1.0 if count or span > 5 else 0.05 if span <= 1 else 0.5)
        spin.setSuffix(UNIT_SUFFIX.get(option.unit, f" {option.unit}" if option.unit else ""))
        spin.setKeyboardTracking(False)  # typing commits on Enter / focus out, arrows at once
        spin.valueChanged.connect(
            lambda value, n=option.name, c=count: self._edited(n, int(value) if c else value))
        return spin

    def _show(self, name: str) -> None:
        editor = self._editors.get(name)
        value = self._values[name]
        if isinstance(editor, QComboBox):
            editor.setCurrentIndex(max(0, editor.findData(value)))
        elif isinstance(editor, QCheckBox):
            editor.setChecked(bool(value))
        elif isinstance(editor, QDoubleSpinBox):
            editor.setValue(float(value))

    def _fill_outfit(self) -> None:
        """Offer the garments worn with this one: tops for a bottom, bottoms for a top, and
        for a garment worn over a top (a jacket: ``GarmentSpec.layer`` 1) the tops and bottoms
        it goes over; an outfit chosen before that no longer fits is dropped."""
        quiet, self._quiet = self._quiet, True
        try:
            self.outfit_combo.clear()
            self.outfit_combo.addItem(tr("nothing"), "")
            known = self._bottoms is not None and bool(self._specs)
            if known:
                mine = self._rank(self._garment)
                for name, spec in self._specs.items():
                    rank = self._rank(name)
                    if name != self._garment and rank != mine and (mine == 2 or rank < 2):
                        self.outfit_combo.addItem(tr_catalogue(GARMENTS, spec.title), name)
            elif self._outfit:  # not told apart yet: keep the outfit asked for, shown greyed
                spec = self._specs.get(self._outfit)
                self.outfit_combo.addItem(tr_catalogue(GARMENTS, spec.title) if spec
                                          else self._outfit, self._outfit)
            index = self.outfit_combo.findData(self._outfit)
            if index < 0:
                self._outfit, index = "", 0
            self.outfit_combo.setCurrentIndex(index)
            self.outfit_combo.setEnabled(known)
        finally:
            self._quiet = quiet

    def _rank(self, name: str) -> int:
        """Where garment ``name`` goes in an outfit's drape order (as outfit.layer_rank): 0 a
        bottom, 1 a top next to the skin, 2 a top worn over another (a jacket)."""
        spec = self._specs.get(name)
        if name in (self._bottoms or ()):
            return 0
        return 1 + (spec.layer if spec is not None else 0)

    # -- reactions --------------------------------------------------------------------------
    def _on_outfit_chosen(self) -> None:
        if self._quiet:
            return
        name = self.outfit_combo.currentData() or ""
        if name != self._outfit:
            self._outfit = name
            self.outfitChanged.emit(name)

    def _edited(self, name: str, value: object) -> None:
        if self._quiet or self._values.get(name) == value:
            return
        old = self._values[name]
        self._values[name] = value
        self.optionEdited.emit(name, old, value)
        self.optionsChanged.emit(self._garment, self.options())

    def _on_garment_chosen(self) -> None:
        if self._quiet:
            return
        name = self.garment_combo.currentData()
        if name and name != self._garment:
            old = self._garment
            self.set_garment(name)
            self.garmentSwitched.emit(old, name)

"""The fabric dock: which cloth the garment is draped in and how it looks.

The presets are the drape room's fabric files (mechanics: weight, stretch, bending); the looks
are the render room's procedural textures, shown as swatches drawn from the same tiles the 3D
view uses. Changing the fabric makes the drape stale; changing the look only repaints.
"""

from __future__ import annotations

import numpy as np
from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QColor, QIcon, QImage, QPixmap
from PySide6.QtWidgets import (
    QColorDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mtm.core.i18n import FABRICS
from mtm.render.textures import LOOKS, fabric_look

from .i18n import format_number, tr, tr_catalogue

SWATCH_PX = 56
#: The drape room's default preset (``mtm.core.drape.fabrics.DEFAULT_FABRIC``); named here so
#: the window can show up before the drape room (numba, scipy) has been imported.
DEFAULT_FABRIC = "cotton_jersey"


def fabric_presets() -> list[tuple[str, str, str]]:
    """(name, label, tooltip) of every fabric preset. Imports the drape room (seconds the
    first time): the studio calls it off the GUI thread once the window is up."""
    from mtm.core.drape.fabrics import fabric_names, load_fabric

    out = []
    for name in fabric_names():
        preset = load_fabric(name)
        tip = (tr("{gsm} g/m², bending {bending} N·m, {kind}").format(
            gsm=format_number(preset.density_gsm, 1), bending=f"{preset.bending:.2g}",
            kind=tr("woven") if preset.woven else tr("knit")) + f"\n{preset.source}")
        out.append((name, tr_catalogue(FABRICS, preset.label or name.replace("_", " ")), tip))
    return out


def swatch(look: str, color: str = "", px: int = SWATCH_PX) -> QPixmap:
    """A square swatch of a fabric look: its tile repeated over about 4 cm."""
    texture = fabric_look(look, color or None)
    tile = texture.image
    reps_x = max(1, int(np.ceil(4.0 / texture.tile_cm[0])))
    reps_y = max(1, int(np.ceil(4.0 / texture.tile_cm[1])))
    image = np.ascontiguousarray(np.tile(tile, (min(reps_y, 40), min(reps_x, 40), 1)))
    h, w, _ = image.shape
    qimage = QImage(image.data, w, h, 3 * w, QImage.Format.Format_RGB888).copy()
    return QPixmap.fromImage(qimage).scaled(px, px, Qt.AspectRatioMode.IgnoreAspectRatio,
                                            Qt.TransformationMode.SmoothTransformation)


def default_look(fabric: str) -> str:
    """The look that suits a preset (as ``mtm render`` picks it)."""
    return "denim" if "denim" in fabric else "jersey" if "jersey" in fabric else "solid"


class FabricPanel(QWidget):
    """Fabric presets and look swatches with a colour choice."""

    #: the preset changed (the drape is stale)
    fabricChanged = Signal(str)
    #: look or colour changed: (look, colour '#rrggbb' or '')
    lookChanged = Signal(str, str)

    def __init__(self, parent: QWidget | None = None, fabric: str = DEFAULT_FABRIC):
        super().__init__(parent)
        self._fabric = fabric
        self._look = default_look(fabric)
        self._color = ""
        self._presets_loaded = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(QLabel(tr("Fabric (how it drapes)"), self))
        self.fabric_list = QListWidget(self)
        self.fabric_list.setObjectName("fabricList")
        # until the presets are read (off the GUI thread), the chosen one stands alone
        item = QListWidgetItem(fabric.replace("_", " "), self.fabric_list)
        item.setData(Qt.ItemDataRole.UserRole, fabric)
        self.fabric_list.setMaximumHeight(130)
        self.fabric_list.currentItemChanged.connect(self._on_fabric)
        layout.addWidget(self.fabric_list)

        layout.addWidget(QLabel(tr("Look (how it shows in 3D)"), self))
        self.look_list = QListWidget(self)
        self.look_list.setObjectName("lookList")
        self.look_list.setViewMode(QListWidget.ViewMode.IconMode)
        self.look_list.setIconSize(QSize(SWATCH_PX, SWATCH_PX))
        self.look_list.setResizeMode(QListWidget.ResizeMode.Adjust)
        self.look_list.setMovement(QListWidget.Movement.Static)
        self.look_list.setSpacing(4)
        self.look_list.currentItemChanged.connect(self._on_look)
        layout.addWidget(self.look_list, 1)
        row = QHBoxLayout()
        self.color_button = QPushButton(tr("Colour…"), self)
        self.color_button.setToolTip(tr("Choose the fabric's main colour"))
        self.color_button.clicked.connect(self.choose_color)
        self.default_color_button = QPushButton(tr("Default colour"), self)
        self.default_color_button.clicked.connect(lambda: self.set_look(self._look, ""))
        row.addWidget(self.color_button)
        row.addWidget(self.default_color_button)
        layout.addLayout(row)
        self._fill_looks()
        self.set_fabric(fabric, emit=False)
        self.set_look(self._look, "", emit=False)

    # -- public ---------------------------------------------------------------------------
    def fabric(self) -> str:
        return self._fabric

    def look(self) -> str:
        return self._look

    def color(self) -> str:
        return self._color

    def fabric_label(self, name: str | None = None) -> str:
        """The shown (translated) name of preset ``name`` (default: the chosen one)."""
        name = self._fabric if name is None else name
        for row in range(self.fabric_list.count()):
            item = self.fabric_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                return item.text()
        return name.replace("_", " ")

    def offers(self, name: str) -> bool:
        """Whether ``name`` is one of the listed presets (True while they are still being
        read: nothing is known to be missing yet)."""
        if not self._presets_loaded:
            return True
        return any(self.fabric_list.item(row).data(Qt.ItemDataRole.UserRole) == name
                   for row in range(self.fabric_list.count()))

    def set_presets(self, presets: list[tuple[str, str, str]]) -> None:
        """Fill the fabric list with (name, label, tooltip) of the presets."""
        self.fabric_list.blockSignals(True)
        self.fabric_list.clear()
        for name, label, tip in presets:
            item = QListWidgetItem(label, self.fabric_list)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(tip)
        self.fabric_list.blockSignals(False)
        self._presets_loaded = True
        self.set_fabric(self._fabric, emit=False)

    def set_fabric(self, name: str, emit: bool = True) -> None:
        for row in range(self.fabric_list.count()):
            item = self.fabric_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == name:
                self.fabric_list.blockSignals(True)
                self.fabric_list.setCurrentItem(item)
                self.fabric_list.blockSignals(False)
                changed = name != self._fabric
                self._fabric = name
                if emit and changed:
                    self.fabricChanged.emit(name)
                return
        # not listed (yet): the presets are still being read, remember the choice
        changed = name != self._fabric
        self._fabric = name
        if not self._presets_loaded and self.fabric_list.count() == 1:
            item = self.fabric_list.item(0)
            item.setText(name.replace("_", " "))
            item.setData(Qt.ItemDataRole.UserRole, name)
        if emit and changed:
            self.fabricChanged.emit(name)

    def set_look(self, look: str, color: str = "", emit: bool = True) -> None:
        recolour = color != self._color
        self._look, self._color = look, color
        if recolour:
            self._fill_looks()
        for row in range(self.look_list.count()):
            item = self.look_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == look:
                self.look_list.blockSignals(True)
                self.look_list.setCurrentItem(item)
                self.look_list.blockSignals(False)
        if emit:
            self.lookChanged.emit(self._look, self._color)

    def choose_color(self) -> None:
        start = QColor(self._color) if self._color else QColor(*fabric_look(self._look).color)
        chosen = QColorDialog.getColor(start, self, tr("Fabric colour"))
        if chosen.isValid():
            self.set_look(self._look, chosen.name())

    # -- internals ------------------------------------------------------------------------------
    def _fill_looks(self) -> None:
        self.look_list.blockSignals(True)
        self.look_list.clear()
        for name in LOOKS:
            shown = tr_catalogue(FABRICS, name)
            item = QListWidgetItem(QIcon(swatch(name, self._color)), shown, self.look_list)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setToolTip(tr("{look} look").format(look=shown)
                            + (tr(" in {colour}").format(colour=self._color)
                               if self._color else ""))
        self.look_list.blockSignals(False)

    def _on_fabric(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is None:
            return
        name = item.data(Qt.ItemDataRole.UserRole)
        if name != self._fabric:
            self._fabric = name
            self.fabricChanged.emit(name)
            suggested = default_look(name)
            if suggested != self._look and not self._color:
                self.set_look(suggested, "")

    def _on_look(self, item: QListWidgetItem | None, _previous: object) -> None:
        if item is not None:
            self.set_look(item.data(Qt.ItemDataRole.UserRole), self._color)

"""Showroom mode: what sales staff show a customer, full screen, with nothing to edit.

The 3D view fills the window, with large camera buttons, a slow turntable, colourway and
fabric-look swatches that change the look at once (no redrape: the drape stays, only its
texture changes), and a side-by-side compare of two variants on the same body with one
camera: two colourways of the drape shown, or the drape shown next to the one before it
(another fit or size draped earlier). An outfit is shown whole: the outfit's other garment
(e.g. the trousers under a shirt) is in every view, turn and compare, in its own fabric's look;
the swatches dress the main garment only. The showroom receives meshes and looks only, never
the customer's measurements or the project, so nothing in it can change the customer's data.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from PySide6.QtCore import QElapsedTimer, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from .i18n import QT_TR_NOOP, tr, tr_catalogue

#: Colourways offered as swatches: (name, #RRGGBB).
COLOURWAYS = (
    (QT_TR_NOOP("Navy"), "#1f2f57"), (QT_TR_NOOP("Ivory"), "#efe8d8"),
    (QT_TR_NOOP("Red"), "#b3202a"), (QT_TR_NOOP("Black"), "#1b1b1d"),
    (QT_TR_NOOP("Sage"), "#8a9a7b"), (QT_TR_NOOP("Sand"), "#c8b18e"),
    (QT_TR_NOOP("Sky"), "#7fa7d1"), (QT_TR_NOOP("Burgundy"), "#6b1f33"),
)
#: Fabric looks offered as swatches (render.textures.fabric_look names).
LOOKS = ("solid", "jersey", "stripes", "gingham", "check", "denim", "herringbone")
#: Camera buttons: (label, render.scene view).
CAMERAS = ((QT_TR_NOOP("Front"), "front"), ("3/4", "three-quarter"),
           (QT_TR_NOOP("Side"), "left"), (QT_TR_NOOP("Back"), "back"))
#: Turntable speed (degrees a second) and frame interval (ms).
TURN_DEG_PER_S = 20.0
TURN_INTERVAL_MS = 50


@dataclass(frozen=True)
class Variant:
    """One garment as shown: body and draped garment meshes, its look, and a caption."""

    label: str
    body: object  # mtm.render.meshes.BodyMesh or None
    garment: object  # mtm.render.meshes.GarmentMesh
    look: str = "jersey"
    color: str = ""
    skin: str = "mst-4"
    #: the outfit's other garments, each keeping its own look: (GarmentMesh, FabricTexture)
    under: tuple = ()


class ShowroomPane(QWidget):
    """One 3D view of a variant with its caption; the plotter is made when first shown."""

    def __init__(self, variant: Variant, parent: QWidget | None = None):
        super().__init__(parent)
        self.variant = variant
        self.plotter = None
        self.scene = None
        self.azimuth = 0.0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.caption = QLabel(self)
        self.caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.caption.setStyleSheet("font-size: 15pt; padding: 6px; color: #333;")
        layout.addWidget(self.caption)
        self.holder = QVBoxLayout()
        layout.addLayout(self.holder, 1)
        self.setMinimumSize(QSize(320, 400))
        self._caption()

    def _caption(self) -> None:
        v = self.variant
        colour = next((tr(n) for n, c in COLOURWAYS if c == v.color), v.color)
        look = tr_catalogue("Fabrics", v.look) if v.look else ""
        self.caption.setText(" · ".join(x for x in (v.label, look, colour) if x))

    def set_variant(self, variant: Variant) -> None:
        """Show ``variant``; when only its look changed, only the garment is redressed."""
        old, self.variant = self.variant, variant
        self._caption()
        same_meshes = (old.body is variant.body and old.garment is variant.garment
                       and old.under is variant.under and old.skin == variant.skin)
        if same_meshes and self.scene is not None:
            from mtm.render.textures import fabric_look

            self.scene.set_look(fabric_look(variant.look, variant.color or None))
            self.plotter.render()
        else:
            self.redraw()

    def redraw(self) -> None:
        from mtm.render.scene import Scene, SceneStyle
        from mtm.render.textures import fabric_look

        if self.plotter is None:
            from pyvistaqt import QtInteractor

            self.plotter = QtInteractor(self, off_screen=False)
            self.plotter.setObjectName("showroomPlotter")
            self.holder.addWidget(self.plotter.interactor if hasattr(self.plotter, "interactor")
                                  else self.plotter)
        v = self.variant
        style = SceneStyle(look=fabric_look(v.look, v.color or None), skin=v.skin,
                           quality="draft", floor=True, legend=False)
        self.scene = Scene(v.body, v.garment, style, plotter=self.plotter, under=v.under)
        self.set_azimuth(self.azimuth)

    def set_azimuth(self, azimuth: float) -> None:
        self.azimuth = azimuth % 360.0
        if self.scene is not None:
            self.scene.set_view(self.azimuth)
            self.plotter.render()

    def camera_state(self):
        cam = self.plotter.camera
        return cam.position, cam.focal_point, cam.up

    def set_camera_state(self, state) -> None:
        cam = self.plotter.camera
        cam.position, cam.focal_point, cam.up = state
        self.plotter.render()

    def close_plotter(self) -> None:
        if self.plotter is not None:
            self.plotter.close()
            self.plotter = None
            self.scene = None


def _swatch(text: str, color: str = "") -> QToolButton:
    button = QToolButton()
    button.setCheckable(True)
    button.setToolTip(tr(text) if color else tr_catalogue("Fabrics", text))
    button.setMinimumSize(QSize(58 if color else 80, 56))
    if color:
        fg = "#ffffff" if QColor(color).lightness() < 140 else "#222222"
        button.setStyleSheet(f"QToolButton {{ background: {color}; color: {fg}; border: 2px "
                             "solid #bbb; border-radius: 6px; font-size: 9pt; } "
                             "QToolButton:checked { border: 4px solid #f0a000; }")
        button.setText(tr(text))
    else:
        button.setText(tr_catalogue("Fabrics", text).capitalize())
        button.setStyleSheet("QToolButton { font-size: 11pt; padding: 6px 10px; } "
                             "QToolButton:checked { border: 3px solid #f0a000; }")
    return button


class Showroom(QWidget):
    """The showroom window. ``current`` is the drape shown in the studio; ``previous`` (or
    None) the drape before it, for comparing two fits or sizes."""

    closed = Signal()

    def __init__(self, current: Variant, previous: Variant | None = None,
                 parent: QWidget | None = None):
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("showroom")
        self.setWindowTitle(tr("Showroom - {garment}").format(garment=current.label))
        self.setStyleSheet("QWidget#showroom { background: #f4f2ee; }")
        self.current, self.previous = current, previous
        self.compare_mode = ""  # "", "colourway" or "previous"
        self.target = 0  # which pane the swatches change (0 left, 1 right)
        self._syncing = False

        root = QVBoxLayout(self)
        root.setContentsMargins(12, 8, 12, 8)
        bar = QHBoxLayout()
        root.addLayout(bar)
        self.camera_buttons: dict[str, QPushButton] = {}
        for text, view in CAMERAS:
            b = QPushButton(tr(text), self)
            b.setMinimumSize(QSize(96, 48))
            b.setStyleSheet("font-size: 13pt;")
            b.clicked.connect(lambda _=False, v=view: self.set_view(v))
            bar.addWidget(b)
            self.camera_buttons[view] = b
        self.turn_button = QPushButton(tr("Turntable"), self)
        self.turn_button.setCheckable(True)
        self.turn_button.setMinimumSize(QSize(120, 48))
        self.turn_button.setStyleSheet("font-size: 13pt;")
        self.turn_button.toggled.connect(self.set_turntable)
        bar.addWidget(self.turn_button)
        bar.addStretch(1)
        self.compare_colour_button = QPushButton(tr("Compare colourways"), self)
        self.compare_previous_button = QPushButton(tr("Compare with previous drape"), self)
        for b, mode in ((self.compare_colour_button, "colourway"),
                        (self.compare_previous_button, "previous")):
            b.setCheckable(True)
            b.setMinimumHeight(48)
            b.setStyleSheet("font-size: 12pt; padding: 0 12px;")
            b.clicked.connect(lambda checked, m=mode: self.set_compare(m if checked else ""))
            bar.addWidget(b)
        self.compare_previous_button.setEnabled(previous is not None)
        if previous is None:
            self.compare_previous_button.setToolTip(tr(
                "Drape another fit or size first: the drape before the current one appears "
                "here"))
        close = QPushButton(tr("Close (Esc)"), self)
        close.setMinimumHeight(48)
        close.clicked.connect(self.close)
        bar.addWidget(close)

        self.panes_row = QHBoxLayout()
        root.addLayout(self.panes_row, 1)
        self.panes = [ShowroomPane(current, self), ShowroomPane(current, self)]
        for pane in self.panes:
            pane.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
            self.panes_row.addWidget(pane)
        self.panes[1].setVisible(False)

        swatches = QHBoxLayout()
        root.addLayout(swatches)
        self.target_label = QLabel("", self)
        self.target_label.setStyleSheet("font-size: 11pt; color: #555;")
        swatches.addWidget(self.target_label)
        self.colour_group = QButtonGroup(self)
        self.colour_buttons: dict[str, QToolButton] = {}
        for name, color in COLOURWAYS:
            b = _swatch(name, color)
            b.clicked.connect(lambda _=False, c=color: self.set_look(color=c))
            self.colour_group.addButton(b)
            swatches.addWidget(b)
            self.colour_buttons[color] = b
        swatches.addSpacing(24)
        self.look_group = QButtonGroup(self)
        self.look_buttons: dict[str, QToolButton] = {}
        for look in LOOKS:
            b = _swatch(look)
            b.clicked.connect(lambda _=False, name=look: self.set_look(look=name))
            self.look_group.addButton(b)
            swatches.addWidget(b)
            self.look_buttons[look] = b
        swatches.addStretch(1)

        # the turntable turns by the time passed, and waits after each frame at least as long
        # as the frame took to draw, so the window stays free half the time for clicks even
        # where drawing is slow (software OpenGL)
        self.turn_timer = QTimer(self)
        self.turn_timer.setSingleShot(True)
        self.turn_timer.timeout.connect(self._turn)
        self.turn_clock = QElapsedTimer()
        QShortcut(QKeySequence(Qt.Key.Key_Escape), self, self.close)
        QShortcut(QKeySequence(Qt.Key.Key_F11), self, self.close)
        self._check_swatches()

    # -- public --------------------------------------------------------------------------------
    def start(self) -> None:
        """Show full screen and draw the first view."""
        screen = (self.parentWidget().screen() if self.parentWidget() is not None
                  else self.screen())
        if screen is not None:  # without a window manager showFullScreen alone does not size
            self.setGeometry(screen.geometry())
        self.showFullScreen()
        self.panes[0].redraw()
        self._link(self.panes[0])

    def set_view(self, view: str) -> None:
        from mtm.render.scene import view_azimuth

        self.turn_button.setChecked(False)
        for pane in self._visible_panes():
            pane.set_azimuth(view_azimuth(view))

    def set_turntable(self, on: bool) -> None:
        if on:
            self.turn_clock.start()
            self.turn_timer.start(TURN_INTERVAL_MS)
        else:
            self.turn_timer.stop()

    def set_look(self, look: str | None = None, color: str | None = None) -> None:
        """Change the fabric look or colour of the target pane at once (no redrape)."""
        pane = self.panes[self.target if self.compare_mode == "colourway" else 0]
        v = pane.variant
        new = replace(v, look=look if look is not None else v.look,
                      color=color if color is not None else v.color)
        pane.set_variant(new)
        if pane is self.panes[0] and self.compare_mode != "colourway":
            self.current = new
        self._sync_from(self.panes[0])
        if self.compare_mode == "colourway":  # the next swatch goes to the other side
            self.target = 1 - self.target
        self._check_swatches()

    def set_compare(self, mode: str) -> None:
        """"" (one view), "colourway" (same drape, two looks) or "previous" (two drapes)."""
        if mode == "previous" and self.previous is None:
            mode = ""
        self.compare_mode = mode
        self.compare_colour_button.setChecked(mode == "colourway")
        self.compare_previous_button.setChecked(mode == "previous")
        right = self.panes[1]
        if mode:
            if mode == "previous":
                base = self.previous
                right_variant = replace(base, look=self.panes[0].variant.look,
                                        color=self.panes[0].variant.color)
            else:
                other = next(c for _n, c in COLOURWAYS if c != self.panes[0].variant.color)
                right_variant = replace(self.panes[0].variant, color=other)
            right.setVisible(True)
            right.azimuth = self.panes[0].azimuth
            right.set_variant(right_variant)
            self._link(right)
            self._sync_from(self.panes[0])
            self.target = 1
        else:
            right.setVisible(False)
            self.target = 0
        self._check_swatches()

    def closeEvent(self, event) -> None:  # noqa: N802 (Qt's name)
        self.turn_timer.stop()
        for pane in self.panes:
            pane.close_plotter()
        self.closed.emit()
        super().closeEvent(event)

    # -- inside --------------------------------------------------------------------------------
    def _visible_panes(self) -> list[ShowroomPane]:
        return [p for p in self.panes if p.isVisible() or p is self.panes[0]]

    def _turn(self) -> None:
        if not self.turn_button.isChecked():
            return
        step = TURN_DEG_PER_S * self.turn_clock.restart() / 1000.0
        drawing = QElapsedTimer()
        drawing.start()
        for pane in self._visible_panes():
            pane.set_azimuth(pane.azimuth + step)
        self.turn_timer.start(max(TURN_INTERVAL_MS, int(drawing.elapsed())))

    def _link(self, pane: ShowroomPane) -> None:
        """Dragging in one view turns the other the same way (one camera for both)."""
        if pane.plotter is None:
            return
        pane.plotter.iren.add_observer("InteractionEvent", lambda *_a, p=pane: self._sync_from(p))

    def _sync_from(self, source: ShowroomPane) -> None:
        if self._syncing or source.plotter is None:
            return
        self._syncing = True
        try:
            state = source.camera_state()
            for pane in self.panes:
                if pane is not source and pane.isVisible() and pane.plotter is not None:
                    pane.azimuth = source.azimuth
                    pane.set_camera_state(state)
        finally:
            self._syncing = False

    def _check_swatches(self) -> None:
        pane = self.panes[self.target if self.compare_mode == "colourway" else 0]
        v = pane.variant
        for color, b in self.colour_buttons.items():
            b.setChecked(color == v.color)
        for look, b in self.look_buttons.items():
            b.setChecked(look == v.look)
        side = (tr("Left view:"), tr("Right view:"))[self.target]
        self.target_label.setText(side
                                  if self.compare_mode == "colourway" else "")


def drape_label(key: tuple | None, other: tuple | None) -> str:
    """A caption for a drape from its inputs (the workbench's drape key): the garment (and the
    outfit's other garment, "Shirt + Trousers"), and what differs from the other drape
    compared with it (options, measurements, fabric)."""
    if not key:
        return ""
    garment = " + ".join(str(g).replace("_", " ").capitalize()
                         for g in (key[2], *key[6:7]) if g)
    if not other:
        return garment
    parts = []
    mine, theirs = dict(key[3]), dict(other[3])
    parts += [f"{k.replace('_', ' ')} {v}" for k, v in mine.items() if theirs.get(k) != v]
    if key[0] != other[0]:
        changed = dict(key[0]).keys() & dict(other[0]).keys()
        keys = sorted(k for k in changed if dict(key[0])[k] != dict(other[0])[k])
        parts += [f"{k.replace('_', ' ')} {dict(key[0])[k]:g} cm" for k in keys[:2]]
    if key[4] != other[4]:
        parts.append(str(key[4]).replace("_", " "))
    return garment + (": " + ", ".join(parts) if parts else "")


def make_variant(drape, body_mesh, key: tuple | None, other: tuple | None, look: str,
                 color: str, skin: str, others: Sequence[tuple] = ()) -> Variant:
    """A showroom variant from a workbench drape (DrapedGarment) and body (BodyMeshData);
    ``others``: the outfit's other garments draped with it, ``(DrapedGarment, fabric, name)``,
    each shown in its fabric's own look."""
    from mtm.render.meshes import BodyMesh, as_garment
    from mtm.render.textures import fabric_look

    from .fabric_panel import default_look

    body = None if body_mesh is None else BodyMesh(body_mesh.vertices, body_mesh.faces)
    under = tuple((as_garment(d), fabric_look(default_look(f))) for d, f, _name in others)
    return Variant(drape_label(key, other), body, as_garment(drape), look, color, skin, under)


def variants_from_drapes(current: tuple, previous: tuple | None, look: str, color: str,
                         skin: str) -> tuple[Variant, Variant | None]:
    """The showroom's variants from the workbench: ``current`` is the drape shown and
    ``previous`` (or None) the one draped before it, each ``(drape, body_mesh, drape key)``
    or ``(drape, body_mesh, drape key, others)`` with an outfit's other garments; each is
    captioned with what differs from the other."""
    key = current[2]
    prev_key = previous[2] if previous else None
    now = make_variant(*current[:2], key, prev_key, look, color, skin, _others(current))
    before = None if previous is None else make_variant(
        *previous[:2], prev_key, key, look, color, skin, _others(previous))
    return now, before


def _others(drape: tuple) -> tuple:
    """The outfit's other garments of a ``(drape, body_mesh, key[, others])`` tuple."""
    return tuple(drape[3]) if len(drape) > 3 else ()

"""The 3D tab: the customer's body and the draped garment in an interactive pyvistaqt view.

The scene is dressed by the render room (``mtm.render.scene.Scene`` on our plotter: same light,
fabric looks, fit maps and skin as ``mtm render``), so the studio adds no drawing of its own.
The VTK widget is created the first time there is something to show, keeping VTK's start-up
cost out of the window's first appearance. Camera presets, fit-map toggle, fabric look and
show/hide body redraw the scene; a banner says when the drape no longer matches the pattern.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QLabel,
    QPushButton,
    QStackedLayout,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from .i18n import QT_TR_NOOP, tr

#: camera presets offered (names of ``mtm.render.scene.VIEWS``)
CAMERA_PRESETS = ("front", "three-quarter", "left", "back", "right")
FIT_MAPS = ((QT_TR_NOOP("Fabric"), ""), (QT_TR_NOOP("Fit map: stretch"), "strain"),
            (QT_TR_NOOP("Fit map: ease"), "ease"))
#: the camera presets' names as shown
CAMERA_NAMES = {"front": QT_TR_NOOP("Front"), "three-quarter": QT_TR_NOOP("Three quarter"),
                "left": QT_TR_NOOP("Left"), "back": QT_TR_NOOP("Back"),
                "right": QT_TR_NOOP("Right")}


class View3D(QWidget):
    """Body and draped garment; ``set_meshes`` with render-room meshes, then look and view."""

    drapeRequested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.body = None  # mtm.render.meshes.BodyMesh
        self.garment = None  # mtm.render.meshes.GarmentMesh
        self.under: tuple = ()  # an outfit's other garments: (GarmentMesh, FabricTexture)
        self.look_name, self.look_color = "jersey", ""
        self.fit_name = ""
        self.body_visible = True
        self.camera = "front"
        self.stale = False
        self.updating = False  # a redrape for the latest edits is running
        self._why = ""  # what made the drape stale
        self.plotter = None
        self.scene = None
        self.skin = "mst-4"

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.toolbar = QToolBar(tr("3D"), self)
        layout.addWidget(self.toolbar)
        self.banner = QWidget(self)
        banner_layout = QVBoxLayout(self.banner)
        banner_layout.setContentsMargins(8, 4, 8, 4)
        self.banner_label = QLabel(self.banner)
        self.banner_label.setWordWrap(True)
        self.banner.setStyleSheet("background: #fff3cd; color: #6d4c00;")
        banner_layout.addWidget(self.banner_label)
        self.redrape_button = QPushButton(tr("Drape again"), self.banner)
        self.redrape_button.clicked.connect(self.drapeRequested)
        banner_layout.addWidget(self.redrape_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.banner.setVisible(False)
        layout.addWidget(self.banner)
        self.stack = QStackedLayout()
        self.placeholder = QLabel(
            tr("The customer's body and the draped garment appear here.\n\n"
               "Press Drape (Ctrl+D) to fit the body to the measurements and drape the "
               "garment."), self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.placeholder.setStyleSheet("color: #555555; font-size: 12pt;")
        self.stack.addWidget(self.placeholder)
        layout.addLayout(self.stack, 1)
        self._build_toolbar()

    def _build_toolbar(self) -> None:
        bar = self.toolbar
        self.camera_actions: dict[str, QAction] = {}
        for index, name in enumerate(CAMERA_PRESETS, start=1):
            shown = tr(CAMERA_NAMES.get(name, name))
            act = QAction(shown, self)
            act.setShortcut(f"Alt+{index}")
            act.setToolTip(tr("Camera: {name}").format(name=shown) + f" (Alt+{index})")
            act.triggered.connect(lambda _=False, n=name: self.set_camera(n))
            bar.addAction(act)
            self.camera_actions[name] = act
        bar.addSeparator()
        self.fit_combo = QComboBox(self)
        self.fit_combo.setObjectName("fitMapCombo")
        for text, value in FIT_MAPS:
            self.fit_combo.addItem(tr(text), value)
        self.fit_combo.setToolTip(tr("Colour the garment by its fabric, or by stretch (%) or "
                                     "ease (cm from the skin)"))
        self.fit_combo.currentIndexChanged.connect(
            lambda _i: self.set_fit_map(self.fit_combo.currentData()))
        bar.addWidget(self.fit_combo)
        self.body_check = QCheckBox(tr("Body"), self)
        self.body_check.setObjectName("showBody")
        self.body_check.setChecked(True)
        self.body_check.setToolTip(tr("Show or hide the body under the garment"))
        self.body_check.toggled.connect(self.set_body_visible)
        bar.addWidget(self.body_check)
        self.info = QLabel(self)
        self.info.setStyleSheet("color: #555555; padding-left: 12px;")
        bar.addWidget(self.info)

    # -- public --------------------------------------------------------------------------------
    def has_plotter(self) -> bool:
        return self.plotter is not None

    def set_meshes(self, body, garment, info: str = "", under=()) -> None:
        """Show ``body`` (BodyMesh or None) and ``garment`` (GarmentMesh or None); ``under``:
        the outfit's other garments, each ``(GarmentMesh, FabricTexture)`` in its own look."""
        self.body, self.garment = body, garment
        self.under = tuple(under) if garment is not None else ()
        self.info.setText(info)
        self.redraw()

    def set_look(self, look: str, color: str = "") -> None:
        self.look_name, self.look_color = look, color
        if self.garment is not None and not self.fit_name:
            self.redraw()

    def set_fit_map(self, name: str) -> None:
        name = name or ""
        if name == self.fit_name:
            return
        self.fit_name = name
        index = self.fit_combo.findData(name)
        if index >= 0 and index != self.fit_combo.currentIndex():
            self.fit_combo.setCurrentIndex(index)
        if self.garment is not None:
            self.redraw()

    def set_body_visible(self, visible: bool) -> None:
        self.body_visible = bool(visible)
        if self.body_check.isChecked() != self.body_visible:
            self.body_check.setChecked(self.body_visible)
        self.redraw()

    def set_camera(self, name: str) -> None:
        self.camera = name
        if self.scene is not None:
            self.scene.set_view(name)
            self.plotter.render()

    def set_stale(self, stale: bool, why: str = "") -> None:
        """Say that the drape shown no longer matches the pattern (or clear that)."""
        self.stale = stale and self.garment is not None
        self._why = why
        self._show_banner()

    def set_updating(self, updating: bool) -> None:
        """Say that the drape is being redraped for the latest edits (or no longer)."""
        self.updating = updating and self.garment is not None
        self._show_banner()

    def _show_banner(self) -> None:
        if self.updating:
            self.banner_label.setText(tr("Updating the drape for the latest changes…"))
        else:
            self.banner_label.setText(
                tr("The drape is out of date: {why}. Drape again to see the garment as drafted "
                   "now.").format(why=self._why or tr("the pattern changed")))
        self.redrape_button.setVisible(not self.updating)
        self.banner.setVisible(self.stale or self.updating)

    # -- drawing -----------------------------------------------------------------------------
    def prepare(self) -> None:
        """Create the VTK widget now (an idle moment), not when the first drape arrives."""
        if self.plotter is not None:
            return
        from pyvistaqt import QtInteractor

        self.plotter = QtInteractor(self, off_screen=False)  # render sets pv.OFF_SCREEN
        self.plotter.setObjectName("plotter3d")
        self.stack.addWidget(self.plotter.interactor if hasattr(self.plotter, "interactor")
                             else self.plotter)

    def _ensure_plotter(self) -> None:
        self.prepare()
        self.stack.setCurrentIndex(1)

    def redraw(self) -> None:
        """Dress the plotter with what should be shown now (the render room's Scene)."""
        body = self.body if self.body_visible else None
        if body is None and self.garment is None:
            if self.plotter is not None:
                self.plotter.clear()
                self.plotter.render()
            self.scene = None
            return
        self._ensure_plotter()
        from mtm.render.scene import Scene, SceneStyle
        from mtm.render.textures import fabric_look

        look = fabric_look(self.look_name, self.look_color or None)
        fit = self.fit_name if (self.fit_name and self.garment is not None) else None
        style = SceneStyle(look=look, fit_map=fit, skin=self.skin, quality="draft", floor=True)
        self.scene = Scene(body, self.garment, style, plotter=self.plotter, under=self.under)
        self.scene.set_view(self.camera)
        self.plotter.render()

    def close_plotter(self) -> None:
        """Free VTK's window (the main window calls this when closing)."""
        if self.plotter is not None:
            self.plotter.close()
            self.plotter = None
            self.scene = None

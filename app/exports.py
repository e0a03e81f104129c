"""The studio's Export menu: cut files and pictures, each written by its room.

Cut files go through ``mtm.core.io`` (AAMA/ASTM DXF with mode and units, the plain cutter
DXF, PDF for a plotter roll or tiled pages, the true-scale SVG); pictures and shareable 3D go
through ``mtm.render`` (PNG, turntable GIF/MP4, GLB). These functions hold no drawing of their
own; the window asks where to write and runs the slow ones as jobs.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QWidget,
)

from mtm.core.errors import InputError

from .i18n import QT_TR_NOOP, tr

if TYPE_CHECKING:
    from mtm.core.garment import Garment

#: Papers offered for PDF: tiled pages or one plotter page on a roll (width in mm).
PAPERS = ((QT_TR_NOOP("A4 pages (tiled)"), "a4"), (QT_TR_NOOP("Letter pages (tiled)"), "letter"),
          (QT_TR_NOOP("Plotter roll 914 mm"), "roll:914"),
          (QT_TR_NOOP("Plotter roll 1600 mm"), "roll:1600"))


def export_dxf(garment: Garment, path: str | os.PathLike[str], mode: str = "standard",
               units: str = "mm") -> Path:
    """AAMA/ASTM pattern DXF (``mode`` standard, gerber or clo; ``units`` mm or in)."""
    from mtm.core.io import aama_dxf

    if mode not in aama_dxf.MODES:
        raise InputError(f"unknown DXF mode {mode!r}; expected {', '.join(aama_dxf.MODES)}",
                         field="mode")
    if units not in aama_dxf.UNITS:
        raise InputError(f"unknown DXF units {units!r}; expected {', '.join(aama_dxf.UNITS)}",
                         field="units")
    aama_dxf.write_aama(aama_dxf.cut_file([garment]), path, mode=mode, units=units)
    return Path(path)


def export_plain_dxf(garment: Garment, path: str | os.PathLike[str]) -> Path:
    """The laser/knife cutter DXF (R2000, mm)."""
    from mtm.core.io import aama_dxf, plain_dxf

    plain_dxf.write_plain_dxf(aama_dxf.cut_file([garment]), path)
    return Path(path)


def export_pdf(garment: Garment, path: str | os.PathLike[str], paper: str = "a4") -> int:
    """A print file; returns the number of pages (a roll is one page)."""
    from mtm.core.io import aama_dxf, pdf_output

    layout = pdf_output.write_pdf(aama_dxf.cut_file([garment]), path, paper)
    return len(layout.tiles) + 1 if layout.tiles else 1


def export_svg(garment: Garment, path: str | os.PathLike[str]) -> Path:
    """The true-scale SVG preview."""
    from mtm.core.io.svg import write_svg

    return write_svg(garment, path)


@dataclass(frozen=True)
class Look3D:
    """What the 3D exports show: the look of the fabric (or a fit map), skin, camera."""

    look: str = "jersey"
    color: str = ""
    fit_map: str = ""
    skin: str = "mst-4"
    view: str = "front"


def _style(look: Look3D, size: tuple[int, int]):
    from mtm.render.scene import SceneStyle
    from mtm.render.textures import fabric_look

    return SceneStyle(look=fabric_look(look.look, look.color or None),
                      fit_map=look.fit_map or None, skin=look.skin, size=size, quality="high")


#: an outfit's other garments for the 3D exports: (GarmentMesh, FabricTexture, name) each
Under = Sequence[tuple[object, object, str]]


def _scene_under(under: Under) -> list[tuple[object, object]]:
    return [(garment, texture) for garment, texture, _name in under]


def export_png(body, garment, path: str | os.PathLike[str], look: Look3D,
               size: tuple[int, int] = (800, 1000), under: Under = ()) -> Path:
    """One view as a PNG (off-screen, as ``mtm render --png``)."""
    from mtm.render.png import save_png
    from mtm.render.scene import Scene

    with Scene(body, garment, _style(look, size), under=_scene_under(under)) as scene:
        scene.set_view(look.view)
        image = scene.image()
    save_png(path, image)
    return Path(path)


def export_turntable(body, garment, path: str | os.PathLike[str], look: Look3D,
                     frames: int = 36, size: tuple[int, int] = (600, 750),
                     progress: Callable[[float, str], None] | None = None,
                     under: Under = ()) -> Path:
    """A turntable GIF or MP4 (by the file's extension)."""
    from mtm.render.scene import Scene
    from mtm.render.turntable import check_turntable_path, save_turntable, turntable_frames

    check_turntable_path(path)
    if progress:
        progress(0.05, "rendering frames")
    with Scene(body, garment, _style(look, size), under=_scene_under(under)) as scene:
        scene.set_view(look.view)
        images = turntable_frames(scene, frames)
    if progress:
        progress(0.9, "writing")
    save_turntable(path, images)
    return Path(path)


def export_photo(body, garment, path: str | os.PathLike[str], look: Look3D,
                 caption: list[str], size: tuple[int, int] = (800, 1000),
                 under: Under = ()) -> Path:
    """One view as a PNG with a caption under it (customer, garment, fabric) for messages."""
    from mtm.render.caption import save_photo
    from mtm.render.scene import Scene

    with Scene(body, garment, _style(look, size), under=_scene_under(under)) as scene:
        scene.set_view(look.view)
        image = scene.image()
    save_photo(path, image, caption)
    return Path(path)


def export_share_page(body, garment, path: str | os.PathLike[str], look: Look3D,
                      info, under: Under = ()) -> Path:
    """The customer's share page: one HTML file with the 3D model and viewer inside."""
    from mtm.render.glb import glb_bytes
    from mtm.render.share_page import write_share_page
    from mtm.render.textures import fabric_look

    glb = glb_bytes(body, garment, look=fabric_look(look.look, look.color or None),
                    skin=look.skin, tuck=True, under=under)
    write_share_page(path, glb, info)
    return Path(path)


def export_glb(body, garment, path: str | os.PathLike[str], look: Look3D,
               under: Under = ()) -> Path:
    """Body and textured garment (and an outfit's other garments, each its own mesh) as a
    GLB that phones and web viewers open."""
    from mtm.core.io.atomic import atomic_write_bytes
    from mtm.render.fitmap import fit_map
    from mtm.render.glb import export_glb as write_glb
    from mtm.render.glb import glb_bytes
    from mtm.render.textures import fabric_look

    texture = fabric_look(look.look, look.color or None)
    fit = fit_map(look.fit_map) if look.fit_map else None
    if not under:
        write_glb(path, body, garment, look=texture, fit=fit, skin=look.skin, tuck=True)
    else:
        atomic_write_bytes(path, glb_bytes(body, garment, look=texture, fit=fit,
                                           skin=look.skin, tuck=True, under=under))
    return Path(path)


class CutFileDialog(QDialog):
    """Asks the settings of a cut file: DXF mode and units, or PDF paper."""

    def __init__(self, kind: str, parent: QWidget | None = None, *, mode: str = "standard",
                 units: str = "mm", paper: str = "a4"):
        super().__init__(parent)
        from mtm.core.io import aama_dxf

        self.kind = kind
        self.setWindowTitle(tr("Export DXF") if kind == "dxf" else tr("Export PDF"))
        form = QFormLayout(self)
        self.mode_combo = QComboBox(self)
        self.units_combo = QComboBox(self)
        self.paper_combo = QComboBox(self)
        if kind == "dxf":
            for m in aama_dxf.MODES:
                self.mode_combo.addItem({"standard": tr("AAMA/ASTM standard (R12)"),
                                         "gerber": "Gerber AccuMark", "clo": "CLO 3D"}
                                        .get(m, m), m)
            for u in aama_dxf.UNITS:
                self.units_combo.addItem({"mm": tr("millimetres (metric)"),
                                          "in": tr("inches (English)")}.get(u, u), u)
            self.mode_combo.setCurrentIndex(max(0, self.mode_combo.findData(mode)))
            self.units_combo.setCurrentIndex(max(0, self.units_combo.findData(units)))
            form.addRow(tr("Dialect"), self.mode_combo)
            form.addRow(tr("Units"), self.units_combo)
        else:
            for text, value in PAPERS:
                self.paper_combo.addItem(tr(text), value)
            self.paper_combo.setCurrentIndex(max(0, self.paper_combo.findData(paper)))
            form.addRow(tr("Paper"), self.paper_combo)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        # the combos this kind does not use are not in the form: hide them, or they show at
        # the dialog's top-left corner over the first label
        for combo in ((self.paper_combo,) if kind == "dxf"
                      else (self.mode_combo, self.units_combo)):
            combo.setVisible(False)

    def values(self) -> dict[str, str]:
        if self.kind == "dxf":
            return {"mode": self.mode_combo.currentData(), "units": self.units_combo.currentData()}
        return {"paper": self.paper_combo.currentData()}

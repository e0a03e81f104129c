"""The studio's Export menu at work: what each entry writes from what the window shows.

``ExportActions`` asks where to write (and, for DXF and PDF, the cut file settings), remembers
the folder and settings, and calls the writers of ``app/exports.py``: cut files (DXF, cutter
DXF, PDF, SVG) at once from the drafted pattern, pictures and 3D files (PNG, turntable, GLB,
captioned photo, customer share page) as a background job from the drape shown, in the look
the 3D view shows. The photo and share page carry the customer's name, the garment, the
fabric, the date and, when the drape was made from the pattern shown, its finished girths;
the share page is written in the studio's language.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog, QFileDialog

from mtm.core.errors import MtmError

from .dialogs import show_error
from .exports import (
    CutFileDialog,
    Look3D,
    export_dxf,
    export_glb,
    export_pdf,
    export_photo,
    export_png,
    export_share_page,
    export_svg,
    export_turntable,
)
from .i18n import tr
from .jobs import Job
from .settings import get_str

if TYPE_CHECKING:
    from mtm.render.share_page import SharePageInfo

    from .workbench import Workbench

#: exports written from the drafted pattern, at once
CUT_FILES = ("dxf", "plain_dxf", "pdf", "svg")
#: exports written from the drape shown, as a background job
PICTURES = ("png", "turntable", "glb", "photo", "share")
SUFFIXES = {"dxf": ".dxf", "plain_dxf": ".dxf", "pdf": ".pdf", "svg": ".svg", "png": ".png",
            "turntable": ".gif", "glb": ".glb", "photo": ".png", "share": ".html"}


class ExportActions(QObject):
    """Writes the Export menu's files from the workbench's pattern and drape."""

    def __init__(self, bench: Workbench):
        super().__init__(bench)
        self.bench = bench

    def look3d(self) -> Look3D:
        """The look of the 3D view now: fabric look and colour, fit map, skin and camera."""
        bench = self.bench
        return Look3D(look=bench.fabric_panel.look(), color=bench.fabric_panel.color(),
                      fit_map=bench.view3d.fit_name, skin=bench.view3d.skin,
                      view=bench.view3d.camera)

    def choose_export(self, kind: str) -> None:
        """The Export menu entry ``kind``: ask for the settings and the file, then write."""
        bench = self.bench
        if kind in CUT_FILES and bench.current_garment() is None:
            return
        if kind in PICTURES and bench.drape is None:
            show_error(bench.window, tr("Nothing to export"),
                       tr("Drape the garment first (Ctrl+D)."))
            return
        settings: dict[str, str] = {}
        if kind in ("dxf", "pdf"):
            dialog = CutFileDialog(kind, bench.window,
                                   mode=get_str(bench.settings, "export/dxf_mode", "standard"),
                                   units=get_str(bench.settings, "export/dxf_units", "mm"),
                                   paper=get_str(bench.settings, "export/paper", "a4"))
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return
            settings = dialog.values()
        suffix = SUFFIXES[kind]
        folder = get_str(bench.settings, "folders/exports", str(Path.home()))
        stem = f"{(bench.form.measurements().name or 'pattern').replace(' ', '_')}-" \
               f"{bench.garment_panel.garment()}"
        path, _ = QFileDialog.getSaveFileName(bench.window, tr("Export"), str(Path(folder) /
                                              (stem + suffix)))
        if path:
            bench.export(kind, path, **settings)

    def export(self, kind: str, path: str | Path, **settings: str) -> Job | Path | None:
        """Write one export; cut files at once, pictures as a background job."""
        bench = self.bench
        path = Path(path)
        if kind in CUT_FILES and bench.current_garment() is None:
            return None
        for key, value in settings.items():
            bench.settings.setValue(f"export/{'dxf_' + key if key != 'paper' else key}", value)
        bench.settings.setValue("folders/exports", str(path.parent))
        garment = bench.garment
        try:
            if kind == "dxf":
                export_dxf(garment, path, settings.get("mode", "standard"),
                           settings.get("units", "mm"))
            elif kind == "plain_dxf":
                from .exports import export_plain_dxf

                export_plain_dxf(garment, path)
            elif kind == "pdf":
                pages = export_pdf(garment, path, settings.get("paper", "a4"))
                bench.status((tr("Wrote {path} ({n} page)") if pages == 1
                              else tr("Wrote {path} ({n} pages)")).format(path=path, n=pages))
                return path
            elif kind == "svg":
                export_svg(garment, path)
            else:
                return self._export_3d(kind, path)
        except (MtmError, OSError) as error:
            show_error(bench.window, tr("Cannot export"), str(error))
            return None
        bench.status(tr("Wrote {path}").format(path=path))
        return path

    def share_info(self) -> SharePageInfo:
        """What a share page or photo says: customer, garment, fabric, date, finished girths
        (from the draft when the drape shown was made from it), in the studio's language."""
        import datetime as dt

        from mtm.core import i18n as core_i18n
        from mtm.render.share_page import SharePageInfo, key_measurements

        bench = self.bench
        customer = bench.window.current_customer()
        name = (customer.name if customer else "") or bench.form.measurements().name
        fresh = bench.drapes.inputs == bench.drapes.key() and bench.garment is not None
        titles = [name.replace("_", " ").capitalize()
                  for name in (bench.garment_panel.garment(), *self._outfit_names())]
        fabric = ", ".join(x for x in (bench.fabric_panel.fabric().replace("_", " "),
                                       bench.fabric_panel.look()) if x)
        return SharePageInfo(customer=name or "Customer", garments=titles, fabric=fabric,
                             date=dt.date.today().isoformat(),
                             measurements=key_measurements(bench.garment) if fresh else (),
                             language=core_i18n.language())

    def _outfit_names(self) -> list[str]:
        """The outfit's other garments draped with the drape shown."""
        return [name for _drape, _fabric, name in self.bench.drapes.others]

    def _export_3d(self, kind: str, path: Path) -> Job:
        from mtm.render.meshes import BodyMesh, as_garment
        from mtm.render.textures import fabric_look

        from .fabric_panel import default_look

        bench = self.bench
        body = BodyMesh(bench.body_mesh.vertices, bench.body_mesh.faces) if bench.body_mesh \
            is not None else None
        garment = as_garment(bench.drape)
        under = [(as_garment(d), fabric_look(default_look(f)), name)
                 for d, f, name in bench.drapes.others]
        look = self.look3d()
        info = self.share_info() if kind in ("photo", "share") else None

        def work(progress, _cancelled):
            if kind == "png":
                return export_png(body, garment, path, look, under=under)
            if kind == "photo":
                details = " · ".join(x for x in (" + ".join(info.garments), info.fabric) if x)
                return export_photo(body, garment, path, look, [info.customer, details],
                                    under=under)
            if kind == "share":
                return export_share_page(body, garment, path, look, info, under=under)
            if kind == "glb":
                return export_glb(body, garment, path, look, under=under)
            return export_turntable(body, garment, path, look, progress=progress, under=under)

        job = Job(tr("Exporting {name}").format(name=path.name), work)
        wrote = tr("Wrote {path}").format(path=path)
        return bench.jobs.start(job, on_success=lambda _r: bench.status(wrote))

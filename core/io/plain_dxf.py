"""Plain DXF for laser and knife cutters: R2000, millimetres, pieces side by side, named layers.

Cutters do not read AAMA blocks or numbered layers; they want flat geometry on layers whose
names say what the machine does: ``CUT`` (closed cut lines, cut through), ``SEW`` (sew lines,
internal lines and fold lines: drawn or scored), ``NOTCH`` (notch slits and drill-hole circles:
cut or punched), ``GRAIN`` (grain lines, drawn) and ``TEXT`` (piece names and labels).
"""

from __future__ import annotations

import io
import math
import os

import numpy as np

from mtm.core.errors import InputError

from .aama_dxf import CutFile, _stamp, atomic_write_text, dxf_bytes
from .pdf_output import GAP_CM, layout_sheet

LAYERS: dict[str, int] = {"CUT": 7, "SEW": 3, "NOTCH": 1, "GRAIN": 5, "TEXT": 2}
#: Drill holes are drawn as circles of this radius (mm).
DRILL_RADIUS_MM = 1.5
#: Width (cm) of the cutter bed the pieces are laid out on, side by side.
BED_WIDTH_CM = 150.0


def plain_dxf_text(cut_file: CutFile, bed_width: float = BED_WIDTH_CM) -> str:
    """The plain R2000 DXF of ``cut_file`` as text, pieces laid out on a ``bed_width`` cm bed.

    With ``cut_file.created`` set the text is reproducible: ezdxf's own time stamps and GUIDs
    are fixed and the drawing dates are the creation time.
    """
    import ezdxf

    if cut_file.created is None:
        return _plain_text(cut_file, bed_width)
    fixed = ezdxf.options.write_fixed_meta_data_for_testing
    ezdxf.options.write_fixed_meta_data_for_testing = True
    try:
        return _stamp(_plain_text(cut_file, bed_width), cut_file.created)
    finally:
        ezdxf.options.write_fixed_meta_data_for_testing = fixed


def _plain_text(cut_file: CutFile, bed_width: float) -> str:
    import ezdxf

    if not cut_file.pieces:
        raise InputError("the pattern has no pieces to write", field="pieces")
    widest = max(float(np.ptp(p.cut[:, 0])) for p in cut_file.pieces)
    sheet = layout_sheet(cut_file.pieces, max(bed_width, widest + 2 * GAP_CM))
    doc = ezdxf.new("R2000", units=4)  # 4 = millimetres
    doc.header["$MEASUREMENT"] = 1
    for name, colour in LAYERS.items():
        doc.layers.add(name, color=colour)
    msp = doc.modelspace()
    for p, dx, dy in sheet.placed:
        off = np.array([dx, dy])

        def mm(points, off=off):
            return ((np.asarray(points, dtype=float).reshape(-1, 2) + off) * 10.0).tolist()

        msp.add_lwpolyline(mm(p.cut), close=True, dxfattribs={"layer": "CUT"})
        if p.sew is not None:
            msp.add_lwpolyline(mm(p.sew), close=True, dxfattribs={"layer": "SEW"})
        for line in p.internal:
            msp.add_lwpolyline(mm(line), dxfattribs={"layer": "SEW"})
        if p.mirror is not None:
            msp.add_lwpolyline(mm(p.mirror), dxfattribs={"layer": "SEW"})
        for ring in p.cutouts:
            msp.add_lwpolyline(mm(ring), close=True, dxfattribs={"layer": "CUT"})
        for n in p.notches:
            a = math.radians(n.angle)
            depth = n.depth or 0.6
            (x0, y0), (x1, y1) = mm([[n.x, n.y], [n.x + depth * math.cos(a),
                                                  n.y + depth * math.sin(a)]])
            msp.add_line((x0, y0), (x1, y1), dxfattribs={"layer": "NOTCH"})
        for x, y in mm(p.drill_holes):
            msp.add_circle((x, y), DRILL_RADIUS_MM, dxfattribs={"layer": "NOTCH"})
        if p.grain is not None:
            (x0, y0), (x1, y1) = mm(p.grain)
            msp.add_line((x0, y0), (x1, y1), dxfattribs={"layer": "GRAIN"})
        for lb in p.labels:
            (x, y), = mm([[lb.x, lb.y]])
            msp.add_text(_caret(lb.text), dxfattribs={
                "layer": "TEXT", "height": lb.height * 10, "insert": (x, y), "rotation": lb.angle})
        lo, hi = p.cut.min(axis=0), p.cut.max(axis=0)
        h = float(np.clip(0.04 * min(hi - lo), 0.3, 0.8))
        cx, cy = (lo + hi) / 2
        lines = [p.name + (f" - {p.size}" if p.size else ""), f"cut {p.quantity}"]
        for i, line in enumerate(lines):
            (x, y), = mm([[cx, cy - i * 1.6 * h]])
            msp.add_text(_caret(line), dxfattribs={"layer": "TEXT", "height": h * 10,
                                                   "insert": (x, y)})
    stream = io.StringIO()
    doc.write(stream)
    return stream.getvalue()


def _caret(text: str) -> str:
    """A literal caret is '^ ' in DXF text ('^J' would be a control character)."""
    return text.replace("^", "^ ")


def write_plain_dxf(cut_file: CutFile, path: str | os.PathLike[str],
                    bed_width: float = BED_WIDTH_CM) -> None:
    """Write the plain cutter DXF at ``path`` (atomically)."""
    atomic_write_text(path, plain_dxf_text(cut_file, bed_width), encoding="cp1252")


def plain_dxf_bytes(cut_file: CutFile, bed_width: float = BED_WIDTH_CM) -> bytes:
    """The cutter DXF file's bytes (CR LF line ends, cp1252)."""
    return dxf_bytes(plain_dxf_text(cut_file, bed_width), "cp1252")

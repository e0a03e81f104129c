"""Marker files: the lay of pieces on the fabric as DXF (plain and AAMA), SVG and PDF.

Coordinates are the marker's: X along the fabric length from 0, Y across the width from the
selvedge; the marker outline (width x length rectangle) is drawn in every format.
"""

from __future__ import annotations

import io
import os
from pathlib import Path
from xml.sax.saxutils import escape

import numpy as np

from ..errors import InputError
from ..marker import Marker
from . import aama_dxf
from .atomic import atomic_write_bytes


def _label(placement) -> str:
    order = f"{placement.item.order} " if placement.item.order else ""
    return f"{order}{placement.item.name}"


def marker_outline(marker: Marker) -> np.ndarray:
    """The fabric used: a (4, 2) rectangle, cm."""
    return np.array([[0, 0], [marker.length, 0], [marker.length, marker.width],
                     [0, marker.width]], dtype=float)


def write_marker_plain_dxf(marker: Marker, path: str | os.PathLike[str]) -> None:
    """R2000 DXF in mm: layer MARKER the fabric outline, CUT the pieces, TEXT their names."""
    import ezdxf

    doc = ezdxf.new("R2000", units=4)
    doc.header["$MEASUREMENT"] = 1
    for name, colour in (("MARKER", 8), ("CUT", 7), ("TEXT", 3)):
        doc.layers.add(name, color=colour)
    msp = doc.modelspace()
    msp.add_lwpolyline((marker_outline(marker) * 10).tolist(), close=True,
                       dxfattribs={"layer": "MARKER"})
    for p in marker.placements:
        ring = np.asarray(p.outline, dtype=float)
        msp.add_lwpolyline((ring * 10).tolist(), close=True, dxfattribs={"layer": "CUT"})
        cx, cy = ring.mean(axis=0) * 10
        msp.add_text(_label(p), dxfattribs={"layer": "TEXT", "height": 15,
                                            "insert": (cx, cy)})
    stream = io.StringIO()
    doc.write(stream)
    atomic_write_bytes(path, stream.getvalue().encode("cp1252", errors="replace"))


def marker_cut_file(marker: Marker, style: str = "marker") -> aama_dxf.CutFile:
    """The marker as an AAMA cut file: one block per placed piece plus one for the outline."""
    pieces = [aama_dxf.CutPiece(name="MARKER", cut=marker_outline(marker), size="MARKER",
                                annotations=(f"width {marker.width:g} cm",
                                             f"length {marker.length:.1f} cm",
                                             f"efficiency {100 * marker.efficiency:.1f}%"))]
    for k, p in enumerate(marker.placements, start=1):
        ring = np.asarray(p.outline, dtype=float)[:-1]
        grain = np.array([[ring[:, 0].min() + 2, ring[:, 1].mean()],
                          [ring[:, 0].max() - 2, ring[:, 1].mean()]])
        pieces.append(aama_dxf.CutPiece(name=f"P{k}", cut=ring, size="MARKER", grain=grain,
                                        annotations=(_label(p),)))
    return aama_dxf.CutFile(style=style, pieces=tuple(pieces), sample_size="MARKER")


def write_marker_aama_dxf(marker: Marker, path: str | os.PathLike[str],
                          mode: str = "standard") -> None:
    """AAMA/ASTM DXF of the marker (pieces in place, outline as its own block)."""
    aama_dxf.write_aama(marker_cut_file(marker), path, mode=mode)


def marker_svg(marker: Marker) -> str:
    """True-scale SVG (mm) of the marker, fabric outline and pieces with their names."""
    w, h = marker.length * 10, marker.width * 10
    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" width="{w:.1f}mm" height="{h:.1f}mm" '
             f'viewBox="0 0 {w:.1f} {h:.1f}">',
             f'<rect x="0" y="0" width="{w:.1f}" height="{h:.1f}" fill="none" '
             f'stroke="#888" stroke-width="2"/>']
    for p in marker.placements:
        ring = np.asarray(p.outline, dtype=float) * 10
        points = " ".join(f"{x:.2f},{h - y:.2f}" for x, y in ring)
        parts.append(f'<polygon points="{points}" fill="#cfe0f7" stroke="#1f4e9c" '
                     f'stroke-width="1.5"/>')
        cx, cy = ring.mean(axis=0)
        parts.append(f'<text x="{cx:.1f}" y="{h - cy:.1f}" font-size="30" '
                     f'text-anchor="middle">{escape(_label(p))}</text>')
    parts.append("</svg>")
    return "\n".join(parts)


def write_marker_svg(marker: Marker, path: str | os.PathLike[str]) -> None:
    atomic_write_bytes(path, marker_svg(marker).encode())


def write_marker_pdf(marker: Marker, path: str | os.PathLike[str]) -> None:
    """One full-size PDF page for a plotter: the marker at 1:1 with a 1 cm margin."""
    from reportlab.lib.units import cm
    from reportlab.pdfgen import canvas

    margin = 1.0
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=((marker.length + 2 * margin) * cm,
                                        (marker.width + 2 * margin) * cm), invariant=1)
    c.setTitle("marker")
    c.setCreator("MTM Studio")
    c.translate(margin * cm, margin * cm)
    c.setLineWidth(0.5)
    c.rect(0, 0, marker.length * cm, marker.width * cm)
    for p in marker.placements:
        ring = np.asarray(p.outline, dtype=float) * cm
        path_obj = c.beginPath()
        path_obj.moveTo(*ring[0])
        for x, y in ring[1:]:
            path_obj.lineTo(x, y)
        path_obj.close()
        c.drawPath(path_obj, stroke=1, fill=0)
        cx, cy = ring.mean(axis=0)
        c.setFont("Helvetica", 14)
        c.drawCentredString(cx, cy, _label(p))
    c.setFont("Helvetica", 12)
    c.drawString(0, -0.7 * cm, f"width {marker.width:g} cm, length {marker.length:.1f} cm, "
                               f"efficiency {100 * marker.efficiency:.1f}%")
    c.showPage()
    c.save()
    atomic_write_bytes(path, buffer.getvalue())


def write_marker(marker: Marker, path: str | os.PathLike[str]) -> str:
    """Write by extension: .dxf (AAMA), .svg or .pdf; returns the kind written."""
    suffix = Path(path).suffix.lower()
    if suffix == ".dxf":
        write_marker_aama_dxf(marker, path)
        return "aama-dxf"
    if suffix == ".svg":
        write_marker_svg(marker, path)
        return "svg"
    if suffix == ".pdf":
        write_marker_pdf(marker, path)
        return "pdf"
    raise InputError(f"unknown marker file type {suffix!r}; expected .dxf, .svg or .pdf",
                     source=str(path))

"""Grading: one garment drafted for every size of a size table, nested on a common point.

Each size is drafted from the table's body measurements (the garment's own formulas do the
grading, so every size passes the same checks as a made-to-measure draft). The sizes are
then stacked the way a graded nest is drawn: every piece of every size is moved so that its
reference point, the start of its sew line (the corner where each draft begins: the
centre-front/back hem of bodices and skirts, the inside-leg hem of trousers, the end of a
band), lies at (0, 0).
"""

from __future__ import annotations

import html
from collections.abc import Mapping
from dataclasses import dataclass, replace

import numpy as np

from mtm.core.errors import InputError, MtmError
from mtm.core.garment import Garment, GirthLine, Piece, Placement
from mtm.core.io.pattern_json import garment_from_dict, garment_to_dict
from mtm.core.size_tables import SizeTable, load_size_table

from . import get_garment
from .options import resolve_options

#: what the reference point is, for files and reports
REFERENCE = "start of each piece's sew line (its first edge's start) at (0, 0)"


@dataclass(frozen=True)
class GradedNest:
    """Every size of one garment, in size order; pieces moved onto the common reference."""

    garment: str
    table: str
    base_size: str
    source: str
    garments: tuple[Garment, ...]  # one per size, ``size`` set to the size name

    @property
    def sizes(self) -> tuple[str, ...]:
        return tuple(g.size for g in self.garments)


def reference_point(piece: Piece) -> tuple[float, float]:
    """The point of ``piece`` that all sizes share in a graded nest."""
    return piece.edges[0].start


def grade(
    name: str,
    table: SizeTable | str,
    options: Mapping[str, object] | None = None,
) -> GradedNest:
    """Draft garment ``name`` for every size of ``table`` and nest the sizes.

    MtmError when the table's sex is not one the garment is made for, or when a size cannot
    be drafted (the message names the size).
    """
    spec = get_garment(name)
    t = load_size_table(table) if isinstance(table, str) else table
    if t.sex not in spec.sexes:
        raise MtmError(
            f"size table {t.name!r} is for {t.sex} bodies; {name} is made for "
            f"{' and '.join(spec.sexes)}",
            field="size-table",
        )
    resolve_options(spec.options, options, garment=name)  # a bad option is named once
    out = []
    for size, ms in t.sizes:
        try:
            g = spec.draft(ms, options)
        except MtmError as error:
            raise MtmError(f"size {size}: {error}", field="size-table") from error
        out.append(nested(replace(g, size=size)))
    return GradedNest(name, t.name, t.base_size, t.source, tuple(out))


def nested(g: Garment) -> Garment:
    """``g`` with every piece moved so that its reference point is at (0, 0)."""
    shifts = {p.name: tuple(-c for c in reference_point(p)) for p in g.pieces}
    pieces = tuple(_shift_piece(p, *shifts[p.name]) for p in g.pieces)
    girths = tuple(
        GirthLine(
            gl.name,
            gl.measurement,
            gl.min_ease,
            tuple(
                (pn, _add(p0, shifts.get(pn, (0, 0))), _add(p1, shifts.get(pn, (0, 0))), f)
                for pn, p0, p1, f in gl.parts
            ),
        )
        for gl in g.girths
    )
    return replace(g, pieces=pieces, girths=girths)


def _add(p, d) -> tuple[float, float]:
    return (float(p[0] + d[0]), float(p[1] + d[1]))


def _shift_piece(p: Piece, dx: float, dy: float) -> Piece:
    d = (dx, dy)
    edges = tuple(replace(e, control=tuple(_add(c, d) for c in e.control)) for e in p.edges)
    pl = p.placement
    return replace(
        p,
        edges=edges,
        grainline=(_add(p.grainline[0], d), _add(p.grainline[1], d)),
        internal_lines=tuple(
            replace(ln, points=tuple(_add(q, d) for q in ln.points)) for ln in p.internal_lines
        ),
        drill_holes=tuple(replace(h, at=_add(h.at, d)) for h in p.drill_holes),
        labels=tuple(replace(lb, at=_add(lb.at, d)) for lb in p.labels),
        placement=None if pl is None else Placement(
            pl.segment, pl.side, _add(pl.anchor, d), pl.landmark, pl.wrap
        ),
    )


# ---- graded nest file ---------------------------------------------------------------------
NEST_FORMAT = "mtm-graded-nest/1"


def nest_to_dict(nest: GradedNest) -> dict:
    """The nest as JSON-ready data: one ``mtm-pattern/1`` document per size."""
    return {
        "format": NEST_FORMAT,
        "garment": nest.garment,
        "size_table": nest.table,
        "base_size": nest.base_size,
        "source": nest.source,
        "reference": REFERENCE,
        "units": "cm",
        "sizes": [garment_to_dict(g) for g in nest.garments],
    }


def nest_from_dict(data: Mapping, *, source: str = "nest") -> GradedNest:
    """Read back what ``nest_to_dict`` wrote (InputError naming ``source`` when it is not)."""
    if not isinstance(data, Mapping) or data.get("format") != NEST_FORMAT:
        raise InputError(f"not a graded nest (format {NEST_FORMAT} expected)", source=source)
    garments = tuple(garment_from_dict(d, source=source) for d in data.get("sizes", []))
    return GradedNest(str(data.get("garment", "")), str(data.get("size_table", "")),
                      str(data.get("base_size", "")), str(data.get("source", "")), garments)


# ---- graded nest view -------------------------------------------------------------------
GAP = 4.0  # cm between the nests of two pieces
_COLOURS = ("#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf",
            "#bcbd22", "#ff7f0e", "#7f7f7f")


def nest_svg(nest: GradedNest) -> str:
    """An SVG at 1:1 (mm) showing, per piece, the cut lines of all sizes stacked on the
    reference point (a cross), one colour per size, with a size legend."""
    names = [p.name for p in nest.garments[0].pieces]
    boxes = []
    for name in names:
        pts = np.concatenate([g.piece(name).cut_outline() for g in nest.garments])
        boxes.append((pts[:, 0].min(), pts[:, 1].min(), pts[:, 0].max(), pts[:, 1].max()))
    height = max(b[3] - b[1] for b in boxes) + 2 * GAP + 6.0
    width = sum(b[2] - b[0] + GAP for b in boxes) + GAP
    parts = [
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width * 10:.1f}mm" '
        f'height="{height * 10:.1f}mm" viewBox="0 0 {width:.3f} {height:.3f}">',
        f'<rect x="0" y="0" width="{width:.3f}" height="{height:.3f}" fill="white"/>',
        f'<text x="{GAP}" y="2.5" font-size="1.6" font-family="sans-serif">'
        f"{html.escape(nest.garment)} graded nest, table {html.escape(nest.table)} "
        f"(base {html.escape(nest.base_size)}), cm; reference: {html.escape(REFERENCE)}</text>",
    ]
    for i, size in enumerate(nest.sizes):
        c = _COLOURS[i % len(_COLOURS)]
        parts.append(f'<text x="{GAP + 8.0 * i:.2f}" y="5.0" font-size="1.4" fill="{c}" '
                     f'font-family="sans-serif">{html.escape(size)}</text>')
    x0 = GAP
    top = 6.0 + GAP
    for name, (bx0, by0, bx1, by1) in zip(names, boxes, strict=True):
        ox, oy = x0 - bx0, top + by1  # svg y = oy - y
        for i, g in enumerate(nest.garments):
            p = g.piece(name)
            c = _COLOURS[i % len(_COLOURS)]
            parts.append(f'<path d="{_svg_path(p.cut_outline(), ox, oy)}" fill="none" stroke="{c}" '
                         f'stroke-width="0.08"/>')
            parts.append(f'<path d="{_svg_path(p.sew_line, ox, oy)}" fill="none" stroke="{c}" '
                         f'stroke-width="0.04" stroke-dasharray="0.4,0.3"/>')
        parts.append(f'<path d="M {ox - 1.5:.3f},{oy:.3f} L {ox + 1.5:.3f},{oy:.3f} '
                     f'M {ox:.3f},{oy - 1.5:.3f} L {ox:.3f},{oy + 1.5:.3f}" stroke="black" '
                     f'stroke-width="0.1"/>')
        parts.append(f'<text x="{x0:.3f}" y="{top + (by1 - by0) + 2.5:.3f}" font-size="1.2" '
                     f'font-family="sans-serif">{html.escape(name)}</text>')
        x0 += bx1 - bx0 + GAP
    parts.append("</svg>")
    return "\n".join(parts)


def _svg_path(pts, ox: float, oy: float) -> str:
    """A closed SVG path of ``pts`` (cm, Y up) drawn with its origin at (ox, oy), Y down."""
    return "M " + " ".join(f"{ox + x:.3f},{oy - y:.3f}" for x, y in pts) + " Z"

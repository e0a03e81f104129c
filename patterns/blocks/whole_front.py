"""Helpers for garments whose front is one asymmetric piece with an opening on the wearer's
right (áo dài, qipao): the whole front drawn from the half block, fish (double-pointed)
darts, snap or frog positions along an opening, and the bias binding that faces it.

The half block is the body's left half seen from outside (centre line at x = 0, side at +x);
its mirror image (x -> -x) is the right half, so a whole front is the left half's edges, then
the right half's edges mirrored and walked back, counter-clockwise all round.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely

from mtm.core.garment import DrillHole, Edge, EdgeRef, InternalLine, Label, Piece, Placement, Seam


def mirror(e: Edge, name: str) -> Edge:
    """Edge ``e`` mirrored to the other half (x -> -x) and walked the other way."""
    ctrl = tuple((-x, y) for x, y in e.control[::-1])
    return Edge(name, e.kind, ctrl, e.allowance, e.corner)


def fish_dart(name: str, cx: float, y_waist: float, width: float, top: float,
              bottom: float) -> tuple[InternalLine, tuple[DrillHole, ...]]:
    """A double-pointed waist dart of ``width`` cm at ``y_waist``, from ``top`` to ``bottom``
    (heights), centred on x = ``cx``: its outline as a dart line and drill holes 1 cm inside
    both points and at the waist 0.3 cm inside both legs (the tailor's marks)."""
    w = width / 2.0
    pts = ((cx, top), (cx + w, y_waist), (cx, bottom), (cx - w, y_waist), (cx, top))
    holes = (
        DrillHole((cx, top - 1.0), "dart", f"{name} top"),
        DrillHole((cx, bottom + 1.0), "dart", f"{name} bottom"),
        DrillHole((cx - w + 0.3, y_waist), "dart", f"{name} leg"),
        DrillHole((cx + w - 0.3, y_waist), "dart", f"{name} leg"),
    )
    return InternalLine(name, pts, "dart"), holes


def marks_along(edges: Sequence[Edge], *, inset: float, spacing: float, start: float,
                end: float, kind: str = "button", name: str = "snap",
                count: int | None = None) -> tuple[DrillHole, ...]:
    """Drill holes ``inset`` cm inside a run of consecutive edges (to the left of the walking
    direction, which is inside a counter-clockwise piece), from ``start`` cm after its
    beginning to ``end`` cm before its end, evenly at most ``spacing`` cm apart (or
    ``count`` of them, to match the other half of a closure)."""
    pts = np.concatenate([np.asarray(e.polyline())[:-1] for e in edges]
                         + [np.asarray(edges[-1].polyline())[-1:]])
    seg = np.hypot(*np.diff(pts, axis=0).T)
    cum = np.concatenate([[0.0], np.cumsum(seg)])
    total = float(cum[-1])
    a, b = start, total - end
    if b <= a:
        return ()
    if count is None:
        count = max(1, int(math.ceil((b - a) / spacing))) + 1
    out = []
    for s in np.linspace(a, b, count) if count > 1 else [0.5 * (a + b)]:
        i = int(np.clip(np.searchsorted(cum, s) - 1, 0, len(seg) - 1))
        f = (s - cum[i]) / seg[i] if seg[i] > 0 else 0.0
        p = pts[i] + f * (pts[i + 1] - pts[i])
        t = (pts[i + 1] - pts[i]) / max(seg[i], 1e-12)
        left = np.array([-t[1], t[0]])
        out.append(DrillHole(tuple(p + inset * left), kind, name))
    return tuple(out)


@dataclass(frozen=True)
class BindingPart:
    """One stretch of a binding's attached edge: the garment edge it faces."""

    name: str
    ref: EdgeRef
    length: float


def bias_binding(name: str, parts: Sequence[BindingPart], *, width: float, label: str,
                 title: str) -> tuple[Piece, tuple[Seam, ...]]:
    """A facing strip cut on the bias: a rectangle whose attached edge is cut into the
    stretches it is sewn to (a bias strip takes the curves of an opening); the other long
    edge is turned under (no seam)."""
    edges = []
    seams = []
    x = 0.0
    for part in parts:
        edges.append(Edge.line(part.name, (x, 0.0), (x + part.length, 0.0), allowance=0.7))
        seams.append(Seam(part.ref, EdgeRef(name, part.name), reversed=not part.ref.mirror,
                          name=f"{name}_{part.name}"))
        x += part.length
    edges += [
        Edge.line("end_b", (x, 0.0), (x, width), allowance=0.7),
        Edge.line("edge", (x, width), (0.0, width), allowance=0.7),
        Edge.line("end_a", (0.0, width), (0.0, 0.0), allowance=0.7),
    ]
    d = 0.35 * width
    g = np.array([0.25 * x, 0.5 * width])
    return Piece(
        name=name,
        edges=tuple(edges),
        grainline=(tuple(g - (d, d)), tuple(g + (d, d))),  # on the bias
        quantity=1,
        fabric="shell",
        labels=(Label(label, (0.55 * x, 0.5 * width), min(0.8, 0.35 * width)),),
        # drapes as a band: it follows the edges it is sewn to
        placement=Placement("neck", "front", (0.0, 0.0), "front_neck", wrap=True),
        title=title,
    ), tuple(seams)


def smooth_polyline(points: np.ndarray, span: float = 4.0, max_turn: float = 20.0
                    ) -> np.ndarray:
    """The polyline with each sharp vertex (turning more than ``max_turn`` degrees) replaced
    by a cubic bridge from ``span`` cm before it to ``span`` cm after it, tangent to the line
    on both sides. The inside offset of a run with a corner (a raglan turning into the side
    seam) has a sharp vertex there, which a cutter or a DXF reader would take for a dart; a
    finished edge runs round it. The ends are kept."""
    p = np.asarray(points, float)
    for _ in range(4):
        if len(p) < 4:
            return p
        d = np.diff(p, axis=0)
        ang = np.degrees(np.abs(np.arctan2(d[:-1, 0] * d[1:, 1] - d[:-1, 1] * d[1:, 0],
                                           (d[:-1] * d[1:]).sum(1))))
        k = int(np.argmax(ang)) + 1  # the sharpest interior vertex
        if ang[k - 1] <= max_turn:
            return p
        s = np.concatenate([[0.0], np.cumsum(np.hypot(*d.T))])
        a = int(np.searchsorted(s, s[k] - span)) - 1
        b = int(np.searchsorted(s, s[k] + span))
        a, b = max(a, 1), min(b, len(p) - 2)
        if a >= k or b <= k:
            return p
        ta = p[a] - p[a - 1]
        tb = p[b + 1] - p[b]
        ta, tb = ta / np.hypot(*ta), tb / np.hypot(*tb)
        h = float(np.hypot(*(p[b] - p[a]))) / 3.0
        c = np.array([p[a], p[a] + h * ta, p[b] - h * tb, p[b]])
        t = np.linspace(0.0, 1.0, 13)[1:-1, None]
        bridge = ((1 - t) ** 3 * c[0] + 3 * (1 - t) ** 2 * t * c[1] + 3 * (1 - t) * t**2 * c[2]
                  + t**3 * c[3])
        p = np.vstack([p[: a + 1], bridge, p[b:]])
    return p


def shaped_facing(name: str, parent: str, edges: Sequence[Edge], *, width: float,
                  label: str, title: str, pair: bool = False
                  ) -> tuple[Piece, tuple[Seam, ...]]:
    """A facing cut to the shape of a run of consecutive ``edges`` of piece ``parent`` (an
    opening, an armhole): copies of those edges, then an inner edge ``width`` cm inside them
    (to the left of the walking direction, inside a counter-clockwise piece), turned under.
    Drawn in the parent's frame, so it is draped as a layer just inside it. ``pair``: cut in
    a mirrored pair (the parent is, or is on the fold)."""
    copies = [Edge(e.name, e.kind, e.control, allowance=1.0, corner=e.corner) for e in edges]
    pts = np.concatenate([np.asarray(e.polyline())[:-1] for e in copies]
                         + [np.asarray(copies[-1].polyline())[-1:]])
    keep = np.r_[True, np.hypot(*np.diff(pts, axis=0).T) > 1e-6]
    off = np.asarray(shapely.LineString(pts[keep]).offset_curve(width, join_style="round")
                     .coords)
    if np.hypot(*(off[0] - pts[0])) > np.hypot(*(off[-1] - pts[0])):
        off = off[::-1]
    off = smooth_polyline(off[np.r_[True, np.hypot(*np.diff(off, axis=0).T) > 0.05]])
    first, last = tuple(copies[0].start), tuple(copies[-1].end)
    inner = Edge("inner", "polyline", tuple(map(tuple, off[::-1])), allowance=0.0)
    piece_edges = (
        *copies,
        Edge.line("end_b", last, inner.start, allowance=1.0),
        inner,
        Edge.line("end_a", inner.end, first, allowance=1.0),
    )
    mid = off[len(off) // 2]
    g0 = np.asarray(pts[len(pts) // 2])
    return Piece(
        name=name,
        edges=piece_edges,
        grainline=(tuple(g0 + 0.5 * (mid - g0) + (0.0, -1.5)),
                   tuple(g0 + 0.5 * (mid - g0) + (0.0, 1.5))),
        quantity=2 if pair else 1,
        mirrored=pair,
        fabric="shell",
        labels=(Label(label, tuple(0.5 * (g0 + mid)), 0.5),),
        placement=Placement("neck", "front", tuple(first), "front_neck", wrap=True),
        title=title,
    ), tuple(Seam(EdgeRef(parent, e.name), EdgeRef(name, e.name), reversed=False,
                  name=f"{name}_{e.name}") for e in copies)

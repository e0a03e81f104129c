"""The garment data model: pieces with named edges, seams between edges, and the garment.

How to read a pattern (all lengths cm, 2D axes X right, Y up, seen from the RIGHT side of
the fabric; the grain runs along +Y unless ``Piece.grainline`` says otherwise):

- ``Edge``: one named stretch of a piece's sew line, a straight ``line`` (2 control points),
  a ``cubic`` Bézier chain (3n+1 control points: p0 c1 c2 p1 c1 c2 p2 ...) or a ``polyline``
  (any points, used for imported files). ``edge.polyline()`` flattens it to within 0.05 mm,
  ``edge.length`` is exact (quadrature). Each edge carries its own seam allowance and a
  ``corner`` style: ``mitre`` (default) or, for hems and cuffs, ``reverse`` (the neighbour's
  allowance is mirrored about the hem line so it lies flat when the hem is turned up) or
  ``square`` (the hem allowance is cut square to the hem). The style of a hem edge decides
  how its neighbours' allowances meet it at both of its ends.
- ``Piece``: a closed sew line = its edges in order, counter-clockwise, each edge's end the
  next edge's start. ``piece.cut_outline()`` is the cutting line (sew line plus allowances).
  A piece also has notches (an edge name + a distance along it), darts (two consecutive leg
  edges meeting at the dart point; the drape closes them as seams, the cut line bridges the
  dart mouth), internal lines, drill holes, labels, a cut quantity, ``mirrored`` (cut in
  pairs: one as drawn, one mirrored), ``on_fold`` (the name of the edge laid on the fold:
  the real panel is the drawing plus its mirror image across that edge, which gets no
  allowance), a fabric (shell, lining, interfacing) and a ``Placement`` hint for 3D.
- Placement: the body ``segment`` the piece covers (torso, left_arm, right_arm, left_leg,
  right_leg, neck, waist), its ``side`` (front, back, side), an ``anchor`` point of the piece
  that sits at a named body ``landmark`` (see ``LANDMARKS``), and ``wrap`` when the piece is
  rolled into a tube round the segment (sleeves, bands, cuffs). Seen from outside, a front
  piece's 2D +X is the body's +X (its left) and a back piece's 2D +X is the body's -X; so the
  drafted copy of a front (side seam at +X) is on the body's left, of a back on its right, and
  mirrored copies / the other half of an on-fold piece are on the other side. ``segment``
  names the body part of the drafted copy (a sleeve on ``right_arm`` has its mirror on
  ``left_arm``).
- ``Seam``: joins edge ``a`` to edge ``b`` (``EdgeRef(piece, edge, mirror)``). Seams are listed
  once for a symmetric garment: when both pieces come in a left and a right copy (mirrored
  pairs, or the two halves of an on-fold piece) the seam holds on both sides of the body,
  joining the copies that lie on the same side. When one piece has a single copy (a neckband
  ring) or a piece joins its own mirror (a centre-back seam), ``mirror`` picks the copy:
  False = as drafted, True = the mirrored copy / other half. ``reversed=True`` means a.start
  meets b.end (drafts always set it). ``ease`` is the planned length difference
  length(a) - length(b) in cm (a sleeve cap is eased into its armhole, a knit band stretched).
- ``Garment``: name, size, pieces, seams, the measurements and options it was drafted from,
  the drafting ``system`` credited, what the checks need (girth lines, ease limits, curves
  that must run smoothly across seams) and the check results. ``layer`` says where a top is
  worn in an outfit: 0 next to the skin (shirt, T-shirt, dress), 1 over another top (a
  jacket); bottoms are told by their placements (core/drape/outfit.py).

All classes are frozen dataclasses; build new ones with ``dataclasses.replace``.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import shapely

from . import geometry2d as g2
from .geometry2d import Point

EDGE_KINDS = ("line", "cubic", "polyline")
CORNERS = ("mitre", "reverse", "square")
FABRICS = ("shell", "lining", "interfacing")
SEGMENTS = ("torso", "left_arm", "right_arm", "left_leg", "right_leg", "neck", "waist")
SIDES = ("front", "back", "side")
#: Body landmarks a placement may name (the body room maps them onto its mesh).
LANDMARKS = (
    "front_neck",
    "back_neck",
    "side_neck",
    "shoulder_point",
    "armpit",
    "bust_point",
    "waist_front",
    "waist_back",
    "waist_side",
    "hip_front",
    "hip_back",
    "hip_side",
    "elbow",
    "wrist",
    "knee",
    "ankle",
    "crotch",
)
INTERNAL_KINDS = ("fold", "stitch", "placement", "crease", "centre", "buttonhole", "pleat", "dart")
HOLE_KINDS = ("button", "buttonhole", "dart", "pocket", "mark")

#: Flattening tolerance (cm) of ``Edge.polyline``: chords within 0.05 mm of the curve. The
#: polyline then is shorter than the curve by about L*tol/(3R) (R the bend radius): under
#: 0.1 mm for a 25 cm armhole bending at 5 cm radius. ``Edge.length`` itself is exact.
POLYLINE_TOL = 0.005


def _pt(p) -> Point:
    return (float(p[0]), float(p[1]))


@dataclass(frozen=True)
class Edge:
    """A named stretch of a sew line; see the module docstring."""

    name: str
    kind: str
    control: tuple[Point, ...]
    allowance: float = 1.0
    corner: str = "mitre"

    def __post_init__(self):
        ctrl = self.control
        if isinstance(ctrl, np.ndarray):
            ctrl = tuple(map(tuple, ctrl.astype(float).tolist()))
        else:
            ctrl = tuple([(float(x), float(y)) for x, y in ctrl])
        object.__setattr__(self, "control", ctrl)
        object.__setattr__(self, "allowance", float(self.allowance))
        n = len(self.control)
        if self.kind not in EDGE_KINDS:
            raise ValueError(f"edge {self.name!r}: kind {self.kind!r} not in {EDGE_KINDS}")
        if self.corner not in CORNERS:
            raise ValueError(f"edge {self.name!r}: corner {self.corner!r} not in {CORNERS}")
        if self.kind == "line" and n != 2:
            raise ValueError(f"edge {self.name!r}: a line needs 2 points, got {n}")
        if self.kind == "cubic" and (n < 4 or (n - 1) % 3):
            raise ValueError(f"edge {self.name!r}: a cubic chain needs 3k+1 points, got {n}")
        if self.kind == "polyline" and n < 2:
            raise ValueError(f"edge {self.name!r}: a polyline needs 2 or more points")
        if self.allowance < 0:
            raise ValueError(f"edge {self.name!r}: negative seam allowance")

    @staticmethod
    def line(name: str, p0, p1, **kw) -> Edge:
        """A straight edge from p0 to p1."""
        return Edge(name, "line", (p0, p1), **kw)

    @staticmethod
    def cubic(name: str, *ctrl, **kw) -> Edge:
        """A cubic Bézier edge (or chain) through control points p0, c1, c2, p1, ..."""
        return Edge(name, "cubic", ctrl, **kw)

    @cached_property
    def _ctrl(self) -> np.ndarray:
        return np.array(self.control, dtype=float)

    def _cubics(self) -> list[np.ndarray]:
        c = self._ctrl
        return [c[i : i + 4] for i in range(0, len(c) - 1, 3)]

    @property
    def start(self) -> Point:
        return self.control[0]

    @property
    def end(self) -> Point:
        return self.control[-1]

    def polyline(self, tol: float = POLYLINE_TOL) -> np.ndarray:
        """The edge as points (n, 2), chords within ``tol`` cm of the curve (read-only array)."""
        if tol == POLYLINE_TOL:
            return self._default_polyline
        return self._flatten(tol)

    def _flatten(self, tol: float) -> np.ndarray:
        if self.kind != "cubic":
            out = self._ctrl.copy()
        else:
            parts = [g2.cubic_flatten(c, tol) for c in self._cubics()]
            out = np.concatenate([parts[0]] + [p[1:] for p in parts[1:]])
        out.setflags(write=False)
        return out

    @cached_property
    def _default_polyline(self) -> np.ndarray:
        return self._flatten(POLYLINE_TOL)

    @cached_property
    def length(self) -> float:
        """Length in cm (exact for lines and cubics)."""
        if self.kind == "cubic":
            return float(sum(g2.cubic_length(c) for c in self._cubics()))
        return g2.polyline_length(self._ctrl)

    def point_at(self, distance: float) -> tuple[Point, Point]:
        """Point and unit tangent at ``distance`` cm from the start (negative: from the end)."""
        if distance < 0:
            distance = self.length + distance
        p, t = g2.point_at_length(self.polyline(), distance)
        return _pt(p), _pt(t)

    def start_tangent(self) -> tuple[float, float]:
        """Unit direction in which the edge leaves its start."""
        x0, y0 = self.control[0]
        for x, y in self.control[1:]:
            d = math.hypot(x - x0, y - y0)
            if d > 1e-9:
                return ((x - x0) / d, (y - y0) / d)
        return (1.0, 0.0)

    def end_tangent(self) -> tuple[float, float]:
        """Unit direction in which the edge arrives at its end."""
        x1, y1 = self.control[-1]
        for x, y in self.control[-2::-1]:
            d = math.hypot(x1 - x, y1 - y)
            if d > 1e-9:
                return ((x1 - x) / d, (y1 - y) / d)
        return (1.0, 0.0)

    def with_allowance(self, allowance: float) -> Edge:
        """The same edge with another seam allowance (its flattened curve and length are kept,
        not worked out again)."""
        e = Edge(self.name, self.kind, self.control, allowance, self.corner)
        for k in ("_ctrl", "_default_polyline", "length"):
            if k in self.__dict__:
                e.__dict__[k] = self.__dict__[k]
        return e

    def reversed(self) -> Edge:
        """The same edge walked the other way."""
        return Edge(self.name, self.kind, self.control[::-1], self.allowance, self.corner)

    def split_at(self, distance: float, names: tuple[str, str]) -> tuple[Edge, Edge]:
        """Cut the edge ``distance`` cm from its start into two edges (exact for cubics)."""
        kw = {"allowance": self.allowance, "corner": self.corner}
        if self.kind == "line":
            p0, p1 = self._ctrl
            m = p0 + (p1 - p0) * (distance / self.length)
            return Edge.line(names[0], p0, m, **kw), Edge.line(names[1], m, p1, **kw)
        if self.kind == "polyline":
            pts = self._ctrl
            seg = np.hypot(*np.diff(pts, axis=0).T)
            cum = np.concatenate([[0.0], np.cumsum(seg)])
            i = int(np.clip(np.searchsorted(cum, distance) - 1, 0, len(seg) - 1))
            m, _ = g2.point_at_length(pts, distance)
            a = np.vstack([pts[: i + 1], m])
            b = np.vstack([m, pts[i + 1 :]])
            return Edge(names[0], "polyline", a, **kw), Edge(names[1], "polyline", b, **kw)
        left: list[np.ndarray] = []
        right: list[np.ndarray] = []
        acc = 0.0
        done = False
        for c in self._cubics():
            seg_len = g2.cubic_length(c)
            if done:
                right.append(c)
            elif acc + seg_len >= distance:
                t = g2.cubic_t_at_length(c, distance - acc)
                a, b = g2.cubic_split(c, t)
                left.append(a)
                right.append(b)
                done = True
            else:
                left.append(c)
            acc += seg_len

        def chain(cs):
            pts = [cs[0][0]] + [p for c in cs for p in c[1:]]
            return tuple(_pt(p) for p in pts)

        return (
            Edge(names[0], "cubic", chain(left), **kw),
            Edge(names[1], "cubic", chain(right), **kw),
        )


@dataclass(frozen=True)
class Notch:
    """A notch on edge ``edge`` at ``distance`` cm from its start (negative: from its end)."""

    edge: str
    distance: float
    count: int = 1  # 2 = double notch (back armhole, by convention)


@dataclass(frozen=True)
class Dart:
    """An edge dart: ``legs`` are two consecutive edges (in, out) meeting at the dart point."""

    name: str
    legs: tuple[str, str]


@dataclass(frozen=True)
class InternalLine:
    """A marked line inside a piece (fold, stitching, placement, crease, buttonhole, ...)."""

    name: str
    points: tuple[Point, ...]
    kind: str = "placement"

    def __post_init__(self):
        object.__setattr__(self, "points", tuple(_pt(p) for p in self.points))
        if self.kind not in INTERNAL_KINDS:
            raise ValueError(
                f"internal line {self.name!r}: kind {self.kind!r} not in {INTERNAL_KINDS}"
            )


@dataclass(frozen=True)
class DrillHole:
    """A drill hole / punch mark at ``at`` (buttons, buttonholes, dart points, pockets)."""

    at: Point
    kind: str = "mark"
    name: str = ""

    def __post_init__(self):
        object.__setattr__(self, "at", _pt(self.at))
        if self.kind not in HOLE_KINDS:
            raise ValueError(f"drill hole {self.name!r}: kind {self.kind!r} not in {HOLE_KINDS}")


@dataclass(frozen=True)
class Label:
    """Text printed on the piece, ``size`` = letter height in cm, ``angle`` in degrees."""

    text: str
    at: Point
    size: float = 1.0
    angle: float = 0.0

    def __post_init__(self):
        object.__setattr__(self, "at", _pt(self.at))


@dataclass(frozen=True)
class Placement:
    """Where a piece goes on the body for draping; see the module docstring."""

    segment: str
    side: str
    anchor: Point = (0.0, 0.0)
    landmark: str = ""
    wrap: bool = False

    def __post_init__(self):
        object.__setattr__(self, "anchor", _pt(self.anchor))
        if self.segment not in SEGMENTS:
            raise ValueError(f"placement segment {self.segment!r} not in {SEGMENTS}")
        if self.side not in SIDES:
            raise ValueError(f"placement side {self.side!r} not in {SIDES}")
        if self.landmark and self.landmark not in LANDMARKS:
            raise ValueError(f"placement landmark {self.landmark!r} not in {LANDMARKS}")


@dataclass(frozen=True)
class Piece:
    """A pattern piece; see the module docstring."""

    name: str
    edges: tuple[Edge, ...]
    grainline: tuple[Point, Point]
    quantity: int = 1
    mirrored: bool = False
    on_fold: str | None = None
    fabric: str = "shell"
    notches: tuple[Notch, ...] = ()
    darts: tuple[Dart, ...] = ()
    internal_lines: tuple[InternalLine, ...] = ()
    drill_holes: tuple[DrillHole, ...] = ()
    labels: tuple[Label, ...] = ()
    placement: Placement | None = None
    title: str = ""

    def __post_init__(self):
        for name in ("edges", "notches", "darts", "internal_lines", "drill_holes", "labels"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        object.__setattr__(self, "grainline", (_pt(self.grainline[0]), _pt(self.grainline[1])))
        names = [e.name for e in self.edges]
        if len(self.edges) < 2:
            raise ValueError(f"piece {self.name!r}: needs at least 2 edges")
        if len(set(names)) != len(names):
            raise ValueError(f"piece {self.name!r}: edge names repeat: {names}")
        if self.fabric not in FABRICS:
            raise ValueError(f"piece {self.name!r}: fabric {self.fabric!r} not in {FABRICS}")
        if self.quantity < 1:
            raise ValueError(f"piece {self.name!r}: quantity must be 1 or more")
        if self.on_fold is not None and self.on_fold not in names:
            raise ValueError(f"piece {self.name!r}: fold edge {self.on_fold!r} is not an edge")
        for n in self.notches:
            if n.edge not in names:
                raise ValueError(f"piece {self.name!r}: notch on unknown edge {n.edge!r}")
        for d in self.darts:
            a, b = d.legs
            if (
                a not in names
                or b not in names
                or names.index(b) != (names.index(a) + 1) % len(names)
            ):
                raise ValueError(
                    f"piece {self.name!r}: dart {d.name!r} legs must be consecutive edges"
                )

    # -- lookup -------------------------------------------------------------------------
    @cached_property
    def _index(self) -> dict[str, int]:
        return {e.name: i for i, e in enumerate(self.edges)}

    def edge(self, name: str) -> Edge:
        """The edge called ``name`` (KeyError naming the piece when absent)."""
        try:
            return self.edges[self._index[name]]
        except KeyError:
            raise KeyError(f"piece {self.name!r} has no edge {name!r}") from None

    def edge_index(self, name: str) -> int:
        return self._index[name]

    def neighbours(self, name: str) -> tuple[Edge, Edge]:
        """The edges before and after edge ``name`` along the sew line."""
        i = self._index[name]
        n = len(self.edges)
        return self.edges[(i - 1) % n], self.edges[(i + 1) % n]

    # -- geometry -----------------------------------------------------------------------
    @cached_property
    def sew_line(self) -> np.ndarray:
        """The closed sew line as a ring of points (n, 2), first point not repeated."""
        parts = [e.polyline()[:-1] for e in self.edges]
        out = np.concatenate(parts)
        out.setflags(write=False)
        return out

    @cached_property
    def polygon(self) -> shapely.Polygon:
        """The area inside the sew line as a shapely polygon (for measuring and checks)."""
        return shapely.Polygon(self.sew_line)

    @cached_property
    def area(self) -> float:
        """Area inside the sew line, cm² (negative when the edges run clockwise)."""
        return g2.signed_area(self.sew_line)

    @cached_property
    def bbox(self) -> tuple[float, float, float, float]:
        """(xmin, ymin, xmax, ymax) of the cut outline."""
        c = self.cut_outline()
        return (
            float(c[:, 0].min()),
            float(c[:, 1].min()),
            float(c[:, 0].max()),
            float(c[:, 1].max()),
        )

    def allowance_of(self, edge: Edge) -> float:
        """The seam allowance actually cut on ``edge`` (none on the fold)."""
        return 0.0 if edge.name == self.on_fold else edge.allowance

    def notch_points(self) -> list[tuple[Point, Point, int]]:
        """Each notch as (point on the sew line, outward unit normal, count)."""
        out = []
        sign = 1.0 if self.area >= 0 else -1.0
        for n in self.notches:
            p, t = self.edge(n.edge).point_at(n.distance)
            out.append((p, (sign * t[1], -sign * t[0]), n.count))
        return out

    def dart_point(self, dart: Dart) -> Point:
        return self.edge(dart.legs[0]).end

    def cut_outline(self) -> np.ndarray:
        """The cutting line: the sew line grown by each edge's allowance, with proper corners."""
        return self._cut[0]

    @property
    def cut_is_simple(self) -> bool:
        """True when the cut line does not cross itself."""
        ring, simple = self._cut
        return simple if simple is not None else bool(shapely.LinearRing(ring).is_simple)

    @cached_property
    def _cut(self) -> tuple[np.ndarray, bool | None]:
        ring, simple = _cut_outline(self)
        ring.setflags(write=False)
        return ring, simple


def _cut_edges(piece: Piece) -> list[tuple[np.ndarray, float, str]]:
    """(polyline, allowance, corner) per cut edge, dart legs replaced by a bridge over the mouth."""
    legs_in = {d.legs[0]: d for d in piece.darts}
    skip = {d.legs[1] for d in piece.darts}
    out = []
    edges = piece.edges
    for i, e in enumerate(edges):
        if e.name in skip:
            continue
        if e.name in legs_in:
            nxt = piece.edge(legs_in[e.name].legs[1])
            prev, after = edges[i - 1], edges[(i + 2) % len(edges)]
            a = max(piece.allowance_of(prev), piece.allowance_of(after))
            out.append((np.array([e._ctrl[0], nxt._ctrl[-1]]), a, "mitre"))
            continue
        out.append((e.polyline(), piece.allowance_of(e), e.corner))
    return out


def _cut_outline(piece: Piece) -> tuple[np.ndarray, bool | None]:
    """The cut ring and whether it is known to be simple (None: not tested)."""
    ring, net = _cut_ring(piece)
    if net:
        return ring, None
    if shapely.LinearRing(ring).is_simple:
        return ring, True
    return _remove_loops(ring, 1.0 if piece.area >= 0 else -1.0), None


def rings_simple(rings: list[np.ndarray]) -> np.ndarray:
    """Whether each closed ring (n, 2) (first point not repeated) is simple: one vectorised
    GEOS call for all of them (per ring, the shapely objects would cost more than the test)."""
    if not rings:
        return np.zeros(0, bool)
    sizes = [len(r) for r in rings]
    geoms = shapely.linearrings(np.concatenate(rings), indices=np.repeat(np.arange(len(rings)),
                                                                          sizes))
    return shapely.is_simple(geoms)


def cut_outlines(pieces) -> None:
    """Work out the cut outlines of many pieces at once and keep them on the pieces (as
    :meth:`Piece.cut_outline` would, with one simplicity test for all the rings)."""
    todo = [p for p in pieces if "_cut" not in p.__dict__]
    # the allowance offsets of every edge of every piece in one vectorised call
    cuts = [None if _is_net(p) else _cut_edges(p) for p in todo]
    polys, dists = [], []
    for p, c in zip(todo, cuts, strict=True):
        if c is not None:
            sign = 1.0 if p.area >= 0 else -1.0
            polys += [q for q, _, _ in c]
            dists += [sign * a for _, a, _ in c]
    body = g2.offset_polylines(polys, np.array(dists)) if polys else []
    raw, k = [], 0
    for p, c in zip(todo, cuts, strict=True):
        if c is None:
            raw.append(_cut_ring(p))
        else:
            raw.append(_cut_ring(p, c, body[k : k + len(c)]))
            k += len(c)
    test = [i for i, (_, net) in enumerate(raw) if not net]
    simple = rings_simple([raw[i][0] for i in test])
    known: dict[int, bool] = dict(zip(test, simple.tolist(), strict=True))
    for i, (p, (ring, net)) in enumerate(zip(todo, raw, strict=True)):
        if net:
            out = (ring, None)
        elif known[i]:
            out = (ring, True)
        else:
            out = (_remove_loops(ring, 1.0 if p.area >= 0 else -1.0), None)
        out[0].setflags(write=False)
        p.__dict__["_cut"] = out  # the cached_property's slot


def _is_net(piece: Piece) -> bool:
    """A piece cut on its sew line (no allowance, no darts: interfacing, net patterns)."""
    return not piece.darts and all(piece.allowance_of(e) == 0.0 for e in piece.edges)


def _cut_ring(piece: Piece, cuts=None, body=None) -> tuple[np.ndarray, bool]:
    """The cut ring before loops are removed, and whether it is the sew line itself (a piece
    with no allowance and no darts: interfacing, net patterns). ``cuts`` and ``body``: the
    piece's ``_cut_edges`` and their offsets, when already worked out."""
    if _is_net(piece):
        return piece.sew_line.copy(), True
    sign = 1.0 if piece.area >= 0 else -1.0
    if body is None:
        cuts = _cut_edges(piece)
        body = g2.offset_polylines([p for p, _, _ in cuts],
                                   np.array([sign * a for _, a, _ in cuts]))
    n = len(cuts)
    # each cut edge's first and last direction as plain floats (the corner work below runs
    # once per corner in Python: small numpy arrays would cost more than the arithmetic)
    d_start, d_end = [], []
    for p, _, _ in cuts:
        if len(p) > 1:
            (x0, y0), (x1, y1) = p[:2].tolist()
            d_start.append(_unit_f(x1 - x0, y1 - y0))
            (x0, y0), (x1, y1) = p[-2:].tolist()
            d_end.append(_unit_f(x1 - x0, y1 - y0))
        else:
            d_start.append((1.0, 0.0))
            d_end.append((1.0, 0.0))
    joins: list[list[np.ndarray]] = [[] for _ in range(n)]  # points inserted after edge k
    for k in range(n):
        m = (k + 1) % n
        (pa, aa, ca), (_, ab, cb) = cuts[k], cuts[m]
        A, B = body[k], body[m]
        (dax, day), (dbx, dby) = d_end[k], d_start[m]
        hem_out = cb != "mitre" and ca == "mitre"
        hem_in = ca != "mitre" and cb == "mitre"
        if (hem_out or hem_in) and aa > 0 and ab > 0:
            P = pa[-1]
            da, db = np.array((dax, day)), np.array((dbx, dby))
            if hem_out:  # neighbour k, then hem m
                hem_dir, hem_off_pt, nb_pt, nb_dir, style, ahem = db, B[0], A[-1], da, cb, ab
            else:  # hem k, then neighbour m
                hem_dir, hem_off_pt, nb_pt, nb_dir, style, ahem = da, A[-1], B[0], db, ca, aa
            pt_a = g2.line_intersection(nb_pt, nb_dir, P, hem_dir)
            if pt_a is not None and _dist(pt_a, P) < 4 * max(aa, ab):
                if style == "square":
                    pt_b = pt_a + sign * ahem * g2.right_normal(hem_dir)
                else:
                    mdir = g2.reflect_direction(nb_dir, hem_dir)
                    pt_b = g2.line_intersection(pt_a, mdir, hem_off_pt, hem_dir)
                if pt_b is not None and _dist(pt_b, P) < 4 * max(aa, ab):
                    if hem_out:
                        A[-1], B[0] = pt_a, pt_b
                    else:
                        A[-1], B[0] = pt_b, pt_a
                    continue
        # mitre: convex corners meet where the offset lines cross; inside corners are trimmed
        turn = (dax * dby - day * dbx) * sign
        if abs(turn) < 1e-6 and dax * dbx + day * dby > 0:
            continue  # smooth continuation: offsets already meet
        px, py = pa[-1].tolist()
        if turn < 0:  # inside corner: the offsets overlap; cut both where they cross
            P = pa[-1]
            reach = 4.0 * max(aa, ab) + 1.0  # only points near the corner can cross
            far_a = np.nonzero(np.hypot(*(A - P).T) > reach)[0]
            far_b = np.nonzero(np.hypot(*(B - P).T) > reach)[0]
            na = min(int(far_a[-1]), len(A) - 2) if far_a.size else 0
            nb = max(int(far_b[0]) + 1, 2) if far_b.size else len(B)
            hit = g2.segments_first_crossing(A[na:], B[:nb])
            if hit is not None:
                i, j, x = hit
                i += na
                body[k] = A = np.vstack([A[: i + 1], x])
                body[m] = B = np.vstack([x, B[j + 1 :]])
                continue
        # the mitre point: where the line through A's end along da meets B's start along db
        ax, ay = A[-1].tolist()
        bx, by = B[0].tolist()
        den = dax * dby - day * dbx
        if abs(den) < 1e-9 * (math.hypot(dax, day) * math.hypot(dbx, dby) + 1e-30):
            continue
        s_ = ((bx - ax) * dby - (by - ay) * dbx) / den
        xx, xy = ax + s_ * dax, ay + s_ * day
        limit = 3.0 * max(aa, ab, 0.1)
        if math.hypot(xx - px, xy - py) <= limit:
            x = np.array((xx, xy))
            # an offset end may overshoot the mitre point slightly: pull it back onto it
            if (xx - ax) * dax + (xy - ay) * day < 0:
                A[-1] = x
            if (bx - xx) * dbx + (by - xy) * dby < 0:
                B[0] = x
            joins[k].append(x)
    ring = []
    for k in range(n):
        ring.append(body[k])
        if joins[k]:
            ring.append(np.array(joins[k]))
    out = np.concatenate(ring)
    # drop consecutive duplicates and the closing repeat
    keep = np.ones(len(out), bool)
    keep[1:] = np.hypot(*np.diff(out, axis=0).T) > 1e-7
    out = out[keep]
    if len(out) > 1 and np.hypot(*(out[0] - out[-1])) < 1e-7:
        out = out[:-1]
    return out, False


def _unit_f(x: float, y: float) -> tuple[float, float]:
    """(x, y) scaled to length 1 (zero stays zero), as :func:`geometry2d.unit` on floats."""
    n = math.hypot(x, y)
    return (x / n, y / n) if n > 0 else (x, y)


def _dist(a, b) -> float:
    return math.hypot(float(a[0]) - float(b[0]), float(a[1]) - float(b[1]))


def _remove_loops(ring: np.ndarray, sign: float) -> np.ndarray:
    """Drop the small loops an offset makes where a curve bends tighter than its allowance."""
    fixed = shapely.Polygon(ring).buffer(0)
    if fixed.geom_type == "MultiPolygon":
        fixed = max(fixed.geoms, key=lambda g: g.area)
    if fixed.is_empty:
        return ring
    out = np.asarray(fixed.exterior.coords)[:-1]
    if g2.signed_area(out) * sign < 0:
        out = out[::-1]
    return out


@dataclass(frozen=True)
class EdgeRef:
    """Edge ``edge`` of piece ``piece``; ``mirror`` picks the mirrored copy of the piece."""

    piece: str
    edge: str
    mirror: bool = False


@dataclass(frozen=True)
class Seam:
    """Edge ``a`` sewn to edge ``b``; ``ease`` = planned length(a) - length(b) in cm."""

    a: EdgeRef
    b: EdgeRef
    reversed: bool = True
    ease: float = 0.0
    name: str = ""

    @property
    def label(self) -> str:
        return self.name or f"{self.a.piece}.{self.a.edge}~{self.b.piece}.{self.b.edge}"


@dataclass(frozen=True)
class GirthLine:
    """Where a finished girth is measured: ``parts`` are (piece, p0, p1, factor) segments.

    The finished girth is the sum over parts of ``factor`` times the length of segment p0-p1
    lying inside the piece's sew line (factor 2 for a piece cut twice or on the fold). It must
    be at least the body measurement ``measurement`` plus ``min_ease`` cm.
    """

    name: str
    measurement: str
    min_ease: float
    parts: tuple[tuple[str, Point, Point, float], ...]


@dataclass(frozen=True)
class EaseLimit:
    """The summed planned ease of seams ``seams`` (by name) must lie in [min, max] cm."""

    name: str
    seams: tuple[str, ...]
    min: float
    max: float


@dataclass(frozen=True)
class SmoothCurve:
    """Edges that together form one curve on the body (armhole, neckline): no kinks across seams."""

    name: str
    edges: tuple[tuple[str, str], ...]  # (piece, edge)
    max_kink: float = 10.0  # degrees


@dataclass(frozen=True)
class CheckResult:
    """One check on a drafted garment: ``passed``, a one-line message, the measured value."""

    name: str
    passed: bool
    message: str
    value: float | None = None


@dataclass(frozen=True)
class Garment:
    """A drafted garment; see the module docstring."""

    name: str
    pieces: tuple[Piece, ...]
    seams: tuple[Seam, ...] = ()
    size: str = "MTM"
    measurements: Mapping[str, float] = field(default_factory=dict)
    options: Mapping[str, object] = field(default_factory=dict)
    system: str = ""
    girths: tuple[GirthLine, ...] = ()
    ease_limits: tuple[EaseLimit, ...] = ()
    smooth_curves: tuple[SmoothCurve, ...] = ()
    checks: tuple[CheckResult, ...] = ()
    layer: int = 0  # 0: worn next to the skin; 1: worn over another top (a jacket)

    def __post_init__(self):
        if self.layer not in (0, 1):
            raise ValueError(f"garment {self.name!r}: layer {self.layer!r} is not 0 or 1")
        for name in ("pieces", "seams", "girths", "ease_limits", "smooth_curves", "checks"):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        object.__setattr__(
            self, "measurements", {k: float(v) for k, v in dict(self.measurements).items()}
        )
        object.__setattr__(self, "options", dict(self.options))
        names = [p.name for p in self.pieces]
        if len(set(names)) != len(names):
            raise ValueError(f"garment {self.name!r}: piece names repeat: {names}")

    def piece(self, name: str) -> Piece:
        for p in self.pieces:
            if p.name == name:
                return p
        raise KeyError(f"garment {self.name!r} has no piece {name!r}")

    def edge(self, ref: EdgeRef) -> Edge:
        return self.piece(ref.piece).edge(ref.edge)

    def seam(self, name: str) -> Seam:
        for s in self.seams:
            if s.label == name:
                return s
        raise KeyError(f"garment {self.name!r} has no seam {name!r}")

    @property
    def passed(self) -> bool:
        """True when every check passed."""
        return all(c.passed for c in self.checks)

    def failed_checks(self) -> list[CheckResult]:
        return [c for c in self.checks if not c.passed]


def kink_angle(turn_a: float, turn_b: float) -> float:
    """Kink (degrees) of a curve crossing a seam, from the two corner angles beside the seam."""
    return abs(turn_a + turn_b - 180.0)


def corner_angle(incoming: np.ndarray, outgoing: np.ndarray) -> float:
    """Interior angle (degrees) at a vertex of a counter-clockwise ring, in (0, 360)."""
    a = math.atan2(-incoming[1], -incoming[0])
    b = math.atan2(outgoing[1], outgoing[0])
    return math.degrees((a - b) % (2 * math.pi))

"""Turn a ``Garment`` into meshed panels and stitch pairs, ready for placement and solving.

A piece becomes one or two panels: a piece cut on the fold becomes its full, unfolded panel
(except bands and cuffs, whose fold is a folded edge: one layer is draped); a piece cut in a
mirrored pair becomes two panels. Every seam (and every dart, closed as a seam) is resolved
to the panel copies on the same side of the body, both edges are resampled to the same
number of vertices and matched vertex by vertex in the seam's direction.

What a sewer does beyond the seams is done here too: a grown-on facing (the part of a
piece beyond a ``fold`` line running across it, with nothing sewn to it) is folded under, so
only the outer layer is draped; and a piece cut twice with buttonholes is buttoned: each
buttonhole is held to the same point of the other copy ("buttonholes on one front, buttons on
the other"), which closes a shirt front over its overlap (the collar button is left undone);
an over-front and the under-front beneath its opening (áo dài, qipao) are fastened at their
closure marks (snaps, frogs), and a collar's fall is tacked down over its stand.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

import numpy as np
import shapely
import shapely.ops

from mtm.core.errors import InputError
from mtm.core.garment import Edge, Garment, Piece, Seam

from .mesher import PieceMesh, check_edge_length, mesh_piece, segments_for

EdgeKey = tuple[str, bool]  # (edge name, mirrored half)


@dataclass(frozen=True)
class Panel:
    """One piece of cloth to drape: a copy of a pattern piece, meshed in its own UV frame."""

    piece: str
    copy: str  # 'full' (unfolded), 'drafted', 'mirrored', 'single'
    side: str | None  # body side of the drafted half: 'left', 'right', None
    mesh: PieceMesh
    edge_keys: dict[EdgeKey, str]  # (edge, mirrored half) -> mesh edge name
    flipped: dict[str, bool]  # mesh edge name -> runs against the pattern edge
    mirrored_uv: bool  # the panel's UV is the drawing mirrored (x -> -x)
    #: fold lines crossing the panel (a lapel's break line, a collar's roll line) as polylines
    #: ((u0, v0), (u1, v1), ...) in the panel's UV, most of them straight (two points): the
    #: cloth is turned over along them
    folds: tuple = ()
    #: the placement segment of its piece ('torso', 'neck', 'right_arm', ...; '' for none)
    segment: str = ""


@dataclass(frozen=True)
class AssembledGarment:
    panels: tuple[Panel, ...]
    offsets: np.ndarray  # (P + 1,) first global vertex of each panel
    stitches: np.ndarray  # (S, 2) global vertex pairs
    stitch_seam: tuple[str, ...]  # seam label per stitch (buttons: "<piece>.buttons")
    seam_labels: tuple[str, ...]
    planned_stretch: np.ndarray  # (P,) stretch a panel is drafted to take (knit bands)
    #: panels lying under another one they are fastened to (an under-front beneath the
    #: over-front's opening: the smaller of two pieces joined by closures), placed inside it
    under: tuple[int, ...] = ()


def drafted_side(piece: Piece) -> str | None:
    """Body side of the piece as drafted ('left' = +X), from its placement hint."""
    pl = piece.placement
    if pl is None:
        return "left"
    if pl.segment.startswith("left_"):
        return "left"
    if pl.segment.startswith("right_"):
        return "right"
    return "right" if pl.side == "back" else "left"


def _other(side: str | None) -> str | None:
    return {"left": "right", "right": "left"}.get(side) if side else None


def _unfolds(piece: Piece) -> bool:
    """A fold along the piece's length (a centre line) is unfolded; a fold across it (a
    folded band, cuff or waistband) is the band's top edge and one layer is draped."""
    if piece.on_fold is None:
        return False
    e = piece.edge(piece.on_fold)
    dx, dy = np.abs(np.subtract(e.end, e.start))
    return bool(dy >= dx)


def _limb(piece: Piece) -> bool:
    return bool(piece.placement and piece.placement.segment.endswith(("_arm", "_leg")))


def drapes(piece: Piece) -> bool:
    """Only the shell is draped (linings and interfacings follow it; pieces sewn to nothing,
    such as plackets drawn as separate pieces, are left out so nothing floats), and of the
    shell only the pieces the pattern places on the body: a piece without a placement hint
    is a second layer on another (a jacket's top collar on its under collar, its facing
    under the lapel)."""
    return piece.fabric == "shell" and piece.placement is not None


MIN_FOLD_SHARE = 0.03  # a fold line turns cloth over when each side holds this share of it


def fold_lines(piece: Piece, copy: str) -> tuple:
    """The piece's internal ``fold`` lines that cut across it (each side holds at least
    MIN_FOLD_SHARE of its area: a lapel's break line, a collar's roll line), their end
    segments run on to the outline, as polylines in the UV of panel ``copy`` (the mirrored
    half of an unfolded piece too)."""
    out = []
    poly = piece.polygon
    area = abs(piece.area)
    for line in piece.internal_lines:
        if line.kind != "fold" or len(line.points) < 2:
            continue
        pts = np.asarray(line.points, float)
        pts = pts[np.concatenate([[True], np.linalg.norm(np.diff(pts, axis=0), axis=1) > 1e-6])]
        if len(pts) < 2:
            continue
        d0, d1 = pts[1] - pts[0], pts[-1] - pts[-2]
        d0, d1 = d0 / np.hypot(*d0), d1 / np.hypot(*d1)
        big = 1e3
        long = shapely.LineString([pts[0] - big * d0, *pts[1:-1], pts[-1] + big * d1])
        cut = shapely.ops.split(poly, long) if poly.is_valid else None
        if cut is None or len(cut.geoms) < 2:
            continue
        # its two sides are the two largest parts: a corner the line cuts off beyond the
        # outline is none (a collar's roll line, run on past the neck edge it comes down
        # to, cut 0.01-0.6 cm2 off the gorge end at springs of 2.5-3.5 cm: no roll line)
        if sorted(g.area for g in cut.geoms)[-2] < MIN_FOLD_SHARE * area:
            continue
        seg = long.intersection(poly)
        if seg.is_empty:
            continue
        seg = max(getattr(seg, "geoms", [seg]), key=lambda g: g.length)
        coords = np.asarray(seg.coords, float)
        if len(pts) == 2:  # a straight fold: its two ends
            coords = coords[[0, -1]]
        if copy == "mirrored":
            coords = coords * (-1.0, 1.0)
        out.append(tuple(map(tuple, coords)))
        if copy == "full":
            out.append(tuple(map(tuple, coords * (-1.0, 1.0))))
    return tuple(out)


def fold_segments(fold) -> list[tuple[np.ndarray, np.ndarray]]:
    """The straight segments (a, b) of a fold line (a polyline of two or more points)."""
    pts = np.asarray(fold, float)
    return [(pts[k], pts[k + 1]) for k in range(len(pts) - 1)]


def fold_side(fold, uv: np.ndarray) -> np.ndarray:
    """Signed distance of points ``uv`` (n, 2) from a fold line, positive on the left of its
    direction: from the line through a straight fold's ends, from the nearest segment of a
    bent one (its end segments run on)."""
    pts = np.asarray(fold, float)
    if len(pts) == 2:
        a, b = pts
        d = (b - a) / np.linalg.norm(b - a)
        return (uv - a) @ np.array([-d[1], d[0]])
    return polyline_coords(pts, uv)[1]


def fold_distance(fold, uv: np.ndarray) -> np.ndarray:
    """Distance of points ``uv`` (n, 2) from a fold line's segments (not run on)."""
    out = np.full(len(uv), np.inf)
    for a, b in fold_segments(fold):
        d = b - a
        t = np.clip(((uv - a) @ d) / float(d @ d), 0.0, 1.0)
        out = np.minimum(out, np.linalg.norm(uv - (a + t[:, None] * d), axis=1))
    return out


def _outline(piece: Piece, copy: str) -> tuple[list[tuple[str, np.ndarray]], dict, dict]:
    """Consecutive (mesh edge name, polyline) of the panel, its edge keys and flip flags."""
    keys: dict[EdgeKey, str] = {}
    flipped: dict[str, bool] = {}
    edges: list[tuple[str, np.ndarray]] = []
    mirror = np.array([-1.0, 1.0])
    if copy == "full":
        i = piece.edge_index(piece.on_fold)
        order = [piece.edges[(i + 1 + k) % len(piece.edges)] for k in range(len(piece.edges) - 1)]
        for e in order:
            edges.append((e.name, np.asarray(e.polyline())))
            keys[(e.name, False)] = e.name
            flipped[e.name] = False
        for e in reversed(order):
            name = f"{e.name}~m"
            edges.append((name, np.asarray(e.polyline())[::-1] * mirror))
            keys[(e.name, True)] = name
            flipped[name] = True
        return edges, keys, flipped
    if copy == "mirrored":
        for e in reversed(piece.edges):
            edges.append((e.name, np.asarray(e.polyline())[::-1] * mirror))
            keys[(e.name, True)] = e.name
            keys[(e.name, False)] = e.name
            flipped[e.name] = True
        return edges, keys, flipped
    for e in piece.edges:
        edges.append((e.name, np.asarray(e.polyline())))
        keys[(e.name, False)] = e.name
        keys[(e.name, True)] = e.name
        flipped[e.name] = False
    return edges, keys, flipped


def _copies(piece: Piece) -> list[tuple[str, str | None]]:
    """Panels of a piece: its unfolded whole, a left and a right copy (mirrored pairs and
    limb pieces cut twice) or one layer (a second copy of a yoke or collar is its lining)."""
    side = drafted_side(piece)
    if _unfolds(piece):
        return [("full", side)]
    if piece.mirrored or (piece.quantity >= 2 and _limb(piece)):
        return [("drafted", side), ("mirrored", _other(side))]
    return [("single", None)]


def _instances(copies: list[tuple[str, str | None]], piece: Piece, mirror: bool):
    """(copy, mirrored-half flag) per body side for an EdgeRef, or {None: ...} for one copy."""
    kinds = [c for c, _ in copies]
    side = drafted_side(piece)
    if kinds == ["full"]:
        return {side: ("full", False), _other(side): ("full", True)}, ("full", mirror)
    if kinds == ["drafted", "mirrored"]:
        pick = ("mirrored", True) if mirror else ("drafted", False)
        return {side: ("drafted", False), _other(side): ("mirrored", True)}, pick
    return {None: ("single", False)}, ("single", False)


def _seam_list(garment: Garment) -> list[Seam]:
    """The garment's seams plus one seam per dart (its two legs, mouth to mouth)."""
    from mtm.core.garment import EdgeRef

    seams = list(garment.seams)
    for p in garment.pieces:
        for d in p.darts:
            seams.append(Seam(EdgeRef(p.name, d.legs[0]), EdgeRef(p.name, d.legs[1]),
                              reversed=True, name=f"{p.name}.{d.name}"))
    return seams


FOLD_TOL = 0.05  # cm: a fold line's ends must lie this close to the sew line
POINT_MARGIN = 0.3  # edge lengths a held point (button, vent, underlap) keeps from the outline


def _clip_edge(pts: np.ndarray, p0: np.ndarray, normal: np.ndarray) -> np.ndarray | None:
    """The part of polyline ``pts`` on the kept side (normal . (p - p0) >= 0), None when
    nothing is left; raises ValueError when the edge leaves and comes back."""
    s = (pts - p0) @ normal
    s = np.where(np.abs(s) < 1e-7, 0.0, s)
    keep = s >= 0.0
    if keep.all():
        return pts
    if not keep.any() or np.count_nonzero(s > 0) == 0:
        return None
    idx = np.nonzero(keep)[0]
    if np.any(np.diff(idx) > 1):
        raise ValueError("edge crosses the fold line twice")
    i0, i1 = idx[0], idx[-1]
    out = [pts[i] for i in range(i0, i1 + 1)]
    if i0 > 0:  # entering: the crossing point before the first kept point
        a, b = pts[i0 - 1], pts[i0]
        out.insert(0, a + (b - a) * (s[i0 - 1] / (s[i0 - 1] - s[i0])))
    if i1 < len(pts) - 1:
        a, b = pts[i1], pts[i1 + 1]
        out.append(a + (b - a) * (s[i1] / (s[i1] - s[i1 + 1])))
    out = np.array(out)
    keep_pts = np.concatenate([[True], np.linalg.norm(np.diff(out, axis=0), axis=1) > 1e-7])
    out = out[keep_pts]
    return out if len(out) >= 2 else None


def fold_under(piece: Piece, sewn: set[str]) -> Piece:
    """``piece`` with its grown-on facing folded under: the part beyond an internal ``fold``
    line whose ends lie on the sew line is cut away (one layer is draped) when none of the
    edges it touches is sewn. Pieces without such a fold come back unchanged."""
    area = abs(piece.area)
    for line in piece.internal_lines:
        if line.kind != "fold" or len(line.points) != 2:
            continue
        p0, p1 = (np.asarray(p, float) for p in line.points)
        d = p1 - p0
        if np.linalg.norm(d) < 1e-6:
            continue
        ring = shapely.LinearRing(piece.sew_line)
        if max(ring.distance(shapely.Point(p)) for p in (p0, p1)) > FOLD_TOL:
            continue
        normal = np.array([-d[1], d[0]]) / np.linalg.norm(d)
        # keep the side holding most of the piece
        c = np.asarray(piece.polygon.centroid.coords[0])
        if (c - p0) @ normal < 0:
            normal = -normal
        try:
            clipped = [(e, _clip_edge(np.asarray(e.polyline()), p0, normal))
                       for e in piece.edges]
        except ValueError:
            continue
        touched = [e.name for e, pts in clipped
                   if pts is None or len(pts) != len(e.polyline())
                   or not np.allclose(pts, e.polyline())]
        if not touched or any(n in sewn for n in touched):
            continue
        kept = [(e, pts) for e, pts in clipped if pts is not None]
        edges: list[Edge] = []
        for k, (e, pts) in enumerate(kept):
            edges.append(e if pts is e.polyline() else
                         Edge(e.name, "polyline", pts, e.allowance, e.corner))
            nxt = kept[(k + 1) % len(kept)][1]
            if np.linalg.norm(pts[-1] - nxt[0]) > 1e-6:
                edges.append(Edge.line(f"{line.name}~fold", pts[-1], nxt[0], allowance=0.0))
        folded = replace(piece, edges=tuple(edges))
        if abs(folded.area) < 0.5 * area:
            continue
        return folded
    return piece


def _button_points(piece: Piece, polygon) -> dict[str, tuple[float, float]]:
    """Buttonholes of ``piece`` well inside its (folded) outline, by name."""
    out = {}
    for k, hole in enumerate(piece.drill_holes):
        if hole.kind != "buttonhole":
            continue
        pt = shapely.Point(hole.at)
        if polygon.contains(pt) and polygon.exterior.distance(pt) > 0.3:
            out[hole.name or f"buttonhole_{k}"] = (float(hole.at[0]),
                                                  float(hole.at[1]))
    return out


FOLD_TACK_STEP = 8.0  # cm between the tacks holding a turned part (lapel, collar fall) down
FOLD_TACK_DEPTH = 0.6  # share of the turned part's width from the fold where a tack sits
FOLD_TACK_MIN = 1.5  # cm: a turned part narrower than this is not tacked


def _reach(ring, base: np.ndarray, direction: np.ndarray) -> float:
    """Distance from ``base`` along ``direction`` to the outline ``ring`` (0 if it misses)."""
    ray = shapely.LineString([base + 0.01 * direction, base + 100.0 * direction])
    hit = ray.intersection(ring)
    if hit.is_empty:
        return 0.0
    return min(float(np.linalg.norm(np.asarray(g.coords[0]) - base))
               for g in getattr(hit, "geoms", [hit]))


def _fold_tacks(polygon, folds: tuple, turned_sides: list[float]) -> dict[str, tuple]:
    """Pairs of points holding the part of a panel turned over a fold line down on the cloth
    it is turned onto, as a pressed roll and the pad stitching under it hold it: a point of
    the turned part and its mirror image across the fold, where it lies once turned. Used
    for collars: a fall reaching over its stand has nothing else to keep it turned (without
    them a jacket's fall stood up over the stand), while a lapel lies on the front (tacked,
    a woman's lapels were pulled under the front as the cloth settled onto the bust). Every
    FOLD_TACK_STEP cm along the fold, FOLD_TACK_DEPTH of the way across the turned part or
    the part under it (the narrower), where both are at least FOLD_TACK_MIN wide.
    ``turned_sides``: +1 or -1 per fold, the side (of the fold's left normal) that is
    turned. Returns {"tack_K_J_a": uv, "tack_K_J_b": uv}."""
    out: dict[str, tuple] = {}
    ring = polygon.exterior
    for k, (fold, sign) in enumerate(zip(folds, turned_sides, strict=True)):
        j = 0
        for a, b in fold_segments(fold):  # a bent fold: along each of its segments
            length = float(np.linalg.norm(b - a))
            if length < 2.0 * FOLD_TACK_MIN:
                continue
            d = (b - a) / length
            nrm = sign * np.array([-d[1], d[0]])
            n = max(1, int(round(length / FOLD_TACK_STEP)))
            for t in (np.arange(n) + 0.5) / n:
                base = a + t * length * d
                width = min(_reach(ring, base, nrm), _reach(ring, base, -nrm))
                pa = base + FOLD_TACK_DEPTH * width * nrm
                pb = base - FOLD_TACK_DEPTH * width * nrm
                if width >= FOLD_TACK_MIN and all(polygon.contains(shapely.Point(q))
                                                  for q in (pa, pb)):
                    out[f"tack_{k}_{j}_a"] = (float(pa[0]), float(pa[1]))
                    out[f"tack_{k}_{j}_b"] = (float(pb[0]), float(pb[1]))
                j += 1
    return out


def turned_side(uv_fold: tuple, edges: list[tuple[str, np.ndarray]], sewn: set[str]) -> float:
    """+1 when the part of a panel on the left of fold line ``uv_fold`` (a, b) is the turned
    one, else -1: the turned part holds less of the sewn outline (a lapel's seams are on the
    front's body side; a collar is sewn to the neck along its stand), as in
    ``placement.turned_over``."""
    left = right = 0.0
    for name, pts in edges:
        if name not in sewn:
            continue
        seg = np.linalg.norm(np.diff(pts, axis=0), axis=1)
        mid = 0.5 * (pts[1:] + pts[:-1])
        side = fold_side(uv_fold, mid)
        left += float(seg[side > 1e-6].sum())
        right += float(seg[side < -1e-6].sum())
    return 1.0 if left < right else -1.0


def polyline_coords(line: np.ndarray, pts: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Arc length ``s`` along polyline ``line`` (m, 2), run on straight beyond both ends, of
    the foot of each of ``pts`` (n, 2), and the signed distance ``h`` from it (positive on
    the left of the line's direction)."""
    line = np.asarray(line, float)
    pts = np.asarray(pts, float).reshape(-1, 2)
    seg = np.diff(line, axis=0)
    ln = np.maximum(np.linalg.norm(seg, axis=1), 1e-12)
    cum = np.concatenate([[0.0], np.cumsum(ln)])
    d = seg / ln[:, None]
    rel = pts[:, None, :] - line[None, :-1, :]
    t = np.einsum("nkc,kc->nk", rel, d)
    lo, hi = np.zeros(len(ln)), ln.copy()
    lo[0], hi[-1] = -np.inf, np.inf  # the end segments run on
    tc = np.clip(t, lo, hi)
    foot = line[None, :-1, :] + tc[..., None] * d[None]
    dist = np.linalg.norm(pts[:, None, :] - foot, axis=2)
    k = np.argmin(dist, axis=1)
    rows = np.arange(len(pts))
    r = rel[rows, k]
    side = r[:, 0] * -d[k, 1] + r[:, 1] * d[k, 0]
    return cum[k] + tc[rows, k], np.where(side < 0, -1.0, 1.0) * dist[rows, k]


def polyline_point(line: np.ndarray, s: np.ndarray, h: np.ndarray) -> np.ndarray:
    """The points (n, 2) at arc length ``s`` along ``line`` (run on beyond its ends) and
    ``h`` to its left: the inverse of ``polyline_coords``."""
    line = np.asarray(line, float)
    seg = np.diff(line, axis=0)
    ln = np.maximum(np.linalg.norm(seg, axis=1), 1e-12)
    cum = np.concatenate([[0.0], np.cumsum(ln)])
    k = np.clip(np.searchsorted(cum, s, side="right") - 1, 0, len(ln) - 1)
    d = seg[k] / ln[k][:, None]
    foot = line[k] + (s - cum[k])[:, None] * d
    return foot + np.asarray(h, float)[:, None] * np.column_stack([-d[:, 1], d[:, 0]])


def roll_height(line: np.ndarray, fold: tuple, s: np.ndarray) -> np.ndarray:
    """Height (``polyline_coords``' h) of the ``fold`` line (a collar's roll line, straight
    or bent) above ``line`` (its neck seam) at arc lengths ``s``, run on straight beyond its
    ends."""
    pts = np.asarray(fold, float)
    if len(pts) == 2:
        a, b = pts
        t = np.linspace(-1.0, 2.0, 61)
        samples = a + t[:, None] * (b - a)
    else:  # each segment sampled, the end ones run on by their own length
        ends = [pts[0] - (pts[1] - pts[0]), *pts, pts[-1] + (pts[-1] - pts[-2])]
        samples = np.concatenate([a + np.linspace(0.0, 1.0, 21)[:-1, None] * (b - a)
                                  for a, b in zip(ends[:-1], ends[1:], strict=True)]
                                 + [np.asarray(ends[-1:])])
    sf, hf = polyline_coords(line, samples)
    order = np.argsort(sf)
    sf, hf = sf[order], hf[order]
    out = np.interp(s, sf, hf)
    for end, i0, i1 in ((s < sf[0], 0, 1), (s > sf[-1], -2, -1)):
        if end.any():
            slope = (hf[i1] - hf[i0]) / max(sf[i1] - sf[i0], 1e-9)
            ref = sf[0] if i0 == 0 else sf[-1]
            out[end] = (hf[0] if i0 == 0 else hf[-1]) + (s[end] - ref) * slope
    return out


def neck_line(uv_edges: list[np.ndarray], inside) -> tuple[np.ndarray, float]:
    """A collar's neck seam as one polyline from its centre back (u nearest 0) on, from the
    polylines of the edges sewn to the neckline, and the side the collar is on: +1 when
    ``inside`` (a point of the collar) has a positive ``polyline_coords`` h, else -1."""
    pts = np.concatenate(uv_edges)
    pts = pts[np.argsort(np.abs(pts[:, 0]), kind="stable")]
    keep = np.concatenate([[True], np.linalg.norm(np.diff(pts, axis=0), axis=1) > 1e-6])
    pts = pts[keep]
    _, h = polyline_coords(pts, np.asarray(inside, float)[None])
    return pts, (1.0 if h[0] >= 0 else -1.0)


def neck_mirror(line: np.ndarray, sign: float, fold: tuple, pts: np.ndarray) -> np.ndarray:
    """Points ``pts`` of a collar's fall mirrored across its roll line ``fold`` square to
    its neck seam ``line`` (``neck_line``): where each lies once the fall is turned down over
    the stand. Mirrored square to the straight roll line instead, a point of the fall at
    the centre back lay 2 cm beyond it (the roll lines of the two halves meet at an angle
    there), and the two halves' falls started torn apart at the centre back."""
    s_, h = polyline_coords(line, pts)
    h = sign * h
    return polyline_point(line, s_, sign * (2.0 * roll_height(line, fold, s_) * sign - h))

OVERLAP_STEP = 3.0  # cm between the points holding an overlap (a vent) closed
CLOSURE_TOL = 0.5  # cm: two runs of closure marks are drawn in one frame when one pair meets


def _closure_pairs(pieces: list[Piece], frame: bool = True, kinds: tuple = ("button",)
                   ) -> list[tuple[str, str, str, tuple, tuple]]:
    """Closures between two pieces cut once (an áo dài's or a qipao's over-front and the
    under-front beneath its opening): the closure marks (drill holes of kind ``button``)
    of one name on both, equal in number, the k-th of one fastened to the k-th of the other
    (the snaps or frogs along the opening). The pieces must be drawn in one frame, which a
    pair of marks at the same point shows (below a bust dart the marks of the two pieces
    lie the dart's width apart and still face each other); with ``frame`` False they may be
    drawn in frames of their own (a top and an under sleeve); ``kinds``: the drill hole
    kinds that fasten (a jacket sleeve's vent tack ``mark`` too). Returns (piece a,
    piece b, key, point on a, point on b)."""
    marks: dict[str, dict[str, list]] = {}
    for p in pieces:
        for hole in p.drill_holes:
            if hole.kind in kinds:
                marks.setdefault(hole.name or "button", {}).setdefault(p.name, []).append(
                    hole.at)
    out = []
    for name, by_piece in marks.items():
        names = sorted(by_piece)
        for i, a in enumerate(names):
            for b in names[i + 1:]:
                pa, pb = np.asarray(by_piece[a], float), np.asarray(by_piece[b], float)
                if len(pa) != len(pb) or (frame and np.linalg.norm(pa - pb, axis=1).min()
                                          > CLOSURE_TOL):
                    continue
                out += [(a, b, f"closure_{name}_{k}", tuple(pa[k]), tuple(pb[k]))
                        for k in range(len(pa))]
    return out


def _overlap_points(piece: Piece, seams: list[Seam]) -> dict[str, tuple[float, float]]:
    """Points along the centre line (x = 0) of a pair joined there by a centre seam, where
    the piece reaches beyond it into an overlap sewn to nothing else (a walking vent: the
    extensions lie behind each other and the vent hangs closed)."""
    own = {sm.a.edge for sm in seams if sm.a.piece == sm.b.piece == piece.name
           and sm.a.edge == sm.b.edge and sm.a.mirror != sm.b.mirror}
    other = {r.edge for sm in seams for r in (sm.a, sm.b)
             if sm.a.piece != sm.b.piece and r.piece == piece.name}
    centre = [e for e in piece.edges if e.name in own
              and np.all(np.abs(np.asarray(e.polyline())[:, 0]) < 1e-6)]
    beyond = [e for e in piece.edges if np.any(np.asarray(e.polyline())[:, 0] < -0.01)]
    if not centre and beyond and not any(e.name in other for e in beyond):
        return _shaped_centre_overlap(piece, own)
    if not centre or not beyond or any(e.name in other for e in beyond):
        return {}
    poly = piece.polygon
    chord = poly.intersection(shapely.LineString([(0.0, -1e4), (0.0, 1e4)]))
    out: dict[str, tuple[float, float]] = {}
    for part in getattr(chord, "geoms", [chord]):
        if part.geom_type != "LineString":
            continue
        ys = np.asarray(part.coords)[:, 1]
        lo, hi = float(ys.min()), float(ys.max())
        on_centre = any(e.polyline()[:, 1].min() - 1e-6 <= 0.5 * (lo + hi)
                        <= e.polyline()[:, 1].max() + 1e-6 for e in centre)
        if on_centre or hi - lo < 3.0:
            continue
        n = max(1, int((hi - lo - 2.5) // OVERLAP_STEP))
        for y in np.linspace(hi - 1.5, lo + 1.0, n + 1):
            out[f"overlap_{len(out)}"] = (0.0, float(y))
    return out


def _shaped_centre_overlap(piece: Piece, own: set[str]) -> dict[str, tuple[float, float]]:
    """A centre seam shaped off the line x = 0 (a jacket's centre back) that ends, sewn, at
    the top of an overlap running down to the hem: points straight below the seam's end."""
    out: dict[str, tuple[float, float]] = {}
    poly = piece.polygon
    for i, e in enumerate(piece.edges):
        nxt = piece.edges[(i + 1) % len(piece.edges)]
        if e.name not in own or nxt.name not in own:
            continue  # the centre seam, then the sewn top of the overlap
        x_c, y_top = e.end
        if abs(x_c) > 3.0 or nxt.end[0] > x_c - 1.0:
            continue
        ys = piece.sew_line[:, 1]
        lo = float(ys.min())
        if y_top - lo < 4.0:
            continue
        n = max(1, int((y_top - lo - 2.5) // OVERLAP_STEP))
        for y in np.linspace(y_top - 1.5, lo + 1.0, n + 1):
            if poly.contains(shapely.Point(x_c, y)):
                out[f"overlap_{len(out)}"] = (float(x_c), float(y))
    return out


def _underlap_points(piece: Piece, sewn: set[str]) -> dict[str, tuple[float, float]]:
    """A band sewn along a straight edge with an unsewn tail beyond it (a waistband's button
    underlap): the tail lies under the band's other end, which meets the tail's start on
    the body. Returns pairs of points ``under_k`` (on the tail) and ``over_k`` (the same
    distance along the band from its start), to be held together."""
    pl = piece.placement
    if pl is None or not pl.wrap or pl.segment not in ("waist", "neck"):
        return {}
    lines = [(e, np.asarray(e.polyline())) for e in piece.edges]
    sewn_pts = [pts for e, pts in lines if e.name in sewn]
    if not sewn_pts:
        return {}
    y0 = sewn_pts[0][0, 1]
    if any(np.abs(pts[:, 1] - y0).max() > 1e-6 for pts in sewn_pts):
        return {}
    u0 = min(pts[:, 0].min() for pts in sewn_pts)
    u1 = max(pts[:, 0].max() for pts in sewn_pts)
    tails = [pts for e, pts in lines if e.name not in sewn
             and np.abs(pts[:, 1] - y0).max() < 1e-6 and pts[:, 0].min() >= u1 - 1e-6]
    if len(tails) != 1:
        return {}
    tail = float(tails[0][:, 0].max() - u1)
    ys = piece.sew_line[:, 1]
    width = float(ys.max() - ys.min())
    if tail < 1.5 or width < 1.5 or tail > 0.5 * (u1 - u0):
        return {}
    v = float(ys.min() + 0.5 * width)
    out = {}
    for k, d in enumerate(sorted({0.5 * tail, max(0.5 * tail, tail - 1.0)})):
        out[f"under_{k}"] = (u1 + d, v)
        out[f"over_{k}"] = (u0 + d, v)
    return out


def assemble(garment: Garment, edge_length: float = 1.0) -> AssembledGarment:
    """Mesh every panel of ``garment`` and pair the vertices of every seam."""
    h = check_edge_length(edge_length)
    sewn = {r.piece for sm in _seam_list(garment) for r in (sm.a, sm.b)}
    sewn_edges: dict[str, set[str]] = {}
    for sm in _seam_list(garment):
        for r in (sm.a, sm.b):
            sewn_edges.setdefault(r.piece, set()).add(r.edge)
    shell = [fold_under(p, sewn_edges.get(p.name, set())) for p in garment.pieces
             if drapes(p) and (p.name in sewn or not sewn)]
    if not shell:
        raise InputError(f"garment {garment.name!r} has no shell pieces to drape",
                         field="garment")
    pieces = {p.name: p for p in shell}
    copies = {p.name: _copies(p) for p in shell}
    outlines = {}
    for p in shell:
        for copy, _ in copies[p.name]:
            outlines[(p.name, copy)] = _outline(p, copy)

    # Resolve seams to (panel, mesh edge) pairs.
    joins: list[tuple[str, tuple[str, str], str, tuple[str, str], str, bool]] = []
    seams = [sm for sm in _seam_list(garment)
             if sm.a.piece in pieces and sm.b.piece in pieces]
    known = {p.name for p in garment.pieces}
    for seam in _seam_list(garment):
        for ref in (seam.a, seam.b):
            if ref.piece not in known:
                raise InputError(f"seam {seam.label!r} names an unknown piece {ref.piece!r}",
                                 field="garment")
    for seam in seams:
        for ref in (seam.a, seam.b):
            pieces[ref.piece].edge(ref.edge)
        ia, pick_a = _instances(copies[seam.a.piece], pieces[seam.a.piece], seam.a.mirror)
        ib, pick_b = _instances(copies[seam.b.piece], pieces[seam.b.piece], seam.b.mirror)
        same_piece_own_mirror = seam.a.piece == seam.b.piece and seam.a.mirror != seam.b.mirror
        if None in ia or None in ib or same_piece_own_mirror:
            pairs = [(ia[None] if None in ia else pick_a, ib[None] if None in ib else pick_b)]
        else:
            pairs = [(ia[s], ib[s]) for s in ("left", "right")]
        for (ca, ma), (cb, mb) in pairs:
            ka = outlines[(seam.a.piece, ca)][1][(seam.a.edge, ma)]
            kb = outlines[(seam.b.piece, cb)][1][(seam.b.edge, mb)]
            joins.append((seam.a.piece, (ca, ka), seam.b.piece, (cb, kb), seam.label,
                          seam.reversed))

    # Equal segment counts on both edges of every seam.
    counts: dict[tuple[str, str, str], int] = {}

    def edge_len(piece: str, copy: str, key: str) -> float:
        pts = dict(outlines[(piece, copy)][0])[key]
        return float(np.linalg.norm(np.diff(pts, axis=0), axis=1).sum())

    for pa, (ca, ka), pb, (cb, kb), _, _ in joins:
        n = segments_for(0.5 * (edge_len(pa, ca, ka) + edge_len(pb, cb, kb)), h)
        counts[(pa, ca, ka)] = max(n, counts.get((pa, ca, ka), 0))
        counts[(pb, cb, kb)] = max(n, counts.get((pb, cb, kb), 0))

    # buttons: torso pieces draped as two copies (a pair, or the halves of an unfolded
    # piece); the two copies of a limb piece are on different arms or legs, and the collar
    # button is left undone (buttoned, a stand drafted close to the neck was pulled into it)
    buttons = {p.name: _button_points(p, p.polygon) for p in shell
               if getattr(p.placement, "segment", "torso") == "torso"
               and (len(copies[p.name]) == 2 or copies[p.name][0][0] == "full")}
    for p in shell:  # vents: the overlap held closed along the centre line
        if copies[p.name] and [c for c, _ in copies[p.name]] == ["drafted", "mirrored"]:
            buttons.setdefault(p.name, {}).update(_overlap_points(p, seams))
    underlaps = {p.name: _underlap_points(p, sewn_edges.get(p.name, set())) for p in shell
                 if [c for c, _ in copies[p.name]] == ["single"]}
    closures = _closure_pairs([p for p in shell if [c for c, _ in copies[p.name]] == ["single"]
                               and getattr(p.placement, "segment", "") == "torso"])
    # the same closure marks on two limb pieces cut in pairs (a sleeve vent's buttons, sewn
    # through the top sleeve and the under sleeve): fastened on each arm (leg)
    limb_closures = _closure_pairs(
        [p for p in shell if [c for c, _ in copies[p.name]] == ["drafted", "mirrored"]
         and _limb(p)], frame=False, kinds=("button", "mark"))
    closure_points: dict[str, dict[str, tuple]] = {}
    for a, b, key, at_a, at_b in limb_closures:
        closure_points.setdefault(a, {})[key] = at_a
        closure_points.setdefault(b, {})[key] = at_b
    for a, b, key, at_a, at_b in closures:
        closure_points.setdefault(a, {})[key] = at_a
        closure_points.setdefault(b, {})[key] = at_b
    sewn_keys: dict[tuple[str, str], set[str]] = {}
    neck_keys: dict[tuple[str, str], set[str]] = {}  # edges sewn to another piece
    for pa, (ca, ka), pb, (cb, kb), _, _ in joins:
        sewn_keys.setdefault((pa, ca), set()).add(ka)
        sewn_keys.setdefault((pb, cb), set()).add(kb)
        if pa != pb:
            neck_keys.setdefault((pa, ca), set()).add(ka)
            neck_keys.setdefault((pb, cb), set()).add(kb)
    tacks: dict[tuple[str, str], list[tuple[str, str]]] = {}
    panels: list[Panel] = []
    index: dict[tuple[str, str], int] = {}
    for p in shell:
        for copy, side in copies[p.name]:
            edges, keys, flipped = outlines[(p.name, copy)]
            n_seg = {k: n for (pp, cc, k), n in counts.items() if pp == p.name and cc == copy}
            pts = {}
            for name, (bx, by) in buttons.get(p.name, {}).items():
                if copy == "full":  # the drawing's half and its mirror across the fold
                    pts[name] = (bx, by)
                    pts[name + "~m"] = (-bx, by)
                else:
                    pts[name] = (-bx, by) if copy == "mirrored" else (bx, by)
            pts.update(underlaps.get(p.name, {}))
            flip = -1.0 if copy == "mirrored" else 1.0
            pts.update({k: (flip * v[0], v[1]) for k, v in closure_points.get(p.name, {}).items()})
            # vertices along each fold line, so the mesh can fold on its edges there
            folds = fold_lines(p, copy)
            for k, fold in enumerate(folds):
                segs = fold_segments(fold)
                for m, (a, b) in enumerate(segs):
                    n_pts = int(np.linalg.norm(b - a) // h)
                    tag = f"fold_{k}" if len(segs) == 1 else f"fold_{k}_{m}"
                    for j in range(1, n_pts):
                        q = a + (b - a) * (j / n_pts)
                        pts[f"{tag}_{j}"] = (float(q[0]), float(q[1]))
                    if m:  # the bend of a bent fold
                        pts[f"fold_{k}_bend_{m}"] = (float(a[0]), float(a[1]))
            if folds and getattr(p.placement, "segment", "") == "neck":
                # a collar's fall held down over its stand
                sides = [turned_side(f, edges, sewn_keys.get((p.name, copy), set()))
                         for f in folds]
                poly = shapely.Polygon(np.concatenate([e[1][:-1] for e in edges]))
                if poly.is_valid:
                    ring_ = shapely.LinearRing(np.concatenate([e[1] for e in edges]))
                    held = _fold_tacks(poly, folds, sides)
                    neck = [pts_ for name, pts_ in edges
                            if name in neck_keys.get((p.name, copy), set())]
                    if neck:  # the fall's point where it lies, square to the neck seam
                        line, sign = neck_line(neck, poly.representative_point().coords[0])
                        for key in [k for k in held if k.endswith("_b")]:
                            fold = folds[int(key.split("_")[1])]
                            q = neck_mirror(line, sign, fold, np.array([held[key[:-1] + "a"]]))
                            if poly.contains(shapely.Point(q[0])):
                                held[key] = (float(q[0, 0]), float(q[0, 1]))
                            else:
                                del held[key]
                    held = {k: v for k, v in held.items()
                            if ring_.distance(shapely.Point(v)) > POINT_MARGIN * h}
                    pairs = [(k, k[:-1] + "b") for k in held if k.endswith("_a")
                             and k[:-1] + "b" in held]
                    for ka_, kb_ in pairs:
                        pts[ka_], pts[kb_] = held[ka_], held[kb_]
                    tacks[(p.name, copy)] = pairs
            # a point too near the outline for this edge length has no vertex of its own
            # (and one outside it: a closure mark of a piece cut in another shape)
            ring = shapely.LinearRing(np.concatenate([e[1] for e in edges]))
            inside = shapely.Polygon(ring)
            pts = {k: v for k, v in pts.items()
                   if ring.distance(shapely.Point(v)) > POINT_MARGIN * h
                   and (not inside.is_valid or inside.contains(shapely.Point(v)))}
            mesh = mesh_piece(f"{p.name}:{copy}", edges, h, n_seg, points=pts)
            index[(p.name, copy)] = len(panels)
            panels.append(Panel(piece=p.name, copy=copy, side=side, mesh=mesh, edge_keys=keys,
                                flipped=flipped, mirrored_uv=copy in ("mirrored",),
                                folds=folds,
                                segment=getattr(p.placement, "segment", "") or ""))
    offsets = np.concatenate([[0], np.cumsum([pn.mesh.n_vertices for pn in panels])])

    stitches: list[np.ndarray] = []
    stitch_seam: list[str] = []
    for pa, (ca, ka), pb, (cb, kb), label, rev in joins:
        A = panels[index[(pa, ca)]]
        B = panels[index[(pb, cb)]]
        va = A.mesh.edge_vertices[ka]
        vb = B.mesh.edge_vertices[kb]
        if A.flipped[ka]:
            va = va[::-1]
        if B.flipped[kb]:
            vb = vb[::-1]
        if rev:
            vb = vb[::-1]
        if len(va) != len(vb):
            raise InputError(f"seam {label!r}: edges got {len(va)} and {len(vb)} vertices; an "
                             "edge sewn in two seams needs the same length in both",
                             field="garment")
        ga = va + offsets[index[(pa, ca)]]
        gb = vb + offsets[index[(pb, cb)]]
        keep = ga != gb
        stitches.append(np.column_stack([ga[keep], gb[keep]]))
        stitch_seam += [label] * int(keep.sum())
    labels = [j[4] for j in joins]
    for name, holes in buttons.items():
        if not holes:
            continue
        cps = [c for c, _ in copies[name]]
        for hole in holes:
            if cps == ["full"]:
                ia = ib = index[(name, "full")]
                ka, kb = hole, hole + "~m"
            else:
                ia, ib = index[(name, cps[0])], index[(name, cps[1])]
                ka = kb = hole
            if ka not in panels[ia].mesh.points or kb not in panels[ib].mesh.points:
                continue
            ends = (panels[ia].mesh.points[ka] + offsets[ia],
                    panels[ib].mesh.points[kb] + offsets[ib])
            stitches.append(np.array([ends], np.int64))
            kind = "overlap" if hole.startswith("overlap_") else "buttons"
            stitch_seam.append(f"{name}.{kind}")
            labels.append(f"{name}.{kind}")
    for (name, copy), pairs in tacks.items():
        i = index[(name, copy)]
        m = panels[i].mesh.points
        for ka_, kb_ in pairs:
            if ka_ in m and kb_ in m:
                stitches.append(np.array([[m[ka_], m[kb_]]], np.int64) + offsets[i])
                stitch_seam.append(f"{name}.fold_tack")
                labels.append(f"{name}.fold_tack")
    for a, b, key, _, _ in limb_closures:
        for ca, side in copies[a]:
            cb = next((c for c, sd in copies[b] if sd == side), None)
            if cb is None:
                continue
            ia, ib = index[(a, ca)], index[(b, cb)]
            ma, mb = panels[ia].mesh.points, panels[ib].mesh.points
            if key in ma and key in mb:
                stitches.append(np.array([[ma[key] + offsets[ia], mb[key] + offsets[ib]]],
                                         np.int64))
                stitch_seam.append(f"{a}~{b}.closure")
                labels.append(f"{a}~{b}.closure")
    for a, b, key, _, _ in closures:
        ia, ib = index[(a, "single")], index[(b, "single")]
        ma, mb = panels[ia].mesh.points, panels[ib].mesh.points
        if key in ma and key in mb:
            stitches.append(np.array([[ma[key] + offsets[ia], mb[key] + offsets[ib]]], np.int64))
            stitch_seam.append(f"{a}~{b}.closure")
            labels.append(f"{a}~{b}.closure")
    for name, pts in underlaps.items():
        i = index[(name, "single")]
        for key in pts:
            m = panels[i].mesh.points
            if key.startswith("under_") and key in m and "over_" + key[6:] in m:
                stitches.append(np.array([[m[key], m["over_" + key[6:]]]], np.int64) + offsets[i])
                stitch_seam.append(f"{name}.underlap")
                labels.append(f"{name}.underlap")
    st = np.concatenate(stitches) if stitches else np.zeros((0, 2), np.int64)
    # a seam edge drafted shorter than its partner is stretched onto it (ease > 0 on b)
    planned = np.zeros(len(panels))
    for seam in seams:
        for ref, sign in ((seam.b, 1.0), (seam.a, -1.0)):
            length = pieces[ref.piece].edge(ref.edge).length
            if sign * seam.ease > 0 and length > 0:
                for copy, _ in copies[ref.piece]:
                    i = index[(ref.piece, copy)]
                    planned[i] = max(planned[i], sign * seam.ease / length)
    under = {index[(min(a, b, key=lambda n: abs(pieces[n].area)), "single")]
             for a, b, *_ in closures}
    return AssembledGarment(panels=tuple(panels), offsets=offsets.astype(np.int64),
                            stitches=st.astype(np.int64), stitch_seam=tuple(stitch_seam),
                            seam_labels=tuple(dict.fromkeys(labels)),
                            planned_stretch=planned, under=tuple(sorted(under)))

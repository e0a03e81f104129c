"""Measuring a body mesh the way a tailor's tape does, with exact gradients.

Every measurement is a function of the vertices; ``measure_with_gradients`` also returns its
derivative with respect to every vertex coordinate (the fit chains these with the blend).

Definitions (all in cm; "level" means a horizontal plane through a landmark, see ``landmarks``):

=====================  ==========================================================================
key                    definition on the mesh
=====================  ==========================================================================
height                 highest vertex (crown) minus lowest vertex (sole).
neck_base_girth        tape around the neck base: convex-hull perimeter of the mesh's own edge
                       ring just above the cervicale (one ring up for women, two for men; the
                       ring through the nape runs out over the trapezius), projected on the
                       ring's plane.
chest_girth            hull perimeter of the trunk section (arms left out) at the bust-point
                       level, capped at 1 cm below the armpit (the tape passes under the arms).
underbust_girth        hull perimeter of the trunk section 35% of the way from the bust-point
                       level down to the waist level.
waist_girth            hull perimeter of the trunk section at the natural waist level (the
                       narrowest trunk section of the average body, anchored to a back vertex).
waist_girth_omphalion  hull perimeter of the trunk section at the navel (omphalion) level.
hip_girth              hull perimeter of the trunk-and-legs section at the seat level: the
                       level of the buttocks' greatest rearward protrusion (ISO 8559-1 hip
                       girth, ANSUR II buttock circumference), see ``buttock_height`` below.
thigh_girth            hull perimeter of the left leg section at the fullest of the levels 2, 4,
                       6 and 8 cm below the crotch.
knee_girth             hull perimeter of the left leg section at the knee joint centre.
calf_girth             hull perimeter of the left leg section at the fullest calf level.
ankle_girth            hull perimeter of the left leg section at the narrowest level above the
                       ankle bones.
upper_arm_girth        hull perimeter of the left arm section perpendicular to the upper arm,
                       midway between the shoulder and elbow joints.
wrist_girth            hull perimeter of the left arm section perpendicular to the forearm at
                       the wrist joint.
head_girth             hull perimeter of the head section at its fullest level above the brows.
shoulder_width         straight distance between the two acromion points (shoulder tips: the
                       most lateral vertex 3 cm (women) / 4 cm (men) above the shoulder joint).
bust_point_distance    straight distance between the bust points.
across_back_width      length of the back half of the hull of the trunk section, between its
                       leftmost and rightmost points, at the level 35% of the way from the
                       armpits up to the nape; the trunk here ends where the arm's skinning
                       weight passes 0.7 (about the armpit folds).
back_waist_length      length of the back midline from the nape down to the navel level
                       (a polyline over the midline vertices).
arm_length             acromion to elbow joint to wrist joint (the arm as it hangs).
inside_leg             height of the crotch above the floor.
outside_leg            height of the navel (waist level) above the floor.
waist_to_hip           navel level minus seat level (ANSUR II: waist height at the omphalion
                       minus buttock height).
crotch_length          midline profile from the navel level in front, down through the crotch,
                       up to the navel level at the back, over the buttocks (convex hull of the
                       trunk's vertices within 4 cm of the midline, projected on the midline
                       plane, minus its top chord).
=====================  ==========================================================================

The shape dimensions of ``mtm.core.shape_prior`` (``SHAPE_KEYS``; not tape measurements, but
fitted to the population's prediction), by their ANSUR II definitions. Extremes are soft (a
softmax-weighted mean, 0.1 cm temperature) so that their gradients spread over the few
extreme points instead of jumping between vertices:

=====================  ==========================================================================
buttock_height         floor to the seat level: the mean height of the back vertices of the
                       trunk between crotch and navel, weighted by a soft minimum of their
                       depth coordinate (the level of the buttocks' greatest rearward
                       protrusion).
buttock_depth          soft front-most minus soft rear-most point of the trunk section at the
                       seat level.
hip_breadth            soft right-most to soft left-most trunk-and-leg vertex between the navel
                       and 5 cm under the crotch (a logistic gate of 0.5 cm on that floor).
chest_depth            depth of the trunk section at the chest girth's level (bust points).
waist_depth            depth of the trunk section at the navel (omphalion).
waist_breadth          breadth of the trunk section at the navel.
=====================  ==========================================================================

For the vertical lengths (back_waist_length, outside_leg, waist_to_hip, crotch_length) the waist
level is the navel (omphalion), where ANSUR II takes them; the waist girth itself is at the
natural waist. Levels called "fullest" or "narrowest" are found once on the average body of
each sex and anchored to a vertex, so they move smoothly with the body (no argmax in the fit);
the thigh is the exception: the fullest of four levels under the crotch, as fitted bodies differ
there.
Girths are taken on the left limbs. ``across_front_width`` is not measured yet: the across-back
rule used at the front reads far too wide (the trunk section runs out over the shoulders).

The tailor's measurements of the áo dài and qipao cards (``TAILOR_KEYS``) are measured too, but
without gradients (the fit does not target them; ``measure_body(v, TAILOR_KEYS)`` reads them):

=====================  ==========================================================================
neck_girth             hull perimeter of the neck's section by the plane of the neck-base ring
                       moved ``NECK_GIRTH_RISE`` cm up along its normal (where ANSUR II's neck
                       circumference is taken, below the larynx; a stand collar's top edge).
upper_chest_girth      hull perimeter of the trunk section 1 cm below the armpits (above the
                       bust, the arms left out).
armscye_girth          hull perimeter of the left arm root: the section by the plane through
                       the acromion and the armpit that holds the front-back axis, points above
                       the armpit only (the tape under the arm and over the shoulder tip).
neck_to_bust_point     straight distance from the side neck point to the bust point (the tape
                       lies straight over the upper chest).
front_waist_length     side neck point to bust point, then straight down to the waist level
                       (the navel, as ``back_waist_length``).
=====================  ==========================================================================
"""

from __future__ import annotations

from collections import defaultdict
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from functools import cache

import numpy as np

from mtm.core.shape_prior import SHAPE_KEYS

from .landmarks import (
    CROTCH,
    NAPE,
    NAVEL,
    Landmark,
    back_mask,
    head_mask,
    landmarks_for,
    limb_mask,
    torso_mask,
)
from .makehuman import BodyModel, load_model
from .vertex_grads import Accumulator, VertexGrads

N_DIRECTIONS = 256
_THETA = np.linspace(0.0, 2.0 * np.pi, N_DIRECTIONS, endpoint=False)
_DIRS = np.stack([np.cos(_THETA), np.sin(_THETA)], axis=1)  # (K, 2)
X, Y, Z = np.eye(3)

#: Every key ``measure_body`` returns, in catalogue order.
BODY_KEYS: tuple[str, ...] = (
    "height", "head_girth", "neck_base_girth", "chest_girth", "underbust_girth", "waist_girth",
    "waist_girth_omphalion", "hip_girth", "shoulder_width", "across_back_width",
    "bust_point_distance", "back_waist_length", "waist_to_hip", "crotch_length", "arm_length",
    "upper_arm_girth", "wrist_girth", "thigh_girth", "knee_girth", "calf_girth", "ankle_girth",
    "inside_leg", "outside_leg",
)
#: Tailor's measurements read off the mesh without gradients (not fitted; see the table above).
TAILOR_KEYS: tuple[str, ...] = (
    "neck_girth", "upper_chest_girth", "armscye_girth", "neck_to_bust_point",
    "front_waist_length",
)
#: cm above the neck-base ring (along its normal) where the neck girth is taken.
NECK_GIRTH_RISE = 0.8


# -- 2D hull ------------------------------------------------------------------------------------

def hull_sequence(points: np.ndarray) -> np.ndarray:
    """Indices of the convex hull vertices in counter-clockwise order (support-function sweep).

    Hull vertices whose exterior angle is under 360/N_DIRECTIONS degrees may be skipped; the
    chord that replaces them differs from the true hull by far less than a millimetre.
    """
    support = np.argmax(points @ _DIRS.T, axis=0)  # (K,)
    keep = np.empty(len(support), dtype=bool)  # a new support point (cyclically)
    keep[0] = support[0] != support[-1]
    np.not_equal(support[1:], support[:-1], out=keep[1:])
    seq = support[keep]
    if len(seq) == 0:
        seq = support[:1]
    return seq


def hull_perimeter(points: np.ndarray) -> tuple[float, np.ndarray]:
    """Convex hull perimeter of 2D ``points`` and its gradient (m, 2)."""
    seq = hull_sequence(points)
    grad = np.zeros_like(points)
    if len(seq) < 2:
        return 0.0, grad
    p = points[seq]
    d = np.empty_like(p)  # p[i + 1] - p[i], cyclically
    np.subtract(p[1:], p[:-1], out=d[:-1])
    d[-1] = p[0] - p[-1]
    length = np.sqrt((d * d).sum(1))
    unit = d / np.maximum(length, 1e-12)[:, None]
    step = -unit  # d length / d p[i] = unit[i - 1] - unit[i]
    step[1:] += unit[:-1]
    step[0] += unit[-1]
    np.add.at(grad, seq, step)
    return float(length.sum()), grad


def hull_arc(points: np.ndarray, theta_from: float, theta_to: float) -> tuple[float, np.ndarray]:
    """Length of the hull boundary between the support points of two directions, counter-
    clockwise from ``theta_from`` to ``theta_to`` (radians), and its gradient."""
    k0 = int(round(theta_from / (2 * np.pi) * N_DIRECTIONS)) % N_DIRECTIONS
    k1 = int(round(theta_to / (2 * np.pi) * N_DIRECTIONS)) % N_DIRECTIONS
    ks = (np.arange(k0, k0 + ((k1 - k0) % N_DIRECTIONS) + 1)) % N_DIRECTIONS
    support = np.argmax(points @ _DIRS[ks].T, axis=0)
    seq = support[np.r_[True, support[1:] != support[:-1]]]
    grad = np.zeros_like(points)
    if len(seq) < 2:
        return 0.0, grad
    p = points[seq]
    d = p[1:] - p[:-1]
    length = np.linalg.norm(d, axis=1)
    unit = d / np.maximum(length, 1e-12)[:, None]
    np.add.at(grad, seq[:-1], -unit)
    np.add.at(grad, seq[1:], unit)
    return float(length.sum()), grad


# -- mesh topology ------------------------------------------------------------------------------

@cache
def edges(model: BodyModel | None = None) -> np.ndarray:
    """Unique edges (E, 2) of the quad mesh."""
    q = (model or load_model()).quads
    e = np.concatenate([q[:, [0, 1]], q[:, [1, 2]], q[:, [2, 3]], q[:, [3, 0]]])
    e.sort(axis=1)
    return np.unique(e, axis=0)


_MASKS: dict[str, np.ndarray] = {}


def _region_edges(name: str) -> np.ndarray:
    """Edges with both ends in a named vertex region (cached)."""
    if name not in _MASKS:
        model = load_model()
        mask = {"torso": lambda: torso_mask(model), "leg": lambda: limb_mask(model, "leg"),
                "arm": lambda: limb_mask(model, "arm"), "head": lambda: head_mask(model),
                "slab": lambda: torso_mask(model) & (np.abs(model.base[:, 0]) < 4.0),
                "back": lambda: back_mask(model),
                }[name]()
        e = edges()
        _MASKS[name] = e[mask[e].all(axis=1)]
    return _MASKS[name]


@cache
def neck_ring(start: int) -> np.ndarray:
    """The quad-mesh edge loop around the neck through the back vertex ``start`` (ordered);
    ``landmarks.NECK_RING_START`` names the neck-base ring of each sex."""
    q = load_model().quads
    faces_of: dict[tuple[int, int], set[int]] = defaultdict(set)
    for fi, f in enumerate(q):
        for k in range(4):
            a, b = int(f[k]), int(f[(k + 1) % 4])
            faces_of[(min(a, b), max(a, b))].add(fi)
    nbr: dict[int, set[int]] = defaultdict(set)
    for a, b in faces_of:
        nbr[a].add(b)
        nbr[b].add(a)
    base = load_model().base
    first = max(nbr[start], key=lambda c: abs(base[c, 0]) - abs(base[c, 1] - base[start, 1]))
    path = [start, first]
    while True:
        a, b = path[-2], path[-1]
        fs = faces_of[(min(a, b), max(a, b))]
        nxt = [c for c in nbr[b] if c != a and not (faces_of[(min(b, c), max(b, c))] & fs)]
        if nxt[0] == start or len(path) > 200:
            break
        path.append(nxt[0])
    return np.asarray(path)


# -- sections -----------------------------------------------------------------------------------

@dataclass
class Section:
    """Crossing points of region edges with a plane, in the plane's 2D basis."""

    a: np.ndarray  # (m,) first vertex of each crossing edge
    b: np.ndarray  # (m,) second vertex
    t: np.ndarray  # (m,) crossing parameter along a -> b
    sa: np.ndarray  # (m,) signed distances of a and b to the plane
    sb: np.ndarray
    delta: np.ndarray  # (m, 3) b - a
    points: np.ndarray  # (m, 2) crossing points in the plane basis
    basis: np.ndarray  # (2, 3)
    normal: np.ndarray  # (3,)
    origin: np.ndarray | None = None  # (3,) a point of the plane
    points3_3d: np.ndarray | None = None  # (m, 3) the crossing points in space


def plane_basis(normal: np.ndarray) -> np.ndarray:
    """Two in-plane unit axes: the first is X projected on the plane, the second completes a
    right-handed frame with the normal (for a horizontal plane: X and Z)."""
    if normal[0] == 0.0 and normal[1] == 1.0 and normal[2] == 0.0:
        return _HORIZONTAL.copy()  # most sections: skip the cross product
    e1 = X - normal * normal[0]
    e1 /= np.linalg.norm(e1)
    return np.stack([e1, np.cross(e1, normal)])


_HORIZONTAL = np.stack([X, Z])


#: Per-fit cache of the edges near each section plane (see ``section_cache``).
_SECTION_CACHE: ContextVar[dict | None] = ContextVar("section_cache", default=None)
CACHE_MARGIN = 10.0  # cm each side of the plane
CACHE_REBUILD = 3.0  # cm the plane may move before its edges are gathered again


@contextmanager
def section_cache():
    """Within this block, each section keeps the edges within 10 cm of its plane and later
    sections of the same label search only those (gathered again when the plane has moved
    3 cm or tilted). A fit measures nearly the same body dozens of times; this skips most of
    the mesh. Outside the block every section searches its whole region."""
    token = _SECTION_CACHE.set({})
    try:
        yield
    finally:
        _SECTION_CACHE.reset(token)


def _candidate_edges(v, region: str, origin: np.ndarray, normal: np.ndarray,
                     label: str | None) -> np.ndarray:
    cache = _SECTION_CACHE.get()
    e = _region_edges(region)
    if cache is None or label is None:
        return e
    entry = cache.get(label)
    if entry is not None:
        near, o0, n0 = entry
        if np.linalg.norm(origin - o0) < CACHE_REBUILD and normal @ n0 > 0.999:
            return near
    s = (v - origin) @ normal
    keep = np.minimum(np.abs(s[e[:, 0]]), np.abs(s[e[:, 1]])) < CACHE_MARGIN
    near = e[keep]
    cache[label] = (near, origin.copy(), normal.copy())
    return near


#: Sections already cut on the body being measured (``_measuring``): several measurements
#: share a plane (chest girth and depth, the navel's girth, depth and breadth, the seat's
#: girth and depth, the fullest thigh level).
_SECTION_MEMO: ContextVar[dict | None] = ContextVar("section_memo", default=None)


@contextmanager
def _measuring():
    """Within this block sections of the same region and plane are cut once (one body)."""
    token = _SECTION_MEMO.set({})
    try:
        yield
    finally:
        _SECTION_MEMO.reset(token)


def section(v: np.ndarray, region: str, origin: np.ndarray, normal: np.ndarray,
            label: str | None = None) -> Section:
    """Cut the region's edges with the plane through ``origin`` with unit ``normal``."""
    memo = _SECTION_MEMO.get()
    if memo is not None:
        key = (region, origin.tobytes(), normal.tobytes())
        hit = memo.get(key)
        if hit is None:
            hit = memo[key] = _section(v, region, origin, normal, label)
        return hit
    return _section(v, region, origin, normal, label)


def _section(v: np.ndarray, region: str, origin: np.ndarray, normal: np.ndarray,
             label: str | None) -> Section:
    e = _candidate_edges(v, region, origin, normal, label)
    if len(e) < 0.2 * len(v):
        sa, sb = (v[e[:, 0]] - origin) @ normal, (v[e[:, 1]] - origin) @ normal
    else:
        s = (v - origin) @ normal
        sa, sb = s[e[:, 0]], s[e[:, 1]]
    cross = (sa < 0) != (sb < 0)
    e, sa, sb = e[cross], sa[cross], sb[cross]
    if len(e) < 3:
        raise ValueError(f"the plane misses the {region}")
    t = sa / (sa - sb)
    pa = v[e[:, 0]]
    delta = v[e[:, 1]] - pa
    p3 = pa + t[:, None] * delta
    basis = plane_basis(normal)
    return Section(e[:, 0], e[:, 1], t, sa, sb, delta, p3 @ basis.T, basis, normal, origin,
                   p3)


def backprop_section(sec: Section, g2: np.ndarray, grad: Accumulator,
                     origin: Landmark | None,
                     axis: tuple[Landmark, Landmark, np.ndarray] | None = None) -> float:
    """Add d(value)/d(vertices) to ``grad`` given d(value)/d(section points) ``g2``.

    A crossing point is ``p = a + t (b - a)`` with ``t = sa / (sa - sb)`` and ``s = (x - o).n``.
    The plane's origin ``o`` moves with the ``origin`` landmark; its normal is fixed unless
    ``axis`` = (start, end, start->end vector) says it runs along a segment. Returns
    d(value)/d(plane offset along the normal), for planes placed by something else.
    """
    used = np.flatnonzero(np.abs(g2).sum(1) > 0)
    if len(used) == 0:
        return 0.0
    g3 = g2[used] @ sec.basis  # (u, 3) gradient wrt the 3D crossing points
    a, b, t = sec.a[used], sec.b[used], sec.t[used]
    sa, sb = sec.sa[used], sec.sb[used]
    c = (g3 * sec.delta[used]).sum(1)  # d value / d t
    denom = (sa - sb) ** 2
    dt_dsa = -sb / denom
    dt_dsb = sa / denom
    n = sec.normal
    grad.add(a, (1.0 - t)[:, None] * g3 + (c * dt_dsa)[:, None] * n)
    grad.add(b, t[:, None] * g3 + (c * dt_dsb)[:, None] * n)
    dlevel = float(-(c * (dt_dsa + dt_dsb)).sum())
    if origin is not None:
        grad.add(origin.index, origin.weights[:, None] * (dlevel * n))
    if axis is not None and sec.origin is not None:
        start, end, d = axis
        pa = sec.points3_3d[used] - t[:, None] * sec.delta[used]
        pb = pa + sec.delta[used]
        gn = ((c * dt_dsa)[:, None] * (pa - sec.origin)
              + (c * dt_dsb)[:, None] * (pb - sec.origin)).sum(0)
        length = np.linalg.norm(d)
        gd = (gn - n * (n @ gn)) / length
        grad.add(end.index, end.weights[:, None] * gd)
        grad.add(start.index, start.weights[:, None] * -gd)
    return dlevel


def mesh_girth(vertices: np.ndarray, mesh_edges: np.ndarray, origin: np.ndarray,
               normal: np.ndarray) -> float:
    """Tape girth of any mesh: hull perimeter of its section by a plane (for checks/tests)."""
    v = np.asarray(vertices, dtype=np.float64)
    n = np.asarray(normal, dtype=np.float64) / np.linalg.norm(normal)
    s = (v - origin) @ n
    e = np.asarray(mesh_edges)
    sa, sb = s[e[:, 0]], s[e[:, 1]]
    cross = (sa < 0) != (sb < 0)
    t = sa[cross] / (sa[cross] - sb[cross])
    p = v[e[cross, 0]] + t[:, None] * (v[e[cross, 1]] - v[e[cross, 0]])
    return hull_perimeter(p @ plane_basis(n).T)[0]


def girth(v: np.ndarray, region: str, origin: Landmark | np.ndarray, normal: np.ndarray,
          grad: Accumulator | None, pick: np.ndarray | None = None) -> float:
    """Hull perimeter of a section; adds its gradient to ``grad`` when given.

    ``origin`` is a landmark (the plane moves with it) or a fixed point. ``pick`` (2D point in
    the plane basis) keeps only the crossing points nearer to it than 25 cm - unused here but
    handy for limbs near other parts.
    """
    o = origin.point(v) if isinstance(origin, Landmark) else origin
    label = f"{region}:{origin.name}" if isinstance(origin, Landmark) else None
    sec = section(v, region, o, normal, label)
    value, g2 = hull_perimeter(sec.points)
    if grad is not None:
        backprop_section(sec, g2, grad, origin if isinstance(origin, Landmark) else None)
    return value


def search_level(v: np.ndarray, mask: np.ndarray, y0: float, y1: float, mode: str,
                 step: float = 0.5) -> float:
    """The level in [y0, y1] where the horizontal section of ``mask`` is narrowest ("min") or
    fullest ("max"), refined by a parabola through the best three samples."""
    e = edges()
    e = e[mask[e].all(axis=1)]
    levels = np.arange(min(y0, y1), max(y0, y1) + 1e-9, step)
    values = []
    for y in levels:
        sa, sb = v[e[:, 0], 1] - y, v[e[:, 1], 1] - y
        cross = (sa < 0) != (sb < 0)
        t = sa[cross] / (sa[cross] - sb[cross])
        p = v[e[cross, 0]] + t[:, None] * (v[e[cross, 1]] - v[e[cross, 0]])
        values.append(hull_perimeter(p[:, [0, 2]])[0] if cross.sum() >= 3 else np.nan)
    values = np.asarray(values)
    i = int(np.nanargmin(values) if mode == "min" else np.nanargmax(values))
    if 0 < i < len(levels) - 1:
        f0, f1, f2 = values[i - 1], values[i], values[i + 1]
        den = f0 - 2 * f1 + f2
        if den != 0:
            return float(levels[i] + 0.5 * step * (f0 - f2) / den)
    return float(levels[i])


# -- measurements -------------------------------------------------------------------------------

def _add(grad: Accumulator | None, lm: Landmark, g: np.ndarray) -> None:
    if grad is not None:
        grad.add(lm.index, lm.weights[:, None] * g)


def _distance(v, p: Landmark, q: Landmark, grad) -> float:
    d = p.point(v) - q.point(v)
    n = float(np.linalg.norm(d))
    _add(grad, p, d / n)
    _add(grad, q, -d / n)
    return n


def _height_above_floor(v, lm: Landmark, grad) -> float:
    floor = int(np.argmin(v[:, 1]))
    if grad is not None:
        _add(grad, lm, Y)
        grad.add_axis(floor, 1, -1.0)
    return float(lm.point(v)[1] - v[floor, 1])


def _level(lm: Landmark, below: Landmark, fraction: float) -> Landmark:
    """The affine landmark ``lm + fraction * (below - lm)``."""
    return Landmark(f"{lm.name}>{below.name}", np.concatenate([lm.index, below.index]),
                    np.concatenate([lm.weights * (1 - fraction), below.weights * fraction]))


def _offset_level(lm: Landmark, dy: float, v: np.ndarray) -> np.ndarray:
    return lm.point(v) + dy * Y


def _m_height(v, lms, grad):
    top, floor = int(np.argmax(v[:, 1])), int(np.argmin(v[:, 1]))
    if grad is not None:
        grad.add_axis(top, 1, 1.0)
        grad.add_axis(floor, 1, -1.0)
    return float(v[top, 1] - v[floor, 1])


def _m_neck(v, lms, grad):
    ring = neck_ring(int(lms["neck_base_back"].index[0]))
    p = v[ring]
    centre = p.mean(0)
    normal = np.linalg.svd(p - centre)[2][2]
    normal = normal if normal[1] > 0 else -normal
    basis = plane_basis(normal)
    value, g2 = hull_perimeter(p @ basis.T)
    if grad is not None:
        grad.add(ring, g2 @ basis)
    return value


#: cm below the armpit the chest tape stays at least (it passes under the arms). In the A-pose
#: the arms are clear of the trunk, so only the armpit fold itself is kept out; at 2 cm the
#: tape of men whose bust points sit 1-2 cm under the armpit ran below them (ANSUR II men:
#: chest at the bust points p95 1.3 cm over the given chest).
CHEST_BELOW_ARMPIT = 1.0


def _chest_level(v, lms) -> Landmark:
    bust = _level(lms["bust_l"], lms["bust_r"], 0.5)
    armpit = _level(lms["armpit_l"], lms["armpit_r"], 0.5)
    if bust.point(v)[1] > armpit.point(v)[1] - CHEST_BELOW_ARMPIT:
        return Landmark("chest", armpit.index, armpit.weights), -CHEST_BELOW_ARMPIT
    return bust, 0.0


def _torso_girth_at(v, lm: Landmark, dy: float, grad, region="torso") -> float:
    if dy == 0.0:
        return girth(v, region, lm, Y, grad)
    shifted = Landmark(lm.name, lm.index, lm.weights)
    o = shifted.point(v) + dy * Y
    sec = section(v, region, o, Y, f"{region}:{lm.name}:{dy}")
    value, g2 = hull_perimeter(sec.points)
    if grad is not None:
        backprop_section(sec, g2, grad, shifted)
    return value


def _m_chest(v, lms, grad):
    lm, dy = _chest_level(v, lms)
    return _torso_girth_at(v, lm, dy, grad)


def _m_underbust(v, lms, grad):
    bust = _level(lms["bust_l"], lms["bust_r"], 0.5)
    return girth(v, "torso", _level(bust, lms["waist_back"], 0.35), Y, grad)


def _m_waist(v, lms, grad):
    return girth(v, "torso", lms["waist_back"], Y, grad)


#: cm: temperature of the soft extremes of breadths and depths. The softmax-weighted mean sits
#: about this far inside the true extreme where a section's points crowd there: at 0.25 the
#: fit's hip breadth and buttock depth read 0.3-0.6 cm under the plane-section tape
#: (``anthropometry``), so the fitted bodies came out that much too wide and deep.
SOFT = 0.1


def _soft_max(values: np.ndarray) -> tuple[float, np.ndarray]:
    """Smooth maximum and its gradient: the mean of ``values`` weighted by
    ``softmax(values / SOFT)`` (at most the maximum, and within a millimetre or two of it where
    a section's points crowd at its extreme; log-sum-exp would overshoot there)."""
    w = np.exp((values - values.max()) / SOFT)
    w /= w.sum()
    value = float(w @ values)
    return value, w * (1.0 + (values - value) / SOFT)


@cache
def seat_vertices() -> np.ndarray:
    """Back vertices of the trunk from 1 cm above the crotch up to the navel (base mesh):
    where the buttocks' greatest rearward protrusion is sought."""
    model = load_model()
    b = model.base
    return np.flatnonzero(torso_mask(model) & (b[:, 2] < 0.0) & (b[:, 1] > b[CROTCH, 1] + 1.0)
                          & (b[:, 1] < b[NAVEL, 1]))


HIP_BREADTH_BELOW_CROTCH = 5.0  # cm: the greatest hip breadth is sought down to here
GATE = 0.5  # cm: width of the soft lower edge of that band


@cache
def hip_band_vertices() -> np.ndarray:
    """Trunk and leg vertices from 10 cm below the crotch up to the navel (base mesh): where
    the greatest breadth across the hips is sought (a soft gate on the fitted body keeps
    those higher than ``HIP_BREADTH_BELOW_CROTCH`` under its crotch)."""
    model = load_model()
    b = model.base
    return np.flatnonzero(torso_mask(model) & (b[:, 1] > b[CROTCH, 1] - 10.0)
                          & (b[:, 1] < b[NAVEL, 1]))


def seat_level(v: np.ndarray) -> tuple[float, np.ndarray, np.ndarray, np.ndarray]:
    """Height of the buttocks' greatest rearward protrusion: the mean height of the seat
    vertices weighted by a soft minimum of their depth coordinate. Returns the level, the
    vertices, and d(level)/d(y) and d(level)/d(z) of those vertices."""
    idx = seat_vertices()
    z, y = v[idx, 2], v[idx, 1]
    w = np.exp(-(z - z.min()) / SOFT)
    w /= w.sum()
    level = float(w @ y)
    return level, idx, w, -w * (y - level) / SOFT


def _add_level(grad: Accumulator | None, dlevel: float, seat) -> None:
    """Chain d(value)/d(level) through the seat level's dependence on the vertices."""
    if grad is not None and dlevel != 0.0:
        _, idx, dy, dz = seat
        grad.add(idx, np.stack([np.zeros(len(idx)), dlevel * dy, dlevel * dz], axis=1))


def _extent(sec: Section, axis: int, grad, origin: Landmark | None) -> tuple[float, float]:
    """Soft breadth (``axis`` 0: x) or depth (1: z) of a horizontal section, and the
    derivative of it with respect to the plane's height."""
    hi, whi = _soft_max(sec.points[:, axis])
    lo, wlo = _soft_max(-sec.points[:, axis])
    dlevel = 0.0
    if grad is not None:
        g2 = np.zeros_like(sec.points)
        g2[:, axis] = whi - wlo
        dlevel = backprop_section(sec, g2, grad, origin)
    return hi + lo, dlevel


def _seat_section(v: np.ndarray):
    seat = seat_level(v)
    return seat, section(v, "torso", np.array([0.0, seat[0], 0.0]), Y, "torso:seat")


def seat_landmarks(v: np.ndarray) -> dict[str, np.ndarray]:
    """``hip_back`` (centre back) and ``hip_side_l`` (left side) on the seat level, where the
    hip girth is taken: garments put their hip line there."""
    level = seat_level(v)[0]
    p = section(v, "torso", np.array([0.0, level, 0.0]), Y).points3_3d
    centre = p[np.abs(p[:, 0]) < 2.0]
    back = (centre if len(centre) else p)[np.argmin((centre if len(centre) else p)[:, 2])]
    return {"hip_back": np.array([0.0, level, back[2]]), "hip_side_l": p[np.argmax(p[:, 0])]}


def _m_waist_omphalion(v, lms, grad):
    """Waist girth at the navel (ANSUR II's waist circumference), beside the natural waist."""
    return girth(v, "torso", lms["navel"], Y, grad)


def _m_hip(v, lms, grad):
    """Hip girth at the level of the buttocks' greatest rearward protrusion (ISO 8559-1)."""
    seat, sec = _seat_section(v)
    value, g2 = hull_perimeter(sec.points)
    if grad is not None:
        _add_level(grad, backprop_section(sec, g2, grad, None), seat)
    return value


def _m_buttock_height(v, lms, grad):
    seat = seat_level(v)
    floor = int(np.argmin(v[:, 1]))
    if grad is not None:
        _add_level(grad, 1.0, seat)
        grad.add_axis(floor, 1, -1.0)
    return seat[0] - float(v[floor, 1])


def _m_buttock_depth(v, lms, grad):
    seat, sec = _seat_section(v)
    value, dlevel = _extent(sec, 1, grad, None)
    _add_level(grad, dlevel, seat)
    return value


def _gated_soft_max(x: np.ndarray, y: np.ndarray, floor: float
                    ) -> tuple[float, np.ndarray, np.ndarray, float]:
    """Soft maximum of ``x`` over the points above ``floor`` (a logistic gate of width
    ``GATE`` on ``y``), and its derivatives with respect to x, y and the floor."""
    u = (y - floor) / GATE
    s = x / SOFT - np.logaddexp(0.0, -u)  # log of exp(x / SOFT) * sigmoid(u)
    w = np.exp(s - s.max())
    w /= w.sum()
    value = float(w @ x)
    spread = w * (x - value)
    d_y = spread * (1.0 / (1.0 + np.exp(u))) / GATE  # d log sigmoid(u) / dy = (1 - sig) / GATE
    return value, w + spread / SOFT, d_y, -float(d_y.sum())


def _m_hip_breadth(v, lms, grad):
    """Greatest breadth across hips and thighs, from the navel down to 5 cm under the
    crotch (as ``anthropometry.Anthropometer.hip_breadth``)."""
    idx = hip_band_vertices()
    crotch = lms["crotch"]
    floor = crotch.point(v)[1] - HIP_BREADTH_BELOW_CROTCH
    x, y = v[idx, 0], v[idx, 1]
    hi, dx_hi, dy_hi, df_hi = _gated_soft_max(x, y, floor)
    lo, dx_lo, dy_lo, df_lo = _gated_soft_max(-x, y, floor)
    if grad is not None:
        grad.add(idx, np.stack([dx_hi - dx_lo, dy_hi + dy_lo, np.zeros(len(idx))], axis=1))
        _add(grad, crotch, (df_hi + df_lo) * Y)
    return hi + lo


def _extent_at(v, lm: Landmark, dy: float, axis: int, grad) -> float:
    o = lm.point(v) + dy * Y
    sec = section(v, "torso", o, Y, f"torso:{lm.name}:{dy}")
    return _extent(sec, axis, grad, lm)[0]


def _m_chest_depth(v, lms, grad):
    lm, dy = _chest_level(v, lms)
    return _extent_at(v, lm, dy, 1, grad)


def _m_chest_breadth(v, lms, grad):
    lm, dy = _chest_level(v, lms)
    return _extent_at(v, lm, dy, 0, grad)


def _m_waist_depth(v, lms, grad):
    return _extent_at(v, lms["navel"], 0.0, 1, grad)


def _m_waist_breadth(v, lms, grad):
    return _extent_at(v, lms["navel"], 0.0, 0, grad)


THIGH_LEVELS = (-2.0, -4.0, -6.0, -8.0)  # cm below the crotch where the fullest thigh is sought


def _m_thigh(v, lms, grad):
    # the catalogue's thigh girth is "at its fullest, just below the gluteal fold": a fitted
    # body's thigh can be fullest several cm under the crotch, and matching a fixed level let
    # it bulge below it (skirts came out tight over the thighs), so the largest level counts
    girths = [_torso_girth_at(v, lms["crotch"], dy, None, region="leg") for dy in THIGH_LEVELS]
    fullest = THIGH_LEVELS[int(np.argmax(girths))]
    return _torso_girth_at(v, lms["crotch"], fullest, grad, region="leg")


def _m_knee(v, lms, grad):
    return girth(v, "leg", lms["knee_l"], Y, grad)


def _m_calf(v, lms, grad):
    return girth(v, "leg", lms["calf_back_l"], Y, grad)


def _m_ankle(v, lms, grad):
    return girth(v, "leg", lms["ankle_level_l"], Y, grad)


def _m_head(v, lms, grad):
    return girth(v, "head", lms["head_front"], Y, grad)


def _limb_girth(v, origin: Landmark, start: Landmark, end: Landmark, grad) -> float:
    """Girth of the left arm in the plane through ``origin`` across the start->end axis."""
    d = end.point(v) - start.point(v)
    sec = section(v, "arm", origin.point(v), d / np.linalg.norm(d), f"arm:{origin.name}")
    value, g2 = hull_perimeter(sec.points)
    if grad is not None:
        backprop_section(sec, g2, grad, origin, axis=(start, end, d))
    return value


def _m_upper_arm(v, lms, grad):
    mid = _level(lms["shoulder_joint_l"], lms["elbow_l"], 0.5)
    return _limb_girth(v, mid, lms["shoulder_joint_l"], lms["elbow_l"], grad)


def _m_wrist(v, lms, grad):
    return _limb_girth(v, lms["wrist_l"], lms["elbow_l"], lms["wrist_l"], grad)


def _m_shoulder(v, lms, grad):
    return _distance(v, lms["shoulder_l"], lms["shoulder_r"], grad)


def _m_bust_points(v, lms, grad):
    return _distance(v, lms["bust_l"], lms["bust_r"], grad)


def _across(v, lms, grad, top: str, back: bool) -> float:
    armpit = _level(lms["armpit_l"], lms["armpit_r"], 0.5)
    level = _level(armpit, lms[top], 0.35)
    o = level.point(v)
    sec = section(v, "back", o, Y, f"back:{level.name}")
    # basis (x, z) for a horizontal plane: the back (-z) is swept from 180 to 360 degrees
    if back:
        value, g2 = hull_arc(sec.points, np.pi, 2 * np.pi)
    else:
        value, g2 = hull_arc(sec.points, 0.0, np.pi)
    if grad is not None:
        backprop_section(sec, g2, grad, level)
    return value


def _m_across_back(v, lms, grad):
    return _across(v, lms, grad, "neck_back", back=True)


def _m_across_front(v, lms, grad):
    return _across(v, lms, grad, "neck_front", back=False)


@cache
def back_midline() -> np.ndarray:
    """Back midline vertices from the nape downwards, ordered by height (base mesh)."""
    base = load_model().base
    mask = torso_mask(load_model()) & (np.abs(base[:, 0]) < 1e-3) & (base[:, 2] < 0.0)
    idx = np.flatnonzero(mask & (base[:, 1] <= base[NAPE, 1] + 1e-6)
                         & (base[:, 1] > base[NAPE, 1] - 60.0))
    # keep the back surface: at each height the most posterior vertex
    idx = idx[np.argsort(-base[idx, 1])]
    return idx


def _m_back_waist(v, lms, grad):
    chain = back_midline()
    waist = lms["navel"]
    y_w = waist.point(v)[1]
    p = v[chain]
    below = np.flatnonzero(p[:, 1] < y_w)
    last = int(below[0]) if len(below) else len(chain) - 1
    seg = p[1:last + 1] - p[:last]
    lengths = np.linalg.norm(seg, axis=1)
    # the last segment crosses the waist level: keep the fraction above it
    a, b = p[last - 1], p[last]
    f = (a[1] - y_w) / (a[1] - b[1])
    total = lengths[:-1].sum() + f * lengths[-1]
    if grad is not None:
        unit = seg / np.maximum(lengths, 1e-12)[:, None]
        g = np.zeros((last + 1, 3))
        g[:-1] -= unit
        g[1:] += unit
        # the last segment counts with weight f, and f depends on a_y, b_y and y_w
        g[last - 1] += (f - 1.0) * unit[-1] * -1.0
        g[last] += (f - 1.0) * unit[-1]
        df_day = (1.0 / (a[1] - b[1])) - (a[1] - y_w) / (a[1] - b[1]) ** 2
        df_dby = (a[1] - y_w) / (a[1] - b[1]) ** 2
        df_dyw = -1.0 / (a[1] - b[1])
        g[last - 1, 1] += lengths[-1] * df_day
        g[last, 1] += lengths[-1] * df_dby
        grad.add(chain[: last + 1], g)
        _add(grad, waist, lengths[-1] * df_dyw * Y)
    return float(total)


def _m_arm(v, lms, grad):
    return (_distance(v, lms["shoulder_l"], lms["elbow_l"], grad)
            + _distance(v, lms["elbow_l"], lms["wrist_l"], grad))


def _m_inside_leg(v, lms, grad):
    return _height_above_floor(v, lms["crotch"], grad)


def _m_outside_leg(v, lms, grad):
    return _height_above_floor(v, lms["navel"], grad)


def _m_waist_to_hip(v, lms, grad):
    seat = seat_level(v)
    _add(grad, lms["navel"], Y)
    _add_level(grad, -1.0, seat)
    return float(lms["navel"].point(v)[1] - seat[0])


def _m_crotch(v, lms, grad):
    """Hull of the sagittal slab's crossings with vertical planes is overkill: take the slab's
    vertices below the waist level projected on the midline plane, plus the two crossings of
    the midline profile with the waist level, and the hull perimeter minus the top chord."""
    waist = lms["navel"]
    y_w = waist.point(v)[1]
    e = _region_edges("slab")
    sa, sb = v[e[:, 0], 1] - y_w, v[e[:, 1], 1] - y_w
    cross = (sa < 0) != (sb < 0)
    ec, sa_c, sb_c = e[cross], sa[cross], sb[cross]
    t = sa_c / (sa_c - sb_c)
    pc = v[ec[:, 0]] + t[:, None] * (v[ec[:, 1]] - v[ec[:, 0]])
    slab = np.unique(e)
    keep = slab[v[slab, 1] < y_w]
    pts = np.concatenate([v[keep][:, [2, 1]], pc[:, [2, 1]]])
    value, g2 = hull_perimeter(pts)
    front, back = int(np.argmax(pc[:, 2])), int(np.argmin(pc[:, 2]))
    chord = float(pc[front, 2] - pc[back, 2])
    if grad is not None:
        nk = len(keep)
        gk = g2[:nk]
        grad.add(keep, np.stack([np.zeros(nk), gk[:, 1], gk[:, 0]], axis=1))
        gc = g2[nk:].copy()
        gc[front, 0] -= 1.0
        gc[back, 0] += 1.0
        sec = Section(ec[:, 0], ec[:, 1], t, sa_c, sb_c,
                      v[ec[:, 1]] - v[ec[:, 0]], pc[:, [2, 1]],
                      np.array([Z, Y]), Y)
        backprop_section(sec, gc, grad, waist)
    return value - chord


_MEASURES = {
    "height": _m_height, "head_girth": _m_head, "neck_base_girth": _m_neck,
    "chest_girth": _m_chest, "underbust_girth": _m_underbust, "waist_girth": _m_waist,
    "waist_girth_omphalion": _m_waist_omphalion,
    "hip_girth": _m_hip, "shoulder_width": _m_shoulder, "across_back_width": _m_across_back,
    "bust_point_distance": _m_bust_points,
    "back_waist_length": _m_back_waist, "waist_to_hip": _m_waist_to_hip,
    "crotch_length": _m_crotch, "arm_length": _m_arm, "upper_arm_girth": _m_upper_arm,
    "wrist_girth": _m_wrist, "thigh_girth": _m_thigh, "knee_girth": _m_knee,
    "calf_girth": _m_calf, "ankle_girth": _m_ankle, "inside_leg": _m_inside_leg,
    "outside_leg": _m_outside_leg,
    # the shape dimensions of ``mtm.core.shape_prior`` (ANSUR II definitions)
    "hip_breadth": _m_hip_breadth, "buttock_depth": _m_buttock_depth,
    "buttock_height": _m_buttock_height, "chest_depth": _m_chest_depth,
    "chest_breadth": _m_chest_breadth, "waist_depth": _m_waist_depth,
    "waist_breadth": _m_waist_breadth,
}
assert set(SHAPE_KEYS) <= set(_MEASURES)


def _plane_hull(v: np.ndarray, origin: np.ndarray, normal: np.ndarray, keep) -> float:
    """Hull perimeter of the whole mesh's crossings with a plane, kept by ``keep(points)``."""
    e = edges()
    s = (v - origin) @ normal
    sa, sb = s[e[:, 0]], s[e[:, 1]]
    cross = (sa < 0) != (sb < 0)
    t = sa[cross] / (sa[cross] - sb[cross])
    p = v[e[cross, 0]] + t[:, None] * (v[e[cross, 1]] - v[e[cross, 0]])
    p = p[keep(p)]
    if len(p) < 3:
        raise ValueError("the plane misses the body")
    return hull_perimeter(p @ plane_basis(normal).T)[0]


def _m_neck_girth(v, lms, grad):
    ring = neck_ring(int(lms["neck_base_back"].index[0]))
    p = v[ring]
    centre = p.mean(0)
    normal = np.linalg.svd(p - centre)[2][2]
    normal = normal if normal[1] > 0 else -normal
    origin = centre + NECK_GIRTH_RISE * normal
    radius = 1.5 * np.max(np.linalg.norm(p - centre, axis=1))
    return _plane_hull(v, origin, normal,
                       lambda q: np.linalg.norm(q - origin, axis=1) < radius)


def _m_upper_chest(v, lms, grad):
    armpit = _level(lms["armpit_l"], lms["armpit_r"], 0.5)
    return _torso_girth_at(v, armpit, -1.0, None)


def _m_armscye(v, lms, grad):
    top, pit = lms["shoulder_l"].point(v), lms["armpit_l"].point(v)
    d = top - pit
    normal = np.cross(Z, d)
    normal /= np.linalg.norm(normal)
    normal = normal if normal[0] > 0 else -normal
    mid = 0.5 * (top + pit)
    reach = 0.9 * np.linalg.norm(d)
    return _plane_hull(v, mid, normal, lambda q: (q[:, 1] > pit[1] - 0.5)
                       & (np.linalg.norm(q - mid, axis=1) < reach))


def _m_neck_to_bust(v, lms, grad):
    return float(np.linalg.norm(lms["neck_side_l"].point(v) - lms["bust_l"].point(v)))


def _m_front_waist(v, lms, grad):
    bust = lms["bust_l"].point(v)
    return (float(np.linalg.norm(lms["neck_side_l"].point(v) - bust))
            + float(bust[1] - lms["navel"].point(v)[1]))


_TAILOR = {
    "neck_girth": _m_neck_girth, "upper_chest_girth": _m_upper_chest,
    "armscye_girth": _m_armscye, "neck_to_bust_point": _m_neck_to_bust,
    "front_waist_length": _m_front_waist,
}


def measure_with_vertex_grads(vertices: np.ndarray, keys=BODY_KEYS, sex=None
                              ) -> tuple[dict[str, float], VertexGrads]:
    """Values of ``keys`` and their gradients with respect to the vertices, on the vertices
    they touch (``VertexGrads``, in the order of ``keys``)."""
    v = np.asarray(vertices, dtype=np.float64)
    lms = landmarks_for(sex)
    accs = [Accumulator() for _ in keys]
    with _measuring():
        values = {key: float(_MEASURES[key](v, lms, acc)) for key, acc in zip(keys, accs,
                                                                              strict=True)}
    return values, Accumulator.compact(accs)


def measure_with_gradients(vertices: np.ndarray, keys=BODY_KEYS, sex=None
                           ) -> tuple[dict[str, float], np.ndarray]:
    """Values of ``keys`` and their gradients (len(keys), N, 3) with respect to the vertices."""
    values, grads = measure_with_vertex_grads(vertices, keys, sex)
    return values, grads.dense(len(vertices))


def measure_body(vertices: np.ndarray, keys=BODY_KEYS, sex=None) -> dict[str, float]:
    """Every measurement in ``keys`` (default: all a body shows), cm, defined as in the table
    of this module; ``TAILOR_KEYS`` too. ``sex`` ('female'/'male' or the 0..1 macro) picks the
    landmark levels."""
    v = np.asarray(vertices, dtype=np.float64)
    lms = landmarks_for(sex)
    with _measuring():
        return {key: float((_MEASURES.get(key) or _TAILOR[key])(v, lms, None)) for key in keys}

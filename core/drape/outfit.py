"""Outfits: garments draped one over another (a shirt over trousers, a jacket over a shirt).

The layers are draped in order: the bottom (skirt, trousers), then the top worn next to the
skin (shirt, T-shirt: ``Garment.layer`` 0), then the top worn over it (a jacket: layer 1);
each collides with the body plus the slabs of everything draped before it. The bottom is
draped first on the body. Its cloth is then thickened into closed slabs (the
draped surface pushed out by the fabric's thickness and in until a little under the skin where
it lies on the body, the rims closed), and the top collides with the body plus the bottom's
cloth: the top is placed outside the waistband, lies over it and hangs untucked. The field of
the slabs is built on the nodes of the bare body's field and the two are combined by their
minimum (the union of the solids), so the body's own field, creases closed, is the one kept
from the bottom's drape; a slab reaching under the skin leaves no gap between the cloth and
the skin for a crease closing to fill. Each draped garment stays its own mesh; the bottom is
not moved by the top.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from ..errors import InputError
from ..garment import Garment
from .drape import body_sdf, drape_garment
from .fabrics import Fabric, load_fabric
from .mesher import linked_parts
from .result import DrapedGarment
from .sdf import vertex_normals

#: Placement segments of garments worn below the waist (draped first).
BOTTOM_SEGMENTS = ("waist", "left_leg", "right_leg")
#: How far inside the bottom's draped surface its slab reaches at least (cm) ...
SLAB_INNER_CM = 0.05
#: ... and under the skin where the cloth lies on the body (cm), so body and slab are one
#: solid there ...
SLAB_UNDER_SKIN_CM = 0.3
#: ... but at most (cm): cloth hanging off the body is a slab this thick plus the fabric's,
#: which the body field's 0.8 cm grid still resolves
SLAB_DEPTH_CM = 1.0
#: Under a jacket the slab reaches at most this far under the cloth (cm), not SLAB_DEPTH_CM:
#: a shirt stands off the body further than a bottom (its sleeves sag, it blouses at the
#: waist), and the jacket's cloth was caught in the pocket between the 1 cm slab and the
#: skin at the armpit (slim shirt, median man: 61 -> 25 vertices still moving at 400 frames,
#: mean stretch 1.9 -> 1.4%; measured while the slabs' false inside, see cloth_slab, still
#: made the jacket jitter. With one winding per part and the depth along the normal
#: (cloth_slab as now): 1 cm left 13 vertices moving at the left armpit, 2 cm 22 at the
#: left cuff, 3 cm none: at rest in 44 frames)
OUTER_SLAB_DEPTH_CM = 3.0


@dataclass(frozen=True)
class ClothedBody:
    """What a later garment collides with: the body's mesh plus earlier garments' slabs.

    ``vertices`` start with the body's own, so its landmarks and measures still apply;
    ``bare`` is the body itself and ``slab_vertices``/``slab_faces`` the slabs alone, from
    which drape.body_sdf and drape.collision_sdf build the clothed body's fields.
    """

    vertices: np.ndarray
    faces: np.ndarray
    landmarks: Any
    sex: str | None = None
    achieved: dict = field(default_factory=dict)
    bare: Any = None
    slab_vertices: np.ndarray | None = None
    slab_faces: np.ndarray | None = None


def is_bottom(garment: Garment) -> bool:
    """True for a garment worn from the waist down (skirt, trousers): every piece is placed
    on the waist or the legs (pieces with no placement, e.g. interfacings, do not count)."""
    segments = {p.placement.segment for p in garment.pieces if p.placement is not None}
    return bool(segments) and segments <= set(BOTTOM_SEGMENTS)


def layer_rank(garment: Garment) -> int:
    """Where a garment goes in the drape order: 0 a bottom, 1 a top next to the skin, 2 a top
    worn over another top (a jacket)."""
    return 0 if is_bottom(garment) else 1 + garment.layer


def cloth_slab(draped: DrapedGarment, body: Any, thickness: float,
               inner: float | np.ndarray | None = None,
               deepest: float = SLAB_DEPTH_CM) -> tuple[np.ndarray, np.ndarray]:
    """The draped cloth as closed slabs: (vertices, faces) with outward winding.

    Each connected part of the cloth (a piece) is turned as a whole so that its faces, by
    area, face away from the body, and keeps its winding: the slab of every part is a
    closed, consistently wound shell, whose inside the field's winding number finds
    (``sdf._fill_inside``). Each vertex moves ``thickness`` cm out and ``inner`` cm in (one
    for all or one per vertex) along the part's normal; the two sheets are joined along
    every boundary edge. By default ``inner`` reaches ``SLAB_UNDER_SKIN_CM`` under the skin
    along the normal, at least ``SLAB_INNER_CM`` and at most ``deepest`` (``_inner_depth``);
    where the cloth is folded back (its normal faces the body: a pleat) it is
    ``SLAB_INNER_CM``, so the slab does not reach away from the body there.

    Turning each face on its own by the body's direction (as before) left the faces of a
    wrinkle or of the armpit wound against their neighbours (209 edges on the median man's
    slim shirt): a column of the field's nodes passing such a face counted it the wrong way
    and read inside all the way out of the slab, a ridge of false inside up to 2 cm into
    the air, where the jacket's cloth over the shirt was pushed out and pulled back every
    substep (1 cm, 1900 cm/s at the left armpit) and never came to rest.
    """
    v = np.array(draped.vertices, dtype=np.float64)  # writeable: one compiled vertex_normals
    f = np.asarray(draped.faces, dtype=np.int64).copy()
    n = len(v)
    # away from the body: the body field's gradient at each cloth vertex
    depth, away = body_sdf(body).query(v)
    tri = v[f]
    face_n = np.cross(tri[:, 1] - tri[:, 0], tri[:, 2] - tri[:, 0])  # length: twice the area
    part = _face_parts(f, n)
    facing = np.bincount(part, weights=np.einsum("fd,fd->f", face_n, away[f].mean(axis=1)),
                         minlength=int(part.max()) + 1 if len(part) else 0)
    flip = facing[part] < 0
    f[flip] = f[flip][:, ::-1]
    normals = vertex_normals(v, f)
    unused = ~normals.any(axis=1)  # a vertex of no face: away from the body
    normals[unused] = away[unused]
    if inner is None:
        inner = _inner_depth(v, normals, depth, away, body_sdf(body), deepest, f, part)
    inner = np.broadcast_to(np.asarray(inner, dtype=np.float64), (n,))[:, None]
    outer = v + thickness * normals
    under = v - inner * normals
    verts = np.vstack([outer, under])
    # boundary edges: directed edges of the (now consistently wound) faces with no twin
    edges = np.concatenate([f[:, [0, 1]], f[:, [1, 2]], f[:, [2, 0]]])
    keys = np.sort(edges, axis=1)
    _u, inverse, counts = np.unique(keys, axis=0, return_inverse=True, return_counts=True)
    rim = edges[counts[inverse.ravel()] == 1]
    a, b = rim[:, 0], rim[:, 1]
    sides = np.concatenate([np.column_stack([a, b + n, b]), np.column_stack([a, a + n, b + n])])
    faces = np.concatenate([f, f[:, ::-1] + n, sides])
    return verts, faces


#: sphere-tracing steps along a cloth vertex's inward normal to the skin (``_inner_depth``)
RAY_STEPS = 8


def _inner_depth(v: np.ndarray, normals: np.ndarray, depth: np.ndarray, away: np.ndarray,
                 field: Any, deepest: float, faces: np.ndarray,
                 part: np.ndarray) -> np.ndarray:
    """How far (cm) the slab reaches in under each cloth vertex: along its inward normal to
    ``SLAB_UNDER_SKIN_CM`` under the skin when the skin lies within ``deepest`` that way;
    where it does not (cloth hanging past the body: a cuff beyond the wrist) by the distance
    to the skin, but at most half way across to the same part of the cloth (``_across``;
    ``part``: each face's): the 3 cm inner sheet of a cuff's flattened tube crossed
    itself there, leaving pockets in the slab where the jacket's sleeve hem was caught (two
    parts' slabs may overlap: the field takes their union). Where the cloth is folded back
    (its normal faces the body) ``SLAB_INNER_CM``. Always between ``SLAB_INNER_CM`` and
    ``deepest``."""
    t = np.zeros(len(v))
    hit = np.zeros(len(v), bool)
    for _ in range(RAY_STEPS):  # sphere tracing: the field is at most the distance
        d, _g = field.query(v - t[:, None] * normals)
        hit |= d < 0.05
        t = np.where(hit, t, t + np.maximum(d, 0.05))
        if np.all(hit | (t > deepest)):
            break
    hit &= t <= deepest
    inner = np.where(hit, t, depth) + SLAB_UNDER_SKIN_CM
    free = np.flatnonzero(~hit & (inner > SLAB_DEPTH_CM))
    if len(free):
        inner[free] = np.minimum(inner[free],
                                 0.5 * _across(v, normals, faces, part, free, 2.0 * deepest))
    folded = np.einsum("nd,nd->n", normals, away) < 0.0
    return np.where(folded, SLAB_INNER_CM, np.clip(inner, SLAB_INNER_CM, deepest))


def _across(v: np.ndarray, normals: np.ndarray, faces: np.ndarray, part: np.ndarray,
            which: np.ndarray, reach: float) -> np.ndarray:
    """About how far (cm) from the vertices ``which`` along their inward normal their own
    part of the cloth (``part``: each face's) is met again (inf when not within ``reach``):
    the first point along the way, in steps of ``ACROSS_STEP`` from two edges on, that
    comes within 0.6 edge plus half a step of one of the part's vertices."""
    from scipy.spatial import cKDTree

    edge = np.linalg.norm(v[faces[:, 1]] - v[faces[:, 0]], axis=1)
    h = float(np.median(edge)) if len(edge) else 1.0
    near = 0.6 * h + 0.5 * ACROSS_STEP
    own = np.full(len(v), -1, np.int64)
    own[faces] = part[:, None]
    out = np.full(len(which), np.inf)
    steps = np.arange(2.0 * h, reach + 1e-9, ACROSS_STEP)
    for p in np.unique(own[which]):
        at = np.flatnonzero(own[which] == p)
        tree = cKDTree(v[own == p])
        for t in steps:
            left = at[np.isinf(out[at])]
            if len(left) == 0:
                break
            i = which[left]
            d, _k = tree.query(v[i] - t * normals[i], distance_upper_bound=near)
            out[left[d < near]] = t
    return out


#: cm between the points ``_across`` looks at along a vertex's inward normal
ACROSS_STEP = 0.25


def _face_parts(faces: np.ndarray, n: int) -> np.ndarray:
    """The connected part (0, 1, ...) of every face: faces sharing a vertex are one part."""
    if len(faces) == 0:
        return np.zeros(0, np.int64)
    pairs = np.column_stack([faces.ravel(), np.roll(faces, -1, axis=1).ravel()])
    return linked_parts(pairs, n)[faces[:, 0]]


def clothe(body: Any, draped: Sequence[tuple[DrapedGarment, Fabric]],
           deepest: float = SLAB_DEPTH_CM) -> ClothedBody:
    """The body with the slabs of the garments already draped on it added to its mesh (each
    reaching at most ``deepest`` cm under its cloth, see ``cloth_slab``)."""
    bare = getattr(body, "bare", None)
    parts_v, parts_f = [], []
    if bare is not None:  # already clothed: its slabs stay
        parts_v.append(body.slab_vertices)
        parts_f.append(body.slab_faces)
    else:
        bare = body
    body_v = np.asarray(bare.vertices, dtype=np.float64)
    offset = sum(len(p) for p in parts_v)
    for garment, fabric in draped:
        sv, sf = cloth_slab(garment, bare, max(0.1 * fabric.thickness_mm, 0.05),
                            deepest=deepest)
        parts_v.append(sv)
        parts_f.append(sf + offset)
        offset += len(sv)
    slab_v = np.vstack(parts_v) if parts_v else np.zeros((0, 3))
    slab_f = np.vstack(parts_f) if parts_f else np.zeros((0, 3), np.int64)
    return ClothedBody(np.vstack([body_v, slab_v]),
                       np.vstack([np.asarray(bare.faces, dtype=np.int64), slab_f + len(body_v)]),
                       body.landmarks, getattr(body, "sex", None),
                       dict(getattr(body, "achieved", {}) or {}), bare=bare,
                       slab_vertices=slab_v, slab_faces=slab_f)


def check_outfit(garments: Sequence[Garment], fabrics: Sequence[Fabric | str]) -> None:
    """InputError unless the garments make an outfit: at most one bottom, one top next to
    the skin and one top over it (a jacket), with a fabric each (checked before any slow
    fitting or draping)."""
    if not garments:
        raise InputError("give at least one garment", field="garment")
    if len(fabrics) != len(garments):
        raise InputError(f"{len(garments)} garments and {len(fabrics)} fabrics: give one fabric "
                         "per garment", field="fabric")
    what = ("bottom (skirt or trousers)", "top worn next to the skin (e.g. a shirt)",
            "top worn over it (e.g. a jacket)")
    for rank, kind in enumerate(what):
        names = [g.name for g in garments if layer_rank(g) == rank]
        if len(names) > 1:
            raise InputError(f"an outfit has one {kind}, not {' and '.join(names)}: e.g. "
                             "trousers, a shirt over them and a jacket over the shirt",
                             field="garment")


def drape_outfit(garments: Sequence[Garment], body: Any,
                 fabrics: Sequence[Fabric | str] | None = None, resolution: float = 1.0,
                 progress: Callable[[float], None] | None = None,
                 cancel: Callable[[], bool] | None = None) -> list[DrapedGarment]:
    """Drape garments one over another: the bottom first, then the top next to the skin,
    then the top over it, each over the slabs of all draped before it (under a jacket,
    slabs down to ``OUTER_SLAB_DEPTH_CM`` under the cloth).

    Returns the draped garments in the order given. Each report gains ``"over"``: the
    garments it was draped over.
    """
    fabrics = list(fabrics) if fabrics is not None else ["cotton_jersey"] * len(garments)
    check_outfit(garments, fabrics)
    loaded = [load_fabric(f) if isinstance(f, str) else f for f in fabrics]
    order = sorted(range(len(garments)), key=lambda i: (layer_rank(garments[i]), i))
    done: dict[int, DrapedGarment] = {}
    worn: list[tuple[DrapedGarment, Fabric]] = []
    for step, i in enumerate(order):
        def part(frac: float, step=step) -> None:
            if progress is not None:
                progress((step + frac) / len(order))

        deepest = OUTER_SLAB_DEPTH_CM if layer_rank(garments[i]) == 2 else SLAB_DEPTH_CM
        under = clothe(body, worn, deepest) if worn else body
        result = drape_garment(garments[i], under, loaded[i], resolution=resolution,
                               progress=part, cancel=cancel)
        result.report["over"] = [garments[j].name for j in order[:step]]
        done[i] = result
        worn.append((result, loaded[i]))
    return [done[i] for i in range(len(garments))]

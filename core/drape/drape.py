"""Drape a garment on a body: mesh, place, sew and settle the cloth, then measure the result.

``drape_garment`` ties the steps together and fills the report the command line writes:
seconds, vertices, substeps, penetrating_fraction, max_seam_gap_cm, mean_strain, max_strain,
converged and a tightness summary. The body is any object with ``vertices`` (N, 3) cm,
``faces`` and ``landmarks`` (a mapping name -> point), so core does not import bodies.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from types import SimpleNamespace
from typing import Any

import numpy as np

from mtm.core.garment import Garment

from .assemble import assemble
from .fabrics import Fabric, load_fabric
from .folds import fold_hinges, press_folds
from .fusing import fuse, grain_angle
from .mesher import sorted_unique
from .placement import close_seams, place, push_out
from .result import DrapedGarment, triangle_strain, vertex_average
from .sdf import SDFGrid, build_sdf, close_creases
from .solver import (
    ClothModel,
    SolverSettings,
    build_model,
    contact_thickness,
    edge_strain,
    seam_gaps,
    simulate,
    substeps_for,
)

FREE_DISTANCE = 1.5  # cm from the skin beyond which cloth hangs free (stretch = solver error)
PENETRATION_DEPTH = 0.2  # cm: a vertex deeper than 2 mm inside the skin counts as penetrating
TIGHT_STRAIN = 0.08  # stretch beyond the planned stretch at which cloth counts as tight
TOO_SMALL_FRACTION = 0.1  # share of tight cloth that makes the garment too small
#: cm: the cloth collides with the body with creases narrower than about twice this filled
#: (armpit, under the chin), which 1 cm cloth cannot follow (sdf.close_creases);
#: penetration and ease are still measured against the real skin. 1.0 also filled the
#: 1.5-2 cm gap between men's thighs under the crotch, where the trouser crotch seam hangs:
#: 2 of 10 men's trousers then jittered there (47 and 587 cm/s); 0.5 converges them
#: (measured while the closing still judged its balls free on the grid, before 54051e2).
CREASE_RADIUS = 0.5


@lru_cache(maxsize=4)
def _cached_sdf(key: bytes, vertices: bytes, faces: bytes, nv: int, nf: int) -> SDFGrid:
    v = np.frombuffer(vertices, dtype=np.float64).reshape(nv, 3)
    f = np.frombuffer(faces, dtype=np.int64).reshape(nf, 3)
    return build_sdf(v, f)


@lru_cache(maxsize=4)
def _cached_collision_sdf(key: bytes, vertices: bytes, faces: bytes, nv: int, nf: int,
                          radius: float) -> SDFGrid:
    v = np.frombuffer(vertices, dtype=np.float64).reshape(nv, 3)
    f = np.frombuffer(faces, dtype=np.int64).reshape(nf, 3)
    return close_creases(_cached_sdf(key, vertices, faces, nv, nf), v, f, radius)


def _body_key(body: Any) -> tuple[bytes, bytes, bytes, int, int]:
    v = np.ascontiguousarray(body.vertices, dtype=np.float64)
    f = np.ascontiguousarray(body.faces, dtype=np.int64)
    key = hashlib.sha1(v.tobytes() + f.tobytes()).digest()
    return key, v.tobytes(), f.tobytes(), len(v), len(f)


def body_sdf(body: Any) -> SDFGrid:
    """The body's signed distance field (cached for the last few bodies). A body dressed in
    garments draped before (``outfit.ClothedBody``: ``bare`` body and ``slab_vertices``,
    ``slab_faces``) has its bare body's field with the slabs added."""
    bare = getattr(body, "bare", None)
    if bare is not None:
        return _dressed(body_sdf(bare), body)
    return _cached_sdf(*_body_key(body))


def collision_sdf(body: Any, radius: float | None = None) -> SDFGrid:
    """The field the cloth collides with: the body with creases of ``radius`` cm (default
    CREASE_RADIUS) filled (cached). A dressed body's slabs are added to its bare body's
    closed field, their creases not closed (a slab reaches under the skin, outfit.py)."""
    bare = getattr(body, "bare", None)
    if bare is not None:
        return _dressed(collision_sdf(bare, radius), body)
    radius = CREASE_RADIUS if radius is None else radius
    if radius <= 0:
        return body_sdf(body)
    return _cached_collision_sdf(*_body_key(body), float(radius))


@lru_cache(maxsize=4)
def _cached_slab_sdf(key: bytes, vertices: bytes, faces: bytes, nv: int, nf: int,
                     origin: bytes, spacing: float, shape: tuple[int, int, int]) -> SDFGrid:
    v = np.frombuffer(vertices, dtype=np.float64).reshape(nv, 3)
    f = np.frombuffer(faces, dtype=np.int64).reshape(nf, 3)
    like = SDFGrid(origin=np.frombuffer(origin, dtype=np.float64), spacing=spacing,
                   values=np.empty(shape))
    return build_sdf(v, f, like=like)


def _dressed(field: SDFGrid, body: Any) -> SDFGrid:
    """``field`` with the slabs of a dressed ``body`` added: the union of the solids, the
    minimum of the slabs' field (built on the same nodes, cached) and ``field``."""
    if body.slab_faces is None or len(body.slab_faces) == 0:
        return field
    slab = SimpleNamespace(vertices=body.slab_vertices, faces=body.slab_faces)
    origin = np.ascontiguousarray(field.origin, dtype=np.float64)
    slabs = _cached_slab_sdf(*_body_key(slab), origin.tobytes(), float(field.spacing),
                             tuple(int(n) for n in field.values.shape))
    return SDFGrid(origin=field.origin, spacing=field.spacing,
                   values=np.minimum(field.values, slabs.values))


def free_hinges(model: ClothModel, assembled) -> None:
    """No bending stiffness across the fold lines of the panels (a lapel's break line, a
    collar's roll line): the turned part is not pulled back flat. The drape presses these
    folds instead (``folds.press_folds``); kept for comparing the two."""
    hinge = fold_hinges(model, assembled)
    if hinge.any():
        model.bend_alpha = np.where(hinge, 1e12, model.bend_alpha)


def forget_bodies() -> None:
    """Drop the fields kept for the last bodies (the next drape of any body builds its own)."""
    _cached_sdf.cache_clear()
    _cached_collision_sdf.cache_clear()
    _cached_slab_sdf.cache_clear()


#: frames a redrape runs at least (a drape from scratch: SolverSettings.min_frames); it then
#: stops as soon as the cloth is at rest by the same rule
REDRAPE_MIN_FRAMES = 5
#: 1/s velocity damping of a redrape (a drape from scratch: 12). The carried-over cloth is
#: near its rest shape and only has to take up the change, which damping of 4 let swing for
#: 50 frames (T-shirt, median man, length +3 cm or chest +2 cm). The settling is a slow,
#: coherent creep (the shape changes by speed x frame time, no jitter), so the speed rule
#: is the shape rule. Frames to rest, length / chest: damping 8: 13 / 37, 10: 10 / 32,
#: 16: 8 / 18, 20: 8 / 16, 22: 7 / 15, 28: 7 / 12; a redrape of the result at damping 4 moved
#: no vertex more than 1.1 mm up to 22 (at rest, not stopped in a creep) but 5 mm at 28 (chest:
#: stopped early), and 10 substeps a frame instead of 20 tripled the stretch.
REDRAPE_DAMPING = 22.0
#: frames of kinetic damping at a redrape's start (``SolverSettings.kinetic_damping_frames``):
#: the carried cloth rings from the start's misfit (p99 speed 55 cm/s in the first substeps
#: after chest +2 cm) while it is near rest, so its velocity is zeroed once that ringing has
#: peaked (after frame 2 in both edits below). The stop rule then still waits
#: REDRAPE_MIN_FRAMES frames after the last possible zeroing, as from the start before.
#: Frames to rest, length +3 cm / chest +2 cm, T-shirt on the median man: 9 / 13 -> 7 / 11;
#: distance to the rest 40 more frames at damping 4 reach (p50 / p99 / max mm): length
#: 0.15 / 3.4 / 5.7 -> 0.25 / 3.9 / 6.0, chest 0.36 / 19.4 / 29.0 -> 0.50 / 19.8 / 29.2
#: (the chest's max is the free front hem creeping forward, as after a drape from scratch)
REDRAPE_KINETIC_FRAMES = 2
#: cm: a redrape whose carried seams gape wider than this closes them smoothly into the
#: pieces before the start (``placement.close_seams``); narrower gaps are left to the weld
#: (length +3 cm: 0.24 cm at the hem, the same 8 frames either way; chest +2 cm: 1.1 cm at
#: the armpit, 14 -> 13 frames with 200 passes, 14 with 40 or 15)
SPREAD_GAP = 0.5
#: candidate old triangles per new vertex when carrying a drape over
CARRY_CANDIDATES = 8


def carry_over(panel_names: Sequence[str], panel_uvs: Sequence[np.ndarray],
               previous: DrapedGarment) -> np.ndarray | None:
    """Start positions (N, 3) for new panels from a previous drape of (nearly) the same
    pattern, through the pattern coordinates: every new vertex goes where its point of the
    pattern (UV cm) lay in the old drape of the same panel, interpolated in the old triangle
    that holds it; a point beyond the old outline (a longer hem) continues the nearest old
    triangle's affine map. The panels are given by name and UV, in the assembled order.
    None when a panel has no counterpart in ``previous`` (another garment)."""
    from scipy.spatial import cKDTree

    old_names = list(previous.piece_names)
    if len(set(panel_names)) != len(panel_names) or any(n not in old_names for n in panel_names):
        return None
    old_uv = np.asarray(previous.uvs, float)
    old_x = np.asarray(previous.vertices, float)
    if old_uv.shape != (len(old_x), 2) or len(previous.piece_of_face) != len(previous.faces):
        return None  # not a whole drape (a file without its pattern coordinates)
    out = []
    for name, uv in zip(panel_names, panel_uvs, strict=True):
        tri = previous.faces[previous.piece_of_face == old_names.index(name)]
        if len(tri) == 0:
            return None
        a, b, c = old_uv[tri[:, 0]], old_uv[tri[:, 1]], old_uv[tri[:, 2]]
        tree = cKDTree((a + b + c) / 3.0)
        # most points lie in the triangle of the nearest centroid; the others look among
        # CARRY_CANDIDATES (the same choice: the one triangle holding a point wins both ways)
        _, near = tree.query(uv, k=1)
        cand = np.asarray(near).reshape(len(uv), 1)
        l0, l1, l2 = _barycentric(uv, a, b, c, cand)
        t = tri[cand[:, 0]]
        w = np.column_stack([l0[:, 0], l1[:, 0], l2[:, 0]])
        out_of = np.flatnonzero(np.minimum(np.minimum(l0, l1), l2)[:, 0] < 0.0)
        k = min(CARRY_CANDIDATES, len(tri))
        if len(out_of) and k > 1:
            _, cand = tree.query(uv[out_of], k=k)
            cand = np.asarray(cand).reshape(len(out_of), k)
            l0, l1, l2 = _barycentric(uv[out_of], a, b, c, cand)
            # the triangle holding the point, else the one it is least outside of
            best = np.argmax(np.minimum(np.minimum(l0, l1), l2), axis=1)
            rows = np.arange(len(out_of))
            t[out_of] = tri[cand[rows, best]]
            w[out_of] = np.column_stack([l0[rows, best], l1[rows, best], l2[rows, best]])
        out.append(np.einsum("nk,nkd->nd", w, old_x[t]))
    return np.concatenate(out) if out else np.zeros((0, 3))


def _barycentric(uv: np.ndarray, a: np.ndarray, b: np.ndarray, c: np.ndarray,
                 cand: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Barycentric coordinates (each (N, K)) of the points ``uv`` (N, 2) in the candidate
    triangles ``cand`` (N, K) of corners ``a``, ``b``, ``c``."""
    e1, e2 = (b - a)[cand], (c - a)[cand]
    r = uv[:, None, :] - a[cand]
    det = e1[..., 0] * e2[..., 1] - e1[..., 1] * e2[..., 0]
    det = np.where(np.abs(det) < 1e-12, 1e-12, det)
    l1 = (r[..., 0] * e2[..., 1] - r[..., 1] * e2[..., 0]) / det
    l2 = (e1[..., 0] * r[..., 1] - e1[..., 1] * r[..., 0]) / det
    return 1.0 - l1 - l2, l1, l2


#: cm: a panel whose pattern coordinates are offset by less than this against the old drape
#: is carried over as it is (``align_to_partners``)
ALIGN_MIN_SHIFT = 0.2


def align_to_partners(panel_uvs: Sequence[np.ndarray], carried: np.ndarray,
                      previous: DrapedGarment, panel_names: Sequence[str],
                      stitches: np.ndarray, offsets: Sequence[int]) -> list[np.ndarray]:
    """The panels' UV shifted so that their seams meet the pieces they are sewn to in the
    old drape. A pattern's origin can move with an edit: a sleeve drafted from its bicep
    line whose cap grows 0.9 cm with the chest lies 0.9 cm further up in UV, so carried by
    its pattern coordinates its cap lands 0.9 cm past the armhole and the weld jerks every
    sleeve seam into place. For every panel, each vertex sewn to another panel is compared
    with where its partner was carried: the old drape's nearest point of this panel there
    gives the UV the vertex should have had; the median of those offsets shifts the panel
    (when at least ALIGN_MIN_SHIFT cm). ``carried`` is ``carry_over``'s result for
    ``panel_uvs``, ``stitches`` global vertex pairs, ``offsets`` the panels' first vertices."""
    from scipy.spatial import cKDTree

    old_names = list(previous.piece_names)
    old_uv = np.asarray(previous.uvs, float)
    old_x = np.asarray(previous.vertices, float)
    st = np.asarray(stitches, np.int64).reshape(-1, 2)
    owner = np.searchsorted(np.asarray(offsets), np.arange(len(carried)), "right") - 1
    both = np.concatenate([st, st[:, ::-1]])
    both = both[owner[both[:, 0]] != owner[both[:, 1]]]  # sewn to another panel
    out = []
    for i, (name, uv) in enumerate(zip(panel_names, panel_uvs, strict=True)):
        mine = both[owner[both[:, 0]] == i]
        if len(mine) < 3:
            out.append(uv)
            continue
        old_faces = previous.faces[previous.piece_of_face == old_names.index(name)]
        old_ids = sorted_unique(old_faces)
        _, k = cKDTree(old_x[old_ids]).query(carried[mine[:, 1]])
        want = old_uv[old_ids[k]] - uv[mine[:, 0] - offsets[i]]
        shift = np.median(want, axis=0)
        out.append(uv + shift if np.linalg.norm(shift) >= ALIGN_MIN_SHIFT else uv)
    return out


def _grain_angles(piece, panel) -> np.ndarray:
    """Grain angle (from UV +Y towards +X) per vertex of a panel; mirrored halves mirror it."""
    phi = grain_angle(piece)
    out = np.full(panel.mesh.n_vertices, phi)
    if panel.copy == "mirrored":
        out[:] = -phi
    elif panel.copy == "full":
        out[panel.mesh.uv[:, 0] < 0] = -phi
    return out


def seam_gap_report(model: ClothModel, labels: Sequence[str] | None = None,
                    piece_names: Sequence[str] | None = None,
                    landmarks: Mapping[str, Any] | None = None,
                    x: np.ndarray | None = None) -> dict:
    """Where the seams are open: the largest gap (cm) of every seam and the worst stitch
    (seam, the two pieces, the point in cm and the nearest body landmark), at positions
    ``x`` (default: the model's)."""
    x = model.x if x is None else x
    gaps = seam_gaps(model, x)
    if len(gaps) == 0:
        return {"seam_gaps_cm": {}, "worst_seam": None}
    labels = list(labels) if labels is not None and len(labels) == len(gaps) \
        else ["stitch"] * len(gaps)
    per_seam: dict[str, float] = {}
    for label, gap in zip(labels, gaps, strict=True):
        per_seam[label] = max(per_seam.get(label, 0.0), float(gap))
    k = int(np.argmax(gaps))
    a, b = (int(i) for i in model.stitches[k])
    names = piece_names or [str(i) for i in range(int(model.piece_of_vertex.max()) + 1)]
    point = 0.5 * (x[a] + x[b])
    worst = {"seam": labels[k], "gap_cm": float(gaps[k]),
             "pieces": [names[int(model.piece_of_vertex[a])],
                        names[int(model.piece_of_vertex[b])]],
             "point_cm": [round(float(c), 2) for c in point]}
    if landmarks:
        dist = {name: float(np.linalg.norm(np.asarray(p, float) - point))
                for name, p in landmarks.items() if np.shape(p) == (3,)}
        if dist:
            near = min(dist, key=dist.get)
            worst["near_landmark"] = near
            worst["landmark_distance_cm"] = round(dist[near], 2)
    return {"seam_gaps_cm": {k_: round(v, 4) for k_, v in
                             sorted(per_seam.items(), key=lambda kv: -kv[1])},
            "worst_seam": worst}


def measure_drape(model: ClothModel, sdf: SDFGrid, piece_names: list[str] | None = None,
                  planned: np.ndarray | None = None, seam_labels: Sequence[str] | None = None,
                  landmarks: Mapping[str, Any] | None = None):
    """Quality figures of a settled cloth: penetration, seam gaps, stretch and tightness.

    ``planned`` is the stretch each piece is drafted to take (per piece id), added to the
    tightness threshold so a knit band stretched onto a neckline does not count as tight.
    ``seam_labels`` (one per stitch) and the body's ``landmarks`` attribute the gaps.
    Returns (figures, warp strain per vertex, weft strain per vertex, distance to skin).
    """
    x = model.x
    d, _ = sdf.query(x)
    strain = edge_strain(model, x)
    stretch = np.clip(strain, 0.0, None)
    gaps = seam_gaps(model, x)
    grain = getattr(model, "grain", None)
    warp_f, weft_f, area = triangle_strain(
        x, model.uv, model.faces, None if grain is None else grain[model.faces[:, 0]])
    n = len(x)
    warp = vertex_average(warp_f, area, model.faces, n)
    weft = vertex_average(weft_f, area, model.faces, n)
    allowed = TIGHT_STRAIN + (np.asarray(planned)[model.piece_of_vertex]
                              if planned is not None else 0.0)
    tight = np.maximum(warp, weft) > allowed
    names = piece_names or [str(i) for i in range(int(model.piece_of_vertex.max()) + 1)]
    tight_pieces = sorted({names[int(model.piece_of_vertex[i])] for i in np.nonzero(tight)[0]})
    max_gap = float(gaps.max()) if len(gaps) else 0.0
    # where the stretch is: cloth hanging free (its own weight stretches a woven ~0.1%, so
    # this is mostly solver error) against cloth on the body (tightness of the pattern)
    e = model.edges
    free = (d[e[:, 0]] > FREE_DISTANCE) & (d[e[:, 1]] > FREE_DISTANCE)
    stretch_split = {
        "mean_free": float(stretch[free].mean()) if np.any(free) else 0.0,
        "mean_on_body": float(stretch[~free].mean()) if np.any(~free) else 0.0,
        "free_fraction": float(np.mean(free)),
        "mean_warp": float(np.clip(warp, 0.0, None).mean()),
        "mean_weft": float(np.clip(weft, 0.0, None).mean()),
    }
    figures = {
        "penetrating_fraction": float(np.mean(d < -PENETRATION_DEPTH)),
        "max_seam_gap_cm": max_gap,
        "mean_strain": float(stretch.mean()),
        "max_strain": float(strain.max()),
        "stretch": stretch_split,
        "tightness": {
            "tight_fraction": float(np.mean(tight)),
            "tight_threshold": TIGHT_STRAIN,
            "max_warp_strain": float(warp.max()),
            "max_weft_strain": float(weft.max()),
            "tight_pieces": tight_pieces,
            "too_small": bool(np.mean(tight) > TOO_SMALL_FRACTION),
        },
        "ease_cm": {"min": float(d.min()), "median": float(np.median(d))},
        **seam_gap_report(model, seam_labels, names, landmarks),
    }
    return figures, warp, weft, d


def _still_moving(model: ClothModel, stats, names: Sequence[str],
                  landmarks: Mapping[str, Any] | None) -> dict:
    """What was still moving at the end (why a run did not come to rest): vertices faster than
    2 cm/s per piece, and the fastest vertex's piece, speed and nearest landmark."""
    speeds = stats.final_speeds
    if speeds is None or len(speeds) == 0:
        return {}
    fast = speeds > 2.0
    per_piece = np.bincount(model.piece_of_vertex[fast], minlength=len(names))
    i = int(np.argmax(speeds))
    out = {"fast_vertices": int(fast.sum()),
           "fast_by_piece": {names[k]: int(c) for k, c in enumerate(per_piece) if c},
           "fastest": {"piece": names[int(model.piece_of_vertex[i])],
                       "speed_cm_s": round(float(speeds[i]), 2),
                       "point_cm": [round(float(c), 2) for c in model.x[i]]}}
    if landmarks:
        dist = {n: float(np.linalg.norm(np.asarray(p, float) - model.x[i]))
                for n, p in landmarks.items() if np.shape(p) == (3,)}
        if dist:
            out["fastest"]["near_landmark"] = min(dist, key=dist.get)
    return out


def drape_garment(
    garment: Garment,
    body: Any,
    fabric: Fabric | str = "cotton_jersey",
    resolution: float = 1.0,
    progress: Callable[[float], None] | None = None,
    cancel: Callable[[], bool] | None = None,
    settings: SolverSettings | None = None,
    previous: DrapedGarment | None = None,
) -> DrapedGarment:
    """Sew ``garment`` onto ``body`` in ``fabric`` at ``resolution`` cm edges and let it settle.

    With ``previous`` (a drape of the same garment before a small change: an option, a
    measurement, the fabric) the cloth starts where it lay then (``carry_over``), pushed out
    of the body, with its seams sewn, and settles from there: a redrape. When the pieces
    do not match (another garment) or ``previous`` had not come to rest, it is draped from
    scratch. The report says which (``"start": "redrape"`` or ``"placed"``).

    Raises InputError for a resolution out of 0.5-3 cm, CancelledError when ``cancel()``
    turns True and DrapeDivergedError when the simulation blows up.
    """
    t0 = time.perf_counter()
    fab = load_fabric(fabric) if isinstance(fabric, str) else fabric

    def report(frac: float) -> None:
        if progress is not None:
            progress(float(min(max(frac, 0.0), 1.0)))

    report(0.0)
    assembled = assemble(garment, resolution)
    report(0.03)
    sdf = body_sdf(body)
    collide = collision_sdf(body)
    report(0.08)
    placements = {p.name: p.placement for p in garment.pieces}
    uv_parts, face_parts, piece_v, piece_f = [], [], [], []
    names = []
    for i, panel in enumerate(assembled.panels):
        off = assembled.offsets[i]
        uv_parts.append(panel.mesh.uv)
        face_parts.append(panel.mesh.faces + off)
        piece_v.append(np.full(panel.mesh.n_vertices, i))
        piece_f.append(np.full(len(panel.mesh.faces), i))
        names.append(f"{panel.piece}" + ("" if panel.copy in ("full", "single", "drafted")
                                         else f" ({panel.copy})"))
    # a drape that did not come to rest (a tangle) is not carried over: it would stay
    carry = previous is not None and previous.report.get("converged", True) is not False
    x0 = carry_over(names, uv_parts, previous) if carry else None
    redrape = x0 is not None
    if redrape:  # seams that would start torn apart: a piece that moved in its pattern
        # coordinates is moved back; the seams still open are closed smoothly into the pieces
        # (chest +2 cm: the sleeves 0.9 cm, the side seams open 1.1 cm at the armpit; 16 -> 13
        # frames to rest, median man's T-shirt)
        aligned = align_to_partners(uv_parts, x0, previous, names, assembled.stitches,
                                    assembled.offsets)
        moved = [i for i, (a, u) in enumerate(zip(aligned, uv_parts, strict=True))
                 if a is not u]
        if moved:  # carried again: only the panels that moved
            again = carry_over([names[i] for i in moved], [aligned[i] for i in moved],
                               previous)
            off = assembled.offsets
            at = np.concatenate([np.arange(off[i], off[i + 1]) for i in moved])
            x0[at] = again
        st = assembled.stitches
        if len(st) and np.linalg.norm(x0[st[:, 0]] - x0[st[:, 1]], axis=1).max() > SPREAD_GAP:
            x0 = close_seams(x0, assembled)
    if redrape:  # out of the (new) body to where the solver keeps the cloth
        x0 = push_out(x0, collide, contact_thickness(fab, settings))
        settings = settings or SolverSettings(stitch_frames=0,
                                              min_frames=REDRAPE_MIN_FRAMES
                                              + REDRAPE_KINETIC_FRAMES,
                                              damping=REDRAPE_DAMPING,
                                              kinetic_damping_frames=REDRAPE_KINETIC_FRAMES)
    else:
        x0 = place(assembled, placements, body.vertices, body.landmarks, sdf)
    uv = np.concatenate(uv_parts)
    grain = np.concatenate([_grain_angles(garment.piece(p.piece), p) for p in assembled.panels])
    faces = np.concatenate(face_parts)
    piece_of_vertex = np.concatenate(piece_v)
    boundary = [np.column_stack([p.mesh.boundary, np.roll(p.mesh.boundary, -1)])
                + assembled.offsets[i] for i, p in enumerate(assembled.panels)]
    model = build_model(uv, x0, faces, piece_of_vertex, assembled.stitches, fab,
                        extra_edges=np.concatenate(boundary), grain=grain)
    model.grain = grain
    # the layers on the draped pieces (fusings, a top collar, a facing) stiffen them
    fuse(model, assembled, garment, fab)
    # a tailor presses the lapel's break line and the collar's roll line: they keep the fold
    # the placement laid them in (issue 19); a garment without fold lines has nothing to press
    # (and the neck-seam search costs 0.2-0.4 s on a T-shirt)
    if any(p.folds for p in assembled.panels):
        press_folds(model, assembled)
    # waistbands hold skirts and trousers up (GarmentCode's attachment constraints)
    held = [i for i, p in enumerate(assembled.panels)
            if getattr(placements.get(p.piece), "segment", "") == "waist"
            and getattr(placements.get(p.piece), "wrap", False)]
    model.attached = np.nonzero(np.isin(piece_of_vertex, held))[0]
    report(0.1)

    def sim_progress(frac: float) -> None:
        report(0.1 + 0.85 * frac)

    stats = simulate(model, collide, fab, settings, progress=sim_progress, cancel=cancel)
    x = model.x
    quality, warp, weft, d = measure_drape(model, sdf, names, assembled.planned_stretch,
                                           assembled.stitch_seam, body.landmarks)
    rep = {
        "seconds": round(time.perf_counter() - t0, 3),
        "simulation_seconds": round(stats.seconds, 3),
        "vertices": int(len(x)),
        "faces": int(len(faces)),
        "substeps": int(stats.substeps),
        "substeps_per_frame": substeps_for(fab, settings),  # once sewn (drawing: fewer)
        "frames": int(stats.frames),
        "converged": bool(stats.converged),
        "final_max_speed_cm_s": round(float(stats.final_speed), 3),
        **quality,
        "resolution_cm": float(resolution),
        "fabric": fab.name,
        "start": "redrape" if redrape else "placed",
        "still_moving": _still_moving(model, stats, names, body.landmarks),
        # how far the seams were from closed when the drawing phase ended (then welded):
        # large gaps here mean a seam could not be drawn together (placement, tangles)
        "sewing": {"frames": stats.sewing_frames,
                   **seam_gap_report(model, assembled.stitch_seam, names, body.landmarks,
                                     stats.sewn_x)},
    }
    report(1.0)
    return DrapedGarment(vertices=x, faces=faces, uvs=uv,
                         piece_of_face=np.concatenate(piece_f), piece_names=tuple(names),
                         strain_warp=warp, strain_weft=weft, ease=d, report=rep)

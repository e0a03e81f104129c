"""Pressed folds: the bending hinges along a panel's fold lines (a lapel's break line, a
collar's roll line) keep the fold the placement laid them in.

The isometric bending of the solver has a flat rest shape, so a turned-over part (the
collar's fall, a lapel) springs back towards flat as the seams are drawn in; a tailor
presses (and pad-stitches) that fold. ``press_folds`` gives the hinges across those lines the
rest bend they have in the placed cloth (``solver.press_hinges``), at PRESS_STIFFNESS times
the fabric's bending stiffness. Call it on a model built from the placed positions, instead
of leaving the hinges free (``drape.free_hinges``).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .solver import ClothModel, press_hinges

FOLD_BAND = 0.75  # edge lengths either side of a fold line whose hinges are pressed
#: bending stiffness of a pressed fold, times the fabric's: a tailored collar and lapel are
#: pressed over canvas and fusing. At the fabric's own stiffness the jacket's folds opened to
#: ~110 degrees as the seams were drawn in (median man); 30 kept 91% of the placed bend and
#: laid more of the fall below the stand than 1 or 100 (issue-19fold note)
PRESS_STIFFNESS = 30.0


def fold_hinges(model: ClothModel, assembled: Any, band: float = FOLD_BAND) -> np.ndarray:
    """Bool per bending hinge of ``model``: both vertices of its edge lie within ``band``
    edge lengths (UV) of a fold line of their panel (``Panel.folds``)."""
    near = np.zeros(len(model.x), bool)
    for i, panel in enumerate(assembled.panels):
        if not panel.folds:
            continue
        lo, hi = assembled.offsets[i], assembled.offsets[i + 1]
        uv = panel.mesh.uv
        for a, b in panel.folds:
            a, b = np.asarray(a, float), np.asarray(b, float)
            d = b - a
            t = np.clip(((uv - a) @ d) / float(d @ d), 0.0, 1.0)
            dist = np.linalg.norm(uv - (a + t[:, None] * d), axis=1)
            near[lo:hi] |= dist < band * model.edge_length
    if not len(model.bend_quads):
        return np.zeros(0, bool)
    return near[model.bend_quads[:, 0]] & near[model.bend_quads[:, 1]]


def press_folds(model: ClothModel, assembled: Any) -> int:
    """Press the fold lines of ``assembled``'s panels into ``model`` as it lies now (the
    placed cloth): their hinges get that bend as rest shape. Returns the number pressed."""
    hinges = fold_hinges(model, assembled)
    if hinges.any():
        press_hinges(model, hinges, PRESS_STIFFNESS)
    return int(hinges.sum())


ON_STAND_CM = 1.0  # a point of a fall within this of the cloth under it lies on it
FOLD_MARGIN_CM = 0.5  # points of a fall nearer its roll line than this are the fold itself


def _partner(assembled) -> np.ndarray:
    partner = np.full(int(assembled.offsets[-1]), -1)
    st = assembled.stitches
    partner[st[:, 0]] = st[:, 1]
    partner[st[:, 1]] = st[:, 0]
    return partner


def closest_on_faces(x: np.ndarray, faces: np.ndarray, points: np.ndarray,
                     k: int = 16) -> tuple[np.ndarray, np.ndarray]:
    """Closest point on the triangles ``faces`` of ``x`` to each of ``points`` (among the
    ``k`` triangles with the nearest centroids) and its distance."""
    from scipy.spatial import cKDTree

    from .sdf import _closest_on_triangle

    _, cand = cKDTree(x[faces].mean(axis=1)).query(points, k=min(k, len(faces)))
    best = np.empty_like(points)
    dist = np.full(len(points), np.inf)
    for n, p in enumerate(points):
        for t in np.atleast_1d(cand[n]):
            a, b, c = x[faces[t]]
            q = np.array(_closest_on_triangle(p[0], p[1], p[2], a, b, c))
            dq = float(np.linalg.norm(q - p))
            if dq < dist[n]:
                dist[n], best[n] = dq, q
    return best, dist


def collar_figures(assembled: Any, x: np.ndarray, sdf: Any,
                   collar: str = "under_collar") -> dict:
    """How the turned-down fall of the ``collar`` panels lies at cloth positions ``x``
    (N, 3) of ``assembled`` (``sdf``: the body's distance field):

    - ``fall_on_stand``: share of the fall (beyond the roll line, more than FOLD_MARGIN_CM
      from it) within ON_STAND_CM of the cloth under it (the collar's stand, the body
      pieces round the neck seam) and outside it (further from the skin);
    - ``fall_inside_stand``: share of the fall nearer the skin than the cloth nearest it;
    - ``fall_p90_off_cm``, ``fall_max_off_cm``: the fall's distance from that cloth;
    - ``fall_compressed``: share of the fall's mesh edges under 80% of their length (a
      crumpled fall);
    - ``stand_height_cb_cm``: per panel, how high the roll line stands above the neck seam
      at the centre back (vertical rise; drafted as the stand's height)."""
    from .mesher import mesh_edges
    from .placement import turned_over

    partner = _partner(assembled)
    off = assembled.offsets
    collars = [i for i, p in enumerate(assembled.panels) if p.piece == collar]
    # the cloth a fall can lie on: every collar's stand and the body pieces round the neck
    under_faces = []
    fall_ids, fall_turned = [], []
    stand_height = []
    compressed = []
    for i in collars:
        p = assembled.panels[i]
        lo, hi = off[i], off[i + 1]
        turned, _, dist = turned_over(p, partner[lo:hi] >= 0)
        f = p.mesh.faces
        stand_f = f[~turned[f].any(axis=1)] + lo
        under_faces.append(stand_f)
        far = np.nonzero(turned & (dist > FOLD_MARGIN_CM))[0] + lo
        fall_ids.append(far)
        fall_turned.append(np.nonzero(turned)[0] + lo)
        e = mesh_edges(f)
        fe = e[turned[e].all(axis=1)]
        rest = np.linalg.norm(p.mesh.uv[fe[:, 0]] - p.mesh.uv[fe[:, 1]], axis=1)
        now = np.linalg.norm(x[fe[:, 0] + lo] - x[fe[:, 1] + lo], axis=1)
        compressed.append(now < 0.8 * rest)
        # centre back: the stand's vertices on u = 0, from the neck seam up to the roll line
        uv = p.mesh.uv
        cb = np.nonzero((np.abs(uv[:, 0]) < 0.05) & ~turned)[0]
        if len(cb) >= 2:
            seam = cb[np.argmin(uv[cb, 1])]
            top = cb[np.argmax(uv[cb, 1])]
            stand_height.append(float(x[top + lo, 1] - x[seam + lo, 1]))
    neck_seam = np.zeros(len(x), bool)
    for i in collars:
        lo, hi = off[i], off[i + 1]
        ids = np.arange(lo, hi)
        sewn = ids[partner[ids] >= 0]
        neck_seam[partner[sewn]] = True
    seam_pts = x[neck_seam]
    for j, p in enumerate(assembled.panels):
        if p.piece in ("front", "back", "side_body"):
            lo = off[j]
            f = p.mesh.faces + lo
            near = np.min(np.linalg.norm(x[f[:, 0], None, :] - seam_pts[None, ::4, :], axis=2),
                          axis=1) < 12.0
            under_faces.append(f[near])
    faces = np.concatenate(under_faces)
    falls = np.concatenate(fall_ids)
    closest, off_cm = closest_on_faces(x, faces, x[falls])
    d_fall, _ = sdf.query(x[falls])
    d_under, _ = sdf.query(closest)
    outside = d_fall >= d_under - 0.05
    on = (off_cm <= ON_STAND_CM) & outside
    comp = np.concatenate(compressed)
    return {
        "fall_vertices": int(len(falls)),
        "fall_on_stand": round(float(on.mean()), 4),
        "fall_inside_stand": round(float(np.mean(~outside)), 4),
        "fall_p90_off_cm": round(float(np.percentile(off_cm, 90)), 3),
        "fall_max_off_cm": round(float(off_cm.max()), 3),
        "fall_compressed": round(float(comp.mean()), 4),
        "stand_height_cb_cm": [round(h, 2) for h in stand_height],
    }

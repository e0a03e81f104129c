"""Pressed folds: the bending hinges along a panel's fold lines (a lapel's break line, a
collar's roll line) keep the fold the placement laid them in.

The isometric bending of the solver has a flat rest shape, so a turned-over part (the
collar's fall, a lapel) springs back towards flat as the seams are drawn in; a tailor
presses (and pad-stitches) that fold. ``press_folds`` gives the hinges across those lines the
rest bend they have in the placed cloth (``solver.press_hinges``), at PRESS_STIFFNESS times
the fabric's bending stiffness. Call it on a model built from the placed positions, instead
of leaving the hinges free (``drape.free_hinges``). A tailored collar's neck seam is pressed
the same way: ``seam_hinges`` adds hinges across it (the solver bends nothing across a seam)
and ``press_folds`` presses them with the folds, and holds a collar's roll line in as its stay
tape does (``tape_roll_lines``). Fold lines may bend (a collar's roll line at the side neck).
``collar_figures`` measures how a collar's fall lies on its stand and whether it is creased
(benchmarks/jacket_collar.py, tests).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .assemble import fold_distance
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
        for fold in panel.folds:
            near[lo:hi] |= fold_distance(fold, uv) < band * model.edge_length
    if not len(model.bend_quads):
        return np.zeros(0, bool)
    return near[model.bend_quads[:, 0]] & near[model.bend_quads[:, 1]]


def press_folds(model: ClothModel, assembled: Any) -> int:
    """Press the fold lines of ``assembled``'s panels into ``model`` as it lies now (the
    placed cloth): their hinges get that bend as rest shape; and the neck seams of the
    collars with a roll line (``seam_hinges``); and tape the collars' roll lines
    (``tape_roll_lines``). Returns the number of hinges pressed."""
    n_seam = add_seam_hinges(model, assembled)
    hinges = fold_hinges(model, assembled)
    if n_seam:
        hinges[-n_seam:] = True
    if hinges.any():
        press_hinges(model, hinges, PRESS_STIFFNESS)
    tape_roll_lines(model, assembled)
    return int(hinges.sum())


#: share by which a collar's roll line is held in by its stay tape: the tailor tapes (or
#: shrinks with the iron) the roll line so the stand hugs the neck. Untaped, the stand
#: leaned back off the neck (its top 2.3 cm off the skin at the centre back, median man)
#: and rose 1.8-2.6 cm of the drafted 3 at the centre back of six ANSUR II bodies (median,
#: 5th and 95th percentile stature man and woman); held in by 8%: 2.4-2.9, all at rest
#: (51-81 frames), the collar no more creased (issue-19collar note)
ROLL_TAPE = 0.08


def tape_roll_lines(model: ClothModel, assembled: Any, tape: float = ROLL_TAPE) -> int:
    """Shorten the rest length of the mesh edges along the roll line of every collar (a
    panel sewn at the neck with a fold line) by ``tape``, as the stay tape holding it in
    does. Returns the number of edges taped."""
    taped = np.zeros(len(model.edges), bool)
    for i, panel in enumerate(assembled.panels):
        if not panel.folds or panel.segment != "neck":
            continue
        lo, hi = assembled.offsets[i], assembled.offsets[i + 1]
        on = np.zeros(len(model.x), bool)
        for fold in panel.folds:
            on[lo:hi] |= fold_distance(fold, panel.mesh.uv) < 1e-6
        taped |= on[model.edges[:, 0]] & on[model.edges[:, 1]]
    model.edge_rest[taped] *= 1.0 - tape
    return int(taped.sum())


def seam_hinges(assembled: Any) -> tuple[np.ndarray, np.ndarray]:
    """Bending hinges across the neck seam of every collar panel (segment 'neck') with a
    fold line (a tailored collar's roll line): quads (H, 4) of global vertices (the
    collar's two seam vertices, the third vertex of its triangle on that edge, the third
    vertex of the sewn piece's triangle on the partner edge) and their rest UV (H, 4, 2),
    the two triangles unfolded flat across the seam.

    The solver carries no bending across a seam, so a collar's stand turned freely about
    the neck seam and lay down outwards (0.8 cm high at the centre back of the median man
    instead of 3); pressed, the seam keeps the angle it was placed at, as a tailor's
    pressed and stayed neck seam does."""
    off = assembled.offsets
    st = assembled.stitches
    partner = _partner(assembled)
    owner = np.searchsorted(off, np.arange(int(off[-1])), "right") - 1
    # every directed triangle edge of every panel -> its third vertex (global ids)
    third: dict[tuple[int, int], int] = {}
    for i, p in enumerate(assembled.panels):
        f = p.mesh.faces + off[i]
        for a_, b_, c_ in ((0, 1, 2), (1, 2, 0), (2, 0, 1)):
            for u, v, w in zip(f[:, a_], f[:, b_], f[:, c_], strict=True):
                third[(int(u), int(v))] = int(w)
    uv = np.concatenate([p.mesh.uv for p in assembled.panels])
    quads, rest = [], []
    for i, p in enumerate(assembled.panels):
        if not p.folds or p.segment != "neck" or len(st) == 0:
            continue
        lo = off[i]
        f = p.mesh.faces + lo
        for a_, b_, c_ in ((0, 1, 2), (1, 2, 0), (2, 0, 1)):
            for a, b, c in zip(f[:, a_], f[:, b_], f[:, c_], strict=True):
                pa, pb = partner[a], partner[b]
                if pa < 0 or pb < 0 or (int(b), int(a)) in third:
                    continue  # not a boundary edge sewn on both ends
                j = owner[pa]
                if owner[pb] != j or assembled.panels[j].piece == p.piece:
                    continue  # sewn to another piece, along one edge of it
                d = third.get((int(pb), int(pa)), third.get((int(pa), int(pb))))
                if d is None:
                    continue
                # unfold the partner's triangle onto the collar's UV across edge a-b
                e_c = uv[b] - uv[a]
                e_p = uv[pb] - uv[pa]
                ang = np.arctan2(e_c[1], e_c[0]) - np.arctan2(e_p[1], e_p[0])
                rot = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]])
                q = uv[a] + rot @ (uv[d] - uv[pa])
                side_c = e_c[0] * (uv[c] - uv[a])[1] - e_c[1] * (uv[c] - uv[a])[0]
                side_d = e_c[0] * (q - uv[a])[1] - e_c[1] * (q - uv[a])[0]
                if side_c * side_d >= 0:  # the partner's cloth must lie across the seam
                    continue
                quads.append((int(a), int(b), int(c), int(d)))
                rest.append((uv[a], uv[b], uv[c], q))
    if not quads:
        return np.zeros((0, 4), np.int64), np.zeros((0, 4, 2))
    return np.array(quads, np.int64), np.array(rest, float)


def add_seam_hinges(model: ClothModel, assembled: Any) -> int:
    """Add ``seam_hinges`` to ``model``'s bending hinges (at the bending stiffness of the
    stiffer piece they join, flat at rest until pressed); returns how many, appended at the
    end."""
    quads, rest = seam_hinges(assembled)
    if not len(quads):
        return 0
    from .solver import bending_stencils

    n = len(quads)
    local = np.arange(4 * n).reshape(n, 4)
    faces = np.concatenate([local[:, [0, 1, 2]], local[:, [1, 0, 3]]])
    q_loc, k, area = bending_stencils(faces, rest.reshape(-1, 2))
    order = np.argsort(q_loc[:, 0] // 4)  # one hinge per seam quad, in quad order
    q_loc, k, area = q_loc[order], k[order], area[order]
    glob = quads.reshape(-1)[q_loc]
    # at the bending stiffness of the stiffer of the two pieces it joins (their own hinges'
    # median): a fused collar's pressed neck seam is as stiff as the fused collar
    # (``fusing.fuse``); at the cloth's softest the fused collar turned outwards about it
    # (stand 0.5 cm at the back neck of the 187 cm man of the sweep)
    alpha = np.full(n, float(np.max(model.bend_alpha)) if len(model.bend_alpha) else 1.0)
    if len(model.bend_alpha):
        piece = model.piece_of_vertex
        own = piece[model.bend_quads[:, 0]]
        for side in (0, 3):
            for p in np.unique(piece[quads[:, side]]):
                hinges = model.bend_alpha[own == p]
                if len(hinges):
                    at = piece[quads[:, side]] == p
                    alpha[at] = np.minimum(alpha[at], float(np.median(hinges)))
    model.bend_quads = np.concatenate([model.bend_quads, glob])
    model.bend_k = np.concatenate([model.bend_k, k])
    model.bend_scale = np.concatenate([model.bend_scale, np.sqrt(3.0 / np.maximum(area, 1e-12))])
    model.bend_alpha = np.concatenate([model.bend_alpha, alpha])
    rest_bend = model.bend_rest if len(model.bend_rest) == len(model.bend_quads) - n \
        else np.zeros(len(model.bend_quads) - n)
    model.bend_rest = np.concatenate([rest_bend, np.zeros(n)])
    return n


ON_STAND_CM = 1.0  # a point of a fall within this of the cloth under it lies on it
FOLD_MARGIN_CM = 0.5  # points of a fall nearer its roll line than this are the fold itself
CREASE_DEG = 45.0  # a collar edge whose two triangles meet at more than this is creased
CREASE_MARGIN_CM = 1.0  # edges nearer the roll line (UV) than this are the roll itself


def dihedral_angles(x: np.ndarray, faces: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """The interior edges (E, 2) of the triangle mesh ``faces`` on positions ``x`` and the
    angle (degrees) between the normals of the two triangles on each (0: flat)."""
    f = np.asarray(faces, np.int64)
    n = np.cross(x[f[:, 1]] - x[f[:, 0]], x[f[:, 2]] - x[f[:, 0]])
    n /= np.maximum(np.linalg.norm(n, axis=1), 1e-12)[:, None]
    e = np.concatenate([f[:, [0, 1]], f[:, [1, 2]], f[:, [2, 0]]])
    e.sort(axis=1)
    owner = np.tile(np.arange(len(f)), 3)
    key = e[:, 0] * (int(e.max()) + 1) + e[:, 1]
    order = np.argsort(key, kind="stable")
    key, owner, e = key[order], owner[order], e[order]
    pair = np.nonzero(key[1:] == key[:-1])[0]  # an interior edge: two triangles
    cos = np.einsum("ij,ij->i", n[owner[pair]], n[owner[pair + 1]])
    return e[pair], np.degrees(np.arccos(np.clip(cos, -1.0, 1.0)))


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
      at the centre back (vertical rise; drafted as the stand's height);
    - ``collar_creased``: share of the collar's mesh edges more than CREASE_MARGIN_CM (UV)
      from its roll line whose two triangles meet at more than CREASE_DEG (a crumpled or
      buckled collar, stand or fall: the fall turning round the side neck at the seam).

    When there is no fall to measure (no ``collar`` panel, or its panels have no roll line:
    the spring 2.5 cm collar of the median man lost it in ``assemble.fold_lines``) the fall
    figures are None, ``fall_vertices`` 0 and ``no_fall`` says why."""
    from .mesher import mesh_edges
    from .placement import turned_over

    partner = _partner(assembled)
    off = assembled.offsets
    collars = [i for i, p in enumerate(assembled.panels) if p.piece == collar]
    unrolled = [f"{assembled.panels[i].piece} ({assembled.panels[i].copy})" for i in collars
                if not assembled.panels[i].folds]
    if not collars or unrolled:
        why = (f"no panel {collar!r}" if not collars else
               "no roll line (fold) in " + ", ".join(unrolled))
        return {"fall_vertices": 0, "no_fall": why,
                **dict.fromkeys(("fall_on_stand", "fall_inside_stand", "fall_p90_off_cm",
                                 "fall_max_off_cm", "fall_compressed", "collar_creased")),
                "stand_height_cb_cm": []}
    # the cloth a fall can lie on: every collar's stand and the body pieces round the neck
    under_faces = []
    fall_ids, fall_turned = [], []
    stand_height = []
    compressed = []
    creased = []
    for i in collars:
        p = assembled.panels[i]
        lo, hi = off[i], off[i + 1]
        turned, _, dist = turned_over(p, partner[lo:hi] >= 0)
        ce, ang = dihedral_angles(x[lo:hi], p.mesh.faces)
        mid = 0.5 * (p.mesh.uv[ce[:, 0]] + p.mesh.uv[ce[:, 1]])
        off_roll = np.min([fold_distance(fold, mid) for fold in p.folds], axis=0) \
            > CREASE_MARGIN_CM
        creased.append(ang[off_roll] > CREASE_DEG)
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
    if not len(falls):
        return {"fall_vertices": 0, "no_fall": f"no vertex of {collar!r} beyond its roll line",
                **dict.fromkeys(("fall_on_stand", "fall_inside_stand", "fall_p90_off_cm",
                                 "fall_max_off_cm", "fall_compressed")),
                "collar_creased": round(float(np.concatenate(creased).mean()), 4),
                "stand_height_cb_cm": [round(h, 2) for h in stand_height]}
    closest, off_cm = closest_on_faces(x, faces, x[falls])
    d_fall, _ = sdf.query(x[falls])
    d_under, _ = sdf.query(closest)
    outside = d_fall >= d_under - 0.05
    on = (off_cm <= ON_STAND_CM) & outside
    comp = np.concatenate(compressed)
    return {
        "collar_creased": round(float(np.concatenate(creased).mean()), 4),
        "fall_vertices": int(len(falls)),
        "fall_on_stand": round(float(on.mean()), 4),
        "fall_inside_stand": round(float(np.mean(~outside)), 4),
        "fall_p90_off_cm": round(float(np.percentile(off_cm, 90)), 3),
        "fall_max_off_cm": round(float(off_cm.max()), 3),
        "fall_compressed": round(float(comp.mean()), 4),
        "stand_height_cb_cm": [round(h, 2) for h in stand_height],
    }

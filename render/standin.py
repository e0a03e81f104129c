"""A stand-in mannequin and a draped tube 'T-shirt' built from a few girths.

Used by the render tests and benchmark, and by ``mtm render --demo``: shapes with the real
conventions (cm, Y up, facing +Z, feet on Y = 0), pattern UVs in cm, and strain and ease that
follow from the geometry (the tube is tight where the body is wider than the tube's cut
circumference), so a fit map has a known right answer.
"""

from __future__ import annotations

import numpy as np

from mtm.render.meshes import BodyMesh, GarmentMesh


def _ellipse_a(perimeter: np.ndarray, k: np.ndarray) -> np.ndarray:
    """Semi-axis ``a`` of an ellipse with semi-axes (a, k*a) and the given perimeter
    (Ramanujan's approximation)."""
    return perimeter / (np.pi * (3 * (1 + k) - np.sqrt((3 + k) * (1 + 3 * k))))


def _grid_faces(n_rows: int, n_cols: int, wrap: bool) -> np.ndarray:
    """Two triangles per quad of an (n_rows, n_cols) vertex grid; columns wrap if ``wrap``."""
    r, c = np.meshgrid(np.arange(n_rows - 1), np.arange(n_cols if wrap else n_cols - 1),
                       indexing="ij")
    r, c = r.ravel(), c.ravel()
    c1 = (c + 1) % n_cols
    a, b = r * n_cols + c, r * n_cols + c1
    d, e = (r + 1) * n_cols + c, (r + 1) * n_cols + c1
    return np.concatenate([np.stack([a, d, b], 1), np.stack([b, d, e], 1)])


def _sweep(centers: np.ndarray, a: np.ndarray, b: np.ndarray, n_theta: int,
           tilt_deg: float = 0.0) -> tuple[np.ndarray, np.ndarray]:
    """A closed-ring surface: elliptical sections (semi-axes a along X, b along Z) at the
    given centres stacked along Y, optionally tilted about Z around the first centre."""
    theta = np.linspace(0, 2 * np.pi, n_theta, endpoint=False)
    ring = np.stack([np.cos(theta), np.zeros_like(theta), -np.sin(theta)], 1)
    v = centers[:, None, :] + ring[None] * np.stack([a, np.ones_like(a), b], 1)[:, None, :]
    v = v.reshape(-1, 3)
    if tilt_deg:
        t = np.radians(tilt_deg)
        rot = np.array([[np.cos(t), -np.sin(t), 0], [np.sin(t), np.cos(t), 0], [0, 0, 1]])
        v = (v - centers[0]) @ rot.T + centers[0]
    return v, _grid_faces(len(centers), n_theta, wrap=True)[:, [0, 2, 1]]  # outward


def _merge(parts: list[tuple[np.ndarray, np.ndarray]]) -> tuple[np.ndarray, np.ndarray]:
    verts, faces, offset = [], [], 0
    for v, f in parts:
        verts.append(v)
        faces.append(f + offset)
        offset += len(v)
    return np.concatenate(verts), np.concatenate(faces)


# Torso profile: height (cm) -> girth (cm) and depth/width ratio, for a median-ish woman.
_TORSO = np.array([
    # y,     girth, depth/width
    [78.0,   88.0, 0.78],
    [86.0,  100.0, 0.80],  # hip
    [96.0,   90.0, 0.76],
    [104.0,  76.0, 0.74],  # waist
    [114.0,  84.0, 0.70],
    [124.0,  94.0, 0.68],  # chest
    [134.0,  92.0, 0.60],
    [140.0,  84.0, 0.55],  # shoulders
    [145.0,  50.0, 0.80],
    [150.0,  36.0, 0.95],  # neck
])


def torso_section(y: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Girth (cm) and depth/width ratio of the stand-in torso at heights ``y``."""
    girth = np.interp(y, _TORSO[:, 0], _TORSO[:, 1])
    ratio = np.interp(y, _TORSO[:, 0], _TORSO[:, 2])
    return girth, ratio


def standin_body(n_theta: int = 64) -> BodyMesh:
    """A smooth mannequin about 168 cm tall: legs, torso, A-pose arms, neck and head."""
    parts = []
    ys = np.linspace(70.0, 158.0, 70)
    girth, ratio = torso_section(np.clip(ys, _TORSO[0, 0], 150.0))
    a = _ellipse_a(girth, ratio)
    # close the top of the neck and the crotch with rounded caps
    top = np.sqrt(np.clip(1 - ((ys - 150.0) / 8.0) ** 2, 0, 1))
    bottom = np.sqrt(np.clip(1 - ((_TORSO[0, 0] - ys) / 8.0) ** 2, 0, 1))
    a = np.where(ys > 150.0, a * top, np.where(ys < _TORSO[0, 0], a * bottom, a))
    b = a * ratio
    centers = np.stack([np.zeros_like(ys), ys, np.zeros_like(ys)], 1)
    parts.append(_sweep(centers, a, b, n_theta))
    # legs: from the floor (closed at the sole) up into the hips
    ly = np.linspace(0.0, 84.0, 50)
    lr = np.interp(ly, [0, 1.5, 8, 12, 30, 45, 50, 70, 84], [0, 4.0, 4.2, 3.6, 5.6, 5.0, 6.0,
                                                             8.2, 9.0])
    for side in (-1, 1):
        c = np.stack([side * np.interp(ly, [0, 84], [9.0, 9.5]), ly, np.zeros_like(ly)], 1)
        parts.append(_sweep(c, lr, lr * 1.05, n_theta // 2))
    # arms: hanging from the shoulders, tilted outwards (A-pose), closed at the hand
    t = np.linspace(0.0, 1.0, 40)
    ar = np.interp(t, [0, 0.05, 0.2, 0.45, 0.55, 0.88, 0.97, 1.0],
                   [0, 4.6, 4.7, 3.8, 3.9, 2.6, 2.4, 0])
    for side in (-1, 1):
        top = np.array([side * 17.0, 140.0, 0.0])
        c = top + np.stack([np.zeros_like(t), -60.0 * t, np.zeros_like(t)], 1)
        parts.append(_sweep(c, ar, ar * 0.9, n_theta // 2, tilt_deg=side * 12.0))
    # head: an ellipsoid on the neck
    hy = np.linspace(152.0, 172.0, 30)
    hr = 8.0 * np.sqrt(np.clip(1 - ((hy - 162.0) / 10.0) ** 2, 0, 1))
    c = np.stack([np.zeros_like(hy), hy, np.full_like(hy, 1.0)], 1)
    parts.append(_sweep(c, hr, hr * 1.12, n_theta))
    # a nose, so the face shows which way the figure looks (+Z)
    ny = np.linspace(157.5, 163.5, 10)
    nr = 1.1 * np.sqrt(np.clip(1 - ((ny - 160.5) / 3.0) ** 2, 0, 1))
    c = np.stack([np.zeros_like(ny), ny, np.full_like(ny, 9.6)], 1)
    parts.append(_sweep(c, nr, nr * 1.2, 12))
    v, f = _merge(parts)
    return BodyMesh(v, f)


def standin_garment(cut_girth: float = 86.0, *, y_range: tuple[float, float] = (82.0, 142.0),
                    n_around: int = 300, n_up: int = 51, min_gap: float = 0.3) -> GarmentMesh:
    """A tube garment with a front and a back piece (side seams at X = +-width), cut to
    ``cut_girth`` cm, on the stand-in torso: stretched (strain > 0, no ease) where the body is
    wider than the cut, hanging in soft folds (ease > 0) where it is narrower.
    ``n_around * n_up * 2`` is about the triangle count (default ~30k)."""
    ys = np.linspace(y_range[0], y_range[1], n_up)
    girth, ratio = torso_section(ys)
    worn = np.maximum(girth + 2 * np.pi * min_gap, cut_girth)  # girth of the worn tube
    strain_row = np.maximum(worn / cut_girth - 1.0, 0.0)
    ease_row = (worn - girth) / (2 * np.pi)
    half = n_around // 2
    verts, faces, uvs, strain, ease, piece = [], [], [], [], [], []
    offset = 0
    for pid, (t0, t1) in enumerate(((-np.pi / 2, np.pi / 2), (np.pi / 2, 3 * np.pi / 2))):
        theta = np.linspace(t0, t1, half + 1)  # front: -90..90 deg around +Z; back: the rest
        # folds where there is ease, as a sideways wave growing with the gap
        fold = 0.35 * np.minimum(ease_row, 3.0)[:, None] * np.sin(10 * theta)[None, :] ** 2
        a = _ellipse_a(worn, ratio)[:, None] + fold
        b = a * ratio[:, None]
        x = a * np.sin(theta)[None, :]
        z = b * np.cos(theta)[None, :]
        y = np.broadcast_to(ys[:, None], x.shape)
        verts.append(np.stack([x, y, z], -1).reshape(-1, 3))
        # pattern coordinates: U across the piece (cm of cut fabric), V = height (grain up);
        # each piece's own 2D frame, centre front / centre back at U = 0
        u = (theta - (t0 + t1) / 2) / (2 * np.pi) * cut_girth
        if pid == 1:
            u = -u  # the back piece is seen from its right side too
        uvs.append(np.stack(np.broadcast_arrays(u[None, :], ys[:, None]), -1).reshape(-1, 2))
        strain.append(np.repeat(strain_row, half + 1))
        ease.append(np.repeat(ease_row, half + 1))
        f = _grid_faces(n_up, half + 1, wrap=False)
        faces.append(f[:, [0, 2, 1]] + offset)  # theta runs clockwise seen from above here
        piece.append(np.full(len(f), pid))
        offset += (half + 1) * n_up
    return GarmentMesh(
        vertices=np.concatenate(verts), faces=np.concatenate(faces), uvs=np.concatenate(uvs),
        strain=np.concatenate(strain), ease=np.concatenate(ease), piece=np.concatenate(piece),
    )

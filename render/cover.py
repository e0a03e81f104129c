"""Render-time tuck: the body is drawn a little under the cloth wherever the cloth covers it.

The drape keeps the cloth outside the body within a couple of millimetres, but cloth is
drawn as a surface with no thickness over flat triangles (3 cm ones in the studio's quick
drape), so skin shows through where the body curves out between cloth vertices (bust,
shoulder tips) or sits within a hair of the cloth. Only for pictures, every body vertex that
the cloth covers is moved inward along its normal until it lies ``margin`` under the cloth.
Vertices the cloth does not cover keep their place, so hands, face and legs are untouched.
The same tuck draws an outfit's bottom (a skirt, trousers) under the top that hangs over it:
the two cloths are drape-close at the waist and hip, and the bottom's coarse triangles would
otherwise show through the top in patches.
"""

from __future__ import annotations

from dataclasses import replace

import numpy as np
from scipy.spatial import cKDTree

from mtm.render.meshes import BodyMesh, GarmentMesh, vertex_normals

#: How far under the cloth the covered skin is drawn (cm).
MARGIN_CM = 0.4
#: Farthest cloth, along the skin's normal, that still counts as covering it (cm).
REACH_CM = 3.0
#: Deepest the cloth may lie inside the skin and still count (skin poking through, cm).
DEPTH_CM = 2.5
#: Spacing of the points sampled on the cloth's triangles (cm).
SAMPLE_CM = 0.5


def cloth_samples(garment: GarmentMesh, spacing: float = SAMPLE_CM) -> np.ndarray:
    """Points on the cloth's triangles about ``spacing`` apart (vertices included)."""
    v = np.asarray(garment.vertices, dtype=np.float64)
    f = np.asarray(garment.faces, dtype=np.int64)
    tri = v[f]
    edges = np.linalg.norm(tri - np.roll(tri, 1, axis=1), axis=2).max(axis=1)
    n = int(np.clip(np.ceil(np.percentile(edges, 90) / spacing), 1, 10))
    ij = np.array([(i, j) for i in range(n + 1) for j in range(n + 1 - i)], dtype=np.float64)
    bary = np.column_stack([ij / n, 1.0 - ij.sum(axis=1) / n])  # (S, 3): weights of a, b, c
    points = np.einsum("sk,fkd->fsd", bary, tri).reshape(-1, 3)
    return np.unique(np.round(points, 4), axis=0)


def tuck_depths(body: BodyMesh, garment: GarmentMesh, *, margin: float = MARGIN_CM,
                reach: float = REACH_CM, depth: float = DEPTH_CM,
                spacing: float = SAMPLE_CM) -> np.ndarray:
    """How far (cm) to move each body vertex inward so covered skin lies under the cloth."""
    v = np.asarray(body.vertices, dtype=np.float64)
    normals = vertex_normals(v, np.asarray(body.faces))
    samples = cloth_samples(garment, spacing)
    tree = cKDTree(samples)
    k = 16
    dist, idx = tree.query(v, k=k, distance_upper_bound=max(reach, depth) + spacing)
    found = np.isfinite(dist)
    idx = np.where(found, idx, 0)
    rel = samples[idx] - v[:, None, :]  # (N, k, 3)
    along = np.einsum("nkd,nd->nk", rel, normals)  # cloth height over the skin
    lateral = np.linalg.norm(rel - along[..., None] * normals[:, None, :], axis=2)
    over = found & (lateral <= spacing * 1.5) & (along >= -depth) & (along <= reach)
    lowest = np.where(over, along, np.inf).min(axis=1)
    push = np.where(np.isfinite(lowest), np.maximum(0.0, margin - lowest), 0.0)
    return push


def tuck_body_under_cloth(body: BodyMesh, garment: GarmentMesh | None, *,
                          margin: float = MARGIN_CM) -> BodyMesh:
    """The body for pictures: skin the cloth covers moved ``margin`` under it."""
    if garment is None or len(garment.faces) == 0:
        return body
    push = tuck_depths(body, garment, margin=margin)
    if not push.any():
        return body
    v = np.asarray(body.vertices, dtype=np.float64)
    normals = vertex_normals(v, np.asarray(body.faces))
    return BodyMesh(v - push[:, None] * normals, np.asarray(body.faces))


#: How far an outfit's bottom is drawn under the top where the top covers it (cm).
UNDER_MARGIN_CM = 0.3


def tuck_garment_under(under: GarmentMesh, top: GarmentMesh, *,
                       margin: float = UNDER_MARGIN_CM) -> GarmentMesh:
    """An outfit's bottom for pictures: where the top covers it, moved ``margin`` under the
    top along its own outward normals (its pattern coordinates, strain and pieces kept)."""
    if len(top.faces) == 0 or len(under.faces) == 0:
        return under
    as_body = BodyMesh(np.asarray(under.vertices, dtype=np.float64), np.asarray(under.faces))
    push = tuck_depths(as_body, top, margin=margin)
    if not push.any():
        return under
    normals = vertex_normals(as_body.vertices, as_body.faces)
    return replace(under, vertices=as_body.vertices - push[:, None] * normals)


_CACHE: list[tuple[BodyMesh, GarmentMesh, BodyMesh]] = []


def tucked_body(body: BodyMesh, garment: GarmentMesh) -> BodyMesh:
    """``tuck_body_under_cloth`` remembered for the last few body/garment pairs, so a view
    that redraws (another look, a camera preset) does not tuck again."""
    for b, g, out in _CACHE:
        if b is body and g is garment:
            return out
    out = tuck_body_under_cloth(body, garment)
    _CACHE.insert(0, (body, garment, out))
    del _CACHE[4:]
    return out

"""The body's collision field as it was built before issue 16's fast path (kept as the
reference the fast build is tested against): a surface rasterised from samples, its outside
flooded, a distance transform on a grid twice as coarse upsampled by ``ndimage.zoom``, exact
distances near the surface from ``_scan_triangles`` (each triangle visits
every cell of its bounding box grown by the band) and creases closed with a k-d tree
over every skin sample of the body. Slow (several seconds for a body), not used by mtm."""

from __future__ import annotations

import numba
import numpy as np
from scipy import ndimage

from mtm.core.drape.sdf import SDFGrid, _closest_on_triangle, _dot
from mtm.core.errors import InputError


def _surface_samples(
    vertices: np.ndarray, faces: np.ndarray, spacing: float
) -> tuple[np.ndarray, np.ndarray]:
    """Points spread over every face (about ``spacing`` apart) and their face normals."""
    a, b, c = vertices[faces[:, 0]], vertices[faces[:, 1]], vertices[faces[:, 2]]
    cross = np.cross(b - a, c - a)
    area2 = np.linalg.norm(cross, axis=1)
    normals = cross / np.maximum(area2, 1e-12)[:, None]
    longest = np.max(
        np.stack([np.linalg.norm(b - a, axis=1), np.linalg.norm(c - b, axis=1),
                  np.linalg.norm(a - c, axis=1)]), axis=0)
    n_div = np.clip(np.ceil(longest / spacing).astype(int), 1, 64)
    pts_list = [vertices]
    nrm_list = [np.zeros_like(vertices)]
    # vertex normals (area weighted) for the mesh vertices themselves
    vn = np.zeros_like(vertices)
    for k in range(3):
        np.add.at(vn, faces[:, k], cross)
    nrm_list[0] = vn / np.maximum(np.linalg.norm(vn, axis=1), 1e-12)[:, None]
    for m in np.unique(n_div):
        sel = np.nonzero(n_div == m)[0]
        i, j = np.meshgrid(np.arange(m + 1), np.arange(m + 1), indexing="ij")
        keep = (i + j) <= m
        u = (i[keep] / m)[None, :, None]
        v = (j[keep] / m)[None, :, None]
        pa, pb, pc = a[sel][:, None, :], b[sel][:, None, :], c[sel][:, None, :]
        pts = pa + u * (pb - pa) + v * (pc - pa)
        pts_list.append(pts.reshape(-1, 3))
        nrm_list.append(np.repeat(normals[sel], pts.shape[1], axis=0))
    return np.concatenate(pts_list), np.concatenate(nrm_list)


def reference_build_sdf(
    vertices: np.ndarray,
    faces: np.ndarray,
    spacing: float = 0.8,
    margin: float = 5.0,
    band: float = 1.6,
) -> SDFGrid:
    """Signed distance grid of a closed mesh (cm) with ``margin`` cm of room around it.

    Cells within ``band`` cm of the surface get the exact distance to the nearest triangle
    (scan conversion: each triangle visits the cells of its grown bounding box); the others
    get the distance transform of the rasterised surface on a grid twice as coarse. Signs
    come from flood-filling the outside from the grid border, and next to the surface from
    the nearest triangle's normal.
    """
    # writeable copies: a read-only array is another type to numba, which compiled
    # _scan_triangles again for a fitted body's read-only arrays (warmup.py compiles one)
    v = np.array(vertices, dtype=np.float64)
    f = np.array(faces, dtype=np.int64)
    if v.ndim != 2 or v.shape[1] != 3 or len(f) == 0:
        raise InputError("body mesh needs (N, 3) vertices and at least one face", field="body")
    lo = v.min(axis=0) - margin
    hi = v.max(axis=0) + margin
    shape = tuple(int(k) for k in np.ceil((hi - lo) / spacing).astype(int) + 1)
    samples, _ = _surface_samples(v, f, spacing * 0.6)

    # Rasterise the surface, flood the outside from the border.
    cells = np.clip(np.rint((samples - lo) / spacing).astype(np.int64), 0, np.array(shape) - 1)
    surface = np.zeros(shape, dtype=bool)
    surface[cells[:, 0], cells[:, 1], cells[:, 2]] = True
    wall = ndimage.binary_dilation(surface, iterations=1)
    labels, _ = ndimage.label(~wall)
    border = np.unique(np.concatenate([
        labels[0].ravel(), labels[-1].ravel(), labels[:, 0].ravel(), labels[:, -1].ravel(),
        labels[:, :, 0].ravel(), labels[:, :, -1].ravel()]))
    outside = np.isin(labels, border[border > 0])
    # Far field: distance transform on a coarser grid, upsampled.
    coarse = ~surface[::2, ::2, ::2]
    dist_c = ndimage.distance_transform_edt(coarse) * (2 * spacing)
    dist = ndimage.zoom(dist_c, [s / c for s, c in zip(shape, dist_c.shape, strict=True)],
                        order=1, grid_mode=False)[: shape[0], : shape[1], : shape[2]]
    dist = np.maximum(dist, band)
    values = np.where(outside, dist, -dist)

    # Exact distances near the surface.
    exact = np.full(shape, np.inf)
    sign = np.zeros(shape)
    _scan_triangles(v, f, lo, spacing, band, exact, sign)
    near = np.isfinite(exact)
    inner = near & ~wall
    values[inner] = np.where(outside[inner], exact[inner], -exact[inner])
    edge = near & wall
    values[edge] = exact[edge] * np.where(sign[edge] < 0, -1.0, 1.0)
    return SDFGrid(origin=lo, spacing=float(spacing), values=np.ascontiguousarray(values))


def reference_close_creases(sdf: SDFGrid, vertices: np.ndarray, faces: np.ndarray,
                  radius: float = 1.0) -> SDFGrid:
    """The old crease closing (a ball of ``radius`` cm rolled over the whole skin), kept as
    the oracle of ``mtm.core.drape.sdf.close_creases``, whose docstring says what it computes."""
    from scipy.spatial import cKDTree

    v = np.asarray(vertices, dtype=np.float64)
    f = np.asarray(faces, dtype=np.int64)
    points, normals = _surface_samples(v, f, min(0.3, 0.4 * radius))
    centres = points + radius * normals
    # a ball is free when its centre is outside and ``radius`` from every skin sample; the
    # distance is taken to the samples, not from the grid: trilinear on the grid, a 1.3 cm
    # gap between the thighs read as 0.3-0.4 cm at centres 0.5 cm from either thigh, its
    # balls were refused and the gap was left part-filled, a slot 1-3 mm deep across
    # which the cloth (3 mm thick) was pushed from side to side every substep (320 cm/s)
    d_centre, _ = sdf.query(centres)
    tree = cKDTree(points, balanced_tree=False, compact_nodes=False)  # built 3x faster
    near_skin, _ = tree.query(centres, workers=-1, distance_upper_bound=0.9 * radius)
    centres = centres[(d_centre > 0.0) & np.isinf(near_skin)]  # inf: none nearer
    values = sdf.values.copy()
    near = np.nonzero((values < radius) & (values > -2.0 * radius))
    if len(centres) == 0 or len(near[0]) == 0:
        return sdf
    grid_points = sdf.origin + sdf.spacing * np.column_stack(near)
    e, _ = cKDTree(centres).query(grid_points, workers=-1)
    values[near] = np.minimum(values[near], radius - e)
    return SDFGrid(origin=sdf.origin, spacing=sdf.spacing, values=np.ascontiguousarray(values))


@numba.njit(cache=True)
def _scan_triangles(v, f, lo, spacing, band, exact, sign):
    nx, ny, nz = exact.shape
    for t in range(f.shape[0]):
        a = v[f[t, 0]]
        b = v[f[t, 1]]
        c = v[f[t, 2]]
        ux, uy, uz = b[0] - a[0], b[1] - a[1], b[2] - a[2]
        wx, wy, wz = c[0] - a[0], c[1] - a[1], c[2] - a[2]
        nx_ = uy * wz - uz * wy
        ny_ = uz * wx - ux * wz
        nz_ = ux * wy - uy * wx
        i0 = max(0, int(np.floor((min(a[0], b[0], c[0]) - band - lo[0]) / spacing)))
        i1 = min(nx - 1, int(np.ceil((max(a[0], b[0], c[0]) + band - lo[0]) / spacing)))
        j0 = max(0, int(np.floor((min(a[1], b[1], c[1]) - band - lo[1]) / spacing)))
        j1 = min(ny - 1, int(np.ceil((max(a[1], b[1], c[1]) + band - lo[1]) / spacing)))
        k0 = max(0, int(np.floor((min(a[2], b[2], c[2]) - band - lo[2]) / spacing)))
        k1 = min(nz - 1, int(np.ceil((max(a[2], b[2], c[2]) + band - lo[2]) / spacing)))
        for i in range(i0, i1 + 1):
            px = lo[0] + i * spacing
            for j in range(j0, j1 + 1):
                py = lo[1] + j * spacing
                for k in range(k0, k1 + 1):
                    pz = lo[2] + k * spacing
                    qx, qy, qz = _closest_on_triangle(px, py, pz, a, b, c)
                    d = np.sqrt((px - qx) ** 2 + (py - qy) ** 2 + (pz - qz) ** 2)
                    if d < band and d < exact[i, j, k]:
                        exact[i, j, k] = d
                        sign[i, j, k] = _dot(px - qx, py - qy, pz - qz, nx_, ny_, nz_)

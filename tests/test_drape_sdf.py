"""The body's collision field: the narrow-band build and the crease closing of issue 16 against
the reference build they replaced (tests/sdf_reference.py), and the winding-number sign."""

from __future__ import annotations

import numpy as np
import pytest
import trimesh
from sdf_reference import reference_build_sdf, reference_close_creases
from test_drape_solver_contact import _notched_block

from mtm.core.drape.sdf import build_sdf, close_creases, vertex_normals


def _two_spheres(gap: float, radius: float = 8.0) -> tuple[np.ndarray, np.ndarray]:
    a = trimesh.creation.icosphere(subdivisions=4, radius=radius)
    b = a.copy()
    a.apply_translation([-radius - gap / 2, 0.0, 0.0])
    b.apply_translation([radius + gap / 2, 0.0, 0.0])
    m = trimesh.util.concatenate([a, b])
    return np.array(m.vertices), np.array(m.faces)


def _off_the_skin(v, f, lo, hi, n=6000, seed=0):
    """``n`` points ``lo``..``hi`` cm off the skin along its vertex normals."""
    rng = np.random.default_rng(seed)
    i = rng.integers(0, len(v), n)
    return v[i] + vertex_normals(v, f)[i] * rng.uniform(lo, hi, (n, 1))


def _block():
    b = _notched_block(2.0)
    return np.array(b.vertices), np.array(b.faces)


SHAPES = {  # name: (mesh, grid spacing, closing radius)
    "spheres 1 cm apart": (lambda: _two_spheres(1.0), 0.5, 1.0),
    "spheres 6 mm apart": (lambda: _two_spheres(0.6), 0.8, 0.5),
    "notched block": (_block, 0.8, 0.5),
}


@pytest.fixture(scope="module", params=list(SHAPES))
def fields(request):
    make, spacing, radius = SHAPES[request.param]
    v, f = make()
    new, ref = build_sdf(v, f, spacing=spacing), reference_build_sdf(v, f, spacing=spacing)
    return (request.param, v, f, radius, new, ref, close_creases(new, v, f, radius),
            reference_close_creases(ref, v, f, radius))


def test_the_band_is_the_reference_build_near_the_skin(fields):
    name, v, f, _r, new, ref, _cn, _cr = fields
    # the same distances in the band (each node's nearest triangle), ...
    band = np.abs(ref.values) < 1.6 - 1e-9
    np.testing.assert_allclose(np.abs(new.values[band]), np.abs(ref.values[band]), atol=1e-12)
    if name.startswith("spheres"):
        # ... and the sign right at every node (the reference's, from the nearest triangle's
        # side next to the skin, is wrong where a vertex is nearest on the block's edges)
        nodes = new.origin + new.spacing * np.indices(new.values.shape).reshape(3, -1).T
        centres = np.array([[v[:, 0].min() + 8.0, 0, 0], [v[:, 0].max() - 8.0, 0, 0]])
        inside = np.min(np.linalg.norm(nodes[:, None] - centres[None], axis=2), axis=1) < 8.0
        ring = np.abs(np.min(np.linalg.norm(nodes[:, None] - centres[None], axis=2), axis=1)
                      - 8.0) > 0.02  # icosphere facets lie up to 0.02 cm inside the sphere
        sign = new.values.reshape(-1) < 0
        np.testing.assert_array_equal(sign[ring], inside[ring])
        p = np.vstack([_off_the_skin(v, f, 0.02, 0.2), _off_the_skin(v, f, -0.2, -0.02, 1)])
        np.testing.assert_allclose(new.query(p)[0], ref.query(p)[0], atol=1e-9)


def test_crease_closing_agrees_with_the_reference(fields):
    name, v, f, r, new, _ref, closed, ref_closed = fields
    p = _off_the_skin(v, f, 0.05, 1.0, n=20000, seed=2)
    raw = new.query(p)[0]
    a, b = closed.query(p)[0], ref_closed.query(p)[0]
    near = b > -0.3  # where cloth can be: outside the closed body or just under its surface
    # the same creases filled: a point the one closing fills by more than 0.5 mm the other
    # fills too
    assert not np.any(near & (a < -0.05) & (b > 0.0)), name
    assert not np.any(near & (b < -0.05) & (a > 0.0)), name
    # and the same field, but where the reference took up to 4 mm off the open skin at a
    # convex edge (its balls are pushed out along face normals only, so they miss a convex
    # edge's outside): there the fast closing leaves (nearly) the body's own distance
    differ = near & (np.abs(a - b) > 0.05)
    assert np.mean(np.abs(a - b)[near] <= 0.05) >= 0.93, name
    # (the fast closing is the lower at a few points: it judges a ball free on the triangles,
    # the reference on skin samples up to 1.7 mm apart, and refuses a few balls it took)
    assert np.mean(differ & (a < b)) <= 0.002, name
    assert np.mean(np.abs(a - raw)[differ & (a > b)] < 1e-9) >= 0.85, name
    assert np.all(a <= raw + 1e-9)
    assert np.all(closed.values <= new.values + 1e-12)  # the closing only adds to the body
    if name.startswith("spheres"):  # smooth: no convex edges, the two agree
        assert np.mean(np.abs(a - b)[near] <= 0.05) >= 0.99


def test_a_shape_without_creases_keeps_its_field():
    s = trimesh.creation.icosphere(subdivisions=3, radius=10.0)
    v, f = np.array(s.vertices), np.array(s.faces)
    sdf = build_sdf(v, f, spacing=0.8)
    assert close_creases(sdf, v, f, radius=0.5) is sdf


def test_sign_is_the_winding_number():
    # a ball with a hollow (an air pocket the mesh closes in: inner surface facing inward)
    # and a second ball overlapping the first: the pocket is outside, the overlap inside
    outer = trimesh.creation.icosphere(subdivisions=3, radius=10.0)
    hollow = trimesh.creation.icosphere(subdivisions=3, radius=5.0)
    hollow.invert()
    other = trimesh.creation.icosphere(subdivisions=3, radius=6.0)
    other.apply_translation([12.0, 0.0, 0.0])
    m = trimesh.util.concatenate([outer, hollow, other])
    sdf = build_sdf(np.array(m.vertices), np.array(m.faces), spacing=0.8)
    d = sdf.query(np.array([[0.0, 0.0, 0.0], [0.0, 7.5, 0.0], [9.0, 0.0, 0.0],
                            [13.0, 0.0, 0.0], [0.0, 12.0, 0.0]]))[0]
    assert d[0] > 2.0  # in the pocket, 5 cm from its wall: outside (far field approximate)
    assert d[1] < -2.0  # in the shell between pocket and outer surface
    assert d[2] < 0 and d[3] < 0  # in the overlap and in the second ball alone
    assert d[4] > 1.5  # outside everything


def test_a_field_on_the_nodes_of_another():
    v, f = _two_spheres(1.0)
    body = build_sdf(v, f, spacing=0.8)
    s = trimesh.creation.icosphere(subdivisions=2, radius=3.0)
    s.apply_translation([0.0, 9.0, 0.0])
    on_body = build_sdf(np.array(s.vertices), np.array(s.faces), like=body)
    assert on_body.values.shape == body.values.shape and on_body.spacing == body.spacing
    np.testing.assert_array_equal(on_body.origin, body.origin)
    alone = build_sdf(np.array(s.vertices), np.array(s.faces), spacing=0.8)
    p = _off_the_skin(np.array(s.vertices), np.array(s.faces), -0.2, 0.2)
    # the same surface, read through other nodes (trilinear: within a millimetre)
    np.testing.assert_allclose(on_body.query(p)[0], alone.query(p)[0], atol=0.1)


@pytest.mark.slow
def test_a_fitted_body_field_agrees_with_the_reference_where_cloth_lies():
    from mtm.app.samples import sample_measurements
    from mtm.bodies.fit import fit_body

    body = fit_body(sample_measurements())
    v, f = np.array(body.vertices), np.array(body.faces)
    new, ref = build_sdf(v, f), reference_build_sdf(v, f)
    closed, ref_closed = close_creases(new, v, f, 0.5), reference_close_creases(ref, v, f, 0.5)
    # torso, arms and legs (the face, hands and feet have air pockets and sharp folds the
    # reference signed by the nearest triangle alone)
    p = _off_the_skin(v, f, 0.1, 1.0, n=30000, seed=3)
    lm = body.landmarks
    keep = ((p[:, 1] < np.asarray(lm["neck_side_l"])[1]) & (p[:, 1] > 10.0)
            & (np.abs(p[:, 0]) < abs(np.asarray(lm["wrist_l"])[0])))
    a, b = closed.query(p[keep])[0], ref_closed.query(p[keep])[0]
    diff = np.abs(a - b)
    assert np.percentile(diff, 99) < 0.1 and np.mean(diff > 0.05) < 0.02


def test_vertex_normals_are_the_add_at_formula_bit_for_bit():
    v, f = _two_spheres(0.6)
    v = v + np.random.default_rng(3).normal(0.0, 0.05, v.shape)  # no symmetric ties
    f = np.vstack([f, [[len(v) - 1, 0, 1]]])  # a face across both spheres
    cross = np.cross(v[f[:, 1]] - v[f[:, 0]], v[f[:, 2]] - v[f[:, 0]])
    vn = np.zeros_like(v)
    for k in range(3):
        np.add.at(vn, f[:, k], cross)
    expected = vn / np.maximum(np.linalg.norm(vn, axis=1), 1e-12)[:, None]
    np.testing.assert_array_equal(vertex_normals(v, f), expected)
    # an unused vertex has no normal
    assert not vertex_normals(np.vstack([v, [[0.0, 0.0, 0.0]]]), f)[-1].any()


def _vectorised_skin_samples(vertices, faces, spacing, corner_normals):
    """The skin samples as the vectorised build drew them (per part count, in numpy)."""
    from mtm.core.drape.mesher import mesh_edges

    pts, nrm = [vertices[np.unique(faces)]], [corner_normals[np.unique(faces)]]
    edges = mesh_edges(faces)
    p0, p1 = vertices[edges[:, 0]], vertices[edges[:, 1]]
    n0, n1 = corner_normals[edges[:, 0]], corner_normals[edges[:, 1]]
    m_edge = np.ceil(np.linalg.norm(p1 - p0, axis=1) / spacing).astype(int)
    for m in np.unique(m_edge[m_edge > 1]):
        sel = m_edge == m
        t = (np.arange(1, m) / m)[None, :, None]
        pts.append((p0[sel][:, None] + t * (p1[sel] - p0[sel])[:, None]).reshape(-1, 3))
        blend = (n0[sel][:, None] * (1 - t) + n1[sel][:, None] * t).reshape(-1, 3)
        nrm.append(blend / np.maximum(np.linalg.norm(blend, axis=1), 1e-12)[:, None])
    a, b, c = vertices[faces[:, 0]], vertices[faces[:, 1]], vertices[faces[:, 2]]
    cross = np.cross(b - a, c - a)
    normals = cross / np.maximum(np.linalg.norm(cross, axis=1), 1e-12)[:, None]
    longest = np.max(np.stack([np.linalg.norm(b - a, axis=1), np.linalg.norm(c - b, axis=1),
                               np.linalg.norm(a - c, axis=1)]), axis=0)
    m_face = np.clip(np.ceil(longest / spacing).astype(int), 1, 64)
    for m in np.unique(m_face[m_face > 2]):
        sel = np.nonzero(m_face == m)[0]
        i, j = np.meshgrid(np.arange(1, m), np.arange(1, m), indexing="ij")
        keep = (i + j) < m
        u, w = (i[keep] / m)[None, :, None], (j[keep] / m)[None, :, None]
        pa = a[sel][:, None, :]
        pts.append((pa + u * (b[sel][:, None, :] - pa) + w * (c[sel][:, None, :] - pa))
                   .reshape(-1, 3))
        nrm.append(np.repeat(normals[sel], u.shape[1], axis=0))
    return np.concatenate(pts), np.concatenate(nrm)


@pytest.mark.parametrize("spacing", [0.15, 0.3, 1.0])
def test_skin_samples_are_the_vectorised_ones_bit_for_bit(spacing):
    from mtm.core.drape.sdf import _skin_samples

    v, f = _two_spheres(0.6)
    v = v * np.random.default_rng(4).uniform(0.9, 1.3, (len(v), 1))  # uneven edges
    f = f[::2]  # a part of the skin, as close_creases samples
    vn = vertex_normals(v, f)
    got, expected = _skin_samples(v, f, spacing, vn), _vectorised_skin_samples(v, f, spacing, vn)
    for g, e in zip(got, expected, strict=True):
        np.testing.assert_array_equal(g, e)


def test_nearest_free_ball_is_the_brute_force_one():
    from mtm.core.drape.sdf import BUCKET, _bucket_triangles, _closest_within, _nearest_free

    v, f = _two_spheres(0.6)
    sdf = build_sdf(v, f, spacing=0.8)
    rng = np.random.default_rng(5)
    r, reach = 0.5, 1.5
    centres = _off_the_skin(v, f, 0.0, 1.0, n=4000, seed=6)
    targets = _off_the_skin(v, f, -0.5, 0.6, n=300, seed=7) + rng.normal(0.0, 0.3, (300, 3))
    buckets = _bucket_triangles(v, f, sdf.origin - BUCKET, BUCKET)
    got = _nearest_free(targets, centres, r, reach, sdf, v, f, buckets)
    d_centre, _ = sdf.query(centres)
    skin, _, _ = _closest_within(centres, np.full(len(centres), 0.9 * r), True, v, f, *buckets)
    free = (d_centre > 0.0) & np.isinf(skin)
    dist = np.linalg.norm(targets[:, None] - centres[None, free], axis=2)
    expected = np.where(dist < reach, dist, np.inf).min(axis=1)
    assert np.isfinite(got).any() and np.isinf(got).any()
    np.testing.assert_allclose(got, expected, rtol=0, atol=1e-12)


@pytest.mark.parametrize("radius", [0.5, 1.0])
def test_crease_candidates_are_the_vectorised_ones(radius):
    """The nodes near the skin whose ball, judged on the grid, comes nearer the skin than the
    radius: as the vectorised selection found them (central differences per node)."""
    from mtm.core.drape.sdf import CREASE_TOLERANCE, _crease_candidates

    v, f = _two_spheres(0.6)
    sdf = build_sdf(v, f, spacing=0.8)
    values, r = sdf.values, radius
    idx = np.column_stack(np.nonzero((values < r) & (values > -2.0 * r)))
    grad = np.empty((len(idx), 3))
    top = np.array(values.shape) - 1
    for k in range(3):
        up, down = idx.copy(), idx.copy()
        up[:, k] = np.minimum(up[:, k] + 1, top[k])
        down[:, k] = np.maximum(down[:, k] - 1, 0)
        grad[:, k] = (values[tuple(up.T)] - values[tuple(down.T)]) / np.maximum(
            up[:, k] - down[:, k], 1)
    length = np.linalg.norm(grad, axis=1)
    grad /= np.maximum(length, 1e-12)[:, None]
    d = values[tuple(idx.T)]
    ball, _ = sdf.query(sdf.origin + sdf.spacing * idx + (r - d)[:, None] * grad)
    expected = idx[(ball < r - 0.5 * CREASE_TOLERANCE) | (length < 1e-9)]
    got = _crease_candidates(values, sdf.origin, sdf.spacing, r, r - 0.5 * CREASE_TOLERANCE)
    assert len(expected) > 0
    np.testing.assert_array_equal(got, expected)


@pytest.mark.parametrize("share", [0.002, 0.3, 0.95, 1.0])
def test_distance_transform_is_scipys(share):
    from scipy import ndimage

    from mtm.core.drape.sdf import distance_transform

    rng = np.random.default_rng(8)
    for shape in [(1, 1, 7), (9, 1, 1), (13, 17, 11), (40, 23, 31)]:
        away = rng.random(shape) < share  # the distance of these to the nearest other node
        np.testing.assert_array_equal(distance_transform(away),
                                      ndimage.distance_transform_edt(away))

"""Meshing pattern pieces for the drape: edge lengths, coverage, seams with matching counts."""

import numpy as np
import pytest
import shapely

from mtm.core.drape import mesher
from mtm.core.drape.mesher import mesh_edges, mesh_piece, resample_polyline
from mtm.core.errors import InputError


def _l_shape():
    return [
        ("bottom", np.array([[0.0, 0.0], [30.0, 0.0]])),
        ("right", np.array([[30.0, 0.0], [30.0, 10.0]])),
        ("step", np.array([[30.0, 10.0], [12.0, 10.0]])),
        ("inner", np.array([[12.0, 10.0], [12.0, 25.0]])),
        ("top", np.array([[12.0, 25.0], [0.0, 25.0]])),
        ("left", np.array([[0.0, 25.0], [0.0, 0.0]])),
    ]


def _area(uv, faces):
    a, b, c = uv[faces[:, 0]], uv[faces[:, 1]], uv[faces[:, 2]]
    return 0.5 * ((b - a)[:, 0] * (c - a)[:, 1] - (b - a)[:, 1] * (c - a)[:, 0])


@pytest.mark.parametrize("h", [0.5, 1.0, 2.0, 3.0])
def test_concave_piece_is_covered_with_near_equilateral_triangles(h):
    m = mesh_piece("L", _l_shape(), h)
    area = _area(m.uv, m.faces)
    assert np.all(area > 0)  # counter-clockwise, nothing flipped
    assert area.sum() == pytest.approx(30 * 10 + 12 * 15, rel=1e-9)
    e = mesh_edges(m.faces)
    length = np.linalg.norm(m.uv[e[:, 0]] - m.uv[e[:, 1]], axis=1)
    assert np.median(length) == pytest.approx(h, rel=0.15)
    assert length.max() < 1.8 * h


def test_named_edges_keep_their_vertices_in_order_and_corners():
    m = mesh_piece("L", _l_shape(), 1.0, n_segments={"bottom": 17})
    bottom = m.edge_vertices["bottom"]
    assert len(bottom) == 18
    np.testing.assert_allclose(m.uv[bottom[0]], [0, 0])
    np.testing.assert_allclose(m.uv[bottom[-1]], [30, 0])
    assert np.all(np.diff(m.uv[bottom, 0]) > 0)
    # consecutive edges share their corner vertex
    assert m.edge_vertices["bottom"][-1] == m.edge_vertices["right"][0]
    assert m.edge_vertices["left"][-1] == m.edge_vertices["bottom"][0]


def test_resample_is_even_by_arc_length():
    p = resample_polyline(np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 3.0]]), 4)
    step = np.linalg.norm(np.diff(p, axis=0), axis=1)
    np.testing.assert_allclose(step[[0, 2, 3]], 1.0)


def test_edge_length_out_of_range_is_a_user_error():
    with pytest.raises(InputError, match="0.5 to 3"):
        mesh_piece("L", _l_shape(), 0.2)


def test_self_crossing_outline_is_reported():
    pts = [[0.0, 0.0], [10.0, 10.0], [10.0, 0.0], [0.0, 10.0], [0.0, 0.0]]
    bow = [(name, np.array(pts[i : i + 2])) for i, name in enumerate("abcd")]
    with pytest.raises(InputError, match="crosses itself"):
        mesh_piece("bow", bow, 1.0)


def test_named_points_become_vertices_and_points_outside_are_refused():
    m = mesh_piece("L", _l_shape(), 1.0, points={"b1": (5.0, 20.0), "b2": (20.3, 4.7)})
    np.testing.assert_allclose(m.uv[m.points["b1"]], (5.0, 20.0))
    np.testing.assert_allclose(m.uv[m.points["b2"]], (20.3, 4.7))
    assert np.all(np.isin([m.points["b1"], m.points["b2"]], m.faces))
    assert np.all(_area(m.uv, m.faces) > 0)
    with pytest.raises(InputError, match="b3"):
        mesh_piece("L", _l_shape(), 1.0, points={"b3": (20.0, 20.0)})  # in the notch


def test_unique_pairs_is_numpy_unique_by_rows():
    from mtm.core.drape.mesher import unique_pairs

    rng = np.random.default_rng(3)
    pairs = np.sort(rng.integers(0, 300, (5000, 2)), axis=1)
    assert np.array_equal(unique_pairs(pairs), np.unique(pairs, axis=0))
    assert unique_pairs(np.zeros((0, 2), np.int64)).shape == (0, 2)


def test_cached_mesh_is_the_same_mesh_and_cannot_be_changed_through_a_copy():
    from mtm.core.drape import mesher

    mesher._mesh_cache.clear()
    first = mesh_piece("L", _l_shape(), 1.0, points={"b1": (5.0, 20.0)})
    first.uv[:] = 0.0  # a caller changing its mesh must not change the cached one
    first.edge_vertices["bottom"][:] = -1
    second = mesh_piece("L", _l_shape(), 1.0, points={"b1": (5.0, 20.0)})
    fresh = mesher._mesh_piece("L", _l_shape(), 1.0, None, 3, {"b1": (5.0, 20.0)})
    assert np.array_equal(second.uv, fresh.uv) and np.array_equal(second.faces, fresh.faces)
    assert np.array_equal(second.edge_vertices["bottom"], fresh.edge_vertices["bottom"])
    assert second.points == fresh.points
    # another outline (a longer edge) is meshed anew
    longer = [(n, p * np.array([1.0, 1.1])) for n, p in _l_shape()]
    assert mesh_piece("L", longer, 1.0).n_vertices != second.n_vertices


def test_lattice_clearance_matches_geos_distance_ties_included():
    """Interior lattice points keep 0.6 h from the outline: the KD-tree shortcut answers as
    GEOS's distance does, also for points exactly 0.6 h from a straight edge."""
    rng = np.random.default_rng(5)
    ring = np.array([[0.0, 0.0], [4.0, 0.0], [4.0, 3.0], [2.0, 5.5], [0.0, 3.0], [0.0, 0.0]])
    pts = np.concatenate([rng.uniform(-0.5, 4.5, (3000, 2)),
                          [[1.5, 1.0], [2.5, 1.0], [2.0, 1.5], [1.5, 2.0]]])  # ties at 1.5
    geos = shapely.distance(shapely.points(pts), shapely.LinearRing(ring))
    for d in (0.3, 1.5):
        assert np.array_equal(mesher._clear_of_ring(pts, ring, d), geos > d)

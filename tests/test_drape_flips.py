"""Lawson flips: the Delaunay triangulation of moved points from the triangulation before."""

import numpy as np
from scipy.spatial import Delaunay

from mtm.core.drape.flips import neighbours, redelaunay


def _triangles(tri: np.ndarray) -> set:
    return {tuple(sorted(t)) for t in np.asarray(tri).tolist()}


def _disc(rng: np.random.Generator, jitter: float):
    """A mesher's points: 63 on a circle of radius 10, a hex lattice at 1 cm inside it, and
    the lattice moved by ``jitter`` cm (as smoothing moves it)."""
    t = np.linspace(0.0, 2.0 * np.pi, 63, endpoint=False)
    ring = 10.0 * np.column_stack([np.cos(t), np.sin(t)])
    gy, gx = np.mgrid[-10:10.5:np.sqrt(3.0) / 2.0, -10:10.5:1.0]
    gx = gx + 0.5 * (np.arange(len(gy))[:, None] % 2)
    lattice = np.column_stack([gx.ravel(), gy.ravel()])
    lattice = lattice[np.linalg.norm(lattice, axis=1) < 9.4]
    before = np.concatenate([ring, lattice])
    after = before.copy()
    after[len(ring):] += rng.normal(0.0, jitter, (len(lattice), 2))
    return before, after


def test_flips_give_qhulls_triangles_of_points_that_moved():
    before, after = _disc(np.random.default_rng(3), 0.08)
    first = Delaunay(before).simplices
    assert _triangles(first) != _triangles(Delaunay(after).simplices)  # flips are needed
    tri = redelaunay(before, after, first)
    assert tri is not None
    assert _triangles(tri) == _triangles(Delaunay(after).simplices)
    a, b, c = after[tri[:, 0]], after[tri[:, 1]], after[tri[:, 2]]
    cross = (b - a)[:, 0] * (c - a)[:, 1] - (b - a)[:, 1] * (c - a)[:, 0]
    assert np.all(cross > 0)  # counter-clockwise


def test_a_point_moved_across_its_triangles_is_refused():
    before = np.array([[0.0, 0.0], [4.0, 0.0], [2.0, 3.0], [2.0, 1.0]])
    first = Delaunay(before).simplices
    after = before.copy()
    after[3] = [2.0, -0.5]  # out through the bottom edge: its triangles turn over
    assert redelaunay(before, after, first) is None


def test_neighbours_are_across_the_edge_opposite_each_corner():
    tri = np.array([[0, 1, 2], [2, 1, 3]])
    nbr = neighbours(tri)
    assert nbr.tolist() == [[1, -1, -1], [-1, -1, 0]]

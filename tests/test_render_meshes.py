"""Render inputs: adapting other rooms' meshes, and smooth normals across seams."""

from __future__ import annotations

from types import SimpleNamespace

import numpy as np
import pytest

from mtm.core.errors import InputError
from mtm.render.meshes import as_body, as_garment, vertex_normals


def test_as_garment_reads_a_draped_garment_by_its_field_names():
    n = 4
    draped = SimpleNamespace(
        vertices=np.random.default_rng(0).random((n, 3)), faces=np.array([[0, 1, 2], [0, 2, 3]]),
        uvs=np.zeros((n, 2)), piece_of_face=np.array([0, 1]),
        strain_warp=np.array([0.01, 0.02, 0.0, 0.1]), strain_weft=np.array([0.03, 0.0, 0.0, 0.0]),
        ease=np.ones(n))
    g = as_garment(draped)
    np.testing.assert_allclose(g.stretch_percent, [3, 2, 0, 10])
    np.testing.assert_array_equal(g.piece, [0, 1])
    with pytest.raises(InputError, match="do not exist"):
        as_garment(SimpleNamespace(vertices=np.zeros((3, 3)), faces=np.array([[0, 1, 5]])))



def test_vertex_normals_point_out_and_are_shared_across_a_seam():
    # a unit square split into two 'pieces' that share an edge by position, not by index
    v = np.array([[0, 0, 0], [1, 0, 0], [1, 1, 0], [0, 1, 0],   # piece A: left half folded up
                  [1, 0, 0], [2, 0, 1], [2, 1, 1], [1, 1, 0]], float)  # piece B: tilted
    f = np.array([[0, 1, 2], [0, 2, 3], [4, 5, 6], [4, 6, 7]])
    n = vertex_normals(v, f)
    np.testing.assert_allclose(np.linalg.norm(n, axis=1), 1.0)
    np.testing.assert_allclose(n[1], n[4])  # same place, same normal: no crease at the seam
    np.testing.assert_allclose(n[2], n[7])
    assert n[0, 2] == pytest.approx(1.0)  # away from the seam: piece A's own normal
    assert (n[:, 2] > 0).all()


def test_as_body_takes_anything_with_vertices_and_faces():
    body = as_body(SimpleNamespace(vertices=[[0, 0, 0], [1, 0, 0], [0, 1, 0]], faces=[[0, 1, 2]]))
    assert body.vertices.shape == (3, 3) and body.faces.dtype.kind == "i"
    with pytest.raises(InputError, match="body"):
        as_body(object())
    with pytest.raises(InputError, match="NaN"):
        as_body(SimpleNamespace(vertices=[[0, 0, np.nan], [1, 0, 0], [0, 1, 0]],
                                faces=[[0, 1, 2]]))

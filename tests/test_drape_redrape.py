"""Redraping: a previous drape carried onto changed pieces through the pattern coordinates."""

import numpy as np
import pytest

from mtm.core.drape.drape import align_to_partners, carry_over
from mtm.core.drape.mesher import mesh_piece
from mtm.core.drape.result import DrapedGarment
from mtm.core.measurements import MeasurementSet


def _square(width: float, height: float, h: float = 1.0):
    sq = [("b", np.array([[0, 0], [width, 0]])), ("r", np.array([[width, 0], [width, height]])),
          ("t", np.array([[width, height], [0, height]])), ("l", np.array([[0, height], [0, 0]]))]
    return mesh_piece("square", sq, h)


def _affine(uv: np.ndarray) -> np.ndarray:
    """A rigid placement of the pattern plane in 3D (turned about two axes, moved)."""
    a, b = np.radians(30.0), np.radians(-20.0)
    rx = np.array([[1, 0, 0], [0, np.cos(a), -np.sin(a)], [0, np.sin(a), np.cos(a)]])
    ry = np.array([[np.cos(b), 0, np.sin(b)], [0, 1, 0], [-np.sin(b), 0, np.cos(b)]])
    p = np.column_stack([uv, np.zeros(len(uv))])
    return p @ (ry @ rx).T + np.array([3.0, 120.0, -4.0])


def _draped(mesh, name: str = "square") -> DrapedGarment:
    n = mesh.n_vertices
    return DrapedGarment(vertices=_affine(mesh.uv), faces=mesh.faces, uvs=mesh.uv,
                         piece_of_face=np.zeros(len(mesh.faces), np.int64),
                         piece_names=(name,), strain_warp=np.zeros(n),
                         strain_weft=np.zeros(n), ease=np.zeros(n))


def test_carry_over_returns_the_old_drape_for_the_same_pieces():
    m = _square(20, 30)
    old = _draped(m)
    x = carry_over(["square"], [m.uv], old)
    assert np.allclose(x, old.vertices, atol=1e-9)


def test_carry_over_interpolates_inside_and_continues_beyond_the_old_outline():
    old_mesh = _square(20, 30, 1.0)
    new_mesh = _square(21, 33, 0.7)  # wider, longer, another mesh
    x = carry_over(["square"], [new_mesh.uv], _draped(old_mesh))
    # the old drape is an affine image of the pattern: the new points land on the same map
    assert np.allclose(x, _affine(new_mesh.uv), atol=1e-6)


def test_carry_over_refuses_other_pieces():
    m = _square(20, 30)
    assert carry_over(["front"], [m.uv], _draped(m)) is None
    assert carry_over(["square", "square"], [m.uv, m.uv], _draped(m)) is None


def test_a_piece_whose_pattern_origin_moved_is_shifted_back_to_meet_its_seam():
    # a 20 x 30 body piece with a 20 x 10 piece sewn on top of it (b's bottom edge to a's
    # top edge); in the edit b's pattern origin moved 0.9 cm down (its UV 0.9 cm up), as a
    # sleeve's does when its cap grows
    a, b = _square(20, 30), _square(20, 10)
    na = a.n_vertices
    old = DrapedGarment(
        vertices=np.concatenate([_affine(a.uv), _affine(b.uv + [0.0, 30.0])]),
        faces=np.concatenate([a.faces, b.faces + na]), uvs=np.concatenate([a.uv, b.uv]),
        piece_of_face=np.repeat([0, 1], [len(a.faces), len(b.faces)]), piece_names=("a", "b"),
        strain_warp=np.zeros(na + b.n_vertices), strain_weft=np.zeros(na + b.n_vertices),
        ease=np.zeros(na + b.n_vertices))
    top, bottom = a.edge_vertices["t"][::-1], b.edge_vertices["b"] + na
    assert np.allclose(a.uv[top, 0], b.uv[bottom - na, 0])
    stitches = np.column_stack([top, bottom])
    offsets = [0, na, na + b.n_vertices]
    new_uv = [a.uv, b.uv + [0.0, 0.9]]
    x0 = carry_over(["a", "b"], new_uv, old)
    assert np.allclose(np.linalg.norm(x0[top] - x0[bottom], axis=1), 0.9)  # torn by 9 mm
    aligned = align_to_partners(new_uv, x0, old, ["a", "b"], stitches, offsets)
    assert aligned[0] is new_uv[0]  # a was where its partner needs it
    assert np.allclose(aligned[1], b.uv, atol=1e-9)
    x1 = carry_over(["a", "b"], aligned, old)
    assert np.allclose(x1[top], x1[bottom], atol=1e-9)


@pytest.fixture(scope="module")
def man_and_base():
    from mtm.bodies.fit import fit_body
    from mtm.core.drape import drape_garment
    from mtm.patterns.tshirt import draft

    ms = MeasurementSet.from_mapping(
        {"height": 175.6, "chest_girth": 104.0, "waist_girth": 90.0, "hip_girth": 101.0,
         "neck_base_girth": 40.0}, sex="male").with_estimates()
    body = fit_body(ms)
    return ms, body, drape_garment(draft(ms), body, "cotton_jersey", 2.0)


@pytest.mark.slow
def test_redrape_after_a_longer_hem_starts_from_the_old_drape_and_comes_to_rest(man_and_base):
    from mtm.core.drape import drape_garment
    from mtm.core.drape.drape import PENETRATION_DEPTH
    from mtm.patterns.tshirt import draft

    ms, body, base = man_and_base
    longer = draft(ms, {"length": 5.0})  # 3 cm longer than the default 2 cm
    again = drape_garment(longer, body, "cotton_jersey", 2.0, previous=base)
    rep = again.report
    assert rep["start"] == "redrape" and base.report["start"] == "placed"
    assert rep["converged"]
    assert rep["max_seam_gap_cm"] < 0.05
    assert rep["penetrating_fraction"] <= 0.005
    assert rep["frames"] < base.report["frames"]
    # the hem is lower by about the 3 cm added
    assert again.vertices[:, 1].min() < base.vertices[:, 1].min() - 2.0
    assert np.mean(again.ease < -PENETRATION_DEPTH) <= 0.005


@pytest.mark.slow
def test_redrape_of_another_garment_is_a_drape_from_scratch(man_and_base):
    from mtm.core.drape import drape_garment
    from mtm.patterns.shirt import draft

    ms, body, base = man_and_base
    shirt = drape_garment(draft(ms), body, "cotton_poplin", 3.0, previous=base)
    assert shirt.report["start"] == "placed"


def test_carry_over_refuses_a_drape_without_pattern_coordinates():
    m = _square(20, 30)
    old = _draped(m)
    broken = DrapedGarment(vertices=old.vertices, faces=old.faces, uvs=np.zeros((0, 2)),
                           piece_of_face=old.piece_of_face, piece_names=old.piece_names,
                           strain_warp=old.strain_warp, strain_weft=old.strain_weft,
                           ease=old.ease)
    assert carry_over(["square"], [m.uv], broken) is None


@pytest.mark.slow
def test_a_drape_not_at_rest_is_not_carried_over(man_and_base):
    from dataclasses import replace

    from mtm.core.drape import drape_garment
    from mtm.patterns.tshirt import draft

    ms, body, base = man_and_base
    tangled = replace(base, report={**base.report, "converged": False})
    again = drape_garment(draft(ms), body, "cotton_jersey", 3.0, previous=tangled)
    assert again.report["start"] == "placed"

"""The MakeHuman body model: data, blending, mesh hygiene."""

import numpy as np
import pytest
import trimesh

from mtm.bodies import folds
from mtm.bodies.makehuman import BodyParams, load_model


@pytest.fixture(scope="module")
def model():
    return load_model()


def test_zero_weights_reproduce_the_base_mesh(model):
    v = model.blend_weights(np.zeros(len(model.target_names)))
    base = model.base.copy()
    base[:, 1] -= base[:, 1].min()
    assert np.abs(v - base).max() < 1e-9
    assert v[:, 1].min() == 0.0


def test_default_params_are_makehumans_default_human(model):
    w = model.target_weights(BodyParams())
    active = {model.target_names[i]: w[i] for i in np.flatnonzero(w)}
    assert active == {"race-female-young": 0.5, "race-male-young": 0.5}


def test_default_body_is_a_clean_outward_mesh(model):
    v = model.blend(BodyParams(sex=0.0))
    mesh = trimesh.Trimesh(v, model.faces, process=False)
    assert mesh.is_watertight and mesh.is_winding_consistent
    assert mesh.volume > 0  # outward normals
    assert len(mesh.split(only_watertight=False)) == 1
    # facing +Z: the toes and the nose are in front of the heels and the back of the head
    assert v[:, 2].max() > 10 and abs(v[:, 0].mean()) < 0.1
    assert 150 < v[:, 1].max() < 170


@pytest.mark.parametrize("sex", [0.0, 1.0])
def test_macros_do_not_invert_faces(model, sex):
    # The plain blend folds a few triangles on MakeHuman's corner bodies; the blend rebuilds
    # those patches, so none is left folded or inverted (``folds``), and inside the fit's range
    # no triangle of real size turns over against the average body. (The corner man - weight
    # 1, muscle 0, height 1: 224 cm - turns 4 crown triangles 98 degrees, smoothly: real shape.)
    base = trimesh.Trimesh(model.blend(BodyParams(sex=sex)), model.faces, process=False)
    corner = BodyParams(sex=sex, weight=1.0, muscle=0.0, height=1.0)
    for params in (BodyParams(sex=sex, weight=0.85, muscle=0.2, height=0.8), corner,
                   BodyParams(sex=sex, weight=0.15, muscle=0.85, height=0.2, proportions=0.9,
                              modifiers={"measure-waist-circ": 1.0, "measure-hips-circ": -1.0,
                                         "stomach-pregnant": 1.0})):
        v = model.blend(params)
        assert np.isfinite(v).all()
        assert folds.check(v, model.triangulate(v), model.triangle_pairs(v)).clean
        if params is not corner:
            mesh = trimesh.Trimesh(v, model.faces, process=False)
            dots = (mesh.face_normals * base.face_normals).sum(1)
            assert not ((dots < 0) & (mesh.area_faces > 0.2)).any()


def test_weight_jacobian_matches_finite_differences(model):
    p = BodyParams(sex=0.0, muscle=0.3, weight=0.7, proportions=0.6, cup=0.8,
                   modifiers={"measure-waist-circ": 0.4, "stomach-pregnant": -0.3})
    wrt = ("muscle", "weight", "proportions", "cup", "measure-waist-circ", "stomach-pregnant")
    w, jac = model.target_weights_and_jacobian(p, wrt)
    h = 1e-6
    for c, name in enumerate(wrt):
        if name in ("muscle", "weight", "proportions", "cup"):
            from dataclasses import replace
            p2 = replace(p, **{name: getattr(p, name) + h})
        else:
            mods = dict(p.modifiers)
            mods[name] += h
            p2 = BodyParams(sex=p.sex, muscle=p.muscle, weight=p.weight,
                            proportions=p.proportions, cup=p.cup, modifiers=mods)
        fd = (model.target_weights(p2) - w) / h
        assert np.abs(fd - jac[:, c]).max() < 1e-5, name


def test_licence_note_is_stored(model):
    assert "CC0" in model.licence


def test_shorter_diagonal_triangulation_keeps_the_surface(model):
    v = model.blend(BodyParams(sex=1.0, weight=0.8))
    faces = model.triangulate(v)
    assert faces.shape == model.faces.shape
    mesh = trimesh.Trimesh(v, faces, process=False)
    assert mesh.is_watertight and mesh.is_winding_consistent and mesh.volume > 0
    assert mesh.area == pytest.approx(trimesh.Trimesh(v, model.faces, process=False).area,
                                      rel=1e-3)

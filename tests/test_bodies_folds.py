"""Folds of the blended body: their definition, the repair, and fitted bodies without any."""

from pathlib import Path

import numpy as np
import pytest
import trimesh

from mtm.bodies import folds
from mtm.bodies.fit import fit_body
from mtm.bodies.makehuman import BodyParams, load_model
from mtm.bodies.measure import measure_with_gradients
from mtm.bodies.vertex_grads import VertexGrads
from mtm.core.io.ansur import load_ansur

DATA = Path(__file__).parent / "data"

#: A fitted man (ANSUR II male 11884, seed 7) whose armpits folded before the repair: full
#: bust and upper-arm targets with uncommon proportions.
FOLDED_MAN = BodyParams(
    sex=1.0, muscle=0.5, weight=0.57, height=0.42, proportions=0.0,
    modifiers={"neck-scale-horiz": 0.64, "neck-scale-depth": -0.99, "measure-bust-circ": 0.5,
               "torso-scale-depth": 1.0, "stomach-pregnant": 0.91, "buttocks-volume": -0.46,
               "hip-scale-horiz": 0.67, "measure-shoulder-dist": 0.81,
               "measure-frontchest-dist": -0.54, "measure-neck-height": -1.0,
               "measure-upperarm-circ": 0.74, "measure-wrist-circ": 0.91,
               "measure-thigh-circ": 0.62})


@pytest.fixture(scope="module")
def model():
    return load_model()


def _check(model, v):
    return folds.check(v, model.triangulate(v), model.triangle_pairs(v))


def test_base_mesh_has_no_fold(model):
    report = _check(model, model.base)
    assert report.clean
    assert report.sharpest_deg < folds.REPAIR_DEG


def test_check_finds_a_triangle_turned_over(model):
    v = model.base.copy()
    faces, short02 = model.split(v)
    a, b, c = faces[5000]
    middle = (v[b] + v[c]) / 2
    v[a] = middle + 0.5 * (middle - v[a])  # over the opposite edge: the triangle turns over
    report = folds.check(v, faces, model.topology.triangle_pairs(short02))
    assert report.inverted > 0 and report.fold_edges > 0
    assert not report.clean


@pytest.mark.parametrize("params", [BodyParams(sex=0.0), FOLDED_MAN],
                         ids=["average woman", "folded man"])
def test_repair_removes_the_folds_the_targets_make(model, params):
    plain = model.blend(params, repaired=False)
    before = _check(model, plain)
    assert before.sharpest_deg > folds.REPAIR_DEG or not before.clean  # there is work to do
    v = model.blend(params)
    after = _check(model, v)
    assert after.clean and after.sharpest_deg <= folds.REPAIR_DEG
    moved = np.abs(v - plain).max(1) > 1e-9
    assert 0 < moved.sum() < 400  # local: a few small patches
    assert np.abs(v - plain).max() < 3.0
    mesh = trimesh.Trimesh(v, model.triangulate(v), process=False)
    assert mesh.is_winding_consistent and mesh.is_watertight and mesh.volume > 0


def test_patch_keeps_affine_maps_and_differentiates_exactly(model):
    raw = model.blend_weights(model.target_weights(BodyParams(sex=0.0)), repaired=False)
    _, patch = model.repair(raw)
    assert patch is not None and patch.mask.sum() > 0
    a = np.array([[1.1, 0.1, 0.0], [0.0, 0.9, 0.2], [0.05, 0.0, 1.0]])
    moved = model.base @ a.T + np.array([1.0, -2.0, 3.0])
    assert np.abs(patch.apply(moved) - moved).max() < 1e-8
    keys = ("hip_girth", "inside_leg", "crotch_length")
    v = patch.apply(raw)
    _, dense = measure_with_gradients(v, keys, 0.0)
    # the compact gradients (only the vertices each measurement touches) pull back the same
    compact = patch.pull_back(VertexGrads.from_dense(dense)).dense(len(v))
    grads = patch.pull_back(dense)
    assert np.allclose(compact, grads, rtol=1e-12, atol=1e-12)
    rng = np.random.default_rng(1)
    direction = np.zeros_like(raw)
    direction[patch.mask] = rng.normal(size=(patch.mask.sum(), 3))
    eps = 1e-4
    up = measure_with_gradients(patch.apply(raw + eps * direction), keys, 0.0)[0]
    down = measure_with_gradients(patch.apply(raw - eps * direction), keys, 0.0)[0]
    for i, key in enumerate(keys):
        numeric = (up[key] - down[key]) / (2 * eps)
        assert numeric == pytest.approx((grads[i] * direction).sum(), rel=1e-4, abs=1e-7), key


def _extremes(sex: str):
    people = load_ansur(sex, path=DATA / f"ansur2_sample_{sex}.csv")
    picks = {min(people, key=lambda m: m["weight"]).name: None,
             max(people, key=lambda m: m["weight"]).name: None,
             max(people, key=lambda m: m["chest_girth"]).name: None,
             min(people, key=lambda m: m["height"]).name: None}
    return [m for m in people if m.name in picks]


@pytest.mark.parametrize("sex", ["female", "male"])
def test_fitted_extreme_bodies_have_no_folds(model, sex):
    for ms in _extremes(sex):
        body = fit_body(ms)
        v = body.vertices
        assert np.isfinite(v).all()
        report = folds.check(v, body.faces, model.triangle_pairs(v))
        assert report.clean, (ms.name, report)
        assert report.sharpest_deg <= folds.REPAIR_DEG + 1e-6, ms.name
        mesh = trimesh.Trimesh(v, body.faces, process=False)
        assert mesh.is_winding_consistent and mesh.is_watertight and mesh.volume > 0
        assert len(mesh.split(only_watertight=False)) == 1

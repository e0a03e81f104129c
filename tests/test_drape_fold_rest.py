"""Pressed folds: a bending hinge with a rest bend keeps its fold under the solver."""

import numpy as np
import pytest

from mtm.core.drape.fabrics import load_fabric
from mtm.core.drape.solver import (
    SolverSettings,
    build_model,
    edge_strain,
    hinge_bend,
    press_hinges,
    simulate,
)

FOLD_U = 6.0


def _folded_strip(theta: float):
    """A 12 x 4 cm strip (a grid of 1 cm squares, each cut into two triangles, so the mesh
    has a line of edges at u = FOLD_U) folded by ``theta`` (radians between the halves'
    normals) along that line: the half beyond it turned up about it. Returns uv, faces, x."""
    nu, nv = 13, 5
    uu, vv = np.meshgrid(np.arange(nu, dtype=float), np.arange(nv, dtype=float), indexing="ij")
    uv = np.column_stack([uu.ravel(), vv.ravel()])
    idx = np.arange(nu * nv).reshape(nu, nv)
    a, b, c, d = idx[:-1, :-1].ravel(), idx[1:, :-1].ravel(), idx[1:, 1:].ravel(), \
        idx[:-1, 1:].ravel()
    faces = np.concatenate([np.column_stack([a, b, c]), np.column_stack([a, c, d])])
    u = uv[:, 0] - FOLD_U
    beyond = u > 0
    x = np.column_stack([uv[:, 0], uv[:, 1], np.zeros(len(u))])
    x[beyond, 0] = FOLD_U + u[beyond] * np.cos(theta)
    x[beyond, 2] = u[beyond] * np.sin(theta)
    return uv, faces, x


def _fold_angle(model) -> float:
    """Degrees the strip is folded by: 180 minus the angle at the fold line between the
    directions to the centres of its two ends (u < 3, u > 9)."""
    u = model.uv[:, 0]
    fold = model.x[np.abs(u - FOLD_U) < 0.5].mean(axis=0)
    a = model.x[u < 3.0].mean(axis=0) - fold
    b = model.x[u > 9.0].mean(axis=0) - fold
    cos = a @ b / (np.linalg.norm(a) * np.linalg.norm(b))
    return 180.0 - float(np.degrees(np.arccos(np.clip(cos, -1.0, 1.0))))


@pytest.mark.parametrize("pressed", [True, False])
def test_pressed_fold_keeps_its_rest_angle(pressed):
    uv, faces, x = _folded_strip(np.radians(120.0))
    fabric = load_fabric("wool_suiting")
    model = build_model(uv, x, faces, np.zeros(len(x)), np.zeros((0, 2)), fabric)
    assert _fold_angle(model) == pytest.approx(120.0, abs=1.0)
    assert np.abs(edge_strain(model)).max() < 1e-9  # folded, not stretched
    assert np.all(model.bend_rest == 0)  # flat rest by default
    if pressed:
        near = np.abs(model.uv[:, 0] - FOLD_U) < 1.0
        press_hinges(model, near[model.bend_quads[:, 0]] & near[model.bend_quads[:, 1]])
        assert (model.bend_rest > 0).any()
        assert np.allclose(model.bend_rest[model.bend_rest > 0],
                           hinge_bend(model)[model.bend_rest > 0])
    simulate(model, None, fabric, SolverSettings(stitch_frames=0, gravity=(0.0, 0.0, 0.0),
                                                 min_frames=60, max_frames=60))
    angle = _fold_angle(model)
    if pressed:
        assert angle == pytest.approx(120.0, abs=8.0)
    else:  # Bergou's flat rest shape springs the fold open
        assert angle < 60.0

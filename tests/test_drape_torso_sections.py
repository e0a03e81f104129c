"""The torso's cross-sections that torso pieces are wrapped on, with arms close to the side."""

import numpy as np

from mtm.core.drape.placement import ARM_MERGE, torso_sections

TORSO_LEVELS = np.arange(90.0, 140.01, 0.5)
RING = np.linspace(0.0, 2.0 * np.pi, 120, endpoint=False)


def _point_body(arm_gap: float):
    """Points of an elliptic torso (y 90-140 cm, half depth 10; half width 21 cm at the hips
    below y = 105, 15 above) and two arms of 5 cm radius hanging out at 35 degrees from
    armpits at x = +-15, y = 140, their inner side ``arm_gap`` cm from the torso's side at the
    armpit; elbows 25 cm down the arms."""
    torso = np.array([((21.0 if y < 105.0 else 15.0) * np.sin(a), y, 10.0 * np.cos(a))
                      for y in TORSO_LEVELS for a in RING])
    axis = np.array([np.sin(np.radians(35.0)), -np.cos(np.radians(35.0)), 0.0])
    side = np.array([np.cos(np.radians(35.0)), np.sin(np.radians(35.0)), 0.0])
    top = np.array([15.0 + arm_gap + 5.0, 140.0, 0.0])
    left = np.array([top + s * axis + 5.0 * (np.cos(a) * side + np.sin(a) * np.array([0, 0, 1.0]))
                     for s in np.arange(0.0, 30.0, 0.5) for a in RING])
    mirror = np.array([-1.0, 1.0, 1.0])
    landmarks = {"crotch": np.array([0.0, 90.0, 0.0]),
                 "armpit_l": np.array([15.0, 140.0, 0.0]),
                 "armpit_r": np.array([-15.0, 140.0, 0.0]),
                 "elbow_l": top + 25.0 * axis, "elbow_r": (top + 25.0 * axis) * mirror}
    return np.vstack([torso, left, left * mirror]), landmarks


def test_an_arm_touching_the_side_under_the_armpit_is_not_taken_for_torso():
    """With the arm 1 cm from the side at the armpit the levels under it reached over the arm
    (half width 30 cm instead of 15): the shirt of a tall man with heavy arms started with its
    underarm out on his arm and caught there (mean stretch 3.35%). Hips wider than the
    armpits stay the torso's."""
    verts, lm = _point_body(arm_gap=1.0)
    ys, half_w, z_c, half_d = torso_sections(verts, lm)
    assert ys[-1] > 138.0
    upper = ys > 110.0
    assert half_w[upper].max() <= 15.0 + ARM_MERGE, half_w[-4:]  # at most a sliver of arm
    assert half_w[-1] == 15.0 and half_d.max() < 10.5
    assert np.all(half_w[ys < 100.0] == 21.0)
    # arms well clear of the side: the same sections as without arms
    verts_far, _ = _point_body(arm_gap=6.0)
    alone = torso_sections(verts[: len(TORSO_LEVELS) * len(RING)], lm)
    for got, want in zip(torso_sections(verts_far, lm), alone, strict=True):
        np.testing.assert_allclose(got, want)

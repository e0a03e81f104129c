"""ANSUR-defined depths, breadths and heights measured on fitted bodies (a second tape)."""

from __future__ import annotations

import numpy as np
import pytest

from mtm.bodies.anthropometry import Anthropometer, measure_shape
from mtm.bodies.fit import fit_body
from mtm.core.io.ansur import load_ansur


@pytest.fixture(scope="module")
def bodies():
    return [(sex, fit_body(ms)) for sex in ("female", "male")
            for ms in load_ansur(sex, limit=2, seed=11)]


def test_dimensions_are_where_the_definitions_put_them(bodies):
    for sex, body in bodies:
        tape = Anthropometer(body.vertices, sex)
        m = tape.measure()
        crotch, navel = tape.points["crotch"][1], tape.points["navel"][1]
        assert crotch < m["buttock_height"] <= navel
        # the seat is the rearmost point of the trunk between crotch and navel
        for y in np.arange(crotch + 1.0, navel, 2.0):
            assert tape.depth_at(y) > 0
        assert 10.0 < m["buttock_depth"] < 45.0
        assert 25.0 < m["hip_breadth"] < 60.0
        assert 15.0 < m["chest_depth"] < 45.0
        assert m["waist_breadth"] > m["waist_depth"]
        # the greatest breadth is at least the breadth at the seat, and a loop's breadth is
        # less than half its girth
        seat = tape.breadth_at(m["buttock_height"])
        assert seat <= m["hip_breadth"] + 1e-9
        assert seat < m["buttock_girth"] / 2


def test_second_tape_agrees_with_the_fit_on_the_chest(bodies):
    """Chest girth at bust level by plane sections agrees with the fit's own measure when the
    fit measures the chest at the bust (not raised to the armpits)."""
    for sex, body in bodies:
        tape = Anthropometer(body.vertices, sex)
        armpit = (tape.points["armpit_l"][1] + tape.points["armpit_r"][1]) / 2
        if tape.bust_level() > armpit - 2.0:
            continue  # measure.py then measures 2 cm under the armpits
        assert tape.girth_at(tape.bust_level()) == pytest.approx(
            body.achieved["chest_girth"], abs=1.0)


def test_measure_shape_returns_every_dimension(bodies):
    sex, body = bodies[0]
    m = measure_shape(body.vertices, sex)
    assert set(m) == {"buttock_height", "buttock_depth", "hip_breadth", "chest_depth",
                      "waist_depth", "waist_breadth", "buttock_girth", "chest_girth_at_bust",
                      "waist_girth_at_navel"}
    assert all(np.isfinite(v) for v in m.values())

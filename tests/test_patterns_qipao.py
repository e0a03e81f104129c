"""Qipao: every cut, sleeve and closure passes its checks; the over-front crosses to the
right armpit over a real inner front; the traditional cut has no darts and sleeves in one;
the under-bust and neck measurements are used."""

from __future__ import annotations

import pytest

from mtm.core.checks import finished_girth
from mtm.core.errors import MtmError
from mtm.core.io.ansur import load_ansur
from mtm.patterns import qipao


@pytest.fixture(scope="module")
def women():
    return load_ansur("female", limit=6, seed=31)


@pytest.mark.parametrize("opts", [
    {}, {"sleeve": "sleeveless"}, {"sleeve": "short", "closure": "snap"},
    {"sleeve": "three_quarter", "length": "ankle", "slit_height": 70},
    {"cut": "traditional"}, {"cut": "traditional", "sleeve": "three_quarter"},
    {"cut": "traditional", "sleeve": "sleeveless", "length": "knee", "hem_taper": 0}])
def test_every_variant_passes_every_check(women, opts):
    for ms in women:
        g = qipao.draft(ms, opts)
        bad = [(c.name, c.message) for c in g.checks if not c.passed]
        assert not bad, (ms.name, opts, bad)


def test_over_front_crosses_to_the_right_armpit_over_the_inner_front(women):
    g = qipao.draft(women[0])
    front, inner = g.piece("front"), g.piece("inner_front")
    assert front.quantity == inner.quantity == 1 and not front.mirrored
    opening = front.edge("opening")
    assert opening.start[0] == pytest.approx(0.0) and opening.end[0] < -15  # CF -> right
    assert {"armhole_l", "shoulder_l"} <= {e.name for e in front.edges}
    assert "armhole_r" not in {e.name for e in front.edges}  # the inner front holds it
    assert {"armhole", "shoulder", "neck", "inner"} <= {e.name for e in inner.edges}
    frogs_f = [h for h in front.drill_holes if h.name == "frog"]
    frogs_i = [h for h in inner.drill_holes if h.name == "frog"]
    assert len(frogs_f) == len(frogs_i) >= 4
    for a, b in zip(frogs_f, frogs_i, strict=True):  # each pair meets on the body
        assert abs(a.at[0] - b.at[0]) + abs(a.at[1] - b.at[1]) < 0.5 or b.at[1] < 0
    in_seams = {(r.piece, r.edge) for s in g.seams for r in (s.a, s.b)}
    assert ("front", "slit_l") not in in_seams and ("back", "slit") not in in_seams


def test_traditional_cut_is_dartless_with_sleeves_in_one(women):
    g = qipao.draft(women[1], {"cut": "traditional", "sleeve": "short"})
    names = {p.name for p in g.pieces}
    assert "sleeve" not in names
    front = g.piece("front")
    assert not front.darts and not front.internal_lines
    assert {"overarm_l", "cuff_l", "underarm_l"} <= {e.name for e in front.edges}
    modern = qipao.draft(women[1])
    assert modern.piece("front").darts and "sleeve" in {p.name for p in modern.pieces}


def test_underbust_and_neck_measurements_are_used(women):
    ms = women[2]
    g = qipao.draft(ms.with_value("underbust_girth", 0.84 * ms["chest_girth"]))
    line = next(x for x in g.girths if x.name == "underbust")
    assert finished_girth(g, line) >= 0.84 * ms["chest_girth"] + 1.0
    g2 = qipao.draft(ms.with_value("neck_girth", 30.0))
    assert g2.piece("collar").edge("top").length == pytest.approx(31.5, abs=0.05)


def test_options_are_checked(women):
    with pytest.raises(MtmError, match="slit_height"):
        qipao.draft(women[0], {"slit_height": 100})
    with pytest.raises(MtmError, match="cut"):
        qipao.draft(women[0], {"cut": "western"})

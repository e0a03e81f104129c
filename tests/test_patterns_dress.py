"""Sheath dress: passes its checks, bodice and skirt meet dart to dart at the waist seam, the
bust dart is trued, facings copy the edges they face, girths carry the planned ease, one
measurement moves only what depends on it, options are validated, the pattern round-trips."""

from __future__ import annotations

import numpy as np
import pytest
import shapely
from pattern_diff import changed, piece_points

from mtm.core.checks import finished_girth, run_checks
from mtm.core.errors import MeasurementError, MtmError
from mtm.core.io import pattern_json
from mtm.core.io.ansur import load_ansur
from mtm.patterns import get_garment, sheath_dress


@pytest.fixture(scope="module")
def subjects():
    return load_ansur("female", limit=6, seed=13)


@pytest.mark.parametrize("opts", [{}, {"neck_drop": 12, "facing_width": 6, "length": 110},
                                  {"chest_ease": 5, "waist_ease": 2, "hip_ease": 3,
                                   "length": 40, "facing_width": 3}])
def test_every_variant_passes_every_check(subjects, opts):
    for ms in subjects:
        g = sheath_dress.draft(ms, opts)
        bad = [(c.name, c.message) for c in g.checks if not c.passed]
        assert not bad, (ms.name, opts, bad)
        names = {c.name for c in g.checks}
        assert {"smooth:neckline", "smooth:armhole", "smooth:bodice_waistline",
                "girth:chest", "girth:waist", "girth:hip"} <= names


def test_bodice_and_skirt_meet_dart_to_dart(subjects):
    for ms in subjects:
        g = sheath_dress.draft(ms)
        for which in ("front", "back"):
            bodice, skirt = g.piece(f"bodice_{which}"), g.piece(f"skirt_{which}")
            # the dart mouths are the same distance from the centre line on both
            b_mouths = sorted(x for x, _ in (bodice.edge("dart_in").start,
                                             bodice.edge("dart_out").end))
            s_mouths = sorted(x for x, _ in (skirt.edge("dart_in").start,
                                             skirt.edge("dart_out").end))
            assert b_mouths == pytest.approx(s_mouths, abs=1e-9)
            for edge in ("waist_centre", "waist_side"):
                assert bodice.edge(edge).length == pytest.approx(skirt.edge(edge).length,
                                                                 abs=0.1)
        # every seam pairs edges of equal length (no planned ease anywhere in this dress)
        for s in g.seams:
            assert s.ease == 0.0
            assert abs(g.edge(s.a).length - g.edge(s.b).length) <= 0.1, s.label


def test_bust_dart_points_at_the_bust_and_front_is_longer(subjects):
    ms = subjects[0]
    g = sheath_dress.draft(ms)
    front, back = g.piece("bodice_front"), g.piece("bodice_back")
    legs = [front.edge(n) for n in ("bust_dart_in", "bust_dart_out")]
    assert legs[0].length == pytest.approx(legs[1].length, abs=1e-3)
    apex = np.array(legs[0].end)
    bp = next(h.at for h in front.drill_holes if h.name == "bust point")
    assert np.hypot(*(apex - bp)) == pytest.approx(2.0, abs=1e-9)
    intake = np.hypot(*np.subtract(legs[0].start, legs[1].end))
    # the centre front is longer than the centre back by the bust dart intake
    cf = front.edge("centre").length
    cb = back.edge("centre").length
    neck_cf = front.edge("neck").end[1]
    assert cf - (cb + neck_cf) == pytest.approx(intake, abs=1e-6)


def test_facings_copy_the_edges_they_face(subjects):
    g = sheath_dress.draft(subjects[1])
    for which in ("front", "back"):
        bodice = g.piece(f"bodice_{which}")
        facing = g.piece(f"facing_{which}")
        for edge in ("neck", "armhole", "shoulder"):
            assert facing.edge(edge).control == bodice.edge(edge).control
        assert facing.edge("side").end == bodice.edge("side_upper").end
        assert facing.edge("side").length == pytest.approx(3.0, abs=1e-6)
        # the facing is cut from the bodice: inside its outline
        inside = shapely.Polygon(bodice.sew_line).buffer(0.01)  # flattening differs by 0.05 mm
        assert inside.contains(shapely.Polygon(facing.sew_line))
        # and it meets the centre line and the side seam square (a smooth lower edge)
        lower = facing.edge("lower")
        assert lower.start_tangent() == pytest.approx((1.0, 0.0))
        assert lower.end_tangent() == pytest.approx((1.0, 0.0))
    assert g.piece("facing_front").on_fold == "centre"
    assert g.piece("facing_back").mirrored


def test_finished_girths_carry_the_planned_ease(subjects):
    for ms in subjects:
        g = sheath_dress.draft(ms, {"chest_ease": 8.0, "hip_ease": 5.0})
        girth = {gl.name: gl for gl in g.girths}
        assert finished_girth(g, girth["hip"]) - ms["hip_girth"] == pytest.approx(5.0, abs=0.05)
        assert finished_girth(g, girth["chest"]) - ms["chest_girth"] >= 7.0
        assert finished_girth(g, girth["waist"]) - ms["waist_girth"] >= 3.0 - 0.3


def test_one_measurement_moves_only_its_points(subjects):
    base = dict(subjects[2].values)
    g0 = piece_points(sheath_dress.draft(base))

    def moved(**delta):
        m = dict(base)
        for k, v in delta.items():
            m[k] += v
        return changed(g0, piece_points(sheath_dress.draft(m)))

    # the hip only changes the skirt below its waist edges
    hip = moved(hip_girth=4.0)
    assert {"skirt_front.side", "skirt_front.hem", "skirt_back.side"} <= hip
    assert {p.split(".")[0] for p in hip} == {"skirt_front", "skirt_back"}
    assert not {e for e in hip if "waist" in e or "dart" in e}
    # the neck only moves necklines, shoulders and armholes, never the waist or the skirt
    neck = moved(neck_base_girth=2.0)
    assert {"bodice_front.neck", "bodice_back.neck", "facing_front.neck"} <= neck
    assert not {e for e in neck if e.startswith("skirt") or "waist" in e or "side" in e}
    # the bust point distance moves the front darts only
    bp = moved(bust_point_distance=2.0) if "bust_point_distance" in base else None
    if bp is None:
        m = dict(base)
        m["bust_point_distance"] = 22.0
        bp = changed(g0, piece_points(sheath_dress.draft(m)))
    assert bp <= {"bodice_front.waist_centre", "bodice_front.dart_in", "bodice_front.dart_out",
                  "bodice_front.waist_side", "bodice_front.bust_dart_in",
                  "bodice_front.bust_dart_out", "skirt_front.waist_centre",
                  "skirt_front.dart_in", "skirt_front.dart_out", "skirt_front.waist_side"}
    assert {"bodice_front.bust_dart_in", "skirt_front.dart_in"} <= bp


def test_options_are_validated(subjects):
    for o in sheath_dress.OPTIONS:
        with pytest.raises(MtmError, match=f"option {o.name}.*out of range"):
            sheath_dress.draft(subjects[0], {o.name: o.max + 1})
        with pytest.raises(MtmError, match=o.name):
            sheath_dress.draft(subjects[0], {o.name: o.min - 1})
    with pytest.raises(MtmError, match="unknown option"):
        sheath_dress.draft(subjects[0], {"sleeve": "long"})
    m = dict(subjects[0].values)
    del m["back_waist_length"]
    with pytest.raises(MeasurementError, match="back_waist_length"):
        sheath_dress.draft(m)


def test_pattern_json_round_trip(subjects, tmp_path):
    g = get_garment("sheath_dress").draft(subjects[3])
    back = pattern_json.read_pattern(pattern_json.write_pattern(g, tmp_path / "d.json"))
    assert back == g
    assert run_checks(back) == g.checks


def test_placement_hints(subjects):
    g = sheath_dress.draft(subjects[0])
    pl = {p.name: p.placement for p in g.pieces}
    assert (pl["bodice_front"].segment, pl["bodice_front"].side) == ("torso", "front")
    assert pl["bodice_front"].landmark == "front_neck"
    assert (pl["bodice_back"].side, pl["bodice_back"].landmark) == ("back", "back_neck")
    assert (pl["skirt_front"].segment, pl["skirt_front"].landmark) == ("waist", "waist_front")
    assert (pl["skirt_back"].segment, pl["skirt_back"].landmark) == ("waist", "waist_back")
    # the facings follow the neckline and armholes they are sewn to
    assert pl["facing_front"].wrap and pl["facing_back"].wrap
    assert pl["facing_front"].landmark == "front_neck"
    # the zip notch on the skirt back and the bodice back centre seam
    back = g.piece("skirt_back")
    assert any(n.edge == "centre" and n.distance == 18.0 for n in back.notches)

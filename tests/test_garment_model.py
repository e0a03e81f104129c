"""The garment model: edges, cut outlines with hem corners, checks, and the JSON round trip."""

from __future__ import annotations

import dataclasses
import json

import numpy as np
import pytest
import shapely

from mtm.core.checks import run_checks
from mtm.core.errors import InputError
from mtm.core.garment import (
    Dart,
    DrillHole,
    EaseLimit,
    Edge,
    EdgeRef,
    Garment,
    GirthLine,
    InternalLine,
    Label,
    Notch,
    Piece,
    Placement,
    Seam,
    SmoothCurve,
)
from mtm.core.io import pattern_json


def _panel(name: str, hem_corner: str = "reverse", flare: float = 4.0) -> Piece:
    edges = (
        Edge.line("hem", (0, 0), (20, 0), allowance=3, corner=hem_corner),
        Edge.line("side", (20, 0), (20 + flare, 40), allowance=1.5),
        Edge.cubic("top", (20 + flare, 40), (15, 42), (5, 44), (0, 44)),
        Edge.line("centre", (0, 44), (0, 0)),
    )
    return Piece(
        name,
        edges,
        ((8, 5), (8, 35)),
        quantity=1,
        on_fold="centre",
        notches=(Notch("side", 20.0),),
        placement=Placement("torso", "front"),
    )


def test_cubic_length_matches_fine_polyline():
    e = Edge.cubic("c", (0, 0), (10, 0), (20, 10), (20, 30))
    fine = e.polyline(1e-5)
    assert abs(e.length - float(np.hypot(*np.diff(fine, axis=0).T).sum())) < 1e-4
    default = e.polyline()
    assert abs(e.length - float(np.hypot(*np.diff(default, axis=0).T).sum())) < 0.01  # 0.1 mm


def test_split_keeps_length_and_shape():
    e = Edge.cubic("c", (0, 0), (10, 0), (20, 10), (20, 30), (20, 40), (10, 45), (0, 45))
    a, b = e.split_at(17.3, ("a", "b"))
    assert abs(a.length - 17.3) < 1e-6
    assert abs(a.length + b.length - e.length) < 1e-6
    assert a.end == b.start


def test_reverse_hem_mirrors_the_side_allowance():
    p = _panel("p", "reverse")
    cut = p.cut_outline()
    # the side seam leans outwards by 4 in 40 cm: mirrored below the hem line it leans back in,
    # so 3 cm below the hem the cut line is 0.3 cm further out than at the hem line
    at_hem = cut[np.argmin(np.abs(cut[:, 1] - 0.0) + (cut[:, 0] < 10) * 99)]
    bottom = cut[np.argmin(np.abs(cut[:, 1] + 3.0) + (cut[:, 0] < 10) * 99)]
    assert bottom[1] == pytest.approx(-3.0)
    assert bottom[0] - at_hem[0] == pytest.approx(0.3, abs=1e-3)


def test_square_hem_is_square_and_mitre_meets():
    cut = _panel("p", "square").cut_outline()
    right = cut[(cut[:, 1] <= 0.0) & (cut[:, 0] > 10)]
    assert np.allclose(right[:, 0], right[0, 0])  # vertical below the hem line
    mitre = _panel("p", "mitre").cut_outline()
    assert shapely.Polygon(mitre).is_valid


def test_fold_edge_gets_no_allowance_and_outline_is_valid():
    p = _panel("p")
    cut = p.cut_outline()
    assert cut[:, 0].min() == pytest.approx(0.0)
    assert shapely.Polygon(cut).is_valid
    assert shapely.Polygon(cut).contains(shapely.Polygon(p.sew_line).buffer(-1e-3))


def test_dart_legs_bridged_in_cut_and_checked():
    edges = (
        Edge.line("hem", (0, 0), (30, 0)),
        Edge.line("side", (30, 0), (30, 30)),
        Edge.line("waist_1", (30, 30), (17, 30)),
        Edge.line("dart_a", (17, 30), (15, 20)),
        Edge.line("dart_b", (15, 20), (13, 30)),
        Edge.line("waist_2", (13, 30), (0, 30)),
        Edge.line("centre", (0, 30), (0, 0)),
    )
    p = Piece("skirt", edges, ((5, 5), (5, 25)), darts=(Dart("dart", ("dart_a", "dart_b")),))
    cut = p.cut_outline()
    assert cut[:, 1].max() == pytest.approx(31.0)  # bridged straight over the mouth
    g = Garment("x", (p,))
    assert all(c.passed for c in run_checks(g))
    bad = Piece(
        "skirt",
        edges[:4]
        + (Edge.line("dart_b", (15, 20), (13, 31)), Edge.line("waist_2", (13, 31), (0, 30)))
        + edges[6:],
        ((5, 5), (5, 25)),
        darts=(Dart("dart", ("dart_a", "dart_b")),),
    )
    assert not run_checks(Garment("x", (bad,)))[0].passed


def test_seam_and_ease_checks_fail_when_lengths_disagree():
    a = _panel("front")
    b = _panel("back", flare=4.0)
    ok = Garment(
        "g", (a, b), (Seam(EdgeRef("front", "side"), EdgeRef("back", "side"), name="side"),)
    )
    assert all(c.passed for c in run_checks(ok))
    c = _panel("back", flare=6.0)  # 0.2 cm... longer side
    bad = Garment(
        "g", (a, c), (Seam(EdgeRef("front", "side"), EdgeRef("back", "side"), name="side"),)
    )
    res = {r.name: r for r in run_checks(bad)}
    assert not res["seam:side"].passed
    long_front = _panel("front", flare=6.0)
    planned = long_front.edge("side").length - a.edge("side").length
    assert 0.2 < planned < 0.3
    seam = Seam(EdgeRef("front", "side"), EdgeRef("back", "side"), ease=planned, name="s")
    eased = Garment(
        "g",
        (long_front, b),
        (seam,),
        ease_limits=(EaseLimit("narrow", ("s",), 0.0, 0.1), EaseLimit("wide", ("s",), 0.1, 0.3)),
    )
    res = {r.name: r for r in run_checks(eased)}
    assert res["seam:s"].passed
    assert not res["ease:narrow"].passed and res["ease:wide"].passed


def test_girth_and_smooth_checks():
    a = _panel("front")
    g = Garment(
        "g",
        (a,),
        measurements={"chest_girth": 70.0},
        girths=(GirthLine("chest", "chest_girth", 6.0, (("front", (0, 10), (99, 10), 4.0),)),),
        smooth_curves=(SmoothCurve("top", (("front", "top"),)),),
    )
    res = {r.name: r for r in run_checks(g)}
    assert res["girth:chest"].value == pytest.approx(4 * 20.0 + 4 * 4.0 * 10 / 40 - 70.0)
    assert res["girth:chest"].passed
    assert res["smooth:top"].passed  # the top curve meets the fold square
    g2 = Garment("g", (a,), measurements={"chest_girth": 80.0}, girths=g.girths)
    assert not run_checks(g2)[-1].passed


def _full_garment() -> Garment:
    a = _panel("front")
    a = Piece(
        a.name,
        a.edges,
        a.grainline,
        quantity=2,
        mirrored=True,
        fabric="shell",
        notches=(Notch("side", 10.0, 2), Notch("top", -3.0)),
        internal_lines=(InternalLine("fold", ((1, 1), (1, 40)), "fold"),),
        drill_holes=(DrillHole((5, 20), "buttonhole", "bh1"),),
        labels=(Label("FRONT", (8, 20), 1.5, 90.0),),
        placement=Placement("torso", "front", (0, 44), "front_neck"),
        title="Front",
    )
    b = _panel("back")
    return Garment(
        "demo",
        (a, b),
        (Seam(EdgeRef("front", "side"), EdgeRef("back", "side", True), name="side"),),
        measurements={"chest_girth": 70.0},
        options={"fit": "slim", "length": 2.0},
        system="test",
        smooth_curves=(SmoothCurve("top", (("front", "top"),)),),
    )


def test_json_round_trip_is_identical(tmp_path):
    g = _full_garment()
    g = dataclasses.replace(g, checks=run_checks(g))
    assert g.checks
    path = pattern_json.write_pattern(g, tmp_path / "p.json")
    back = pattern_json.read_pattern(path)
    assert back == g
    data = json.loads(path.read_text())
    assert data["format"] == "mtm-pattern/1"
    piece = data["pieces"][0]
    for key in (
        "name",
        "quantity",
        "mirrored",
        "on_fold",
        "fabric",
        "edges",
        "cut_outline",
        "notches",
        "grainline",
    ):
        assert key in piece
    assert {"a", "b", "ease"} <= set(data["seams"][0])


def test_minimal_json_loads_with_polyline_edges():
    data = json.loads(pattern_json.dumps(_full_garment()))
    for p in data["pieces"]:
        for e in p["edges"]:
            del e["control"], e["kind"]
        del p["notch_marks"]
    g = pattern_json.garment_from_dict(data)
    orig = _full_garment()
    for p, q in zip(g.pieces, orig.pieces, strict=True):
        for e, f in zip(p.edges, q.edges, strict=True):
            assert abs(e.length - f.length) < 0.01
        for (pt, _, _), (qt, _, _) in zip(p.notch_points(), q.notch_points(), strict=True):
            assert np.hypot(pt[0] - qt[0], pt[1] - qt[1]) < 0.01


def test_bad_json_is_an_input_error(tmp_path):
    with pytest.raises(InputError):
        pattern_json.loads("{}")
    with pytest.raises(InputError):
        pattern_json.loads('{"format": "mtm-pattern/1", "garment": "x", "pieces": [{"name": 1}]}')


def test_tight_inside_curve_leaves_no_loop_in_the_cut_line():
    # a concave bite of radius 0.6 cm with 1.5 cm allowance: the raw offset loops back on itself
    edges = (
        Edge.line("bottom", (0, 0), (20, 0)),
        Edge.line("right", (20, 0), (20, 10)),
        Edge.line("top_r", (20, 10), (10.6, 10), allowance=1.5),
        Edge.cubic("bite", (10.6, 10), (10.6, 9.2), (9.4, 9.2), (9.4, 10), allowance=1.5),
        Edge.line("top_l", (9.4, 10), (0, 10), allowance=1.5),
        Edge.line("left", (0, 10), (0, 0)),
    )
    p = Piece("p", edges, ((5, 2), (5, 8)))
    cut = p.cut_outline()
    assert shapely.LinearRing(cut).is_simple
    assert shapely.Polygon(cut).covers(shapely.Polygon(p.sew_line))
    assert run_checks(Garment("g", (p,)))[0].passed


def test_notches_must_face_each_other_across_a_seam():
    def pair(d_front: float, d_back: float, reversed_: bool) -> Garment:
        a = _panel("front")
        b = _panel("back")
        a = dataclasses.replace(a, notches=(Notch("side", d_front, 2),))
        b = dataclasses.replace(b, notches=(Notch("side", d_back, 2),))
        seam = Seam(
            EdgeRef("front", "side"), EdgeRef("back", "side"), reversed=reversed_, name="side"
        )
        return Garment("g", (a, b), (seam,))

    def notch_check(g):
        return {c.name: c for c in run_checks(g)}["notches:side"]

    length = _panel("front").edge("side").length
    assert notch_check(pair(10.0, 10.0, False)).passed
    assert notch_check(pair(10.0, 10.25, False)).passed  # 2.5 mm apart
    assert not notch_check(pair(10.0, 10.5, False)).passed  # 5 mm apart
    assert notch_check(pair(10.0, length - 10.0, True)).passed  # walked the other way
    assert not notch_check(pair(10.0, 10.0, True)).passed
    g = pair(10.0, 10.0, False)
    single = dataclasses.replace(g.pieces[1], notches=(Notch("side", 10.0, 1),))
    g = dataclasses.replace(g, pieces=(g.pieces[0], single))
    assert not notch_check(g).passed  # a double notch cannot face a single one


def test_vectorised_offsets_match_one_by_one():
    from mtm.core import geometry2d as g2

    rng = np.random.default_rng(1)
    polys = [np.cumsum(rng.normal(size=(n, 2)), axis=0) for n in (2, 5, 17, 3)]
    dists = np.array([1.0, 0.0, 2.5, -1.0])
    together = g2.offset_polylines(polys, dists)
    for poly, d, got in zip(polys, dists, together, strict=True):
        assert np.allclose(got, g2.offset_polyline(poly, d))


def test_outline_checks_of_a_garment_agree_with_each_piece_alone():
    from mtm.core.checks import check_outline

    good = _panel("good")
    # a bow tie: the sew line crosses itself
    bow = Piece("bow", (Edge.line("a", (0, 0), (10, 10)), Edge.line("b", (10, 10), (10, 0)),
                        Edge.line("c", (10, 0), (0, 10)), Edge.line("d", (0, 10), (0, 0))),
                ((1, 1), (1, 2)))
    # a narrow slot 0.4 cm wide with 1 cm allowance: the raw cut loops, its loops are removed
    slot = Piece("slot", (Edge.line("a", (0, 0), (10, 0)), Edge.line("b", (10, 0), (10, 10)),
                          Edge.line("c", (10, 10), (5.2, 10)), Edge.line("d", (5.2, 10), (5.2, 2)),
                          Edge.line("e", (5.2, 2), (4.8, 2)), Edge.line("f", (4.8, 2), (4.8, 10)),
                          Edge.line("g", (4.8, 10), (0, 10)), Edge.line("h", (0, 10), (0, 0))),
                 ((1, 1), (1, 2)))
    clockwise = Piece("cw", tuple(e.reversed() for e in good.edges[::-1]), ((8, 5), (8, 35)))
    net = Piece("net", tuple(e.with_allowance(0.0) for e in good.edges), ((8, 5), (8, 35)))
    pieces = (good, bow, slot, clockwise, net)
    together = {c.name: c for c in run_checks(Garment("g", pieces))}
    for p in pieces:
        alone = check_outline(dataclasses.replace(p))  # a fresh copy: nothing cached
        assert (together[alone.name].passed, together[alone.name].message) == (
            alone.passed, alone.message)
    assert [together[f"outline:{p.name}"].passed for p in pieces] == [
        True, False, True, False, True]


def test_first_crossing_of_a_few_segments_matches_the_array_version():
    from mtm.core import geometry2d as g2

    rng = np.random.default_rng(2)
    found = 0
    for _ in range(200):
        a = np.cumsum(rng.normal(size=(int(rng.integers(2, 9)), 2)), axis=0)
        b = np.cumsum(rng.normal(size=(int(rng.integers(2, 9)), 2)), axis=0)
        small = g2._first_crossing_small(a, b)
        big = g2._first_crossing_array(a, b)
        if small is None:
            assert big is None
            continue
        found += 1
        assert small[:2] == big[:2] and np.array_equal(small[2], big[2])
    assert found > 20

"""DXF import: hand-made Gerber / CLO / Valentina files, and bad files refused in one line."""

from __future__ import annotations

import json
import time
from pathlib import Path

import ezdxf
import numpy as np
import pytest

from mtm.app.cli import main
from mtm.core.errors import InputError
from mtm.core.io.aama_dxf import aama_text, cut_file, ring_area
from mtm.core.io.dxf_import import (
    chain_fragments,
    cut_line_deviation,
    garment_from_cut_file,
    read_aama,
    read_aama_bytes,
)

DATA = Path(__file__).parent / "data" / "dxf"
IN2 = 2.54**2


def _by(cf, name, size):
    return next(p for p in cf.pieces if p.name == name and p.size == size)


def test_gerber_fragments_chain_and_inches_convert():
    cf = read_aama(DATA / "gerber_blouse.dxf")
    assert cf.style == "BLOUSE 12" and cf.sample_size == "M" and cf.sizes == ("M", "L")
    assert cf.grade_rule_table == "BLOUSE" and cf.author == "GERBER TECHNOLOGY"
    front = _by(cf, "FRONT", "M")
    # six fragments, two of them written backwards, make one closed 10 x 20 in outline
    assert abs(ring_area(front.cut)) == pytest.approx(200 * IN2)
    assert front.cut.max(axis=0) == pytest.approx([25.4, 50.8])
    assert (front.quantity, front.mirrored) == (2, 1)  # "Quantity: 1,1"
    assert front.category == "SHELL" and front.annotations == ("CUT 1 PAIR",)
    assert abs(ring_area(front.sew)) == pytest.approx(9 * 19 * IN2)
    notches = sorted(front.notches, key=lambda n: (n.x, n.y))
    assert [(round(n.x, 3), round(n.y, 3), round(n.angle, 3), n.kind) for n in notches] == [
        (0.0, 25.4, 30.0, "slit"), (12.7, 0.0, 90.0, "v"), (25.4, 25.4, 180.0, "slit")]
    assert notches[1].depth == pytest.approx(0.635) and notches[1].width == pytest.approx(0.3175)
    assert np.allclose(front.grain, [[12.7, 7.62], [12.7, 43.18]])
    assert np.allclose(front.drill_holes, [[7.62, 25.4]])
    assert len(front.internal) == 1
    back = _by(cf, "BACK", "M")
    assert abs(ring_area(back.cut)) == pytest.approx(9 * 21 * IN2)
    assert back.quantity == 1 and back.mirrored == 0
    assert np.allclose(back.mirror, [[0, 0], [0, 53.34]])
    large = _by(cf, "FRONT", "L")
    assert abs(ring_area(large.cut)) == pytest.approx(10.5 * 20.5 * IN2)


def test_clo_upper_case_keys_and_r10():
    cf = read_aama(DATA / "clo_skirt.dxf")
    assert cf.style == "A-LINE SKIRT" and cf.sizes == ("38",)
    front = _by(cf, "SKIRT FRONT", "38")
    assert abs(ring_area(front.cut)) == pytest.approx((30 + 26) / 2 * 60)  # mm -> cm
    assert front.quantity == 1 and front.category == "SHELL"
    assert sorted(round(n.angle, 2) for n in front.notches) == [90.0, 181.91]
    assert [lb.text for lb in front.labels] == ["FRONT - PLACE ON STRAIGHT GRAIN"]
    back = _by(cf, "SKIRT BACK", "38")
    assert back.quantity == 2 and np.allclose(back.drill_holes, [[15.5, 45.0]])
    assert abs(ring_area(back.cut)) == pytest.approx((31 + 27) / 2 * 61)  # closing point repeated


def test_valentina_insunits_and_line_notches():
    cf = read_aama(DATA / "valentina_trousers.dxf")
    front = _by(cf, "Front", "40")
    assert abs(ring_area(front.cut)) == pytest.approx(26 * 102)  # $INSUNITS 5 = cm
    assert abs(ring_area(front.sew)) == pytest.approx(24 * 100)
    assert front.annotations == ("Cut on fold", "Trousers")
    by_pos = {(round(n.x, 3), round(n.y, 3)): n for n in front.notches}
    assert set(by_pos) == {(25.0, 50.0), (12.0, -1.0)}  # the end of the LINE on the cut line
    assert by_pos[(25.0, 50.0)].angle == pytest.approx(180.0)
    assert by_pos[(12.0, -1.0)].depth == pytest.approx(1.0)


def test_imported_piece_becomes_a_garment_with_the_same_cut_line():
    for name, tol in (("gerber_blouse", 1e-6), ("valentina_trousers", 1e-6), ("clo_skirt", 0.01)):
        cf = read_aama(DATA / f"{name}.dxf")
        g = garment_from_cut_file(cf)
        for piece in g.pieces:
            src = _by(cf, piece.name, g.size)
            # the CLO fixture's sew line is drawn 10 mm in by hand, to 0.01 mm
            assert cut_line_deviation(piece, src.cut) < tol
            assert len(piece.notches) == len(src.notches)


def test_exported_garments_come_back_as_garments_within_0_01_mm():
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from test_dxf_export import catalogue_garments, demo_garment

    for garment in [demo_garment(), *catalogue_garments()]:
        for units in ("mm", "in"):
            cf = read_aama_bytes(aama_text(cut_file(garment), units=units).encode())
            back = garment_from_cut_file(cf)
            assert [p.name for p in back.pieces] == [p.name for p in garment.pieces]
            for piece, src, orig in zip(back.pieces, cf.pieces, garment.pieces, strict=True):
                assert cut_line_deviation(piece, src.cut) < 0.001, (garment.name, piece.name)
                assert len(piece.darts) == len(orig.darts)
                assert (piece.on_fold is None) == (orig.on_fold is None)
                assert (piece.quantity, piece.mirrored) == (orig.quantity, orig.mirrored)
                assert [lb.text for lb in piece.labels] == [lb.text for lb in orig.labels]


def test_a_dart_whose_legs_turn_corners_comes_back_as_one_dart():
    # a front dart running on along a pocket line to the side seam (the jacket's cut-through):
    # its legs turn corners and see the cut line at many distances, so they come in as many
    # edges; the dart's line drawn along them gives it back
    from mtm.core.garment import Dart, Edge, Garment, Piece

    piece = Piece(
        "front",
        (
            Edge.line("hem", (0, 0), (30, 0), allowance=4),
            Edge.line("side_low", (30, 0), (30, 10)),
            Edge("dart_in", "polyline", ((30, 10), (12, 10), (13, 30))),
            Edge("dart_out", "polyline", ((13, 30), (14, 11), (30, 11))),
            Edge.line("side", (30, 11), (30, 40)),
            Edge.line("top", (30, 40), (0, 40)),
            Edge.line("centre", (0, 40), (0, 0)),
        ),
        ((5, 5), (5, 35)),
        darts=(Dart("dart", ("dart_in", "dart_out")),),
    )
    garment = Garment("cut-through", (piece,), size="M")
    cf = read_aama_bytes(aama_text(cut_file(garment)).encode())
    back = garment_from_cut_file(cf)
    got = back.pieces[0]
    assert len(got.darts) == 1
    legs = [got.edge(n).polyline() for n in got.darts[0].legs]
    assert np.allclose(legs[0][[0, -1]], [(30, 10), (13, 30)], atol=1e-3)
    assert np.allclose(legs[1][[0, -1]], [(13, 30), (30, 11)], atol=1e-3)
    assert cut_line_deviation(got, cf.pieces[0].cut) < 0.001


def test_chain_reports_a_gap():
    frags = [np.array([[0, 0], [1, 0]]), np.array([[1, 0], [1, 1]]), np.array([[3, 3], [0, 0]])]
    with pytest.raises(InputError, match="do not join"):
        chain_fragments(frags, 0.05, "piece 'X'")


# ------------------------------------------------------- files other readers open (repaired)

#: the hand-made fixtures of scripts/make_dxf_repair_fixtures.py: name -> (gap in mm, kind)
REPAIRS = {
    "repair_gap_0_5mm": (0.5, "gap_closed"),
    "repair_gap_5mm": (5.0, "gap_closed"),
    "repair_reversed": (None, None),
    "repair_out_of_order": (None, None),
    "repair_open_sew": (20.0, "open_sew_line"),
}


def _reference_cut() -> np.ndarray:
    return read_aama(DATA / "repair_reversed.dxf").pieces[0].cut


@pytest.mark.parametrize("name", REPAIRS)
def test_fragment_defects_import_with_warnings_not_errors(tmp_path, capsys, name):
    from shapely.geometry import Polygon

    gap, kind = REPAIRS[name]
    (piece,) = read_aama(DATA / f"{name}.dxf").pieces
    reference = Polygon(_reference_cut())
    # the same outline: a gap is bridged by a straight segment along the edge it cut short
    assert Polygon(piece.cut).symmetric_difference(reference).area < 1e-4  # cm², 4 decimals
    assert abs(ring_area(piece.cut)) == pytest.approx(reference.area, rel=1e-6)
    if kind is None:
        assert piece.warnings == () and piece.sew is not None
    else:
        (warning,) = piece.warnings
        assert warning.kind == kind and warning.gap_mm == pytest.approx(gap, abs=1e-3)
        assert "'FRONT'" in warning.message
    if kind == "open_sew_line":
        assert piece.sew is None and len(piece.internal) == 1
        assert len(piece.internal[0]) > 50  # the whole sew line, kept as a drawn line
    elif kind == "gap_closed":
        assert piece.sew is not None
        from shapely.geometry import Point

        assert Polygon(piece.cut).exterior.distance(Point(warning.at)) < 1e-3  # on the cut line
    code, out, err = _run(capsys, "import-dxf", str(DATA / f"{name}.dxf"), "--json",
                          "--out", str(tmp_path / "p.json"))
    assert code == 0 and err == ""
    report = json.loads(out)
    assert [(w["kind"], w["gap_mm"]) for w in report["warnings"]] == (
        [(kind, pytest.approx(gap, abs=1e-3))] if kind else [])
    assert report["written"][0]["max_cut_line_deviation_mm"] < 0.1  # allowance re-derived


def test_a_gap_wider_than_max_gap_is_refused_naming_the_piece(capsys):
    code, out, err = _run(capsys, "import-dxf", str(DATA / "repair_gap_5mm.dxf"),
                          "--max-gap", "4")
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert "piece 'FRONT'" in err and "gap of 5.00 mm" in err and "up to 4 mm" in err
    code, out, err = _run(capsys, "import-dxf", str(DATA / "repair_gap_0_5mm.dxf"),
                          "--max-gap", "0")
    assert code == 2 and "gap of 0.50 mm" in err
    code, out, err = _run(capsys, "import-dxf", str(DATA / "repair_gap_5mm.dxf"),
                          "--max-gap", "-1")
    assert code == 2 and "--max-gap" in err


def test_chain_closes_small_gaps_and_reverses_fragments():
    from mtm.core.io.dxf_import import chain_lines

    square = [np.array([[0.0, 0.0], [1.0, 0.0]]), np.array([[1.0, 1.0], [1.0, 0.03]]),
              np.array([[0.0, 1.0], [1.0, 1.0]]), np.array([[0.0, 1.0], [0.0, 0.0]])]
    (chain,) = chain_lines(square, 0.005, 0.06)
    assert chain.closed and abs(ring_area(chain.points)) == pytest.approx(1.0, abs=0.01)
    assert [round(g, 3) for g, _ in chain.gaps] == [0.03]
    chains = chain_lines(square, 0.005, 0.01)  # the 0.3 mm gap is too wide now
    assert not any(c.closed for c in chains)
    line = [np.array([[0.0, 0.0], [1.0, 0.0], [1.0, 1.0]])]
    (open_,) = chain_lines(line, 0.005, 0.6)
    assert not open_.closed and open_.gaps == []


# --------------------------------------------------------------------------- bad files


def _run(capsys, *argv) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _refused(capsys, path, match):
    start = time.monotonic()
    code, out, err = _run(capsys, "import-dxf", str(path))
    assert time.monotonic() - start < 10
    assert code == 2, (out, err)
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert match in err, err
    return err


def test_binary_file_is_refused(tmp_path, capsys):
    path = tmp_path / "photo.dxf"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40)
    _refused(capsys, path, "not a DXF file (binary data)")


def test_truncated_file_is_refused(tmp_path, capsys):
    text = aama_text(cut_file(_demo()))
    path = tmp_path / "cut.dxf"
    path.write_text(text[: len(text) // 2])
    _refused(capsys, path, "truncated")


def test_house_plan_is_refused(tmp_path, capsys):
    doc = ezdxf.new("R2000", setup=True)
    doc.layers.add("WALLS")
    door = doc.blocks.new("DOOR")
    door.add_line((0, 0), (900, 0))
    door.add_arc((0, 0), 900, 0, 90)
    msp = doc.modelspace()
    msp.add_lwpolyline([(0, 0), (12000, 0), (12000, 8000), (0, 8000)], close=True,
                       dxfattribs={"layer": "WALLS"})
    msp.add_blockref("DOOR", (3000, 0))
    msp.add_text("LIVING ROOM: 42 m2", dxfattribs={"insert": (4000, 4000), "height": 300})
    path = tmp_path / "house.dxf"
    doc.saveas(path)
    _refused(capsys, path, "no pattern pieces")


def test_fifty_megabyte_file_is_refused_before_reading(tmp_path, capsys):
    path = tmp_path / "huge.dxf"
    with open(path, "wb") as fh:
        fh.write(b"  0\nSECTION\n  2\nENTITIES\n")
        fh.truncate(50_000_000)
    err = _refused(capsys, path, "50.0 MB")
    assert "refused" in err


def test_empty_and_not_dxf_text(tmp_path, capsys):
    empty = tmp_path / "empty.dxf"
    empty.write_bytes(b"")
    _refused(capsys, empty, "empty")
    text = tmp_path / "notes.dxf"
    text.write_text("These are my notes about the customer.\nNo DXF here.\n")
    _refused(capsys, text, "not a DXF file")
    missing = tmp_path / "missing.dxf"
    _refused(capsys, missing, "cannot read")


def test_time_limit_stops_a_slow_read():
    # a valid pattern piece drowned in 60 000 drill-hole POINTs, read with a 10 ms budget
    text = aama_text(cut_file(_demo()))
    points = "".join(f"  0\nPOINT\n  8\n13\n 10\n{i % 300}.0\n 20\n{i // 300}.0\n"
                     for i in range(60_000))
    at = text.index("  0\nENDBLK", text.index("\nSKIRT_FRONT_M\n"))
    busy = (text[:at] + points + text[at:]).encode()
    with pytest.raises(InputError, match="longer than the 0 s limit"):
        read_aama_bytes(busy, time_limit=0.01)
    assert len(read_aama_bytes(busy).pieces[0].drill_holes) == 60_000 + 2


def test_cli_summary_and_pattern_out(tmp_path, capsys):
    out = tmp_path / "blouse.json"
    code, stdout, _ = _run(capsys, "import-dxf", str(DATA / "gerber_blouse.dxf"), "--out",
                           str(out), "--json")
    assert code == 0
    info = json.loads(stdout)
    assert info["sizes"] == ["M", "L"]
    front = next(p for p in info["pieces"] if p["name"] == "FRONT" and p["size"] == "M")
    assert front["quantity"] == 2 and front["notches"] == 3 and front["drill_holes"] == 1
    assert front["area_cm2"] == pytest.approx(200 * IN2, abs=1e-3)
    assert [w["size"] for w in info["written"]] == ["M"]
    assert info["written"][0]["max_cut_line_deviation_mm"] < 0.01
    data = json.loads(out.read_text())
    assert data["format"] == "mtm-pattern/1" and [p["name"] for p in data["pieces"]] == [
        "FRONT", "BACK"]
    code, _, err = _run(capsys, "import-dxf", str(DATA / "gerber_blouse.dxf"), "--out",
                        str(out), "--size", "XL")
    assert code == 2 and "size 'XL'" in err


def _demo():
    import sys

    sys.path.insert(0, str(Path(__file__).parent))
    from test_dxf_export import demo_garment

    return demo_garment()


# --------------------------------------------------------------------------- fuzzing

from hypothesis import HealthCheck, given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

_SOURCES = {name: (DATA / f"{name}.dxf").read_bytes()
            for name in ("gerber_blouse", "clo_skirt", "valentina_trousers")}
_TOKENS = st.sampled_from([b"nan", b"inf", b"-inf", b"1e400", b"-0", b"\n", b"  0\nEOF\n", b"70"])


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=st.sampled_from(sorted(_SOURCES)), cut=st.floats(0.0, 1.0), edits=st.lists(
    st.tuples(st.floats(0.0, 1.0), st.binary(max_size=4) | _TOKENS), max_size=6))
def test_damaged_files_give_a_pattern_or_an_input_error(source, cut, edits):
    """Truncated or corrupted bytes never escape as anything but InputError."""
    original = _SOURCES[source]
    data = bytearray(original[: int(cut * len(original))] if cut > 0.5 else original)
    for at, new in edits:
        i = int(at * len(data))
        data[i : i + len(new)] = new
    try:
        cf = read_aama_bytes(bytes(data), source="fuzz.dxf")
    except InputError as error:
        assert str(error).startswith("fuzz.dxf: ") and "\n" not in str(error)
    else:
        assert cf.pieces and all(len(p.cut) >= 3 for p in cf.pieces)
        assert all(np.isfinite(p.cut).all() for p in cf.pieces)
        _garment_or_input_error(cf)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(source=st.sampled_from(sorted(_SOURCES)), edits=st.lists(
    st.tuples(st.floats(0.0, 1.0), _TOKENS | st.text(max_size=6)), min_size=1, max_size=4))
def test_bad_values_give_a_pattern_or_an_input_error(source, edits):
    """Whole lines replaced by odd values (nan, inf, huge, text) never crash the reader."""
    lines = _SOURCES[source].decode("ascii").splitlines()
    for at, new in edits:
        i = int(at * (len(lines) - 1))
        lines[i] = new.decode() if isinstance(new, bytes) else new
    try:
        cf = read_aama_bytes("\n".join(lines).encode("utf-8"), source="fuzz.dxf")
    except InputError as error:
        assert str(error).startswith("fuzz.dxf: ") and "\n" not in str(error)
    else:
        assert cf.pieces and all(np.isfinite(p.cut).all() for p in cf.pieces)
        _garment_or_input_error(cf)


def _garment_or_input_error(cf) -> None:
    try:
        garment = garment_from_cut_file(cf)
    except InputError as error:
        assert "\n" not in str(error)
    else:
        assert garment.pieces


def test_cli_writes_every_size_with_a_size_template(tmp_path, capsys):
    code, out, err = _run(capsys, "import-dxf", str(DATA / "gerber_blouse.dxf"), "--out",
                          str(tmp_path / "blouse_{size}.json"))
    assert code == 0, err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["blouse_L.json", "blouse_M.json"]
    large = json.loads((tmp_path / "blouse_L.json").read_text())
    assert large["size"] == "L" and [p["name"] for p in large["pieces"]] == ["FRONT"]
    code, _, err = _run(capsys, "import-dxf", str(DATA / "gerber_blouse.dxf"), "--out",
                        str(tmp_path / "no" / "x.json"))
    assert code == 2 and "does not exist" in err


def test_r2000_lwpolyline_with_bulges(tmp_path):
    """Newer writers (Valentina on R2000+) use LWPOLYLINEs, arcs as bulges, $INSUNITS for mm."""
    doc = ezdxf.new("R2000", units=4)
    block = doc.blocks.new("Collar")
    # 100 x 40 mm with the top-right corner rounded by a 20 mm quarter circle (bulge tan(22.5))
    bulge = float(np.tan(np.radians(90 / 4)))
    block.add_lwpolyline([(0, 0, 0), (100, 0, 0), (100, 20, bulge), (80, 40, 0), (0, 40, 0)],
                         format="xyb", close=True, dxfattribs={"layer": "1"})
    block.add_lwpolyline([(0, 0), (0, 40)], dxfattribs={"layer": "6"})
    block.add_point((50, 0), dxfattribs={"layer": "4"})
    for i, text in enumerate(("Piece Name: Collar", "Size: 40", "Quantity: 1")):
        block.add_text(text, dxfattribs={"layer": "1", "height": 3, "insert": (10, 30 - 5 * i)})
    doc.modelspace().add_blockref("Collar", (0, 0))
    path = tmp_path / "collar.dxf"
    doc.saveas(path)
    collar = read_aama(path).pieces[0]
    exact = 10 * 4 - 2 * 2 + np.pi * 2**2 / 4  # cm²
    assert abs(ring_area(collar.cut)) == pytest.approx(exact, rel=1e-5)  # chords within 1 µm
    assert np.allclose(collar.mirror, [[0, 0], [0, 4]])
    assert collar.notches[0].angle == pytest.approx(90.0)


def test_boundary_of_lines_and_arcs_and_circle_drill_holes(tmp_path):
    """Some writers chain LINE and ARC entities for the boundary and draw holes as circles."""
    doc = ezdxf.new("R12")
    block = doc.blocks.new("POCKET_M")
    block.add_line((0, 0), (120, 0), dxfattribs={"layer": "1"})
    block.add_line((120, 0), (120, 100), dxfattribs={"layer": "1"})
    block.add_arc((60, 100), 60, 0, 180, dxfattribs={"layer": "1"})  # a rounded top
    block.add_line((0, 0), (0, 100), dxfattribs={"layer": "1"})  # written backwards
    block.add_circle((60, 50), 2, dxfattribs={"layer": "13"})
    for i, text in enumerate(("Piece Name: POCKET", "Size: M")):
        block.add_text(text, dxfattribs={"layer": "1", "height": 3, "insert": (10, 30 - 5 * i)})
    doc.modelspace().add_blockref("POCKET_M", (0, 0))
    doc.modelspace().add_text("Units: METRIC")
    path = tmp_path / "pocket.dxf"
    doc.saveas(path)
    pocket = read_aama(path).pieces[0]
    assert abs(ring_area(pocket.cut)) == pytest.approx(12 * 10 + np.pi * 6**2 / 2, rel=1e-5)
    assert np.allclose(pocket.drill_holes, [[6.0, 5.0]])

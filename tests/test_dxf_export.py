"""AAMA/ASTM DXF export: dialects, units, structure, ezdxf audit, export -> import round trips."""

from __future__ import annotations

import dataclasses
import functools
import importlib
import io

import ezdxf
import numpy as np
import pytest

from mtm.core.garment import (
    Dart,
    DrillHole,
    Edge,
    Garment,
    InternalLine,
    Label,
    Notch,
    Piece,
)
from mtm.core.io import aama_dxf
from mtm.core.io.aama_dxf import MODES, UNITS, aama_text, cut_file, cut_piece, ring_area
from mtm.core.io.dxf_import import read_aama_bytes

TOL_CM = 0.001  # 0.01 mm
ALLOWED = {"POLYLINE", "VERTEX", "SEQEND", "LINE", "POINT", "TEXT", "INSERT"}


def demo_garment(size: str = "M", scale: float = 1.0) -> Garment:
    """A skirt front with a dart, a fold, double notches, marks; a mirrored cubic sleeve."""
    s = scale
    skirt = Piece(
        "skirt front",
        (
            Edge.line("hem", (0, 0), (30 * s, 0), allowance=3, corner="reverse"),
            Edge.line("side", (30 * s, 0), (26 * s, 60), allowance=1.5),
            Edge.line("waist_1", (26 * s, 60), (17 * s, 60.5)),
            Edge.line("dart_a", (17 * s, 60.5), (15 * s, 48)),
            Edge.line("dart_b", (15 * s, 48), (13 * s, 60.5)),
            Edge.line("waist_2", (13 * s, 60.5), (0, 60)),
            Edge.line("centre", (0, 60), (0, 0)),
        ),
        ((8, 5), (8, 50)),
        on_fold="centre",
        darts=(Dart("dart", ("dart_a", "dart_b")),),
        notches=(Notch("side", 20.0, 2), Notch("hem", -7.0), Notch("waist_2", 4.0)),
        internal_lines=(InternalLine("pocket", ((18, 40), (24, 40)), "placement"),),
        drill_holes=(DrillHole((15, 49.5), "dart"), DrillHole((20, 30), "pocket")),
        labels=(Label("SKIRT FRONT", (4, 30), 1.5, 90.0),),
        title="Skirt front",
    )
    sleeve = Piece(
        "sleeve",
        (
            Edge.line("hem", (0, 0), (28 * s, 0), allowance=2.5, corner="square"),
            Edge.line("back_seam", (28 * s, 0), (34 * s, 40)),
            Edge.cubic("cap", (34 * s, 40), (30 * s, 52), (4 * s, 52), (0, 40)),
            Edge.line("front_seam", (0, 40), (0, 0)),
        ),
        ((14, 5), (14, 38)),
        quantity=2,
        mirrored=True,
        fabric="lining",
        notches=(Notch("cap", 10.0), Notch("cap", -12.0, 2)),
    )
    return Garment("demo skirt", (skirt, sleeve), size=size)


@functools.cache
def catalogue_garments() -> tuple[Garment, ...]:
    """Every garment of the catalogue that can be drafted here, for the sample customer."""
    import json
    from importlib import resources

    from mtm import patterns
    from mtm.core.measurements import MeasurementSet

    data = json.loads(resources.files("mtm.resources").joinpath(
        "samples", "median_woman.json").read_text())
    ms = MeasurementSet.from_mapping(data["measurements"], sex=data["sex"]).with_estimates()
    out = []
    for name, module in patterns.GARMENTS.items():
        try:
            importlib.import_module(module)
        except ImportError:
            continue  # registered but not written yet
        out.append(patterns.draft(name, ms.values))
    return tuple(out)


def _compare(ours: aama_dxf.CutPiece, back: aama_dxf.CutPiece) -> None:
    assert back.name == ours.name and back.size == ours.size
    assert (back.quantity, back.mirrored) == (ours.quantity, ours.mirrored)
    assert back.category == ours.category and back.annotations == ours.annotations
    assert back.cut.shape == ours.cut.shape
    assert np.abs(back.cut - ours.cut).max() < TOL_CM
    assert np.abs(back.sew - ours.sew).max() < TOL_CM
    assert len(back.notches) == len(ours.notches)
    for a, b in zip(ours.notches, back.notches, strict=True):
        assert abs(a.x - b.x) < TOL_CM and abs(a.y - b.y) < TOL_CM
        assert abs((a.angle - b.angle + 180) % 360 - 180) < 1e-6
        assert abs(a.depth - b.depth) < TOL_CM and a.kind == b.kind
    assert np.abs(back.grain - ours.grain).max() < TOL_CM
    if ours.mirror is None:
        assert back.mirror is None
    else:
        assert np.abs(back.mirror - ours.mirror).max() < TOL_CM
    assert back.drill_holes.shape == ours.drill_holes.shape
    assert np.abs(back.drill_holes - ours.drill_holes).max(initial=0) < TOL_CM
    assert len(back.internal) == len(ours.internal)
    for a, b in zip(ours.internal, back.internal, strict=True):
        assert np.abs(np.asarray(a) - b).max() < TOL_CM
    assert [lb.text for lb in back.labels] == [lb.text for lb in ours.labels]
    for a, b in zip(ours.labels, back.labels, strict=True):
        assert abs(a.x - b.x) < TOL_CM and abs(a.y - b.y) < TOL_CM
        assert abs(a.height - b.height) < TOL_CM
        assert abs((a.angle - b.angle + 180) % 360 - 180) < 1e-9


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("units", UNITS)
def test_demo_round_trip_every_mode_and_unit(mode, units):
    cf = cut_file(demo_garment(), style="DEMO", author="tests")
    text = aama_text(cf, mode=mode, units=units)
    back = read_aama_bytes(text.encode("cp1252"), source="demo.dxf")
    assert back.style == "DEMO" and back.author == "tests"
    assert [p.name for p in back.pieces] == [p.name for p in cf.pieces]
    for ours, theirs in zip(cf.pieces, back.pieces, strict=True):
        _compare(ours, theirs)


def test_demo_pieces_carry_what_the_garment_declares():
    g = demo_garment()
    skirt, sleeve = (cut_piece(p, "M") for p in g.pieces)
    assert len(skirt.notches) == 4  # a double notch counts twice
    assert skirt.mirror is not None and np.allclose(skirt.mirror[:, 0], 0.0)
    assert len(skirt.internal) == 2  # the pocket line and the dart legs
    assert skirt.drill_holes.shape == (2, 2)
    assert (sleeve.quantity, sleeve.mirrored, sleeve.category) == (2, 1, "LINING")
    # every notch sits on the cut line and points into the piece
    from shapely.geometry import LinearRing, Point, Polygon

    for cp in (skirt, sleeve):
        ring, poly = LinearRing(cp.cut), Polygon(cp.cut)
        for n in cp.notches:
            assert ring.distance(Point(n.x, n.y)) < 1e-6
            a = np.radians(n.angle)
            assert poly.contains(Point(n.x + 0.1 * np.cos(a), n.y + 0.1 * np.sin(a)))


@pytest.mark.parametrize("mode", MODES)
def test_structure_follows_the_dialect(mode):
    cf = cut_file(demo_garment(), style="DEMO")
    text = aama_text(cf, mode=mode, units="mm")
    doc = ezdxf.read(io.StringIO(text))
    auditor = doc.audit()
    assert not auditor.has_errors, [e.message for e in auditor.errors]
    names = {b.name for b in doc.blocks if not b.name.startswith("*") and
             not b.name.upper().startswith("$")}
    assert names == {"SKIRT_FRONT_M", "SLEEVE_M"}
    for block in (doc.blocks.get(n) for n in names):
        for e in block:
            assert e.dxftype() in ALLOWED
            assert e.dxf.layer != "0"
        layers = {e.dxf.layer for e in block}
        assert {"1", "2", "4", "7", "14"} <= layers
        for pl in block.query("POLYLINE[layer=='1']"):
            assert pl.is_closed
    inserts = list(doc.modelspace().query("INSERT"))
    assert sorted(i.dxf.name for i in inserts) == sorted(names)
    assert all(i.dxf.layer == "1" and tuple(i.dxf.insert)[:2] == (0, 0) for i in inserts)
    style_text = [t.dxf.text for t in doc.modelspace().query("TEXT")]
    for key in ("Style Name:", "Creation Date:", "Creation Time:", "Author:", "Sample Size:"):
        assert any(t.startswith(key) for t in style_text), key
    assert "Units: METRIC" in style_text
    assert "\nLWPOLYLINE\n" not in text and "\nSPLINE\n" not in text
    if mode == "gerber":
        assert text.isascii()
        head = text[: text.index("BLOCKS")]
        assert "$ACADVER" not in head and "TABLES" not in text
    elif mode == "clo":
        assert "AC1006" in text and "AC1009" not in text
    else:
        assert "AC1009" in text


def test_inches_say_english_and_scale():
    cf = cut_file(demo_garment(), style="DEMO")
    doc = ezdxf.read(io.StringIO(aama_text(cf, units="in")))
    assert "Units: ENGLISH" in [t.dxf.text for t in doc.modelspace().query("TEXT")]
    cut = [pl for pl in doc.blocks.get("SLEEVE_M").query("POLYLINE[layer=='1']")][0]
    pts = np.array([(v.dxf.location.x, v.dxf.location.y) for v in cut.vertices])
    assert abs(ring_area(pts)) * 2.54**2 == pytest.approx(abs(ring_area(cf.pieces[1].cut)))


def test_gerber_text_is_ascii_only():
    g = demo_garment()
    g = dataclasses.replace(g, pieces=(dataclasses.replace(g.pieces[0], title="Jupe à plis"),)
                            + g.pieces[1:])
    text = aama_text(cut_file(g), mode="gerber")
    assert text.isascii() and "Annotation: Jupe a plis" in text


def test_graded_nest_writes_every_size():
    sizes = {"S": 0.94, "M": 1.0, "L": 1.06}
    nest = [demo_garment(size, k) for size, k in sizes.items()]
    cf = cut_file(nest, style="DEMO NEST")
    assert cf.sample_size == "M"
    doc = ezdxf.read(io.StringIO(aama_text(cf)))
    names = {b.name for b in doc.blocks if not b.name.startswith("$")}
    assert {f"{p}_{s}" for p in ("SKIRT_FRONT", "SLEEVE") for s in sizes} <= names
    back = read_aama_bytes(aama_text(cf).encode())
    assert back.sizes == ("S", "M", "L")
    for ours, theirs in zip(cf.pieces, back.pieces, strict=True):
        _compare(ours, theirs)


def test_bad_requests_are_input_errors():
    from mtm.core.errors import InputError

    cf = cut_file(demo_garment())
    with pytest.raises(InputError, match="mode"):
        aama_text(cf, mode="lectra")
    with pytest.raises(InputError, match="units"):
        aama_text(cf, units="cm")
    with pytest.raises(InputError, match="repeats a size"):
        cut_file([demo_garment("M"), demo_garment("M")])


def test_every_catalogue_garment_round_trips():
    garments = catalogue_garments()
    assert garments, "the catalogue drafted nothing"
    for g in garments:
        cf = cut_file(g)
        for mode in MODES:
            text = aama_text(cf, mode=mode, units="mm")
            auditor = ezdxf.read(io.StringIO(text)).audit()
            assert not auditor.has_errors, (g.name, mode, [e.message for e in auditor.errors])
            back = read_aama_bytes(text.encode("cp1252"), source=f"{g.name}.dxf")
            assert len(back.pieces) == len(cf.pieces)
            for ours, theirs in zip(cf.pieces, back.pieces, strict=True):
                _compare(ours, theirs)
        # inches too (sample of the dialects: standard)
        back = read_aama_bytes(aama_text(cf, units="in").encode("cp1252"))
        for ours, theirs in zip(cf.pieces, back.pieces, strict=True):
            _compare(ours, theirs)


# --------------------------------------------------------------------------- property

from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402


@settings(max_examples=60, deadline=None)
@given(
    radii=st.lists(st.floats(5.0, 80.0), min_size=3, max_size=60),
    centre=st.tuples(st.floats(-500, 500), st.floats(-500, 500)),
    notch_at=st.lists(st.tuples(st.integers(0, 10_000), st.floats(0.0, 1.0)), max_size=8),
    mode=st.sampled_from(MODES),
    units=st.sampled_from(UNITS),
    name=st.text(st.characters(min_codepoint=32, max_codepoint=126), min_size=1, max_size=12)
    .filter(lambda s: s.strip() == s and s.strip()),
)
def test_random_pieces_round_trip(radii, centre, notch_at, mode, units, name):
    """Star-shaped pieces anywhere on the plane come back within 0.01 mm, notches and all."""
    angles = np.linspace(0, 2 * np.pi, len(radii), endpoint=False)
    cut = np.c_[np.cos(angles), np.sin(angles)] * np.array(radii)[:, None] + centre
    notches = []
    for edge, t in notch_at:
        a, b = cut[edge % len(cut)], cut[(edge + 1) % len(cut)]
        x, y = a + t * (b - a)
        notches.append(aama_dxf.Notch(float(x), float(y), aama_dxf.perpendicular_angle(cut, x, y),
                                      0.6, 0.0, "slit"))
    piece = aama_dxf.CutPiece(name, cut, size="38", sew=None, notches=tuple(notches),
                              grain=np.array([centre, np.add(centre, (0, 3))]), quantity=3)
    cf = aama_dxf.CutFile("PROP", (piece,))
    back = read_aama_bytes(aama_text(cf, mode=mode, units=units).encode("cp1252")).pieces[0]
    assert back.name == name and back.quantity == 3 and back.size == "38"
    assert np.abs(back.cut - cut).max() < TOL_CM
    assert len(back.notches) == len(notches)
    for a, b in zip(notches, back.notches, strict=True):
        assert abs(a.x - b.x) < TOL_CM and abs(a.y - b.y) < TOL_CM
        assert abs((a.angle - b.angle + 180) % 360 - 180) < 1e-6


def test_same_input_same_bytes(tmp_path):
    """With a creation time given, every cut file is reproducible byte for byte."""
    import datetime
    import time

    from mtm.core.io.pdf_output import write_pdf
    from mtm.core.io.plain_dxf import plain_dxf_text

    when = datetime.datetime(2026, 11, 22, 9, 30)
    first = cut_file(demo_garment(), created=when)
    texts = [aama_text(first, mode=m) for m in MODES]
    plain = plain_dxf_text(first)
    write_pdf(first, tmp_path / "a.pdf")
    time.sleep(1.05)
    again = cut_file(demo_garment(), created=when)
    assert [aama_text(again, mode=m) for m in MODES] == texts
    write_pdf(again, tmp_path / "b.pdf")
    assert (tmp_path / "a.pdf").read_bytes() == (tmp_path / "b.pdf").read_bytes()
    assert "Creation Date: 22/11/2026" in texts[0] and "Creation Time: 09:30:00" in texts[0]
    assert plain_dxf_text(again) == plain
    assert "$TDCREATE\n 40\n2461367.3958333" in plain

"""Grading: every size of a size table drafts and passes its checks, the sizes are stacked on
a common reference point and grow monotonically, the nest round-trips through its JSON, and
``mtm grade`` writes JSON, SVG and DXF or refuses in one line."""

from __future__ import annotations

import json

import numpy as np
import pytest

from mtm.app.cli import main as cli
from mtm.core.checks import finished_girth
from mtm.core.errors import MtmError
from mtm.core.io.aama_dxf import cut_file
from mtm.core.size_tables import load_size_table
from mtm.patterns.grading import grade, nest_from_dict, nest_svg, nest_to_dict, nested

CASES = [("skirt", "women"), ("trousers", "women"), ("trousers", "men"),
         ("sheath_dress", "women"), ("tshirt", "men")]


@pytest.fixture(scope="module")
def nests():
    return {case: grade(*case) for case in CASES}


@pytest.mark.parametrize("case", CASES)
def test_every_size_drafts_and_passes(nests, case):
    nest = nests[case]
    table = load_size_table(case[1])
    assert nest.sizes == table.size_names and nest.base_size == table.base_size
    for g in nest.garments:
        assert g.passed, (g.size, [c.name for c in g.failed_checks()])


@pytest.mark.parametrize("case", CASES)
def test_sizes_share_the_reference_point(nests, case):
    for g in nests[case].garments:
        for p in g.pieces:
            assert p.edges[0].start == pytest.approx((0.0, 0.0), abs=1e-9)
    # moving changes nothing but the position: girths measured on the moved pieces agree
    spec_draft = nests[case].garments[0]
    again = nested(spec_draft)
    for gl_a, gl_b in zip(spec_draft.girths, again.girths, strict=True):
        assert finished_girth(spec_draft, gl_a) == pytest.approx(finished_girth(again, gl_b))


@pytest.mark.parametrize("case", CASES)
def test_sizes_grow_monotonically(nests, case):
    garments = nests[case].garments
    for name in (p.name for p in garments[0].pieces):
        areas = [g.piece(name).area for g in garments]
        assert all(b >= a - 1e-6 for a, b in zip(areas[:-1], areas[1:], strict=True)), (name, areas)
    # the main pieces and every finished girth grow strictly from size to size
    main = garments[0].pieces[0].name
    areas = [g.piece(main).area for g in garments]
    assert all(b > a for a, b in zip(areas[:-1], areas[1:], strict=True)), areas
    for i, gl in enumerate(garments[0].girths):
        values = [finished_girth(g, g.girths[i]) for g in garments]
        assert all(b > a for a, b in zip(values[:-1], values[1:], strict=True)), (gl.name, values)


def test_nest_json_round_trip_and_views(nests):
    nest = nests[("trousers", "men")]
    data = json.loads(json.dumps(nest_to_dict(nest)))
    assert data["format"] == "mtm-graded-nest/1" and data["size_table"] == "men"
    assert [d["size"] for d in data["sizes"]] == list(nest.sizes)
    back = nest_from_dict(data)
    assert back.garments == nest.garments and back.sizes == nest.sizes
    svg = nest_svg(nest)
    for size in nest.sizes:
        assert f">{size}</text>" in svg
    assert svg.count("<path") >= 2 * len(nest.sizes) * len(nest.garments[0].pieces)
    cf = cut_file(list(nest.garments), sample_size=nest.base_size)
    assert cf.sizes == nest.sizes
    with pytest.raises(MtmError, match="not a graded nest"):
        nest_from_dict({"format": "mtm-pattern/1"})


def test_grade_refuses_tables_and_options_it_cannot_use():
    with pytest.raises(MtmError, match="female"):
        grade("skirt", "men")
    with pytest.raises(MtmError, match="unknown size table"):
        grade("skirt", "children")
    with pytest.raises(MtmError, match="option length"):
        grade("skirt", "women", {"length": 500})


def test_cli_grade_writes_nest_svg_and_dxf(tmp_path, capsys):
    out, svg, dxf = tmp_path / "n.json", tmp_path / "n.svg", tmp_path / "n.dxf"
    rc = cli(["grade", "skirt", "--size-table", "women", "-o", "style=aline", "--out", str(out),
              "--svg", str(svg), "--dxf", str(dxf)])
    assert rc == 0
    text = capsys.readouterr().out
    assert "7 sizes" in text and "FAILED" not in text
    nest = nest_from_dict(json.loads(out.read_text()))
    assert nest.garments[0].options["style"] == "aline"
    assert svg.read_text().startswith("<svg") and dxf.read_text().count("SIZE") >= 1
    # user mistakes: exit 2, one line, nothing written
    for args, word in (
        (["grade", "skirt", "--size-table", "men"], "female"),
        (["grade", "skirt", "--size-table", "nope"], "nope"),
        (["grade", "skirt", "--size-table", "women", "-o", "flare=99"], "flare"),
        (["grade", "cape", "--size-table", "women"], "cape"),
    ):
        target = tmp_path / "x.json"
        assert cli(args + ["--out", str(target)]) == 2
        err = capsys.readouterr().err.strip()
        assert word in err and len(err.splitlines()) == 1
        assert not target.exists()
    assert cli(["grade", "skirt", "--size-table", "women", "--out",
                str(tmp_path / "missing" / "x.json")]) == 2


def test_graded_areas_are_plausible(nests):
    # the base size sits between the smallest and the largest, and 3XL is clearly bigger
    nest = nests[("skirt", "women")]
    a = np.array([g.piece("front").area for g in nest.garments])
    base = nest.sizes.index(nest.base_size)
    assert a[0] < a[base] < a[-1] and a[-1] / a[0] > 1.3

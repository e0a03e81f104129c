"""AAMA/ASTM grade rules: ``mtm grade --rul`` writes a .RUL file and the sample size's DXF with
rule numbers; ``mtm import-dxf --rul`` grades it back into every size, equal to the nest."""

from __future__ import annotations

import functools
import io
import json

import ezdxf
import numpy as np
import pytest

from mtm.app.cli import main
from mtm.core.errors import InputError
from mtm.core.io.aama_dxf import CutFile, CutPiece, aama_text, cut_file
from mtm.core.io.aama_rul import (
    RuleTable,
    apply_rules,
    hausdorff,
    parse_rul,
    read_rul,
    rul_text,
    rules_from_nest,
)
from mtm.core.io.dxf_import import read_aama, read_aama_bytes
from mtm.patterns.grading import grade

TOL_CM = 0.01  # 0.1 mm
SIZES = ("XS", "S", "M", "L", "XL", "XXL", "3XL")
CASES = [("tshirt", "women"), ("tshirt", "men"), ("trousers", "women"), ("trousers", "men")]


@functools.cache
def nest_cut_file(garment: str, table: str) -> CutFile:
    nest = grade(garment, table)
    return cut_file(list(nest.garments), sample_size=nest.base_size)


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def assert_same_piece(back: CutPiece, ours: CutPiece) -> float:
    """Largest distance (cm) between what the rules give and the nest's own piece."""
    errors = [hausdorff(back.cut, ours.cut), hausdorff(back.sew, ours.sew)]
    assert len(back.internal) == len(ours.internal)
    errors += [hausdorff(np.asarray(a), np.asarray(b), closed=False)
               for a, b in zip(back.internal, ours.internal, strict=True)]
    assert len(back.notches) == len(ours.notches)
    errors += [float(np.hypot(a.x - b.x, a.y - b.y))
               for a, b in zip(back.notches, ours.notches, strict=True)]
    errors.append(float(np.abs(back.grain - ours.grain).max()))
    assert back.drill_holes.shape == ours.drill_holes.shape
    errors.append(float(np.abs(back.drill_holes - ours.drill_holes).max(initial=0.0)))
    assert (back.quantity, back.mirrored, back.category) == (
        ours.quantity, ours.mirrored, ours.category)
    return max(errors)


@pytest.mark.parametrize("garment, table", CASES)
def test_rul_round_trip_gives_every_size_of_the_nest_within_0_1_mm(tmp_path, capsys, garment,
                                                                    table):
    rul = tmp_path / f"{garment}.rul"
    code, out, err = _run(capsys, "grade", garment, "--size-table", table,
                          "--out", str(tmp_path / "nest.json"), "--rul", str(rul))
    assert code == 0 and err == "" and "grade rules:" in out
    base_dxf = tmp_path / f"{garment}.dxf"
    base = read_aama(base_dxf)
    assert base.sizes == ("M",) and base.grade_rule_table == garment
    doc = ezdxf.readfile(base_dxf)
    assert not doc.audit().has_errors
    graded = apply_rules(base, read_rul(rul))
    assert graded.sizes == SIZES
    ours = {(p.name, p.size): p for p in nest_cut_file(garment, table).pieces}
    assert {(p.name, p.size) for p in graded.pieces} == set(ours)
    worst = max(assert_same_piece(p, ours[(p.name, p.size)]) for p in graded.pieces)
    assert worst < TOL_CM, f"{worst * 10:.4f} mm"
    code, out, err = _run(capsys, "import-dxf", str(base_dxf), "--rul", str(rul), "--json")
    assert code == 0 and err == ""
    report = json.loads(out)
    assert report["sizes"] == list(SIZES) and report["sample_size"] == "M"
    assert len(report["pieces"]) == len(ours)


def test_the_sample_size_keeps_its_shape_with_more_points():
    cf = nest_cut_file("tshirt", "women")
    base, table = rules_from_nest(cf)
    sample = {p.name: p for p in cf.pieces if p.size == "M"}
    for p in base.pieces:
        assert len(p.cut) >= len(sample[p.name].cut)
        assert hausdorff(p.cut, sample[p.name].cut) < 1e-9
        assert p.grade_points
    assert table.sizes == SIZES and table.sample_size == "M"
    assert all(np.allclose(r[SIZES.index("M")], 0.0) for r in table.rules.values())


def test_rules_survive_the_text_and_units():
    table = RuleTable("T", ("S", "M", "L"), "M",
                      {1: np.array([[-1.0, 0.5], [0, 0], [1.25, -0.5]]),
                       7: np.array([[0.1, 0.0], [0, 0], [0.0, 0.2]])})
    for units in ("mm", "in"):
        back = parse_rul(rul_text(table, units=units))
        assert back.sizes == table.sizes and back.sample_size == "M" and back.name == "T"
        assert set(back.rules) == {1, 7}
        for n in (1, 7):
            assert np.abs(back.rules[n] - table.rules[n]).max() < 2e-5  # 0.2 µm


def _square_file(rules_on: tuple[int, ...]) -> CutFile:
    """A 10 cm square with a point mid-way along each side; rules on the listed vertices."""
    cut = np.array([[0, 0], [5, 0], [10, 0], [10, 5], [10, 10], [5, 10], [0, 10], [0, 5]], float)
    points = tuple((1, float(cut[i, 0]), float(cut[i, 1]), i + 1) for i in rules_on)
    piece = CutPiece("SQUARE", cut, size="M", grade_points=points,
                     grain=np.array([[3.0, 2.0], [3.0, 8.0]]))
    return CutFile("SQ", (piece,), sample_size="M")


def test_points_without_a_rule_move_with_their_neighbours():
    # corners only, as AccuMark writes them: the L size grows 2 cm right and 4 cm up
    corners = (0, 2, 4, 6)
    grow = {1: (0, 0), 3: (2, 0), 5: (2, 4), 7: (0, 4)}
    table = RuleTable("SQ", ("M", "L"), "M",
                      {n: np.array([[0.0, 0.0], d], float) for n, d in grow.items()})
    base = read_aama_bytes(aama_text(_square_file(corners)).encode())
    large = next(p for p in apply_rules(base, table).pieces if p.size == "L")
    assert np.allclose(large.cut, [[0, 0], [6, 0], [12, 0], [12, 7], [12, 14], [6, 14],
                                   [0, 14], [0, 7]], atol=1e-6)
    # the grain line has no rule: each end moves like the nearest graded cut-line point
    assert np.allclose(large.grain, [[3, 2], [3, 12]])


@pytest.mark.parametrize("text, message", [
    ("hello\n", "not part of a RUL file"),
    ("RUL version: ANSI/AAMA-292-B\nUNITS: METRIC\nSIZE LIST: S M\nSAMPLE SIZE: M\n"
     "RULE: DELTA 1\n0,0 1,1 2,2\n", "rule 1 has 6 numbers"),
    ("RUL version: ANSI/AAMA-292-B\nUNITS: METRIC\nSIZE LIST: S M\nSAMPLE SIZE: XL\n"
     "RULE: DELTA 1\n0,0 1,1\n", "SAMPLE SIZE 'XL' is not in the SIZE LIST"),
    ("RUL version: ANSI/AAMA-292-B\nUNITS: FURLONG\nSIZE LIST: S M\nSAMPLE SIZE: M\n",
     "UNITS 'FURLONG'"),
    ("RUL version: ANSI/AAMA-292-B\nUNITS: METRIC\nNUMBER OF SIZES: 3\nSIZE LIST: S M\n"
     "SAMPLE SIZE: M\nRULE: DELTA 1\n0,0 1,1\n", "NUMBER OF SIZES '3'"),
    ("RUL version: ANSI/AAMA-292-B\nUNITS: METRIC\nSIZE LIST: S M\nSAMPLE SIZE: M\n",
     "holds no rule"),
])
def test_bad_rule_files_are_one_line_input_errors(tmp_path, capsys, text, message):
    with pytest.raises(InputError, match=None) as caught:
        parse_rul(text)
    assert message in str(caught.value)
    rul = tmp_path / "bad.rul"
    rul.write_text(text)
    dxf = tmp_path / "sq.dxf"
    dxf.write_text(aama_text(_square_file((0, 2, 4, 6))))
    code, out, err = _run(capsys, "import-dxf", str(dxf), "--rul", str(rul))
    assert code == 2 and len(err.strip().splitlines()) == 1 and str(rul) in err
    assert message in err


def test_a_dxf_without_rule_numbers_or_with_unknown_rules_is_refused(tmp_path, capsys):
    rul = tmp_path / "sq.rul"
    rul.write_text(rul_text(RuleTable("SQ", ("M", "L"), "M", {1: np.zeros((2, 2))})))
    plain = tmp_path / "plain.dxf"
    plain.write_text(aama_text(_square_file(())))
    code, out, err = _run(capsys, "import-dxf", str(plain), "--rul", str(rul))
    assert code == 2 and "carries no grade rule numbers" in err and str(plain) in err
    unknown = tmp_path / "unknown.dxf"
    unknown.write_text(aama_text(_square_file((0, 2))))  # rules 1 and 3; the file has only 1
    code, out, err = _run(capsys, "import-dxf", str(unknown), "--rul", str(rul))
    assert code == 2 and "rule 3 is not in the rule table" in err


def test_grade_rul_mistakes_exit_2_before_writing(tmp_path, capsys):
    code, out, err = _run(capsys, "grade", "skirt", "--size-table", "women",
                          "--out", str(tmp_path / "n.json"), "--rul", str(tmp_path / "r.txt"))
    assert code == 2 and "must end in .rul" in err
    code, out, err = _run(capsys, "grade", "skirt", "--size-table", "women",
                          "--out", str(tmp_path / "n.json"), "--rul", str(tmp_path / "r.rul"),
                          "--dxf", str(tmp_path / "r.dxf"))
    assert code == 2 and "give --dxf another name" in err
    assert list(tmp_path.iterdir()) == []


def test_base_dxf_reads_in_ezdxf_with_rule_texts_on_their_layers():
    base, _ = rules_from_nest(nest_cut_file("trousers", "women"))
    doc = ezdxf.read(io.StringIO(aama_text(base)))
    assert not doc.audit().has_errors
    layers = {t.dxf.layer for b in doc.blocks for t in b.query("TEXT")
              if t.dxf.text.startswith("# ")}
    assert {"1", "14", "4", "7", "8"} <= layers


@pytest.mark.parametrize("garment", ["skirt", "shirt", "sheath_dress"])
def test_every_other_catalogue_nest_grades_by_rules(garment):
    # the sheath dress's front facing has a corner on its start in some sizes only: its cut
    # line grades as one stretch, still through every size's own points
    cf = nest_cut_file(garment, "women")
    base, table = rules_from_nest(cf)
    ours = {(p.name, p.size): p for p in cf.pieces}
    back = apply_rules(base, parse_rul(rul_text(table)))
    assert back.sizes == SIZES
    assert max(assert_same_piece(p, ours[(p.name, p.size)]) for p in back.pieces) < TOL_CM

"""``mtm export`` and ``mtm import-dxf`` end to end: files written, exit codes, one-line errors."""

from __future__ import annotations

import dataclasses
import json
import sys
from pathlib import Path

import ezdxf
import pytest

from mtm.app.cli import main
from mtm.core.io import pattern_json
from mtm.core.io.dxf_import import read_aama

sys.path.insert(0, str(Path(__file__).parent))
from test_dxf_export import demo_garment  # noqa: E402


def _run(capsys, *argv):
    code = main([str(a) for a in argv])
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def pattern(tmp_path) -> Path:
    return pattern_json.write_pattern(demo_garment(), tmp_path / "skirt.json")


def test_export_writes_every_file(tmp_path, capsys, pattern):
    outs = {k: tmp_path / f"out.{k}" for k in ("dxf", "svg", "pdf")}
    plain = tmp_path / "cutter.dxf"
    code, out, err = _run(capsys, "export", pattern, "--dxf", outs["dxf"], "--mode", "gerber",
                          "--units", "in", "--plain-dxf", plain, "--svg", outs["svg"],
                          "--pdf", outs["pdf"], "--paper", "letter", "--json")
    assert code == 0, err
    written = json.loads(out)["written"]
    assert [w["kind"] for w in written] == ["aama-dxf", "plain-dxf", "svg", "pdf"]
    for path in (*outs.values(), plain):
        assert path.stat().st_size > 0
    assert outs["pdf"].read_bytes().startswith(b"%PDF")
    assert "<svg" in outs["svg"].read_text()
    text = outs["dxf"].read_text()
    assert text.isascii() and "Units: ENGLISH" in text
    back = read_aama(outs["dxf"])
    assert [p.name for p in back.pieces] == ["skirt front", "sleeve"]
    doc = ezdxf.readfile(plain)
    assert {"CUT", "SEW", "NOTCH", "GRAIN", "TEXT"} <= {layer.dxf.name for layer in doc.layers}
    assert doc.dxfversion == "AC1015" and not doc.audit().has_errors


def test_export_of_several_sizes_is_one_nest(tmp_path, capsys):
    files = []
    for size, k in (("S", 0.95), ("M", 1.0), ("L", 1.05)):
        files.append(pattern_json.write_pattern(demo_garment(size, k), tmp_path / f"{size}.json"))
    out = tmp_path / "nest.dxf"
    code, _, err = _run(capsys, "export", *files, "--dxf", out, "--pdf", tmp_path / "n.pdf",
                        "--paper", "roll:1600")
    assert code == 0, err
    cf = read_aama(out)
    assert cf.sizes == ("S", "M", "L") and cf.sample_size == "M" and len(cf.pieces) == 6


def test_export_of_a_graded_nest_file(tmp_path, capsys):
    import json as _json

    from mtm.patterns.grading import GradedNest, nest_to_dict

    nest = GradedNest("demo skirt", "test", "M", "tests",
                      tuple(demo_garment(s, k) for s, k in (("S", 0.95), ("M", 1.0), ("L", 1.05))))
    path = tmp_path / "nest.json"
    path.write_text(_json.dumps(nest_to_dict(nest)))
    out = tmp_path / "nest.dxf"
    code, _, err = _run(capsys, "export", path, "--dxf", out)
    assert code == 0, err
    cf = read_aama(out)
    assert cf.sizes == ("S", "M", "L") and cf.sample_size == "M" and len(cf.pieces) == 6


@pytest.mark.parametrize("argv, message", [
    (["--dxf", "x.dxf", "--paper", "a3", "--pdf", "x.pdf"], "unknown paper"),
    (["--dxf", "x.dxf", "--paper", "roll:50", "--pdf", "x.pdf"], "roll width"),
    ([], "nothing to write"),
])
def test_export_mistakes_exit_2_in_one_line(tmp_path, capsys, pattern, argv, message):
    argv = [str(tmp_path / a) if a.endswith((".dxf", ".pdf")) else a for a in argv]
    code, _, err = _run(capsys, "export", pattern, *argv)
    assert code == 2 and len(err.strip().splitlines()) == 1 and message in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["skirt.json"]  # nothing half-written


def test_svg_of_a_nest_is_refused_before_anything_is_written(tmp_path, capsys):
    files = [pattern_json.write_pattern(demo_garment(s), tmp_path / f"{s}.json") for s in "SM"]
    code, _, err = _run(capsys, "export", *files, "--dxf", tmp_path / "n.dxf", "--svg",
                        tmp_path / "n.svg")
    assert code == 2 and "--svg writes one size" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["M.json", "S.json"]


def test_export_of_a_missing_or_bad_pattern(tmp_path, capsys):
    code, _, err = _run(capsys, "export", tmp_path / "nope.json", "--dxf", tmp_path / "x.dxf")
    assert code == 2 and "cannot read" in err
    bad = tmp_path / "bad.json"
    bad.write_text("{not json")
    code, _, err = _run(capsys, "export", bad, "--dxf", tmp_path / "x.dxf")
    assert code == 2 and len(err.strip().splitlines()) == 1


def test_import_then_export_again(tmp_path, capsys, pattern):
    dxf = tmp_path / "a.dxf"
    assert _run(capsys, "export", pattern, "--dxf", dxf)[0] == 0
    again = tmp_path / "again.json"
    code, out, err = _run(capsys, "import-dxf", dxf, "--out", again)
    assert code == 0, err
    assert "skirt front (M): cut 1" in out
    g = pattern_json.read_pattern(again)
    assert [p.name for p in g.pieces] == ["skirt front", "sleeve"]
    assert g.pieces[1].mirrored and g.pieces[1].quantity == 2
    dxf2 = tmp_path / "b.dxf"
    assert _run(capsys, "export", again, "--dxf", dxf2)[0] == 0
    first, second = read_aama(dxf), read_aama(dxf2)
    for a, b in zip(first.pieces, second.pieces, strict=True):
        assert len(a.notches) == len(b.notches) and len(a.drill_holes) == len(b.drill_holes)
        assert dataclasses.astuple(a.labels[0]) == dataclasses.astuple(b.labels[0]) if a.labels \
            else not b.labels


def test_a_failing_output_leaves_no_other_file_written(tmp_path, capsys):
    """A PDF that cannot be made (a piece wider than the roll either way) stops the DXF too."""
    import dataclasses as dc

    wide = demo_garment("M", 4.0)  # the skirt front turns 120 x 60 cm: too big for a 50 cm roll
    wide = dc.replace(wide, pieces=wide.pieces[:1])
    path = pattern_json.write_pattern(wide, tmp_path / "wide.json")
    code, _, err = _run(capsys, "export", path, "--dxf", tmp_path / "w.dxf", "--pdf",
                        tmp_path / "w.pdf", "--paper", "roll:500")
    assert code == 2 and "does not fit" in err
    assert sorted(p.name for p in tmp_path.iterdir()) == ["wide.json"]

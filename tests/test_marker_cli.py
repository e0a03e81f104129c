"""mtm marker: files written, report sane, mistakes in one line."""

import json

import ezdxf

from mtm.app.cli import main
from mtm.core.io.ansur import load_ansur
from mtm.core.io.pattern_json import write_pattern
from mtm.patterns import draft


def test_marker_writes_dxf_svg_pdf_and_report(tmp_path, capsys):
    garment = draft("tshirt", load_ansur("female")[0].with_estimates())
    write_pattern(garment, tmp_path / "p.json")
    code = main(["marker", str(tmp_path / "p.json"), str(tmp_path / "p.json"), "--width", "150",
                 "--time", "1", "--out", str(tmp_path / "m.dxf"), "--out", str(tmp_path / "m.svg"),
                 "--out", str(tmp_path / "m.pdf"), "--plain-dxf", str(tmp_path / "plain.dxf"),
                 "--report", str(tmp_path / "r.json")])
    assert code == 0, capsys.readouterr().err
    report = json.loads((tmp_path / "r.json").read_text())
    assert report["pieces"] == 10  # 2 x (front, back, 2 sleeves, neckband)
    assert 0.5 < report["efficiency"] <= 1.0
    assert report["efficiency"] >= report["shelf_baseline_efficiency"]
    for name in ("m.dxf", "plain.dxf"):
        doc = ezdxf.readfile(tmp_path / name)
        assert not doc.audit().has_errors
    plain = ezdxf.readfile(tmp_path / "plain.dxf")
    assert len(plain.modelspace().query('LWPOLYLINE[layer=="CUT"]')) == 10
    assert (tmp_path / "m.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "m.svg").read_text().count("<polygon") == 10


def test_marker_mistakes_are_one_line(tmp_path, capsys):
    assert main(["marker", str(tmp_path / "missing.json"), "--out", str(tmp_path / "m.dxf")]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    garment = draft("tshirt", load_ansur("male")[0].with_estimates())
    write_pattern(garment, tmp_path / "p.json")
    assert main(["marker", str(tmp_path / "p.json"), "--width", "30", "--time", "0"]) == 2
    err = capsys.readouterr().err.strip()
    assert "does not fit" in err and len(err.splitlines()) == 1

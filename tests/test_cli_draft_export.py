"""mtm draft writes cut files directly (--dxf/--plain-dxf/--pdf), checked before writing."""

import ezdxf

from mtm.app.cli import main
from mtm.core.io.ansur import load_ansur
from mtm.core.io.dxf_import import read_aama
from mtm.core.io.json_format import dump_json


def test_draft_writes_aama_dxf_and_pdf(tmp_path, capsys):
    source = tmp_path / "m.json"
    source.write_text(dump_json(load_ansur("male")[0]))
    code = main(["draft", "tshirt", "-m", str(source), "--estimate", "--out",
                 str(tmp_path / "p.json"), "--dxf", str(tmp_path / "p.dxf"), "--mode", "gerber",
                 "--pdf", str(tmp_path / "p.pdf"), "--paper", "letter"])
    assert code == 0, capsys.readouterr().err
    assert not ezdxf.readfile(tmp_path / "p.dxf").audit().has_errors
    names = {p.name.lower() for p in read_aama(tmp_path / "p.dxf").pieces}
    assert {"front", "back", "sleeve", "neckband"} <= names
    assert (tmp_path / "p.pdf").read_bytes().startswith(b"%PDF")


def test_draft_refuses_a_bad_paper_before_writing(tmp_path, capsys):
    source = tmp_path / "m.json"
    source.write_text(dump_json(load_ansur("male")[0]))
    code = main(["draft", "tshirt", "-m", str(source), "--estimate", "--out",
                 str(tmp_path / "p.json"), "--pdf", str(tmp_path / "p.pdf"), "--paper", "a0x"])
    assert code == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert not (tmp_path / "p.pdf").exists()

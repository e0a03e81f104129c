"""Readers we did not write take every cut file we write: the graded nest of every catalogue
garment (7 sizes), in every mode, passes ezdxf's auditor, GDAL's ogrinfo reads every cut line
closed, and a JavaScript reader built on the ``dxf-parser`` npm package lists the right pieces
and sizes with our cut lines.

The JavaScript reader is ``tests/js/read_pieces.js``; its package comes from ``npm ci`` in
``tests/js`` (run by ``.ci/run``). Without node or ``tests/js/node_modules`` those tests skip
with a hint, except under CI (``CI`` set), where they fail. Without ogrinfo (Debian gdal-bin)
the ogrinfo test skips the same way.
"""

from __future__ import annotations

import functools
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import ezdxf
import numpy as np
import pytest

from mtm.core.io.aama_dxf import MODES, CutFile, aama_text, cut_file, ring_area, write_aama
from mtm.patterns import garment_names, get_garment
from mtm.patterns.grading import grade

sys.path.insert(0, str(Path(__file__).parent))
from test_dxf_ogr import OGRINFO, ogr_lines  # noqa: E402

JS = Path(__file__).parent / "js"
NODE = shutil.which("node")


def _need(tool_ok: bool, hint: str) -> None:
    """Skip with ``hint`` when a tool is missing, but fail under CI, where it must be there."""
    if tool_ok:
        return
    if os.environ.get("CI"):
        pytest.fail(f"{hint} (CI must provide it: see .ci/run)")
    pytest.skip(hint)


@pytest.fixture(scope="module")
def js_reader():
    _need(NODE is not None, "node not installed: install Debian's nodejs and npm (see README)")
    _need((JS / "node_modules" / "dxf-parser").is_dir(),
          "dxf-parser not installed: run `npm ci --prefix tests/js` (see README)")

    def read(path: Path) -> dict:
        result = subprocess.run([NODE, str(JS / "read_pieces.js"), str(path)],
                                capture_output=True, text=True, timeout=120)
        assert result.returncode == 0, result.stderr
        return json.loads(result.stdout)

    return read


def _table_for(garment: str) -> str:
    return "women" if "female" in get_garment(garment).sexes else "men"


@functools.cache
def nest_file(garment: str) -> CutFile:
    """The AAMA cut file of ``garment`` graded in every size of a bundled table."""
    nest = grade(garment, _table_for(garment))
    return cut_file(list(nest.garments), sample_size=nest.base_size)


GARMENTS = garment_names()


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("garment", GARMENTS)
def test_ezdxf_audits_every_graded_nest_clean(garment, mode):
    cf = nest_file(garment)
    doc = ezdxf.read(io.StringIO(aama_text(cf, mode=mode)))
    auditor = doc.audit()
    assert not auditor.has_errors, [e.message for e in auditor.errors]
    blocks = {b.name for b in doc.blocks if not b.name.startswith(("*", "$"))}
    assert len(blocks) == len(cf.pieces) and len(cf.sizes) == 7


@pytest.mark.parametrize("garment", GARMENTS)
def test_ogrinfo_reads_every_cut_line_of_every_graded_nest_closed(tmp_path, garment):
    _need(OGRINFO is not None, "ogrinfo not installed: install Debian's gdal-bin (see README)")
    cf = nest_file(garment)
    for mode in MODES:
        path = tmp_path / f"{garment}_{mode}.dxf"
        write_aama(cf, path, mode=mode)
        cuts = [pts for layer, pts in ogr_lines(path) if layer == "1"]
        assert len(cuts) == len(cf.pieces), mode
        for pts, piece in zip(cuts, cf.pieces, strict=True):
            assert np.allclose(pts[0], pts[-1]), (mode, piece.name, piece.size)
            assert abs(ring_area(pts[:-1])) * 0.01 == pytest.approx(abs(ring_area(piece.cut)),
                                                                   rel=1e-3)


@pytest.mark.parametrize("garment", GARMENTS)
def test_dxf_parser_reader_lists_every_piece_and_size(tmp_path, js_reader, garment):
    cf = nest_file(garment)
    expected = sorted((p.name, p.size) for p in cf.pieces)
    for mode in MODES:
        path = tmp_path / f"{garment}_{mode}.dxf"
        write_aama(cf, path, mode=mode)
        found = js_reader(path)
        assert found["units"] == "METRIC"
        assert sorted((p["name"], p["size"]) for p in found["pieces"]) == expected, mode
        by_key = {(p.name, p.size): p for p in cf.pieces}
        for p in found["pieces"]:
            assert p["inserted"], p["block"]
            (boundary,) = p["boundary"]
            assert boundary["closed"]
            ours = by_key[(p["name"], p["size"])].cut
            theirs = np.array(boundary["points"]) / 10.0  # mm -> cm
            assert theirs.shape == ours.shape
            assert np.abs(theirs - ours).max() < 1e-3


def test_dxf_parser_reader_stops_on_an_empty_block(tmp_path, js_reader):
    """The failure this guards against: an empty $MODEL_SPACE block, as ezdxf writes for R12."""
    cf = nest_file("skirt")
    text = aama_text(cf, mode="standard")
    head, tail = text.split("  2\nBLOCKS\n", 1)
    empty = ("  0\nBLOCK\n  8\n0\n  2\n$MODEL_SPACE\n 70\n0\n 10\n0.0\n 20\n0.0\n 30\n0.0\n"
             "  3\n$MODEL_SPACE\n  1\n\n  0\nENDBLK\n  8\n0\n")
    path = tmp_path / "empty_block.dxf"
    path.write_text(head + "  2\nBLOCKS\n" + empty + tail)
    result = subprocess.run([NODE, str(JS / "read_pieces.js"), str(path)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 1 and "$MODEL_SPACE has no entity list" in result.stderr
    assert "$MODEL_SPACE" not in text.upper()


def test_dxf_parser_reader_lists_the_sample_size_of_grade_rules(tmp_path, js_reader):
    from mtm.core.io.aama_rul import rules_from_nest

    base, _ = rules_from_nest(nest_file("trousers"))
    path = tmp_path / "trousers_base.dxf"
    write_aama(base, path)
    found = js_reader(path)
    assert sorted((p["name"], p["size"]) for p in found["pieces"]) == sorted(
        (p.name, p.size) for p in base.pieces)
    assert all(len(p["boundary"]) == 1 and p["boundary"][0]["closed"] for p in found["pieces"])

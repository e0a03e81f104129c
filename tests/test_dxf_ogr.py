"""A second, independent DXF reader (GDAL ogrinfo) reads our exports: closed cut lines, same areas.

GDAL comes from Debian's gdal-bin (installed by .ci/run); without it these tests skip.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

from mtm.core.io.aama_dxf import MODES, cut_file, ring_area, write_aama
from mtm.core.io.plain_dxf import write_plain_dxf

sys.path.insert(0, str(Path(__file__).parent))
from test_dxf_export import catalogue_garments, demo_garment  # noqa: E402

OGRINFO = shutil.which("ogrinfo")
pytestmark = pytest.mark.skipif(OGRINFO is None, reason="ogrinfo (Debian gdal-bin) not installed")

CM2_PER_UNIT2 = {"mm": 0.01, "in": 2.54**2}


def ogr_lines(path: Path) -> list[tuple[str, np.ndarray]]:
    """(layer, points) of every LINESTRING feature, block geometries not merged."""
    out = subprocess.run(
        [OGRINFO, "-ro", "-al", "--config", "DXF_MERGE_BLOCK_GEOMETRIES", "FALSE", str(path)],
        capture_output=True, text=True, timeout=120, check=True,
    ).stdout
    found, layer = [], None
    for line in out.splitlines():
        line = line.strip()
        m = re.match(r"Layer \(String\) = (.*)", line)
        if m:
            layer = m.group(1).strip()
        elif line.startswith("LINESTRING"):
            body = line[line.index("(") + 1 : line.rindex(")")]
            pts = np.array([[float(v) for v in p.split()[:2]] for p in body.split(",")])
            found.append((layer, pts))
    return found


def _check_cut_lines(lines, layer: str, pieces, unit: str) -> list[float]:
    cuts = [pts for lay, pts in lines if lay == layer]
    assert len(cuts) == len(pieces)
    errors = []
    for pts, piece in zip(cuts, pieces, strict=True):
        assert np.allclose(pts[0], pts[-1]), "cut line not closed"
        theirs = abs(ring_area(pts[:-1])) * CM2_PER_UNIT2[unit]
        ours = abs(ring_area(piece.cut))
        errors.append(abs(theirs - ours) / ours)
        assert theirs == pytest.approx(ours, rel=1e-3)
    return errors


@pytest.mark.parametrize("mode", MODES)
@pytest.mark.parametrize("unit", ["mm", "in"])
def test_ogrinfo_reads_closed_cut_lines_with_our_areas(tmp_path, mode, unit):
    cf = cut_file(demo_garment())
    path = tmp_path / f"demo_{mode}_{unit}.dxf"
    write_aama(cf, path, mode=mode, units=unit)
    _check_cut_lines(ogr_lines(path), "1", cf.pieces, unit)


def test_ogrinfo_reads_every_catalogue_garment(tmp_path):
    garments = catalogue_garments()
    assert garments
    for g in garments:
        cf = cut_file(g)
        for mode in MODES:
            path = tmp_path / f"{g.name}_{mode}.dxf"
            write_aama(cf, path, mode=mode, units="mm")
            errors = _check_cut_lines(ogr_lines(path), "1", cf.pieces, "mm")
            assert max(errors) < 1e-3


def test_ogrinfo_reads_the_plain_cutter_dxf(tmp_path):
    cf = cut_file(demo_garment())
    path = tmp_path / "plain.dxf"
    write_plain_dxf(cf, path)
    lines = ogr_lines(path)
    # pieces are laid out side by side, so match by area, not by position
    assert all(np.allclose(p[0], p[-1]) for lay, p in lines if lay == "CUT")
    cuts = sorted(abs(ring_area(p[:-1])) * 0.01 for lay, p in lines if lay == "CUT")
    ours = sorted(abs(ring_area(p.cut)) for p in cf.pieces)
    assert cuts == pytest.approx(ours, rel=1e-6)
    assert {lay for lay, _ in lines} >= {"CUT", "SEW", "NOTCH", "GRAIN"}

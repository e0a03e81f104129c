"""Plain cutter DXF: R2000 in millimetres, flat geometry on the CUT/SEW/NOTCH/GRAIN/TEXT layers."""

from __future__ import annotations

import os
import stat
import sys
from pathlib import Path

import ezdxf
import numpy as np
import pytest

from mtm.core.io.aama_dxf import cut_file, ring_area
from mtm.core.io.plain_dxf import DRILL_RADIUS_MM, write_plain_dxf

sys.path.insert(0, str(Path(__file__).parent))
from test_dxf_export import demo_garment  # noqa: E402


def test_layers_hold_what_the_machine_needs(tmp_path):
    cf = cut_file(demo_garment())
    path = tmp_path / "cutter.dxf"
    write_plain_dxf(cf, path)
    doc = ezdxf.readfile(path)
    assert doc.dxfversion == "AC1015" and doc.header["$INSUNITS"] == 4
    assert not doc.audit().has_errors
    msp = doc.modelspace()
    cuts = list(msp.query("LWPOLYLINE[layer=='CUT']"))
    assert len(cuts) == len(cf.pieces) and all(c.closed for c in cuts)
    areas = sorted(abs(ring_area(np.array(c.get_points("xy")))) / 100 for c in cuts)
    assert areas == pytest.approx(sorted(abs(ring_area(p.cut)) for p in cf.pieces), rel=1e-9)
    sews = list(msp.query("LWPOLYLINE[layer=='SEW']"))
    assert sum(1 for s in sews if s.closed) == len(cf.pieces)
    notches = list(msp.query("LINE[layer=='NOTCH']"))
    assert len(notches) == sum(len(p.notches) for p in cf.pieces)
    for line in notches:
        length = np.hypot(*(np.array(line.dxf.end) - np.array(line.dxf.start))[:2])
        assert 2.0 < length <= 6.0 + 1e-9  # mm
    holes = list(msp.query("CIRCLE[layer=='NOTCH']"))
    assert len(holes) == sum(len(p.drill_holes) for p in cf.pieces)
    assert all(h.dxf.radius == DRILL_RADIUS_MM for h in holes)
    assert len(msp.query("LINE[layer=='GRAIN']")) == len(cf.pieces)
    texts = [t.dxf.text for t in msp.query("TEXT[layer=='TEXT']")]
    assert "skirt front - M" in texts and "SKIRT FRONT" in texts
    # pieces are laid out side by side: their cut lines do not overlap
    boxes = [(np.array(c.get_points("xy")).min(0), np.array(c.get_points("xy")).max(0))
             for c in cuts]
    (a0, a1), (b0, b1) = boxes
    assert a1[0] <= b0[0] or b1[0] <= a0[0] or a1[1] <= b0[1] or b1[1] <= a0[1]


def test_unwritable_folder_is_an_input_error(tmp_path, capsys):
    from mtm.app.cli import main
    from mtm.core.io import pattern_json

    pattern = pattern_json.write_pattern(demo_garment(), tmp_path / "p.json")
    for flag in ("--dxf", "--plain-dxf", "--pdf"):
        code = main(["export", str(pattern), flag, str(tmp_path / "no" / "such" / "x.out")])
        err = capsys.readouterr().err
        assert code == 2 and "does not exist" in err and len(err.strip().splitlines()) == 1
    # a later target in a missing folder stops the export before the first file is written
    code = main(["export", str(pattern), "--dxf", str(tmp_path / "ok.dxf"),
                 "--pdf", str(tmp_path / "no" / "x.pdf")])
    assert code == 2 and not (tmp_path / "ok.dxf").exists()
    capsys.readouterr()


def test_writers_turn_os_errors_into_input_errors(tmp_path):
    from mtm.core.errors import InputError
    from mtm.core.io.aama_dxf import write_aama
    from mtm.core.io.pdf_output import write_pdf

    cf = cut_file(demo_garment())
    mask = os.umask(0)
    os.umask(mask)
    for write in (write_aama, write_plain_dxf, write_pdf):
        with pytest.raises(InputError, match="does not exist|cannot write"):
            write(cf, tmp_path / "missing" / "x.out")
        # cut files are meant to be shared: usual permissions, not mkstemp's private 0600
        path = tmp_path / f"{write.__name__}.out"
        write(cf, path)
        assert stat.S_IMODE(path.stat().st_mode) == 0o666 & ~mask

"""``mtm render``: works with no display at all, writes what it is asked, one-line errors."""

from __future__ import annotations

import os
import subprocess
import sys

import numpy as np
import pytest
from PIL import Image

from mtm.app.cli import main
from mtm.app.commands.render import parse_size


def test_renders_with_no_display_at_all(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "VTK_DEFAULT_OPENGL_WINDOW")}
    png, glb = tmp_path / "demo.png", tmp_path / "demo.glb"
    proc = subprocess.run(
        [sys.executable, "-m", "mtm.app.cli", "render", "--demo", "--png", str(png),
         "--glb", str(glb), "--size", "200x250", "--fabric-look", "solid", "--color", "#c02020"],
        env=env, capture_output=True, text=True, timeout=240)
    assert proc.returncode == 0, proc.stderr
    assert "WARN" not in proc.stderr  # no 'bad X server connection' noise
    with Image.open(png) as im:
        arr = np.asarray(im.convert("RGB")).astype(int)
    assert arr.shape == (250, 200, 3)
    reddish = (arr[..., 0] > 1.8 * arr[..., 1]) & (arr[..., 0] > 80)
    assert reddish.mean() > 0.03  # the red garment is in the picture
    assert glb.stat().st_size > 1000


def test_round_trip_through_glb_with_fit_map_and_sheet(tmp_path, capsys):
    glb = tmp_path / "a.glb"
    assert main(["render", "--demo", "--glb", str(glb), "--fabric-look", "denim"]) == 0
    png, sheet = tmp_path / "strain.png", tmp_path / "sheet.png"
    code = main(["render", str(glb), "--png", str(png), "--fit-map", "strain",
                 "--view", "back", "--size", "160x200", "--quality", "draft",
                 "--sheet", str(sheet), "--compare", str(glb), "--labels", "A", "B"])
    assert code == 0
    out = capsys.readouterr().out
    assert f"wrote {png}" in out and f"wrote {sheet}" in out
    with Image.open(png) as im:
        assert im.size == (160, 200)
    with Image.open(sheet) as im:
        assert im.width > 320


@pytest.mark.parametrize(("argv", "message"), [
    (["render", "--demo"], "nothing to write"),
    (["render", "--png", "x.png"], "a DRAPED garment file, --measurements FILE"),
    (["render", "--demo", "a.glb", "--png", "x.png"], "give one of"),
    (["render", "--demo", "--png", "x.png", "--size", "big"], "--size"),
    (["render", "--demo", "--png", "x.png", "--color", "#12"], "color"),
    (["render", "--demo", "--png", "x.png", "--fabric-look", "velvet"], "fabric look"),
    (["render", "--demo", "--png", "x.png", "--view", "top"], "view"),
    (["render", "--demo", "--png", "x.png", "--skin", "greenish"], "skin"),
    (["render", "missing.glb", "--png", "x.png"], "missing.glb"),
    (["render", "--demo", "--png", "no/such/folder/x.png"], "folder does not exist"),
    (["render", "--demo", "--turntable", "x.avi"], ".gif or .mp4"),
    (["render", "--demo", "--sheet", "x.png"], "--compare"),
])
def test_user_mistakes_exit_2_with_one_line(argv, message, tmp_path, capsys, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(argv) == 2
    err = capsys.readouterr().err.strip()
    assert err.startswith("mtm: error:") and "\n" not in err and message in err
    assert not (tmp_path / "x.png").exists()


def test_parse_size():
    assert parse_size("640x480") == (640, 480)
    assert parse_size(" 1920 X 1080 ") == (1920, 1080)


@pytest.mark.slow
def test_measurements_alone_render_the_fitted_body(tmp_path):
    from pathlib import Path

    import mtm.resources

    sample = Path(mtm.resources.__file__).parent / "samples" / "median_woman.json"
    png = tmp_path / "body.png"
    assert main(["render", "-m", str(sample), "--png", str(png), "--size", "120x160",
                 "--quality", "draft", "--skin", "mst-7"]) == 0
    with Image.open(png) as im:
        arr = np.asarray(im.convert("RGB")).astype(int)
    centre = arr[40:120, 50:70].reshape(-1, 3)
    skin = centre[np.abs(centre - [236, 234, 229]).sum(axis=1) > 60]
    assert len(skin) > 100
    r, g, b = skin.mean(axis=0)
    assert r > g > b and r < 200  # a brown skin tone, not the background


def test_garment_needs_measurements(capsys):
    assert main(["render", "--garment", "tshirt", "--png", "x.png"]) == 2
    assert "--measurements" in capsys.readouterr().err

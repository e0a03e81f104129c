"""Files: GLB round trip with texture and UVs, turntable GIF/MP4, comparison sheet."""

from __future__ import annotations

import json
import struct

import imageio.v2 as imageio
import numpy as np
import pytest
import trimesh
from PIL import Image

from mtm.core.errors import InputError
from mtm.render.fitmap import fit_map
from mtm.render.glb import export_glb, load_glb
from mtm.render.scene import Scene, SceneStyle
from mtm.render.sheet import save_sheet
from mtm.render.standin import standin_body, standin_garment
from mtm.render.textures import fabric_look
from mtm.render.turntable import save_turntable, turntable_frames


@pytest.fixture(scope="module")
def body():
    return standin_body(n_theta=32)


@pytest.fixture(scope="module")
def garment():
    return standin_garment(n_around=120, n_up=31)


def _gltf_json(path) -> dict:
    data = path.read_bytes()
    length = struct.unpack("<I", data[12:16])[0]
    return json.loads(data[20:20 + length])


def test_glb_loads_back_with_texture_and_uvs_intact(body, garment, tmp_path):
    look = fabric_look("gingham", "#1f5fbf")
    out = tmp_path / "fit.glb"
    export_glb(out, body, garment, look=look)

    scene = trimesh.load(out, force="scene", process=False)
    assert set(scene.geometry) == {"body", "garment"}
    g = scene.geometry["garment"]
    assert isinstance(g.visual, trimesh.visual.TextureVisuals)
    tex = g.visual.material.baseColorTexture
    assert tex is not None and tex.size[0] >= 64 and tex.size[1] >= 64
    # the texture is the fabric: same average colour as the tile
    np.testing.assert_allclose(np.asarray(tex.convert("RGB")).reshape(-1, 3).mean(0),
                               look.mean_color, atol=6)
    # UVs exactly as exported (tile units), one per vertex, vertices in metres
    assert g.visual.uv.shape == (len(garment.vertices), 2)
    np.testing.assert_allclose(g.visual.uv, look.tex_coords(garment.uvs), atol=1e-5)
    np.testing.assert_allclose(g.vertices * 100, garment.vertices, atol=1e-3)
    np.testing.assert_array_equal(g.faces, garment.faces)
    gltf = _gltf_json(out)
    assert any("baseColorTexture" in m.get("pbrMetallicRoughness", {})
               for m in gltf["materials"])
    assert gltf["images"][0]["mimeType"] == "image/png"

    # our reader brings everything back in cm, with pattern UVs, strain and ease
    b2, g2 = load_glb(out)
    np.testing.assert_allclose(b2.vertices, body.vertices, atol=1e-3)
    np.testing.assert_allclose(g2.uvs, garment.uvs, atol=1e-4)
    np.testing.assert_allclose(g2.strain, garment.strain, atol=1e-6)
    np.testing.assert_allclose(g2.ease, garment.ease, atol=1e-5)


def test_glb_fit_map_is_written_as_vertex_colours(garment, tmp_path):
    out = tmp_path / "strain.glb"
    export_glb(out, None, garment, fit=fit_map("strain"))
    g = trimesh.load(out, force="scene", process=False).geometry["garment"]
    colors = np.asarray(g.visual.vertex_colors)[:, :3].astype(int)
    tight = garment.strain > 0.15
    loose = garment.strain < 0.01
    assert tight.any() and loose.any()
    assert (colors[tight, 0] > 2 * colors[tight, 2]).all()  # red where tight
    assert (colors[loose, 2] > colors[loose, 0]).all()  # blue where relaxed


def test_load_glb_refuses_what_is_not_a_mesh_file(tmp_path):
    with pytest.raises(InputError, match="not found"):
        load_glb(tmp_path / "nope.glb")
    bad = tmp_path / "bad.glb"
    bad.write_bytes(b"glTF garbage")
    with pytest.raises(InputError, match="bad.glb"):
        load_glb(bad)


def test_turntable_gif_and_mp4(body, garment, tmp_path):
    style = SceneStyle(look=fabric_look("stripes"), size=(120, 150), quality="draft")
    with Scene(body, garment, style) as scene:
        frames = turntable_frames(scene, 6)
    assert len(frames) == 6 and all(f.shape == (150, 120, 3) for f in frames)
    # the camera goes round: frames differ, and frame 3 (180 deg) is not frame 0
    assert np.abs(frames[0].astype(float) - frames[2].astype(float)).mean() > 0.3
    gif = tmp_path / "spin.gif"
    save_turntable(gif, frames)
    with Image.open(gif) as im:
        assert im.n_frames == 6
        assert im.info.get("loop") == 0
        assert im.info.get("duration") == 500  # 6 frames over 3 s
    mp4 = tmp_path / "spin.mp4"
    save_turntable(mp4, frames)
    reader = imageio.get_reader(mp4, format="FFMPEG")
    try:
        assert reader.count_frames() == 6
        first = reader.get_data(0)
    finally:
        reader.close()
    assert first.shape == (150, 120, 3)
    assert np.abs(first.astype(float) - frames[0]).mean() < 12  # lossy but the same picture
    with pytest.raises(InputError, match=".gif or .mp4"):
        save_turntable(tmp_path / "spin.avi", frames)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["spin.gif", "spin.mp4"]  # no temps


def test_sheet_puts_two_variants_side_by_side(tmp_path):
    a = np.full((100, 80, 3), (200, 0, 0), np.uint8)
    b = np.full((100, 80, 3), (0, 0, 200), np.uint8)
    out = tmp_path / "sheet.png"
    sheet = save_sheet(out, [a, b], ["size 38", "size 42"], "Two sizes")
    assert sheet.width > 160 and sheet.height > 100
    arr = np.asarray(sheet)
    row = arr[arr.shape[0] // 2]
    red = np.nonzero((row[:, 0] > 150) & (row[:, 2] < 50))[0]
    blue = np.nonzero((row[:, 2] > 150) & (row[:, 0] < 50))[0]
    assert len(red) == 80 and len(blue) == 80 and red.max() < blue.min()
    assert out.is_file()
    with pytest.raises(InputError, match="label"):
        save_sheet(out, [a, b], ["only one"])


def test_normalised_uvs_from_another_exporter_come_back_in_cm(garment, tmp_path):
    # an exporter that squeezes UVs into 0..1 (as a plain trimesh export of pattern cm does)
    uv = garment.uvs
    span = np.ptp(uv, axis=0).max()
    mesh = trimesh.Trimesh(garment.vertices, garment.faces, process=False)
    mesh.visual = trimesh.visual.TextureVisuals(uv=(uv - uv.min(axis=0)) / span)
    out = tmp_path / "plain.glb"
    mesh.export(out)
    body, g2 = load_glb(out)
    assert body is None
    recovered = np.ptp(g2.uvs, axis=0).max()
    # the stand-in is stretched up to ~18 % in places, so the area match is close, not exact
    assert recovered == pytest.approx(span, rel=0.1)
    # UVs already in cm are left alone
    mesh.visual = trimesh.visual.TextureVisuals(uv=uv)
    mesh.export(out)
    np.testing.assert_allclose(load_glb(out)[1].uvs, uv, atol=1e-4)


def test_written_files_get_normal_permissions(tmp_path):
    import os

    out = tmp_path / "plain.png"
    save_sheet(out, [np.zeros((20, 20, 3), np.uint8)], ["x"])
    mask = os.umask(0o022)
    os.umask(mask)
    assert out.stat().st_mode & 0o777 == 0o666 & ~mask

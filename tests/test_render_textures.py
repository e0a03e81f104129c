"""Fabric looks: real scale, seamless repeats, colours, the user's own image."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image

from mtm.core.errors import InputError
from mtm.render.textures import (
    LOOKS,
    PX_PER_CM,
    fabric_look,
    gingham,
    image_texture,
    parse_color,
    stripes,
)


@pytest.mark.parametrize("name", sorted(LOOKS))
def test_every_look_is_a_tile_at_its_real_size(name):
    look = fabric_look(name)
    h, w = look.image.shape[:2]
    assert look.image.dtype == np.uint8 and look.image.shape[2] == 3
    assert w == pytest.approx(look.tile_cm[0] * PX_PER_CM, abs=1)
    assert h == pytest.approx(look.tile_cm[1] * PX_PER_CM, abs=1)
    # not a flat colour: every look has some texture
    assert look.image.reshape(-1, 3).std(axis=0).max() > 1.0


@pytest.mark.parametrize("name", sorted(LOOKS))
def test_tiles_repeat_without_a_visible_seam(name):
    img = fabric_look(name).image.astype(float)
    # the jump across the tile border is no bigger than typical jumps inside the tile
    inner_x = np.abs(np.diff(img, axis=1)).mean()
    across_x = np.abs(img[:, 0] - img[:, -1]).mean()
    inner_y = np.abs(np.diff(img, axis=0)).mean()
    across_y = np.abs(img[0] - img[-1]).mean()
    assert across_x <= 3 * inner_x + 2
    assert across_y <= 3 * inner_y + 2


def test_color_choice_sets_the_dominant_colour():
    look = fabric_look("solid", "#c01020")
    r, g, b = look.mean_color
    assert abs(r - 0xC0) < 12 and abs(g - 0x10) < 12 and abs(b - 0x20) < 12
    assert fabric_look("jersey", "navy").color == (0, 0, 128)


def test_warp_stripes_run_along_the_grain_and_weft_stripes_across():
    warp = stripes((0, 0, 0), width_cm=0.5, repeat_cm=1.5, along="warp").image.mean(axis=2)
    weft = stripes((0, 0, 0), width_cm=0.5, repeat_cm=1.5, along="weft").image.mean(axis=2)
    # warp stripes: columns vary across (U), not along the grain (V)
    assert warp.std(axis=1).mean() > 5 * warp.std(axis=0).mean()
    assert weft.std(axis=0).mean() > 5 * weft.std(axis=1).mean()
    # a 0.5 cm stripe on a 1.5 cm repeat covers a third of the width
    dark = (warp[0] < 128).mean()
    assert dark == pytest.approx(1 / 3, abs=0.04)


def test_gingham_has_white_half_and_full_tones():
    img = gingham((200, 0, 0), (255, 255, 255), square_cm=0.6).image.astype(int)
    g = img[..., 1]  # green drops from white (255) to half (~128) to full colour (~0)
    assert (g > 220).mean() == pytest.approx(0.25, abs=0.06)
    assert ((g > 90) & (g < 170)).mean() == pytest.approx(0.5, abs=0.08)
    assert (g < 40).mean() == pytest.approx(0.25, abs=0.06)


def test_tex_coords_map_cm_to_tiles():
    look = fabric_look("check")  # 5 cm repeat
    tc = look.tex_coords(np.array([[0.0, 0.0], [5.0, 10.0], [-2.5, 7.5]]))
    np.testing.assert_allclose(tc, [[0, 0], [1, 2], [-0.5, 1.5]])


def test_user_image_tiles_at_the_given_repeat(tmp_path):
    arr = np.zeros((50, 100, 3), np.uint8)
    arr[:, :50] = (255, 200, 0)
    path = tmp_path / "print.png"
    Image.fromarray(arr).save(path)
    look = image_texture(path, 8.0)
    assert look.tile_cm == (8.0, 4.0)  # height from the aspect ratio
    assert look.image.shape == (50, 100, 3)
    assert image_texture(path, (8.0, 6.0)).tile_cm == (8.0, 6.0)


def test_bad_inputs_name_what_is_wrong(tmp_path):
    with pytest.raises(InputError, match="fabric look"):
        fabric_look("velvet")
    with pytest.raises(InputError, match="color"):
        parse_color("#12345", (0, 0, 0))
    with pytest.raises(InputError, match="not found"):
        image_texture(tmp_path / "missing.png", 5)
    bad = tmp_path / "bad.png"
    bad.write_bytes(b"not an image")
    with pytest.raises(InputError, match="readable image"):
        image_texture(bad, 5)
    good = tmp_path / "ok.png"
    Image.new("RGB", (4, 4)).save(good)
    with pytest.raises(InputError, match="positive"):
        image_texture(good, -1)


"""The customer's share page (one offline HTML file) and captioned photos.

The browser test opens the page in Debian's Chromium from a ``file://`` URL with every host
name unresolvable, so a page that needed the network would show nothing.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image

from mtm.app.cli import main
from mtm.core.errors import InputError
from mtm.render.caption import caption_font, with_caption
from mtm.render.glb import glb_bytes
from mtm.render.share_page import SharePageInfo, share_page_html
from mtm.render.standin import standin_body, standin_garment
from mtm.render.textures import fabric_look

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_chromium = pytest.mark.skipif(
    CHROMIUM is None and not os.environ.get("CI"),
    reason="headless browser test needs Debian's chromium (see README)")
#: The garment's colour in the browser test: a red no skin tone or background has.
RED = "#d01010"


@pytest.fixture(scope="module")
def demo_glb() -> bytes:
    return glb_bytes(standin_body(), standin_garment(), look=fabric_look("solid", RED))


def _info(**kw) -> SharePageInfo:
    base = dict(customer="Nguyễn Thị Lan", garments=["T-shirt"], fabric="cotton jersey",
                date="2026-12-06", measurements=[("Finished chest", 104.2)])
    base.update(kw)
    return SharePageInfo(**base)


def test_page_is_one_file_that_loads_nothing_from_outside(demo_glb):
    page = share_page_html(demo_glb, _info())
    assert 'src="data:model/gltf-binary;base64,' in page
    # nothing a browser would fetch: no external script, stylesheet, image or import
    assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", page, re.I)
    assert not re.search(r"<script[^>]*\bsrc=", page, re.I)
    assert not re.search(r"""url\(\s*["']?https?:""", page, re.I)
    assert not re.search(r"""import\s*\(?\s*["']https?:""", page)
    # the viewer's own fallback decoder addresses were blanked when it was vendored
    assert "gstatic.com" not in page and "cdn.jsdelivr.net" not in page
    # what the customer reads
    for text in ("Nguyễn Thị Lan", "T-shirt", "cotton jersey", "2026-12-06", "104.2 cm"):
        assert text in page


def test_customer_text_is_escaped(demo_glb):
    page = share_page_html(demo_glb, _info(customer='<script>alert("x")</script>'))
    assert "<script>alert" not in page
    assert "&lt;script&gt;alert" in page


@pytest.mark.parametrize("damage", ["truncated", "not_glb", "empty"])
def test_damaged_model_is_refused(demo_glb, damage):
    data = {"truncated": demo_glb[: len(demo_glb) // 2], "not_glb": b"hello" * 10,
            "empty": b""}[damage]
    with pytest.raises(InputError, match="GLB"):
        share_page_html(data, _info())


def _one_line_error(capsys) -> str:
    err = capsys.readouterr().err.strip()
    assert len(err.splitlines()) == 1 and "Traceback" not in err, err
    return err


def test_share_refuses_missing_and_damaged_draped_files(tmp_path, capsys, demo_glb):
    out = tmp_path / "page.html"
    assert main(["share", str(tmp_path / "missing.glb"), "--out", str(out)]) == 2
    assert "not found" in _one_line_error(capsys)
    broken = tmp_path / "broken.glb"
    broken.write_bytes(demo_glb[:4000])
    assert main(["share", str(broken), "--out", str(out)]) == 2
    assert "broken.glb" in _one_line_error(capsys)
    assert not out.exists()


def test_share_asks_for_a_page_name_and_a_source(tmp_path, capsys):
    glb = tmp_path / "d.glb"
    assert main(["share", str(glb), "--out", str(tmp_path / "page.txt")]) == 2
    assert "--out" in _one_line_error(capsys)
    assert main(["share", "--out", str(tmp_path / "p.html")]) == 2
    assert "DRAPED" in _one_line_error(capsys)


def test_share_from_a_draped_file_with_its_pattern(tmp_path, capsys):
    glb = tmp_path / "draped.glb"
    assert main(["render", "--demo", "--glb", str(glb)]) == 0
    sample = Path(__file__).resolve().parents[1] / "resources" / "samples" / "median_woman.json"
    pattern = tmp_path / "tshirt.json"
    assert main(["draft", "tshirt", "--measurements", str(sample), "--out", str(pattern)]) == 0
    capsys.readouterr()
    page = tmp_path / "lan.html"
    assert main(["share", str(glb), "--pattern", str(pattern), "--name", "Lan",
                 "--fabric-look", "gingham", "--color", "#2a6f97", "--out", str(page)]) == 0
    text = page.read_text(encoding="utf-8")
    assert "Lan" in text and "Finished chest" in text and "gingham" in text


def _page_screenshot(page: Path, png: Path, tmp_path: Path, budget_ms: int = 15000) -> np.ndarray:
    cmd = [CHROMIUM or "chromium", "--headless=new", "--no-sandbox", "--use-gl=swiftshader",
           "--enable-unsafe-swiftshader", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync", "--disable-extensions",
           "--host-resolver-rules=MAP * ~NOTFOUND", f"--user-data-dir={tmp_path / 'profile'}",
           "--window-size=600,900", f"--virtual-time-budget={budget_ms}", f"--screenshot={png}",
           page.resolve().as_uri()]
    subprocess.run(cmd, capture_output=True, timeout=180, check=False)
    assert png.is_file(), "chromium wrote no screenshot"
    with Image.open(png) as im:
        return np.asarray(im.convert("RGB")).astype(int)


@pytest.mark.slow
@needs_chromium
def test_page_shows_the_garment_in_a_browser_offline(tmp_path, demo_glb):
    page = tmp_path / "share.html"
    page.write_text(share_page_html(demo_glb, _info()), encoding="utf-8")
    shot = _page_screenshot(page, tmp_path / "shot.png", tmp_path)
    red = (shot[..., 0] > 110) & (shot[..., 1] < 70) & (shot[..., 2] < 70)
    if red.sum() <= 2000:  # software GL under a loaded CI machine may not have drawn yet
        shot = _page_screenshot(page, tmp_path / "shot2.png", tmp_path, budget_ms=60000)
    r, g, b = shot[..., 0], shot[..., 1], shot[..., 2]
    garment = (r > 110) & (g < 70) & (b < 70)  # the red cloth, shaded
    skin = (r > 190) & (g > 170) & (r - b >= 16) & (g - b >= 10)  # pale mst-4 under the lights
    assert garment.sum() > 2000, f"garment not drawn ({garment.sum()} red pixels)"
    assert skin.sum() > 2000, f"body not drawn ({skin.sum()} skin pixels)"
    # the red pixels lie in the viewer, below the page's heading
    rows = np.nonzero(garment.any(axis=1))[0]
    assert rows.min() > 60


def test_caption_band_under_the_picture():
    image = np.full((200, 160, 3), 90, np.uint8)
    photo = with_caption(image, ["Nguyễn Thị Lan", "Áo dài · lụa"])
    assert photo.width == 160 and photo.height > 200
    band = np.asarray(photo)[200:]
    assert (band < 128).any(), "no text in the caption band"
    assert np.array_equal(np.asarray(photo)[:200], image)


@pytest.mark.parametrize("text", ["Nguyễn Thị", "王芳旗袍"])
def test_caption_font_has_the_glyphs(text):
    """Each character draws differently from the font's missing-glyph box."""
    font = caption_font(text, 32)

    def draw(ch: str) -> np.ndarray:
        im = Image.new("L", (48, 48), 255)
        from PIL import ImageDraw

        ImageDraw.Draw(im).text((4, 4), ch, font=font, fill=0)
        return np.asarray(im)

    missing = draw("\ue000")  # a private-use character no font here has
    for ch in set(text) - {" "}:
        glyph = draw(ch)
        assert (glyph < 128).any(), ch
        assert not np.array_equal(glyph, missing), f"{ch!r} draws as a missing-glyph box"


def test_render_caption_needs_a_png(tmp_path, capsys):
    assert main(["render", "--demo", "--glb", str(tmp_path / "a.glb"), "--caption"]) == 2
    assert "--png" in _one_line_error(capsys)


def test_render_photo_with_caption(tmp_path, capsys):
    png = tmp_path / "photo.png"
    assert main(["render", "--demo", "--png", str(png), "--size", "160x200",
                 "--quality", "draft", "--caption", "Lan\\nT-shirt"]) == 0
    with Image.open(png) as im:
        assert im.width == 160 and im.height > 200


def test_long_caption_lines_fit_the_photo():
    image = np.full((200, 300, 3), 90, np.uint8)
    line = "Shirt + Trousers (pleat or dart front, zip fly) · cotton poplin · stripes · #2a6f97"
    photo = np.asarray(with_caption(image, ["Customer", line]))
    band = photo[200:]
    assert (band[:, :8] > 200).all() and (band[:, -8:] > 200).all()  # margins stay paper


def test_page_speaks_the_customers_language(demo_glb):
    page = share_page_html(demo_glb, _info(language="vi",
                                           measurements=[("Finished chest", 104.2)]))
    assert '<html lang="vi">' in page
    for text in ("Khách hàng", "Số đo chính", "Vòng ngực thành phẩm", "104,2 cm",
                 "T-shirt may cho Nguyễn Thị Lan"):
        assert text in page, text
    zh = share_page_html(demo_glb, _info(language="zh_CN"))
    assert '<html lang="zh-CN">' in zh and "顾客" in zh


def test_share_refuses_a_bad_colour_before_draping(tmp_path, capsys, monkeypatch):
    import mtm.app.commands.render as render_command

    def no_drape(*_a, **_k):
        raise AssertionError("draped before the colour was checked")

    monkeypatch.setattr(render_command, "make_draped", no_drape)
    sample = Path(__file__).resolve().parents[1] / "resources" / "samples" / "median_woman.json"
    assert main(["share", "-m", str(sample), "--garment", "tshirt", "--color", "#12345",
                 "--out", str(tmp_path / "p.html")]) == 2
    assert "color" in _one_line_error(capsys).lower()

"""Print files, checked by rendering them with poppler's pdftoppm at a known resolution."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import numpy as np
import pytest
from PIL import Image
from scipy import ndimage

from mtm.core.errors import InputError
from mtm.core.io.aama_dxf import CutFile, CutPiece, Notch
from mtm.core.io.pdf_output import MARGIN_CM, OVERLAP_CM, parse_paper, tile_grid, write_pdf

PDFTOPPM = shutil.which("pdftoppm")
needs_poppler = pytest.mark.skipif(PDFTOPPM is None, reason="pdftoppm (poppler-utils) missing")
#: Grey level below which a pixel is ink: thin lines render anti-aliased (about 165) at 50.8 dpi.
INK = 220


def band_file() -> CutFile:
    """A 60 x 35 cm piece with a long sloping top: wider and taller than one A4 page."""
    cut = np.array([[0, 0], [60, 0], [60, 35], [0, 10]], float)
    piece = CutPiece("band", cut, size="M", sew=cut * [58 / 60, 0.9] + 1.0,
                     notches=(Notch(30, 0, 90, 0.6),), grain=np.array([[5, 5], [5, 30]]),
                     internal=(np.array([[2, 2], [58, 33]]),), drill_holes=np.array([[30, 17]]))
    small = CutPiece("tab", np.array([[0, 0], [8, 0], [8, 5], [0, 5]], float), size="M")
    return CutFile("BAND", (piece, small))


def render(pdf: Path, dpi: float, page: int, crop: tuple[int, int, int, int] | None = None):
    """Page ``page`` as a grey numpy image (0 = black) at ``dpi``."""
    out = pdf.with_name(f"{pdf.stem}-{page}-{dpi:g}")
    cmd = [PDFTOPPM, "-r", f"{dpi:g}", "-gray", "-f", str(page), "-l", str(page), "-singlefile"]
    if crop:
        cmd += ["-x", str(crop[0]), "-y", str(crop[1]), "-W", str(crop[2]), "-H", str(crop[3])]
    subprocess.run(cmd + [str(pdf), str(out)], check=True, timeout=120)
    return np.asarray(Image.open(f"{out}.pgm"))


def square_px(img: np.ndarray) -> tuple[int, int]:
    """Width and height (px) of the largest solid dark region: the test square."""
    labels, n = ndimage.label(img < 128)
    sizes = ndimage.sum(np.ones_like(labels), labels, range(1, n + 1))
    rows, cols = np.nonzero(labels == 1 + int(np.argmax(sizes)))
    return int(cols.max() - cols.min() + 1), int(rows.max() - rows.min() + 1)


@needs_poppler
@pytest.mark.parametrize("paper", ["a4", "letter"])
def test_test_square_is_ten_centimetres(tmp_path, paper):
    pdf = tmp_path / f"band_{paper}.pdf"
    write_pdf(band_file(), pdf, paper)
    w, h = square_px(render(pdf, 254, 1))  # 254 dpi: 100 px per cm
    assert abs(w - 1000) <= 1 and abs(h - 1000) <= 1, (w, h)


@needs_poppler
def test_roll_page_has_the_roll_width_and_a_true_square(tmp_path):
    pdf = tmp_path / "band_roll.pdf"
    layout = write_pdf(band_file(), pdf, "roll:914")
    assert layout.page_size[0] == pytest.approx(91.4) and not layout.tiles
    info = subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True).stdout
    width_pt = float(re.search(r"Page size:\s+([\d.]+) x", info).group(1))
    assert width_pt == pytest.approx(914 / 25.4 * 72, abs=0.01)
    w, h = square_px(render(pdf, 254, 1, crop=(0, 0, 1600, 1600)))
    assert abs(w - 1000) <= 1 and abs(h - 1000) <= 1, (w, h)


@needs_poppler
def test_tiles_join_without_gaps(tmp_path):
    pdf = tmp_path / "band_a4.pdf"
    layout = write_pdf(band_file(), pdf, "a4")
    sheet, tiles = layout.sheet, layout.tiles
    assert len({t.col for t in tiles}) >= 2 and len({t.row for t in tiles}) >= 2
    px = 20  # 50.8 dpi = 20 px per cm
    pad = 2 * px
    rows = int((sheet.height - min(t.y0 for t in tiles)) * px) + 2 * pad
    canvas = np.full((rows, int(max(t.x1 for t in tiles) * px) + 2 * pad), 255)
    seen = np.zeros(canvas.shape, bool)
    mismatched = compared = 0
    m = int(MARGIN_CM * px)
    for number, t in enumerate(tiles, start=2):
        page = render(pdf, 50.8, number)
        win = page[m : m + int(round((t.y1 - t.y0) * px)), m : m + int(round((t.x1 - t.x0) * px))]
        r0 = int(round((sheet.height - t.y1) * px)) + pad
        c0 = int(round(t.x0 * px)) + pad
        region = (slice(r0, r0 + win.shape[0]), slice(c0, c0 + win.shape[1]))
        dark_new = win < INK
        dark_old = canvas[region] < INK
        both = seen[region]
        # where two pages overlap they must show the same marks (1 px tolerance)
        grown_old = ndimage.binary_dilation(dark_old, iterations=1)
        grown_new = ndimage.binary_dilation(dark_new, iterations=1)
        mismatched += int((both & dark_new & ~grown_old).sum())
        mismatched += int((both & dark_old & ~grown_new).sum())
        compared += int((both & (dark_new | dark_old)).sum())
        canvas[region] = np.minimum(canvas[region], win)
        seen[region] = True
    assert compared > 0 and mismatched <= 0.02 * compared, (mismatched, compared)
    dark = canvas < INK
    piece, dx, dy = next(p for p in sheet.placed if p[0].name == "band")

    def to_px(x, y):
        return int(round((sheet.height - y) * px)) + pad, int(round(x * px)) + pad

    # the bottom and the sloping top of the cut line run unbroken across the page joins
    for x in np.arange(dx + 0.2, dx + 59.8, 1 / px):
        r, c = to_px(x, dy)
        assert dark[r - 2 : r + 3, c].any(), f"gap in the cut line at x = {x - dx:.2f} cm"
        r, c = to_px(x, dy + 10 + (x - dx) * 25 / 60)
        assert dark[r - 2 : r + 3, c].any(), f"gap in the top line at x = {x - dx:.2f} cm"


@needs_poppler
def test_every_tile_names_itself(tmp_path):
    pdf = tmp_path / "band_a4.pdf"
    layout = write_pdf(band_file(), pdf, "a4")
    for number, t in enumerate(layout.tiles, start=2):
        text = subprocess.run(["pdftotext", "-f", str(number), "-l", str(number), str(pdf), "-"],
                              capture_output=True, text=True).stdout
        assert t.label in text.split()


def test_tile_grid_covers_the_sheet_with_overlap():
    tiles = tile_grid(50.0, 40.0, "a4")
    assert [t.label for t in tiles][:3] == ["A1", "B1", "C1"]
    xs = sorted({(t.x0, t.x1) for t in tiles})
    for (_, a1), (b0, _) in zip(xs, xs[1:], strict=False):
        assert a1 - b0 == pytest.approx(OVERLAP_CM)
    assert min(t.x0 for t in tiles) < 0 and max(t.x1 for t in tiles) > 50
    assert min(t.y0 for t in tiles) < 0 and max(t.y1 for t in tiles) > 40


def test_bad_paper_and_too_wide_piece(tmp_path):
    with pytest.raises(InputError, match="unknown paper"):
        parse_paper("a3")
    with pytest.raises(InputError, match="roll width"):
        parse_paper("roll:abc")
    with pytest.raises(InputError, match="does not fit"):
        write_pdf(band_file(), tmp_path / "x.pdf", "roll:300")
    assert not (tmp_path / "x.pdf").exists() and not list(tmp_path.iterdir())


def test_a_piece_wider_than_the_roll_is_turned(tmp_path):
    layout = write_pdf(band_file(), tmp_path / "narrow.pdf", "roll:600")
    band = next(p for p, _, _ in layout.sheet.placed if p.name == "band")
    assert np.ptp(band.cut, axis=0) == pytest.approx([35, 60])
    assert band.notches[0].angle == pytest.approx(180.0)  # was 90: turned with the piece
    for p, dx, _ in layout.sheet.placed:
        assert p.cut[:, 0].min() + dx >= 0 and p.cut[:, 0].max() + dx <= layout.sheet.width


def test_a_long_roll_plot_goes_on_several_pages(tmp_path):
    """Pages stop at 5.08 m (PDF viewers' limit): a long nest continues on the next page."""
    pieces = tuple(CutPiece(f"panel{i}", np.array([[0, 0], [40, 0], [40, 90], [0, 90]], float),
                            size="M") for i in range(14))
    pdf = tmp_path / "long.pdf"
    layout = write_pdf(CutFile("LONG", pieces), pdf, "roll:914")
    assert len(layout.roll_sheets) >= 2
    names = sorted(p.name for s in layout.roll_sheets for p, _, _ in s.placed)
    assert names == sorted(p.name for p in pieces)  # every piece once, none cut in two
    info = subprocess.run(["pdfinfo", "-f", "1", "-l", "99", str(pdf)], capture_output=True,
                          text=True).stdout if shutil.which("pdfinfo") else ""
    heights = [float(h) for h in re.findall(r"Page\s+\d+ size:\s+[\d.]+ x ([\d.]+)", info)]
    assert len(heights) in (0, len(layout.roll_sheets))
    assert all(h / 72 * 2.54 <= 508.0 for h in heights)
    for sheet in layout.roll_sheets:
        for p, _, dy in sheet.placed:
            assert p.cut[:, 1].min() + dy >= 0 and p.cut[:, 1].max() + dy <= sheet.height

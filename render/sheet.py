"""Comparison sheets: two (or more) renders side by side with a caption under each."""

from __future__ import annotations

import os
from collections.abc import Sequence

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from mtm.core.errors import InputError
from mtm.render.png import save_png
from mtm.render.textures import RGB

INK: RGB = (40, 40, 40)


def _font(size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow without FreeType
        return ImageFont.load_default()


def side_by_side(images: Sequence[np.ndarray | Image.Image], labels: Sequence[str],
                 title: str = "", background: RGB = (255, 255, 255)) -> Image.Image:
    """One image with the renders in a row, each captioned, under an optional title."""
    if len(images) < 1 or len(images) != len(labels):
        raise InputError(f"{len(images)} images and {len(labels)} labels: give one label per "
                         "image", field="sheet")
    ims = [im if isinstance(im, Image.Image) else Image.fromarray(np.asarray(im))
           for im in images]
    h = max(im.height for im in ims)
    gap = max(8, h // 60)
    caption = max(14, h // 28)
    title_h = int(caption * 1.8) if title else 0
    width = sum(im.width for im in ims) + gap * (len(ims) + 1)
    height = title_h + gap + h + int(caption * 1.8) + gap
    sheet = Image.new("RGB", (width, height), background)
    draw = ImageDraw.Draw(sheet)
    if title:
        draw.text((width / 2, gap + title_h / 2), title, fill=INK, font=_font(int(caption * 1.2)),
                  anchor="mm")
    x = gap
    font = _font(caption)
    for im, label in zip(ims, labels, strict=True):
        sheet.paste(im.convert("RGB"), (x, title_h + gap))
        draw.text((x + im.width / 2, title_h + gap + h + caption * 0.9), label, fill=INK,
                  font=font, anchor="mm")
        x += im.width + gap
    return sheet


def save_sheet(path: str | os.PathLike[str], images: Sequence[np.ndarray | Image.Image],
               labels: Sequence[str], title: str = "") -> Image.Image:
    """Build a side-by-side sheet and write it as a PNG, atomically."""
    sheet = side_by_side(images, labels, title)
    save_png(path, sheet)
    return sheet

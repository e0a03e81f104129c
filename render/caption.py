"""Photos for messaging apps: a render with the customer's name, garment and fabric under it.

The caption is drawn with the font the printed cut files use for the same text (DejaVu Sans for
Vietnamese diacritics, WenQuanYi Micro Hei for Chinese; ``mtm.core.io.fonts``), so a name like
"Nguyễn Thị Lan" or "王芳" prints as written, not as boxes.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
from PIL import Image, ImageDraw, ImageFont

from mtm.core.io.fonts import candidates, missing_glyphs
from mtm.render.png import save_png
from mtm.render.textures import RGB

INK: RGB = (35, 35, 35)
MUTED: RGB = (105, 105, 105)
PAPER: RGB = (255, 255, 255)


def caption_font(text: str, size: int) -> ImageFont.ImageFont | ImageFont.FreeTypeFont:
    """A font of ``size`` px that has every glyph of ``text``: the printed cut files' font
    choice (``mtm.core.io.fonts``: DejaVu Sans, WenQuanYi Micro Hei, ``$MTM_FONT``)."""
    fonts = candidates()
    for font in fonts:
        if not missing_glyphs(font, text):
            return ImageFont.truetype(str(font.path), size, index=font.index)
    if fonts:  # no font has them all: the first still draws most
        return ImageFont.truetype(str(fonts[0].path), size, index=fonts[0].index)
    try:
        return ImageFont.load_default(size=size)
    except TypeError:  # Pillow without FreeType
        return ImageFont.load_default()


def _fitted(draw: ImageDraw.ImageDraw, text: str, size: int, room: int):
    """The font (down to 70% of ``size``) and text (shortened with an ellipsis only when even
    that is too wide) that fit ``room`` pixels."""
    for s in range(size, max(9, int(size * 0.7)) - 1, -1):
        font = caption_font(text, s)
        if draw.textlength(text, font=font) <= room:
            return font, text
    while len(text) > 1 and draw.textlength(text + "\u2026", font=font) > room:
        text = text[:-1]
    return font, text.rstrip() + "\u2026"


def with_caption(image: np.ndarray | Image.Image, lines: Sequence[str],
                 background: RGB = PAPER) -> Image.Image:
    """``image`` with a white band under it holding ``lines`` (the first larger, in ink)."""
    im = image if isinstance(image, Image.Image) else Image.fromarray(np.asarray(image))
    im = im.convert("RGB")
    lines = [line for line in lines if line.strip()]
    if not lines:
        return im
    big = max(14, im.width // 22)
    small = max(12, int(big * 0.72))
    pad = max(8, big // 2)
    sizes = [big] + [small] * (len(lines) - 1)
    band = pad * 2 + sum(int(s * 1.35) for s in sizes)
    out = Image.new("RGB", (im.width, im.height + band), background)
    out.paste(im, (0, 0))
    draw = ImageDraw.Draw(out)
    y = im.height + pad
    room = im.width - 2 * pad
    for i, (line, size) in enumerate(zip(lines, sizes, strict=True)):
        font, text = _fitted(draw, line, size, room)
        draw.text((pad, y), text, fill=INK if i == 0 else MUTED, font=font)
        y += int(size * 1.35)
    return out


def save_photo(path: str | os.PathLike[str] | Path, image: np.ndarray | Image.Image,
               lines: Sequence[str]) -> Image.Image:
    """Write the captioned photo as a PNG, atomically."""
    photo = with_caption(image, lines)
    save_png(path, photo)
    return photo

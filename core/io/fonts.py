"""Fonts for printed cut files: a TrueType font that has every glyph of the text to print.

PDF viewers only draw what the file embeds, so a PDF with Vietnamese or Chinese labels must
embed a font with those glyphs. reportlab embeds TrueType (glyf) fonts only, not the CFF
outlines of Noto CJK's ``.otf``/``.ttc``, so the candidates are TrueType fonts from Debian
packages (see the README): DejaVu Sans (``fonts-dejavu-core``: Latin with Vietnamese
diacritics) first, then WenQuanYi Micro Hei (``fonts-wqy-microhei``: Chinese, Latin and
Vietnamese) and Droid Sans Fallback. ``$MTM_FONT`` may name another ``.ttf``/``.ttc`` to try
first. Text that Helvetica can show (Latin-1) keeps Helvetica, so English files are as before.
"""

from __future__ import annotations

import functools
import os
from dataclasses import dataclass
from pathlib import Path

from ..errors import InputError

FONT_ENV = "MTM_FONT"
#: Font files tried in this order (file name, index in a collection).
CANDIDATES: tuple[tuple[str, int], ...] = (
    ("DejaVuSans.ttf", 0),
    ("wqy-microhei.ttc", 0),
    ("DroidSansFallbackFull.ttf", 0),
)
FONT_DIRS: tuple[str, ...] = ("/usr/share/fonts", "/usr/local/share/fonts",
                              "~/.local/share/fonts", "~/.fonts",
                              "/System/Library/Fonts", "/Library/Fonts",
                              "C:/Windows/Fonts")


@dataclass(frozen=True)
class FontFile:
    """A TrueType font on disk: ``path`` and its ``index`` inside a ``.ttc`` collection."""

    path: Path
    index: int = 0

    @property
    def name(self) -> str:
        """The name it is registered under in reportlab."""
        return f"mtm-{self.path.stem}-{self.index}"


def latin1(text: str) -> bool:
    """True when Helvetica (WinAnsi/Latin-1) can show ``text``."""
    try:
        text.encode("latin-1")
    except UnicodeEncodeError:
        return False
    return True


@functools.lru_cache(maxsize=1)
def _installed() -> dict[str, Path]:
    """File name -> path of the candidate fonts found in the usual font folders."""
    wanted = {name for name, _ in CANDIDATES}
    found: dict[str, Path] = {}
    for folder in FONT_DIRS:
        root = Path(folder).expanduser()
        if not root.is_dir():
            continue
        for dirpath, _dirs, files in os.walk(root):
            for name in wanted & set(files):
                found.setdefault(name, Path(dirpath) / name)
    return found


def candidates() -> list[FontFile]:
    """Every font to try, in order (``$MTM_FONT`` first)."""
    out = []
    env = os.environ.get(FONT_ENV)
    if env and Path(env).is_file():
        out.append(FontFile(Path(env)))
    installed = _installed()
    out += [FontFile(installed[name], index) for name, index in CANDIDATES if name in installed]
    return out


@functools.lru_cache(maxsize=16)
def _cmap(font: FontFile) -> frozenset[int]:
    from reportlab.pdfbase.ttfonts import TTFont

    return frozenset(TTFont(font.name, str(font.path), subfontIndex=font.index)
                     .face.charToGlyph)


def missing_glyphs(font: FontFile, text: str) -> set[str]:
    """Characters of ``text`` (other than white space) that ``font`` has no glyph for."""
    cmap = _cmap(font)
    return {c for c in set(text) if not c.isspace() and ord(c) not in cmap}


def font_for(text: str) -> FontFile | None:
    """The first candidate font with a glyph for every character of ``text``; None when
    Helvetica will do (Latin-1 text). InputError naming the characters when none has them."""
    if latin1(text):
        return None
    for font in candidates():
        if not missing_glyphs(font, text):
            return font
    lacking = "".join(sorted({c for c in text if not latin1(c)}))[:20]
    raise InputError(f"no installed font has the glyphs for {lacking!r}; install "
                     "fonts-dejavu-core and fonts-wqy-microhei (or set $MTM_FONT to a "
                     "TrueType font that has them)", field="font")


def register(font: FontFile | None) -> tuple[str, str]:
    """Register ``font`` with reportlab; its (regular, bold) names (Helvetica for None)."""
    if font is None:
        return "Helvetica", "Helvetica-Bold"
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont

    if font.name not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(font.name, str(font.path), subfontIndex=font.index))
    return font.name, font.name

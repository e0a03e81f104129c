"""A 1:1 SVG preview of a drafted garment (1 cm on the pattern = 10 mm in the file).

Each piece shows its cut line (solid), sew line (dashed), notches, grain line with arrows,
fold edges, internal lines, drill holes and labels, laid out left to right. For printing and
checking by eye; cut files proper are DXF/PDF. Its words and piece labels are in core's
language (``core.i18n``: English unless the studio chose another); the fonts named first have
the glyphs of Vietnamese and Chinese (see the README's font packages).
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from xml.sax.saxutils import escape

import numpy as np

from .. import i18n
from ..garment import Garment, Piece
from ..i18n import QT_TRANSLATE_NOOP
from .atomic import atomic_write_text

GAP = 3.0  # cm between pieces
MARGIN = 2.0  # cm around the sheet
#: Fonts with Latin, Vietnamese and Chinese glyphs first, then the viewer's sans-serif.
FONTS = "DejaVu Sans, WenQuanYi Micro Hei, Noto Sans CJK SC, sans-serif"


def layout(g: Garment) -> list[tuple[Piece, float, float]]:
    """(piece, dx, dy) moving each piece into a left-to-right row with its bottom at y = 0."""
    out = []
    x = MARGIN
    for p in g.pieces:
        xmin, ymin, xmax, ymax = p.bbox
        out.append((p, x - xmin, MARGIN - ymin))
        x += (xmax - xmin) + GAP
    return out


def _path(pts: np.ndarray, h: float, closed: bool) -> str:
    # SVG y runs down: flip about the sheet height h
    coords = " ".join(f"{x:.3f},{h - y:.3f}" for x, y in pts)
    return f"M {coords}{' Z' if closed else ''}"


SIZE = QT_TRANSLATE_NOOP("Output", "size")
FOLD = QT_TRANSLATE_NOOP("Output", "FOLD")


def garment_svg(g: Garment, lang: str | None = None) -> str:
    """The SVG text of ``g`` at 1:1 (user units are cm, the sheet is sized in mm), its words
    in ``lang`` (default: core's language)."""
    code = i18n.normalise_language(lang) if lang else i18n.language()
    placed = layout(g)
    size_word = i18n.lookup(i18n.OUTPUT, SIZE, code)
    fold_word = i18n.lookup(i18n.OUTPUT, FOLD, code)
    width = max((dx + p.bbox[2] for p, dx, _ in placed), default=0.0) + MARGIN
    height = max((dy + p.bbox[3] for p, _, dy in placed), default=0.0) + MARGIN + 4.0
    h = height
    parts = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width * 10:.1f}mm" '
        f'height="{height * 10:.1f}mm" viewBox="0 0 {width:.3f} {height:.3f}">',
        f"<title>{escape(g.name)} {escape(g.size)}</title>",
        '<rect x="0" y="0" width="100%" height="100%" fill="white"/>',
        f'<text x="{MARGIN}" y="{1.6}" font-family="{FONTS}" font-size="1.2">'
        f"{escape(g.name)} · {escape(size_word)} {escape(g.size)} · cm · "
        f"{escape(g.system[:90])}</text>",
        # a 10 cm test square to check the print scale
        f'<rect x="{width - MARGIN - 10:.3f}" y="{0.4}" width="10" height="1" fill="none" '
        'stroke="black" stroke-width="0.03"/>',
        f'<text x="{width - MARGIN - 9.6:.3f}" y="{1.2}" font-family="{FONTS}" '
        'font-size="0.7">10 cm</text>',
    ]
    for p, dx, dy in placed:
        parts.append(f'<g id="{escape(p.name)}">')
        shift = np.array([dx, dy])
        parts.append(
            f'<path d="{_path(p.cut_outline() + shift, h, True)}" fill="#f4f1ea" '
            'stroke="black" stroke-width="0.05"/>'
        )
        parts.append(
            f'<path d="{_path(p.sew_line + shift, h, True)}" fill="none" '
            'stroke="#555" stroke-width="0.03" stroke-dasharray="0.4,0.25"/>'
        )
        if p.on_fold:
            e = p.edge(p.on_fold).polyline() + shift
            parts.append(
                f'<path d="{_path(e, h, False)}" fill="none" stroke="#1a5fb4" stroke-width="0.15"/>'
            )
            mid = e[len(e) // 2]
            parts.append(_text(fold_word, mid[0] + 0.6, h - mid[1], 0.8, _edge_angle(e), "#1a5fb4"))
        for notch, (pt, nrm, count) in zip(p.notches, p.notch_points(), strict=True):
            a = p.allowance_of(p.edge(notch.edge)) or 0.5
            for k in range(count):
                off = (k - (count - 1) / 2) * 0.35
                tx, ty = -nrm[1], nrm[0]
                x0 = pt[0] + dx + off * tx
                y0 = pt[1] + dy + off * ty
                x1, y1 = x0 + nrm[0] * (a + 0.3), y0 + nrm[1] * (a + 0.3)
                parts.append(
                    f'<line x1="{x0:.3f}" y1="{h - y0:.3f}" x2="{x1:.3f}" '
                    f'y2="{h - y1:.3f}" stroke="#c01c28" stroke-width="0.08"/>'
                )
        (gx0, gy0), (gx1, gy1) = p.grainline
        parts.append(_arrow(gx0 + dx, h - gy0 - dy, gx1 + dx, h - gy1 - dy))
        for line in p.internal_lines:
            pts = np.asarray(line.points) + shift
            dash = "0.6,0.2,0.1,0.2" if line.kind != "fold" else "1,0.3"
            parts.append(
                f'<path d="{_path(pts, h, False)}" fill="none" stroke="#26a269" '
                f'stroke-width="0.04" stroke-dasharray="{dash}"/>'
            )
        for hole in p.drill_holes:
            x, y = hole.at[0] + dx, h - hole.at[1] - dy
            parts.append(
                f'<circle cx="{x:.3f}" cy="{y:.3f}" r="0.25" fill="none" '
                'stroke="black" stroke-width="0.04"/>'
            )
            if hole.kind == "buttonhole":
                parts.append(
                    f'<line x1="{x - 0.9:.3f}" y1="{y:.3f}" x2="{x + 0.9:.3f}" '
                    f'y2="{y:.3f}" stroke="black" stroke-width="0.06"/>'
                )
        for d in p.darts:
            dp = p.dart_point(d)
            parts.append(
                f'<circle cx="{dp[0] + dx:.3f}" cy="{h - dp[1] - dy:.3f}" r="0.2" fill="black"/>'
            )
        for lb in p.labels:
            text = i18n.lookup(i18n.PIECES, lb.text, code)  # no wider than the English it replaces
            size = lb.size * i18n.fit_scale(lb.text, text)
            parts.append(_text(text, lb.at[0] + dx, h - lb.at[1] - dy, size, -lb.angle))
        parts.append("</g>")
    parts.append("</svg>")
    return "\n".join(parts)


def _edge_angle(e: np.ndarray) -> float:
    d = e[-1] - e[0]
    ang = -math.degrees(math.atan2(d[1], d[0]))
    if ang > 90:
        ang -= 180
    if ang < -90:
        ang += 180
    return ang


def _text(
    text: str, x: float, y: float, size: float, angle: float = 0.0, colour: str = "black"
) -> str:
    rot = f' transform="rotate({angle:.1f} {x:.3f} {y:.3f})"' if angle else ""
    return (
        f'<text x="{x:.3f}" y="{y:.3f}" font-family="{FONTS}" font-size="{size:.2f}" '
        f'text-anchor="middle" fill="{colour}"{rot}>{escape(text)}</text>'
    )


def _arrow(x0: float, y0: float, x1: float, y1: float) -> str:
    d = np.array([x1 - x0, y1 - y0])
    n = float(np.hypot(*d)) or 1.0
    u = d / n
    v = np.array([-u[1], u[0]])
    heads = []
    for (px, py), s in (((x1, y1), -1.0), ((x0, y0), 1.0)):
        a = np.array([px, py]) + s * 1.0 * u + 0.4 * v
        b = np.array([px, py]) + s * 1.0 * u - 0.4 * v
        heads.append(f"M {a[0]:.3f},{a[1]:.3f} L {px:.3f},{py:.3f} L {b[0]:.3f},{b[1]:.3f}")
    return (
        f'<path d="M {x0:.3f},{y0:.3f} L {x1:.3f},{y1:.3f} {" ".join(heads)}" fill="none" '
        'stroke="black" stroke-width="0.06"/>'
    )


def write_svg(g: Garment, path: str | os.PathLike, lang: str | None = None) -> Path:
    """Write the 1:1 SVG of ``g`` atomically (words in ``lang``, default core's language)."""
    return atomic_write_text(path, garment_svg(g, lang))

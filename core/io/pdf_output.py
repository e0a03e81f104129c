"""Print files: the pattern at true scale as one plotter-roll page or as tiled A4 / Letter pages.

Pieces are laid out on a *sheet* (cm, X right, Y up) by a simple shelf layout; the roll page is
the sheet itself, the tiled output cuts the sheet into overlapping windows, one per page. Each
tile shows its grid label (column letter + row number), its neighbours' labels, a dashed line
where the next tile is glued on, and alignment crosses at the tile corners that coincide when
two pages are laid over each other. The first tiled page carries a 10 cm test square to check
the printer's scale. Drawn with reportlab; everything in cm until the final cm -> pt scaling.
"""

from __future__ import annotations

import dataclasses
import io
import math
import os
from dataclasses import dataclass

import numpy as np

from mtm.core import i18n
from mtm.core.errors import InputError
from mtm.core.i18n import QT_TRANSLATE_NOOP

from . import fonts
from .aama_dxf import CutFile, CutPiece
from .atomic import atomic_write_bytes

PT_PER_CM = 72.0 / 2.54
#: Paper sizes in cm (width, height).
PAPERS: dict[str, tuple[float, float]] = {"a4": (21.0, 29.7), "letter": (21.59, 27.94)}
#: Unprintable border kept free on every page (cm); most office printers need 4-6 mm.
MARGIN_CM = 1.0
#: How far neighbouring tiles overlap (cm); the glue line runs in the middle of the overlap.
OVERLAP_CM = 1.0
#: Gap between pieces on the sheet (cm).
GAP_CM = 2.0
#: Longest page a PDF viewer must accept (200 inches, the PDF 1.x implementation limit).
MAX_PAGE_CM = 508.0
TEST_SQUARE_CM = 10.0


@dataclass(frozen=True, eq=False)
class Sheet:
    """Pieces placed on one sheet: (piece, dx, dy) offsets in cm; size in cm."""

    placed: tuple[tuple[CutPiece, float, float], ...]
    width: float
    height: float


@dataclass(frozen=True, eq=False)
class PrintLayout:
    """What a print file holds: the sheet and, for tiled paper, the pattern pages in order.

    Tiled files have the cover (test square, assembly map) as page 1, then one page per tile.
    A roll file is one page per sheet in ``roll_sheets`` (a new page before a page would grow
    longer than PDF viewers accept); each sheet sits ``MARGIN_CM`` from the lower-left corner,
    the first page carries the test square above it. ``sheet`` is the (first) sheet and
    ``page_size`` the (first) page's size in cm.
    """

    sheet: Sheet
    tiles: tuple[Tile, ...]
    page_size: tuple[float, float]
    roll_sheets: tuple[Sheet, ...] = ()


@dataclass(frozen=True)
class Tile:
    """One printed page of a tiled sheet: its grid position, label and sheet window (cm)."""

    row: int
    col: int
    label: str
    x0: float
    y0: float
    x1: float
    y1: float


def parse_paper(paper: str) -> tuple[str, float | None]:
    """``'a4'``, ``'letter'`` or ``'roll:<width mm>'`` -> (kind, roll width in cm or None)."""
    key = str(paper).strip().lower()
    if key in PAPERS:
        return key, None
    if key.startswith("roll:"):
        try:
            width_mm = float(key[5:])
        except ValueError:
            width_mm = -1.0
        if not 200.0 <= width_mm <= 3000.0:
            raise InputError(f"roll width {key[5:]!r} must be a number of mm from 200 to 3000",
                             field="paper")
        return "roll", width_mm / 10.0
    raise InputError(f"unknown paper {paper!r}; expected a4, letter or roll:<width mm>",
                     field="paper")


def layout_sheet(pieces: tuple[CutPiece, ...] | list[CutPiece], width: float,
                 gap: float = GAP_CM) -> Sheet:
    """Shelf layout: tallest pieces first, left to right, rows bottom to top, ``gap`` apart.

    A piece wider than the sheet is turned a quarter turn when that makes it fit (paper has no
    grain); one that fits neither way is an InputError naming it.
    """
    if not pieces:
        raise InputError("the pattern has no pieces to print", field="pieces")
    fitted = []
    for p in pieces:
        w, h = np.ptp(p.cut, axis=0)
        if w + 2 * gap > width:
            if h + 2 * gap > width:
                raise InputError(f"piece {p.name!r} is {min(w, h):.1f} cm across even turned; "
                                 f"it does not fit a {width:.1f} cm wide sheet", field="paper")
            p = quarter_turn(p)
        fitted.append(p)
    boxes = [(p, p.cut.min(axis=0), np.ptp(p.cut, axis=0)) for p in fitted]
    order = sorted(boxes, key=lambda b: -b[2][1])
    placed = []
    x = y = gap
    shelf = 0.0
    for piece, lo, size in order:
        if x + size[0] + gap > width:
            x, y, shelf = gap, y + shelf + gap, 0.0
        placed.append((piece, float(x - lo[0]), float(y - lo[1])))
        x += size[0] + gap
        shelf = max(shelf, float(size[1]))
    return Sheet(tuple(placed), float(width), float(y + shelf + gap))


def quarter_turn(p: CutPiece) -> CutPiece:
    """The piece turned 90 degrees counter-clockwise about the origin, marks and text too."""

    def rot(a):
        a = np.asarray(a, dtype=float).reshape(-1, 2)
        return np.c_[-a[:, 1], a[:, 0]]

    return dataclasses.replace(
        p,
        cut=rot(p.cut),
        sew=None if p.sew is None else rot(p.sew),
        grain=None if p.grain is None else rot(p.grain),
        mirror=None if p.mirror is None else rot(p.mirror),
        internal=tuple(rot(x) for x in p.internal),
        cutouts=tuple(rot(x) for x in p.cutouts),
        drill_holes=rot(p.drill_holes),
        notches=tuple(dataclasses.replace(n, x=-n.y, y=n.x, angle=(n.angle + 90) % 360)
                      for n in p.notches),
        labels=tuple(dataclasses.replace(lb, x=-lb.y, y=lb.x, angle=lb.angle + 90)
                     for lb in p.labels),
    )


def tile_grid(sheet_w: float, sheet_h: float, paper: str, margin: float = MARGIN_CM,
              overlap: float = OVERLAP_CM) -> list[Tile]:
    """Pages covering a sheet: each page window is the paper minus margins; neighbours overlap.

    Column ``c`` owns x in [c*step, (c+1)*step) and its window reaches ``overlap/2`` beyond on
    both sides; rows count from the top of the sheet (row 1 on top), columns are letters.
    """
    pw, ph = PAPERS[paper]
    win_w, win_h = pw - 2 * margin, ph - 2 * margin
    step_x, step_y = win_w - overlap, win_h - overlap
    cols = max(1, math.ceil(sheet_w / step_x - 1e-9))
    rows = max(1, math.ceil(sheet_h / step_y - 1e-9))
    tiles = []
    for r in range(rows):
        for c in range(cols):
            x0 = c * step_x - overlap / 2
            top = sheet_h - r * step_y + overlap / 2
            tiles.append(Tile(r, c, f"{_col_name(c)}{r + 1}", x0, top - win_h, x0 + win_w, top))
    return tiles


def _col_name(c: int) -> str:
    name = ""
    c += 1
    while c:
        c, rem = divmod(c - 1, 26)
        name = chr(65 + rem) + name
    return name


def write_pdf(cut_file: CutFile, path: str | os.PathLike[str], paper: str = "a4",
              lang: str | None = None) -> PrintLayout:
    """Write the print file at ``path`` (atomically) and say how it is laid out."""
    data, layout = pdf_bytes(cut_file, paper, lang)
    atomic_write_bytes(path, data)
    return layout


def translated(cut_file: CutFile, lang: str | None = None) -> CutFile:
    """``cut_file`` with the texts printed on its pieces (names, labels, titles, fabric) in
    ``lang`` (default: core's language); geometry untouched. DXF files never pass here: they
    keep the catalogue's English, as cutting-room software expects."""
    code = i18n.normalise_language(lang) if lang else i18n.language()
    if code == "en":
        return cut_file

    def words(text: str) -> str:
        return i18n.lookup(i18n.PIECES, text, code)

    def one(p: CutPiece) -> CutPiece:
        fabric = i18n.lookup(i18n.PIECES, p.category.lower(), code)
        return dataclasses.replace(
            p, name=words(p.name.replace("_", " ")),
            labels=tuple(_label(lb, words(lb.text)) for lb in p.labels),
            category=fabric.upper() if fabric != p.category.lower() else p.category,
            annotations=tuple(words(a) for a in p.annotations))

    return dataclasses.replace(cut_file, pieces=tuple(one(p) for p in cut_file.pieces))


def _label(label, text: str):
    """``label`` saying ``text``, its letters shrunk so it is no wider than the English the
    pattern placed it for (a longer translation must not run over the piece's edge)."""
    scale = i18n.fit_scale(label.text, text)
    return dataclasses.replace(label, text=text, height=label.height * scale)


def _texts(cut_file: CutFile, words: dict[str, str]) -> str:
    """Every text the file prints, to pick a font that has all its glyphs."""
    parts = [cut_file.style, *words.values()]
    for p in cut_file.pieces:
        parts += [p.name, p.size, p.category, *p.annotations, *(lb.text for lb in p.labels)]
    return "".join(parts)


def pdf_bytes(cut_file: CutFile, paper: str = "a4",
              lang: str | None = None) -> tuple[bytes, PrintLayout]:
    """The print file's bytes and its layout (see :func:`write_pdf`); labels in ``lang``
    (default: core's language, English unless the studio chose one), in an embedded font
    that has their glyphs."""
    kind, roll_width = parse_paper(paper)
    from reportlab.pdfgen import canvas

    code = i18n.normalise_language(lang) if lang else i18n.language()
    cut_file = translated(cut_file, code)
    words = _words(code)
    regular, bold = fonts.register(fonts.font_for(_texts(cut_file, words)))
    buffer = io.BytesIO()
    created = cut_file.created
    # with a given creation time the file is reproducible: same input, same bytes
    c = canvas.Canvas(buffer, pageCompression=1, invariant=1 if created else None)
    if created:
        stamp = f"D:{created:%Y%m%d%H%M%S}"
        c.setDateFormatter(lambda *_: stamp)
    # the fonts and words every drawing step uses
    c.mtm_font, c.mtm_bold, c.mtm_words = regular, bold, words
    c.setTitle(cut_file.style or "pattern")
    c.setCreator("MTM Studio")
    if kind == "roll":
        layout = _roll(c, cut_file, roll_width)
    else:
        layout = _tiled(c, cut_file, kind)
    c.save()
    return buffer.getvalue(), layout


# --------------------------------------------------------------------------- words

#: The file's own words (templates), in English.
WORDS: dict[str, str] = {
    "assembly": QT_TRANSLATE_NOOP("Output", "Assembly: {cols} x {rows} pages, overlap "
                                  "{overlap} cm; match the crosses, glue along the dashed "
                                  "lines."),
    "test_square": QT_TRANSLATE_NOOP("Output", "{style} - test square: 10 cm x 10 cm. Print "
                                     "at 100 %."),
    "title": QT_TRANSLATE_NOOP("Output", "{name}  size {size}"),
    "cut": QT_TRANSLATE_NOOP("Output", "cut {n}"),
    "mirrored": QT_TRANSLATE_NOOP("Output", " ({n} mirrored)"),
}


def _words(code: str) -> dict[str, str]:
    """The file's own words in language ``code``."""
    return {key: i18n.lookup(i18n.OUTPUT, text, code) for key, text in WORDS.items()}


# --------------------------------------------------------------------------- pages


def _roll(c, cut_file: CutFile, width: float) -> PrintLayout:
    head = TEST_SQUARE_CM + 3.0
    sheets = _roll_sheets(layout_sheet(cut_file.pieces, width - 2 * MARGIN_CM), head)
    sizes = []
    for number, sheet in enumerate(sheets):
        top = head if number == 0 else 0.0
        height = sheet.height + top + 2 * MARGIN_CM
        sizes.append((width, height))
        c.setPageSize((width * PT_PER_CM, height * PT_PER_CM))
        c.saveState()
        c.scale(PT_PER_CM, PT_PER_CM)
        if number == 0:
            _test_square(c, MARGIN_CM + GAP_CM, height - MARGIN_CM - TEST_SQUARE_CM - 1.0,
                         cut_file)
        c.translate(MARGIN_CM, MARGIN_CM)
        _draw_sheet(c, sheet)
        c.restoreState()
        c.showPage()
    return PrintLayout(sheets[0], (), sizes[0], tuple(sheets))


def _roll_sheets(sheet: Sheet, head: float) -> list[Sheet]:
    """Cut a tall shelf layout between shelves into sheets that fit a PDF page each."""
    shelves: dict[float, list[tuple[CutPiece, float, float]]] = {}
    for piece, dx, dy in sheet.placed:
        shelves.setdefault(round(float(piece.cut[:, 1].min() + dy), 6), []).append(
            (piece, dx, dy))
    pages: list[list[tuple[float, float, list]]] = [[]]
    room = MAX_PAGE_CM - 2 * MARGIN_CM - head - GAP_CM
    used = 0.0
    for base in sorted(shelves):
        row = shelves[base]
        tall = max(float(p.cut[:, 1].max() + dy) for p, _, dy in row) - base
        if tall + GAP_CM > MAX_PAGE_CM - 2 * MARGIN_CM - GAP_CM:
            raise InputError(f"a piece is {tall / 100:.2f} m long; PDF pages stop at "
                             f"{MAX_PAGE_CM / 100:.2f} m", field="paper")
        if pages[-1] and used + tall + GAP_CM > room:
            pages.append([])
            room = MAX_PAGE_CM - 2 * MARGIN_CM - GAP_CM
            used = 0.0
        pages[-1].append((base, tall, row))
        used += tall + GAP_CM
    out = []
    for page in pages:
        y = GAP_CM
        placed = []
        for base, tall, row in page:
            placed += [(p, dx, dy - base + y) for p, dx, dy in row]
            y += tall + GAP_CM
        out.append(Sheet(tuple(placed), sheet.width, y))
    return out


def _tiled(c, cut_file: CutFile, paper: str) -> PrintLayout:
    pw, ph = PAPERS[paper]
    step = pw - 2 * MARGIN_CM - OVERLAP_CM
    widest = max(float(np.ptp(p.cut[:, 0])) for p in cut_file.pieces)
    best = None
    for k in range(1, 13):  # sheet widths of whole page columns: keep the one printing fewest
        width = max(k * step, widest + 2 * GAP_CM)
        sheet = layout_sheet(cut_file.pieces, width)
        tiles = tile_grid(sheet.width, sheet.height, paper)
        if best is None or len(tiles) < len(best[1]):
            best = (sheet, tiles)
    sheet, tiles = best
    rows = 1 + max(t.row for t in tiles)
    cols = 1 + max(t.col for t in tiles)
    c.setPageSize((pw * PT_PER_CM, ph * PT_PER_CM))
    _cover(c, cut_file, sheet, tiles, rows, cols, paper)
    labels = {(t.row, t.col): t.label for t in tiles}
    for t in tiles:
        c.saveState()
        c.scale(PT_PER_CM, PT_PER_CM)
        c.saveState()
        c.translate(MARGIN_CM - t.x0, MARGIN_CM - t.y0)
        path = c.beginPath()
        path.rect(t.x0, t.y0, t.x1 - t.x0, t.y1 - t.y0)
        c.clipPath(path, stroke=0, fill=0)
        _draw_sheet(c, sheet, t)
        _tile_marks(c, t, tiles)
        c.restoreState()
        _tile_labels(c, t, labels, pw, ph)
        c.restoreState()
        c.showPage()
    return PrintLayout(sheet, tuple(tiles), (pw, ph))


def _cover(c, cut_file, sheet, tiles, rows, cols, paper) -> None:
    pw, ph = PAPERS[paper]
    c.saveState()
    c.scale(PT_PER_CM, PT_PER_CM)
    _test_square(c, MARGIN_CM + 1.0, ph - MARGIN_CM - TEST_SQUARE_CM - 2.5, cut_file)
    # assembly map: the sheet with the tile grid, scaled to the lower half of the page
    box_w, box_h = pw - 2 * MARGIN_CM - 2.0, ph / 2 - 4.0
    k = min(box_w / sheet.width, box_h / sheet.height)
    c.translate(MARGIN_CM + 1.0, MARGIN_CM + 2.0)
    c.setFont(c.mtm_font, 0.35)
    c.drawString(0, box_h + 0.5, c.mtm_words["assembly"].format(cols=cols, rows=rows,
                                                  overlap=f"{OVERLAP_CM:g}"))
    c.saveState()
    c.scale(k, k)
    c.setLineWidth(0.6 / (PT_PER_CM * k))
    for piece, dx, dy in sheet.placed:
        _poly(c, piece.cut + (dx, dy), closed=True)
    c.restoreState()
    c.setLineWidth(0.02)
    c.setStrokeGray(0.5)
    for t in tiles:
        x0, x1 = max(t.x0, 0.0) * k, min(t.x1, sheet.width) * k
        y0, y1 = max(t.y0, 0.0) * k, min(t.y1, sheet.height) * k
        c.rect(x0, y0, x1 - x0, y1 - y0, stroke=1, fill=0)
        c.drawCentredString((x0 + x1) / 2, (y0 + y1) / 2, t.label)
    c.restoreState()
    c.showPage()


def _test_square(c, x: float, y: float, cut_file: CutFile) -> None:
    """A filled 10 cm x 10 cm square (lower-left at x, y) with its caption above it."""
    c.saveState()
    c.setFillGray(0.0)
    c.rect(x, y, TEST_SQUARE_CM, TEST_SQUARE_CM, stroke=0, fill=1)
    c.setFont(c.mtm_font, 0.45)
    c.drawString(x, y + TEST_SQUARE_CM + 0.5,
                 c.mtm_words["test_square"].format(style=cut_file.style or "pattern"))
    c.restoreState()


def _tile_marks(c, t: Tile, tiles: list[Tile]) -> None:
    """Glue lines (cell borders) and alignment crosses, drawn in sheet coordinates."""
    c.setLineWidth(0.02)
    c.setStrokeGray(0.4)
    c.setDash(0.3, 0.2)
    xs = sorted({u.x0 + OVERLAP_CM / 2 for u in tiles} | {u.x1 - OVERLAP_CM / 2 for u in tiles})
    ys = sorted({u.y0 + OVERLAP_CM / 2 for u in tiles} | {u.y1 - OVERLAP_CM / 2 for u in tiles})
    for x in xs:
        if t.x0 < x < t.x1:
            c.line(x, t.y0, x, t.y1)
    for y in ys:
        if t.y0 < y < t.y1:
            c.line(t.x0, y, t.x1, y)
    c.setDash()
    c.setStrokeGray(0.0)
    arm = OVERLAP_CM * 0.4
    for x in xs:
        for y in ys:
            if t.x0 <= x <= t.x1 and t.y0 <= y <= t.y1:
                c.line(x - arm, y, x + arm, y)
                c.line(x, y - arm, x, y + arm)
                c.circle(x, y, arm * 0.6, stroke=1, fill=0)


def _tile_labels(c, t: Tile, labels: dict, pw: float, ph: float) -> None:
    """The page's own grid label and the labels of its neighbours, in page coordinates."""
    c.setFillGray(0.35)
    c.setFont(c.mtm_bold, 0.8)
    c.drawString(MARGIN_CM + OVERLAP_CM, ph - MARGIN_CM - OVERLAP_CM - 0.8, t.label)
    c.setFont(c.mtm_font, 0.35)
    mid_x, mid_y = pw / 2, ph / 2
    for (dr, dc), (x, y, rot) in {
        (-1, 0): (mid_x, ph - MARGIN_CM - OVERLAP_CM - 0.4, 0),
        (1, 0): (mid_x, MARGIN_CM + OVERLAP_CM + 0.1, 0),
        (0, -1): (MARGIN_CM + OVERLAP_CM + 0.4, mid_y, 90),
        (0, 1): (pw - MARGIN_CM - OVERLAP_CM - 0.1, mid_y, 90),
    }.items():
        other = labels.get((t.row + dr, t.col + dc))
        if other:
            c.saveState()
            c.translate(x, y)
            c.rotate(rot)
            c.drawCentredString(0, 0, f"{other}")
            c.restoreState()


# --------------------------------------------------------------------------- drawing


def _draw_sheet(c, sheet: Sheet, window: Tile | None = None) -> None:
    """Draw the placed pieces; with a tile, only those whose box reaches into its window."""
    for piece, dx, dy in sheet.placed:
        if window is not None:
            (x0, y0), (x1, y1) = piece.cut.min(axis=0) + (dx, dy), piece.cut.max(axis=0) + (dx, dy)
            margin = 2.0  # cm: labels and grain arrows may stick out of the cut line's box
            if (x1 + margin < window.x0 or x0 - margin > window.x1
                    or y1 + margin < window.y0 or y0 - margin > window.y1):
                continue
        _draw_piece(c, piece, dx, dy)


def _draw_piece(c, p: CutPiece, dx: float, dy: float) -> None:
    off = np.array([dx, dy])
    c.setLineCap(0)
    c.setLineJoin(1)
    c.setStrokeGray(0.0)
    c.setLineWidth(0.03)
    _poly(c, p.cut + off, closed=True)
    c.setLineWidth(0.015)
    if p.sew is not None:
        c.setDash(0.25, 0.12)
        c.setStrokeGray(0.3)
        _poly(c, p.sew + off, closed=True)
    c.setDash(0.4, 0.15)
    for line in p.internal:
        _poly(c, np.asarray(line) + off, closed=False)
    c.setDash([0.8, 0.2, 0.1, 0.2])
    if p.mirror is not None:
        _poly(c, np.asarray(p.mirror) + off, closed=False)
    c.setDash()
    c.setStrokeGray(0.0)
    c.setLineWidth(0.03)
    for n in p.notches:
        a = math.radians(n.angle)
        depth = n.depth or 0.6
        c.line(n.x + dx, n.y + dy, n.x + dx + depth * math.cos(a), n.y + dy + depth * math.sin(a))
    c.setLineWidth(0.015)
    if p.grain is not None:
        (x0, y0), (x1, y1) = np.asarray(p.grain) + off
        c.line(x0, y0, x1, y1)
        for (ax, ay), (bx, by) in (((x0, y0), (x1, y1)), ((x1, y1), (x0, y0))):
            ang = math.atan2(ay - by, ax - bx)
            for s in (-0.4, 0.4):
                c.line(ax, ay, ax - 0.8 * math.cos(ang + s), ay - 0.8 * math.sin(ang + s))
    for x, y in np.asarray(p.drill_holes).reshape(-1, 2) + off:
        c.circle(x, y, 0.25, stroke=1, fill=0)
        c.line(x - 0.35, y, x + 0.35, y)
        c.line(x, y - 0.35, x, y + 0.35)
    c.setFillGray(0.0)
    for lb in p.labels:
        c.saveState()
        c.translate(lb.x + dx, lb.y + dy)
        c.rotate(lb.angle)
        c.setFont(c.mtm_font, lb.height)
        c.drawString(0, 0, lb.text)
        c.restoreState()
    title = c.mtm_words["title"].format(name=p.name, size=p.size) if p.size else p.name
    lo, hi = p.cut.min(axis=0) + off, p.cut.max(axis=0) + off
    h = float(np.clip(0.04 * min(hi - lo), 0.3, 0.8))
    if p.labels and p.grain is not None:
        # the piece labels itself; name and size run along the grain line, beside it
        (x0, y0), (x1, y1) = np.asarray(p.grain) + off
        ang = math.degrees(math.atan2(y1 - y0, x1 - x0))
        if not -90 < ang <= 90:
            ang, (x0, y0), (x1, y1) = ang - 180 if ang > 0 else ang + 180, (x1, y1), (x0, y0)
        c.saveState()
        c.translate((x0 + x1) / 2, (y0 + y1) / 2)
        c.rotate(ang)
        c.setFont(c.mtm_font, h)
        c.drawCentredString(0, 0.3, title)
        c.restoreState()
        return
    lines = [title, c.mtm_words["cut"].format(n=p.quantity)
             + (c.mtm_words["mirrored"].format(n=p.mirrored) if p.mirrored else ""),
             p.category, *p.annotations]
    cx, cy = (lo + hi) / 2
    c.setFont(c.mtm_font, h)
    for i, line in enumerate(x for x in lines if x):
        c.drawCentredString(cx, cy - (i + 1) * 1.5 * h, line)


def _poly(c, pts: np.ndarray, closed: bool) -> None:
    pts = np.asarray(pts, dtype=float).reshape(-1, 2)
    if len(pts) < 2:
        return
    path = c.beginPath()
    path.moveTo(*pts[0])
    for x, y in pts[1:]:
        path.lineTo(x, y)
    if closed:
        path.close()
    c.drawPath(path, stroke=1, fill=0)

"""AAMA / ASTM D6673 pattern DXF: the cut file that cutting-room software reads.

A piece is handed over as plain arrays (:class:`CutPiece`, centimetres, X right, Y up) so this
writer does not depend on how a garment was drafted. One BLOCK per piece per size, named
``<piece>_<size>``, holds the numbered AAMA layers; ENTITIES holds one INSERT per block at (0, 0)
and the style text. ezdxf builds the R12 drawing; the ``gerber`` and ``clo`` modes then rewrite
its tags into the stricter dialects those importers accept (see
/work/shared/reference/aama-astm-dxf.md).
"""

from __future__ import annotations

import datetime as _dt
import io
import logging
import math
import os
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass, field

import numpy as np

from mtm.core.errors import InputError

#: AAMA layer numbers (used as layer names in the file).
LAYER_BOUNDARY = 1
LAYER_TURN = 2
LAYER_CURVE = 3
LAYER_NOTCH = 4
LAYER_MIRROR = 6
LAYER_GRAIN = 7
LAYER_INTERNAL = 8
LAYER_CUTOUT = 11
LAYER_DRILL = 13
LAYER_SEW = 14
LAYER_ANNOTATION = 15

#: Notch kind -> AAMA layer (80-83 are the T, castle, check and U notches).
NOTCH_LAYERS: dict[str, int] = {"slit": 4, "v": 4, "t": 80, "castle": 81, "check": 82, "u": 83}

MODES = ("standard", "gerber", "clo")
UNITS = ("mm", "in")
#: Output units per centimetre.
_PER_CM = {"mm": 10.0, "in": 1.0 / 2.54}
#: A vertex whose outline turns by more than this many degrees is a turn point, else a curve point.
TURN_ANGLE_DEG = 15.0
#: Height (cm) of the ``# n`` grade-rule texts.
GRADE_TEXT_HEIGHT_CM = 0.1


@dataclass(frozen=True, eq=False)
class Notch:
    """A notch on the cut line: position (cm), direction into the piece (degrees CCW from +X)."""

    x: float
    y: float
    angle: float
    depth: float = 0.6
    width: float = 0.0
    kind: str = "slit"


@dataclass(frozen=True, eq=False)
class Label:
    """Free annotation text on a piece (AAMA layer 15), position in cm."""

    text: str
    x: float
    y: float
    height: float = 1.0
    angle: float = 0.0


@dataclass(frozen=True)
class PieceWarning:
    """Something a reader repaired in a piece instead of refusing it (``kind`` says what).

    ``gap_mm`` is the width of a gap closed with a straight segment (or left open), ``at`` the
    point in cm where it was.
    """

    kind: str
    message: str
    gap_mm: float | None = None
    at: tuple[float, float] | None = None


@dataclass(frozen=True, eq=False)
class CutPiece:
    """One piece of one size as the cutting room sees it; every length in cm.

    ``cut`` and ``sew`` are closed rings of shape (n, 2) without a repeated last point;
    ``grain`` and ``mirror`` are (2, 2) lines; ``internal`` are open polylines (darts, placement
    lines); ``cutouts`` are closed rings cut inside the piece; ``drill_holes`` is (k, 2).
    ``quantity`` counts every copy cut, ``mirrored`` how many of them are mirror images.
    ``warnings`` are what a reader repaired when it read the piece (the writer ignores them).
    ``grade_points`` are (layer, x, y, rule): the point at (x, y) of a line on that AAMA layer
    grades by rule ``rule`` of a ``.RUL`` file (written as the text ``# rule`` on the layer).
    """

    name: str
    cut: np.ndarray
    size: str = ""
    sew: np.ndarray | None = None
    notches: tuple[Notch, ...] = ()
    grain: np.ndarray | None = None
    mirror: np.ndarray | None = None
    internal: tuple[np.ndarray, ...] = ()
    cutouts: tuple[np.ndarray, ...] = ()
    drill_holes: np.ndarray = field(default_factory=lambda: np.zeros((0, 2)))
    labels: tuple[Label, ...] = ()
    quantity: int = 1
    mirrored: int = 0
    category: str = ""
    annotations: tuple[str, ...] = ()
    warnings: tuple[PieceWarning, ...] = ()
    grade_points: tuple[tuple[int, float, float, int], ...] = ()


@dataclass(frozen=True, eq=False)
class CutFile:
    """A style: its pieces (every size of a graded nest) and the style text."""

    style: str
    pieces: tuple[CutPiece, ...]
    sample_size: str = ""
    author: str = ""
    created: _dt.datetime | None = None
    grade_rule_table: str = ""

    @property
    def sizes(self) -> tuple[str, ...]:
        """Sizes present, in the order they first appear."""
        return tuple(dict.fromkeys(p.size for p in self.pieces))


def block_name(piece: str, size: str) -> str:
    """``<piece>_<size>`` in the upper-case letters, digits, ``-`` and ``_`` that R12 allows."""
    raw = f"{piece}_{size}" if size else piece
    name = re.sub(r"[^A-Z0-9_\-]+", "_", _ascii(raw).upper()).strip("_")
    return name or "PIECE"


def ring_area(ring: np.ndarray) -> float:
    """Signed shoelace area of a closed ring (positive when counter-clockwise)."""
    x, y = ring[:, 0], ring[:, 1]
    return 0.5 * float(np.dot(x, np.roll(y, -1)) - np.dot(np.roll(x, -1), y))


def turn_point_mask(ring: np.ndarray, threshold_deg: float = TURN_ANGLE_DEG) -> np.ndarray:
    """True for the vertices of a closed ring where the outline turns by more than the threshold."""
    d_in = ring - np.roll(ring, 1, axis=0)
    d_out = np.roll(ring, -1, axis=0) - ring
    cross = d_in[:, 0] * d_out[:, 1] - d_in[:, 1] * d_out[:, 0]
    dot = (d_in * d_out).sum(axis=1)
    return np.degrees(np.abs(np.arctan2(cross, dot))) > threshold_deg


def perpendicular_angle(ring: np.ndarray, x: float, y: float) -> float:
    """Direction (degrees) into the piece, perpendicular to the ring's edge nearest (x, y)."""
    a, b = ring, np.roll(ring, -1, axis=0)
    ab = b - a
    len2 = np.maximum((ab * ab).sum(axis=1), 1e-30)
    t = np.clip(((np.array([x, y]) - a) * ab).sum(axis=1) / len2, 0.0, 1.0)
    foot = a + t[:, None] * ab
    i = int(np.argmin(((foot - [x, y]) ** 2).sum(axis=1)))
    dx, dy = ab[i]
    # Inward normal: left of the edge for a counter-clockwise ring, right for a clockwise one.
    nx, ny = (-dy, dx) if ring_area(ring) > 0 else (dy, -dx)
    return math.degrees(math.atan2(ny, nx)) % 360.0


def write_aama(
    cut_file: CutFile,
    path: str | os.PathLike[str],
    *,
    mode: str = "standard",
    units: str = "mm",
) -> None:
    """Write ``cut_file`` as an AAMA/ASTM DXF at ``path`` (atomically)."""
    from .atomic import atomic_write_bytes

    atomic_write_bytes(path, aama_bytes(cut_file, mode=mode, units=units))


def aama_bytes(cut_file: CutFile, *, mode: str = "standard", units: str = "mm") -> bytes:
    """The file's bytes: :func:`aama_text` with CR LF line ends, ASCII for Gerber, else cp1252."""
    return dxf_bytes(aama_text(cut_file, mode=mode, units=units),
                     "ascii" if mode == "gerber" else "cp1252")


def dxf_bytes(text: str, encoding: str) -> bytes:
    """DXF text as bytes with CR LF line ends. Characters the encoding lacks lose their
    accents (a Vietnamese customer "Nguyễn" is written "Nguyen"); those with no Latin
    spelling (Chinese) become '?'. Cutting-room software reads ASCII/cp1252 DXF only."""
    text = text.replace("\r\n", "\n").replace("\n", "\r\n")
    try:
        return text.encode(encoding)
    except UnicodeEncodeError:
        pass
    out = []
    for char in text:
        try:
            out.append(char.encode(encoding))
        except UnicodeEncodeError:
            out.append(_ascii(char).encode("ascii"))
    return b"".join(out)


def aama_text(cut_file: CutFile, *, mode: str = "standard", units: str = "mm") -> str:
    """The AAMA/ASTM DXF of ``cut_file`` as text, in one of :data:`MODES` and :data:`UNITS`."""
    if mode not in MODES:
        raise InputError(f"unknown DXF mode {mode!r}; expected one of {', '.join(MODES)}",
                         field="mode")
    if units not in UNITS:
        raise InputError(f"unknown DXF units {units!r}; expected mm or in", field="units")
    if not cut_file.pieces:
        raise InputError("the pattern has no pieces to write", field="pieces")
    created = cut_file.created or _dt.datetime.now().replace(microsecond=0)
    doc = _build_doc(cut_file, mode, units, created)
    stream = io.StringIO()
    doc.write(stream)
    text = stream.getvalue()
    if mode != "standard":
        return _rewrite_dialect(text, mode)
    return _stamp(text, created)


def _stamp(text: str, created: _dt.datetime) -> str:
    """Same input, same bytes: header dates from ``created``, ezdxf's timestamped XDATA dropped.

    The empty ``$MODEL_SPACE`` and ``$PAPER_SPACE`` blocks ezdxf writes for R12 are dropped as
    well: R12 does not need them, and readers built on the ``dxf-parser`` npm package give a
    block without entities no entity list and then stop on it.
    """
    from ezdxf.tools import juliandate

    date = repr(juliandate(created))
    out: list[tuple[str, str]] = []
    stamp_next = False
    pairs = _pairs(text)
    skip = _layout_block_tags(pairs)
    for n, (code, value) in enumerate(pairs):
        if int(code) >= 1000 or n in skip:
            continue
        if stamp_next and code == "40":
            value, stamp_next = date, False
        if code == "9":
            stamp_next = value.strip() in ("$TDCREATE", "$TDUPDATE", "$TDUCREATE", "$TDUUPDATE")
        out.append((code, value))
    return "".join(f"{c.rjust(3)}\n{v}\n" for c, v in out)


def _layout_block_tags(pairs: list[tuple[str, str]]) -> set[int]:
    """Indexes of the tags of the BLOCKs named ``$...`` (BLOCK to its ENDBLK, both included)."""
    skip: set[int] = set()
    section, kind, start, named = "", "", 0, False
    for n, (code, value) in enumerate(pairs):
        if code == "0":
            if named and kind == "ENDBLK":  # the ENDBLK group ends here
                skip.update(range(start, n))
                named = False
            kind = value.strip()
            if kind == "BLOCK":
                start = n
        elif code == "2" and kind == "SECTION":
            section = value.strip()
        elif code == "2" and kind == "BLOCK" and section == "BLOCKS":
            named = value.strip().startswith("$")
    return skip


def atomic_write_text(path: str | os.PathLike[str], text: str, encoding: str = "utf-8") -> None:
    """Write DXF ``text`` with CR LF line ends atomically (shared writer: core/io/atomic.py)."""
    from .atomic import atomic_write_bytes

    atomic_write_bytes(path, dxf_bytes(text, encoding))


# --------------------------------------------------------------------------- building


def _build_doc(cut_file: CutFile, mode: str, units: str, created: _dt.datetime):
    import ezdxf

    k = _PER_CM[units]
    ascii_only = mode == "gerber"

    def fix(text: str) -> str:
        """DXF text: a caret is written '^ ' (a bare '^X' means control character X)."""
        return (_ascii(text) if ascii_only else text).replace("^", "^ ")

    log = logging.getLogger("ezdxf")
    level = log.level
    log.setLevel(logging.ERROR)  # ezdxf warns that R12 has no $INSUNITS: we say Units: in text
    try:
        doc = ezdxf.new("R12", units=0)
    finally:
        log.setLevel(level)
    for layer in (1, 2, 3, 4, 6, 7, 8, 11, 13, 14, 15, 80, 81, 82, 83):
        doc.layers.add(str(layer))
    msp = doc.modelspace()
    seen: set[str] = set()
    for piece in cut_file.pieces:
        name = block_name(piece.name, piece.size)
        if name in seen:
            raise InputError(f"two pieces share the block name {name!r}; piece names must differ",
                             field=piece.name)
        seen.add(name)
        block = doc.blocks.new(name, dxfattribs={"layer": "0", "flags": 64})
        _write_piece(block, piece, k, fix, perpendicular_implied=mode == "gerber")
        msp.add_blockref(name, (0.0, 0.0), dxfattribs={"layer": "1"})
    style_lines = [
        f"Style Name: {cut_file.style}",
        f"Creation Date: {created:%d/%m/%Y}",
        f"Creation Time: {created:%H:%M:%S}",
        f"Author: {cut_file.author or 'MTM Studio'}",
        f"Sample Size: {cut_file.sample_size or cut_file.pieces[0].size}",
        f"Units: {'METRIC' if units == 'mm' else 'ENGLISH'}",
    ]
    if cut_file.grade_rule_table:
        style_lines.append(f"Grade Rule Table: {cut_file.grade_rule_table}")
    if mode != "clo":
        style_lines.append("ASTM/D6673/10")
    lo = np.min([p.cut.min(axis=0) for p in cut_file.pieces], axis=0) * k
    h = 5.0 if units == "mm" else 0.2
    for i, line in enumerate(style_lines):
        msp.add_text(fix(line), dxfattribs={
            "layer": "1", "height": h, "insert": (lo[0], lo[1] - (i + 2) * 1.6 * h)})
    return doc


def _write_piece(block, piece: CutPiece, k: float, fix, perpendicular_implied: bool) -> None:
    cut = _ring(piece.cut, piece.name, "cut line")
    block.add_polyline2d((cut * k).tolist(), close=True, dxfattribs={"layer": "1"})
    turn = turn_point_mask(cut)
    for (x, y), is_turn in zip(cut * k, turn, strict=True):
        block.add_point((x, y), dxfattribs={"layer": str(LAYER_TURN if is_turn else LAYER_CURVE)})
    if piece.sew is not None and len(piece.sew) >= 3:
        sew = _ring(piece.sew, piece.name, "sew line")
        block.add_polyline2d((sew * k).tolist(), close=True, dxfattribs={"layer": "14"})
    for notch in piece.notches:
        layer = NOTCH_LAYERS.get(notch.kind)
        if layer is None:
            raise InputError(f"unknown notch kind {notch.kind!r}; expected one of "
                             f"{', '.join(NOTCH_LAYERS)}", field=piece.name)
        attribs = {"layer": str(layer), "thickness": notch.width * k}
        # Gerber leaves the angle out when the notch is square to its edge; at a vertex of the
        # outline "its edge" is ambiguous, so there the angle is always written
        implied = perpendicular_implied and np.hypot(*(cut - (notch.x, notch.y)).T).min() > 1e-4
        square = perpendicular_angle(cut, notch.x, notch.y)
        if not (implied and abs((notch.angle - square + 180) % 360 - 180) < 1e-9):
            attribs["angle"] = notch.angle % 360.0
        block.add_point((notch.x * k, notch.y * k, notch.depth * k), dxfattribs=attribs)
    if piece.grain is not None:
        (x0, y0), (x1, y1) = np.asarray(piece.grain, float) * k
        block.add_line((x0, y0), (x1, y1), dxfattribs={"layer": "7"})
    if piece.mirror is not None:
        (x0, y0), (x1, y1) = np.asarray(piece.mirror, float) * k
        block.add_line((x0, y0), (x1, y1), dxfattribs={"layer": "6"})
    for line in piece.internal:
        pts = np.asarray(line, float).reshape(-1, 2) * k
        block.add_polyline2d(pts.tolist(), dxfattribs={"layer": "8"})
    for ring in piece.cutouts:
        pts = _ring(ring, piece.name, "cut-out") * k
        block.add_polyline2d(pts.tolist(), close=True, dxfattribs={"layer": "11"})
    for x, y in np.asarray(piece.drill_holes, float).reshape(-1, 2) * k:
        block.add_point((x, y), dxfattribs={"layer": "13"})
    for label in piece.labels:
        block.add_text(fix(label.text), dxfattribs={
            "layer": "15", "height": label.height * k, "insert": (label.x * k, label.y * k),
            "rotation": label.angle})
    for layer, x, y, rule in piece.grade_points:
        block.add_text(f"# {rule}", dxfattribs={
            "layer": str(layer), "height": GRADE_TEXT_HEIGHT_CM * k, "insert": (x * k, y * k)})
    _write_piece_text(block, piece, cut, k, fix)


def _write_piece_text(block, piece: CutPiece, cut: np.ndarray, k: float, fix) -> None:
    from shapely.geometry import Polygon

    poly = Polygon(cut)
    anchor = poly.representative_point() if poly.is_valid else poly.centroid
    w, h = np.ptp(cut, axis=0)
    height = float(np.clip(0.03 * min(w, h), 0.3, 1.0))
    count = piece.quantity - piece.mirrored
    quantity = f"{count},{piece.mirrored}" if piece.mirrored else f"{piece.quantity}"
    lines = [f"Piece Name: {piece.name}", f"Size: {piece.size}", f"Quantity: {quantity}"]
    if piece.category:
        lines.append(f"Category: {piece.category}")
    lines += [f"Annotation: {a}" for a in piece.annotations]
    for i, line in enumerate(lines):
        y = anchor.y + (len(lines) / 2 - i) * 1.6 * height
        block.add_text(fix(line), dxfattribs={
            "layer": "1", "height": height * k, "insert": (anchor.x * k, y * k)})


def _ring(points, piece: str, what: str) -> np.ndarray:
    ring = np.asarray(points, dtype=float).reshape(-1, 2)
    if len(ring) > 1 and np.allclose(ring[0], ring[-1], atol=1e-9):
        ring = ring[:-1]
    if len(ring) < 3 or not np.isfinite(ring).all():
        raise InputError(f"the {what} needs at least 3 finite points", field=piece)
    return ring


def _ascii(text: str) -> str:
    """7-bit ASCII spelling of ``text`` (accents dropped, other characters as '?')."""
    text = text.replace("đ", "d").replace("Đ", "D")  # Vietnamese d-bar has no decomposition
    plain = "".join(c for c in unicodedata.normalize("NFKD", text)
                    if not unicodedata.combining(c))
    return "".join(c if 32 <= ord(c) < 127 else "?" for c in plain)


# --------------------------------------------------------------------------- dialects


def _pairs(text: str) -> list[tuple[str, str]]:
    lines = text.splitlines()
    return [(lines[i].strip(), lines[i + 1]) for i in range(0, len(lines) - 1, 2)]


def _rewrite_dialect(text: str, mode: str) -> str:
    """Rewrite ezdxf's R12 tags for Gerber (empty HEADER, no TABLES) or CLO (AC1006, no handles).

    Both drop handles, ezdxf's XDATA and the ``$MODEL_SPACE``/``$PAPER_SPACE`` blocks that R10
    readers do not know; CLO keeps only the LTYPE, LAYER and STYLE tables.
    """
    groups: list[list[tuple[str, str]]] = []
    for code, value in _pairs(text):
        if code == "0" or not groups:
            groups.append([])
        if int(code) in (5, 105) or int(code) >= 1000:
            continue
        groups[-1].append((code, value.strip() if code in ("0", "2") else value))
    out: list[tuple[str, str]] = []
    section, skip_until = "", ""
    for group in groups:
        kind = group[0][1]
        name = next((v for c, v in group[1:] if c == "2"), "")
        if skip_until:
            if kind == skip_until:
                skip_until = ""
            continue
        if kind == "SECTION":
            section = name
            if section == "TABLES" and mode == "gerber":
                skip_until = "ENDSEC"
                continue
            if section == "HEADER":
                out += [("0", "SECTION"), ("2", "HEADER")]
                if mode == "clo":
                    out += [("9", "$ACADVER"), ("1", "AC1006"), ("9", "$INSBASE"),
                            ("10", "0.0"), ("20", "0.0"), ("30", "0.0")]
                continue
        elif section == "TABLES" and kind == "TABLE" and name not in ("LTYPE", "LAYER", "STYLE"):
            skip_until = "ENDTAB"
            continue
        elif section == "BLOCKS" and kind == "BLOCK" and name.startswith("$"):
            skip_until = "ENDBLK"
            continue
        out += group
    return "".join(f"{c.rjust(3)}\n{v}\n" for c, v in out)


def lengths_in(units: str) -> float:
    """File units per centimetre for ``units`` ('mm' or 'in')."""
    return _PER_CM[units]


# --------------------------------------------------------------------------- from the garment

#: Depth (cm) of a slit notch: 6 mm, never more than 60 % of the seam allowance it cuts into.
NOTCH_DEPTH_CM = 0.6
#: Distance (cm) between the two cuts of a double notch.
DOUBLE_NOTCH_SPACING_CM = 0.6


def cut_piece(piece, size: str = "") -> CutPiece:
    """The :class:`CutPiece` of a ``mtm.core.garment.Piece`` (cut line, sew line, marks, text)."""
    cut = np.array(piece.cut_outline(), dtype=float)
    sew = np.array(piece.sew_line, dtype=float)
    sign = 1.0 if piece.area >= 0 else -1.0
    notches = []
    for mark in piece.notches:
        edge = piece.edge(mark.edge)
        allowance = piece.allowance_of(edge)
        depth = min(NOTCH_DEPTH_CM, 0.6 * allowance) if allowance > 0 else NOTCH_DEPTH_CM / 2
        base = mark.distance if mark.distance >= 0 else edge.length + mark.distance
        for k in range(mark.count):
            along = base + (k - (mark.count - 1) / 2) * DOUBLE_NOTCH_SPACING_CM
            (px, py), (tx, ty) = edge.point_at(min(max(along, 0.0), edge.length))
            out = np.array([sign * ty, -sign * tx])
            x, y = _ray_hit(cut, np.array([px, py]), out, allowance)
            angle = math.degrees(math.atan2(-out[1], -out[0])) % 360.0
            notches.append(Notch(x, y, angle, depth, 0.0, "slit"))
    internal = [np.array(line.points, dtype=float) for line in piece.internal_lines]
    for dart in piece.darts:
        a, b = (piece.edge(n).polyline() for n in dart.legs)
        internal.append(np.vstack([a, b[1:]]))
    mirror = None
    if piece.on_fold:
        mirror = _fold_line(cut, piece.edge(piece.on_fold).polyline())
    quantity = int(piece.quantity)
    return CutPiece(
        name=piece.name,
        cut=cut,
        size=size,
        sew=sew,
        notches=tuple(notches),
        grain=np.array(piece.grainline, dtype=float),
        mirror=mirror,
        internal=tuple(internal),
        drill_holes=np.array([h.at for h in piece.drill_holes], dtype=float).reshape(-1, 2),
        labels=tuple(Label(lb.text, lb.at[0], lb.at[1], lb.size, lb.angle) for lb in piece.labels),
        quantity=quantity,
        mirrored=quantity // 2 if piece.mirrored and quantity >= 2 else 0,
        category=piece.fabric.upper(),
        annotations=(piece.title,) if piece.title else (),
    )


def cut_file(garments, *, style: str = "", author: str = "", sample_size: str = "",
             created: _dt.datetime | None = None) -> CutFile:
    """A :class:`CutFile` of one garment or of a graded nest (one garment per size)."""
    if not isinstance(garments, (list, tuple)):
        garments = [garments]
    if not garments:
        raise InputError("no garment to write", field="garments")
    sizes = [g.size for g in garments]
    if len(set(sizes)) != len(sizes):
        raise InputError(f"the nest repeats a size: {sizes}", field="size")
    pieces = tuple(cut_piece(p, g.size) for g in garments for p in g.pieces)
    return CutFile(style=style or garments[0].name, pieces=pieces, author=author,
                   sample_size=sample_size or sizes[len(sizes) // 2], created=created)


def _ray_hit(ring: np.ndarray, origin: np.ndarray, direction: np.ndarray, hint: float):
    """First crossing of the ray origin + s*direction (s >= 0) with the ring (fallback: s=hint)."""
    a, b = ring, np.roll(ring, -1, axis=0)
    e = b - a
    denom = direction[0] * e[:, 1] - direction[1] * e[:, 0]
    w = a - origin
    with np.errstate(divide="ignore", invalid="ignore"):
        s = (w[:, 0] * e[:, 1] - w[:, 1] * e[:, 0]) / denom
        u = (w[:, 0] * direction[1] - w[:, 1] * direction[0]) / denom
    ok = (np.abs(denom) > 1e-12) & (s >= -1e-9) & (u >= -1e-9) & (u <= 1 + 1e-9)
    if not ok.any():
        x, y = origin + hint * direction
        return float(x), float(y)
    i = int(np.argmin(np.where(ok, s, np.inf)))
    x, y = a[i] + np.clip(u[i], 0.0, 1.0) * e[i]
    return float(x), float(y)


def _fold_line(cut: np.ndarray, fold: np.ndarray) -> np.ndarray:
    """The stretch of the cut line lying on the fold edge's line, end to end."""
    p0, p1 = fold[0], fold[-1]
    d = p1 - p0
    length = float(np.hypot(*d))
    if length == 0:
        return np.array([p0, p1])
    d = d / length
    rel = cut - p0
    off = np.abs(rel[:, 0] * d[1] - rel[:, 1] * d[0])
    on = rel[off < 1e-6] @ d
    if len(on) < 2:
        return np.array([p0, p1])
    return np.array([p0 + on.min() * d, p0 + on.max() * d])


__all__: Sequence[str] = (
    "CutFile", "CutPiece", "Label", "Notch", "PieceWarning", "MODES", "UNITS", "aama_text",
    "aama_bytes",
    "write_aama", "dxf_bytes",
    "block_name", "ring_area", "cut_piece", "cut_file", "turn_point_mask",
    "perpendicular_angle", "atomic_write_text",
)

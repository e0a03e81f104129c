"""Read AAMA / ASTM pattern DXF files written by other systems (Gerber, CLO, Valentina, ours).

The reader walks the DXF tags itself (no drawing database), so it can enforce a size limit and a
time limit and explain, in one line, why a file is not a pattern: binary, truncated, not DXF,
too large, or a DXF without pattern pieces (a house plan). A piece is a BLOCK carrying a
``Piece Name:`` text; its boundary fragments on layer 1 are chained end to end into one closed
cut line, as cutting-room readers do: nearest end first, fragments reversed as needed, gaps of a
few millimetres closed with a straight segment and reported as warnings; a sew line that does
not close is kept as an internal line with a warning. Everything comes back in centimetres as
:class:`~mtm.core.io.aama_dxf.CutPiece`.
"""

from __future__ import annotations

import math
import os
import re
import time

import numpy as np

from mtm.core.errors import InputError

from .aama_dxf import (
    CutFile,
    CutPiece,
    Label,
    Notch,
    PieceWarning,
    perpendicular_angle,
    ring_area,
)

#: Files larger than this are refused before reading (real pattern DXFs are a few MB).
MAX_BYTES = 25_000_000
#: Seconds the reader may spend on one file.
TIME_LIMIT_S = 60.0
#: Fragment ends closer than this (cm) are one point.
CHAIN_TOL_CM = 0.005
#: Gaps between the fragments of a line up to this (cm) are closed with a straight segment and
#: reported as a warning; wider gaps leave the line open.
MAX_GAP_CM = 0.6
#: $INSUNITS code -> centimetres per drawing unit.
_INSUNITS_CM = {1: 2.54, 4: 0.1, 5: 1.0, 6: 100.0}
_NOTCH_KINDS = {80: "t", 81: "castle", 82: "check", 83: "u"}
_KEY = re.compile(r"^\s*([A-Za-z][A-Za-z ]*?)\s*:\s*(.*?)\s*$")
_UNICODE = re.compile(r"\\U\+([0-9A-Fa-f]{4})")
_CARET = re.compile(r"\^(.)")
_LINE_KINDS = ("LINE", "ARC", "CIRCLE", "POLYLINE", "LWPOLYLINE")
_RULE = re.compile(r"^#\s*(\d{1,9})$")  # a grade-rule number at a point: '# 12'



class _Entity:
    """One DXF entity: its kind, its (code, value) tags and, for polylines, its vertices."""

    __slots__ = ("kind", "tags", "first", "vertices")

    def __init__(self, kind: str, tags: list[tuple[int, str]]):
        self.kind = kind
        self.tags = tags
        self.first = dict(reversed(tags))  # code -> its first value
        self.vertices: list[tuple[float, float, float]] = []

    def get(self, code: int, default: str = "") -> str:
        return self.first.get(code, default)

    def num(self, code: int, default: float = 0.0) -> float:
        value = self.first.get(code)
        return default if value is None else _number(value, f"{self.kind} group {code}")

    @property
    def layer(self) -> str:
        return self.first.get(8, "0").strip()


def read_aama(
    path: str | os.PathLike[str],
    *,
    max_bytes: int = MAX_BYTES,
    time_limit: float = TIME_LIMIT_S,
    max_gap: float = MAX_GAP_CM,
) -> CutFile:
    """Read the pattern DXF at ``path``; InputError (one line, naming the file) when unusable.

    Gaps up to ``max_gap`` cm between the fragments of a cut or sew line are closed with a
    straight segment; each piece's ``warnings`` say where. A sew line that does not close is
    kept as an internal line with a warning.
    """
    source = os.fspath(path)
    try:
        size = os.path.getsize(source)
        if size > max_bytes:
            raise InputError(
                f"file is {size / 1e6:.1f} MB; pattern DXF files over {max_bytes / 1e6:.0f} MB "
                "are refused", source=source)
        with open(source, "rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}", source=source) from None
    return read_aama_bytes(data, source=source, max_bytes=max_bytes, time_limit=time_limit,
                           max_gap=max_gap)


def read_aama_bytes(
    data: bytes,
    *,
    source: str = "DXF",
    max_bytes: int = MAX_BYTES,
    time_limit: float = TIME_LIMIT_S,
    max_gap: float = MAX_GAP_CM,
) -> CutFile:
    """Read pattern DXF ``data``; see :func:`read_aama`."""
    if len(data) > max_bytes:
        raise InputError(f"data over {max_bytes / 1e6:.0f} MB are refused", source=source)
    if not data.strip():
        raise InputError("file is empty", source=source)
    if data.startswith(b"AutoCAD Binary DXF"):
        raise InputError("binary DXF is not supported; export the pattern as ASCII DXF",
                         source=source)
    if b"\x00" in data[:65536]:
        raise InputError("not a DXF file (binary data)", source=source)
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("cp1252", errors="replace")
    try:
        return _Reader(text, time.monotonic() + time_limit, time_limit, max_gap).cut_file()
    except InputError as error:
        if error.source:
            raise
        raise InputError(error.message, field=error.field, source=source) from None
    except (ValueError, IndexError, OverflowError) as error:
        raise InputError(f"malformed DXF: {error}", source=source) from None


class _Reader:
    """One pass over the tags: header variables, blocks with their entities, inserts, text."""

    def __init__(self, text: str, deadline: float, limit: float, max_gap: float):
        self.deadline, self.limit, self.max_gap = deadline, limit, max_gap
        self.header: dict[str, str] = {}
        self.blocks: dict[str, tuple[tuple[float, float], list[_Entity]]] = {}
        self.entities: list[_Entity] = []
        self._parse(self._tags(text))

    def _check_time(self) -> None:
        if time.monotonic() > self.deadline:
            raise InputError(f"reading took longer than the {self.limit:.0f} s limit")

    def _tags(self, text: str) -> tuple[list[int], list[str]]:
        lines = text.splitlines()
        if len(lines) % 2:
            lines = lines[:-1] if not lines[-1].strip() else lines
        if len(lines) < 2:
            raise InputError("not a DXF file (too short)")
        self._check_time()
        values = lines[1::2]
        try:
            codes = list(map(int, lines[0::2]))
        except ValueError:
            i = next(i for i, c in enumerate(lines[0::2]) if not _is_int(c))
            if i == 0:
                raise InputError("not a DXF file (no group codes)") from None
            raise InputError(f"line {2 * i + 1}: group code {lines[2 * i].strip()[:20]!r} is "
                             "not a number (corrupt or truncated DXF)") from None
        self._check_time()
        head = next((i for i, c in enumerate(codes) if c != 999), None)  # skip comments
        if head is None or codes[head] != 0 or values[head].strip() != "SECTION":
            raise InputError("not a DXF file (does not start with a SECTION)")
        if codes[-1] != 0 or values[-1].strip() != "EOF":
            raise InputError("truncated DXF: the file does not end with EOF")
        return codes, values

    def _parse(self, tagged: tuple[list[int], list[str]]) -> None:
        codes, values = tagged
        starts = np.flatnonzero(np.asarray(codes) == 0).tolist() + [len(codes)]
        section = ""
        block: list[_Entity] | None = None
        current: _Entity | None = None  # the open POLYLINE collecting VERTEX entities
        for n in range(len(starts) - 1):
            if n % 20_000 == 0:
                self._check_time()
            a, b = starts[n], starts[n + 1]
            kind = values[a].strip()
            if kind == "VERTEX" and current is not None:
                first = dict(zip(reversed(codes[a + 1:b]), reversed(values[a + 1:b]), strict=True))
                current.vertices.append(tuple(_number(first.get(c, "0"), f"VERTEX group {c}")
                                              for c in (10, 20, 42)))
                continue
            if kind == "POINT" and block is not None and _on_skipped_layer(codes, values, a, b):
                continue  # turn and curve points: half the entities of a file, not needed
            group = list(zip(codes[a + 1:b], values[a + 1:b], strict=True))
            if kind == "SECTION":
                section = next((v.strip() for c, v in group if c == 2), "")
                if section == "HEADER":
                    self._header(group)
                continue
            if kind == "ENDSEC":
                section, block, current = "", None, None
                continue
            if section == "BLOCKS":
                if kind == "BLOCK":
                    ent = _Entity(kind, group)
                    block = []
                    self.blocks[ent.get(2).strip()] = ((ent.num(10), ent.num(20)), block)
                    current = None
                    continue
                if kind == "ENDBLK":
                    block, current = None, None
                    continue
                target = block
            elif section == "ENTITIES":
                target = self.entities
            else:
                continue
            if target is None:
                continue
            if kind == "SEQEND":
                current = None
                continue
            ent = _Entity(kind, group)
            if kind == "POLYLINE":
                current = ent
            elif kind == "LWPOLYLINE":
                ent.vertices = _lw_vertices(ent)
            target.append(ent)

    def _header(self, group: list[tuple[int, str]]) -> None:
        name = ""
        for code, value in group:
            if code == 9:
                name = value.strip()
            elif name and name not in self.header:
                self.header[name] = value.strip()

    # ------------------------------------------------------------------ interpretation

    def _scale(self, style: dict[str, str]) -> float:
        units = style.get("units", "").upper()
        if units.startswith("METRIC") or units in ("MM", "MILLIMETERS", "MILLIMETRES"):
            return 0.1
        if units.startswith("ENGLISH") or units in ("IN", "INCH", "INCHES"):
            return 2.54
        try:
            return _INSUNITS_CM[int(self.header.get("$INSUNITS", "4"))]
        except (ValueError, KeyError):
            return 0.1

    def cut_file(self) -> CutFile:
        style: dict[str, str] = {}
        inserts: dict[str, _Entity] = {}
        for ent in self.entities:
            if ent.kind in ("TEXT", "MTEXT", "ATTDEF", "ATTRIB"):
                key, value = _key_value(_text(ent))
                if key and key not in style:
                    style[key] = value
            elif ent.kind == "INSERT":
                inserts.setdefault(ent.get(2).strip(), ent)
        scale = self._scale(style)
        pieces = []
        for name, (base, ents) in self.blocks.items():
            self._check_time()
            texts = [_text(e) for e in ents if e.kind in ("TEXT", "MTEXT", "ATTDEF", "ATTRIB")]
            keys = [_key_value(t) for t in texts]
            if not any(k == "piece name" for k, _ in keys):
                continue
            pieces.append(_piece(name, base, ents, keys, inserts.get(name), scale,
                                 self._check_time, self.max_gap))
        if not pieces:
            raise InputError(
                "no pattern pieces found: no BLOCK carries a 'Piece Name:' text "
                "(is this an AAMA/ASTM pattern DXF?)")
        return CutFile(
            style=style.get("style name", ""),
            pieces=tuple(pieces),
            sample_size=style.get("sample size", ""),
            author=style.get("author", ""),
            grade_rule_table=style.get("grade rule table", ""),
        )


#: AAMA layers whose points the reader does not use: turn and curve points, grade references.
_SKIPPED_POINT_LAYERS = frozenset({"2", "3", "5"})


def _on_skipped_layer(codes: list[int], values: list[str], a: int, b: int) -> bool:
    try:
        return values[codes.index(8, a + 1, b)].strip() in _SKIPPED_POINT_LAYERS
    except ValueError:
        return False


def _number(text: str, what: str) -> float:
    """A finite float from a DXF value; InputError naming the group otherwise."""
    try:
        value = float(text)
    except ValueError:
        raise InputError(f"{what} is not a number: {text.strip()[:20]!r}") from None
    if not math.isfinite(value) or abs(value) > 1e12:
        raise InputError(f"{what} is not a usable number: {text.strip()[:20]!r}")
    return value


def _is_int(text: str) -> bool:
    try:
        int(text)
    except ValueError:
        return False
    return True


def _lw_vertices(ent: _Entity) -> list[tuple[float, float, float]]:
    out: list[list[float]] = []
    for code, value in ent.tags:
        if code == 10:
            out.append([_number(value, "LWPOLYLINE group 10"), 0.0, 0.0])
        elif code == 20 and out:
            out[-1][1] = _number(value, "LWPOLYLINE group 20")
        elif code == 42 and out:
            out[-1][2] = _number(value, "LWPOLYLINE group 42")
    return [tuple(v) for v in out]  # type: ignore[misc]


def _text(ent: _Entity) -> str:
    parts = [v for c, v in ent.tags if c in (3, 1)] if ent.kind == "MTEXT" else [ent.get(1)]
    raw = _CARET.sub(_caret, "".join(parts))
    return _UNICODE.sub(lambda m: chr(int(m.group(1), 16)), raw).strip()


def _caret(m: re.Match) -> str:
    """DXF caret escapes: '^ ' is a caret, '^I' a tab, '^J' a new line (as a space here)."""
    c = m.group(1)
    if c == " ":
        return "^"
    return " " if "@" <= c <= "_" else m.group(0)


def _key_value(text: str) -> tuple[str, str]:
    m = _KEY.match(text)
    if not m:
        return "", text
    return " ".join(m.group(1).lower().split()), m.group(2)


def _points(ent: _Entity) -> tuple[np.ndarray, bool]:
    """Vertices of a LINE / ARC / CIRCLE / POLYLINE / LWPOLYLINE (arcs flattened), and whether
    the line is closed."""
    if ent.kind == "LINE":
        return np.array([[ent.num(10), ent.num(20)], [ent.num(11), ent.num(21)]]), False
    if ent.kind in ("ARC", "CIRCLE"):
        cx, cy, r = ent.num(10), ent.num(20), abs(ent.num(40))
        a0 = math.radians(ent.num(50)) if ent.kind == "ARC" else 0.0
        a1 = math.radians(ent.num(51)) if ent.kind == "ARC" else 2 * math.pi
        sweep = (a1 - a0) % (2 * math.pi) or 2 * math.pi
        step = 2.0 * math.acos(max(-1.0, 1.0 - 1e-3 / r)) if r > 1e-3 else math.pi
        n = int(min(1000, max(2, math.ceil(sweep / step))))
        t = a0 + sweep * np.arange(n + 1) / n
        pts = np.c_[cx + r * np.cos(t), cy + r * np.sin(t)]
        return (pts[:-1], True) if ent.kind == "CIRCLE" else (pts, False)
    closed = bool(int(ent.num(70)) & 1)
    verts = ent.vertices
    pts: list[tuple[float, float]] = []
    n = len(verts)
    for i, (x, y, bulge) in enumerate(verts):
        pts.append((x, y))
        if bulge and (i + 1 < n or closed):
            x1, y1, _ = verts[(i + 1) % n]
            pts += _bulge_points((x, y), (x1, y1), bulge)
    return np.array(pts, dtype=float).reshape(-1, 2), closed


def _bulge_points(p0, p1, bulge: float, tol: float = 1e-3) -> list[tuple[float, float]]:
    """Interior points of the arc p0 -> p1 with DXF bulge ``bulge`` (tan of a quarter angle).

    Chords stay within ``tol`` drawing units of the arc (1 µm in mm files, 25 µm in inches).
    """
    theta = 4.0 * math.atan(bulge)
    dx, dy = p1[0] - p0[0], p1[1] - p0[1]
    chord = math.hypot(dx, dy)
    if chord == 0 or abs(theta) < 1e-9:
        return []
    r = chord / (2.0 * math.sin(theta / 2.0))
    mx, my = (p0[0] + p1[0]) / 2, (p0[1] + p1[1]) / 2
    h = r * math.cos(theta / 2.0)
    cx, cy = mx - h * dy / chord, my + h * dx / chord
    a0 = math.atan2(p0[1] - cy, p0[0] - cx)
    rr = abs(r)
    step = 2.0 * math.acos(max(-1.0, 1.0 - tol / rr)) if rr > tol else math.pi
    steps = int(min(1000, max(2, math.ceil(abs(theta) / step))))
    return [(cx + rr * math.cos(a0 + theta * k / steps), cy + rr * math.sin(a0 + theta * k / steps))
            for k in range(1, steps)]


class Chain:
    """Fragments joined end to end: the points, whether the line closes, the gaps bridged."""

    __slots__ = ("points", "closed", "gaps")

    def __init__(self, points: np.ndarray, closed: bool, gaps: list[tuple[float, np.ndarray]]):
        self.points = points
        self.closed = closed
        self.gaps = gaps  # (width in cm, where) of every gap bridged by a straight segment


def chain_lines(fragments: list[np.ndarray], join_tol: float, max_gap: float) -> list[Chain]:
    """Join open polylines end to end the way cutting-room readers do.

    The longest fragment starts a chain; the fragment whose end (either end: fragments may be
    written backwards) lies nearest the chain's tail is appended, reversed as needed, then the
    nearest to the head, until no end lies within ``max_gap``. Ends within ``join_tol`` are
    the same point; a wider gap up to ``max_gap`` is bridged by a straight segment and
    recorded. A chain whose two ends lie within ``max_gap`` closes (the closing gap recorded
    likewise). Fragments left over start further chains.
    """
    frags = [f for f in fragments if len(f) >= 2]
    if len(frags) > 20_000:
        raise InputError(f"{len(frags)} fragments are more than a pattern piece has")
    frags.sort(key=lambda f: -float(np.hypot(*np.diff(f, axis=0).T).sum()))
    ends = np.array([[f[0], f[-1]] for f in frags]).reshape(-1, 2, 2)
    alive = np.ones(len(frags), bool)
    chains: list[Chain] = []
    while alive.any():
        first = int(np.flatnonzero(alive)[0])
        alive[first] = False
        parts, gaps = [frags[first]], []
        for _ in range(2):  # grow at the tail, then (reversed) at the head
            tail = parts[-1][-1]
            while alive.any():
                d = np.hypot(*(ends - tail).transpose(2, 0, 1))  # (k, 2): start / end
                d[~alive] = np.inf
                k, side = np.unravel_index(int(np.argmin(d)), d.shape)
                if d[k, side] > max_gap:
                    break
                alive[k] = False
                frag = frags[k] if side == 0 else frags[k][::-1]
                if d[k, side] > join_tol:
                    gaps.append((float(d[k, side]), (tail + frag[0]) / 2))
                    parts.append(frag)
                else:
                    parts.append(frag[1:])
                tail = frag[-1]
            parts = [p[::-1] for p in parts[::-1]]
        points = np.concatenate(parts)
        closing = float(np.hypot(*(points[0] - points[-1])))
        closed = len(points) >= 3 and closing <= max_gap
        if closed and closing > join_tol:
            gaps.append((closing, (points[0] + points[-1]) / 2))
        elif closed:
            points = points[:-1]
        chains.append(Chain(points, closed, gaps))
    return chains


def chain_fragments(fragments: list[np.ndarray], tol: float, what: str,
                    max_gap: float | None = None) -> np.ndarray:
    """Join open polylines into one closed ring; InputError (naming ``what``) when they do not.

    Gaps up to ``max_gap`` (default ``tol``) are bridged by straight segments.
    """
    frags = [f for f in fragments if len(f) >= 2]
    if not frags:
        raise InputError(f"{what}: no line to build it from")
    try:
        chains = chain_lines(frags, tol, tol if max_gap is None else max_gap)
    except InputError as error:
        raise InputError(f"{what}: {error.message}") from None
    return _one_outline(chains, what, tol if max_gap is None else max_gap).points


def _one_outline(chains: list[Chain], what: str, max_gap: float) -> Chain:
    """The one closed chain of a boundary, or an InputError saying where it stays open."""
    open_ = [c for c in chains if not c.closed]
    if open_:
        end = open_[0].points[-1]
        others = [c.points[0] for c in chains if c is not open_[0]] + [open_[0].points[0]]
        gap = min(float(np.hypot(*(end - p))) for p in others)
        raise InputError(
            f"{what}: the boundary fragments do not join into one outline (gap of "
            f"{gap * 10:.2f} mm near {end[0]:.2f}, {end[1]:.2f} cm; gaps up to "
            f"{max_gap * 10:g} mm are closed)")
    return max(chains, key=lambda c: abs(ring_area(c.points)))


def _dedupe(ring: np.ndarray) -> np.ndarray:
    keep = np.ones(len(ring), bool)
    keep[1:] = np.hypot(*np.diff(ring, axis=0).T) > 1e-12
    ring = ring[keep]
    if len(ring) > 1 and np.hypot(*(ring[0] - ring[-1])) <= 1e-12:
        ring = ring[:-1]
    return ring


def _transform(insert: _Entity | None, base: tuple[float, float], scale: float):
    """Function mapping block coordinates to cm in the piece frame, plus the rotation (deg)."""
    if insert is None:
        tx = ty = 0.0
        sx = sy = 1.0
        rot = 0.0
    else:
        tx, ty = insert.num(10), insert.num(20)
        sx, sy = insert.num(41, 1.0), insert.num(42, 1.0)
        rot = insert.num(50)
    c, s = math.cos(math.radians(rot)), math.sin(math.radians(rot))

    rot_scale = np.array([[c * sx, s * sx], [-s * sy, c * sy]]) * scale
    shift = np.array([tx, ty]) * scale

    def apply(pts: np.ndarray) -> np.ndarray:
        return (np.asarray(pts, float).reshape(-1, 2) - base) @ rot_scale + shift

    return apply, rot


def _piece(name, base, ents, keys, insert, scale, check, max_gap: float) -> CutPiece:
    tf, rot = _transform(insert, base, scale)
    info: dict[str, str] = {}
    annotations: list[str] = []
    for key, value in keys:
        if key == "annotation":
            annotations.append(value)
        elif key and key not in info:
            info[key] = value
    piece_name = info.get("piece name", name)
    what = f"piece {piece_name!r}"
    by_layer: dict[str, list[_Entity]] = {}
    for e in ents:
        by_layer.setdefault(e.layer, []).append(e)

    def lines(layer: str) -> list[tuple[np.ndarray, bool]]:
        found = []
        for i, e in enumerate(by_layer.get(layer, ())):
            if i % 1000 == 999:
                check()
            if e.kind in _LINE_KINDS:
                pts, closed = _points(e)
                found.append((tf(pts), closed))
        return found

    warnings: list[PieceWarning] = []

    def bridged(chain: Chain, line: str) -> None:
        for gap, (x, y) in chain.gaps:
            warnings.append(PieceWarning(
                "gap_closed", f"{what}: a gap of {gap * 10:.2f} mm in the {line} near "
                f"{x:.2f}, {y:.2f} cm was closed with a straight segment",
                round(gap * 10, 3), (round(float(x), 4), round(float(y), 4))))

    boundary = lines("1")
    closed_rings = [_dedupe(p) for p, c in boundary if c and len(p) >= 3]
    if closed_rings:
        cut = max(closed_rings, key=lambda r: abs(ring_area(r)))
    else:
        frags = [p for p, _ in boundary if len(p) >= 2]
        if not frags:
            raise InputError(f"{what}: no cut line (no line on layer 1)")
        chain = _one_outline(chain_lines(frags, CHAIN_TOL_CM, max_gap), what, max_gap)
        bridged(chain, "cut line")
        cut = _dedupe(chain.points)
    if len(cut) < 3 or abs(ring_area(cut)) <= 1e-12:
        raise InputError(f"{what}: the cut line encloses no area")
    sew_parts = lines("14")
    sew = None
    open_sew: list[np.ndarray] = []
    if sew_parts:
        closed = [_dedupe(p) for p, c in sew_parts if c and len(p) >= 3]
        if closed:
            sew = closed[0]
        else:
            chains = chain_lines([p for p, _ in sew_parts], CHAIN_TOL_CM, max_gap)
            rings = [c for c in chains if c.closed and abs(ring_area(c.points)) > 1e-12]
            if rings:
                best = max(rings, key=lambda c: abs(ring_area(c.points)))
                bridged(best, "sew line")
                sew = _dedupe(best.points)
            for c in chains:
                if c.closed and sew is not None:
                    continue
                open_sew.append(c.points)
                gap = float(np.hypot(*(c.points[0] - c.points[-1])))
                x, y = c.points[-1]
                warnings.append(PieceWarning(
                    "open_sew_line", f"{what}: the sew line does not close (its ends are "
                    f"{gap * 10:.2f} mm apart near {x:.2f}, {y:.2f} cm); kept as an internal "
                    "line", round(gap * 10, 3), (round(float(x), 4), round(float(y), 4))))
    notches = []
    for layer in ("4", "80", "81", "82", "83"):
        kind_default = _NOTCH_KINDS.get(int(layer))
        for i, e in enumerate(by_layer.get(layer, ())):
            if i % 1000 == 999:
                check()
            notch = _notch(e, cut, tf, rot, scale, kind_default)
            if notch is not None:
                notches.append(notch)
    grain = _two_points(lines("7"))
    mirror = _two_points(lines("6"))
    internal = tuple(p for p, _ in lines("8")) + tuple(open_sew)
    cutouts = tuple(_dedupe(p) for p, _ in lines("11"))
    check()
    drill = tf([[e.num(10), e.num(20)] for e in by_layer.get("13", ())
                if e.kind in ("POINT", "CIRCLE")])  # some writers draw drill holes as circles
    labels = []
    for e in by_layer.get("15", ()):
        if e.kind in ("TEXT", "MTEXT"):
            (x, y), = tf([[e.num(10), e.num(20)]])
            labels.append(Label(_text(e), float(x), float(y), e.num(40, 1.0) * scale,
                                (e.num(50) + rot) % 360.0))
    grade_points = []
    for layer, found in by_layer.items():
        for e in found:
            if e.kind == "TEXT":
                m = _RULE.match(_text(e))
                if m and layer.isdigit():
                    (x, y), = tf([[e.num(10), e.num(20)]])
                    grade_points.append((int(layer), float(x), float(y), int(m.group(1))))
    quantity, mirrored = _quantity(info.get("quantity", "1"), what)
    return CutPiece(
        name=piece_name,
        cut=cut,
        size=info.get("size", ""),
        sew=sew,
        notches=tuple(notches),
        grain=grain,
        mirror=mirror,
        internal=internal,
        cutouts=cutouts,
        drill_holes=drill,
        labels=tuple(labels),
        quantity=quantity,
        mirrored=mirrored,
        category=info.get("category", ""),
        annotations=tuple(annotations),
        warnings=tuple(warnings),
        grade_points=tuple(grade_points),
    )


def _two_points(found: list[tuple[np.ndarray, bool]]) -> np.ndarray | None:
    if not found:
        return None
    pts = found[0][0]
    return np.array([pts[0], pts[-1]])


def _notch(e: _Entity, cut, tf, rot, scale, kind_default) -> Notch | None:
    if e.kind == "POINT":
        (x, y), = tf([[e.num(10), e.num(20)]])
        width = e.num(39) * scale
        if any(c == 50 for c, _ in e.tags):
            angle = (e.num(50) + rot) % 360.0
        else:
            angle = perpendicular_angle(cut, x, y)
        kind = kind_default or ("v" if width > 0 else "slit")
        return Notch(float(x), float(y), angle, abs(e.num(30)) * scale, width, kind)
    if e.kind in ("LINE", "POLYLINE", "LWPOLYLINE"):
        pts, _ = _points(e)
        if len(pts) < 2:
            return None
        a, b = tf(pts[[0, -1]])
        da, db = (_distance_to_ring(cut, p) for p in (a, b))
        on, into = (a, b) if da <= db else (b, a)
        angle = math.degrees(math.atan2(into[1] - on[1], into[0] - on[0])) % 360.0
        depth = float(np.hypot(*(into - on)))
        return Notch(float(on[0]), float(on[1]), angle, depth, 0.0, kind_default or "slit")
    return None


def _distance_to_ring(ring: np.ndarray, p: np.ndarray) -> float:
    a, b = ring, np.roll(ring, -1, axis=0)
    ab = b - a
    t = np.clip(((p - a) * ab).sum(1) / np.maximum((ab * ab).sum(1), 1e-30), 0, 1)
    return float(np.min(np.hypot(*(a + t[:, None] * ab - p).T)))


def _quantity(text: str, what: str) -> tuple[int, int]:
    """``'2'`` -> (2, 0); Gerber's ``'1,1'`` (count, mirrored count) -> (2, 1)."""
    parts = [p.strip() for p in text.replace(";", ",").split(",") if p.strip()]
    try:
        nums = [int(float(p)) for p in parts] or [1]
    except ValueError:
        raise InputError(f"{what}: quantity {text!r} is not a number") from None
    if len(nums) >= 2:
        return nums[0] + nums[1], nums[1]
    return nums[0], 0


# --------------------------------------------------------------------------- into the garment

#: Outline vertices turning more than this (degrees) start a new edge of an imported piece.
EDGE_SPLIT_DEG = 30.0
#: Fitting darts and corners is skipped on pieces with more edges than this...
MAX_FIT_EDGES = 80
#: ... and splitting edges by allowance when sew points x cut points exceed this.
MAX_FIT_WORK = 20_000_000


def garment_from_cut_file(cut_file: CutFile, size: str | None = None, name: str = ""):
    """A ``Garment`` of one size of an imported file (pieces with polyline edges).

    The sew line (or, without one, the cut line) is split into edges at its corners. Each
    edge's seam allowance is measured along its outward normal at a quarter, half and three
    quarters of its length; darts and hem corner styles (mitre, reverse, square) are declared
    where they bring the recomputed cut line closer to the file's (:func:`_fit_piece`);
    :func:`cut_line_deviation` says how close that is.
    """
    from mtm.core.garment import Garment

    sizes = cut_file.sizes
    if size is None:
        size = cut_file.sample_size if cut_file.sample_size in sizes else sizes[0]
    if size not in sizes:
        raise InputError(f"size {size!r} is not in the file; sizes: {', '.join(sizes)}",
                         field="size")
    pieces = []
    used: set[str] = set()
    for cp in (p for p in cut_file.pieces if p.size == size):
        try:
            pieces.append(_garment_piece(cp, used))
        except (ValueError, KeyError) as error:
            raise InputError(f"cannot be made a pattern piece: {error}",
                             field=f"piece {cp.name!r}") from None
    return Garment(name=name_or(cut_file.style, name), pieces=tuple(pieces), size=size,
                   system="imported DXF")


def _garment_piece(cp: CutPiece, used: set[str]):
    """One imported piece as a ``mtm.core.garment.Piece`` (see garment_from_cut_file)."""
    from mtm.core.garment import FABRICS, DrillHole, Edge, InternalLine, Piece
    from mtm.core.garment import Label as GLabel

    line = cp.sew if cp.sew is not None else cp.cut
    if ring_area(line) < 0:
        line = line[::-1]
    corners = np.flatnonzero(_turn_mask(line, EDGE_SPLIT_DEG))
    if len(corners) < 2:
        corners = np.array([0, len(line) // 2])
    line = np.roll(line, -corners[0], axis=0)
    corners = np.append(corners - corners[0], len(line))
    parts = []
    # measuring every segment costs len(line) x len(cut): skip it for outlandish outlines
    measure = cp.sew is not None and len(line) * len(cp.cut) <= MAX_FIT_WORK
    for k in range(len(corners) - 1):
        pts = line[np.arange(corners[k], corners[k + 1] + 1) % len(line)]
        parts += _split_by_allowance(pts, cp.cut) if measure else [pts]
    edges = [Edge(f"e{k + 1}", "polyline", tuple(map(tuple, pts)),
                  _allowance(pts, cp.cut) if cp.sew is not None else 0.0)
             for k, pts in enumerate(parts)]
    on_fold = _fold_edge(edges, cp.mirror)
    notches = tuple(_edge_notch(edges, (n.x, n.y)) for n in cp.notches)
    grain = cp.grain if cp.grain is not None else _default_grain(cp.cut)
    internal = tuple(InternalLine(f"line{i + 1}", tuple(map(tuple, pts)))
                     for i, pts in enumerate(cp.internal) if len(pts) >= 2)
    pname = cp.name
    while pname in used:
        pname += "_2"
    used.add(pname)
    category = cp.category.lower()
    return _fit_piece(Piece(
        name=pname,
        edges=tuple(edges),
        grainline=(tuple(grain[0]), tuple(grain[-1])),
        quantity=max(1, cp.quantity),
        mirrored=cp.mirrored > 0,
        on_fold=on_fold,
        fabric=category if category in FABRICS else "shell",
        notches=notches,
        internal_lines=internal,
        drill_holes=tuple(DrillHole(tuple(h)) for h in cp.drill_holes),
        labels=tuple(GLabel(lb.text, (lb.x, lb.y), lb.height, lb.angle) for lb in cp.labels),
        title=cp.annotations[0] if cp.annotations else "",
    ), cp.cut)


def cut_line_deviation(piece, cut: np.ndarray) -> float:
    """Largest distance (cm) between a piece's recomputed cut line and the file's cut line."""
    from shapely.geometry import Polygon

    return float(Polygon(piece.cut_outline()).hausdorff_distance(Polygon(cut)))


def _allowance(pts: np.ndarray, cut: np.ndarray) -> float:
    """Seam allowance of one sew-line edge: median normal distance to the cut line (cm)."""
    found = _allowance_samples(pts, cut)
    return round(float(np.median(found)), 2) if found else 0.0


def _allowance_samples(pts: np.ndarray, cut: np.ndarray) -> list[float]:
    """Normal distances (cm) from a sew-line edge to the cut line at a quarter, half and three
    quarters of its length."""
    from .aama_dxf import _ray_hit

    seg = np.hypot(*np.diff(pts, axis=0).T)
    total = float(seg.sum())
    if total == 0:
        return []
    cum = np.concatenate([[0.0], np.cumsum(seg)])
    found = []
    for f in (0.25, 0.5, 0.75):
        i = int(np.clip(np.searchsorted(cum, f * total) - 1, 0, len(seg) - 1))
        if seg[i] == 0:
            continue
        t = (f * total - cum[i]) / seg[i]
        p = pts[i] + t * (pts[i + 1] - pts[i])
        d = (pts[i + 1] - pts[i]) / seg[i]
        hit = np.array(_ray_hit(cut, p, np.array([d[1], -d[0]]), 0.0))
        found.append(float(np.hypot(*(hit - p))))
    return found


def _split_by_allowance(pts: np.ndarray, cut: np.ndarray, depth: int = 0) -> list[np.ndarray]:
    """Split a sew-line stretch where its distance to the cut line jumps (a new allowance)."""
    from .aama_dxf import _ray_hit

    if len(pts) < 4 or depth > 8:
        return [pts]
    seg = np.diff(pts, axis=0)
    length = np.hypot(*seg.T)
    dist = []
    for a, d, n in zip(pts[:-1], seg, length, strict=True):
        if n == 0:
            dist.append(np.nan)
            continue
        mid = a + d / 2
        hit = np.array(_ray_hit(cut, mid, np.array([d[1], -d[0]]) / n, 0.0))
        dist.append(float(np.hypot(*(hit - mid))))
    dist = np.array(dist)
    jumps = np.abs(np.diff(dist))
    if not np.isfinite(jumps).any() or np.nanmax(jumps) < 0.05:
        return [pts]
    j = int(np.nanargmax(jumps)) + 1  # split at the vertex between segments j-1 and j
    return (_split_by_allowance(pts[: j + 1], cut, depth + 1)
            + _split_by_allowance(pts[j:], cut, depth + 1))


def _fit_piece(piece, cut: np.ndarray):
    """Declare darts and hem corners where they bring the recomputed cut line to the file's.

    A dart is tried on every pair of consecutive edges, then the reverse and square hem
    corners on every edge with an allowance; a change is kept only when it shrinks the area
    between the recomputed and the imported cut lines.
    """
    import dataclasses

    from shapely.geometry import Polygon

    from mtm.core.garment import Dart

    target = Polygon(cut)

    def misfit(p) -> float:
        try:
            return float(Polygon(p.cut_outline()).symmetric_difference(target).area)
        except Exception:  # a variant that cannot be built is simply not chosen
            return math.inf

    piece = _darts_from_lines(piece)
    n = len(piece.edges)
    if n > MAX_FIT_EDGES:
        return piece
    best = misfit(piece)
    while best > 1e-9 and n >= 4:  # best first: the dart that helps most, then the next
        taken = {leg for d in piece.darts for leg in d.legs}
        trials = []
        for i in range(n):
            legs = (piece.edges[i].name, piece.edges[(i + 1) % n].name)
            if taken & set(legs):
                continue
            try:
                trial = dataclasses.replace(
                    piece, darts=(*piece.darts, Dart(f"dart{len(piece.darts) + 1}", legs)))
            except ValueError:
                continue
            trials.append((misfit(trial), i, trial))
        if not trials or min(trials)[0] >= best - 1e-9:
            break
        best, _, piece = min(trials, key=lambda t: (t[0], t[1]))
    if piece.darts:  # the dart legs were also drawn as internal lines: keep them once
        legs = [np.vstack([piece.edge(a).polyline(), piece.edge(b).polyline()[1:]])
                for a, b in (d.legs for d in piece.darts)]
        internal = tuple(x for x in piece.internal_lines if not any(
            len(leg) == len(x.points) and np.allclose(leg, x.points, atol=1e-6) for leg in legs))
        piece = dataclasses.replace(piece, internal_lines=internal)
    # a short edge beside a corner whose allowance changes (a rounded front quarter meeting a
    # deep hem at an angle) has its normals cut by the corner's diagonal, so its measured
    # allowance is too small: where its samples disagree, try the largest of them and the
    # piece's other allowances on it
    values = {e.allowance for e in piece.edges if e.allowance > 0}
    for i, edge in enumerate(piece.edges):
        if edge.allowance <= 0 or best < 1e-9:
            continue
        own = _allowance_samples(np.asarray(edge.control, float), cut)
        if not own or max(own) - min(own) <= 0.05:  # its normals agree: measured right
            continue
        for value in sorted(values | {round(max(own), 2)}):
            if value != edge.allowance:
                piece, best = _better_edge(piece, best, i, misfit, allowance=value)
    for i, edge in enumerate(piece.edges):
        if edge.allowance <= 0 or best < 1e-9:
            continue
        for corner in ("reverse", "square"):
            piece, best = _better_edge(piece, best, i, misfit, corner=corner)
    return piece


def _darts_from_lines(piece, tol: float = 1e-3):
    """Declare the darts drawn as internal lines along the sew line (as our export draws them):
    the run of edges from the line's start to its end becomes two legs, joined at its point.

    A dart whose legs turn corners (a front dart running on into a pocket's cut-through) is
    split into many edges by its corners and its changing distance to the cut line, so the
    trials over pairs of edges in :func:`_fit_piece` cannot find it."""
    import dataclasses

    from mtm.core.garment import Dart, Edge

    for line in piece.internal_lines:
        pts = np.asarray(line.points, float)
        edges = list(piece.edges)
        n = len(edges)
        if len(pts) < 3 or n < 4:
            continue
        first = [np.asarray(e.control[0], float) for e in edges]
        last = [np.asarray(e.control[-1], float) for e in edges]
        mouth = 0.5 * (pts[0] + pts[-1])
        apex = pts[int(np.argmax(np.hypot(*(pts - mouth).T)))]
        i0 = next((i for i in range(n) if np.hypot(*(first[i] - pts[0])) < tol), None)
        if i0 is None:
            continue
        run, ia = [], None
        for k in range(n - 1):
            i = (i0 + k) % n
            run.append(i)
            if ia is None and np.hypot(*(last[i] - apex)) < tol:
                ia = len(run)
            if np.hypot(*(last[i] - pts[-1])) < tol:
                break
        else:
            continue
        if ia is None or ia >= len(run) or len(run) > n - 2:
            continue
        taken = {leg for d in piece.darts for leg in d.legs}
        if taken & {edges[i].name for i in run}:
            continue
        length = sum(edges[i].length for i in run)
        if abs(length - float(np.hypot(*np.diff(pts, axis=0).T).sum())) > 10 * tol:
            continue  # the line does not run along these edges

        def merged(idx, edges=edges):
            p = [np.asarray(edges[idx[0]].polyline(), float)]
            p += [np.asarray(edges[i].polyline(), float)[1:] for i in idx[1:]]
            return Edge(edges[idx[0]].name, "polyline", tuple(map(tuple, np.vstack(p))),
                        edges[idx[0]].allowance, edges[idx[0]].corner)

        legs = (merged(run[:ia]), merged(run[ia:]))
        if run[-1] < run[0]:  # the run wraps round the outline's start: begin with it
            new_edges = [*legs, *edges[run[-1] + 1:run[0]]]
        else:
            new_edges = [*edges[:run[0]], *legs, *edges[run[-1] + 1:]]
        try:
            piece = dataclasses.replace(piece, edges=tuple(new_edges), darts=(
                *piece.darts, Dart(f"dart{len(piece.darts) + 1}", (legs[0].name,
                                                                    legs[1].name))))
        except ValueError:
            continue
    return piece


def _better_edge(piece, best: float, i: int, misfit, **change):
    """The piece with edge ``i`` changed (``dataclasses.replace`` fields) and its misfit, if
    that brings the cut line closer than ``best``; else the piece and ``best`` as they were."""
    import dataclasses

    edges = list(piece.edges)
    edges[i] = dataclasses.replace(edges[i], **change)
    trial = dataclasses.replace(piece, edges=tuple(edges))
    score = misfit(trial)
    return (trial, score) if score < best - 1e-9 else (piece, best)


def name_or(*names: str) -> str:
    """The first non-empty name, or 'imported'."""
    return next((n for n in names if n), "imported")


def _turn_mask(ring: np.ndarray, deg: float) -> np.ndarray:
    from .aama_dxf import turn_point_mask

    return turn_point_mask(ring, deg)


def _fold_edge(edges, mirror) -> str | None:
    if mirror is None:
        return None
    p0, p1 = np.asarray(mirror, float)
    d = p1 - p0
    n = float(np.hypot(*d))
    if n == 0:
        return None
    for e in edges:
        pts = np.asarray(e.control) - p0
        if np.all(np.abs(pts[:, 0] * d[1] - pts[:, 1] * d[0]) / n < 0.05):
            return e.name
    return None


def _edge_notch(edges, point):
    from mtm.core.garment import Notch as GNotch

    best = None
    q = np.asarray(point, float)
    for e in edges:
        poly = np.asarray(e.control, float)
        a, d = poly[:-1], np.diff(poly, axis=0)
        l2 = np.maximum((d * d).sum(1), 1e-18)
        t = np.clip(((q - a) * d).sum(1) / l2, 0, 1)
        dist = np.hypot(*(a + t[:, None] * d - q).T)
        i = int(np.argmin(dist))
        along = float(np.hypot(*d[:i].T).sum() + t[i] * np.sqrt(l2[i]))
        if best is None or dist[i] < best[0]:
            best = (dist[i], GNotch(e.name, along))
    return best[1]


def _default_grain(cut: np.ndarray) -> np.ndarray:
    lo, hi = cut.min(axis=0), cut.max(axis=0)
    x = (lo[0] + hi[0]) / 2
    return np.array([[x, lo[1] + 0.2 * (hi[1] - lo[1])], [x, hi[1] - 0.2 * (hi[1] - lo[1])]])

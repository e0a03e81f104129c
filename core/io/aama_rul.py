"""AAMA/ASTM grade rules (``.RUL``): a graded nest as one base size plus a rule per point.

This is how AccuMark users exchange graded patterns: a DXF of the sample size whose points
carry the text ``# n``, and an ASCII rule file (``version ANSI/AAMA-292-B``) giving for rule n
one (dx, dy) pair per size, each the point's offset from where it lies in the sample size
(``RULE: DELTA n``). See /work/shared/reference/aama-astm-dxf.md.

:func:`rules_from_nest` turns a graded nest (every size of every piece) into that pair: the
base size's pieces with ``grade_points`` and a :class:`RuleTable`. The sizes of a piece do not
share vertices (curves are flattened per size), so the lines are first given the same points:
corners (turn points found alike in every size; only the start when no corner threshold finds
the same count in every size) and the line's start correspond; between them every size's line
is sampled at the union of all sizes' arc-length fractions, so each size's own vertices are kept
and the base line keeps its exact shape. :func:`apply_rules` grades a
base-size file back into every size; a point without a rule of its own moves like the rules
either side of it along its line (or like the nearest graded point of the cut line).
"""

from __future__ import annotations

import datetime as _dt
import os
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

import numpy as np

from mtm.core.errors import InputError

from .aama_dxf import (
    LAYER_BOUNDARY,
    LAYER_DRILL,
    LAYER_GRAIN,
    LAYER_INTERNAL,
    LAYER_MIRROR,
    LAYER_NOTCH,
    LAYER_SEW,
    CutFile,
    CutPiece,
    Notch,
)

VERSION = "ANSI/AAMA-292-B"
#: Corner thresholds (degrees) tried in turn until every size of a line has the same corners.
CORNER_THRESHOLDS = (30.0, 45.0, 20.0, 60.0, 15.0, 90.0)
#: Largest file read, in bytes.
MAX_BYTES = 50_000_000
#: cm per file unit.
_CM = {"METRIC": 0.1, "ENGLISH": 2.54}
_SIZE_NAME = re.compile(r"^\S+$")


@dataclass(frozen=True, eq=False)
class RuleTable:
    """Grade rules: ``rules[n]`` is an array (len(sizes), 2) of offsets in cm from the sample
    size, one row per size in ``sizes`` order (the sample size's row is 0, 0)."""

    name: str
    sizes: tuple[str, ...]
    sample_size: str
    rules: dict[int, np.ndarray]


# --------------------------------------------------------------------------- the file


def rul_text(table: RuleTable, *, units: str = "mm", author: str = "MTM Studio",
             created: _dt.datetime | None = None) -> str:
    """The ``.RUL`` text of ``table`` (``units`` 'mm' = METRIC or 'in' = ENGLISH)."""
    if units not in ("mm", "in"):
        raise InputError(f"unknown RUL units {units!r}; expected mm or in", field="units")
    for size in table.sizes:
        if not _SIZE_NAME.match(size):
            raise InputError(f"size {size!r} cannot be written in a RUL size list (it holds a "
                             "space)", field="size")
    created = created or _dt.datetime.now().replace(microsecond=0)
    k = 10.0 if units == "mm" else 1 / 2.54
    places = 4 if units == "mm" else 5  # 0.1 µm, 0.25 µm
    lines = [
        f"RUL version: {VERSION}",
        f"AUTHOR: {author}",
        f"RULE TABLE NAME: {table.name}",
        f"CREATION DATE: {created:%d/%m/%Y}",
        f"CREATION TIME: {created:%H:%M:%S}",
        f"UNITS: {'METRIC' if units == 'mm' else 'ENGLISH'}",
        f"NUMBER OF SIZES: {len(table.sizes)}",
        f"SIZE LIST: {' '.join(table.sizes)}",
        f"SAMPLE SIZE: {table.sample_size}",
    ]
    for n in sorted(table.rules):
        lines.append(f"RULE: DELTA {n}")
        pairs = np.round(table.rules[n] * k, places) + 0.0  # + 0.0: no '-0.0000'
        lines.append(" ".join(f"{dx:.{places}f},{dy:.{places}f}" for dx, dy in pairs))
    lines.append("END")
    return "\r\n".join(lines) + "\r\n"


def write_rul(table: RuleTable, path: str | os.PathLike[str], *, units: str = "mm") -> None:
    """Write ``table`` as a ``.RUL`` file at ``path`` (atomically)."""
    from .atomic import atomic_write_bytes

    atomic_write_bytes(path, rul_text(table, units=units).encode("ascii", errors="replace"))


def read_rul(path: str | os.PathLike[str]) -> RuleTable:
    """Read a ``.RUL`` file; InputError (one line, naming the file) when it is not one."""
    source = os.fspath(path)
    try:
        with open(source, "rb") as fh:
            data = fh.read(MAX_BYTES + 1)
    except OSError as error:
        raise InputError(f"cannot read: {error.strerror}", source=source) from None
    if len(data) > MAX_BYTES:
        raise InputError(f"grade rule files over {MAX_BYTES / 1e6:.0f} MB are refused",
                         source=source)
    if b"\x00" in data[:65536]:
        raise InputError("not a RUL grade rule file (binary data)", source=source)
    try:
        return parse_rul(data.decode("cp1252", errors="replace"))
    except InputError as error:
        raise InputError(error.message, field=error.field, source=source) from None


def parse_rul(text: str) -> RuleTable:
    """The :class:`RuleTable` of a ``.RUL`` text (InputError naming the line when malformed)."""
    head: dict[str, str] = {}
    rules: dict[int, list[str]] = {}
    current: list[str] | None = None
    for number, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.upper() == "END":
            current = None if line else current
            continue
        m = re.match(r"(?i)^RULE\s*:\s*DELTA\s+(\d+)\s*$", line)
        if m:
            n = int(m.group(1))
            if n in rules:
                raise InputError(f"line {number}: rule {n} is given twice", field="RULE")
            current = rules[n] = []
            continue
        if current is not None and re.match(r"^[-+0-9.,\s eE]+$", line):
            current.extend(v for v in re.split(r"[,\s]+", line) if v)
            continue
        key, sep, value = line.partition(":")
        if sep and current is None:
            head[" ".join(key.upper().split())] = value.strip()
            continue
        raise InputError(f"line {number}: {line[:40]!r} is not part of a RUL file "
                         "(expected 'KEY: value', 'RULE: DELTA n' or numbers)")
    if not any("AAMA" in v.upper() or "ASTM" in v.upper() for v in head.values()) and \
            "SIZE LIST" not in head:
        raise InputError("not a RUL grade rule file (no version line and no SIZE LIST)")
    units = head.get("UNITS", "").upper()
    if units not in _CM:
        raise InputError(f"UNITS {units[:20]!r} is not METRIC or ENGLISH", field="UNITS")
    sizes = tuple(head.get("SIZE LIST", "").split())
    if not sizes:
        raise InputError("no SIZE LIST", field="SIZE LIST")
    count = head.get("NUMBER OF SIZES")
    if count is not None and count.strip() != str(len(sizes)):
        raise InputError(f"NUMBER OF SIZES {count[:10]!r} does not match the {len(sizes)} "
                         "sizes of the SIZE LIST", field="NUMBER OF SIZES")
    sample = head.get("SAMPLE SIZE", "")
    if sample not in sizes:
        raise InputError(f"SAMPLE SIZE {sample[:20]!r} is not in the SIZE LIST",
                         field="SAMPLE SIZE")
    table: dict[int, np.ndarray] = {}
    for n, values in rules.items():
        try:
            numbers = np.array([float(v) for v in values], dtype=float)
        except ValueError:
            raise InputError(f"rule {n}: a value is not a number", field="RULE") from None
        if numbers.size != 2 * len(sizes) or not np.isfinite(numbers).all():
            raise InputError(f"rule {n} has {numbers.size} numbers; expected a dx, dy pair "
                             f"for each of the {len(sizes)} sizes", field="RULE")
        table[n] = numbers.reshape(-1, 2) * _CM[units]
    if not table:
        raise InputError("the file holds no rule ('RULE: DELTA n')", field="RULE")
    return RuleTable(head.get("RULE TABLE NAME", ""), sizes, sample, table)


# --------------------------------------------------------------------------- from a nest


def rules_from_nest(cut_file: CutFile, name: str = "") -> tuple[CutFile, RuleTable]:
    """The sample size of a graded nest with rule numbers on its points, and the rules.

    Every piece must be present in every size with the same notches, internal lines, drill
    holes and lines; InputError naming the piece when not.
    """
    sizes = cut_file.sizes
    sample = cut_file.sample_size if cut_file.sample_size in sizes else sizes[len(sizes) // 2]
    base = sizes.index(sample)
    names = list(dict.fromkeys(p.name for p in cut_file.pieces))
    by_key = {(p.name, p.size): p for p in cut_file.pieces}
    rules: dict[int, np.ndarray] = {}
    pieces = []
    for piece_name in names:
        try:
            versions = [by_key[(piece_name, s)] for s in sizes]
        except KeyError:
            raise InputError("the piece is not in every size of the nest",
                             field=f"piece {piece_name!r}") from None
        pieces.append(_grade_piece(versions, base, rules, piece_name))
    style = name or cut_file.style
    table = RuleTable(style, sizes, sample, rules)
    out = replace(cut_file, pieces=tuple(pieces), sample_size=sample,
                  grade_rule_table=style)
    return out, table


def _grade_piece(versions: list[CutPiece], base: int, rules: dict[int, np.ndarray],
                 name: str) -> CutPiece:
    what = f"piece {name!r}"

    def same_count(items, label: str) -> None:
        counts = {len(x) for x in items}
        if len(counts) != 1:
            raise InputError(f"the sizes have different numbers of {label} "
                             f"({', '.join(str(len(x)) for x in items)})", field=what)

    points: list[tuple[int, np.ndarray]] = []  # (layer, (sizes, n, 2)) per graded line

    cut = correspond([v.cut for v in versions], closed=True)
    points.append((LAYER_BOUNDARY, cut))
    sew = None
    if all(v.sew is not None for v in versions):
        sew = correspond([v.sew for v in versions], closed=True)
        points.append((LAYER_SEW, sew))
    same_count([v.internal for v in versions], "internal lines")
    internal = []
    for k in range(len(versions[base].internal)):
        line = correspond([np.asarray(v.internal[k], float) for v in versions], closed=False)
        internal.append(line)
        points.append((LAYER_INTERNAL, line))
    same_count([v.notches for v in versions], "notches")
    notches = np.array([[(n.x, n.y) for n in v.notches] for v in versions]).reshape(
        len(versions), -1, 2)
    points.append((LAYER_NOTCH, notches))
    same_count([v.drill_holes for v in versions], "drill holes")
    points.append((LAYER_DRILL, np.array([np.asarray(v.drill_holes, float).reshape(-1, 2)
                                          for v in versions])))
    for layer, attr in ((LAYER_GRAIN, "grain"), (LAYER_MIRROR, "mirror")):
        lines = [getattr(v, attr) for v in versions]
        if all(line is not None for line in lines):
            points.append((layer, np.array([np.asarray(line, float) for line in lines])))
    grade_points = []
    seen: dict[tuple[int, float, float], int] = {}
    for layer, pts in points:
        deltas = pts - pts[base]
        for i in range(pts.shape[1]):
            x, y = (float(c) for c in pts[base, i])
            key = (layer, round(x, 7), round(y, 7))
            if key in seen:  # one point of the layer already carries a rule here
                if np.abs(rules[seen[key]] - deltas[:, i]).max() > 1e-6:
                    raise InputError(f"two points at {x:.3f}, {y:.3f} cm on layer {layer} "
                                     "grade differently; a RUL cannot tell them apart",
                                     field=what)
                continue
            n = len(rules) + 1
            rules[n] = deltas[:, i]
            seen[key] = n
            grade_points.append((layer, x, y, n))
    b = versions[base]
    return replace(b, cut=cut[base], sew=None if sew is None else sew[base],
                   internal=tuple(line[base] for line in internal),
                   grade_points=tuple(grade_points))


def correspond(lines: Sequence[np.ndarray], closed: bool) -> np.ndarray:
    """The same number of points on every size's version of one line, shape (sizes, n, 2).

    Points correspond along the line: the start, the corners (found alike in every size) and,
    between them, the union of every size's arc-length fractions. Each size's own vertices are
    among its points, so the points trace every line exactly.
    """
    lines = [np.asarray(line, float).reshape(-1, 2) for line in lines]
    if closed:
        lines = [np.vstack([line, line[:1]]) for line in lines]
    anchors = _anchors(lines, closed)
    stretches: list[list[np.ndarray]] = [[] for _ in lines]
    for j in range(len(anchors[0]) - 1):
        parts = [line[a[j]:a[j + 1] + 1] for line, a in zip(lines, anchors, strict=True)]
        fractions = [_fractions(part) for part in parts]
        union = np.unique(np.round(np.concatenate(fractions), 12))
        for out, part, f in zip(stretches, parts, fractions, strict=True):
            sampled = np.c_[np.interp(union, f, part[:, 0]), np.interp(union, f, part[:, 1])]
            out.append(sampled if not out else sampled[1:])
    result = np.array([np.concatenate(s) for s in stretches])
    return result[:, :-1] if closed else result


def _fractions(part: np.ndarray) -> np.ndarray:
    seg = np.hypot(*np.diff(part, axis=0).T)
    cum = np.concatenate([[0.0], np.cumsum(seg)])
    if cum[-1] == 0:
        return np.linspace(0.0, 1.0, len(part))
    # equal fractions would make np.interp pick one of two coincident points: nudge them apart
    cum = cum / cum[-1]
    cum[1:] = np.maximum.accumulate(np.maximum(cum[1:], cum[:-1] + 1e-13))
    return cum


def _anchors(lines: list[np.ndarray], closed: bool) -> list[list[int]]:
    """Indexes of the corresponding corners of every size (the start and end included)."""
    for threshold in CORNER_THRESHOLDS:
        found = []
        for line in lines:
            turn = _turn_degrees(line, closed)
            inner = [i for i in np.flatnonzero(turn > threshold).tolist()
                     if 0 < i < len(line) - 1]
            found.append([0, *inner, len(line) - 1])
        if len({len(f) for f in found}) == 1:
            return found
    # no threshold finds the same corners in every size (a corner that sits on the start in
    # some sizes): the line is one stretch from its start; every size keeps its own vertices,
    # so it is still traced exactly, only its corners do not grade by rules of their own
    return [[0, len(line) - 1] for line in lines]


def _turn_degrees(line: np.ndarray, closed: bool) -> np.ndarray:
    """Turning angle (degrees) at each vertex of a polyline (0 at open ends)."""
    d = np.diff(line, axis=0)
    keep = np.hypot(*d.T) > 1e-12
    out = np.zeros(len(line))
    if keep.sum() < 2:
        return out
    d_in, d_out = d[:-1], d[1:]
    cross = d_in[:, 0] * d_out[:, 1] - d_in[:, 1] * d_out[:, 0]
    dot = (d_in * d_out).sum(axis=1)
    out[1:-1] = np.degrees(np.abs(np.arctan2(cross, dot)))
    if closed:  # the closing vertex is the start: no corner index of its own
        out[-1] = 0.0
    return out


# --------------------------------------------------------------------------- back to sizes


def apply_rules(base: CutFile, table: RuleTable) -> CutFile:
    """Every size of ``table`` from the base-size ``base`` file and its rule numbers."""
    sizes = set(base.sizes)
    if table.sample_size not in sizes:
        raise InputError(f"the rule table's sample size {table.sample_size!r} is not in the "
                         f"DXF (sizes: {', '.join(sorted(sizes))})", field="size")
    sample = [p for p in base.pieces if p.size == table.sample_size]
    if not any(p.grade_points for p in sample):
        raise InputError("the DXF carries no grade rule numbers ('# n' texts at its points)",
                         field="rul")
    pieces = []
    for s, size in enumerate(table.sizes):
        for p in sample:
            pieces.append(p if size == table.sample_size else _graded(p, table, s, size))
    return replace(base, pieces=tuple(pieces), sample_size=table.sample_size,
                   grade_rule_table=table.name or base.grade_rule_table)


def _graded(p: CutPiece, table: RuleTable, s: int, size: str) -> CutPiece:
    what = f"piece {p.name!r}"
    by_layer: dict[int, tuple[np.ndarray, np.ndarray]] = {}
    for layer in {g[0] for g in p.grade_points}:
        pts = [(x, y) for lay, x, y, _ in p.grade_points if lay == layer]
        deltas = []
        for lay, _, _, n in p.grade_points:
            if lay != layer:
                continue
            if n not in table.rules:
                raise InputError(f"rule {n} is not in the rule table", field=what)
            deltas.append(table.rules[n][s])
        by_layer[layer] = (np.array(pts, float), np.array(deltas, float))

    def moved(line: np.ndarray, layer: int, closed: bool) -> np.ndarray:
        line = np.asarray(line, float).reshape(-1, 2)
        return line + _deltas(line, by_layer.get(layer), closed,
                              by_layer.get(LAYER_BOUNDARY))

    def point_delta(x: float, y: float, layer: int) -> np.ndarray:
        return _deltas(np.array([[x, y]]), by_layer.get(layer), False,
                       by_layer.get(LAYER_BOUNDARY))[0]

    notches = tuple(Notch(n.x + d[0], n.y + d[1], n.angle, n.depth, n.width, n.kind)
                    for n in p.notches for d in [point_delta(n.x, n.y, LAYER_NOTCH)])
    labels = tuple(replace(lb, x=lb.x + d[0], y=lb.y + d[1]) for lb in p.labels
                   for d in [point_delta(lb.x, lb.y, -1)])
    return replace(
        p, size=size,
        cut=moved(p.cut, LAYER_BOUNDARY, True),
        sew=None if p.sew is None else moved(p.sew, LAYER_SEW, True),
        internal=tuple(moved(line, LAYER_INTERNAL, False) for line in p.internal),
        notches=notches,
        grain=None if p.grain is None else moved(p.grain, LAYER_GRAIN, False),
        mirror=None if p.mirror is None else moved(p.mirror, LAYER_MIRROR, False),
        drill_holes=moved(p.drill_holes, LAYER_DRILL, False),
        labels=labels, grade_points=(), warnings=(),
    )


#: A rule belongs to a point when its text lies this close (cm).
MATCH_TOL_CM = 1e-4


def _deltas(line: np.ndarray, graded, closed: bool, fallback) -> np.ndarray:
    """Offset of every point of ``line``: its own rule, else interpolated along the line between
    the nearest points with rules, else the nearest graded cut-line point's."""
    out = np.full(line.shape, np.nan)
    if graded is not None and len(line):
        pts, deltas = graded
        d = np.hypot(*(line[:, None, :] - pts[None, :, :]).transpose(2, 0, 1))
        nearest = d.argmin(axis=1)
        hit = d[np.arange(len(line)), nearest] <= MATCH_TOL_CM
        out[hit] = deltas[nearest[hit]]
        if hit.any() and not hit.all() and len(line) > 1:
            ring = np.vstack([line, line[:1]]) if closed else line
            cum = np.concatenate([[0.0], np.cumsum(np.hypot(*np.diff(ring, axis=0).T))])
            at, known = cum[:len(line)][hit], out[hit]
            period = cum[-1] if closed else None
            for c in range(2):
                out[~hit, c] = np.interp(cum[:len(line)][~hit], at, known[:, c], period=period)
    missing = np.isnan(out[:, 0])
    if missing.any():
        if fallback is None:
            out[missing] = 0.0
        else:
            pts, deltas = fallback
            d = np.hypot(*(line[missing][:, None, :] - pts[None, :, :]).transpose(2, 0, 1))
            out[missing] = deltas[d.argmin(axis=1)]
    return out


def hausdorff(a: np.ndarray, b: np.ndarray, closed: bool = True) -> float:
    """Largest distance (cm) from a point of either line to the other line."""
    from shapely.geometry import LinearRing, LineString

    a, b = np.asarray(a, float).reshape(-1, 2), np.asarray(b, float).reshape(-1, 2)
    if len(a) < 2 or len(b) < 2:  # single points: the plain point-set distance
        d = np.hypot(*(a[:, None, :] - b[None, :, :]).transpose(2, 0, 1))
        return float(max(d.min(axis=0).max(), d.min(axis=1).max()))
    kind = LinearRing if closed and len(a) >= 3 and len(b) >= 3 else LineString
    return float(kind(a).hausdorff_distance(kind(b)))


__all__: Sequence[str] = ("RuleTable", "apply_rules", "correspond", "parse_rul", "read_rul",
                          "rul_text", "rules_from_nest", "write_rul", "hausdorff")

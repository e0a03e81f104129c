"""Proof that no marker of given pieces can be as short as a given length (or a relaxed lay).

Why: a nesting search only shows what it found. To know whether a target (say 80% efficiency)
is out of reach for a set of pieces, or only for our search, we need a bound that holds for
every possible lay. This one is exact up to a relaxation that only ever makes lays easier:

1. Each piece is grown by half the spacing (pieces kept ``spacing`` apart have disjoint grown
   outlines) and replaced by the whole ``unit`` cells lying inside it, merged into a few
   rectangles (``inner_rectangles``): a subset, so a real lay is a lay of these subsets too.
   The fabric grows by half the spacing on every side.
2. Rectilinear shapes whose corners lie on a piece's own ``unit`` grid can always be moved to
   whole-``unit`` positions: for fixed sides of every separating pair, the no-overlap
   constraints are differences of positions with whole-unit right-hand sides (a totally
   unimodular system), so a real solution implies an integer one, with the fabric's length
   rounded down to whole units.
3. CP-SAT (OR-Tools) decides the integer problem: ``impossible`` is a proof for the real
   pieces; ``possible`` is not a real lay (the subsets may fit where the pieces do not).

Turns: each piece as the marker lays it (grain along the warp) turned by one of ``rotations``;
mirrored copies are separate items, as ``items_from_garment`` makes them. OR-Tools is an
optional dependency (``pip install mtm-studio[analysis]``).
"""

from __future__ import annotations

import math
import time
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from shapely.geometry import Polygon

from .errors import InputError
from .marker import NestItem, _orient


@dataclass(frozen=True)
class CellShape:
    """A piece's inner approximation in whole cells: rectangles ``(x0, y0, w, h)`` in cells,
    inside a ``size`` = (nx, ny) box whose corner lies at ``origin`` (cm) in the laid piece."""

    rectangles: tuple[tuple[int, int, int, int], ...]
    size: tuple[int, int]
    origin: tuple[float, float]
    unit: float

    @property
    def area(self) -> float:
        return sum(w * h for _, _, w, h in self.rectangles) * self.unit ** 2


@dataclass(frozen=True)
class BoundResult:
    """The answer for one length: ``impossible`` (proved), ``possible`` (the relaxed pieces fit:
    no proof either way) or ``unknown`` (out of time)."""

    status: str
    length: float
    width: float
    spacing: float
    unit: float
    seconds: float
    kept_area: float  # cm², of the grown pieces' inner rectangles
    #: where the relaxed pieces went when ``possible``: per item (dx, dy, rotation), the move of
    #: the laid piece (``marker._orient(polygon, rotation)``) onto the fabric
    relaxed_lay: tuple[tuple[float, float, int], ...] = ()


def inner_cells(polygon: Polygon, unit: float, tries: int = 5) -> tuple[np.ndarray, tuple]:
    """The cells (bool array, x by y) of a ``unit`` grid that lie wholly inside ``polygon``, for
    the grid offset (of ``tries`` x ``tries``) keeping most of them, and the cell box's corner."""
    minx, miny, maxx, maxy = polygon.bounds
    best = None
    for ox in np.arange(tries) * unit / tries:
        for oy in np.arange(tries) * unit / tries:
            nx = int(math.ceil((maxx - minx - ox) / unit))
            ny = int(math.ceil((maxy - miny - oy) / unit))
            gx, gy = np.meshgrid(minx + ox + unit * np.arange(nx),
                                 miny + oy + unit * np.arange(ny), indexing="ij")
            boxes = shapely.box(gx.ravel(), gy.ravel(), gx.ravel() + unit, gy.ravel() + unit)
            inside = shapely.contains(polygon, boxes).reshape(nx, ny)
            if best is None or inside.sum() > best[0].sum():
                best = (inside, (minx + ox, miny + oy))
    cells, (x0, y0) = best
    if not cells.any():
        return cells[:0, :0], (x0, y0)
    cols = np.flatnonzero(cells.any(axis=1))
    rows = np.flatnonzero(cells.any(axis=0))
    trimmed = cells[cols[0]:cols[-1] + 1, rows[0]:rows[-1] + 1]
    return trimmed, (x0 + cols[0] * unit, y0 + rows[0] * unit)


def _column_runs(column: np.ndarray) -> tuple[tuple[int, int], ...]:
    js = np.flatnonzero(column)
    if not len(js):
        return ()
    breaks = np.flatnonzero(np.diff(js) > 1)
    starts = np.r_[js[0], js[breaks + 1]]
    ends = np.r_[js[breaks], js[-1]] + 1
    return tuple(zip(starts.tolist(), ends.tolist(), strict=True))


def inner_rectangles(cells: np.ndarray, penalty: float = 20.0) -> list[tuple[int, int, int, int]]:
    """A few disjoint rectangles inside ``cells``: the columns are split into runs and each run
    keeps, per free interval, the interval common to all its columns. Dynamic programming
    maximises the cells kept minus ``penalty`` cells per rectangle (fewer rectangles, faster
    proofs, a little area lost)."""
    runs = [_column_runs(column) for column in cells]
    n = len(runs)
    best = [0.0] + [-math.inf] * n
    choice: list = [None] * (n + 1)
    for end in range(1, n + 1):
        k = len(runs[end - 1])
        lo = [-math.inf] * k
        hi = [math.inf] * k
        for start in range(end - 1, -1, -1):  # the run is columns start .. end - 1
            if len(runs[start]) != k:
                break
            lo = [max(a, b[0]) for a, b in zip(lo, runs[start], strict=True)]
            hi = [min(a, b[1]) for a, b in zip(hi, runs[start], strict=True)]
            block = [(start, a, end - start, b - a) for a, b in zip(lo, hi, strict=True) if b > a]
            value = best[start] + sum(w * h - penalty for _, _, w, h in block)
            if value > best[end]:
                best[end], choice[end] = value, (start, block)
    rectangles, end = [], n
    while end > 0:
        start, block = choice[end]
        rectangles += block
        end = start
    return sorted(rectangles)


def cell_shape(polygon: Polygon, unit: float, grow: float, penalty: float = 20.0) -> CellShape:
    """The inner approximation of ``polygon`` grown by ``grow`` cm."""
    grown = polygon.buffer(grow, quad_segs=16) if grow > 0 else polygon
    cells, origin = inner_cells(grown, unit)
    rectangles = inner_rectangles(cells, penalty) if cells.size else []
    return CellShape(tuple(rectangles), cells.shape, (float(origin[0]), float(origin[1])), unit)


def lay_is_possible(items: Sequence[NestItem], width: float, length: float, *,
                    spacing: float = 0.5, rotations: Sequence[int] = (0, 180),
                    unit: float = 0.5, penalty: float = 20.0, seconds: float = 600.0,
                    workers: int = 2) -> BoundResult:
    """Decide whether ``items`` could lie on ``width`` x ``length`` cm (see the module text)."""
    try:
        from ortools.sat.python import cp_model
    except ImportError:
        raise InputError("needs OR-Tools; install it with pip install 'mtm-studio[analysis]'",
                         source="marker bound") from None
    if width <= 0 or length <= 0 or unit <= 0 or spacing < 0:
        raise InputError(f"width, length and unit must be > 0 and spacing >= 0 (got {width}, "
                         f"{length}, {unit}, {spacing})", source="marker bound")
    started = time.monotonic()
    # a hair under half the spacing: the marker's own check allows the spacing less 1e-7 cm
    grow = max(spacing / 2 - 1e-6, 0.0)
    w_units = math.floor((width + spacing) / unit + 1e-9)
    l_units = math.floor((length + spacing) / unit + 1e-9)
    model = cp_model.CpModel()
    x_intervals, y_intervals, heights, widths = [], [], [], []
    placed: list[tuple] = []
    shapes: dict[tuple, CellShape] = {}
    kept = []
    for p, item in enumerate(items):
        x = model.NewIntVar(0, l_units, f"x{p}")
        y = model.NewIntVar(0, w_units, f"y{p}")
        choices = []
        for rotation in rotations:
            key = (item.outline, rotation)
            if key not in shapes:
                shapes[key] = cell_shape(_orient(item.polygon, rotation), unit, grow, penalty)
            shape = shapes[key]
            chosen = model.NewBoolVar(f"turn{p}_{rotation}")
            choices.append((chosen, rotation, shape))
            model.Add(x + shape.size[0] <= l_units).OnlyEnforceIf(chosen)
            model.Add(y + shape.size[1] <= w_units).OnlyEnforceIf(chosen)
            for x0, y0, w, h in shape.rectangles:
                x_intervals.append(model.NewOptionalFixedSizeIntervalVar(x + x0, w, chosen, ""))
                y_intervals.append(model.NewOptionalFixedSizeIntervalVar(y + y0, h, chosen, ""))
                heights.append(h)
                widths.append(w)
        model.AddExactlyOne([c for c, _, _ in choices])
        kept.append(min(shape.area for _, _, shape in choices))
        placed.append((item.outline, x, y, choices))
    model.AddNoOverlap2D(x_intervals, y_intervals)
    # implied by no overlap, and they help the proof: across any x at most the fabric's width
    # is used, along any y at most its length
    model.AddCumulative(x_intervals, heights, w_units)
    model.AddCumulative(y_intervals, widths, l_units)
    copies: dict[tuple, list] = {}
    for outline, x, _, _ in placed:  # identical pieces are interchangeable: order them
        copies.setdefault(outline, []).append(x)
    for xs in copies.values():
        for a, b in zip(xs, xs[1:], strict=False):
            model.Add(a <= b)
    solver = cp_model.CpSolver()
    solver.parameters.max_time_in_seconds = float(seconds)
    solver.parameters.num_workers = int(workers)
    status = solver.Solve(model)
    lay: tuple = ()
    if status in (cp_model.FEASIBLE, cp_model.OPTIMAL):
        answer = "possible"
        for _, x, y, choices in placed:
            rotation, shape = next((r, s) for c, r, s in choices if solver.Value(c))
            lay += ((solver.Value(x) * unit - spacing / 2 - shape.origin[0],
                     solver.Value(y) * unit - spacing / 2 - shape.origin[1], rotation),)
    elif status == cp_model.INFEASIBLE:
        answer = "impossible"
    else:
        answer = "unknown"
    return BoundResult(answer, float(length), float(width), float(spacing), float(unit),
                       round(time.monotonic() - started, 1), round(sum(kept), 1), lay)

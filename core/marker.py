"""Markers: lay pattern pieces on a fabric of fixed width using as little length as possible.

Method: raster bottom-left fill (as in Umetani & Murakami 2021 and Chehrazad et al. 2021). The
fabric and every piece become grids of square cells; a piece's cells are taken *conservatively*
(every cell the outline, grown by half the spacing, could touch), so pieces that do not share a
cell cannot overlap in reality. All feasible positions of a piece at once come from raster
no-fit maps (for each pair of outlines, the offsets at which their cells meet: one FFT
correlation per pair, computed once); the piece goes to the free position nearest the marker's
start (then nearest the selvedge). A search over piece order and turns (simulated annealing,
restarted, within a time limit) improves the greedy layout; the best few raster lays are then
compacted on their exact outlines.

Axes: the marker runs along X (fabric length, the warp), the fabric width along Y from 0 to
``width``. Pattern pieces have their grain along their own Y axis, so they are turned 90° to lie
along the warp; further turns are 180° only, or 90° steps for fabrics that allow it.
"""

from __future__ import annotations

import math
import random
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np
import shapely
from scipy import fft as sp_fft
from shapely import affinity
from shapely.geometry import Polygon

from .errors import InputError


@dataclass(frozen=True)
class NestItem:
    """One piece to cut: its cut outline (cm, grain along +Y) and where it came from."""

    name: str
    outline: tuple[tuple[float, float], ...]
    order: str = ""
    mirrored: bool = False

    @property
    def polygon(self) -> Polygon:
        return shapely.make_valid(Polygon(self.outline)).buffer(0)

    @property
    def area(self) -> float:
        return float(self.polygon.area)


@dataclass(frozen=True)
class Placement:
    """Where one item lies on the marker: turned by ``rotation`` degrees, then moved."""

    item: NestItem
    rotation: int
    outline: tuple[tuple[float, float], ...]  # the placed cut outline, marker coordinates


@dataclass(frozen=True)
class Marker:
    """A finished lay: fabric width and used length in cm, the placements and efficiency."""

    width: float
    length: float
    spacing: float
    placements: tuple[Placement, ...]
    seconds: float
    evaluations: int

    @property
    def piece_area(self) -> float:
        return float(sum(Polygon(p.outline).area for p in self.placements))

    @property
    def area(self) -> float:
        """Fabric area used (width x length), cm²."""
        return self.width * self.length

    @property
    def efficiency(self) -> float:
        """Piece area over fabric area used, 0..1."""
        return self.piece_area / self.area if self.area else 0.0

    def report(self) -> dict:
        """A JSON-ready summary: length, areas, efficiency, piece count."""
        return {
            "width_cm": round(self.width, 2),
            "length_cm": round(self.length, 2),
            "fabric_area_m2": round(self.area / 1e4, 4),
            "piece_area_m2": round(self.piece_area / 1e4, 4),
            "efficiency": round(self.efficiency, 4),
            "pieces": len(self.placements),
            "spacing_cm": self.spacing,
            "seconds": round(self.seconds, 2),
            "evaluations": self.evaluations,
        }


@dataclass
class _Shape:
    """A piece in one orientation, ready for the raster: its cells and its exact outline."""

    rotation: int
    polygon: Polygon  # turned, with its bounding box at (0, 0)
    cells: np.ndarray  # bool (nx, ny)


def _orient(polygon: Polygon, rotation: int) -> Polygon:
    """Turn a piece (grain along +Y) to lie along the warp (+X), plus ``rotation`` degrees."""
    turned = affinity.rotate(polygon, -90 + rotation, origin=(0, 0))
    minx, miny, _, _ = turned.bounds
    return affinity.translate(turned, -minx, -miny)


def _rasterise(polygon: Polygon, cell: float, grow: float) -> np.ndarray:
    """Cells (True) that the polygon grown by ``grow`` could touch: a conservative cover."""
    reach = grow + cell * math.sqrt(0.5) + 0.001
    clean = polygon.simplify(0.001)  # drops repeated points that upset the mitre joins
    grown = clean.buffer(reach, join_style="mitre", mitre_limit=3.0)
    minx, miny, maxx, maxy = polygon.bounds
    nx = int(math.ceil((maxx - minx + 2 * grow) / cell)) + 1
    ny = int(math.ceil((maxy - miny + 2 * grow) / cell)) + 1
    xs = minx - grow + (np.arange(nx) + 0.5) * cell
    ys = miny - grow + (np.arange(ny) + 0.5) * cell
    gx, gy = np.meshgrid(xs, ys, indexing="ij")
    inside = shapely.contains_xy(grown, gx.ravel(), gy.ravel())
    return inside.reshape(nx, ny)


class _Overflow(Exception):
    """A layout ran past the raster's capacity; the caller retries with more room."""


class _Layout:
    """The raster bottom-left fill over one piece order.

    Where a piece may not go, given one placed piece, is the raster no-fit map of the pair:
    every offset at which their cells meet (one FFT correlation per pair of outlines, computed
    once and kept; twins share theirs). A piece's forbidden spots on the fabric are the union
    of those maps shifted to where the placed pieces lie: exact, and far cheaper per lay than
    correlating the whole occupied fabric again. A marker of so many different outlines that
    all their maps would not fit in memory correlates the occupied fabric with the piece
    instead (same cells, so the same spots; FFT sizes rounded up to buckets of rows, padded by
    the longest piece so wrapped-around sums read empty cells).
    """

    BUCKET = 64  # rows
    CACHE_CELLS = 150_000_000  # all no-fit maps at most (cells, one byte each)

    def __init__(self, shapes: list[list[_Shape]], width: float, cell: float, grow: float,
                 slack: float = 1.6):
        self.shapes = shapes
        self.cell = cell
        self.grow = grow
        self.ny = int(math.floor(width / cell))
        self.longest = max(s.cells.shape[0] for options in shapes for s in options)
        widest = max(s.cells.shape[1] for options in shapes for s in options)
        cells = sum(int(options[0].cells.sum()) for options in shapes)
        self.max_nx = min(int(slack * cells / self.ny) + 2 * self.longest,
                          sum(max(s.cells.shape[0] for s in options) for options in shapes) + 2)
        # a spot (i, j) only reads rows i .. i + piece length and columns j .. j + piece
        # width < ny, so no padding of the columns and one piece length of rows keep the
        # circular correlation of the whole fabric free of wrapped-around sums
        self.columns = sp_fft.next_fast_len(max(self.ny, widest), real=True)
        self._kernels: dict[tuple[int, int], np.ndarray] = {}
        # shapes with the same cells (twins, copies) share one id and so their no-fit maps
        ids: dict[tuple, int] = {}
        self._id = {id(shape): ids.setdefault((shape.cells.shape, shape.cells.tobytes()),
                                              len(ids))
                    for options in shapes for shape in options}
        self._nfps: dict[tuple[int, int], np.ndarray] = {}
        # every pair's map must fit in memory, or the fill correlates the whole fabric always
        rows, cols = np.array([shape.cells.shape for shape in {
            self._id[id(s)]: s for options in shapes for s in options}.values()], float).T
        every_map = 2 * len(rows) * (rows * cols).sum() + 2 * rows.sum() * cols.sum()
        self._use_nfps = every_map <= self.CACHE_CELLS
        self._fabric: tuple | None = None  # this step's (placed count, rows, spectrum)

    def _nfp_size(self, placed: _Shape, moving: _Shape) -> tuple[int, int]:
        (ax, ay), (bx, by) = placed.cells.shape, moving.cells.shape
        return ax + bx - 1, ay + by - 1

    def _nfp(self, placed: _Shape, moving: _Shape) -> np.ndarray:
        """Offsets (di, dj) of ``moving`` against ``placed`` at which their cells meet, as a
        bool map indexed [di + moving rows - 1, dj + moving columns - 1]."""
        key = (self._id[id(placed)], self._id[id(moving)])
        nfp = self._nfps.get(key)
        if nfp is None:
            full = self._nfp_size(placed, moving)
            size = tuple(sp_fft.next_fast_len(n, real=True) for n in full)
            product = (sp_fft.rfft2(placed.cells.astype(np.float32), s=size)
                       * sp_fft.rfft2(moving.cells[::-1, ::-1].astype(np.float32), s=size))
            nfp = sp_fft.irfft2(product, s=size)[:full[0], :full[1]] > 0.5
            self._nfps[key] = nfp
        return nfp

    def run(self, order: Sequence[int], turns: Sequence[int], sides: Sequence[int],
            previous: tuple | None = None) -> tuple[float, list[tuple]]:
        """Place items in ``order`` with preferred turn index and side; returns (length,
        placements). The side is the placement rule of ``_lowest_spot``: pieces can lie along
        either selvedge and leave gaps in the middle for others.

        ``previous`` is an earlier (order, turns, sides, placements): the placements of the
        prefix the two share are taken over as they are, since the fill is deterministic.
        """
        used = 0
        placed: list[tuple] = []
        self._fabric = None
        if previous is not None:
            old_order, old_turns, old_sides, old_placed = previous
            for k, (index, turn, side) in enumerate(zip(order, turns, sides, strict=True)):
                if (k >= len(old_placed) or old_order[k] != index or old_turns[k] != turn
                        or old_sides[k] != side):
                    break
                _, shape, i, _ = old_placed[k]
                used = max(used, i + shape.cells.shape[0])
                placed.append(old_placed[k])
        for index, turn, side in list(zip(order, turns, sides, strict=True))[len(placed):]:
            options = self.shapes[index]
            best = None
            # a turn gene below the number of options fixes the turn; the last value tries all
            tries = range(len(options)) if turn >= len(options) else (turn,)
            for k in tries:
                choice = k if turn >= len(options) else turn
                shape = options[choice]
                spot = self._lowest_spot(placed, shape, used, side)
                if spot is None:
                    continue
                i, j = spot
                key = (max(used, i + shape.cells.shape[0]), i, -j if side in (1, 3) else j)
                if best is None or key < best[0]:
                    best = (key, shape, i, j)
            if best is None and turn < len(options):  # that turn does not fit: any other
                for shape in options:
                    spot = self._lowest_spot(placed, shape, used, side)
                    if spot is not None:
                        best = (None, shape, *spot)
                        break
            if best is None:
                raise InputError(f"piece {index} is wider than the fabric", field="width")
            _, shape, i, j = best
            nx = shape.cells.shape[0]
            if i + nx > self.max_nx:
                raise _Overflow
            used = max(used, i + nx)
            placed.append((index, shape, i, j))
        return used * self.cell, placed

    def _forbidden(self, placed: list[tuple], shape: _Shape, rows: int,
                   columns: tuple[int, int]) -> np.ndarray:
        """Spots (i, j), i < ``rows`` and j in ``columns`` [lo, hi), where ``shape`` would
        meet a placed piece: the union of the pair no-fit maps shifted to the placed pieces."""
        lo, hi = columns
        bx, by = shape.cells.shape
        if not self._use_nfps:
            return self._correlated(placed, shape, rows, columns)
        nfps = [self._nfp(other, shape) for _, other, _, _ in placed]
        blocked = np.zeros((rows, hi - lo), dtype=bool)
        for (_, _, pi, pj), nfp in zip(placed, nfps, strict=True):
            i0, j0 = pi - bx + 1, pj - by + 1  # the spot of the map's [0, 0]
            a, b = max(i0, 0), min(i0 + nfp.shape[0], rows)
            c, d = max(j0, lo), min(j0 + nfp.shape[1], hi)
            if a < b and c < d:
                blocked[a:b, c - lo:d - lo] |= nfp[a - i0:b - i0, c - j0:d - j0]
        return blocked

    def _padded_rows(self, used: int) -> int:
        need = used + self.longest + 1
        return sp_fft.next_fast_len(-(-need // self.BUCKET) * self.BUCKET, real=True)

    def _correlated(self, placed: list[tuple], shape: _Shape, rows: int,
                    columns: tuple[int, int]) -> np.ndarray:
        """The same spots as ``_forbidden`` from one circular correlation of the occupied
        fabric with the piece's cells (the fabric's spectrum is shared within a step)."""
        padded = self._padded_rows(rows - 1)
        if self._fabric is None or self._fabric[:2] != (len(placed), padded):
            occupied = np.zeros((padded, self.columns), dtype=np.float32)
            for _, other, i, j in placed:
                nx, ny = other.cells.shape
                occupied[i:i + nx, j:j + ny] += other.cells
            self._fabric = (len(placed), padded, sp_fft.rfft2(occupied, workers=1))
        key = (self._id[id(shape)], padded)
        kernel = self._kernels.get(key)
        if kernel is None:
            kernel = np.conj(sp_fft.rfft2(shape.cells.astype(np.float32),
                                          s=(padded, self.columns)))
            self._kernels[key] = kernel
        hits = sp_fft.irfft2(self._fabric[2] * kernel, s=(padded, self.columns), workers=1)
        return hits[:rows, columns[0]:columns[1]] >= 0.5

    def _lowest_spot(self, placed, shape, used, rule=0):
        """The free spot for a piece by its placement ``rule``: 0 bottom-left (nearest the
        marker's start, then the selvedge at y = 0), 1 top-left (start, then the far
        selvedge), 2 along the selvedge at y = 0 as near the start as possible, 3 the same
        along the far selvedge."""
        nx, ny = shape.cells.shape
        if ny > self.ny:
            return None
        top = self.ny - ny
        if not placed:
            return (0, top if rule in (1, 3) else 0)
        if rule >= 2:
            j = 0 if rule == 2 else top
            column = np.flatnonzero(~self._forbidden(placed, shape, used + 1, (j, j + 1))[:, 0])
            return (int(column[0]) if column.size else used, j)
        free = ~self._forbidden(placed, shape, used + 1, (0, top + 1))
        candidates = np.flatnonzero(free.any(axis=1))
        if candidates.size == 0:
            return (used, top if rule == 1 else 0)
        i = int(candidates[0])
        row = np.flatnonzero(free[i])
        return (i, int(row[-1] if rule == 1 else row[0]))


_TEMPERATURE = (0.3, 0.01)
_TIE = 0.02
_ELITE = 32
_COMPACT_SHARE, _COMPACT_MAX = 0.25, 8.0  # of the time (at most seconds) left to compact
_ROUNDS = 8
_PER_ROUND = 300
_STALE = 300  # lays without a better one before a round goes back to its best
# chances of the moves, cumulative: swap, move one piece, turn; the rest changes a placement
# rule. A long search (many lays) can afford the rules; a short one spends itself on order
_MOVES = (0.45, 0.6, 0.8)
_FEW_MOVES = (0.6, 0.85, 0.95)
_PAIRS = 0.1  # chance of a top-and-tail move


@dataclass(frozen=True)
class _Genes:
    """One candidate for the fill: the piece order, and each piece's turn and side."""

    order: tuple[int, ...]
    turns: tuple[int, ...]  # per piece: index into the allowed rotations, or their count: any
    sides: tuple[int, ...]  # per piece: its placement rule, see _Layout._lowest_spot

    def __init__(self, order, turns, sides):
        object.__setattr__(self, "order", tuple(order))
        object.__setattr__(self, "turns", tuple(turns))
        object.__setattr__(self, "sides", tuple(sides))

    def per_position(self) -> tuple[tuple[int, ...], ...]:
        return (self.order, tuple(self.turns[i] for i in self.order),
                tuple(self.sides[i] for i in self.order))

    def mutated(self, rng: random.Random, n_turns: int,
                moves: tuple[float, float, float] = _MOVES, trade: bool = True) -> _Genes:
        """A neighbour: two pieces swapped (or trading places, turns and rules), one moved,
        turned, or laid by another rule."""
        order, turns, sides = list(self.order), list(self.turns), list(self.sides)
        a, b = rng.sample(range(len(order)), 2)
        move = rng.random()
        if move < moves[0]:
            if trade and rng.random() < 0.5:  # they trade roles: turn and rule go along
                x, y = order[a], order[b]
                turns[x], turns[y] = turns[y], turns[x]
                sides[x], sides[y] = sides[y], sides[x]
            order[a], order[b] = order[b], order[a]
        elif move < moves[1]:
            order.insert(b, order.pop(a))
        elif move < moves[2]:  # n_turns fixed turns, and one more value: the best of them
            turns[order[a]] = (turns[order[a]] + rng.randrange(1, n_turns + 1)) % (n_turns + 1)
        else:
            sides[order[a]] = (sides[order[a]] + rng.randrange(1, 4)) % 4
        return _Genes(order, turns, sides)

    def paired(self, rng: random.Random, twins: Sequence[Sequence[int]],
               n_turns: int) -> _Genes | None:
        """Top and tail: a piece's twin (same outline) right after it, turned half a turn
        against it and laid by the same rule, as cutters lay pairs head to head."""
        candidates = [i for i in self.order if twins[i]]
        if not candidates or n_turns % 2:
            return None
        a = rng.choice(candidates)
        b = rng.choice(twins[a])
        order, turns, sides = list(self.order), list(self.turns), list(self.sides)
        order.remove(b)
        order.insert(order.index(a) + 1, b)
        if turns[a] >= n_turns:
            turns[a] = rng.randrange(n_turns)
        turns[b] = (turns[a] + n_turns // 2) % n_turns
        sides[b] = sides[a]
        return _Genes(order, turns, sides)

    def led_by(self, first: Sequence[int]) -> _Genes:
        """The same genes with the pieces ``first`` moved to the front of the order."""
        return _Genes([*first, *(i for i in self.order if i not in first)], self.turns,
                      self.sides)

    def repacked(self, placed: list[tuple], rotations: Sequence[int]) -> _Genes:
        """The pieces in the order they lie along the marker, each fixed in its present turn."""
        ranked = sorted(placed, key=lambda p: (p[2], p[3]))
        turns = list(self.turns)
        for index, shape, _, _ in placed:
            turns[index] = list(rotations).index(shape.rotation)
        return _Genes([p[0] for p in ranked], turns, self.sides)


def _score(length: float, placed: list[tuple], cell: float) -> float:
    """What the search minimises: the marker length, then (weighted 1:50) the mean far end of
    the pieces, so that among lays of the same length the more compact one is preferred."""
    ends = [(i + shape.cells.shape[0]) * cell for _, shape, i, _ in placed]
    return length + _TIE * sum(ends) / len(ends)


def nest(
    items: Sequence[NestItem],
    width: float,
    *,
    spacing: float = 0.5,
    time_limit: float = 30.0,
    rotations: Sequence[int] = (0, 180),
    cell: float = 0.5,
    seed: int = 0,
    progress: Callable[[float], None] | None = None,
) -> Marker:
    """Lay ``items`` on fabric ``width`` cm wide; search orders until ``time_limit`` seconds.

    ``rotations`` are the turns allowed on top of aligning the grain with the warp: (0, 180)
    for most fabrics, (0, 90, 180, 270) for fabrics without a nap or grain constraint.
    """
    if not items:
        raise InputError("nothing to lay: no pieces", field="pieces")
    if not width > 0:
        raise InputError(f"fabric width must be a positive number of cm, got {width}",
                         field="width")
    start = time.perf_counter()
    grow = spacing / 2.0
    shapes: list[list[_Shape]] = []
    for item in items:
        options = []
        for rotation in rotations:
            polygon = _orient(item.polygon, rotation)
            options.append(_Shape(rotation, polygon, _rasterise(polygon, cell, grow)))
        if min(o.cells.shape[1] for o in options) * cell > width + 2 * cell:
            raise InputError(f"piece {item.name!r} ({min(o.polygon.bounds[3] for o in options):.1f}"
                             f" cm across) does not fit on fabric {width:g} cm wide",
                             field="width")
        shapes.append(options)
    areas = [item.area for item in items]
    # twins: pieces of the same outline, mirrored or not (front pairs, sleeves, copies)
    signature = [(round(areas[i], 1), tuple(round(v, 1) for v in shapes[i][0].polygon.bounds))
                 for i in range(len(items))]
    twins = [[j for j in range(len(items)) if j != i and signature[j] == signature[i]]
             for i in range(len(items))]
    groups: list[list[int]] = []  # twins together, largest first
    for i in sorted(range(len(items)), key=lambda i: -areas[i]):
        if not any(i in group for group in groups):
            groups.append([i, *twins[i]])
    order = sorted(range(len(items)), key=lambda i: -areas[i])
    genes = _Genes(order, [len(rotations)] * len(items), [0] * len(items))
    slack = 1.6
    while True:
        layout = _Layout(shapes, width, cell, grow, slack)
        try:
            tick = time.perf_counter()
            best_length, best_placed = layout.run(*genes.per_position())
            greedy_seconds = time.perf_counter() - tick
            break
        except _Overflow:
            slack *= 2
    evaluations = 1
    rng = random.Random(seed)
    # simulated annealing over the genes: the score is the length in cm plus a little of the
    # mean far end of the pieces, so that among lays of one length the more compact one wins
    best, best_score = genes, _score(best_length, best_placed, cell)
    start_genes, start_score, start_placed = best, best_score, best_placed
    elite = {round(best_score, 6): best_placed}  # the best few raster lays, for compaction
    # the search stops early enough to leave time for the exact compaction at the end; it
    # runs in rounds, each annealing from a greedy lay again (where a search ends depends
    # much on its first moves; round k puts the k-th group of twins first), the last one from
    # the best lay found
    search_time = time_limit - min(_COMPACT_SHARE * time_limit, _COMPACT_MAX)
    # a few hundred lays per round at least (a lay reuses about half of the one before)
    expected = search_time / max(0.5 * greedy_seconds, 1e-4)
    rounds = int(max(1, min(_ROUNDS, expected // _PER_ROUND)))
    round_time = search_time / rounds
    moves = _MOVES if rounds > 1 else _FEW_MOVES
    hot, cold = _TEMPERATURE  # cm: at the start and at the end of each round
    for round_no in range(rounds if len(items) > 1 else 0):
        round_start = start + round_no * round_time
        if round_no == rounds - 1:
            current, current_score, current_placed = best, best_score, best_placed
        elif round_no == 0:
            current, current_score, current_placed = start_genes, start_score, start_placed
        else:  # the greedy fill again, with the next group of twins by area first
            current = start_genes.led_by(groups[round_no % len(groups)])
            try:
                length, current_placed = layout.run(*current.per_position())
            except _Overflow:
                current, current_placed, length = start_genes, start_placed, best_length
            current_score = _score(length, current_placed, cell)
            evaluations += 1
        stale = 0
        top = (current, current_score, current_placed)  # the best of this round
        while True:
            now = time.perf_counter()
            if now >= round_start + round_time:
                break
            temperature = hot * (cold / hot) ** max(0.0, (now - round_start) / round_time)
            draw = rng.random()
            candidate = None
            # with few lays (one round) only the plain moves of order, turn and rule are tried
            if rounds > 1 and draw < 0.03:  # jostle: fill again in the order the pieces now lie
                candidate = current.repacked(current_placed, rotations)
            elif rounds > 1 and draw < 0.03 + _PAIRS:
                candidate = current.paired(rng, twins, len(rotations))
            if candidate is None:
                candidate = current.mutated(rng, len(rotations), moves, trade=rounds > 1)
            try:
                length, placed = layout.run(*candidate.per_position(),
                                            previous=(*current.per_position(), current_placed))
            except _Overflow:  # far worse than the layout that fitted: reject the move
                continue
            evaluations += 1
            stale += 1
            score = _score(length, placed, cell)
            if score <= current_score or rng.random() < math.exp((current_score - score)
                                                                  / temperature):
                current, current_score, current_placed = candidate, score, placed
            if score < top[1]:
                top, stale = (candidate, score, placed), 0
            elif stale > _STALE:  # long without progress: back to the round's best
                (current, current_score, current_placed), stale = top, 0
            if score < best_score:
                best, best_score, best_placed = candidate, score, placed
            if len(elite) < _ELITE or score < max(elite):
                elite[round(score, 6)] = placed
                if len(elite) > _ELITE:
                    del elite[max(elite)]
            if progress:
                progress(min(1.0, (time.perf_counter() - start) / time_limit))

    def polygons_of(placed):
        return [affinity.translate(shape.polygon, i * cell + grow, j * cell + grow)
                for _, shape, i, j in placed]

    chosen, polygons = best_placed, polygons_of(best_placed)
    if time_limit > 0:  # a greedy lay (no time given) stays the plain raster fill
        # the raster ranks lays only to a cell or so: compact the best few, keep the shortest
        lays = [elite[k] for k in sorted(elite)]
        shortest = math.inf
        for n, placed in enumerate(lays):
            remaining = start + time_limit - 0.2 - time.perf_counter()
            if remaining <= 0:
                break
            compacted = _compact(polygons_of(placed), width, spacing,
                                 deadline=time.perf_counter() + remaining / min(len(lays) - n, 4))
            length = max(polygon.bounds[2] for polygon in compacted)
            if length < shortest - 1e-9:
                shortest, chosen, polygons = length, placed, compacted
    placements = tuple(Placement(items[index], shape.rotation,
                                 tuple(map(tuple, np.asarray(polygon.exterior.coords))))
                       for (index, shape, _, _), polygon in zip(chosen, polygons, strict=True))
    length = max(polygon.bounds[2] for polygon in polygons)
    return Marker(width=float(width), length=float(length), spacing=spacing,
                  placements=placements, seconds=time.perf_counter() - start,
                  evaluations=evaluations)


def _compact(polygons: list[Polygon], width: float, spacing: float, deadline: float,
             passes: int = 4) -> list[Polygon]:
    """Slide each placed piece towards the marker's start as far as the exact outlines allow
    (the raster keeps up to a cell more than the spacing between pieces), trying small moves
    across the width that let it slide further. Every move keeps the spacing exactly."""
    polygons = list(polygons)
    need = spacing - 1e-7
    boxes = np.array([polygon.bounds for polygon in polygons]).reshape(-1, 4)
    shapes = np.array(polygons, dtype=object)

    def fits(k: int, candidate: Polygon) -> bool:
        minx, miny, maxx, maxy = candidate.bounds
        if minx < 0 or miny < 0 or maxy > width:
            return False
        near = ((boxes[:, 0] < maxx + need) & (boxes[:, 2] > minx - need)
                & (boxes[:, 1] < maxy + need) & (boxes[:, 3] > miny - need))
        near[k] = False
        # closer than the spacing (dwithin is distance <= d): the tolerance of the old test
        return not shapely.dwithin(candidate, shapes[near], need - 1e-9).any()

    def put(k: int, polygon: Polygon) -> None:
        polygons[k] = shapes[k] = polygon
        boxes[k] = polygon.bounds

    def slide(k: int, dx: float, dy: float, limit: float) -> tuple[float, Polygon]:
        """The longest feasible move along (dx, dy) up to ``limit`` cm (bisection)."""
        lo, hi, best = 0.0, limit, polygons[k]
        moved = affinity.translate(polygons[k], dx * hi, dy * hi)
        if fits(k, moved):
            return hi, moved
        for _ in range(12):
            mid = (lo + hi) / 2
            moved = affinity.translate(polygons[k], dx * mid, dy * mid)
            if fits(k, moved):
                lo, best = mid, moved
            else:
                hi = mid
        return lo, best

    for _ in range(passes):
        gained = 0.0
        for k in sorted(range(len(polygons)), key=lambda m: polygons[m].bounds[0]):
            if time.perf_counter() > deadline:
                return polygons
            step, moved = slide(k, -1.0, 0.0, polygons[k].bounds[0])
            put(k, moved)
            gained += step
            for dy in (-1.0, 1.0):  # jostle: a small move across may free the way
                limit = polygons[k].bounds[1] if dy < 0 else width - polygons[k].bounds[3]
                shift, across = slide(k, 0.0, dy, min(limit, 2.0))
                if shift <= 0:
                    continue
                keep = polygons[k]
                put(k, across)
                step, further = slide(k, -1.0, 0.0, across.bounds[0])
                if step > 0.05:
                    put(k, further)
                    gained += step
                    break
                put(k, keep)
        if gained < 0.01:
            break
    return polygons


def shelf_pack(items: Sequence[NestItem], width: float, spacing: float = 0.5) -> Marker:
    """The baseline: bounding boxes on shelves across the width (what nesting must beat)."""
    start = time.perf_counter()
    boxes = []
    for item in items:
        polygon = _orient(item.polygon, 0)
        _, _, maxx, maxy = polygon.bounds
        boxes.append((item, polygon, maxx + spacing, maxy + spacing))
    boxes.sort(key=lambda b: -b[2])
    placements = []
    shelf_x = shelf_len = y = 0.0
    for item, polygon, length, across in boxes:
        if across > width + spacing:
            raise InputError(f"piece {item.name!r} does not fit on fabric {width:g} cm wide",
                             field="width")
        if y + across > width + spacing:
            shelf_x += shelf_len
            y = shelf_len = 0.0
        moved = affinity.translate(polygon, shelf_x, y)
        placements.append(Placement(item, 0, tuple(map(tuple, np.asarray(moved.exterior.coords)))))
        y += across
        shelf_len = max(shelf_len, length)
    return Marker(width=float(width), length=shelf_x + shelf_len, spacing=spacing,
                  placements=tuple(placements), seconds=time.perf_counter() - start,
                  evaluations=1)


def check_no_overlap(marker: Marker, tolerance: float = 1e-6) -> list[tuple[str, str]]:
    """Pairs of placed pieces that overlap or leave the fabric (empty when the lay is sound)."""
    polygons = [Polygon(p.outline) for p in marker.placements]
    tree = shapely.STRtree(polygons)
    bad = []
    for i, polygon in enumerate(polygons):
        for j in tree.query(polygon):
            if j > i and polygon.intersection(polygons[j]).area > tolerance:
                bad.append((marker.placements[i].item.name, marker.placements[j].item.name))
        minx, miny, maxx, maxy = polygon.bounds
        if miny < -tolerance or maxy > marker.width + tolerance or minx < -tolerance:
            bad.append((marker.placements[i].item.name, "fabric edge"))
    return bad


def _reflect(points: np.ndarray, a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Mirror points across the line through a and b."""
    direction = (b - a) / np.linalg.norm(b - a)
    rel = points - a
    along = rel @ direction
    return a + 2 * np.outer(along, direction) - rel


def garment_fabrics(garment) -> list[str]:
    """The fabrics (shell, lining, interfacing) the pieces of ``garment`` are cut from, in that
    order: each is a marker of its own, since each is a different cloth on the cutting table."""
    from .garment import FABRICS

    used = {p.fabric for p in garment.pieces}
    return [f for f in FABRICS if f in used]


def items_from_garment(garment, order: str = "", fabric: str | None = None) -> list[NestItem]:
    """Every piece to cut for one garment: quantities counted out, mirrored copies mirrored
    (``quantity`` copies, half of them mirror images when ``mirrored``), cut-on-fold pieces
    opened out into the whole panel, since a marker is cut single-ply and flat; each piece is
    turned so that its own grain line runs along +Y (a waistband's grain runs along it).
    With ``fabric`` only the pieces cut from that fabric (shell, lining, interfacing)."""
    items = []
    for piece in garment.pieces:
        if fabric is not None and piece.fabric != fabric:
            continue
        outline = np.asarray(piece.cut_outline(), dtype=float)
        if piece.on_fold:
            fold = piece.edge(piece.on_fold).polyline()
            a, b = np.asarray(fold[0], float), np.asarray(fold[-1], float)
            whole = Polygon(outline).union(Polygon(_reflect(outline, a, b)).buffer(0))
            whole = whole.buffer(0.01).buffer(-0.01)
            if whole.geom_type != "Polygon":
                whole = max(whole.geoms, key=lambda g: g.area)
            outline = np.asarray(whole.exterior.coords)[:-1]
        (gx0, gy0), (gx1, gy1) = piece.grainline
        turn = math.pi / 2 - math.atan2(gy1 - gy0, gx1 - gx0)
        if abs(turn) > 1e-9:  # turn the piece so its grain line runs along +Y
            c, s = math.cos(turn), math.sin(turn)
            outline = outline @ np.array([[c, s], [-s, c]])
        copies = int(piece.quantity)
        mirrored = copies // 2 if piece.mirrored else 0
        for k in range(copies):
            flip = k >= copies - mirrored
            shape = outline * np.array([-1.0, 1.0]) if flip else outline
            label = f"{piece.name}{' (mirrored)' if flip else ''}"
            items.append(NestItem(name=label, outline=tuple(map(tuple, shape)), order=order,
                                  mirrored=flip))
    return items

"""Marker efficiency: nesting vs a bounding-box shelf packing, on 150 cm fabric, for two of
each garment of the median ANSUR II man and woman. Prints JSON.

    python benchmarks/marker.py [--time 30] [--width 150] [--bound] [--structure]
                                [--case tshirt:male] [--seed 0]

``--bound`` adds a proven lower bound on the marker length of each case (a 1D relaxation
solved as a MILP, see ``length_lower_bound``) and so a ceiling on the efficiency any lay with
0/180° turns can reach (a much sharper 2D bound: ``benchmarks/marker_bound.py``).
``--structure`` adds exact-outline facts that decide how a lay can look (see ``structure``):
the two largest kinds of piece laid in pairs along the warp, the strip two of them leave
between the selvedges, and whether a third kind fits in that strip.
"""

from __future__ import annotations

import argparse
import json
import os

import numpy as np
import shapely
from shapely import affinity
from shapely.prepared import prep

from mtm.core.io.ansur import load_ansur
from mtm.core.marker import _orient, check_no_overlap, items_from_garment, nest, shelf_pack
from mtm.core.measurements import MeasurementSet
from mtm.patterns import GARMENTS, draft

CASES = (("male", "tshirt"), ("male", "shirt"), ("male", "trousers"),
         ("female", "tshirt"), ("female", "shirt"), ("female", "trousers"))


def median_person(sex: str) -> MeasurementSet:
    people = load_ansur(sex)
    keys = set.intersection(*(set(p.values) for p in people))
    values = {k: float(np.median([p[k] for p in people])) for k in keys}
    return MeasurementSet.from_mapping(values, sex=sex, name=f"median {sex}").with_estimates()


def _profile(polygon, step: float) -> tuple[np.ndarray, np.ndarray, float]:
    """Material across the fabric (cm) of a laid piece at every ``step`` from either end and at
    its vertices: piecewise linear between vertices, so the least over a window whose ends are
    samples is the least of the samples in it."""
    minx, miny, maxx, maxy = polygon.bounds
    length = maxx - minx
    grid = np.arange(0.0, length, step)  # from either end: the piece may be turned 180°
    xs = np.unique(np.concatenate([grid, length - grid, [length],
                                   np.asarray(polygon.exterior.coords)[:, 0] - minx]))
    lines = shapely.linestrings([[(minx + x, miny - 1), (minx + x, maxy + 1)] for x in xs])
    return xs, shapely.length(shapely.intersection(lines, polygon)), length


def length_lower_bound(items, width: float, spacing: float = 0.5, step: float = 1.0,
                       cap: float | None = None, seconds: float = 120.0) -> dict:
    """A lower bound on any marker's length (0/180° turns): at every x along the marker the
    pieces there hold at most ``width`` cm of the width between them, spacing included (a 1D
    relaxation: each piece is its material across the fabric as a function of x). Offsets are
    taken on a ``step`` grid with each piece's material taken at its least over the step, so
    every real lay is a solution and the MILP optimum (or its dual bound) is a true bound."""
    from scipy.optimize import Bounds, LinearConstraint, milp
    from scipy.sparse import coo_matrix

    kinds: dict[tuple, list] = {}
    for item in items:
        xs, material, length = _profile(_orient(item.polygon, 0), step)
        key = (round(length, 3), tuple(np.round(material, 3)))
        kinds.setdefault(key, [xs, material, length, 0])[3] += 1
    cap = cap if cap is not None else sum(k[2] for k in kinds.values()) + 1
    checks = int(np.ceil(cap / step)) + 1
    columns, rows, cols, values = [], [], [], []
    for t, (xs, material, length, _) in enumerate(kinds.values()):
        for turn in (0, 1):
            u = xs if turn == 0 else length - xs
            m = material
            for j in range(int(np.floor((cap - length) / step)) + 1):
                c = len(columns)
                columns.append((t, j * step + length))
                for k in range(j, min(checks, j + int(np.ceil(length / step)) + 2)):
                    hi = (k - j) * step
                    lo = hi - step
                    if lo < 0 or hi > length + 1e-9:
                        continue
                    inside = (u >= lo - 1e-9) & (u <= hi + 1e-9)
                    least = float(m[inside].min()) if inside.any() else 0.0
                    if least > 1e-6:
                        rows.append(k)
                        cols.append(c)
                        values.append(least + spacing)
    n = len(columns)
    count = len(kinds)
    need = np.array([k[3] for k in kinds.values()], dtype=float)
    # variables: x (how many pieces of a kind at an offset and turn), y (any there), length.
    # rows: the width at every checkpoint; how many of each kind; x <= need * y; length >= y
    # times the far end of that offset
    total = 2 * n + 1
    a_fit = coo_matrix((values, (rows, cols)), shape=(checks, total))
    kind_of = [t for t, _ in columns]
    a_count = coo_matrix(([1.0] * n, (kind_of, range(n))), shape=(count, total))
    a_any = coo_matrix(([1.0] * n + [-need[t] for t in kind_of],
                        (list(range(n)) * 2, list(range(n)) + list(range(n, 2 * n)))),
                       shape=(n, total))
    a_len = coo_matrix(([end for _, end in columns] + [-1.0] * n,
                        (list(range(n)) * 2, list(range(n, 2 * n)) + [2 * n] * n)),
                       shape=(n, total))
    objective = np.zeros(total)
    objective[-1] = 1.0
    upper = np.r_[[need[t] for t in kind_of], np.ones(n), cap]
    result = milp(objective, integrality=np.r_[np.ones(2 * n), 0.0],
                  bounds=Bounds(np.zeros(total), upper),
                  constraints=[LinearConstraint(a_fit, -np.inf, width + spacing),
                               LinearConstraint(a_count, need, need),
                               LinearConstraint(a_any, -np.inf, 0.0),
                               LinearConstraint(a_len, -np.inf, 0.0)],
                  options={"time_limit": seconds})
    bound = getattr(result, "mip_dual_bound", None)
    if result.status == 0:
        bound = result.fun
    return {"length_lower_bound_cm": None if bound is None else round(float(bound), 2),
            "optimal": result.status == 0, "step_cm": step, "cap_cm": cap}


def _kinds(items) -> list:
    """One outline per kind of piece (copies and mirrored copies are one kind), largest first."""
    kinds: dict[str, object] = {}
    for item in items:
        kinds.setdefault(item.name.replace(" (mirrored)", ""), item)
    return sorted(kinds.values(), key=lambda item: -item.area)


def _after(first, second, dy: float, spacing: float) -> float:
    """How far along the warp ``second`` (moved ``dy`` across) must start so that it keeps
    ``spacing`` from ``first``: bisection on exact outlines to 0.01 cm."""
    lo, hi = 0.0, first.bounds[2] + spacing
    while hi - lo > 0.01:
        mid = (lo + hi) / 2
        if affinity.translate(second, mid, dy).distance(first) >= spacing:
            hi = mid
        else:
            lo = mid
    return hi


def pair_lengths(items, spacing: float = 0.5, reach: float = 12.0) -> list[dict]:
    """The length two pieces of the two largest kinds take one after the other along the warp,
    for each pair of turns, aligned across and at the best offset across within ``reach`` cm
    (1 cm steps), with the band width across the fabric that offset costs."""
    big = _kinds(items)[:2]
    rows = []
    for n, a in enumerate(big):
        for b in big[n:]:
            for ta, tb in ((0, 180), (180, 0), (0, 0)):
                first, second = _orient(a.polygon, ta), _orient(b.polygon, tb)
                tries = []
                for dy in np.arange(-reach, reach + 0.5, 1.0):
                    start = _after(first, second, float(dy), spacing)
                    length = max(first.bounds[2], start + second.bounds[2])
                    band = max(first.bounds[3], dy + second.bounds[3]) - min(0.0, dy)
                    tries.append((round(length, 1), round(band, 1), float(dy)))
                aligned = next(t for t in tries if t[2] == 0.0)
                best = min(tries)
                rows.append({"pieces": f"{a.name} {ta} + {b.name} {tb}",
                             "aligned_length_cm": aligned[0], "best_length_cm": best[0],
                             "best_offset_cm": best[2], "best_band_cm": best[1]})
    return rows


def strip_clearance(items, width: float, x_step: float = 0.5, y_step: float = 0.25) -> list[dict]:
    """Two pieces of the largest kinds along either selvedge, level with each other and turned
    alike, leave a strip between them; the largest clearance to both with which a piece of the
    third kind lies in that strip wholly within their length (grid search over positions
    reaching at most 10 cm into either piece's box, exact outlines; ``at`` is None when no
    position is free). It fits with the spacing if the clearance is at least the spacing."""
    kinds = _kinds(items)
    if len(kinds) < 3:
        return []
    small = kinds[2]
    rows = []
    for n, a in enumerate(kinds[:2]):
        for b in kinds[n:2]:
            bottom = _orient(a.polygon, 0)
            top = _orient(b.polygon, 0)
            top = affinity.translate(top, 0.0, width - top.bounds[3])
            end = min(bottom.bounds[2], top.bounds[2])
            gap = (bottom.bounds[3], top.bounds[1])
            best = (-1.0, None)
            for turn in (0, 180):
                piece = _orient(small.polygon, turn)
                across = piece.bounds[3]
                solid = prep(bottom.union(top))
                for x in np.arange(0.0, end - piece.bounds[2] + 1e-9, x_step):
                    for y in np.arange(gap[0] - 10.0, gap[1] + 10.0 - across, y_step):
                        moved = affinity.translate(piece, float(x), float(y))
                        off = moved.bounds[1] < 0 or moved.bounds[3] > width
                        if off or solid.intersects(moved):
                            continue
                        clear = min(moved.distance(bottom), moved.distance(top))
                        if clear > best[0]:
                            best = (clear, (turn, float(x), float(y)))
            rows.append({"strip_between": f"{a.name} + {b.name}",
                         "strip_cm": round(gap[1] - gap[0], 1), "piece": small.name,
                         "piece_across_cm": round(_orient(small.polygon, 0).bounds[3], 1),
                         "best_clearance_cm": round(max(best[0], 0.0), 2),
                         "at": best[1]})
    return rows


def structure(items, width: float, spacing: float = 0.5) -> dict:
    """Exact-outline facts about a case: each kind's size, pairs of the two largest kinds along
    the warp, and what fits in the strip two of them leave between the selvedges."""
    return {
        "kinds": [{"piece": k.name, "along_cm": round(_orient(k.polygon, 0).bounds[2], 1),
                   "across_cm": round(_orient(k.polygon, 0).bounds[3], 1),
                   "area_cm2": round(k.area, 1)} for k in _kinds(items)],
        "pairs": pair_lengths(items, spacing),
        "strips": strip_clearance(items, width),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--time", type=float, default=30.0)
    parser.add_argument("--width", type=float, default=150.0)
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--seed", type=int, default=0, help="the search's random seed")
    parser.add_argument("--case", action="append", default=[], metavar="GARMENT:SEX",
                        help="only these cases, e.g. tshirt:male (all by default)")
    parser.add_argument("--bound", action="store_true",
                        help="also a lower bound on the length (MILP, can take minutes)")
    parser.add_argument("--bound-step", type=float, default=1.0, help="offset grid, cm")
    parser.add_argument("--bound-seconds", type=float, default=300.0)
    parser.add_argument("--structure", action="store_true",
                        help="also pair lengths and strip fits of the largest pieces")
    args = parser.parse_args()
    rows = []
    # a search's result depends on how many lays it makes in the time: note the machine's load
    load_before = [round(v, 2) for v in os.getloadavg()]
    for sex, name in CASES:
        if args.case and f"{name}:{sex}" not in args.case:
            continue
        if name not in GARMENTS:
            rows.append({"case": f"{args.copies} x {name} ({sex})", "skipped": "not drafted yet"})
            continue
        garment = draft(name, median_person(sex))
        items = []
        for k in range(args.copies):
            items += items_from_garment(garment, order=str(k + 1))
        marker = nest(items, args.width, time_limit=args.time, seed=args.seed)
        shelf = shelf_pack(items, args.width)
        rows.append({
            "case": f"{args.copies} x {name} ({sex})",
            "pieces": len(items),
            "efficiency": round(marker.efficiency, 4),
            "shelf_efficiency": round(shelf.efficiency, 4),
            "points_over_shelf": round(100 * (marker.efficiency - shelf.efficiency), 1),
            "length_cm": round(marker.length, 1),
            "shelf_length_cm": round(shelf.length, 1),
            "seconds": round(marker.seconds, 1),
            "evaluations": marker.evaluations,
            "overlaps": len(check_no_overlap(marker)),
        })
        if args.bound:
            bound = length_lower_bound(items, args.width, step=args.bound_step,
                                       cap=marker.length, seconds=args.bound_seconds)
            low = bound["length_lower_bound_cm"]
            bound["efficiency_ceiling"] = (round(marker.piece_area / (args.width * low), 4)
                                           if low else None)
            rows[-1]["bound"] = bound
        if args.structure:
            rows[-1]["structure"] = structure(items, args.width)
    print(json.dumps({"width_cm": args.width, "time_limit_s": args.time, "seed": args.seed,
                      "load_average_1_5_15": {"before": load_before,
                                              "after": [round(v, 2) for v in os.getloadavg()]},
                      "cases": rows}, indent=1))


if __name__ == "__main__":
    main()

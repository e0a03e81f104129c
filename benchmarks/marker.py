"""Marker efficiency: nesting vs a bounding-box shelf packing, on 150 cm fabric, for two of
each garment of the median ANSUR II man and woman. Prints JSON.

    python benchmarks/marker.py [--time 30] [--width 150] [--bound [--case tshirt:male]]

``--bound`` adds a proven lower bound on the marker length of each case (a 1D relaxation
solved as a MILP, see ``length_lower_bound``) and so a ceiling on the efficiency any lay with
0/180° turns can reach.
"""

from __future__ import annotations

import argparse
import json

import numpy as np
import shapely

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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--time", type=float, default=30.0)
    parser.add_argument("--width", type=float, default=150.0)
    parser.add_argument("--copies", type=int, default=2)
    parser.add_argument("--case", action="append", default=[], metavar="GARMENT:SEX",
                        help="only these cases, e.g. tshirt:male (all by default)")
    parser.add_argument("--bound", action="store_true",
                        help="also a lower bound on the length (MILP, can take minutes)")
    parser.add_argument("--bound-step", type=float, default=1.0, help="offset grid, cm")
    parser.add_argument("--bound-seconds", type=float, default=300.0)
    args = parser.parse_args()
    rows = []
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
        marker = nest(items, args.width, time_limit=args.time)
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
    print(json.dumps({"width_cm": args.width, "time_limit_s": args.time, "cases": rows},
                     indent=1))


if __name__ == "__main__":
    main()

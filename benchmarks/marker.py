"""Marker efficiency: nesting vs a bounding-box shelf packing, on 150 cm fabric, for two of
each garment of the median ANSUR II man and woman. Prints JSON.

    python benchmarks/marker.py [--time 30] [--width 150]
"""

from __future__ import annotations

import argparse
import json

import numpy as np

from mtm.core.io.ansur import load_ansur
from mtm.core.marker import check_no_overlap, items_from_garment, nest, shelf_pack
from mtm.core.measurements import MeasurementSet
from mtm.patterns import GARMENTS, draft

CASES = (("male", "tshirt"), ("male", "shirt"), ("male", "trousers"),
         ("female", "tshirt"), ("female", "shirt"), ("female", "trousers"))


def median_person(sex: str) -> MeasurementSet:
    people = load_ansur(sex)
    keys = set.intersection(*(set(p.values) for p in people))
    values = {k: float(np.median([p[k] for p in people])) for k in keys}
    return MeasurementSet.from_mapping(values, sex=sex, name=f"median {sex}").with_estimates()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--time", type=float, default=30.0)
    parser.add_argument("--width", type=float, default=150.0)
    parser.add_argument("--copies", type=int, default=2)
    args = parser.parse_args()
    rows = []
    for sex, name in CASES:
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
    print(json.dumps({"width_cm": args.width, "time_limit_s": args.time, "cases": rows},
                     indent=1))


if __name__ == "__main__":
    main()

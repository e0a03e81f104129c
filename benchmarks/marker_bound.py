"""Can any marker reach a target efficiency? A proof (or not) for the benchmark's cases.

    python benchmarks/marker_bound.py [--case tshirt:male] [--efficiency 0.80 | --length CM]
                                      [--spacing 0.5] [--unit 0.5] [--seconds 900]

For each case (two garments of the median ANSUR II person, as ``benchmarks/marker.py`` lays
them on 150 cm) it asks ``mtm.core.marker_bound.lay_is_possible`` whether the pieces could lie
in the length that the target efficiency allows. ``impossible`` proves that no lay with the
grain kept (0/180° turns) and the spacing kept reaches the target; ``possible`` proves
nothing. Prints JSON. Needs OR-Tools (``pip install 'mtm-studio[analysis]'``).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from marker import CASES, median_person  # noqa: E402  (the benchmark's own cases and people)

from mtm.core.marker import items_from_garment  # noqa: E402
from mtm.core.marker_bound import lay_is_possible  # noqa: E402
from mtm.patterns import draft  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--case", action="append", default=[], metavar="GARMENT:SEX")
    parser.add_argument("--width", type=float, default=150.0)
    parser.add_argument("--copies", type=int, default=2)
    target = parser.add_mutually_exclusive_group()
    target.add_argument("--efficiency", type=float, default=0.80)
    target.add_argument("--length", type=float, help="cm, instead of --efficiency")
    parser.add_argument("--spacing", type=float, default=0.5, help="cm between pieces")
    parser.add_argument("--unit", type=float, default=0.5, help="cell size, cm")
    parser.add_argument("--penalty", type=float, default=20.0,
                        help="cells given up to save one rectangle")
    parser.add_argument("--seconds", type=float, default=900.0)
    parser.add_argument("--workers", type=int, default=2)
    args = parser.parse_args()
    known = [f"{name}:{sex}" for sex, name in CASES]
    unknown = [case for case in args.case if case not in known]
    if unknown:
        parser.error(f"--case {', '.join(unknown)}: expected one of {', '.join(known)}")
    rows = []
    for sex, name in CASES:
        if args.case and f"{name}:{sex}" not in args.case:
            continue
        garment = draft(name, median_person(sex))
        items = []
        for k in range(args.copies):
            items += items_from_garment(garment, order=str(k + 1))
        area = sum(item.area for item in items)
        length = args.length or area / (args.efficiency * args.width)
        result = lay_is_possible(items, args.width, length, spacing=args.spacing,
                                 unit=args.unit, penalty=args.penalty, seconds=args.seconds,
                                 workers=args.workers)
        rows.append({
            "case": f"{args.copies} x {name} ({sex})", "pieces": len(items),
            "piece_area_cm2": round(area, 1), "length_cm": round(length, 3),
            "efficiency_at_length": round(area / (args.width * length), 4),
            "status": result.status, "seconds": result.seconds,
            "kept_area_cm2": result.kept_area, "unit_cm": args.unit, "spacing_cm": args.spacing,
            "meaning": {"impossible": "no lay is this short: the efficiency is out of reach",
                        "possible": "the relaxed pieces fit: no proof either way",
                        "unknown": "out of time: no answer"}[result.status],
        })
        print(json.dumps(rows[-1]), file=sys.stderr)
    print(json.dumps({"width_cm": args.width, "workers": args.workers,
                      "load_average_1_5_15": [round(v, 2) for v in os.getloadavg()],
                      "cases": rows}, indent=1))


if __name__ == "__main__":
    main()

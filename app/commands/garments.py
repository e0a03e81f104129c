"""``mtm garments [--json]``: list the garment catalogue with measurements and style options."""

from __future__ import annotations

import argparse
import json

from mtm.patterns import garment_names, get_garment


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "garments",
        help="list the garments that can be drafted and their options",
        description="List every garment in the catalogue: the measurements it needs, its style "
        "options (range or choices, default, unit) and the drafting system used.",
    )
    parser.add_argument("--json", action="store_true", help="print the catalogue as JSON")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    specs = [get_garment(name) for name in garment_names()]
    if args.json:
        print(json.dumps({"garments": [s.to_dict() for s in specs]}, indent=1))
        return 0
    for s in specs:
        print(f"{s.name}: {s.title} (for {', '.join(s.sexes)})")
        print(f"  system: {s.system}")
        print(f"  measurements: {', '.join(s.measurements)}")
        print("  options:")
        for o in s.options:
            print(f"    {o.describe()}")
    return 0

"""``mtm marker PATTERN... --width CM --out FILE``: lay the pieces of one or more patterns."""

from __future__ import annotations

import argparse
import json
import sys

from mtm.core.errors import InputError
from mtm.core.garment import FABRICS
from mtm.core.io import marker_files, pattern_json
from mtm.core.io.atomic import atomic_write_bytes
from mtm.core.marker import items_from_garment, nest, shelf_pack


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "marker", help="lay the pieces of one or more patterns on the fabric (nesting)",
        description="Nest every piece of the given patterns (quantities counted out, mirrored "
                    "pairs mirrored, cut-on-fold pieces opened out) on fabric WIDTH cm wide, "
                    "grain along the fabric length.")
    parser.add_argument("patterns", nargs="+", metavar="PATTERN", help="mtm-pattern/1 files")
    parser.add_argument("--width", type=float, default=150.0, help="fabric width, cm (150)")
    parser.add_argument("--time", type=float, default=30.0,
                        help="seconds to search for a shorter marker (30)")
    parser.add_argument("--spacing", type=float, default=0.5, help="gap between pieces, cm")
    parser.add_argument("--any-rotation", action="store_true",
                        help="allow 90° turns (fabrics without grain or nap constraint)")
    parser.add_argument("--out", action="append", default=[], metavar="FILE",
                        help="marker file: .dxf (AAMA), .svg or .pdf; may repeat")
    parser.add_argument("--fabric", default="shell", choices=FABRICS,
                        help="lay the pieces cut from this fabric (shell, lining or "
                             "interfacing); each fabric is a marker of its own (shell)")
    parser.add_argument("--plain-dxf", metavar="FILE", help="plain R2000 DXF for cutters")
    parser.add_argument("--report", metavar="FILE", help="JSON report of the marker")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    if args.width <= 0:
        raise InputError(f"must be a positive number of cm, got {args.width:g}", field="--width")
    if args.time < 0:
        raise InputError(f"must be 0 or more seconds, got {args.time:g}", field="--time")
    items = []
    for k, path in enumerate(args.patterns, start=1):
        garment = pattern_json.read_pattern(path)
        items += items_from_garment(garment, order=f"{k}:{garment.name}", fabric=args.fabric)
    if not items:
        raise InputError(f"the patterns have no pieces cut from {args.fabric}",
                         field="--fabric")
    rotations = (0, 90, 180, 270) if args.any_rotation else (0, 180)
    marker = nest(items, args.width, spacing=args.spacing, time_limit=args.time,
                  rotations=rotations)
    for path in args.out:
        marker_files.write_marker(marker, path)
    if args.plain_dxf:
        marker_files.write_marker_plain_dxf(marker, args.plain_dxf)
    report = marker.report()
    report["shelf_baseline_efficiency"] = round(
        shelf_pack(items, args.width, args.spacing).efficiency, 4)
    report["patterns"] = list(args.patterns)
    report["fabric"] = args.fabric
    text = json.dumps(report, indent=1)
    if args.report:
        atomic_write_bytes(args.report, text.encode())
    print(text if not args.report else
          f"marker {report['length_cm']} cm x {args.width:g} cm, "
          f"efficiency {100 * report['efficiency']:.1f}%", file=sys.stdout)
    return 0

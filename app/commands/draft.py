"""``mtm draft GARMENT -m FILE [--option k=v]... --out pattern.json [--svg|--dxf|--pdf ...]``.

Drafts one garment for one customer, runs the checks, writes the ``mtm-pattern/1`` file and,
on request, a 1:1 SVG preview. A missing measurement or an option out of range is a user
mistake (exit 2, one line naming it); failed checks are listed and the pattern still written.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from mtm.app.commands.export import export_garments
from mtm.core.errors import InputError
from mtm.core.io import aama_dxf
from mtm.core.io.measurement_files import read_measurements
from mtm.core.io.pattern_json import write_pattern
from mtm.core.io.svg import write_svg
from mtm.core.measurements import require_valid
from mtm.patterns import garment_names, get_garment
from mtm.patterns.options import parse_assignments


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "draft",
        help="draft a garment pattern from measurements",
        description="Draft GARMENT for the measurements in FILE, run the pattern checks and "
        "write the pattern (mtm-pattern/1 JSON) and optionally a 1:1 SVG.",
    )
    parser.add_argument("garment", metavar="GARMENT", help=f"one of {', '.join(garment_names())}")
    parser.add_argument(
        "--measurements",
        "-m",
        required=True,
        metavar="FILE",
        help="measurement file (.json, .csv, .vit, ...)",
    )
    parser.add_argument(
        "--option",
        "-o",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="style option (see `mtm garments`); repeat for several",
    )
    parser.add_argument(
        "--estimate",
        action="store_true",
        help="estimate missing measurements from ANSUR II regressions instead of refusing",
    )
    parser.add_argument("--out", required=True, metavar="PATTERN.json", help="pattern file")
    parser.add_argument("--svg", metavar="OUT.svg", help="also write a 1:1 SVG preview")
    parser.add_argument("--dxf", metavar="OUT.dxf", help="also write the AAMA/ASTM pattern DXF")
    parser.add_argument("--mode", choices=aama_dxf.MODES, default="standard",
                        help="DXF dialect for --dxf: standard, gerber or clo")
    parser.add_argument("--units", choices=aama_dxf.UNITS, default="mm",
                        help="DXF units for --dxf: mm or in")
    parser.add_argument("--plain-dxf", metavar="OUT.dxf", help="also write the cutter DXF")
    parser.add_argument("--pdf", metavar="OUT.pdf", help="also write a print file")
    parser.add_argument("--paper", default="a4",
                        help="PDF paper: a4, letter or roll:<width mm>; default a4")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    spec = get_garment(args.garment)
    options = parse_assignments(args.option)
    ms = read_measurements(args.measurements)
    if args.estimate:
        ms = ms.with_estimates()
    require_valid(ms, spec.measurements)
    for target in (args.out, args.svg, args.dxf, args.plain_dxf, args.pdf):
        if target and not Path(target).resolve().parent.is_dir():
            raise InputError("the folder to write into does not exist", source=target)
    garment = spec.draft(ms, options)
    write_pattern(garment, args.out)
    if args.svg:
        write_svg(garment, args.svg)
    if args.dxf or args.plain_dxf or args.pdf:
        cut_args = argparse.Namespace(**{**vars(args), "svg": None})
        export_garments([garment], cut_args)
    failed = garment.failed_checks()
    print(
        f"{spec.name}: {len(garment.pieces)} pieces, {len(garment.seams)} seams, "
        f"checks {len(garment.checks) - len(failed)}/{len(garment.checks)} passed -> {args.out}"
    )
    for check in failed:
        print(f"  FAILED {check.name}: {check.message}")
    return 0

"""``mtm grade GARMENT --size-table NAME [--option k=v]... --out nest.json [--svg nest.svg]
[--dxf nest.dxf] [--rul base.rul]``.

Drafts GARMENT for every size of a bundled size table and writes the graded nest: a JSON file
with one ``mtm-pattern/1`` pattern per size (pieces stacked on a common reference point),
optionally an SVG of the nest at 1:1, an AAMA/ASTM DXF cut file holding every size, and AAMA
grade rules: a ``.RUL`` file with the sample size's DXF beside it (``mtm.core.io.aama_rul``).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from mtm.core.errors import InputError
from mtm.core.io.aama_dxf import cut_file, write_aama
from mtm.core.io.aama_rul import rules_from_nest, write_rul
from mtm.core.io.atomic import atomic_write_text
from mtm.core.size_tables import available_size_tables
from mtm.patterns import garment_names, get_garment
from mtm.patterns.grading import grade, nest_svg, nest_to_dict
from mtm.patterns.options import parse_assignments


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "grade",
        help="draft a garment in every size of a size table (graded nest)",
        description="Draft GARMENT for every size of a size table, run the checks of each size "
        "and write the graded nest (JSON, optionally SVG and AAMA DXF).",
    )
    parser.add_argument("garment", metavar="GARMENT", help=f"one of {', '.join(garment_names())}")
    parser.add_argument(
        "--size-table",
        required=True,
        metavar="NAME",
        help=f"bundled size table: {', '.join(available_size_tables())}",
    )
    parser.add_argument(
        "--option",
        "-o",
        action="append",
        default=[],
        metavar="KEY=VALUE",
        help="style option (see `mtm garments`); repeat for several",
    )
    parser.add_argument("--out", required=True, metavar="NEST.json", help="graded nest file")
    parser.add_argument("--svg", metavar="NEST.svg", help="also write the nest as a 1:1 SVG")
    parser.add_argument("--dxf", metavar="NEST.dxf", help="also write an AAMA/ASTM DXF cut file")
    parser.add_argument("--rul", metavar="BASE.rul",
                        help="also write AAMA/ASTM grade rules: BASE.rul and, beside it, "
                             "BASE.dxf holding the sample size with a rule number on every "
                             "point (read back with `mtm import-dxf BASE.dxf --rul BASE.rul`)")
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    spec = get_garment(args.garment)
    options = parse_assignments(args.option)
    base_dxf = None
    if args.rul:
        if Path(args.rul).suffix.lower() != ".rul":
            raise InputError("the grade rule file must end in .rul", source=args.rul)
        base_dxf = str(Path(args.rul).with_suffix(".dxf"))
        if args.dxf and Path(args.dxf).resolve() == Path(base_dxf).resolve():
            raise InputError(f"--rul writes the sample size to {base_dxf}; give --dxf another "
                             "name", source=args.dxf)
    for target in (args.out, args.svg, args.dxf, args.rul):
        if target and not Path(target).resolve().parent.is_dir():
            raise InputError("the folder to write into does not exist", source=target)
    nest = grade(spec.name, args.size_table, options)
    nest_cut = cut_file(list(nest.garments), sample_size=nest.base_size)
    if args.rul:  # worked out first: a nest that cannot be graded by rules writes nothing
        base, rules = rules_from_nest(nest_cut, name=Path(args.rul).stem)
    atomic_write_text(args.out, json.dumps(nest_to_dict(nest), indent=1))
    if args.svg:
        atomic_write_text(args.svg, nest_svg(nest))
    if args.dxf:
        write_aama(nest_cut, args.dxf)
    if args.rul:
        write_aama(base, base_dxf)
        write_rul(rules, args.rul)
    print(
        f"{spec.name}: {len(nest.garments)} sizes ({', '.join(nest.sizes)}) from table "
        f"{nest.table} -> {args.out}"
    )
    if args.rul:
        print(f"  grade rules: {len(rules.rules)} rules -> {args.rul}, sample size "
              f"{rules.sample_size} -> {base_dxf}")
    for g in nest.garments:
        failed = g.failed_checks()
        print(f"  {g.size}: checks {len(g.checks) - len(failed)}/{len(g.checks)} passed")
        for check in failed:
            print(f"    FAILED {check.name}: {check.message}")
    return 0

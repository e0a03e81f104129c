"""``mtm measurements validate|convert``: check and convert measurement files.

``validate FILE [--json]`` exits 0 when every set in the file is valid (warnings allowed) and 2
when not (a set without any usable measurement is not valid); ``--json`` prints
``{"valid": bool, "problems": [{"key", "severity", "message"}]}``.
``convert IN OUT`` converts by extension (.json .csv .vit .smis .vst .smms in; .json .csv .vit
out) and refuses sets with errors, so a converted file is always usable.
"""

from __future__ import annotations

import argparse
import json

from mtm.core.errors import MeasurementError
from mtm.core.io.measurement_files import (
    READ_EXTENSIONS,
    WRITE_EXTENSIONS,
    read_measurement_table,
    write_measurement_table,
)
from mtm.core.measurements import MeasurementSet, Problem, validate


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "measurements", help="validate and convert measurement files",
        description="Validate and convert measurement files "
                    f"({', '.join(READ_EXTENSIONS)}).")
    verbs = parser.add_subparsers(dest="measurements_command", metavar="VERB", required=True)

    check = verbs.add_parser(
        "validate", help="check a measurement file (exit 0 valid, 2 not valid)",
        description="Check every measurement in FILE: numbers, hard limits (errors), typical "
                    "ranges (warnings) and relations between measurements. Exit 0 when valid "
                    "(warnings allowed), 2 when not.")
    check.add_argument("file", metavar="FILE", help=f"a {'/'.join(READ_EXTENSIONS)} file")
    check.add_argument("--json", action="store_true",
                       help='print {"valid": bool, "problems": [...]} as JSON')
    check.set_defaults(func=run_validate)

    convert = verbs.add_parser(
        "convert", help="convert a measurement file to another format",
        description="Convert IN to OUT by extension: reads "
                    f"{', '.join(READ_EXTENSIONS)}; writes {', '.join(WRITE_EXTENSIONS)}. "
                    ".json and .vit hold one customer, .csv any number.")
    convert.add_argument("input", metavar="IN", help="measurement file to read")
    convert.add_argument("output", metavar="OUT", help="file to write (.json, .csv or .vit)")
    convert.add_argument("--units", choices=("cm", "mm", "in"), default="cm",
                         help="length units of the written file (default cm; weight is kg)")
    convert.set_defaults(func=run_convert)


def _problems(sets: list[MeasurementSet]) -> list[Problem]:
    """Problems of every set; in a file of several sets each message names its record."""
    found: list[Problem] = []
    for number, ms in enumerate(sets, start=1):
        problems = validate(ms)
        if not ms.values and not ms.invalid:
            problems = [Problem(("measurements",), "error",
                                "no usable measurement: none of the catalogue's measurements "
                                "has a value; expected at least one (height, chest_girth, ...)"),
                        *problems]
        for problem in problems:
            if len(sets) > 1:
                name = ms.name if ms.name.isprintable() else repr(ms.name)[1:-1]
                who = f"record {number}" + (f" ({name})" if name else "")
                problem = Problem(problem.keys, problem.severity, f"{who}: {problem.message}")
            found.append(problem)
    return found


def run_validate(args: argparse.Namespace) -> int:
    sets = read_measurement_table(args.file)
    problems = _problems(sets)
    errors = [p for p in problems if p.severity == "error"]
    if args.json:
        print(json.dumps({"valid": not errors, "problems": [p.to_json() for p in problems]},
                         indent=2, ensure_ascii=False))
    else:
        for problem in problems:
            print(f"{problem.severity}: {problem.key}: {problem.message}")
        count = sum(len(ms.values) for ms in sets)
        warnings = len(problems) - len(errors)
        print(f"{args.file}: {len(sets)} set(s), {count} measurement(s): "
              f"{len(errors)} error(s), {warnings} warning(s)")
    if errors:
        raise MeasurementError(f"not valid: {len(errors)} error(s); first: {errors[0].message}",
                               field=errors[0].key, source=args.file)
    return 0


def run_convert(args: argparse.Namespace) -> int:
    sets = read_measurement_table(args.input)
    errors = [p for p in _problems(sets) if p.severity == "error"]
    if errors:
        raise MeasurementError(f"{errors[0].message}; not converted (see `mtm measurements "
                               "validate`)", field=errors[0].key, source=args.input)
    write_measurement_table(sets, args.output, args.units)
    print(f"{args.input} -> {args.output}: {len(sets)} set(s)")
    return 0

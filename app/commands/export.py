"""``mtm export PATTERN... --dxf|--plain-dxf|--svg|--pdf``: cut files for the cutting room.

One pattern file is one size; several pattern files (one per size), or a graded nest file from
``mtm grade``, make a graded nest, written into one AAMA DXF with every size's blocks.
``--dxf`` writes AAMA/ASTM DXF (``--mode standard``, ``gerber`` or ``clo``; ``--units mm`` or
``in``), ``--plain-dxf`` the laser/knife cutter DXF, ``--svg`` the true-scale preview, ``--pdf``
a print file (``--paper a4``, ``letter`` or ``roll:<width mm>``). :func:`export_garments` does
the same for callers holding garments.
"""

from __future__ import annotations

import argparse
import importlib
import json
from collections.abc import Sequence
from pathlib import Path

from mtm.core.errors import InputError
from mtm.core.io import aama_dxf, pdf_output, plain_dxf
from mtm.core.io.atomic import atomic_write_bytes


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export", help="write cut files (AAMA/ASTM DXF, cutter DXF, SVG, PDF) of a pattern",
        description="Write cut files of PATTERN (an mtm-pattern/1 JSON file). Several PATTERN "
                    "files, one per size, or a graded nest from `mtm grade`, are written as "
                    "one graded nest.")
    parser.add_argument("patterns", nargs="+", metavar="PATTERN",
                        help="pattern file(s) or graded nest file (.json)")
    add_output_arguments(parser)
    parser.add_argument("--style", default="", help="style name in the DXF (default: garment)")
    parser.add_argument("--author", default="", help="author in the DXF style text")
    parser.add_argument("--json", action="store_true", help="print what was written as JSON")
    parser.set_defaults(func=run)


def add_output_arguments(parser: argparse.ArgumentParser) -> None:
    """The output options, shared with verbs that draft and export in one go."""
    parser.add_argument("--dxf", metavar="OUT", help="AAMA/ASTM pattern DXF to write")
    parser.add_argument("--mode", choices=aama_dxf.MODES, default="standard",
                        help="DXF dialect: standard (R12), gerber (empty header, ASCII), "
                             "clo (R10); default standard")
    parser.add_argument("--units", choices=aama_dxf.UNITS, default="mm",
                        help="DXF units: mm (Units: METRIC) or in (Units: ENGLISH); default mm")
    parser.add_argument("--plain-dxf", metavar="OUT", help="laser/knife cutter DXF (R2000, mm)")
    parser.add_argument("--svg", metavar="OUT", help="true-scale SVG preview")
    parser.add_argument("--pdf", metavar="OUT", help="print file")
    parser.add_argument("--paper", default="a4",
                        help="PDF paper: a4, letter (tiled pages) or roll:<width mm> (one "
                             "plotter page), e.g. roll:914; default a4")


def export_garments(garments: Sequence, args: argparse.Namespace,
                    sample_size: str = "") -> list[dict]:
    """Write every output asked for in ``args`` for ``garments`` (one per size)."""
    if not any(getattr(args, k, None) for k in ("dxf", "plain_dxf", "svg", "pdf")):
        raise InputError("nothing to write; give --dxf, --plain-dxf, --svg and/or --pdf",
                         field="output")
    # every request is checked before the first file is written
    pdf_output.parse_paper(args.paper)
    if args.svg and len(garments) != 1:
        raise InputError("--svg writes one size; give one pattern file", field="svg")
    for target in (args.dxf, args.plain_dxf, args.svg, args.pdf):
        if target and not Path(target).resolve().parent.is_dir():
            raise InputError("the folder to write into does not exist", source=target)
    cut = aama_dxf.cut_file(list(garments), style=getattr(args, "style", ""),
                            author=getattr(args, "author", ""), sample_size=sample_size)
    # every file is made in memory first, so a failing one leaves none half-written
    files: list[tuple[str, bytes, dict]] = []
    if args.dxf:
        files.append((args.dxf, aama_dxf.aama_bytes(cut, mode=args.mode, units=args.units),
                      {"kind": "aama-dxf", "mode": args.mode, "units": args.units}))
    if args.plain_dxf:
        files.append((args.plain_dxf, plain_dxf.plain_dxf_bytes(cut),
                      {"kind": "plain-dxf", "units": "mm"}))
    if args.svg:
        files.append((args.svg, _svg_bytes(garments[0]), {"kind": "svg"}))
    if args.pdf:
        data, layout = pdf_output.pdf_bytes(cut, args.paper)
        pages = len(layout.tiles) + 1 if layout.tiles else len(layout.roll_sheets)
        files.append((args.pdf, data, {"kind": "pdf", "paper": args.paper, "pages": pages}))
    written = []
    for path, data, info in files:
        atomic_write_bytes(path, data)
        written.append({"file": path, **info, "pieces": len(cut.pieces),
                        "sizes": list(cut.sizes)})
    return written


def _svg_bytes(garment) -> bytes:
    """The SVG preview belongs to ``mtm.core.io.svg``; this verb only calls it."""
    try:
        svg = importlib.import_module("mtm.core.io.svg")
    except ImportError:
        raise InputError("SVG output is not available in this build", field="svg") from None
    return svg.garment_svg(garment).encode("utf-8")


def load_garments(path: str) -> tuple[list, str]:
    """The garments in a pattern file (one) or a graded nest file (one per size), and the
    nest's base size ('' for a pattern)."""
    from mtm.core.io.pattern_json import garment_from_dict, loads
    from mtm.patterns.grading import NEST_FORMAT, nest_from_dict

    try:
        text = Path(path).read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as error:
        reason = getattr(error, "strerror", None) or "not UTF-8 text"
        raise InputError(f"cannot read: {reason}", source=path) from None
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return [loads(text, source=path)], ""  # raises the pattern reader's one-line error
    if isinstance(data, dict) and data.get("format") == NEST_FORMAT:
        nest = nest_from_dict(data, source=path)
        return list(nest.garments), nest.base_size
    return [garment_from_dict(data, source=path)], ""


def run(args: argparse.Namespace) -> int:
    garments, base = [], ""
    for path in args.patterns:
        found, nest_base = load_garments(path)
        garments += found
        base = base or nest_base
    written = export_garments(garments, args, sample_size=base)
    if args.json:
        print(json.dumps({"written": written}, indent=1))
    else:
        for w in written:
            extra = ", ".join(f"{k} {w[k]}" for k in ("mode", "units", "paper") if k in w)
            print(f"wrote {w['file']} ({w['kind']}{', ' + extra if extra else ''}, "
                  f"{w['pieces']} pieces, sizes {' '.join(w['sizes'])})")
    return 0

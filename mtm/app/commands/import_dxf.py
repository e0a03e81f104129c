"""``mtm import-dxf FILE [--out PATTERN] [--size S] [--json]``: bring in AAMA/ASTM DXF patterns.

Reads pattern DXF files written by Gerber, CLO, Valentina/Seamly2D or MTM Studio. ``--out``
writes one size (``--size``, default the sample size) as an mtm-pattern/1 file and says how
far its recomputed cut lines are from the file's; ``--json``
prints a summary of every piece of every size: name, size, quantity, area, notches, drill holes.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from mtm.core.io.aama_dxf import CutFile, ring_area
from mtm.core.io.dxf_import import cut_line_deviation, garment_from_cut_file, read_aama


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import-dxf", help="read an AAMA/ASTM pattern DXF from another CAD system",
        description="Read an AAMA/ASTM pattern DXF (Gerber, CLO, Valentina, ...). Exit 2 with "
                    "one line when the file is not a usable pattern DXF.")
    parser.add_argument("file", metavar="FILE", help="the .dxf file")
    parser.add_argument("--out", metavar="PATTERN", help="write one size as mtm-pattern/1 JSON")
    parser.add_argument("--size", help="the size to write with --out (default: sample size)")
    parser.add_argument("--json", action="store_true", help="print a JSON summary of the pieces")
    parser.set_defaults(func=run)


def summary(cut_file: CutFile, source: str) -> dict:
    """What the file holds, piece by piece (areas in cm² inside the cut line)."""
    return {
        "file": source,
        "style": cut_file.style,
        "sample_size": cut_file.sample_size,
        "sizes": list(cut_file.sizes),
        "pieces": [
            {
                "name": p.name,
                "size": p.size,
                "quantity": p.quantity,
                "mirrored": p.mirrored,
                "category": p.category,
                "area_cm2": round(abs(ring_area(p.cut)), 3),
                "notches": len(p.notches),
                "drill_holes": len(p.drill_holes),
                "has_sew_line": p.sew is not None,
                "has_grain_line": p.grain is not None,
            }
            for p in cut_file.pieces
        ],
    }


def run(args: argparse.Namespace) -> int:
    cut_file = read_aama(args.file)
    info = summary(cut_file, args.file)
    if args.out:
        from mtm.core.io.pattern_json import write_pattern

        garment = garment_from_cut_file(cut_file, args.size, name=Path(args.file).stem)
        write_pattern(garment, args.out)
        sources = [p for p in cut_file.pieces if p.size == garment.size]
        deviation = max(cut_line_deviation(p, s.cut) for p, s in
                        zip(garment.pieces, sources, strict=True))
        info["written"] = {"file": args.out, "size": garment.size,
                           "pieces": len(garment.pieces),
                           "max_cut_line_deviation_mm": round(deviation * 10, 4)}
    if args.json:
        print(json.dumps(info, indent=1))
    else:
        print(f"{args.file}: style {cut_file.style or '-'}, {len(cut_file.pieces)} pieces, "
              f"sizes {' '.join(cut_file.sizes)}")
        for p in info["pieces"]:
            print(f"  {p['name']} ({p['size']}): cut {p['quantity']}, {p['area_cm2']:.1f} cm2, "
                  f"{p['notches']} notches, {p['drill_holes']} drill holes")
        if args.out:
            w = info["written"]
            print(f"wrote {w['file']} (size {w['size']}, {w['pieces']} pieces; its cut lines are "
                  f"within {w['max_cut_line_deviation_mm']} mm of the file's)")
    return 0

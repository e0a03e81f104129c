"""``mtm import-dxf FILE [--rul FILE.RUL] [--out PATTERN] [--size S] [--json] [--max-gap MM]``:
bring in AAMA/ASTM DXF patterns.

Reads pattern DXF files written by Gerber, CLO, Valentina/Seamly2D or MTM Studio. Fragments of
a cut or sew line are chained as cutting-room readers chain them; a gap up to ``--max-gap`` mm
is closed with a straight segment and a sew line that does not close is kept as an internal
line, each reported as a warning (``warnings`` in ``--json``). With ``--rul`` the file's sample
size is graded by the rule file into every size it lists. ``--out`` writes one size
(``--size``, default the sample size) as an mtm-pattern/1 file, or every size when its name holds
``{size}``, and says how far the recomputed cut lines are from the file's; ``--json`` prints a
summary of every piece of every size: name, size, quantity, area, notches, drill holes.
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from mtm.core.errors import InputError
from mtm.core.io.aama_dxf import CutFile, ring_area
from mtm.core.io.dxf_import import (
    MAX_GAP_CM,
    cut_line_deviation,
    garment_from_cut_file,
    read_aama,
)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import-dxf", help="read an AAMA/ASTM pattern DXF from another CAD system",
        description="Read an AAMA/ASTM pattern DXF (Gerber, CLO, Valentina, ...). Exit 2 with "
                    "one line when the file is not a usable pattern DXF.")
    parser.add_argument("file", metavar="FILE", help="the .dxf file")
    parser.add_argument("--out", metavar="PATTERN",
                        help="write one size as mtm-pattern/1 JSON; with {size} in the name "
                             "(e.g. blouse_{size}.json) every size is written")
    parser.add_argument("--size", help="the size to write with --out (default: sample size)")
    parser.add_argument("--json", action="store_true", help="print a JSON summary of the pieces")
    parser.add_argument("--rul", metavar="FILE.RUL",
                        help="AAMA/ASTM grade rules: grade the file's sample size into every "
                             "size of the rule file (points carry '# n' rule numbers)")
    parser.add_argument("--max-gap", type=float, default=MAX_GAP_CM * 10, metavar="MM",
                        help="close gaps up to MM between the fragments of a cut or sew line "
                             "with a straight segment, with a warning (default "
                             f"{MAX_GAP_CM * 10:g}); wider gaps leave a cut line unusable and "
                             "a sew line open")
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
                "warnings": len(p.warnings),
            }
            for p in cut_file.pieces
        ],
        "warnings": [
            {"piece": p.name, "size": p.size, "kind": w.kind, "message": w.message,
             "gap_mm": w.gap_mm, "at_cm": list(w.at) if w.at else None}
            for p in cut_file.pieces for w in p.warnings
        ],
    }


def run(args: argparse.Namespace) -> int:
    if not 0 <= args.max_gap <= 100:
        raise InputError(f"--max-gap {args.max_gap:g} mm is outside 0..100 mm", field="max-gap")
    cut_file = read_aama(args.file, max_gap=args.max_gap / 10)
    if args.rul:
        from mtm.core.io.aama_rul import apply_rules, read_rul

        try:
            cut_file = apply_rules(cut_file, read_rul(args.rul))
        except InputError as error:
            if error.source:
                raise
            raise InputError(error.message, field=error.field, source=args.file) from None
    info = summary(cut_file, args.file)
    written = []
    if args.out:
        from mtm.core.io.pattern_json import write_pattern

        every_size = "{size}" in args.out
        if every_size and args.size:
            raise InputError("give either --size or {size} in --out, not both", field="size")
        for size in cut_file.sizes if every_size else [args.size]:
            garment = garment_from_cut_file(cut_file, size, name=Path(args.file).stem)
            target = Path(args.out.replace("{size}", _safe(garment.size)))
            if not target.resolve().parent.is_dir():
                raise InputError("the folder to write into does not exist", source=str(target))
            write_pattern(garment, target)
            sources = [p for p in cut_file.pieces if p.size == garment.size]
            deviation = max(cut_line_deviation(p, s.cut) for p, s in
                            zip(garment.pieces, sources, strict=True))
            written.append({"file": str(target), "size": garment.size,
                            "pieces": len(garment.pieces),
                            "max_cut_line_deviation_mm": round(deviation * 10, 4)})
        info["written"] = written
    if args.json:
        print(json.dumps(info, indent=1))
        return 0
    print(f"{args.file}: style {cut_file.style or '-'}, {len(cut_file.pieces)} pieces, "
          f"sizes {' '.join(cut_file.sizes)}")
    for p in info["pieces"]:
        print(f"  {p['name']} ({p['size']}): cut {p['quantity']}, {p['area_cm2']:.1f} cm2, "
              f"{p['notches']} notches, {p['drill_holes']} drill holes")
    for w in info["warnings"]:
        print(f"  warning ({w['size']}): {w['message']}")
    for w in written:
        print(f"wrote {w['file']} (size {w['size']}, {w['pieces']} pieces; its cut lines are "
              f"within {w['max_cut_line_deviation_mm']} mm of the file's)")
    return 0


def _safe(size: str) -> str:
    """A size name usable in a file name."""
    return "".join(c if c.isalnum() or c in "-_." else "_" for c in size) or "size"

"""``mtm drape GARMENT --measurements FILE [--option k=v]... [--fabric NAME] [--resolution CM]
--out draped.(glb|obj|ply) [--body-out body.obj] --report report.json``.

Fits the body to the measurements, drafts the garment (or reads an mtm-pattern JSON file),
drapes it with the cloth simulator and writes the draped mesh, optionally the body, and a
JSON report (seconds, vertices, substeps, penetration, seam gaps, strain, convergence,
tightness). A progress bar goes to stderr.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

from mtm.core.errors import InputError
from mtm.core.io.measurement_files import write_bytes_atomic

MESH_FORMATS = (".glb", ".obj", ".ply")


def register(subparsers: argparse._SubParsersAction) -> None:
    from mtm.core.drape.fabrics import DEFAULT_FABRIC, fabric_names

    p = subparsers.add_parser(
        "drape",
        help="drape a garment on the customer's body (cloth simulation)",
        description="Fit the body, draft GARMENT (a garment name or an mtm-pattern .json "
        "file), sew it onto the body and let the cloth settle; write the draped mesh and a "
        "report.",
    )
    p.add_argument("garment", metavar="GARMENT", nargs="+",
                   help="garment name or pattern .json file; two or three for an outfit, a top "
                   "over a bottom, a jacket over a top (e.g. jacket shirt trousers): the bottom "
                   "is draped first, then the top, then the jacket, and --out (.glb) holds each "
                   "as its own mesh")
    p.add_argument("--measurements", "-m", required=True, metavar="FILE",
                   help="measurement file (.json, .csv, .vit, ...)")
    p.add_argument("--option", "-o", action="append", default=[], metavar="KEY=VALUE",
                   help="style option (see `mtm garments`); repeat for several; in an outfit "
                   "GARMENT:KEY=VALUE sets one garment's option")
    p.add_argument("--fabric", action="append", default=[], metavar="NAME",
                   help=f"fabric preset ({', '.join(fabric_names())}) or a fabric .json file "
                   f"(default: the garment's own, {DEFAULT_FABRIC} for a pattern file); in an "
                   "outfit one per garment, in the same order")
    p.add_argument("--resolution", type=float, default=1.0, metavar="CM",
                   help="cloth mesh edge length in cm, 0.5-3 (default 1.0)")
    p.add_argument("--out", required=True, metavar="DRAPED.glb|obj|ply",
                   help="the draped garment mesh")
    p.add_argument("--body-out", metavar="BODY.obj|ply|glb", help="also write the fitted body")
    p.add_argument("--report", required=True, metavar="REPORT.json", help="the drape report")
    p.add_argument("--detailed-skin", action="store_true",
                   help="drape on (and write) the detailed MakeHuman skin instead of the smooth "
                        "mannequin finish (no nipples or genital detail)")
    p.add_argument("--quiet", action="store_true", help="no progress bar")
    p.set_defaults(func=run)


class ProgressBar:
    """A one-line text progress bar on stderr."""

    def __init__(self, label: str, enabled: bool = True, width: int = 30):
        self.label = label
        self.enabled = enabled and sys.stderr is not None
        self.width = width
        self.last = -1

    def __call__(self, fraction: float) -> None:
        if not self.enabled:
            return
        filled = int(round(fraction * self.width))
        pct = int(fraction * 100)
        if pct == self.last:
            return
        self.last = pct
        bar = "#" * filled + "-" * (self.width - filled)
        sys.stderr.write(f"\r{self.label} [{bar}] {pct:3d}%")
        if fraction >= 1.0:
            sys.stderr.write("\n")
        sys.stderr.flush()


def _check_target(path: str | None, formats: tuple[str, ...], option: str) -> Path | None:
    if not path:
        return None
    out = Path(path)
    if out.suffix.lower() not in formats:
        raise InputError(f"unknown file type {out.suffix!r}; expected {', '.join(formats)}",
                         field=option)
    if not out.resolve().parent.is_dir():
        raise InputError("the folder to write into does not exist", source=str(out))
    return out


def run(args: argparse.Namespace) -> int:
    from mtm.app.commands.body import skin_of
    from mtm.bodies.fit import fit_body
    from mtm.core.drape import drape_garment, load_fabric
    from mtm.core.drape.result import save_mesh
    from mtm.core.io.measurement_files import read_measurements

    out = _check_target(args.out, MESH_FORMATS, "--out")
    body_out = _check_target(args.body_out, MESH_FORMATS, "--body-out")
    report_path = _check_target(args.report, (".json",), "--report")
    if len(args.garment) > 3:
        raise InputError("an outfit is at most three garments: a bottom, a top and a jacket",
                         field="GARMENT")
    if len(args.fabric) > len(args.garment):
        raise InputError(f"{len(args.fabric)} fabrics for {len(args.garment)} garment(s)",
                         field="--fabric")
    fabrics = [load_fabric(args.fabric[i] if i < len(args.fabric) else _default_fabric(g))
               for i, g in enumerate(args.garment)]
    if not (0.5 <= args.resolution <= 3.0):
        raise InputError(f"{args.resolution:g} cm is out of range; expected 0.5 to 3",
                         field="--resolution")
    if len(args.garment) > 1:
        if out.suffix.lower() != ".glb":
            raise InputError("an outfit is written as .glb (each garment its own mesh)",
                             field="--out")
        return _run_outfit(args, out, body_out, report_path, fabrics)
    fabric = fabrics[0]
    t0 = time.perf_counter()
    ms = read_measurements(args.measurements)
    garment = draft_garments(args.garment, args.option, ms)[0]
    show = not args.quiet
    if show:
        sys.stderr.write("fitting the body...\n")
    body = fit_body(ms, skin=skin_of(args))
    bar = ProgressBar("draping", enabled=show)
    draped = drape_garment(garment, body, fabric, args.resolution, progress=bar)
    draped.save(out)
    if body_out is not None:
        save_mesh(body.vertices, body.faces, body_out)
    report = dict(draped.report)
    report["total_seconds"] = round(time.perf_counter() - t0, 3)
    report["garment"] = garment.name
    report["body_seconds"] = round(float(getattr(body, "seconds", 0.0)), 3)
    write_bytes_atomic(report_path, (json.dumps(report, indent=2) + "\n").encode("utf-8"))
    tight = report["tightness"]
    print(f"{garment.name} on the body in {fabric.name}: {report['vertices']} vertices, "
          f"{report['substeps']} substeps, {report['seconds']:.1f} s, "
          f"{'converged' if report['converged'] else 'NOT converged'}, mean stretch "
          f"{100 * report['mean_strain']:.1f}%, max seam gap {10 * report['max_seam_gap_cm']:.1f}"
          f" mm -> {out}")
    if tight["too_small"]:
        print(f"  the garment is too small: {100 * tight['tight_fraction']:.0f}% of the cloth "
              f"is stretched over {100 * tight['tight_threshold']:.0f}% "
              f"({', '.join(tight['tight_pieces'])})")
    return 0


def _default_fabric(garment: str) -> str:
    """The catalogue garment's default fabric (a pattern file or unknown name: the preset
    default; an unknown name is reported when drafting)."""
    from mtm.core.drape.fabrics import DEFAULT_FABRIC
    from mtm.core.errors import MtmError
    from mtm.patterns import get_garment

    if Path(garment).suffix.lower() == ".json":
        return DEFAULT_FABRIC
    try:
        return get_garment(garment).fabric
    except MtmError:
        return DEFAULT_FABRIC


def split_options(names: list[str], options: list[str]) -> list[list[tuple[str, bool]]]:
    """Each garment's options as (KEY=VALUE, aimed): ``G:KEY=VALUE`` is aimed at garment G,
    a plain ``KEY=VALUE`` goes to every garment."""
    per: list[list[tuple[str, bool]]] = [[] for _ in names]
    for item in options:
        head, sep, rest = item.partition(":")
        if sep and "=" not in head:
            if head not in names:
                raise InputError(f"{item!r}: {head!r} is not one of the garments "
                                 f"({', '.join(names)})", field="--option")
            per[names.index(head)].append((rest, True))
        else:
            for one in per:
                one.append((item, False))
    return per


def draft_garments(names: list[str], options: list[str], ms) -> list:
    """Draft each named garment (or read a pattern .json file) for the measurements. In an
    outfit a plain option goes to the garments that have it, an aimed one to its garment;
    a top under a jacket takes its ``under_jacket`` options (the shirt: slim) unless given."""
    from mtm.core.io.pattern_json import read_pattern
    from mtm.core.measurements import require_valid
    from mtm.patterns import get_garment, options_under_jacket
    from mtm.patterns.options import parse_assignments

    files = {}  # pattern files are read first: their layer counts for the others' options
    for name, opts in zip(names, split_options(names, options), strict=True):
        if Path(name).suffix.lower() == ".json":
            if any(aimed or len(names) == 1 for _o, aimed in opts):
                raise InputError("options apply when drafting; a pattern file is already "
                                 "drafted", field="--option")
            files[name] = read_pattern(Path(name))
    # a shirt under a jacket is drafted slim unless asked otherwise (GarmentSpec.under_jacket)
    layers = [files[n].layer if n in files else get_garment(n).layer for n in names]
    out = []
    for name, opts in zip(names, split_options(names, options), strict=True):
        if name in files:
            out.append(files[name])
            continue
        spec = get_garment(name)
        ms_full = ms.with_estimates()
        require_valid(ms_full, spec.measurements)
        known = {o.name for o in spec.options}
        mine = [o for o, aimed in opts
                if aimed or len(names) == 1 or o.partition("=")[0].strip() in known]
        out.append(spec.draft(ms_full, options_under_jacket(spec, layers,
                                                            parse_assignments(mine))))
    return out


def _run_outfit(args, out: Path, body_out: Path | None, report_path: Path, fabrics) -> int:
    """Drape an outfit (a top over a bottom, a jacket over them) and write each garment (and
    the body) into one GLB."""
    from mtm.app.commands.body import skin_of
    from mtm.bodies.fit import fit_body
    from mtm.core.drape.outfit import check_outfit, drape_outfit
    from mtm.core.drape.result import save_mesh
    from mtm.core.io.measurement_files import read_measurements
    from mtm.render.glb import export_outfit_glb
    from mtm.render.meshes import as_body, as_garment

    t0 = time.perf_counter()
    ms = read_measurements(args.measurements)
    garments = draft_garments(args.garment, args.option, ms)
    check_outfit(garments, fabrics)  # before the slow fit
    show = not args.quiet
    if show:
        sys.stderr.write("fitting the body...\n")
    body = fit_body(ms, skin=skin_of(args))
    bar = ProgressBar("draping", enabled=show)
    draped = drape_outfit(garments, body, fabrics, args.resolution, progress=bar)
    export_outfit_glb(out, as_body(body), [as_garment(d) for d in draped],
                      [g.name for g in garments])
    if body_out is not None:
        save_mesh(body.vertices, body.faces, body_out)
    report = {"garments": [dict(d.report, garment=g.name, fabric=f.name)
                           for d, g, f in zip(draped, garments, fabrics, strict=True)],
              "total_seconds": round(time.perf_counter() - t0, 3),
              "body_seconds": round(float(getattr(body, "seconds", 0.0)), 3)}
    write_bytes_atomic(report_path, (json.dumps(report, indent=2) + "\n").encode("utf-8"))
    for r in report["garments"]:
        print(f"{r['garment']} in {r['fabric']}"
              + (f" over {', '.join(r['over'])}" if r["over"] else "")
              + f": {r['vertices']} vertices, {r['seconds']:.1f} s, "
              f"{'converged' if r['converged'] else 'NOT converged'}")
    print(f"-> {out}")
    return 0

"""``mtm body fit``: a 3D body with the customer's measurements, as a mesh and a JSON report."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from mtm.core.errors import InputError
from mtm.core.io.atomic import atomic_write_bytes

MESH_FORMATS = (".obj", ".ply", ".glb")


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser("body", help="fit a 3D body to measurements",
                              description="The MakeHuman body fitted to a customer's "
                                          "measurements.")
    verbs = p.add_subparsers(dest="body_command", metavar="VERB", required=True)
    fit = verbs.add_parser("fit", help="fit the body and write its mesh and a report",
                           description="Fit the body to a measurement file. Missing "
                                       "measurements are estimated; impossible ones exit 2.")
    fit.add_argument("--measurements", required=True, metavar="FILE",
                     help="measurement file (.json, .csv, Seamly2D .vit/.vst)")
    fit.add_argument("--out", metavar="BODY.obj|ply|glb", help="the fitted body mesh (cm, Y up)")
    fit.add_argument("--report", metavar="REPORT.json",
                     help="JSON: targets, achieved, residuals (cm), the predicted shape "
                          "targets, the measurements let go, and seconds")
    fit.add_argument("--detailed-skin", action="store_true",
                     help="the detailed MakeHuman skin instead of the smooth mannequin finish "
                          "(no nipples or genital detail)")
    fit.set_defaults(func=run_fit)


def skin_of(args: argparse.Namespace) -> str:
    """The body skin a command's ``--detailed-skin`` flag asks for (``bodies.finish.SKINS``)."""
    return "detailed" if getattr(args, "detailed_skin", False) else "mannequin"


def run_fit(args: argparse.Namespace) -> int:
    from mtm.bodies.fit import fit_body
    from mtm.core.io.measurement_files import read_measurements

    out = Path(args.out) if args.out else None
    if out is not None and out.suffix.lower() not in MESH_FORMATS:
        raise InputError(f"unknown mesh format {out.suffix!r}; expected .obj, .ply or .glb",
                         field="--out")
    ms = read_measurements(args.measurements)
    body = fit_body(ms, skin=skin_of(args))
    if out is not None:
        import trimesh

        mesh = trimesh.Trimesh(body.vertices, body.faces, process=False)
        data = mesh.export(file_type=out.suffix.lower()[1:])
        atomic_write_bytes(out, data.encode() if isinstance(data, str) else data)
    report = body.report()
    if args.report:
        atomic_write_bytes(Path(args.report), json.dumps(report, indent=1).encode())
    for warning in body.warnings:
        print(f"mtm: warning: {warning}", file=sys.stderr)
    if body.let_go:
        print("mtm: let go to keep a plausible shape (target minus body): " + ", ".join(
            f"{k} {v:+.1f} cm" for k, v in body.let_go.items()), file=sys.stderr)
    print(f"fitted in {body.seconds:.2f} s; largest residual "
          f"{max(abs(r) for r in body.residuals.values()):.2f} cm"
          + (f"; wrote {out}" if out else ""))
    return 0

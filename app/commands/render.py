"""``mtm render``: pictures and shareable files of a body and a draped garment.

Input: a draped garment file (.glb as ``mtm render --glb`` or the drape writes it, also .obj
or .ply), optionally ``--body`` for the body mesh; or ``--measurements FILE`` to fit the body
(and ``--garment G`` to draft and drape it here); or ``--demo`` for the stand-in mannequin.
Outputs: ``--png`` one view, ``--turntable`` a GIF or MP4 all round, ``--glb`` a file phones and
web viewers open, ``--sheet`` this render side by side with ``--compare`` another garment.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

from mtm.core.errors import InputError

#: Colour of the garment under the top in an outfit (a neutral charcoal; denim stays blue).
BOTTOM_COLOR = "#3a3d44"
#: Turntables are for sharing (messages, web pages): smaller frames than a still by default.
TURNTABLE_SIZE = "600x750"


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "render", help="render a draped garment: PNG, turntable GIF/MP4, GLB, comparison sheet",
        description="Render a body and its draped garment off-screen (no display needed).")
    p.add_argument("draped", nargs="?", metavar="DRAPED",
                   help="draped garment file (.glb/.gltf/.obj/.ply); a .glb may hold the body too")
    p.add_argument("--body", metavar="FILE", help="body mesh file (.obj/.ply/.glb) to show under "
                   "the garment, when DRAPED holds only the garment")
    p.add_argument("--demo", action="store_true",
                   help="render the built-in stand-in mannequin and tube garment")
    made = p.add_argument_group("or make it here: fit the body, draft and drape the garment")
    made.add_argument("--measurements", "-m", metavar="FILE",
                      help="measurement file: fit the customer's body (alone, or under --garment)")
    made.add_argument("--garment", action="append", default=[], metavar="G",
                      help="garment to draft for --measurements (missing measurements are "
                           "estimated) and drape on the body; two or three times for an "
                           "outfit, a top over a bottom, a jacket over a top (--garment jacket "
                           "--garment shirt --garment trousers)")
    made.add_argument("--option", "-o", action="append", default=[], metavar="KEY=VALUE",
                      help="style option of --garment (see `mtm garments`); repeat for several")
    made.add_argument("--fabric", default=None, metavar="NAME",
                      help="fabric preset to drape with (default: the garment's own; in an "
                           "outfit the outermost garment's, the others wear their own)")
    made.add_argument("--resolution", type=float, default=1.0, metavar="CM",
                      help="drape mesh edge length in cm (default 1.0)")
    out = p.add_argument_group("outputs (at least one)")
    out.add_argument("--png", metavar="OUT.png", help="one view as a PNG")
    out.add_argument("--turntable", metavar="OUT.gif|OUT.mp4", help="a 360 degree turntable")
    out.add_argument("--glb", metavar="OUT.glb", help="body and textured garment as a GLB")
    out.add_argument("--sheet", metavar="OUT.png",
                     help="side by side with --compare (same view and look)")
    look = p.add_argument_group("look")
    look.add_argument("--view", default="front",
                      help="front, back, left, right, three-quarter, or an angle in degrees "
                           "(default front)")
    look.add_argument("--fabric-look", metavar="NAME",
                      help="solid, stripes, breton, gingham, check, denim, herringbone, jersey "
                           "(default: denim or jersey for those fabrics, else solid)")
    look.add_argument("--color", metavar="#RRGGBB", help="fabric colour (#RRGGBB or a name)")
    look.add_argument("--fabric-image", metavar="IMAGE",
                      help="your own fabric image, tiled every --repeat cm (overrides "
                           "--fabric-look)")
    look.add_argument("--repeat", type=float, default=10.0, metavar="CM",
                      help="width in cm of one repeat of --fabric-image (default 10)")
    look.add_argument("--fit-map", choices=("strain", "ease"),
                      help="colour the garment by stretch (%%) or ease (cm) instead of fabric")
    look.add_argument("--skin", default="mst-4",
                      help="skin tone: mst-1..mst-10 (Monk scale), light, medium, tan, brown, "
                           "deep, or a colour (default mst-4)")
    look.add_argument("--detailed-skin", action="store_true",
                      help="with --measurements: the detailed MakeHuman skin instead of the "
                           "smooth mannequin finish (no nipples or genital detail)")
    look.add_argument("--size", default="800x1000", metavar="WxH",
                      help="image size in pixels (default 800x1000)")
    look.add_argument("--quality", choices=("draft", "high", "best"), default="high",
                      help="draft: no anti-aliasing; high: anti-aliased; best: also ambient "
                           "occlusion (slower)")
    look.add_argument("--frames", type=int, default=36, help="turntable frames (default 36)")
    look.add_argument("--turntable-size", default=TURNTABLE_SIZE, metavar="WxH",
                      help=f"turntable frame size in pixels (default {TURNTABLE_SIZE})")
    look.add_argument("--no-floor", action="store_true", help="leave out the floor and shadow")
    look.add_argument("--caption", nargs="?", const="", metavar="TEXT",
                      help="write a caption under the --png picture (a photo for messaging "
                           "apps): TEXT, or with no TEXT the customer's name, the garment and "
                           "the fabric")
    cmp_ = p.add_argument_group("comparison sheet")
    cmp_.add_argument("--compare", metavar="DRAPED2",
                      help="second draped garment file for --sheet")
    cmp_.add_argument("--labels", nargs=2, metavar=("A", "B"),
                      help="captions for the sheet (default: the file names)")
    p.add_argument("--json", action="store_true",
                   help="print what was written and how long it took as JSON")
    p.set_defaults(func=run)


def parse_size(text: str) -> tuple[int, int]:
    """'800x1000' -> (800, 1000)."""
    m = re.fullmatch(r"\s*(\d+)\s*[xX\u00d7]\s*(\d+)\s*", text or "")
    if not m:
        raise InputError(f"{text!r}: expected WIDTHxHEIGHT in pixels, e.g. 800x1000",
                         field="--size")
    w, h = int(m.group(1)), int(m.group(2))
    if not (16 <= w <= 8192 and 16 <= h <= 8192):
        raise InputError(f"{text!r}: width and height must be 16..8192 pixels", field="--size")
    return w, h


def _view(text: str) -> str | float:
    try:
        return float(text)
    except ValueError:
        return text


def _load(path: str, body_path: str | None):
    from mtm.render.glb import load_glb

    body, garment = load_glb(path)
    if body_path:
        extra_body, extra_garment = load_glb(body_path)
        body = extra_body or _as_body(extra_garment)
    return body, garment


def _as_body(mesh):
    from mtm.render.meshes import BodyMesh

    return None if mesh is None else BodyMesh(mesh.vertices, mesh.faces)


def _default_look(args: argparse.Namespace, fabric: str | None = None) -> str:
    """The fabric look that suits the drape fabric when none is asked for."""
    fabric = (fabric or args.fabric or _top_fabric(args)).lower() if args.garment else ""
    return look_for_fabric(fabric)


def look_for_fabric(fabric: str) -> str:
    return "denim" if "denim" in fabric else "jersey" if "jersey" in fabric else "solid"


def bottom_look(fabric: str):
    """How the garment under an outfit's top shows: its fabric's look, charcoal unless denim."""
    from mtm.render.textures import fabric_look

    name = look_for_fabric(fabric)
    return fabric_look(name, None if name == "denim" else BOTTOM_COLOR)


def _top_fabric(args: argparse.Namespace) -> str:
    """The default fabric of the first garment asked for ("" when unknown)."""
    from mtm.core.errors import MtmError
    from mtm.patterns import get_garment

    try:
        return get_garment(args.garment[0]).fabric if args.garment else ""
    except MtmError:
        return ""


@dataclass(frozen=True)
class Made:
    """A customer's fitted body and, when garments were asked for, the top one's draft and
    drape, and the garments under it in an outfit as (mesh, fabric, title)."""

    measurements: object  # MeasurementSet
    body: object  # BodyMesh
    garment: object | None = None  # GarmentMesh
    pattern: object | None = None  # Garment (the 2D draft)
    title: str = ""
    under: tuple = ()


def make_draped(measurements: str, garments: str | list[str] | None, options: list[str],
                fabric: str | None, resolution: float, skin: str = "mannequin") -> Made:
    """Fit the body to a measurement file and draft and drape the garments there: one, or an
    outfit (a top over a bottom; ``fabric`` is the top's, the bottom wears its own). ``skin``
    is the body's finish (``bodies.finish.SKINS``), shown and draped on."""
    from mtm.app.commands.drape import draft_garments
    from mtm.bodies.fit import fit_body
    from mtm.core.io.measurement_files import read_measurements
    from mtm.render.meshes import as_body, as_garment

    names = [garments] if isinstance(garments, str) else list(garments or [])
    ms = read_measurements(measurements)
    if not names:
        return Made(ms, as_body(fit_body(ms, skin=skin)))
    if len(names) > 3:
        raise InputError("an outfit is at most three garments: a bottom, a top and a jacket",
                         field="--garment")
    from mtm.core.drape.outfit import check_outfit, drape_outfit, layer_rank
    from mtm.patterns import get_garment

    specs = [get_garment(n) for n in names]
    patterns = draft_garments(names, options, ms)  # checked before the slow fit
    ranks = [layer_rank(p) for p in patterns]
    top = ranks.index(max(ranks))  # the outermost garment: the one the look dresses
    fabrics = [fabric if (i == top and fabric) else spec.fabric for i, spec in enumerate(specs)]
    check_outfit(patterns, fabrics)  # before the slow fit
    body = fit_body(ms, skin=skin)
    draped = drape_outfit(patterns, body, fabrics, resolution=resolution,
                          progress=_progress_line("draping"))
    if sys.stderr.isatty():
        sys.stderr.write("\n")
    outward = sorted(range(len(draped)), key=lambda i: -ranks[i])  # outermost first
    under = tuple((as_garment(draped[i]), fabrics[i], specs[i].title) for i in outward
                  if i != top)
    return Made(ms, as_body(body), as_garment(draped[top]), patterns[top], specs[top].title,
                under)


def caption_lines(args: argparse.Namespace, customer: str, garment_title: str) -> list[str]:
    """The photo's caption: the text given, else the customer, the garment and the fabric."""
    if args.caption:
        return [line.strip() for line in args.caption.split("\\n")]
    if args.fabric_image:
        look = Path(args.fabric_image).stem
    else:
        look = args.fabric_look or _default_look(args)
    fabric = (args.fabric or _top_fabric(args)).replace("_", " ") if args.garment else ""
    what = garment_title or (Path(args.draped).stem if args.draped else "")
    details = " \u00b7 ".join(x for x in (what, fabric, look, args.color or "") if x)
    return [customer or "MTM Studio", details]


def _progress_line(what: str):
    """A progress callback printing 'what  42%' in place on a terminal, silent otherwise."""
    if not sys.stderr.isatty():
        return None

    def show(fraction: float) -> None:
        sys.stderr.write(f"\r{what} {100 * fraction:5.1f}%")
        sys.stderr.flush()

    return show


def run(args: argparse.Namespace) -> int:
    from mtm.app.commands.body import skin_of
    from mtm.render.fitmap import fit_map
    from mtm.render.glb import export_glb, export_outfit_glb
    from mtm.render.png import save_png
    from mtm.render.scene import Scene, SceneStyle, skin_tone, view_azimuth
    from mtm.render.sheet import save_sheet
    from mtm.render.textures import fabric_look, image_texture
    from mtm.render.turntable import check_turntable_path, save_turntable, turntable_frames

    if not (args.png or args.turntable or args.glb or args.sheet):
        raise InputError("nothing to write: give --png, --turntable, --glb and/or --sheet")
    sources = [bool(args.draped), args.demo, bool(args.measurements)]
    if sum(sources) != 1:
        raise InputError("give one of: a DRAPED garment file, --measurements FILE "
                         "(with --garment G to drape one), or --demo")
    if args.garment and not args.measurements:
        raise InputError("--garment needs --measurements FILE (the customer to drape it on)")
    if args.sheet and not args.compare:
        raise InputError("--sheet needs --compare DRAPED2 (the second garment)")
    if args.frames < 1 or args.frames > 720:
        raise InputError(f"{args.frames}: expected 1..720 frames", field="--frames")
    for out in (args.png, args.turntable, args.glb, args.sheet):
        if out and not Path(out).parent.resolve().is_dir():
            raise InputError("the folder does not exist", source=out)
    size = parse_size(args.size)
    turntable_size = parse_size(args.turntable_size)
    if args.fabric_image:
        if not args.repeat > 0:
            raise InputError(f"{args.repeat}: expected a positive repeat in cm", field="--repeat")
        look = image_texture(args.fabric_image, args.repeat)
    else:
        look = fabric_look(args.fabric_look or _default_look(args), args.color)
    fit = fit_map(args.fit_map) if args.fit_map else None
    view = view_azimuth(_view(args.view))
    skin_tone(args.skin)  # a bad colour is refused before any fitting or draping
    if args.turntable:
        check_turntable_path(args.turntable)

    if args.caption is not None and not args.png:
        raise InputError("--caption writes under the --png picture: give --png OUT.png")
    customer = garment_title = ""
    under: list = []  # an outfit's other garments: (mesh, look, title)
    if args.demo:
        from mtm.render.standin import standin_body, standin_garment

        body, garment = standin_body(), standin_garment()
    elif args.measurements:
        made = make_draped(args.measurements, args.garment, args.option, args.fabric,
                           args.resolution, skin_of(args))
        body, garment = made.body, made.garment
        customer, garment_title = made.measurements.name, made.title
        under = [(mesh, bottom_look(fab), title) for mesh, fab, title in made.under]
        if under:
            garment_title = " + ".join([garment_title] + [t for _m, _l, t in under])
    else:
        body, garment = _load(args.draped, args.body)

    style = SceneStyle(look=look, fit_map=args.fit_map, skin=args.skin, size=size,
                       quality=args.quality, floor=not args.no_floor)
    report: dict[str, object] = {}
    t0 = time.perf_counter()
    if args.png or args.sheet:
        with Scene(body, garment, style, under=[(m, lk) for m, lk, _t in under]) as scene:
            scene.set_view(view)
            image = scene.image()
        if args.png and args.caption is not None:
            from mtm.render.caption import save_photo

            lines = caption_lines(args, customer, garment_title)
            save_photo(args.png, image, lines)
            report["png"] = args.png
            report["caption"] = lines
        elif args.png:
            save_png(args.png, image)
            report["png"] = args.png
        if args.sheet:
            body2, garment2 = _load(args.compare, args.body)
            with Scene(body2, garment2, style) as scene2:
                scene2.set_view(view)
                image2 = scene2.image()
            labels = args.labels or [Path(args.draped or "stand-in").stem,
                                     Path(args.compare).stem]
            save_sheet(args.sheet, [image, image2], labels)
            report["sheet"] = args.sheet
    if args.turntable:
        t1 = time.perf_counter()
        with Scene(body, garment, replace(style, size=turntable_size),
                   under=[(m, lk) for m, lk, _t in under]) as scene:
            scene.set_view(view)
            frames = turntable_frames(scene, args.frames)
        save_turntable(args.turntable, frames)
        report["turntable"] = args.turntable
        report["turntable_seconds"] = round(time.perf_counter() - t1, 3)
    if args.glb:
        if under:
            export_outfit_glb(args.glb, body, [garment] + [m for m, _l, _t in under],
                              ["garment"] + [f"garment-{t}" for _m, _l, t in under],
                              [look] + [lk for _m, lk, _t in under], skin=args.skin, tuck=True)
        else:
            export_glb(args.glb, body, garment, look=look, fit=fit, skin=args.skin, tuck=True)
        report["glb"] = args.glb
    report["seconds"] = round(time.perf_counter() - t0, 3)
    if args.json:
        json.dump(report, sys.stdout)
        sys.stdout.write("\n")
    else:
        for key in ("png", "turntable", "glb", "sheet"):
            if key in report:
                print(f"wrote {report[key]}")
    return 0

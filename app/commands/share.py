"""``mtm share``: the customer's share page, one HTML file with their garment in 3D.

Either drape here (``-m FILE --garment G``: fit the body, draft, drape) or take a draped
file written before (``DRAPED.glb``, with ``--pattern`` for the key measurements). The page
embeds the model and the viewer, so it opens offline from a file, a message or a phone.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import sys
from pathlib import Path

from mtm.core.errors import InputError


def register(subparsers: argparse._SubParsersAction) -> None:
    p = subparsers.add_parser(
        "share", help="a self-contained HTML page of the garment in 3D for the customer",
        description="Write one HTML file (model and viewer inside) that opens offline in a "
                    "browser or on a phone: orbit and zoom, the customer's name, garment, "
                    "fabric, date and key finished measurements.")
    p.add_argument("draped", nargs="?", metavar="DRAPED.glb",
                   help="a draped garment written before (mtm drape/render --glb)")
    made = p.add_argument_group("or drape it here")
    made.add_argument("--measurements", "-m", metavar="FILE", help="the customer's measurements")
    made.add_argument("--garment", action="append", default=[], metavar="G",
                      help="garment to draft and drape (see `mtm garments`)")
    made.add_argument("--option", "-o", action="append", default=[], metavar="KEY=VALUE",
                      help="style option of --garment; repeat for several")
    made.add_argument("--fabric", metavar="NAME",
                      help="fabric preset to drape with (default: the garment's own)")
    made.add_argument("--resolution", type=float, default=1.0, metavar="CM",
                      help="drape mesh edge length in cm (default 1.0)")
    p.add_argument("--pattern", metavar="PATTERN.json",
                   help="the garment's pattern (mtm draft --out), for the key measurements "
                        "when sharing a DRAPED file")
    p.add_argument("--name", help="customer name on the page (default: from the measurement "
                                  "file)")
    p.add_argument("--fabric-look", metavar="NAME",
                   help="solid, stripes, breton, gingham, check, denim, herringbone, jersey")
    p.add_argument("--color", metavar="#RRGGBB", help="fabric colour")
    p.add_argument("--skin", default="mst-4", help="skin tone (as for mtm render)")
    p.add_argument("--lang", default="en", choices=("en", "vi", "zh_CN", "id"),
                   help="the language of the page's own words (default en)")
    p.add_argument("--out", required=True, metavar="NAME.html", help="the page to write")
    p.add_argument("--json", action="store_true", help="print what was written as JSON")
    p.set_defaults(func=run)


def _spec_fabric(name: str) -> str:
    from mtm.patterns import get_garment

    return get_garment(name).fabric


def _fabric_text(fabric: str | None, look_name: str) -> str:
    words = (fabric or "").replace("_", " ")
    look = look_name.replace("_", " ")
    return ", ".join(w for w in (words, look if look not in words else "") if w)


def run(args: argparse.Namespace) -> int:
    from mtm.app.commands.render import look_for_fabric
    from mtm.render.glb import glb_bytes, load_glb
    from mtm.render.scene import skin_tone
    from mtm.render.share_page import SharePageInfo, key_measurements, write_share_page
    from mtm.render.textures import fabric_look

    out = Path(args.out)
    if out.suffix.lower() not in (".html", ".htm"):
        raise InputError("expected a .html file name", field="--out")
    if not out.parent.resolve().is_dir():
        raise InputError("the folder does not exist", source=str(out))
    if bool(args.draped) == bool(args.measurements):
        raise InputError("give a DRAPED.glb file, or --measurements FILE with --garment G")
    if args.measurements and not args.garment:
        raise InputError("--measurements needs --garment G (the garment to show)")
    if len(args.garment) > 3:
        raise InputError("an outfit is at most three garments: a bottom, a top and a jacket",
                         field="--garment")
    # a bad skin, look or colour, or mesh size, is refused before any slow work
    skin_tone(args.skin)
    fabric_look(args.fabric_look or "solid", args.color)
    if not 0.5 <= args.resolution <= 3.0:
        raise InputError(f"{args.resolution:g} cm is out of range; expected 0.5 to 3",
                         field="--resolution")

    customer = args.name or ""
    under: list = []  # an outfit's other garments: (mesh, look, title)
    measurements: list[tuple[str, float]] = []
    garment_title = ""
    if args.draped:
        body, garment = load_glb(args.draped)  # a missing or damaged file: InputError
        if garment is None:
            raise InputError("the file holds a body but no garment", source=args.draped)
        fabric = args.fabric
        if args.pattern:
            from mtm.core.io.pattern_json import read_pattern

            pattern = read_pattern(args.pattern)
            measurements = key_measurements(pattern)
            garment_title = pattern.name
        garment_title = garment_title or Path(args.draped).stem
    else:
        from mtm.app.commands.body import skin_of
        from mtm.app.commands.render import bottom_look, make_draped

        made = make_draped(args.measurements, args.garment, args.option, args.fabric,
                           args.resolution, skin_of(args))
        body, garment = made.body, made.garment
        fabric = args.fabric or _spec_fabric(made.pattern.name)
        measurements = key_measurements(made.pattern)
        garment_title = made.title or made.pattern.name
        under = [(mesh, bottom_look(fab), title) for mesh, fab, title in made.under]
        customer = customer or made.measurements.name
    look_name = args.fabric_look or look_for_fabric(fabric or "")
    look = fabric_look(look_name, args.color)
    glb = glb_bytes(body, garment, look=look, skin=args.skin, tuck=True,
                    under=[(m, lk, f"garment-{t}") for m, lk, t in under])
    info = SharePageInfo(customer=customer or "Customer",
                         garments=[garment_title] + [t for _m, _l, t in under],
                         fabric=_fabric_text(fabric, look_name),
                         date=dt.date.today().isoformat(), measurements=measurements,
                         language=args.lang)
    size = write_share_page(out, glb, info)
    if args.json:
        json.dump({"page": str(out), "bytes": size, "model_bytes": len(glb),
                   "measurements": dict(measurements)}, sys.stdout)
        sys.stdout.write("\n")
    else:
        print(f"wrote {out} ({size / 2**20:.1f} MB)")
    return 0

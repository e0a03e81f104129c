"""Trousers: front with a pleat or a dart and a zip fly (fly facing), back with a dart,
straight waistband with an extension; the crease line is the grain line.

Drafting system: W. Aldrich, "Metric Pattern Cutting for Women's Wear" / "... for Menswear"
trouser blocks with the Müller & Sohn seat angle and back-fork drop (see
``blocks/trouser.py`` for the formulas and the made-to-measure departures).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

import numpy as np

from mtm.core.checks import with_checks
from mtm.core.garment import (
    Dart,
    DrillHole,
    Edge,
    EdgeRef,
    Garment,
    GirthLine,
    InternalLine,
    Label,
    Notch,
    Piece,
    Placement,
    Seam,
    SmoothCurve,
)

from . import GarmentSpec
from .blocks.bodice import distance_to_y
from .blocks.skirt import BandPart, body_measurements, waistband
from .blocks.trouser import THIGH_DROP, TrouserInput, draft_trouser_block
from .options import Option, resolve_options

SYSTEM = (
    "Aldrich, Metric Pattern Cutting for Women's Wear / for Menswear: trouser block, with the "
    "Müller & Sohn seat angle and back-fork drop; crotch seam fitted to the crotch length"
)

MEASUREMENTS = (
    "waist_girth",
    "hip_girth",
    "waist_to_hip",
    "outside_leg",
    "inside_leg",
    "crotch_length",
    "thigh_girth",
    "ankle_girth",
)
#: used when given, else estimated from the others (ANSUR II has no knee girth)
OPTIONAL = ("knee_girth",)

OPTIONS = (
    Option("front", "pleat", "front waist shaping: one pleat or one dart",
           choices=("pleat", "dart")),
    Option("pleat_depth", 3.0, "depth of the front pleat", 1.5, 5.0, "cm"),
    Option("hip_ease", 6.0, "finished hip girth minus body hip girth", 3.0, 20.0, "cm"),
    Option("waist_ease", 2.0, "finished waist girth minus body waist girth", 1.0, 6.0, "cm"),
    Option("hem_girth", 42.0, "leg opening girth (never under ankle girth + 12 cm)", 30.0, 80.0,
           "cm"),
    Option("hem_height", 3.0, "hem above the floor at the side seam (the hem stays at least "
           "5 cm below the knee line)", 0.0, 40.0, "cm"),
    Option("waistband_width", 4.0, "finished width of the waistband", 2.5, 7.0, "cm"),
)

MIN_HIP_EASE = 3.0
MIN_WAIST_EASE = 1.0
THIGH_EASE = 7.0  # planned at the thigh line (crotch level), cm
MIN_THIGH_EASE = 4.0  # checked 2.5 cm below the crotch line
CROTCH_LENGTH_EASE = 3.0
SA = 1.5  # side and inside-leg seam allowance
HEM = 4.0
FLY_WIDTH = 4.0


def draft(
    measurements: Mapping[str, float],
    options: Mapping[str, object] | None = None,
) -> Garment:
    """Draft the trousers for ``measurements`` (cm) and ``options``; checks are run."""
    opt = resolve_options(OPTIONS, options, garment="trousers")
    m = body_measurements(measurements, MEASUREMENTS, OPTIONAL)
    pleat = opt["front"] == "pleat"
    waist = m["waist_girth"] + float(opt["waist_ease"])
    hip = m["hip_girth"] + float(opt["hip_ease"])
    front_supp = (hip / 4 - 0.5) - (waist / 4 - 0.5)
    intake = float(opt["pleat_depth"]) if pleat else min(max(0.35 * front_supp, 1.0), 2.5)
    hem_w = max(float(opt["hem_girth"]), m["ankle_girth"] + 12.0)
    rise = max(m["outside_leg"] - m["inside_leg"], 15.0)
    block = draft_trouser_block(
        TrouserInput(
            hip=hip,
            waist=waist,
            thigh_need=m["thigh_girth"] + THIGH_EASE,
            thigh_min=m["thigh_girth"] + MIN_THIGH_EASE + 0.2,
            waist_to_hip=min(m["waist_to_hip"], rise - 3.0),
            rise=rise,
            crotch_target=m["crotch_length"] + CROTCH_LENGTH_EASE,
            leg_length=m["outside_leg"] - float(opt["hem_height"]),
            outside_leg=m["outside_leg"],
            knee_width=max(m["knee_girth"] + 8.0, hem_w + 3.0),
            hem_width=hem_w,
            front_intake=intake,
            front_pleat=pleat,
        ),
        true_waist=True,
    )
    allow = {"hem": (HEM, "reverse"), "side": (SA, "mitre"), "inseam": (SA, "mitre"),
             "crotch": (1.5, "mitre")}

    def dress(edges: dict[str, Edge], order: tuple[str, ...]) -> tuple[Edge, ...]:
        out = []
        for n in order:
            a, c = allow.get(n, (1.0, "mitre"))
            out.append(replace(edges[n], allowance=a, corner=c))
        return out

    waist_f = ("waist",) if pleat else ("waist_side", "dart_in", "dart_out", "waist_centre")
    f_edges = dress(block.front, ("hem", "side", *waist_f, "fly", "crotch", "inseam"))
    b_edges = dress(block.back, ("hem", "side", "waist_side", "dart_in", "dart_out",
                                 "waist_centre", "crotch", "inseam"))
    # balance marks at the front's hip and knee; the back's (equally long seams) face them
    f_side, f_inseam = f_edges[1], f_edges[-1]
    marks = [
        Notch("side", distance_to_y(f_side, block.hip_y)),
        Notch("side", distance_to_y(f_side, block.knee_y)),
        Notch("inseam", -distance_to_y(f_inseam.reversed(), block.knee_y)),
    ]
    pieces = []
    for which, edges, crease in (("front", f_edges, block.front_crease),
                                 ("back", b_edges, block.back_crease)):
        back = which == "back"
        by = {e.name: e for e in edges}
        notches = marks + [Notch("crotch", -8.0, 2 if back else 1)]
        internal = [InternalLine("crease", ((crease, block.hem_y), (crease, block.crotch_y)),
                                 "crease"),
                    InternalLine("hip", ((by["side"].control[6][0] - 4.0, block.hip_y),
                                         (by["side"].control[6][0], block.hip_y)))]
        holes = []
        darts = ()
        if "dart_in" in by:
            darts = (Dart("waist_dart", ("dart_in", "dart_out")),)
            apex = block.back_dart_apex if back else block.front_dart_apex
            holes.append(DrillHole((apex[0], apex[1] + 1.0), "dart", "dart point"))
        if not back and block.pleat_x:
            px0, px1 = block.pleat_x
            top = by["waist"]
            for x in (px0, px1):  # fold and placement line (no notches: the band has none)
                y = _y_at_x(top, x)
                internal.append(InternalLine("pleat", ((x, y), (x, y - 6.0)), "pleat"))
        if not back:
            fly = by["fly"]
            y_end = fly.end[1]
            internal.append(InternalLine("fly_stitch", _fly_stitch(y_end), "stitch"))
            notches.append(Notch("crotch", 0.0))  # the fly end: zip stop
        gy0, gy1 = block.hem_y + 8.0, block.crotch_y - 4.0
        title_y = 0.5 * (block.knee_y + block.crotch_y)
        pieces.append(
            Piece(
                name=which,
                edges=tuple(edges),
                grainline=((crease, gy0), (crease, gy1)),
                quantity=2,
                mirrored=True,
                fabric="shell",
                notches=tuple(notches),
                darts=darts,
                internal_lines=tuple(internal),
                drill_holes=tuple(holes),
                labels=(
                    Label(f"TROUSERS {which.upper()}", (crease - 2.5, title_y), 1.5, 90.0),
                    Label("cut 2 (a pair) - grain = crease", (crease + 2.0, title_y), 0.9, 90.0),
                ),
                placement=Placement(
                    "right_leg" if back else "left_leg", which, (crease, block.knee_y), "knee"
                ),
                title=f"Trousers {which}",
            )
        )
    front, back = pieces
    fly = front.edge("fly")
    y_end = fly.end[1]
    facing = Piece(
        name="fly_facing",
        edges=(
            Edge.line("attach", (0.0, 0.0), (0.0, y_end), allowance=1.0),
            Edge.cubic("curve", (0.0, y_end), (0.55 * FLY_WIDTH, y_end),
                       (FLY_WIDTH, y_end + 0.45 * FLY_WIDTH), (FLY_WIDTH, y_end + FLY_WIDTH),
                       allowance=0.0),
            Edge.line("outer", (FLY_WIDTH, y_end + FLY_WIDTH), (FLY_WIDTH, 0.0), allowance=0.0),
            Edge.line("top", (FLY_WIDTH, 0.0), (0.0, 0.0), allowance=1.0),
        ),
        grainline=((0.5 * FLY_WIDTH, y_end + FLY_WIDTH + 1.0), (0.5 * FLY_WIDTH, -2.0)),
        quantity=1,
        fabric="shell",
        labels=(Label("FLY FACING cut 1", (0.5 * FLY_WIDTH, 0.5 * y_end), 0.8, 90.0),),
        placement=Placement("waist", "front", (0.0, 0.0), "waist_front", wrap=True),
        title="Fly facing",
    )

    def ln(p, e):
        return p.edge(e).length

    def ref(p, e, mirror=False):
        return EdgeRef(p, e, mirror)

    if pleat:
        pl = float(opt["pleat_depth"])
        front_l = [BandPart("front_l", ref("front", "waist"), ln(front, "waist") - pl, True, pl)]
        front_r = [BandPart("front_r", ref("front", "waist", True), ln(front, "waist") - pl,
                            False, pl, notch=True)]
    else:
        front_l = [
            BandPart("front_l_c", ref("front", "waist_centre"), ln(front, "waist_centre"), True),
            BandPart("front_l_s", ref("front", "waist_side"), ln(front, "waist_side"), True),
        ]
        front_r = [
            BandPart("front_r_s", ref("front", "waist_side", True), ln(front, "waist_side"),
                     False, notch=True),
            BandPart("front_r_c", ref("front", "waist_centre", True), ln(front, "waist_centre"),
                     False),
        ]
    parts = front_l + [
        BandPart("back_l_s", ref("back", "waist_side", True), ln(back, "waist_side"), False,
                 notch=True),
        BandPart("back_l_c", ref("back", "waist_centre", True), ln(back, "waist_centre"), False),
        BandPart("back_r_c", ref("back", "waist_centre"), ln(back, "waist_centre"), True,
                 notch=True),
        BandPart("back_r_s", ref("back", "waist_side"), ln(back, "waist_side"), True),
    ] + front_r
    band, band_seams, waist_line = waistband(
        "waistband", parts, width=float(opt["waistband_width"]), extension=4.0,
        label="WAISTBAND cut 1 on fold", min_ease=MIN_WAIST_EASE, anchor_x=0.0,
    )
    seams = (
        Seam(ref("front", "side"), ref("back", "side"), reversed=False, name="outside_leg"),
        Seam(ref("front", "inseam"), ref("back", "inseam"), reversed=False, name="inside_leg"),
        Seam(ref("front", "crotch"), ref("front", "crotch", True), reversed=False,
             name="front_crotch"),
        Seam(ref("front", "fly"), ref("front", "fly", True), reversed=False, name="fly_zip"),
        Seam(ref("back", "crotch"), ref("back", "crotch", True), reversed=False,
             name="back_crotch"),
        Seam(ref("front", "fly"), ref("fly_facing", "attach"), reversed=False,
             name="fly_facing"),
    ) + band_seams
    hip_y = block.hip_y
    thigh_y = block.crotch_y - THIGH_DROP
    waist_edges = ("waist",) if pleat else ("waist_side", "waist_centre")
    g = Garment(
        name="trousers",
        pieces=(front, back, band, facing),
        seams=seams,
        size="MTM",
        measurements=m,
        options=opt,
        system=SYSTEM,
        girths=(
            waist_line,
            GirthLine("hip", "hip_girth", MIN_HIP_EASE,
                      (("front", (-100.0, hip_y), (500.0, hip_y), 2.0),
                       ("back", (-100.0, hip_y), (500.0, hip_y), 2.0))),
            GirthLine("thigh", "thigh_girth", MIN_THIGH_EASE,
                      (("front", (-100.0, thigh_y), (500.0, thigh_y), 1.0),
                       ("back", (-100.0, thigh_y), (500.0, thigh_y), 1.0))),
        ),
        smooth_curves=(
            SmoothCurve("waistline", tuple(("front", e) for e in waist_edges)
                        + (("back", "waist_side"), ("back", "waist_centre"))),
            SmoothCurve("crotch", (("front", "crotch"), ("back", "crotch"))),
        ),
    )
    return with_checks(g)


def _y_at_x(edge: Edge, x: float) -> float:
    """Height of ``edge`` where it crosses ``x`` (an edge running right to left)."""
    pts = edge.polyline()[::-1]
    return float(np.interp(x, pts[:, 0], pts[:, 1]))


def _fly_stitch(y_end: float) -> tuple[tuple[float, float], ...]:
    """The J-shaped fly topstitching, 0.5 cm inside the fly facing's outline."""
    w = FLY_WIDTH - 0.5
    r = 0.75 * w
    cx, cy = w - r, y_end + 0.5 + r
    arc = [(cx + r * np.cos(a), cy + r * np.sin(a)) for a in np.linspace(0.0, -0.5 * np.pi, 7)]
    return ((w, -0.5), *arc, (0.3, y_end + 0.5))


SPEC = GarmentSpec(
    name="trousers",
    title="Trousers (pleat or dart front, zip fly)",
    measurements=MEASUREMENTS,
    options=OPTIONS,
    sexes=("female", "male"),
    system=SYSTEM,
    draft=draft,
    fabric="wool_suiting",
)

"""Áo dài trousers (quần áo dài): straight wide legs to the floor, worn under the áo dài;
pull-on with an elastic waist in a casing, or a fitted waistband buttoned at the left side.

Pieces: front and back (pairs), waistband (elastic casing, or a fitted band with a button
extension). No fly: the centre front is sewn up (the elastic waist pulls on over the hips;
the buttoned waist opens at the left side seam, down to the notch).

Drafting system: the shared trouser block (``blocks/trouser.py``: Aldrich's trouser block
with the Müller & Sohn seat angle and back-fork drop, crotch seam fitted to the crotch
length), with the knee as wide as the hem (straight legs); the elastic waist is cut as wide
as the hip plus ease so that it pulls on, and gathered by the elastic.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import replace

from mtm.core.checks import with_checks
from mtm.core.garment import (
    Dart,
    DrillHole,
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
from .trousers import MEASUREMENTS, OPTIONAL

SYSTEM = (
    "Aldrich, Metric Pattern Cutting for Women's Wear / for Menswear: trouser block with the "
    "Müller & Sohn seat angle; straight wide legs, elastic or side-buttoned waist"
)

OPTIONS = (
    Option("waist", "elastic", "elastic waist in a casing (pull-on) or a fitted waistband "
           "buttoned at the left side", choices=("elastic", "side_button")),
    Option("leg_width", 60.0, "leg opening girth (never under thigh girth + 8 cm)", 40.0,
           110.0, "cm"),
    Option("hip_ease", 10.0, "finished hip girth minus body hip girth", 4.0, 30.0, "cm"),
    Option("waist_ease", 2.0, "finished waist girth minus body waist girth (buttoned waist)",
           1.0, 6.0, "cm"),
    Option("hem_height", 1.0, "hem above the floor at the side seam", 0.0, 30.0, "cm"),
    Option("waistband_width", 3.5, "finished width of the waistband or casing", 2.5, 6.0,
           "cm"),
)

MIN_HIP_EASE = 3.0
MIN_WAIST_EASE = 1.0
PULL_ON_EASE = 2.0  # an elastic waist, stretched open, passes the hip with this much to spare
ELASTIC_LESS = 5.0  # the elastic is cut this much shorter than the waist girth
THIGH_EASE = 8.0
MIN_THIGH_EASE = 4.0
CROTCH_LENGTH_EASE = 3.0
SA = 1.5
HEM = 3.0
OPENING = 16.0  # the left side opening of the buttoned waist, cm below the waist


def draft(
    measurements: Mapping[str, float],
    options: Mapping[str, object] | None = None,
) -> Garment:
    """Draft the áo dài trousers for ``measurements`` (cm) and ``options``; checks are run."""
    opt = resolve_options(OPTIONS, options, garment="ao_dai_trousers")
    m = body_measurements(measurements, MEASUREMENTS, OPTIONAL)
    elastic = opt["waist"] == "elastic"
    hip = m["hip_girth"] + float(opt["hip_ease"])
    waist = hip if elastic else m["waist_girth"] + float(opt["waist_ease"])
    front_supp = (hip / 4 - 0.5) - (waist / 4 - 0.5)
    intake = 0.0 if elastic else min(max(0.35 * front_supp, 1.0), 2.5)
    hem_w = max(float(opt["leg_width"]), m["thigh_girth"] + 8.0, m["ankle_girth"] + 20.0)
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
            knee_width=max(hem_w, m["knee_girth"] + 8.0),
            hem_width=hem_w,
            front_intake=intake,
            front_pleat=elastic,  # elastic: a plain waist line (a pleat of no depth)
        ),
        true_waist=not elastic,  # a casing only has to pass over the hips
    )
    allow = {"hem": (HEM, "reverse"), "side": (SA, "mitre"), "inseam": (SA, "mitre"),
             "crotch": (1.5, "mitre")}

    def dress(edges, order):
        out = []
        for n in order:
            a, c = allow.get(n, (1.0, "mitre"))
            out.append(replace(edges[n], allowance=a, corner=c))
        return out

    waist_f = ("waist",) if elastic else ("waist_side", "dart_in", "dart_out", "waist_centre")
    f_edges = dress(block.front, ("hem", "side", *waist_f, "fly", "crotch", "inseam"))
    b_edges = dress(block.back, ("hem", "side", "waist_side", "dart_in", "dart_out",
                                 "waist_centre", "crotch", "inseam"))
    f_side, f_inseam = f_edges[1], f_edges[-1]
    # knee marks 2 cm above the knee line: on a straight leg the knee is a joint of two
    # nearly parallel stretches, where a notch's direction is ill defined
    knee_mark = block.knee_y + 2.0
    marks = [Notch("side", distance_to_y(f_side, block.hip_y)),
             Notch("side", distance_to_y(f_side, knee_mark)),
             Notch("inseam", -distance_to_y(f_inseam.reversed(), knee_mark))]
    if not elastic:  # the end of the side opening
        marks.append(Notch("side", -distance_to_y(f_side.reversed(), -OPENING)))
    pieces = []
    for which, edges, crease in (("front", f_edges, block.front_crease),
                                 ("back", b_edges, block.back_crease)):
        back = which == "back"
        by = {e.name: e for e in edges}
        notches = marks  # the back's side seam and inseam are balanced to the front's
        internal = [InternalLine("crease", ((crease, block.hem_y), (crease, block.crotch_y)),
                                 "crease")]
        holes = []
        darts = ()
        if "dart_in" in by:
            darts = (Dart("waist_dart", ("dart_in", "dart_out")),)
            apex = block.back_dart_apex if back else block.front_dart_apex
            holes.append(DrillHole((apex[0], apex[1] + 1.0), "dart", "dart point"))
        title_y = 0.5 * (block.knee_y + block.crotch_y)
        pieces.append(Piece(
            name=which,
            edges=tuple(edges),
            grainline=((crease, block.hem_y + 8.0), (crease, block.crotch_y - 4.0)),
            quantity=2,
            mirrored=True,
            notches=tuple(notches) + (Notch("crotch", -8.0, 2 if back else 1),),
            darts=darts,
            internal_lines=tuple(internal),
            drill_holes=tuple(holes),
            labels=(Label(f"AO DAI TROUSERS {which.upper()}", (crease - 2.5, title_y), 1.5, 90.0),
                    Label("cut 2 (a pair) - grain = crease", (crease + 2.0, title_y), 0.9,
                          90.0)),
            placement=Placement("right_leg" if back else "left_leg", which,
                                (crease, block.knee_y), "knee"),
            title=f"Ao dai trousers {which}",
        ))
    front, back = pieces

    def ln(p, e):
        return p.edge(e).length

    def ref(p, e, mirror=False):
        return EdgeRef(p, e, mirror)

    if elastic:
        front_l = [BandPart("front_l", ref("front", "waist"), ln(front, "waist"), True)]
        front_r = [BandPart("front_r", ref("front", "waist", True), ln(front, "waist"), False,
                            notch=True)]
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
    width = float(opt["waistband_width"])
    if elastic:
        elastic_len = m["waist_girth"] - ELASTIC_LESS
        band, band_seams, band_line = waistband(
            "waistband", parts, width=width + 0.5, extension=0.0,
            label=f"CASING cut 1 on fold; elastic {width - 0.5:.1f} x {elastic_len:.0f} cm",
            min_ease=MIN_WAIST_EASE, anchor_x=0.0)
        # stretched open the casing must pass the hips
        waist_line = GirthLine("waist_opening", "hip_girth", PULL_ON_EASE, band_line.parts)
    else:
        band, band_seams, waist_line = waistband(
            "waistband", parts, width=width, extension=4.0,
            label="WAISTBAND cut 1 on fold; opens at the left side",
            min_ease=MIN_WAIST_EASE, anchor_x=0.0)
        band = replace(band, drill_holes=(DrillHole(
            (band.edge("extension").end[0] - 2.0, 0.5 * width), "button", "button"),))
    seams = (
        Seam(ref("front", "side"), ref("back", "side"), reversed=False, name="outside_leg"),
        Seam(ref("front", "inseam"), ref("back", "inseam"), reversed=False, name="inside_leg"),
        Seam(ref("front", "crotch"), ref("front", "crotch", True), reversed=False,
             name="front_crotch"),
        Seam(ref("front", "fly"), ref("front", "fly", True), reversed=False,
             name="centre_front"),
        Seam(ref("back", "crotch"), ref("back", "crotch", True), reversed=False,
             name="back_crotch"),
    ) + band_seams
    hip_y = block.hip_y
    thigh_y = block.crotch_y - THIGH_DROP
    g = Garment(
        name="ao_dai_trousers",
        pieces=(front, back, band),
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
            SmoothCurve("crotch", (("front", "crotch"), ("back", "crotch"))),
        ),
    )
    return with_checks(g)


SPEC = GarmentSpec(
    name="ao_dai_trousers",
    title="Áo dài trousers (quần: straight wide legs, elastic or side-buttoned waist)",
    measurements=MEASUREMENTS,
    options=OPTIONS,
    sexes=("female", "male"),
    system=SYSTEM,
    draft=draft,
    fabric="silk_charmeuse",
)

"""Áo dài: the Vietnamese long tunic, close-fitting to the waist, with front and back panels
(tà trước, tà sau) falling from the waist to below the knee or the ankle, open at the sides
from the waist down; mandarin collar (cổ đứng), raglan sleeves (the modern cut) or set-in
sleeves; opening on the wearer's right from the collar along the front raglan (or shoulder
and armhole) seam and down the side seam to the waist, closed with snaps (bấm) on an
under-front (vạt con). Worn over the wide-leg trousers (``ao_dai_trousers``).

Pieces: the whole front (the over-front: both halves in one piece, its right raglan and side
edges are the opening), the under-front (the strip under the opening, sewn to the right
sleeve and the back's right side seam), the back (on the fold), the sleeves (a pair), the
stand collar (cut 2) and facings cut to the shape of the opening.

Drafting system: W. Aldrich's close-fitting bodice block ("Metric Pattern Cutting for
Women's Wear", as in ``sheath_dress``) on the shared ``blocks/bodice.py`` neck, shoulder and
armhole, raglan conversion ``blocks/raglan.py``, stand collar ``blocks/stand_collar.py``; the
áo dài tailor's card sets the bust point and the front length: hạ ngực (neck to bust point)
places the bust point, hạ eo trước (front waist length) the front waist, whose difference to
the back's (hạ eo sau) is the side bust dart. Below the waist the panels are cut to the hip
girth plus ease and flare a little to the hem; the waist suppression not taken at the side
seams goes into fish darts (pen) under the bust point and in the back. The men's cut
(``cut=men``, automatic for men) is looser, without darts, and ends at the knee.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace

import numpy as np
import shapely

from mtm.core.checks import with_checks
from mtm.core.errors import MeasurementError
from mtm.core.garment import (
    Dart,
    DrillHole,
    Edge,
    EdgeRef,
    Garment,
    GirthLine,
    Label,
    Notch,
    Piece,
    Placement,
    Seam,
    SmoothCurve,
)

from . import GarmentSpec
from .blocks.bodice import BODICE_MEASUREMENTS, BodiceEase, chain, distance_to_y, draft_bodice
from .blocks.raglan import LOWER_CAP_EASE, cut_raglan, draft_raglan_sleeve
from .blocks.skirt import body_measurements, tangent_cubic, unit
from .blocks.sleeve import draft_sleeve, fit_sleeve_to_armhole
from .blocks.stand_collar import CollarPart, stand_collar
from .blocks.whole_front import (
    fish_dart,
    marks_along,
    mirror,
    shaped_facing,
    smooth_polyline,
)
from .options import Option, resolve_options

SYSTEM = (
    "Aldrich, Metric Pattern Cutting for Women's Wear: close-fitting bodice block, raglan "
    "conversion and Chinese (stand) collar; bust point and front length from the áo dài "
    "tailor's card (neck to bust point, front and back waist lengths)"
)

MEASUREMENTS = BODICE_MEASUREMENTS + (
    "arm_length", "upper_arm_girth", "wrist_girth", "inside_leg", "outside_leg",
)
#: used when given, else estimated from the others
OPTIONAL = ("neck_girth", "bust_point_distance", "neck_to_bust_point", "front_waist_length")

OPTIONS = (
    Option("cut", "auto", "women's (fitted, darts) or men's (looser, no darts) cut; auto "
           "follows the customer's sex", choices=("auto", "women", "men")),
    Option("length", "auto", "hem level: just below the knee, mid-calf or near the ankle "
           "(auto: mid-calf for women, knee for men)",
           choices=("auto", "knee", "mid_calf", "ankle")),
    Option("sleeve", "raglan", "raglan (the modern cut) or set-in sleeves",
           choices=("raglan", "set_in")),
    Option("chest_ease", 5.0, "finished chest girth minus body chest girth (men's cut adds "
           "6 cm)", 2.0, 16.0, "cm"),
    Option("waist_ease", 4.0, "finished waist girth minus body waist girth (men's cut adds "
           "6 cm)", 1.0, 16.0, "cm"),
    Option("hip_ease", 4.0, "finished hip girth minus body hip girth", 2.0, 16.0, "cm"),
    Option("collar_height", 4.0, "height of the stand collar (cổ cao)", 2.0, 7.0, "cm"),
    Option("sleeve_ease", 5.0, "finished sleeve width at the biceps minus upper arm girth "
           "(bắp tay; men's cut adds 1 cm)", 2.0, 14.0, "cm"),
    Option("sleeve_opening_ease", 7.0, "sleeve opening (cửa tay) minus wrist girth", 3.0,
           20.0, "cm"),
    Option("hem_flare", 3.0, "how far each panel widens at the hem beyond the hip, per side",
           0.0, 12.0, "cm"),
)

MIN_CHEST_EASE = 1.5
MIN_WAIST_EASE = 1.0
MIN_HIP_EASE = 2.0
SA = 1.0
HEM = 2.0
SLIT = 1.0  # narrow hem of the slits
FRONT_DART_MAX, BACK_DART_MAX, MIN_DART = 4.0, 3.5, 0.8
#: ANSUR II least squares (all subjects): knee height (mid patella) = a * crotch height + b
KNEE_FROM_CROTCH = {"female": (0.538, 2.79), "male": (0.549, 2.42)}
ANKLE_HEIGHT = {"female": 6.3, "male": 7.3}  # ANSUR II mean lateral malleolus height, cm
SNAP_SPACING = 6.0
UNDERLAP = 5.0  # cm the under-front reaches inside the opening
FACING_WIDTH = 3.0  # cm
COLLAR_END_ROUND = 1.2  # cm: the collar's ends are rounded at the top (cổ đứng bo tròn)


def resolve_cut(opt: Mapping[str, object], sex: str | None) -> str:
    """'women' or 'men' from the ``cut`` option (auto: the customer's sex, women if unknown)."""
    cut = str(opt["cut"])
    if cut == "auto":
        return "men" if sex == "male" else "women"
    return cut


def hem_above_floor(choice: str, inside_leg: float, sex_key: str) -> float:
    """Height of the hem above the floor for a length choice, from the body's knee and ankle
    heights (ANSUR II regressions on the crotch height)."""
    a, b = KNEE_FROM_CROTCH[sex_key]
    knee = a * inside_leg + b
    ankle = ANKLE_HEIGHT[sex_key]
    return {"knee": knee - 8.0, "mid_calf": 0.5 * (knee + ankle) - 2.0,
            "ankle": ankle + 6.0}[choice]


def slit_curve(name: str, waist, hip, hem, **kw) -> Edge:
    """The panel's side below the waist: waist -> hip -> hem corner, smooth through the hip."""
    w, h, m = (np.asarray(p, float) for p in (waist, hip, hem))
    t_w = unit(h - w)
    t_h = unit(m - w)
    t_m = unit(m - h)
    d1, d2 = float(np.hypot(*(h - w))) / 3.0, float(np.hypot(*(m - h))) / 3.0
    return Edge.cubic(name, w, w + d1 * t_w, h - d1 * t_h, h, h + d2 * t_h, m - d2 * t_m, m,
                      **kw)


def draft(
    measurements: Mapping[str, float],
    options: Mapping[str, object] | None = None,
) -> Garment:
    """Draft the áo dài for ``measurements`` (cm) and ``options``; checks are run."""
    opt = resolve_options(OPTIONS, options, garment="ao_dai")
    m = body_measurements(measurements, MEASUREMENTS, OPTIONAL)
    sex = getattr(measurements, "sex", None)
    cut = resolve_cut(opt, sex)
    men = cut == "men"
    sex_key = "male" if men else "female"
    extra = 6.0 if men else 0.0
    chest_ease = float(opt["chest_ease"]) + extra
    ease = BodiceEase(
        chest=chest_ease,
        waist=float(opt["waist_ease"]) + extra,
        hip=float(opt["hip_ease"]),
        scye=0.5 if men else -1.0,
        across_back=0.5,
        side_shift=0.0 if men else -0.5,
        front_neck_drop=0.5,
        neck_widen=0.0,
    )
    bwl = m["back_waist_length"]
    raglan = opt["sleeve"] == "raglan"
    sleeve_len = m["arm_length"] + 1.5
    min_sleeve = m["upper_arm_girth"] + float(opt["sleeve_ease"]) + (1.0 if men else 0.0)
    hem_w = m["wrist_girth"] + float(opt["sleeve_opening_ease"]) + (3.0 if men else 0.0)

    def bodice(extra_scye: float):
        return draft_bodice(m, ease, bwl, extra_scye=extra_scye)

    if raglan:
        def raglan_sleeve(b):
            ee = b.edges
            cut_f = cut_raglan(ee["front_armhole"], ee["front_shoulder"], ee["front_neck"],
                               neck_in=3.0, balance=0.4)
            cut_b = cut_raglan(ee["back_armhole"], ee["back_shoulder"], ee["back_neck"],
                               neck_in=2.5, balance=0.45)
            return cut_f, cut_b, draft_raglan_sleeve(
                cut_f, cut_b, cap_height=0.55 * b.scye_depth, min_width=min_sleeve,
                length=sleeve_len, hem_width=hem_w, hem_allowance=HEM)

        # the armhole is deepened (1.5 cm a step) until the sleeve is wide enough
        bod, (rf, rb, sl) = fit_sleeve_to_armhole(bodice, raglan_sleeve)
        e = bod.edges
        sleeve_edges = sl.edges
    else:
        def cap(b):
            ee = b.edges
            return draft_sleeve(ee["front_armhole"].length, ee["back_armhole"].length,
                                cap_height=0.6 * b.scye_depth, min_width=min_sleeve,
                                cap_ease=2.0, length=sleeve_len, hem_width=hem_w,
                                hem_allowance=HEM)

        bod, sv = fit_sleeve_to_armhole(bodice, cap)
        e = bod.edges
        sleeve_edges = (sv.hem, sv.front_seam, sv.cap_front, sv.cap_back, sv.back_seam)
    y_u = -bod.scye_depth
    waist_y = -bwl

    # ---- bust point, bust dart (women) and the front waist level
    neck_w, rise = e["front_shoulder"].end
    bp_x = min(max(m["bust_point_distance"] / 2.0, neck_w + 2.0), bod.front_x - 8.0)
    if men:
        bust = 0.0
        y_bp = y_u - 4.0
    else:
        reach = max(m["neck_to_bust_point"], abs(bp_x - neck_w) + 1.0)
        y_bp = rise - math.sqrt(reach**2 - (bp_x - neck_w) ** 2)
        # hạ eo trước: neck point -> bust point -> down to the waist, 0.5 cm ease
        y_wf_measured = y_bp - (m["front_waist_length"] + 0.5 - reach)
        bust = min(max(waist_y - y_wf_measured, 1.0), 5.0)
        y_bp = min(max(y_bp, waist_y + 9.0), y_u - 3.5 - bust / 2.0)
    y_wf = waist_y - bust

    # ---- waist: side seams and fish darts
    waist = m["waist_girth"] + ease.waist
    shift = 0.0 if men else 0.5
    wf, wb = waist / 4 + shift, waist / 4 - shift
    d_f, d_b = bod.front_x - wf, bod.back_x - wb
    # the side seam never takes more than the smaller suppression (a waist wider than the
    # chest sends it outwards), so the darts are never negative
    if men:
        side = min(d_f, d_b, 4.0)
        dart_f = dart_b = 0.0
    else:
        side = max(0.4 * 0.5 * (d_f + d_b), d_f - FRONT_DART_MAX, d_b - BACK_DART_MAX, 0.0)
        side = min(side, d_f, d_b)
        dart_f, dart_b = d_f - side, d_b - side
        dart_f = dart_f if dart_f >= MIN_DART else 0.0
        dart_b = dart_b if dart_b >= MIN_DART else 0.0
    x_wf, x_wb = bod.front_x - side, bod.back_x - side

    # ---- below the waist: hip and hem
    hip = m["hip_girth"] + ease.hip
    wh = m["waist_to_hip"]
    x_hf, x_hb = max(hip / 4 + shift, x_wf), max(hip / 4 - shift, x_wb)
    choice = str(opt["length"])
    if choice == "auto":
        choice = "knee" if men else "mid_calf"
    above = hem_above_floor(choice, m["inside_leg"], sex_key)
    drop = m["outside_leg"] - above  # waist to hem
    if drop < wh + 15.0:
        raise MeasurementError("the outside leg is too short for an áo dài below the knee",
                               field="outside_leg")
    flare = float(opt["hem_flare"])
    hem_b = waist_y - drop

    # ---- front (left half first, centre front at x = 0, side at +x)
    slit_f = slit_curve("slit", (x_wf, y_wf), (x_hf, y_wf - wh), (x_hf + flare, y_wf - drop),
                        allowance=SLIT)
    t_up = -np.asarray(slit_f.start_tangent())
    side_f = tangent_cubic("side", (x_wf, waist_y), t_up, (bod.front_x, y_u), (0, 1))
    if bust > 0:
        y1 = y_bp + bust / 2
        lower, upper = side_f.split_at(distance_to_y(side_f, y1), ("side_lower", "side_upper"))
        lower = Edge("side_lower", "cubic", tuple((x, y - bust) for x, y in lower.control), SA)
        apex = (bp_x + 2.0, y_bp)
        half_side = [lower, Edge.line("bust_dart_in", lower.end, apex, allowance=SA),
                     Edge.line("bust_dart_out", apex, upper.start, allowance=SA),
                     replace(upper, allowance=SA)]
    else:
        lower, upper = side_f.split_at(0.5 * side_f.length, ("side_lower", "side_upper"))
        half_side = [replace(lower, allowance=SA), replace(upper, allowance=SA)]
    if raglan:
        top_f = [replace(rf.raglan, allowance=SA)]
        neck_f = rf.neck
    else:
        top_f = [replace(e["front_armhole"], name="armhole", allowance=SA),
                 replace(e["front_shoulder"], allowance=SA)]
        neck_f = e["front_neck"]
    left = [replace(slit_f.reversed(), name="slit_l")] + [
        replace(x, name=f"{x.name}_l") for x in (*half_side, *top_f)]
    neck_whole = chain("neck", neck_f, mirror(neck_f, "x"), allowance=SA)
    right = _rename_dart_legs([mirror(x, f"{x.name[:-2]}_r") for x in reversed(left)])
    hem_f = Edge.line("hem", right[-1].end, left[0].start, allowance=HEM, corner="reverse")
    front_edges = (hem_f, *left, neck_whole, *right)
    # snaps: along the opening (right raglan or shoulder+armhole, then the side to the waist)
    opening = [x for x in right if not x.name.startswith(("slit", "bust_dart"))]
    runs = [[x for x in opening if x.name != "side_lower_r"],
            [x for x in opening if x.name == "side_lower_r"]]
    snaps = tuple(h for run in runs for h in marks_along(
        run, inset=1.0, spacing=SNAP_SPACING, start=1.5, end=0.5))
    cf_neck = neck_f.end
    holes = [DrillHole((s * (bp_x), y_bp), "mark", "bust point") for s in (1, -1)]
    internal = []
    if dart_f > 0:
        a_f = bp_x
        for s, tag in ((1, "l"), (-1, "r")):
            line, dh = fish_dart(f"waist_dart_{tag}", s * a_f, y_wf, dart_f, y_bp - 2.5,
                                 y_wf - max(wh - 4.0, 6.0))
            internal.append(line)
            holes.extend(dh)
    if bust > 0:
        for s, tag in ((1, "l"), (-1, "r")):
            holes.append(DrillHole((s * (bp_x + 3.0), y_bp), "dart", f"bust dart {tag}"))
    front_darts = () if bust == 0 else (
        Dart("bust_dart_l", ("bust_dart_in_l", "bust_dart_out_l")),
        Dart("bust_dart_r", ("bust_dart_in_r", "bust_dart_out_r")))
    notches = [Notch("slit_l", -0.01), Notch("slit_r", 0.01)]  # the tops of the slits
    gy = 0.5 * (y_wf + hem_b)
    front = Piece(
        name="front",
        edges=front_edges,
        grainline=((0.0, hem_b + 10.0), (0.0, y_wf - 5.0)),
        quantity=1,
        notches=tuple(notches),
        darts=front_darts,
        internal_lines=tuple(internal),
        drill_holes=tuple(holes) + snaps,
        labels=(Label("AO DAI FRONT", (0.0, gy), 2.0, 90.0),
                Label("cut 1, right side up; opening on the wearer's right",
                      (3.0, gy), 1.0, 90.0)),
        placement=Placement("torso", "front", cf_neck, "front_neck"),
        title="Front (over-front)",
    )

    # ---- back (on the fold at the centre back)
    slit_b = slit_curve("slit", (x_wb, waist_y), (x_hb, waist_y - wh), (x_hb + flare, hem_b),
                        allowance=SLIT)
    # the same side curve as the front's, so the side seams are equally long
    side_b = tangent_cubic("side", (x_wb, waist_y), t_up, (bod.back_x, y_u), (0, 1))
    b_lower, b_upper = side_b.split_at(half_side[0].length, ("side_lower", "side_upper"))
    if raglan:
        top_b = [replace(rb.raglan, allowance=SA)]
        neck_b = rb.neck
    else:
        top_b = [replace(e["back_armhole"], name="armhole", allowance=SA),
                 replace(e["back_shoulder"], allowance=SA)]
        neck_b = e["back_neck"]
    back_edges = (
        Edge.line("hem", (0.0, hem_b), slit_b.end, allowance=HEM, corner="reverse"),
        slit_b.reversed(),
        replace(b_lower, allowance=SA),
        replace(b_upper, allowance=SA),
        *top_b,
        replace(neck_b, allowance=SA),
        Edge.line("centre", neck_b.end, (0.0, hem_b), allowance=0.0),
    )
    back_holes = []
    back_internal = []
    a_b = 0.45 * wb
    if dart_b > 0:
        line, dh = fish_dart("waist_dart", a_b + dart_b / 2, waist_y, dart_b, y_u - 4.0,
                             waist_y - max(wh - 5.0, 5.0))
        back_internal.append(line)
        back_holes.extend(dh)
    gyb = 0.5 * (waist_y + hem_b)
    back = Piece(
        name="back",
        edges=back_edges,
        grainline=((x_hb * 0.5, hem_b + 10.0), (x_hb * 0.5, waist_y - 5.0)),
        quantity=1,
        on_fold="centre",
        notches=(Notch("slit", -0.01),),
        internal_lines=tuple(back_internal),
        drill_holes=tuple(back_holes),
        labels=(Label("AO DAI BACK", (0.3 * x_hb, gyb), 2.0, 90.0),
                Label("cut 1 on fold", (0.3 * x_hb + 3.0, gyb), 1.0, 90.0)),
        placement=Placement("torso", "back", (0.0, 0.0), "back_neck"),
        title="Back",
    )

    # ---- sleeves (a pair: drafted as the right sleeve, front at +x)
    sl_top = sl.top if raglan else sv.cap_back.start
    sleeve = Piece(
        name="sleeve",
        edges=tuple(sleeve_edges),
        grainline=((0.0, sleeve_edges[0].start[1] + 8.0), (0.0, -4.0)),

        quantity=2,
        mirrored=True,
        darts=(Dart("shoulder_dart", ("dart_in", "dart_out")),) if raglan else (),
        labels=(Label("SLEEVE", (-1.0, 0.5 * sleeve_edges[0].start[1]), 1.5, 90.0),
                Label("cut 2 (a pair)", (1.2, 0.5 * sleeve_edges[0].start[1]), 0.9, 90.0)),
        placement=Placement("right_arm", "side", sl_top, "shoulder_point", wrap=True),
        title="Sleeve",
    )

    # ---- under-front (vạt con): under the opening, sewn to the right sleeve / shoulder and
    # the back's right side seam, snapped to the front
    under = _under_front(right, b_lower, b_upper, [len(marks_along(
        run, inset=1.0, spacing=SNAP_SPACING, start=1.5, end=0.5)) for run in runs], raglan)

    # ---- collar: round the neckline from the over-front's edge at the opening
    collar_parts = [CollarPart("front", EdgeRef("front", "neck"), neck_whole.length)]
    if raglan:
        sf, sb = sleeve.edge("neck_front").length, sleeve.edge("neck_back").length
        collar_parts += [
            CollarPart("sleeve_l_front", EdgeRef("sleeve", "neck_front", True), sf),
            CollarPart("sleeve_l_back", EdgeRef("sleeve", "neck_back", True), sb),
        ]
    collar_parts += [
        CollarPart("back_l", EdgeRef("back", "neck", True), neck_b.length),
        CollarPart("back_r", EdgeRef("back", "neck", False), neck_b.length),
    ]
    if raglan:
        collar_parts += [
            CollarPart("sleeve_r_back", EdgeRef("sleeve", "neck_back", False), sb),
            CollarPart("sleeve_r_front", EdgeRef("sleeve", "neck_front", False), sf),
        ]
    collar, collar_seams = stand_collar(
        "collar", collar_parts, height=float(opt["collar_height"]),
        top_length=m["neck_girth"] + 1.5, label="COLLAR cut 2, interface one",
        centre_part="front", end_round=COLLAR_END_ROUND)

    # ---- facings cut to the shape of the opening (above and below the bust dart)
    facings, facing_seams = [], []
    for k, run in enumerate(runs):
        piece, fs = shaped_facing(f"facing_{k + 1}", "front", run, width=FACING_WIDTH,
                                  label=f"OPENING FACING {k + 1} cut 1, interface",
                                  title="Opening facing")
        facings.append(replace(piece, placement=None))  # under the sewn opening, as above
        facing_seams += list(fs)

    def r(p, e_, mirror_=False):
        return EdgeRef(p, e_, mirror_)

    seams = [
        # (reversed: the edges walk opposite ways; the left side and the back both walk up)
        Seam(r("front", "side_lower_l"), r("back", "side_lower", True), reversed=False,
             name="side_lower"),
        Seam(r("front", "side_upper_l"), r("back", "side_upper", True), reversed=False,
             name="side_upper"),
        Seam(r("under_front", "side_lower"), r("back", "side_lower"), name="under_side_lower"),
        Seam(r("under_front", "side_upper"), r("back", "side_upper"), name="under_side_upper"),
        # the opening, closed with snaps over the under-front
        Seam(r("front", "side_lower_r"), r("back", "side_lower"), name="opening_side_lower"),
        Seam(r("front", "side_upper_r"), r("back", "side_upper"), name="opening_side_upper"),
    ]
    if raglan:
        seams += [
            Seam(r("front", "raglan_l"), r("sleeve", "raglan_front", True), reversed=False,
                 name="raglan_front",
                 ease=-LOWER_CAP_EASE),
            Seam(r("back", "raglan"), r("sleeve", "raglan_back"), name="raglan_back",
                 ease=-LOWER_CAP_EASE),
            Seam(r("under_front", "raglan"), r("sleeve", "raglan_front"),
                 name="under_raglan",
                 ease=-LOWER_CAP_EASE),
            Seam(r("front", "raglan_r"), r("sleeve", "raglan_front"), name="opening_raglan",
                 ease=-LOWER_CAP_EASE),
        ]
        sleeve_seam = "underarm"
    else:
        seams += [
            Seam(r("front", "shoulder_l"), r("back", "shoulder", True), reversed=False,
                 name="shoulder"),
            Seam(r("under_front", "shoulder"), r("back", "shoulder"), name="under_shoulder"),
            Seam(r("front", "shoulder_r"), r("back", "shoulder"), name="opening_shoulder"),
            # (the front's right armhole is not sewn: it lies over the under-front's armhole
            # seam, snapped to the under-front and faced)
            Seam(r("sleeve", "cap_front", True), r("front", "armhole_l"), reversed=False,
                 ease=sleeve.edge("cap_front").length - front.edge("armhole_l").length,
                 name="cap_front"),
            Seam(r("sleeve", "cap_back"), r("back", "armhole"), reversed=True,
                 ease=sleeve.edge("cap_back").length - back.edge("armhole").length,
                 name="cap_back"),
            Seam(r("sleeve", "cap_front"), r("under_front", "armhole"), reversed=True,
                 ease=sleeve.edge("cap_front").length - under.edge("armhole").length,
                 name="under_cap"),
        ]
        sleeve_seam = "underarm"
    seams.append(Seam(r("sleeve", "underarm_front"), r("sleeve", "underarm_back"),
                      reversed=True, name=sleeve_seam))
    seams += list(collar_seams) + facing_seams

    chest_y = y_u - 1.0
    hip_y_f, hip_y_b = y_wf - wh, waist_y - wh

    def across(piece: str, y: float, f: float, x0: float = -500.0, x1: float = 500.0):
        return (piece, (x0, y), (x1, y), f)

    waist_parts = [across("back", waist_y + 0.5, 2.0, -1.0,
                          a_b if dart_b > 0 else 500.0)]
    if dart_b > 0:
        waist_parts.append(across("back", waist_y + 0.5, 2.0, a_b + dart_b, 500.0))
    if dart_f > 0:
        y = y_wf + 0.5
        waist_parts += [across("front", y, 1.0, -500.0, -(bp_x + dart_f / 2)),
                        across("front", y, 1.0, -(bp_x - dart_f / 2), bp_x - dart_f / 2),
                        across("front", y, 1.0, bp_x + dart_f / 2, 500.0)]
    else:
        waist_parts.append(across("front", y_wf + 0.5, 1.0))
    if raglan:
        smooth = [SmoothCurve("neckline", (("front", "neck"), ("sleeve", "neck_front"),
                                           ("sleeve", "neck_back"), ("back", "neck")))]
    else:
        smooth = [SmoothCurve("neckline", (("front", "neck"), ("back", "neck")))]
    g = Garment(
        name="ao_dai",
        pieces=(front, under, back, sleeve, collar, *facings),
        seams=tuple(seams),
        size="MTM",
        measurements=m,
        options={**opt, "cut": cut, "length": choice},
        system=SYSTEM,
        girths=(
            GirthLine("chest", "chest_girth", MIN_CHEST_EASE,
                      (across("front", chest_y, 1.0), across("back", chest_y, 2.0, -1.0))),
            GirthLine("waist", "waist_girth", MIN_WAIST_EASE, tuple(waist_parts)),
            GirthLine("hip", "hip_girth", MIN_HIP_EASE,
                      (across("front", hip_y_f, 1.0), across("back", hip_y_b, 2.0, -1.0))),
        ),
        smooth_curves=tuple(smooth),
    )
    return with_checks(g)


def _rename_dart_legs(edges: list[Edge]) -> list[Edge]:
    """On the right half walked downwards the bust dart's legs come in the other order: the
    leg walked first (towards the point) is the dart's ``in`` leg."""
    names = [x.name for x in edges]
    if "bust_dart_out_r" in names:
        i = names.index("bust_dart_out_r")
        edges[i] = replace(edges[i], name="bust_dart_in_r")
        edges[i + 1] = replace(edges[i + 1], name="bust_dart_out_r")
    return edges


def _under_front(right: list[Edge], b_lower: Edge, b_upper: Edge, counts: list[int],
                 raglan: bool) -> Piece:
    """The under-front (vạt con): the front's right opening edges from the neck down to the
    armpit, then the back's side seam down to the waist (it is sewn to the back), closed by
    a straight hem and an inner edge ``UNDERLAP`` cm inside the opening; snap positions as on
    the front (``counts`` per run: neck to armpit and on, below the bust dart)."""
    if raglan:
        top = [replace(next(x for x in right if x.name == "raglan_r"), name="raglan")]
    else:
        top = [replace(next(x for x in right if x.name == "shoulder_r"), name="shoulder"),
               replace(next(x for x in right if x.name == "armhole_r"), name="armhole")]
    u = np.asarray(top[-1].end)
    # the back's side seam, mirrored to the right front and hung from the front's underarm
    up, lo = mirror(b_upper, "side_upper"), mirror(b_lower, "side_lower")
    shift = u - np.asarray(up.start)

    def moved(x: Edge) -> Edge:
        return Edge(x.name, x.kind, tuple(tuple(np.asarray(p) + shift) for p in x.control), SA)

    up, lo = moved(up), moved(lo)
    start = np.asarray(top[0].start)
    waist = np.asarray(lo.end)
    inner_bottom = waist + (UNDERLAP, 0.0)
    # the inner edge: parallel to the opening, UNDERLAP inside it (to the left walking down);
    # its top end square across from the neck end of the opening
    outer = np.concatenate([np.asarray(x.polyline())[:-1] for x in (*top, up)]
                           + [np.asarray(lo.polyline())])
    off = np.asarray(shapely.LineString(outer).offset_curve(UNDERLAP, join_style="round").coords)
    if np.hypot(*(off[0] - start)) > np.hypot(*(off[-1] - start)):
        off = off[::-1]
    inner_top = off[0].copy()
    off = off[1:][off[1:, 1] > inner_bottom[1] + 0.5]
    inner = np.vstack([inner_bottom, off[::-1], inner_top])
    keep = np.r_[True, np.hypot(*np.diff(inner, axis=0).T) > 0.05]
    inner = smooth_polyline(inner[keep])
    inner[-1] = inner_top
    edges = (
        *[replace(x, allowance=SA) for x in top],
        up, lo,
        Edge.line("hem", tuple(waist), tuple(inner_bottom), allowance=SA),
        Edge("inner", "polyline", tuple(map(tuple, inner)), allowance=0.7),
        Edge.line("neck", tuple(inner_top), tuple(start), allowance=SA),
    )
    runs = [[*top, up], [lo]]
    snaps = tuple(h for run, n in zip(runs, counts, strict=True) for h in marks_along(
        run, inset=1.0, spacing=1e9, start=1.5, end=0.5, count=n))
    gx = float(u[0]) + 0.5 * UNDERLAP + 1.0
    return Piece(
        name="under_front",
        edges=edges,
        grainline=((gx, float(waist[1]) + 3.0), (gx, float(u[1]) - 3.0)),
        quantity=1,
        drill_holes=snaps,
        labels=(Label("UNDER-FRONT cut 1", (gx + 1.0, 0.5 * (waist[1] + u[1])),
                      0.8, 90.0),),
        # no placement: a second layer wholly under the over-front, whose opening the drape
        # sews shut (as its snaps close it); draped, it hinged out round the side seam
        placement=None,
        title="Under-front",
    )


SPEC = GarmentSpec(
    name="ao_dai",
    title="Áo dài (fitted long tunic, raglan or set-in sleeves, mandarin collar)",
    measurements=MEASUREMENTS,
    options=OPTIONS,
    sexes=("female", "male"),
    system=SYSTEM,
    draft=draft,
    fabric="silk_charmeuse",
)

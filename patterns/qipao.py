"""Qipao (cheongsam): a fitted dress with bodice and skirt in one, mandarin collar, the
diagonal front opening (大襟) from the centre neck across to the right armpit and down the
right side to the hip over an inner front (里襟), side slits, closures as frog or snap
positions. Two cuts: the modern fitted cut (side bust darts, fish waist darts, set-in
sleeves or sleeveless) and the traditional dartless cut with the sleeves in one with the
body (连袖: the overarm line continues the shoulder).

Pieces: the over-front (both halves in one piece: the left shoulder, the neck to the centre
and the opening curve; the right side from the armpit down), the inner front (the right
shoulder, neck and armhole or sleeve above the opening, reaching an underlap below it, sewn
to the back at the shoulder and right side seam), the back (on the fold), the sleeves (modern
cut) or armhole facings (sleeveless), the stand collar (cut 2), facings cut to the shape
of the opening.

Drafting system: W. Aldrich's close-fitting bodice block ("Metric Pattern Cutting for
Women's Wear", as the sheath dress and the áo dài) extended to the hem as one piece, bust
dart and front length from the tailor's card as in ``ao_dai``; the traditional cut follows
the flat Chinese cut (front and back alike about the shoulder, no darts, the waist taken in
at the side seams only).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import replace

import numpy as np
import shapely

from mtm.core.checks import with_checks
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
from .ao_dai import hem_above_floor
from .blocks.bodice import BODICE_MEASUREMENTS, BodiceEase, chain, distance_to_y, draft_bodice
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
    "Aldrich, Metric Pattern Cutting for Women's Wear: close-fitting bodice block extended "
    "to the hem, Chinese (stand) collar; traditional flat Chinese cut with sleeves in one"
)

MEASUREMENTS = BODICE_MEASUREMENTS + (
    "arm_length", "upper_arm_girth", "wrist_girth", "inside_leg", "outside_leg",
)
OPTIONAL = ("neck_girth", "bust_point_distance", "neck_to_bust_point", "front_waist_length",
            "underbust_girth")

OPTIONS = (
    Option("cut", "modern", "modern fitted cut with darts and set-in sleeves, or the "
           "traditional dartless cut with the sleeves in one with the body",
           choices=("modern", "traditional")),
    Option("sleeve", "cap", "sleeveless, cap, short or three-quarter sleeves (the traditional "
           "cut has no sleeveless form: it falls back to cap)",
           choices=("sleeveless", "cap", "short", "three_quarter")),
    Option("length", "mid_calf", "hem level: just below the knee, mid-calf or near the ankle",
           choices=("knee", "mid_calf", "ankle")),
    Option("slit_height", 35.0, "side slits: height of the slit above the hem (kept 8 cm "
           "under the hip line)", 5.0, 70.0, "cm"),
    Option("closure", "frog", "frog buttons (盘扣) or snaps along the opening",
           choices=("frog", "snap")),
    Option("chest_ease", 4.0, "finished chest girth minus body chest girth (traditional cut "
           "adds 4 cm)", 2.0, 14.0, "cm"),
    Option("waist_ease", 3.0, "finished waist girth minus body waist girth", 1.0, 14.0, "cm"),
    Option("hip_ease", 4.0, "finished hip girth minus body hip girth", 2.0, 14.0, "cm"),
    Option("collar_height", 4.0, "height of the stand collar", 2.0, 7.0, "cm"),
    Option("hem_taper", 1.0, "how far each side comes in from the hip to the hem", 0.0, 6.0,
           "cm"),
)

MIN_CHEST_EASE = 1.5
MIN_WAIST_EASE = 1.0
MIN_HIP_EASE = 2.0
MIN_UNDERBUST_EASE = 1.0
SA, HEM, SLIT = 1.0, 3.0, 1.0
FRONT_DART_MAX, BACK_DART_MAX, MIN_DART = 4.0, 3.5, 0.8
UNDERLAP = 4.0  # cm the inner front reaches beyond the opening
OPENING_BELOW = 2.5  # cm under the armpit where the opening meets the side seam
FACING_WIDTH = 3.0  # cm
TRAD_SIDE_MAX = 3.5  # traditional: the most a side seam comes in at the waist, per side
TRAD_SLEEVE_ANGLE = 20.0  # degrees below horizontal of the grown-on sleeve's overarm line
CLOSURE_SPACING = {"frog": 9.0, "snap": 6.0}


def draft(
    measurements: Mapping[str, float],
    options: Mapping[str, object] | None = None,
) -> Garment:
    """Draft the qipao for ``measurements`` (cm) and ``options``; checks are run."""
    opt = resolve_options(OPTIONS, options, garment="qipao")
    m = body_measurements(measurements, MEASUREMENTS, OPTIONAL)
    trad = opt["cut"] == "traditional"
    sleeve_kind = str(opt["sleeve"])
    if trad and sleeve_kind == "sleeveless":
        sleeve_kind = "cap"
    ease = BodiceEase(
        chest=float(opt["chest_ease"]) + (4.0 if trad else 0.0),
        waist=float(opt["waist_ease"]),
        hip=float(opt["hip_ease"]),
        scye=-1.0,
        across_back=0.5,
        side_shift=0.0 if trad else -0.5,
        front_neck_drop=0.5,
    )
    bwl = m["back_waist_length"]
    min_sleeve = m["upper_arm_girth"] + 3.5
    sleeve_len = {"cap": None, "short": 0.33 * m["arm_length"],
                  "three_quarter": 0.75 * m["arm_length"], "sleeveless": None}[sleeve_kind]

    def bodice(extra: float):
        return draft_bodice(m, ease, bwl, extra_scye=extra)

    sv = None
    if not trad and sleeve_kind != "sleeveless":
        def cap(b):
            ee = b.edges
            h = 0.6 * b.scye_depth
            length = h + 4.0 if sleeve_kind == "cap" else sleeve_len
            hem = m["wrist_girth"] + 12.0 if sleeve_kind == "three_quarter" else 500.0
            return draft_sleeve(ee["front_armhole"].length, ee["back_armhole"].length,
                                cap_height=h, min_width=min_sleeve, cap_ease=2.0,
                                length=length, hem_width=hem, hem_allowance=2.0)

        bod, sv = fit_sleeve_to_armhole(bodice, cap)
    else:
        bod = bodice(0.0)
    e = bod.edges
    y_u = -bod.scye_depth
    waist_y = -bwl

    # ---- bust point and dart (modern), front waist level
    neck_w, rise = e["front_shoulder"].end
    bp_x = min(max(m["bust_point_distance"] / 2.0, neck_w + 2.0), bod.front_x - 8.0)
    if trad:
        bust = 0.0
        y_bp = y_u - 4.0
    else:
        reach = max(m["neck_to_bust_point"], abs(bp_x - neck_w) + 1.0)
        y_bp = rise - math.sqrt(reach**2 - (bp_x - neck_w) ** 2)
        y_wf_measured = y_bp - (m["front_waist_length"] + 0.5 - reach)
        bust = min(max(waist_y - y_wf_measured, 1.0), 5.0)
        y_bp = min(max(y_bp, waist_y + 9.0), y_u - 3.5 - bust / 2.0)
    y_wf = waist_y - bust

    # ---- waist: side seams and fish darts
    waist = m["waist_girth"] + ease.waist
    shift = 0.0 if trad else 0.5
    wf, wb = waist / 4 + shift, waist / 4 - shift
    d_f, d_b = bod.front_x - wf, bod.back_x - wb
    if trad:
        side = min(d_f, d_b, TRAD_SIDE_MAX)
        dart_f = dart_b = 0.0
    else:
        side = max(0.4 * 0.5 * (d_f + d_b), d_f - FRONT_DART_MAX, d_b - BACK_DART_MAX, 0.0)
        side = min(side, d_f, d_b)
        dart_f, dart_b = d_f - side, d_b - side
        dart_f = dart_f if dart_f >= MIN_DART else 0.0
        dart_b = dart_b if dart_b >= MIN_DART else 0.0
    x_wf, x_wb = bod.front_x - side, bod.back_x - side

    # ---- below the waist: one side curve for front and back (so the seams match)
    hip = m["hip_girth"] + ease.hip
    wh = m["waist_to_hip"]
    x_hb = max(hip / 4 - shift, x_wb)
    x_hf = x_hb + (x_wf - x_wb)
    above = hem_above_floor(str(opt["length"]), m["inside_leg"], "female")
    drop = m["outside_leg"] - above
    slit = min(float(opt["slit_height"]), drop - wh - 8.0)
    taper = float(opt["hem_taper"])

    def lower_side(x_w: float, x_h: float, y_w: float) -> Edge:
        """Side seam from the waist through the hip to the hem (a cubic chain)."""
        w, h, m_ = np.array([x_w, y_w]), np.array([x_h, y_w - wh]), np.array(
            [x_h - taper, y_w - drop])
        t_h = unit(m_ - w) if taper > 0 else np.array([0.0, -1.0])
        d1, d2 = float(np.hypot(*(h - w))) / 3.0, float(np.hypot(*(m_ - h))) / 3.0
        return Edge.cubic("lower", w, w + d1 * unit(h - w), h - d1 * t_h, h, h + d2 * t_h,
                          m_ - d2 * unit(m_ - h), m_)

    def split_lower(edge: Edge, y_w: float) -> list[Edge]:
        """waist -> hip (side_hip), hip -> slit top (side_thigh), slit top -> hem (slit)."""
        d_hip = distance_to_y(edge, y_w - wh)
        a, rest = edge.split_at(d_hip, ("side_hip", "rest"))
        d_slit = distance_to_y(rest, y_w - drop + slit)
        b, c = rest.split_at(d_slit, ("side_thigh", "slit"))
        return [replace(a, allowance=SA), replace(b, allowance=SA),
                replace(c, allowance=SLIT)]

    low_f = split_lower(lower_side(x_wf, x_hf, y_wf), y_wf)
    low_b = split_lower(lower_side(x_wb, x_hb, waist_y), waist_y)
    t_up = -np.asarray(low_f[0].start_tangent())

    # ---- upper side seams (front with the bust dart) and the top of each half
    u_drop = 2.0 if trad else 0.0  # the traditional underarm sits lower
    y_side_top = y_u - u_drop
    side_f = tangent_cubic("side", (x_wf, waist_y), t_up, (bod.front_x, y_side_top), (0, 1))
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
    side_b = tangent_cubic("side", (x_wb, waist_y), t_up, (bod.back_x, y_side_top), (0, 1))
    b_lower, b_upper = side_b.split_at(half_side[0].length, ("side_lower", "side_upper"))
    # the opening meets the side seam OPENING_BELOW cm under the armpit: the side seam's top
    # stretch (side_top) is split off on every piece, so the seams still pair one to one
    top_len = min(OPENING_BELOW, 0.5 * half_side[-1].length)
    upper_f, top_side_f = half_side[-1].split_at(half_side[-1].length - top_len,
                                                 ("side_upper", "side_top"))
    half_side = half_side[:-1] + [replace(upper_f, allowance=SA),
                                  replace(top_side_f, allowance=SA)]
    b_upper, b_top = b_upper.split_at(b_upper.length - top_len, ("side_upper", "side_top"))
    b_lower, b_upper, b_top = (replace(x, allowance=SA) for x in (b_lower, b_upper, b_top))

    if trad:
        # front and back alike about the shoulder: both take the back's shoulder line
        np_ = np.array(e["back_shoulder"].end)
        sp = np.array(e["back_shoulder"].start)
        length = {"cap": 0.0, "short": sleeve_len, "three_quarter": sleeve_len}[sleeve_kind]
        top_f = _grown_on(np_, sp, (bod.front_x, y_side_top), length,
                          m["upper_arm_girth"] + 8.0,
                          m["wrist_girth"] + 14.0 if sleeve_kind == "three_quarter" else None)
        top_b = _grown_on(np_, sp, (bod.back_x, y_side_top), length,
                          m["upper_arm_girth"] + 8.0,
                          m["wrist_girth"] + 14.0 if sleeve_kind == "three_quarter" else None)
    else:
        top_f = [replace(e["front_armhole"], name="armhole", allowance=SA),
                 replace(e["front_shoulder"], allowance=SA)]
        top_b = [replace(e["back_armhole"], name="armhole", allowance=SA),
                 replace(e["back_shoulder"], allowance=SA)]
    neck_f = replace(e["front_neck"], allowance=SA)
    neck_b = replace(e["back_neck"], allowance=SA)
    cf = np.array(neck_f.end)

    # ---- over-front: left half, the opening, the right side from the armpit down
    lf = [replace(x, name=f"{x.name}_l") for x in low_f[::-1]]
    lf = [replace(x.reversed(), name=x.name) for x in lf]  # hem -> waist
    left = lf + [replace(x, name=f"{x.name}_l") for x in (*half_side, *top_f)]
    left.append(replace(neck_f, name="neck"))
    # the opening (大襟): from the centre neck across the chest, meeting the right side seam
    # from above at 45 degrees just under the armpit
    s_r = np.array([-top_side_f.start[0], top_side_f.start[1]])
    reach = float(np.hypot(*(cf - s_r)))
    opening = Edge.cubic("opening", tuple(cf), tuple(cf + (-0.3 * reach, 0.0)),
                         tuple(s_r + 0.45 * reach * np.array([0.7071, 0.7071])), tuple(s_r),
                         allowance=SA)
    below = half_side[:-1]  # the over-front's right side starts under the side_top stretch
    right_side = [mirror(x, f"{x.name}_r") for x in below[::-1]]
    right_side = _rename_dart_legs(right_side)
    right_low = [mirror(x, f"{x.name[:-2]}_r") for x in reversed(lf)]
    hem = Edge.line("hem", right_low[-1].end, left[0].start, allowance=HEM, corner="reverse")
    front_edges = (hem, *left, opening, *right_side, *right_low)
    runs = [[opening, right_side[0]], [x for x in right_side[1:]
                                       if not x.name.startswith("bust_dart")] + [right_low[0]]]
    spacing = CLOSURE_SPACING[str(opt["closure"])]
    kind_name = "frog" if opt["closure"] == "frog" else "snap"
    closures = tuple(h for run in runs for h in marks_along(
        run, inset=1.0, spacing=spacing, start=1.5, end=0.5, name=kind_name))
    counts = [len(marks_along(run, inset=1.0, spacing=spacing, start=1.5, end=0.5))
              for run in runs]
    holes = [DrillHole((s * bp_x, y_bp), "mark", "bust point") for s in (1, -1)]
    internal = []
    front_dart_x = []
    if dart_f > 0:
        for s, tag in ((1, "l"), (-1, "r")):
            line, dh = fish_dart(f"waist_dart_{tag}", s * bp_x, y_wf, dart_f, y_bp - 2.5,
                                 y_wf - max(wh - 4.0, 6.0))
            internal.append(line)
            holes.extend(dh)
            front_dart_x.append((s * bp_x, y_bp - 2.5, y_wf, y_wf - max(wh - 4.0, 6.0)))
    darts = () if bust == 0 else (
        Dart("bust_dart_l", ("bust_dart_in_l", "bust_dart_out_l")),
        Dart("bust_dart_r", ("bust_dart_in_r", "bust_dart_out_r")))
    hem_y = y_wf - drop
    gy = 0.5 * (y_wf + hem_y)
    front = Piece(
        name="front",
        edges=front_edges,
        grainline=((0.0, hem_y + 10.0), (0.0, y_wf - 5.0)),
        quantity=1,
        notches=(Notch("slit_l", -0.01), Notch("slit_r", 0.01)),
        darts=darts,
        internal_lines=tuple(internal),
        drill_holes=tuple(holes) + closures,
        labels=(Label("QIPAO FRONT", (0.0, gy), 2.0, 90.0),
                Label("cut 1, right side up; opening on the wearer's right", (3.0, gy), 1.0,
                      90.0)),
        placement=Placement("torso", "front", tuple(cf), "front_neck"),
        title="Front (over-front)",
    )

    # ---- back (on the fold)
    back_edges = (
        Edge.line("hem", (0.0, waist_y - drop), low_b[2].end, allowance=HEM, corner="reverse"),
        *[x.reversed() for x in low_b[::-1]],
        b_lower, b_upper, b_top, *top_b, neck_b,
        Edge.line("centre", neck_b.end, (0.0, waist_y - drop), allowance=0.0),
    )
    back_holes, back_internal = [], []
    a_b = 0.45 * wb
    if dart_b > 0:
        line, dh = fish_dart("waist_dart", a_b + dart_b / 2, waist_y, dart_b, y_u - 4.0,
                             waist_y - max(wh - 5.0, 5.0))
        back_internal.append(line)
        back_holes.extend(dh)
    back = Piece(
        name="back",
        edges=back_edges,
        grainline=((0.5 * x_hb, waist_y - drop + 10.0), (0.5 * x_hb, waist_y - 5.0)),
        quantity=1,
        on_fold="centre",
        notches=(Notch("slit", -0.01),),
        internal_lines=tuple(back_internal),
        drill_holes=tuple(back_holes),
        labels=(Label("QIPAO BACK", (0.3 * x_hb, 0.5 * (2 * waist_y - drop)), 2.0, 90.0),
                Label("cut 1 on fold", (0.3 * x_hb + 3.0, 0.5 * (2 * waist_y - drop)), 1.0,
                      90.0)),
        placement=Placement("torso", "back", (0.0, 0.0), "back_neck"),
        title="Back",
    )

    # ---- inner front (里襟): right shoulder/neck/armhole or sleeve above the opening
    inner = _inner_front(neck_f, top_f, b_top, b_upper, b_lower, low_b[0], opening, counts,
                         kind_name)

    pieces = [front, inner, back]
    seams = [
        # the left side and the back walk up alike; the right side and the inner front down
        Seam(EdgeRef("front", "side_top_l"), EdgeRef("back", "side_top", True),
             reversed=False, name="side_top"),
        Seam(EdgeRef("inner_front", "side_top"), EdgeRef("back", "side_top"),
             name="inner_side_top"),
        Seam(EdgeRef("front", "side_upper_l"), EdgeRef("back", "side_upper", True),
             reversed=False, name="side_upper"),
        Seam(EdgeRef("front", "side_lower_l"), EdgeRef("back", "side_lower", True),
             reversed=False, name="side_lower"),
        Seam(EdgeRef("front", "side_hip_l"), EdgeRef("back", "side_hip", True),
             reversed=False, name="side_hip"),
        Seam(EdgeRef("front", "side_thigh_l"), EdgeRef("back", "side_thigh", True),
             reversed=False, name="side_thigh"),
        Seam(EdgeRef("front", "side_thigh_r"), EdgeRef("back", "side_thigh"),
             name="side_thigh_right"),
        # the opening down the right side, fastened over the inner front
        Seam(EdgeRef("front", "side_upper_r"), EdgeRef("back", "side_upper"),
             name="opening_side_upper"),
        Seam(EdgeRef("front", "side_lower_r"), EdgeRef("back", "side_lower"),
             name="opening_side_lower"),
        Seam(EdgeRef("front", "side_hip_r"), EdgeRef("back", "side_hip"),
             name="opening_side_hip"),
        Seam(EdgeRef("inner_front", "side_upper"), EdgeRef("back", "side_upper"),
             name="inner_side_upper"),
        Seam(EdgeRef("inner_front", "side_lower"), EdgeRef("back", "side_lower"),
             name="inner_side_lower"),
        Seam(EdgeRef("inner_front", "side_hip"), EdgeRef("back", "side_hip"),
             name="inner_side_hip"),
    ]
    smooth = []
    if trad:
        for edge in ("overarm", "underarm"):
            seams.append(Seam(EdgeRef("front", f"{edge}_l"), EdgeRef("back", edge, True),
                              reversed=False, name=edge))
            seams.append(Seam(EdgeRef("inner_front", edge), EdgeRef("back", edge),
                              name=f"inner_{edge}"))
        smooth.append(SmoothCurve("neckline", (("front", "neck"), ("back", "neck"))))
    else:
        seams += [
            Seam(EdgeRef("front", "shoulder_l"), EdgeRef("back", "shoulder", True),
                 reversed=False, name="shoulder"),
            Seam(EdgeRef("inner_front", "shoulder"), EdgeRef("back", "shoulder"),
                 name="inner_shoulder"),
        ]
        smooth += [SmoothCurve("neckline", (("front", "neck"), ("back", "neck"))),
                   SmoothCurve("armhole", (("front", "armhole_l"), ("back", "armhole")))]
    if sv is not None:
        sleeve = Piece(
            name="sleeve",
            edges=(sv.hem, sv.front_seam, sv.cap_front, sv.cap_back, sv.back_seam),
            grainline=((0.0, sv.hem.start[1] + 3.0), (0.0, sv.cap_height - 2.0)),
            quantity=2,
            mirrored=True,
            labels=(Label("QIPAO SLEEVE cut 2 (a pair)", (0.0, 0.5 * sv.hem.start[1]), 0.8),),
            placement=Placement("right_arm", "side", sv.cap_back.start, "shoulder_point",
                                wrap=True),
            title="Sleeve",
        )
        pieces.append(sleeve)
        for cap_edge, mirror_, target in (("cap_front", True, ("front", "armhole_l")),
                                          ("cap_front", False, ("inner_front", "armhole")),
                                          ("cap_back", False, ("back", "armhole"))):
            tp = {p.name: p for p in pieces}[target[0]]
            seams.append(Seam(EdgeRef("sleeve", cap_edge, mirror_), EdgeRef(*target),
                              reversed=target != ("front", "armhole_l"),
                              ease=sleeve.edge(cap_edge).length - tp.edge(target[1]).length,
                              name=f"{cap_edge}_{target[0]}"))
        seams.append(Seam(EdgeRef("sleeve", "underarm_front"),
                          EdgeRef("sleeve", "underarm_back"), reversed=True, name="underarm"))
    elif not trad:  # sleeveless: armhole facings cut to the shape of the armholes
        for parent, edge, pair in (("front", "armhole_l", False),
                                   ("inner_front", "armhole", False), ("back", "armhole", True)):
            src = {p.name: p for p in pieces}[parent]
            piece, fs = shaped_facing(
                f"armhole_facing_{parent}", parent, [src.edge(edge)], width=FACING_WIDTH,
                label="ARMHOLE FACING cut " + ("2 (a pair)" if pair else "1"),
                title="Armhole facing", pair=pair)
            pieces.append(piece)
            seams += list(fs)

    # ---- collar: both ends at the centre front
    collar, collar_seams = stand_collar(
        "collar",
        [CollarPart("front", EdgeRef("front", "neck"), neck_f.length),
         CollarPart("back_l", EdgeRef("back", "neck", True), neck_b.length),
         CollarPart("back_r", EdgeRef("back", "neck", False), neck_b.length),
         CollarPart("inner_front", EdgeRef("inner_front", "neck"), neck_f.length)],
        height=float(opt["collar_height"]), top_length=m["neck_girth"] + 1.5,
        label="COLLAR cut 2, interface one", centre_part="back_l")
    pieces.append(collar)
    seams += list(collar_seams)
    for k, run in enumerate(runs):  # facings cut to the shape of the opening
        piece, fs = shaped_facing(f"facing_{k + 1}", "front", run, width=FACING_WIDTH,
                                  label=f"OPENING FACING {k + 1} cut 1, interface",
                                  title="Opening facing")
        # a second layer turned under the opening's edge (pressed and understitched, which
        # the drape does not model: draped, the upper facing turned out over the inner
        # front), like a jacket's facing: not draped
        pieces.append(replace(piece, placement=None))
        seams += list(fs)

    def across(piece: str, y: float, f: float, x0: float = -500.0, x1: float = 500.0):
        return (piece, (x0, y), (x1, y), f)

    def front_parts(y: float) -> list:
        """Across the over-front at height y, leaving out the open fish darts."""
        cuts = []
        for cx, top, y_w, bottom in front_dart_x:
            if bottom < y < top:
                ref = top if y > y_w else bottom
                w = 0.5 * dart_f * (ref - y) / (ref - y_w)
                cuts.append((cx - w, cx + w))
        xs = [-500.0] + [v for c in sorted(cuts) for v in c] + [500.0]
        return [across("front", y, 1.0, xs[i], xs[i + 1]) for i in range(0, len(xs), 2)]

    def back_parts(y: float) -> list:
        if dart_b <= 0:
            return [across("back", y, 2.0, -1.0)]
        return [across("back", y, 2.0, -1.0, a_b), across("back", y, 2.0, a_b + dart_b)]

    girths = [
        GirthLine("chest", "chest_girth", MIN_CHEST_EASE,
                  (across("front", y_side_top - 1.0, 1.0),
                   across("back", y_side_top - 1.0, 2.0, -1.0))),
        GirthLine("waist", "waist_girth", MIN_WAIST_EASE,
                  tuple(front_parts(y_wf + 0.5) + back_parts(waist_y + 0.5))),
        GirthLine("hip", "hip_girth", MIN_HIP_EASE,
                  (across("front", y_wf - wh, 1.0), across("back", waist_y - wh, 2.0, -1.0))),
    ]
    if not trad:
        y_ub = y_bp - 0.35 * (y_bp - y_wf)
        y_ub_b = y_ub + bust  # the same body level on the back
        girths.append(GirthLine("underbust", "underbust_girth", MIN_UNDERBUST_EASE,
                                tuple(front_parts(y_ub) + back_parts(y_ub_b))))
    g = Garment(
        name="qipao",
        pieces=tuple(pieces),
        seams=tuple(seams),
        size="MTM",
        measurements=m,
        options={**opt, "sleeve": sleeve_kind},
        system=SYSTEM,
        girths=tuple(girths),
        smooth_curves=tuple(smooth),
    )
    return with_checks(g)


def _rename_dart_legs(edges: list[Edge]) -> list[Edge]:
    names = [x.name for x in edges]
    if "bust_dart_out_r" in names:
        i = names.index("bust_dart_out_r")
        edges[i] = replace(edges[i], name="bust_dart_in_r")
        edges[i + 1] = replace(edges[i + 1], name="bust_dart_out_r")
    return edges


def _grown_on(np_, sp, underarm, length: float, width: float,
              hem_width: float | None) -> list[Edge]:
    """A sleeve in one with the body (half, left orientation): ``underarm`` (the side seam's
    top) -> underarm seam -> cuff -> overarm (continuing the shoulder line at
    TRAD_SLEEVE_ANGLE below horizontal) -> neck point. The sleeve is at least long enough for
    its cuff to clear the body by 3 cm. Front and back use the same numbers, so their seams
    match."""
    np_, sp, u = (np.asarray(p, float) for p in (np_, sp, underarm))
    a = math.radians(TRAD_SLEEVE_ANGLE)
    d = np.array([math.cos(a), -math.sin(a)])  # down the sleeve
    n = np.array([-d[1], d[0]])  # square to it, towards the overarm
    half = 0.5 * width  # each piece takes half the sleeve girth
    end_w = 0.5 * hem_width if hem_width else half
    clear = (u[0] + 3.0 + end_w * n[0] - sp[0]) / d[0]
    length = max(length, clear)
    end_top = sp + length * d
    end_bot = end_top - end_w * n
    k = float(np.hypot(*(end_bot - u))) / 3.0
    leave = unit(np.array([0.0, 1.0]) + 1.5 * unit(end_bot - u))
    under = Edge.cubic("underarm", tuple(u), tuple(u + k * leave), tuple(end_bot - k * d),
                       tuple(end_bot), allowance=SA)
    cuff = Edge.line("cuff", tuple(end_bot), tuple(end_top), allowance=2.0, corner="reverse")
    over = Edge.line("overarm", tuple(end_top), tuple(sp))
    shoulder = Edge.line("shoulder", tuple(sp), tuple(np_))
    return [under, cuff, chain("overarm", over, shoulder, allowance=SA)]


def _inner_front(neck_f: Edge, top_f: list[Edge], b_top: Edge, b_upper: Edge, b_lower: Edge,
                 b_hip: Edge, opening: Edge, counts: list[int], kind: str) -> Piece:
    """The inner front (里襟): the right half's neck, shoulder and armhole (or grown-on
    sleeve), the back's side seam (it is sewn to it) down to the hip, a straight lower edge
    and an inner edge UNDERLAP beyond the opening; closure marks facing the front's."""
    neck = mirror(neck_f, "neck")  # centre front -> neck point
    tops = [mirror(x, x.name[:-2] if x.name.endswith("_l") else x.name) for x in top_f[::-1]]
    u = np.asarray(tops[-1].end)
    tp, up, lo, hp = (mirror(b_top, "side_top"), mirror(b_upper, "side_upper"),
                      mirror(b_lower, "side_lower"), mirror(b_hip.reversed(), "side_hip"))
    shift = u - np.asarray(tp.start)

    def moved(x: Edge) -> Edge:
        return Edge(x.name, x.kind, tuple(tuple(np.asarray(p) + shift) for p in x.control), SA)

    tp, up, lo, hp = moved(tp), moved(up), moved(lo), moved(hp)
    cf = np.asarray(neck.start)
    bottom = np.asarray(hp.end)
    inner_bottom = bottom + (UNDERLAP, 0.0)
    # the inner edge: the opening and the side seam, UNDERLAP inside (left of walking down)
    path = np.concatenate([np.asarray(opening.polyline())[:-1], np.asarray(up.polyline())[:-1],
                           np.asarray(lo.polyline())[:-1], np.asarray(hp.polyline())])
    off = np.asarray(shapely.LineString(path).offset_curve(UNDERLAP, join_style="round").coords)
    if np.hypot(*(off[0] - cf)) > np.hypot(*(off[-1] - cf)):
        off = off[::-1]
    off = off[(off[:, 1] > inner_bottom[1] + 0.5) & (off[:, 0] < -0.5)]
    inner_top = np.array([0.0, cf[1] - UNDERLAP])
    pts = np.vstack([inner_bottom, off[::-1], inner_top])
    keep = np.r_[True, np.hypot(*np.diff(pts, axis=0).T) > 0.05]
    pts = smooth_polyline(pts[keep])
    pts[-1] = inner_top
    edges = (
        replace(neck, allowance=SA),
        *tops,
        tp, up, lo, hp,
        Edge.line("hem", tuple(bottom), tuple(inner_bottom), allowance=SA),
        Edge("inner", "polyline", tuple(map(tuple, pts)), allowance=0.7),
        Edge.line("centre", tuple(inner_top), tuple(cf), allowance=0.7),
    )
    # the closure marks lie where the front's do: along the opening and the side seam
    marks = tuple(h for run, n in zip([[opening, up], [lo, hp]], counts, strict=True)
                  for h in marks_along(run, inset=1.0, spacing=1e9, start=1.5, end=0.5,
                                       count=n, name=kind))
    gx = float(u[0]) + 6.0
    return Piece(
        name="inner_front",
        edges=edges,
        grainline=((gx, float(bottom[1]) + 3.0), (gx, float(u[1]) - 1.0)),
        quantity=1,
        drill_holes=marks,
        labels=(Label("INNER FRONT cut 1", (gx + 1.5, 0.5 * (bottom[1] + u[1])), 0.8, 90.0),),
        placement=Placement("torso", "front", tuple(cf), "front_neck"),
        title="Inner front",
    )


SPEC = GarmentSpec(
    name="qipao",
    title="Qipao / cheongsam (fitted or traditional cut, mandarin collar, side slits)",
    measurements=MEASUREMENTS,
    options=OPTIONS,
    sexes=("female",),
    system=SYSTEM,
    draft=draft,
    fabric="silk_charmeuse",
)

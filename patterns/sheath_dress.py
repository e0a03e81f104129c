"""Sheath dress: a fitted bodice with bust (side) and waist darts joined at the waist to a
straight skirt whose darts continue the bodice darts; sleeveless, all-in-one neck and armhole
facings (front on the fold, back in two), centre-back zip from the neck to below the waist.

Drafting system: W. Aldrich, "Metric Pattern Cutting for Women's Wear": close-fitting bodice
block (armhole depth chest/10 + 10.5 cm, bust ease 6 cm, side bust dart towards the bust
point, waist darts under the bust point and in the back) and straight skirt block (see
``blocks/skirt.py``), on the shared neck/shoulder/armhole of ``blocks/bodice.py``. The bust
dart intake is 22 % of chest minus underbust (1.5..5 cm), the front lengthened below it by
the same amount; the waist suppression is shared between the side seams (40 %) and the
darts as in the skirt block, so bodice and skirt darts meet at the waist seam.
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
    Label,
    Notch,
    Piece,
    Placement,
    Seam,
    SmoothCurve,
)

from . import GarmentSpec
from .blocks.bodice import BODICE_MEASUREMENTS, BodiceEase, distance_to_y, draft_bodice
from .blocks.skirt import body_measurements, rot90, skirt_panel, tangent_cubic, unit
from .options import Option, resolve_options
from .skirt import vent_length, vent_seams

SYSTEM = (
    "Aldrich, Metric Pattern Cutting for Women's Wear: close-fitting bodice block with side "
    "bust dart and waist darts, joined to the straight skirt block"
)

MEASUREMENTS = BODICE_MEASUREMENTS
#: used when given, else estimated from the others (ANSUR II has neither)
OPTIONAL = ("underbust_girth", "bust_point_distance")

OPTIONS = (
    Option("length", 58.0, "skirt length, waist to hem", 40.0, 110.0, "cm"),
    Option("chest_ease", 6.0, "finished chest girth minus body chest girth", 5.0, 14.0, "cm"),
    Option("waist_ease", 3.0, "finished waist girth minus body waist girth", 2.0, 10.0, "cm"),
    Option("hip_ease", 4.0, "finished hip girth minus body hip girth", 3.0, 14.0, "cm"),
    Option("neck_drop", 2.0, "extra depth of the front neckline", 0.0, 12.0, "cm"),
    Option("zip_below_waist", 18.0, "zip opening below the waist seam", 10.0, 30.0, "cm"),
    Option("facing_width", 4.0, "depth of the facings below the neckline at the centre lines",
           3.0, 6.0, "cm"),
    Option("vent", 18.0, "centre-back walking vent above the hem (0: none)", 0.0, 30.0, "cm"),
)

MIN_CHEST_EASE = 4.0
MIN_WAIST_EASE = 2.0
MIN_HIP_EASE = 3.0
SA = 1.5  # seam allowance
HEM = 4.0
FRONT_DART_MAX, BACK_DART_MAX, MIN_DART = 4.5, 4.0, 1.0


def draft(
    measurements: Mapping[str, float],
    options: Mapping[str, object] | None = None,
) -> Garment:
    """Draft the sheath dress for ``measurements`` (cm) and ``options``; checks are run."""
    opt = resolve_options(OPTIONS, options, garment="sheath_dress")
    m = body_measurements(measurements, MEASUREMENTS, OPTIONAL)
    ease = BodiceEase(
        chest=float(opt["chest_ease"]),
        waist=float(opt["waist_ease"]),
        hip=float(opt["hip_ease"]),
        scye=-1.0,  # Aldrich close-fitting: chest/10 + 10.5 cm
        across_back=0.5,
        side_shift=-0.5,  # the front 1 cm wider than the back at the bust
        front_neck_drop=1.0 + float(opt["neck_drop"]),
        neck_widen=0.5,
    )
    bwl = m["back_waist_length"]
    bod = draft_bodice(m, ease, bwl)
    e = bod.edges
    y_u = -bod.scye_depth
    waist_y = -bwl
    waist = m["waist_girth"] + ease.waist
    wf, wb = waist / 4 + 0.5, waist / 4 - 0.5
    d_f, d_b = bod.front_x - wf, bod.back_x - wb
    side = 0.4 * 0.5 * (d_f + d_b)
    side = max(side, d_f - FRONT_DART_MAX, d_b - BACK_DART_MAX)
    side = min(side, d_f - MIN_DART, d_b - MIN_DART)
    dart_f, dart_b = d_f - side, d_b - side
    bust = min(max(0.22 * (m["chest_girth"] - m["underbust_girth"]), 1.5), 5.0)
    bp_x = min(max(m["bust_point_distance"] / 2, 5.0), bod.front_x - 8.0)
    a_f = min(max(bp_x - dart_f / 2, 3.0), wf - 4.0)
    a_b = 0.45 * wb
    y_bp = y_u - 3.5 - bust / 2
    fw = float(opt["facing_width"])
    darts = (Dart("waist_dart", ("dart_in", "dart_out")),)

    # ---- skirt: darts continue the bodice darts, the side seam meets the bodice's
    hip = m["hip_girth"] + ease.hip
    wh = m["waist_to_hip"]
    length = max(float(opt["length"]), wh + 10.0)
    vent = vent_length(float(opt["vent"]), length, wh, float(opt["zip_below_waist"]))

    def draft_skirts(extra_f: float = 0.0, extra_b: float = 0.0) -> dict[str, Piece]:
        """The skirt panels; ``extra_*`` lengthens a waist_side to its bodice's (cm)."""
        skirts = {}
        for which, hip_x, a, dart, b, dlen in (
            ("front", hip / 4 + 0.5, a_f, dart_f, wf - a_f + extra_f, 9.0),
            ("back", hip / 4 - 0.5, a_b, dart_b, wb - a_b + extra_b, 13.0),
        ):
            back = which == "back"
            panel = skirt_panel(
                hip_x=hip_x, waist_centre=a, dart=dart, waist_side=b,
                dart_length=max(3.0, min(dlen, wh - 2.0)), waist_to_hip=wh, length=length,
                side_lean=0.0, hem_allowance=HEM, seam_allowance=SA,
                centre_allowance=SA if back else 0.0,
                vent=vent if back else 0.0,
            )
            gx = 0.5 * panel.hip_x
            notches = [Notch("side", distance_to_y(panel.edges[1], panel.hip_y))]
            if back:
                notches.append(Notch("centre", float(opt["zip_below_waist"])))
            ax, ay = panel.dart_apex
            skirts[which] = Piece(
                name=f"skirt_{which}",
                edges=panel.edges,
                grainline=((gx, panel.hem_y + 6.0), (gx, panel.hip_y - 3.0)),
                quantity=2 if back else 1,
                mirrored=back,
                on_fold=None if back else "centre",
                notches=tuple(notches),
                darts=darts,
                drill_holes=(DrillHole((ax, ay + 1.0), "dart", "dart point"),),
                labels=(Label(f"DRESS SKIRT {which.upper()}", (gx, panel.hip_y - 8.0), 1.5),
                        Label("cut 2 (a pair)" if back else "cut 1 on fold",
                              (gx, panel.hip_y - 11.0))),
                placement=Placement("waist", which, (0.0, 0.0),
                                    "waist_back" if back else "waist_front"),
                title=f"Dress skirt {which}",
            )
        return skirts

    skirts = draft_skirts()
    skirt_front, skirt_back = skirts["front"], skirts["back"]

    # ---- bodice front: the part below the bust dart is lowered by the dart intake
    y_wf = waist_y - bust
    x_wf = bod.front_x - side
    # the bodice side leaves the waist as the skirt's side seam arrives there, mirrored, so
    # the waist edges of bodice and skirt are mirror images (equal seam lengths)
    t_skirt = skirt_front.edge("side").end_tangent()
    t_up = (-t_skirt[0], t_skirt[1])
    side_f = tangent_cubic("side", (x_wf, waist_y), t_up, (bod.front_x, y_u), (0, 1))
    y1 = y_bp + bust / 2
    lower, upper = side_f.split_at(distance_to_y(side_f, y1), ("side_lower", "side_upper"))
    lower = Edge("side_lower", "cubic", tuple((x, y - bust) for x, y in lower.control), SA)
    upper = replace(upper, allowance=SA)
    p1, p2 = np.array(upper.start), np.array(lower.end)
    apex_s = np.array([bp_x + 2.0, y_bp])
    apex_wf = np.array([a_f + dart_f / 2, y_bp - 2.5])
    f_waist = _waist_edges((0.0, y_wf), a_f, dart_f, wf - a_f, apex_wf, t_up)
    cf_neck = e["front_neck"].end
    front_edges = (
        *f_waist,
        lower,
        Edge.line("bust_dart_in", p2, apex_s, allowance=SA),
        Edge.line("bust_dart_out", apex_s, p1, allowance=SA),
        upper,
        replace(e["front_armhole"], allowance=1.0),
        replace(e["front_shoulder"], allowance=SA),
        replace(e["front_neck"], allowance=1.0),
        Edge.line("centre", cf_neck, (0.0, y_wf), allowance=0.0),
    )
    # ---- bodice back
    x_wb = bod.back_x - side
    side_b = tangent_cubic("side", (x_wb, waist_y), t_up, (bod.back_x, y_u), (0, 1))
    b_lower, b_upper = side_b.split_at(lower.length, ("side_lower", "side_upper"))
    apex_wb = np.array([a_b + dart_b / 2, y_u - 4.0])
    b_waist = _waist_edges((0.0, waist_y), a_b, dart_b, wb - a_b, apex_wb, t_up)
    # with deep waist suppression (a small natural waist) the two curves of a waist seam part
    # by up to 1.2 mm; past half a millimetre the skirt's side waist takes its bodice's length
    extra_f = f_waist[3].length - skirt_front.edge("waist_side").length
    extra_b = b_waist[3].length - skirt_back.edge("waist_side").length
    if max(abs(extra_f), abs(extra_b)) > 0.05:  # half the seam check's 1 mm
        skirts = draft_skirts(extra_f, extra_b)
        skirt_front, skirt_back = skirts["front"], skirts["back"]
    back_edges = (
        *b_waist,
        replace(b_lower, allowance=SA),
        replace(b_upper, allowance=SA),
        replace(e["back_armhole"], allowance=1.0),
        replace(e["back_shoulder"], allowance=SA),
        replace(e["back_neck"], allowance=1.0),
        Edge.line("centre", (0.0, 0.0), (0.0, waist_y), allowance=SA),
    )
    gx_f, gx_b = 0.5 * bod.front_x, 0.5 * bod.back_x
    # labels run up the panel between the waist dart and the side seam
    lx_f, ly_f = 0.5 * (a_f + dart_f + x_wf) - 0.8, 0.5 * (y_wf + y_bp) - 1.0
    lx_b, ly_b = 0.5 * (a_b + dart_b + x_wb) - 0.8, 0.5 * (waist_y + y_u) - 2.0
    bodice_front = Piece(
        name="bodice_front",
        edges=front_edges,
        grainline=((gx_f + 2.0, y_wf + 3.0), (gx_f + 2.0, y_u + 2.0)),
        quantity=1,
        on_fold="centre",
        notches=(Notch("armhole", 0.4 * e["front_armhole"].length),
                 Notch("side_upper", 0.0)),
        darts=darts + (Dart("bust_dart", ("bust_dart_in", "bust_dart_out")),),
        drill_holes=(DrillHole((apex_wf[0], apex_wf[1] - 1.0), "dart", "waist dart point"),
                     DrillHole((apex_s[0] + 1.0, apex_s[1]), "dart", "bust dart point"),
                     DrillHole((bp_x, y_bp), "mark", "bust point")),
        labels=(Label("DRESS BODICE FRONT", (lx_f, ly_f), 1.1, 90.0),
                Label("cut 1 on fold", (lx_f + 1.6, ly_f), 0.8, 90.0)),
        placement=Placement("torso", "front", cf_neck, "front_neck"),
        title="Dress bodice front",
    )
    bodice_back = Piece(
        name="bodice_back",
        edges=back_edges,
        grainline=((gx_b + 2.0, waist_y + 3.0), (gx_b + 2.0, y_u + 2.0)),
        quantity=2,
        mirrored=True,
        notches=(Notch("armhole", 0.4 * e["back_armhole"].length, 2),
                 Notch("side_upper", 0.0, 2)),
        darts=darts,
        drill_holes=(DrillHole((apex_wb[0], apex_wb[1] - 1.0), "dart", "waist dart point"),),
        labels=(Label("DRESS BODICE BACK", (lx_b, ly_b), 1.1, 90.0),
                Label("cut 2 (a pair)", (lx_b + 1.6, ly_b), 0.8, 90.0)),
        placement=Placement("torso", "back", (0.0, 0.0), "back_neck"),
        title="Dress bodice back",
    )

    # ---- all-in-one neck and armhole facings (front on the fold, back pair)
    side_drop = 3.0  # facing depth down the side seam (above the bust dart)
    facings = [
        _facing("facing_front", bodice_front, fw, side_drop, fold=True),
        _facing("facing_back", bodice_back, fw + 2.0, side_drop, fold=False),
    ]

    def r(p, e_, mirror=False):
        return EdgeRef(p, e_, mirror)

    def pair(name, pa, pb, edge, rev=False, eb=None):
        return Seam(r(pa, edge), r(pb, eb or edge), reversed=rev, name=name)

    seams = (
        pair("side_lower", "bodice_front", "bodice_back", "side_lower"),
        pair("side_upper", "bodice_front", "bodice_back", "side_upper"),
        pair("shoulder", "bodice_front", "bodice_back", "shoulder"),
        Seam(r("bodice_back", "centre"), r("bodice_back", "centre", True), reversed=False,
             name="bodice_centre_back"),
        pair("waist_front_centre", "bodice_front", "skirt_front", "waist_centre", True),
        pair("waist_front_side", "bodice_front", "skirt_front", "waist_side", True),
        pair("waist_back_centre", "bodice_back", "skirt_back", "waist_centre", True),
        pair("waist_back_side", "bodice_back", "skirt_back", "waist_side", True),
        pair("skirt_side", "skirt_front", "skirt_back", "side"),
        Seam(r("skirt_back", "centre"), r("skirt_back", "centre", True), reversed=False,
             name="skirt_centre_back"),
        *vent_seams("skirt_back", vent),
        pair("facing_front_neck", "bodice_front", "facing_front", "neck"),
        pair("facing_back_neck", "bodice_back", "facing_back", "neck"),
        pair("facing_front_armhole", "bodice_front", "facing_front", "armhole"),
        pair("facing_back_armhole", "bodice_back", "facing_back", "armhole"),
        pair("facing_shoulder", "facing_front", "facing_back", "shoulder"),
        pair("facing_side", "facing_front", "facing_back", "side"),
    )
    chest_y = y_u - 1.0
    hip_y = -wh

    def across(piece: str, y: float, f: float = 2.0):
        return (piece, (-1.0, y), (500.0, y), f)

    g = Garment(
        name="sheath_dress",
        pieces=(bodice_front, bodice_back, skirt_front, skirt_back, *facings),
        seams=seams,
        size="MTM",
        measurements=m,
        options=opt,
        system=SYSTEM,
        girths=(
            GirthLine("chest", "chest_girth", MIN_CHEST_EASE,
                      (across("bodice_front", chest_y), across("bodice_back", chest_y))),
            GirthLine("waist", "waist_girth", MIN_WAIST_EASE,
                      (across("bodice_front", y_wf + 0.5), across("bodice_back", waist_y + 0.5))),
            GirthLine("hip", "hip_girth", MIN_HIP_EASE,
                      (across("skirt_front", hip_y), across("skirt_back", hip_y))),
        ),
        smooth_curves=(
            SmoothCurve("neckline", (("bodice_front", "neck"), ("bodice_back", "neck"))),
            SmoothCurve("armhole", (("bodice_front", "armhole"), ("bodice_back", "armhole"))),
            SmoothCurve("bodice_waistline", tuple((p, w) for p in ("bodice_front", "bodice_back")
                                                  for w in ("waist_centre", "waist_side"))),
            SmoothCurve("skirt_waistline", tuple((p, w) for p in ("skirt_front", "skirt_back")
                                                 for w in ("waist_centre", "waist_side"))),
            SmoothCurve("hem", (("skirt_front", "hem"), ("skirt_back", "hem"))),
        ),
    )
    return with_checks(g)


def _waist_edges(centre, a: float, dart: float, b: float, apex, side_up):
    """Bodice waist from the centre line outwards: waist_centre, dart legs (up to ``apex``),
    waist_side; every edge meets its neighbours square (CF/CB, dart legs, and the side seam,
    which leaves the waist along ``side_up``)."""
    c = np.asarray(centre, float)
    mouth_l = c + (a, 0.0)
    mouth_r = c + (a + dart, 0.0)
    side = c + (a + dart + b, 0.0)
    apex = np.asarray(apex, float)
    d1 = unit(apex - mouth_l)  # up the first leg
    d2 = unit(mouth_r - apex)  # down the second leg
    return (
        tangent_cubic("waist_centre", c, (1.0, 0.0), mouth_l, (d1[1], -d1[0]), allowance=SA),
        Edge.line("dart_in", mouth_l, apex, allowance=SA),
        Edge.line("dart_out", apex, mouth_r, allowance=SA),
        tangent_cubic("waist_side", mouth_r, rot90(d2), side, (side_up[1], -side_up[0]),
                      allowance=SA),
    )


def _facing(name: str, bodice: Piece, depth: float, side_drop: float, fold: bool) -> Piece:
    """An all-in-one facing: a copy of the bodice's neckline, shoulder, armhole and the top
    ``side_drop`` cm of its side seam, closed by a curve from ``depth`` cm below the neckline
    at the centre line to the side seam, square to both."""
    upper = bodice.edge("side_upper")
    _, side = upper.split_at(upper.length - side_drop, ("x", "side"))
    neck = bodice.edge("neck")
    c_top = np.array(neck.end)
    c_bot = c_top - (0.0, depth)
    q = np.array(side.start)
    edges = (
        replace(side, allowance=SA),
        replace(bodice.edge("armhole"), allowance=1.0),
        replace(bodice.edge("shoulder"), allowance=SA),
        replace(neck, allowance=1.0),
        Edge.line("centre", c_top, c_bot, allowance=0.0 if fold else SA),
        tangent_cubic("lower", c_bot, (1.0, 0.0), q, (1.0, 0.0), allowance=0.0),
    )
    front = fold
    gx = 0.5 * neck.start[0]
    label_at = (0.5 * (neck.start[0] + q[0]), 0.5 * (neck.start[1] + q[1]) - 1.0)
    return Piece(
        name=name,
        edges=edges,
        grainline=((gx, c_bot[1] + 1.0), (gx, c_bot[1] + 5.0)),
        quantity=1 if fold else 2,
        mirrored=not fold,
        on_fold="centre" if fold else None,
        fabric="shell",
        notches=tuple(n for n in bodice.notches if n.edge == "armhole"),  # facing the bodice's
        labels=(Label(f"{'FRONT' if front else 'BACK'} FACING", label_at, 0.8),
                Label(f"{'cut 1 on fold' if fold else 'cut 2'}, interface",
                      (label_at[0], label_at[1] - 1.2), 0.6)),
        placement=Placement("neck", "front" if front else "back", tuple(c_top),
                            "front_neck" if front else "back_neck", wrap=True),
        title=f"{'Front' if front else 'Back'} facing",
    )


SPEC = GarmentSpec(
    name="sheath_dress",
    title="Sheath dress (fitted bodice and straight skirt, sleeveless)",
    measurements=MEASUREMENTS,
    options=OPTIONS,
    sexes=("female",),
    system=SYSTEM,
    draft=draft,
    fabric="wool_suiting",
)

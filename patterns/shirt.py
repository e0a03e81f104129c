"""Shirt: fronts with a grown-on button stand (buttonholes as drill holes), back with a yoke,
one-piece sleeve with a placket slit, pleats and cuff, two-piece collar (collar and stand).

Drafted on the shared bodice and sleeve blocks (after Aldrich, "Metric Pattern Cutting for
Menswear", classic shirt block, shirt sleeve, shirt collar with separate stand). Simplified
from the book: the yoke takes no width from the front shoulder and the back has no pleat.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import numpy as np
from scipy.optimize import brentq

from mtm.core import geometry2d as g2
from mtm.core.checks import with_checks
from mtm.core.garment import (
    DrillHole,
    EaseLimit,
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
from .blocks.bodice import (
    BODICE_MEASUREMENTS,
    BodiceEase,
    chain,
    distance_to_y,
    draft_bodice,
    girth_parts,
    hem_curve,
    need,
)
from .blocks.sleeve import draft_sleeve, fit_sleeve_to_armhole
from .options import Option, resolve_options

SYSTEM = (
    "Aldrich, Metric Pattern Cutting for Menswear: classic shirt block, one-piece shirt "
    "sleeve and two-piece shirt collar (cap fitted numerically to the armhole)"
)

MEASUREMENTS = BODICE_MEASUREMENTS + ("arm_length", "upper_arm_girth", "wrist_girth")

OPTIONS = (
    Option(
        "fit",
        "regular",
        "ease over the body: slim, regular or oversized (dropped shoulder)",
        choices=("slim", "regular", "oversized"),
    ),
    Option("length", 6.0, "hem position at the centre front below the hip line", -5.0, 25.0, "cm"),
    Option("tail_rise", 4.0, "how far the curved hem rises at the side seam", 0.0, 10.0, "cm"),
    Option("buttons", 6, "number of buttons on the front (plus one on the collar stand)", 4, 9, ""),
    Option(
        "button_extension", 1.75, "button stand extension beyond the centre front", 1.2, 2.5, "cm"
    ),
    Option("cuff_depth", 6.0, "finished cuff depth", 4.0, 9.0, "cm"),
    Option("cuff_ease", 7.0, "finished cuff girth minus wrist girth", 4.0, 12.0, "cm"),
    Option("placket_length", 13.0, "length of the sleeve placket slit", 8.0, 18.0, "cm"),
    Option("stand_height", 3.2, "collar stand height at the centre back", 2.5, 4.5, "cm"),
    Option("collar_point", 7.0, "collar point length", 5.0, 10.0, "cm"),
)

#: fit -> (chest, waist, hip ease; minimum chest, waist, hip ease; extra scye; shoulder
#:         extension; minimum biceps ease; planned cap ease; waist shaping; cap height share)
FITS = {
    "slim": (10.0, 8.0, 8.0, 7.0, 5.0, 5.0, 1.5, 0.5, 5.0, 1.5, 4.0, 0.6),
    "regular": (16.0, 14.0, 12.0, 12.0, 10.0, 8.0, 2.5, 1.0, 7.0, 1.5, 1.5, 0.5),
    "oversized": (28.0, 24.0, 22.0, 22.0, 18.0, 16.0, 4.5, 4.0, 10.0, 1.0, 0.0, 0.35),
}
CAP_EASE_RANGE = (0.5, 3.0)
SA = 1.0  # seam allowance, cm
HEM = 1.0  # narrow rolled hem on the curved shirt tail
PLEATS = 4.0  # two 2 cm pleats at the cuff
UNDERLAP = 2.0  # cuff button underlap


def _solve_length(make, lo: float, hi: float, target: float) -> float:
    """x in [lo, hi] where the cubic with control points make(x) is ``target`` long."""
    return float(brentq(lambda x: g2.cubic_length(make(x)) - target, lo, hi, xtol=1e-7))


def draft(
    measurements: Mapping[str, float],
    options: Mapping[str, object] | None = None,
) -> Garment:
    """Draft the shirt for ``measurements`` (cm) and ``options``; checks are run."""
    opt = resolve_options(OPTIONS, options, garment="shirt")
    m = {k: need(measurements, k) for k in MEASUREMENTS}
    (ce, we, he, cmin, wmin, hmin, scye, shoulder, bic, cap_ease, shaping, cap_share) = FITS[
        opt["fit"]
    ]
    ease = BodiceEase(
        chest=ce,
        waist=we,
        hip=he,
        scye=scye,
        shoulder=shoulder,
        side_shift=0.5,
        front_neck_drop=0.8,
        neck_widen=0.3,
        back_neck_rise=1.8,
        waist_shaping=shaping,
    )
    length = m["back_waist_length"] + m["waist_to_hip"] + float(opt["length"])
    rise = float(opt["tail_rise"])
    cuff_d = float(opt["cuff_depth"])
    cuff_circ = m["wrist_girth"] + float(opt["cuff_ease"])
    sleeve_len = m["arm_length"] + 4.0 - cuff_d - shoulder

    def cap(body):
        return draft_sleeve(
            body.edges["front_armhole"].length,
            body.edges["back_armhole"].length,
            cap_height=cap_share * body.scye_depth,
            # at least the biceps plus ease, and never narrower than the cuff plus its pleats
            min_width=max(m["upper_arm_girth"] + bic + 0.4, cuff_circ + PLEATS),
            cap_ease=cap_ease,
            length=sleeve_len,
            hem_width=cuff_circ + PLEATS,
            hem_allowance=SA,
            hem_corner="mitre",
            seam_allowance=SA,
        )

    bod, sl = fit_sleeve_to_armhole(
        lambda extra: draft_bodice(m, ease, length, hem_rise=rise, extra_scye=extra), cap)
    e = bod.edges

    ext = float(opt["button_extension"])
    facing = 2.0 * ext + 1.0
    x_edge = -(ext + facing)

    # ---- front -----------------------------------------------------------------------------
    f_side = e["front_side"]
    f_neck = e["front_neck"]
    y_cfn = f_neck.end[1]
    hem_f = chain(
        "hem",
        Edge.line("h0", (x_edge, bod.hem_y), (0.0, bod.hem_y)),
        hem_curve("h1", 0.0, bod.hem_y, f_side.start[0], f_side.start[1]),
        allowance=HEM,
    )
    front_edges = (
        hem_f,
        Edge(f_side.name, f_side.kind, f_side.control, SA),
        Edge("armhole", "cubic", e["front_armhole"].control, SA),
        Edge("shoulder", "line", e["front_shoulder"].control, SA),
        Edge("neck", "cubic", f_neck.control, SA),
        Edge.line("neck_ext", (0.0, y_cfn), (-ext, y_cfn), allowance=SA),
        Edge.line("facing_top", (-ext, y_cfn), (x_edge, y_cfn), allowance=SA),
        Edge.line("front_edge", (x_edge, y_cfn), (x_edge, bod.hem_y), allowance=SA),
    )
    n_btn = int(opt["buttons"])
    top_b, low_b = y_cfn - 7.0, bod.hem_y + 16.0
    ys = (
        np.linspace(top_b, low_b, n_btn)
        if low_b < top_b - 4.0 * (n_btn - 1)
        else (top_b - 5.0 * np.arange(n_btn))
    )
    holes = tuple(
        DrillHole((0.0, float(y)), "buttonhole", f"button_{i + 1}") for i, y in enumerate(ys)
    )
    gx = 0.5 * f_side.start[0]
    front = Piece(
        name="front",
        edges=front_edges,
        grainline=((gx, bod.hem_y + 10), (gx, bod.chest_y - 2)),
        quantity=2,
        mirrored=True,
        notches=(
            Notch("armhole", 0.4 * front_edges[2].length),
            Notch("side", distance_to_y(front_edges[1], bod.waist_y)),
            Notch("hem", facing),
            Notch("hem", facing + ext),
        ),
        internal_lines=(
            InternalLine("centre_front", ((0.0, y_cfn), (0.0, bod.hem_y)), "centre"),
            InternalLine("stand_fold", ((-ext, y_cfn), (-ext, bod.hem_y)), "fold"),
            InternalLine("waist", ((0.0, bod.waist_y), (3.0, bod.waist_y))),
        ),
        drill_holes=holes,
        labels=(
            Label("SHIRT FRONT", (gx, bod.waist_y + 8), 1.6),
            Label("cut 2 (a pair)", (gx, bod.waist_y + 5), 1.0),
            Label("buttonholes on one front, buttons on the other", (gx, bod.waist_y + 3), 0.6),
        ),
        placement=Placement("torso", "front", (0.0, y_cfn), "front_neck"),
        title="Shirt front",
    )

    # ---- back and yoke: the back armhole is cut at the yoke line ---------------------------
    b_arm = e["back_armhole"]
    y_yoke = -0.38 * bod.scye_depth
    d_yoke = distance_to_y(b_arm, y_yoke)
    arm_low, arm_up = b_arm.split_at(d_yoke, ("armhole", "armhole"))
    yp = arm_low.end
    b_side = e["back_side"]
    back = Piece(
        name="back",
        edges=(
            chain(
                "hem",
                hem_curve("h", 0.0, bod.hem_y, b_side.start[0], b_side.start[1]),
                allowance=HEM,
            ),
            Edge(b_side.name, b_side.kind, b_side.control, SA),
            Edge("armhole", "cubic", arm_low.control, SA),
            Edge.line("yoke_seam", yp, (0.0, yp[1]), allowance=SA),
            Edge.line("centre", (0.0, yp[1]), (0.0, bod.hem_y), allowance=0.0),
        ),
        grainline=((gx, bod.hem_y + 10), (gx, bod.chest_y - 2)),
        on_fold="centre",
        notches=(
            Notch("armhole", 0.5 * arm_low.length, 2),
            Notch("side", distance_to_y(Edge("s", "cubic", b_side.control), bod.waist_y)),
        ),
        internal_lines=(InternalLine("waist", ((0.0, bod.waist_y), (3.0, bod.waist_y))),),
        labels=(
            Label("SHIRT BACK", (gx, bod.waist_y + 8), 1.6),
            Label("cut 1 on fold", (gx, bod.waist_y + 5), 1.0),
        ),
        placement=Placement("torso", "back", (0.0, yp[1]), "back_neck"),
        title="Shirt back",
    )
    b_neck = e["back_neck"]
    yoke = Piece(
        name="yoke",
        edges=(
            Edge.line("yoke_seam", (0.0, yp[1]), yp, allowance=SA),
            Edge("armhole", "cubic", arm_up.control, SA),
            Edge("shoulder", "line", e["back_shoulder"].control, SA),
            Edge("neck", "cubic", b_neck.control, SA),
            Edge.line("centre", (0.0, 0.0), (0.0, yp[1]), allowance=0.0),
        ),
        grainline=((1.5, yp[1] + 1.0), (1.5, -1.0)),
        quantity=2,
        on_fold="centre",
        labels=(Label("YOKE cut 2 on fold", (0.5 * yp[0], 0.5 * yp[1] - 0.5), 0.9),),
        placement=Placement("torso", "back", (0.0, 0.0), "back_neck"),
        title="Yoke",
    )

    # ---- sleeve: the back cap is cut again where the yoke seam meets the armhole -----------
    f_arm, y_arm, bk_arm = front.edge("armhole"), yoke.edge("armhole"), back.edge("armhole")
    cap_b = sl.cap_back  # top -> back underarm
    share = y_arm.length / (y_arm.length + bk_arm.length)
    cap_yoke_len = y_arm.length + (cap_b.length - y_arm.length - bk_arm.length) * share
    cap_yoke, cap_back = cap_b.split_at(cap_yoke_len, ("cap_yoke", "cap_back"))
    cap_yoke = Edge(cap_yoke.name, "cubic", cap_yoke.control, SA)
    cap_back = Edge(cap_back.name, "cubic", cap_back.control, SA)
    hem = sl.hem
    cuff_edge = Edge("cuff", "line", hem.control, SA)
    hw = hem.length
    slit_x = hem.start[0] + 0.25 * hw
    y_h = hem.start[1]
    plen = float(opt["placket_length"])
    pleats = tuple(
        InternalLine(f"pleat_{i}", ((x, y_h), (x, y_h + 2.0)), "pleat")
        for i, x in enumerate((slit_x + 3.0, slit_x + 5.0, slit_x + 7.0, slit_x + 9.0))
    )
    sleeve = Piece(
        name="sleeve",
        edges=(cuff_edge, sl.front_seam, sl.cap_front, cap_yoke, cap_back, sl.back_seam),
        grainline=((0.2 * sl.width, y_h + 8), (0.2 * sl.width, 0.4 * sl.cap_height)),
        quantity=2,
        mirrored=True,
        notches=(
            Notch("cap_front", 0.4 * f_arm.length * sl.cap_front.length / f_arm.length),
            Notch("cap_back", 0.5 * cap_back.length, 2),
            Notch("cap_yoke", 0.0),
        ),
        internal_lines=(
            InternalLine("placket_slit", ((slit_x, y_h), (slit_x, y_h + plen)), "stitch"),
            InternalLine("biceps", ((-sl.width / 2, 0.0), (sl.width / 2, 0.0))),
        )
        + pleats,
        labels=(
            Label("SHIRT SLEEVE", (0.0, 0.3 * y_h), 1.4),
            Label("cut 2 (a pair)", (0.0, 0.3 * y_h - 2.5), 1.0),
            Label("slit", (slit_x + 1.0, y_h + plen + 0.5), 0.7),
        ),
        placement=Placement("right_arm", "side", cap_yoke.start, "shoulder_point", wrap=True),
        title="Shirt sleeve",
    )

    # ---- cuff (one piece, folded lengthwise) and sleeve placket strip ----------------------
    cl = cuff_circ + UNDERLAP
    cuff = Piece(
        name="cuff",
        edges=(
            Edge.line("attach", (0.0, 0.0), (cl, 0.0), allowance=SA),
            Edge.line("end_b", (cl, 0.0), (cl, cuff_d), allowance=SA),
            Edge.line("fold", (cl, cuff_d), (0.0, cuff_d), allowance=0.0),
            Edge.line("end_a", (0.0, cuff_d), (0.0, 0.0), allowance=SA),
        ),
        grainline=((cl * 0.3, 0.8), (cl * 0.3, cuff_d - 0.8)),
        quantity=2,
        on_fold="fold",
        drill_holes=(
            DrillHole((1.2, cuff_d / 2), "buttonhole", "cuff_buttonhole"),
            DrillHole((cl - 1.0, cuff_d / 2), "button", "cuff_button"),
        ),
        labels=(Label("CUFF cut 2 on fold + interfacing", (cl / 2, cuff_d / 2), 0.8),),
        placement=Placement("right_arm", "side", (0.0, 0.0), "wrist", wrap=True),
        title="Cuff",
    )
    pw, ph = 5.0, plen + 2.5
    placket = Piece(
        name="placket",
        edges=(
            Edge.line("bottom", (0.0, 0.0), (pw, 0.0), allowance=SA),
            Edge.line("right", (pw, 0.0), (pw, ph), allowance=SA),
            Edge.line("top", (pw, ph), (0.0, ph), allowance=SA),
            Edge.line("left", (0.0, ph), (0.0, 0.0), allowance=SA),
        ),
        grainline=((pw / 2, 1.0), (pw / 2, ph - 1.0)),
        quantity=2,
        mirrored=True,
        internal_lines=(InternalLine("fold", ((pw / 2, 0.0), (pw / 2, ph)), "fold"),),
        labels=(Label("PLACKET x2", (pw / 2, ph / 2), 0.6, 90.0),),
        placement=Placement("right_arm", "side", (0.0, 0.0), "wrist"),
        title="Sleeve placket (bound along the slit)",
    )

    # ---- collar stand and collar -----------------------------------------------------------
    nb, nf = yoke.edge("neck").length, front.edge("neck").length
    total = nb + nf + ext
    hs = float(opt["stand_height"])

    def stand_neck(x_end: float) -> np.ndarray:
        r = 1.2 * x_end / 22.0  # the stand rises towards the front (Aldrich: about 1.5 cm)
        return np.array([(0.0, 0.0), (0.55 * x_end, 0.0), (0.8 * x_end, 0.2 * r), (x_end, r)])

    x_neck = _solve_length(stand_neck, 0.5 * total, total, total)
    neck_curve = Edge("n", "cubic", stand_neck(x_neck))
    nk_back, rest = neck_curve.split_at(nb, ("neck_back", "r"))
    nk_front, nk_ext = rest.split_at(nf, ("neck_front", "neck_ext"))
    e0 = np.array(nk_ext.end)
    t_end = np.array(nk_ext.end_tangent())
    up = np.array([-t_end[1], t_end[0]])
    e1 = e0 + (hs - 0.6) * up - 0.6 * t_end
    front_end = Edge.cubic(
        "front", e0, e0 + 0.6 * (hs - 0.6) * up, e1 + 0.6 * t_end, e1, allowance=SA
    )
    top_full = Edge.cubic(
        "t", e1, e1 - np.array([0.3 * e1[0], -0.05 * e1[1]]), (0.45 * e1[0], hs), (0.0, hs)
    )
    top_ext, top = top_full.split_at(ext + 0.4, ("top_ext", "top"))
    stand = Piece(
        name="collar_stand",
        edges=(
            Edge("neck_back", "cubic", nk_back.control, SA),
            Edge("neck_front", "cubic", nk_front.control, SA),
            Edge("neck_ext", "cubic", nk_ext.control, SA),
            front_end,
            Edge("top_ext", "cubic", top_ext.control, SA),
            Edge("top", "cubic", top.control, SA),
            Edge.line("centre", (0.0, hs), (0.0, 0.0), allowance=0.0),
        ),
        grainline=((0.8, 0.5), (0.8, hs - 0.5)),
        quantity=2,
        on_fold="centre",
        notches=(Notch("neck_front", 0.0), Notch("neck_ext", 0.0), Notch("top", 0.0)),
        drill_holes=(DrillHole(tuple(0.5 * (e0 + e1) - 1.2 * t_end), "buttonhole", "stand"),),
        labels=(Label("COLLAR STAND cut 2 on fold + interfacing", (0.45 * e1[0], 0.45 * hs), 0.6),),
        placement=Placement("neck", "back", (0.0, 0.0), "back_neck", wrap=True),
        title="Collar stand",
    )
    tl = top.length
    drop = 0.6
    dc = hs + 1.3

    def collar_attach(x_end: float) -> np.ndarray:
        return np.array(
            [(0.0, 0.0), (0.5 * x_end, 0.0), (0.8 * x_end, -0.3 * drop), (x_end, -drop)]
        )

    attach = Edge("a", "cubic", collar_attach(_solve_length(collar_attach, 0.5 * tl, tl, tl)))
    a_end = np.array(attach.end)
    point = a_end + np.array([1.2, -0.8]) + float(opt["collar_point"]) * np.array([0.25, 0.97])
    point_edge = Edge.line("point", a_end, point, allowance=SA)
    outer = Edge.cubic(
        "outer",
        point,
        point + np.array([-0.35 * point[0], 0.15 * (dc - point[1])]),
        (0.4 * point[0], dc),
        (0.0, dc),
        allowance=SA,
    )
    collar = Piece(
        name="collar",
        edges=(
            Edge("attach", "cubic", attach.control, SA),
            point_edge,
            outer,
            Edge.line("centre", (0.0, dc), (0.0, 0.0), allowance=0.0),
        ),
        grainline=((1.0, 0.5), (1.0, dc - 0.8)),
        quantity=2,
        on_fold="centre",
        notches=(Notch("attach", -0.001),),
        labels=(Label("COLLAR cut 2 on fold + interfacing", (0.45 * a_end[0], 0.5 * dc), 0.6),),
        placement=Placement("neck", "back", (0.0, dc), "back_neck", wrap=True),
        title="Collar",
    )

    def r(p, e_, mirror=False):
        return EdgeRef(p, e_, mirror)

    seams = (
        Seam(r("front", "side"), r("back", "side"), reversed=False, name="side"),
        Seam(r("front", "shoulder"), r("yoke", "shoulder"), reversed=False, name="shoulder"),
        Seam(r("yoke", "yoke_seam"), r("back", "yoke_seam"), reversed=True, name="yoke"),
        Seam(
            r("sleeve", "cap_front"),
            r("front", "armhole"),
            reversed=False,
            ease=sl.cap_front.length - f_arm.length,
            name="cap_front",
        ),
        Seam(
            r("sleeve", "cap_yoke"),
            r("yoke", "armhole"),
            reversed=True,
            ease=cap_yoke.length - y_arm.length,
            name="cap_yoke",
        ),
        Seam(
            r("sleeve", "cap_back"),
            r("back", "armhole"),
            reversed=True,
            ease=cap_back.length - bk_arm.length,
            name="cap_back",
        ),
        Seam(
            r("sleeve", "underarm_front"),
            r("sleeve", "underarm_back"),
            reversed=True,
            name="sleeve_seam",
        ),
        Seam(
            r("sleeve", "cuff"),
            r("cuff", "attach"),
            reversed=False,
            ease=PLEATS - UNDERLAP,
            name="cuff",
        ),
        Seam(r("yoke", "neck"), r("collar_stand", "neck_back"), reversed=True, name="stand_back"),
        Seam(
            r("front", "neck"), r("collar_stand", "neck_front"), reversed=False, name="stand_front"
        ),
        Seam(
            r("front", "neck_ext"), r("collar_stand", "neck_ext"), reversed=False, name="stand_ext"
        ),
        Seam(r("collar", "attach"), r("collar_stand", "top"), reversed=True, name="collar"),
    )
    fb = (("front", 2.0), ("back", 2.0))
    girths = [GirthLine("chest", "chest_girth", cmin, girth_parts(bod.chest_y, fb))]
    if bod.side_hem_y < bod.waist_y - 1.0:
        girths.append(GirthLine("waist", "waist_girth", wmin, girth_parts(bod.waist_y, fb)))
    if bod.side_hem_y < bod.hip_y - 1.0:
        girths.append(GirthLine("hip", "hip_girth", hmin, girth_parts(bod.hip_y, fb)))
    girths.append(
        GirthLine(
            "biceps", "upper_arm_girth", bic, (("sleeve", (-200.0, -0.1), (200.0, -0.1), 1.0),)
        )
    )
    g = Garment(
        name="shirt",
        pieces=(front, back, yoke, sleeve, cuff, placket, stand, collar)
        + (_interfacing(cuff, 2), _interfacing(stand, 1), _interfacing(collar, 1)),
        seams=seams,
        size="MTM",
        measurements=m,
        options=opt,
        system=SYSTEM,
        girths=tuple(girths),
        ease_limits=(
            EaseLimit("sleeve_cap", ("cap_front", "cap_yoke", "cap_back"), *CAP_EASE_RANGE),
        ),
        smooth_curves=(
            SmoothCurve(
                "armhole", (("front", "armhole"), ("yoke", "armhole"), ("back", "armhole"))
            ),
            SmoothCurve("neckline", (("front", "neck"), ("yoke", "neck"))),
            SmoothCurve("sleeve_cap", (("sleeve", "cap_front"), ("sleeve", "cap_back"))),
            SmoothCurve("stand_neck", (("collar_stand", "neck_back"),)),
        ),
    )
    return with_checks(g)


def _interfacing(p: Piece, quantity: int) -> Piece:
    """The fusible interfacing for ``p``: same shape, cut without seam allowance."""
    edges = tuple(dataclasses.replace(e, allowance=0.0) for e in p.edges)
    x0, y0, x1, y1 = p.bbox
    return dataclasses.replace(
        p,
        name=f"{p.name}_interfacing",
        edges=edges,
        fabric="interfacing",
        quantity=quantity,
        notches=(),
        drill_holes=(),
        internal_lines=(),
        labels=(
            Label(
                f"{p.name.upper().replace('_', ' ')} INTERFACING",
                (0.5 * (x0 + x1), 0.5 * (y0 + y1)),
                0.6,
            ),
        ),
        placement=None,
        title=f"{p.title} interfacing",
    )


SPEC = GarmentSpec(
    name="shirt",
    title="Shirt",
    measurements=MEASUREMENTS,
    options=OPTIONS,
    sexes=("female", "male"),
    system=SYSTEM,
    draft=draft,
    fabric="cotton_poplin",
    # a tailor pairs a jacket with a slim shirt: the regular one (16 / 14 cm of chest / waist
    # ease, armhole 2.5 cm below the block's) is fuller than the regular jacket (11 / 9 cm,
    # 1 cm), which over it is too small (median man: 3.1% mean stretch, 9% of it tight) and
    # caught under the shirt's sleeve at the armpit (issue 19)
    under_jacket={"fit": "slim"},
)

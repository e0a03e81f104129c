"""T-shirt: front and back on the fold, set-in sleeve (short or long), folded knit neckband.

Drafted on the shared bodice and sleeve blocks (after Aldrich, "Metric Pattern Cutting for
Menswear", T-shirt and one-piece sleeve blocks, and "... for Women's Wear", easy-fitting block).
"""

from __future__ import annotations

from collections.abc import Mapping

from mtm.core.checks import with_checks
from mtm.core.garment import (
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
    distance_to_y,
    draft_bodice,
    girth_parts,
    hem_curve,
    need,
)
from .blocks.sleeve import draft_sleeve, fit_sleeve_to_armhole
from .options import Option, resolve_options

SYSTEM = (
    "Aldrich, Metric Pattern Cutting for Menswear / for Women's Wear: easy-fitting bodice, "
    "T-shirt and one-piece sleeve blocks (cap fitted numerically to the armhole)"
)

MEASUREMENTS = BODICE_MEASUREMENTS + ("arm_length", "upper_arm_girth", "wrist_girth")

OPTIONS = (
    Option(
        "fit",
        "regular",
        "ease over the body: slim, regular or oversized (dropped shoulder)",
        choices=("slim", "regular", "oversized"),
    ),
    Option("sleeve", "short", "sleeve length style", choices=("short", "long")),
    Option("length", 2.0, "hem position below the hip line", -10.0, 20.0, "cm"),
    Option("short_sleeve_length", 20.0, "short sleeve length from the shoulder", 10.0, 35.0, "cm"),
    Option("neck_drop", 1.5, "extra depth of the front neckline", 0.0, 8.0, "cm"),
    Option("neckband_width", 2.0, "finished width of the folded neckband", 1.0, 4.0, "cm"),
    Option(
        "neckband_ratio", 0.85, "neckband length as a share of the neckline (stretch)", 0.7, 1.0, ""
    ),
)

#: fit -> (chest, waist, hip ease; minimum chest, waist, hip ease; extra scye; shoulder
#:         extension; minimum biceps ease; planned cap ease; waist shaping; cap height as a
#:         share of the armhole depth)
FITS = {
    "slim": (6.0, 4.0, 4.0, 4.0, 2.0, 2.0, 0.5, 0.0, 2.0, 0.3, 3.0, 0.62),
    "regular": (12.0, 8.0, 8.0, 8.0, 5.0, 5.0, 1.5, 0.5, 4.0, 0.5, 1.0, 0.55),
    "oversized": (26.0, 20.0, 20.0, 18.0, 14.0, 14.0, 4.0, 4.0, 8.0, 0.5, 0.0, 0.35),
}
CAP_EASE_RANGE = (0.0, 1.5)
SA = 1.0  # seam allowance, cm (knits: 0.6-1.0)
HEM = 2.5  # hem allowance, cm


def draft(
    measurements: Mapping[str, float],
    options: Mapping[str, object] | None = None,
) -> Garment:
    """Draft the T-shirt for ``measurements`` (cm) and ``options``; checks are run."""
    opt = resolve_options(OPTIONS, options, garment="tshirt")
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
        front_neck_drop=1.0 + float(opt["neck_drop"]),
        neck_widen=0.8,
        back_neck_rise=1.6,
        waist_shaping=shaping,
    )
    length = m["back_waist_length"] + m["waist_to_hip"] + float(opt["length"])
    long = opt["sleeve"] == "long"
    sleeve_len = m["arm_length"] + 2.0 - shoulder if long else float(opt["short_sleeve_length"])
    min_width = m["upper_arm_girth"] + bic + 0.4  # the seams taper below the line
    hem_w = m["wrist_girth"] + 8.0 if long else 0.88 * min_width

    def cap(body):
        return draft_sleeve(
            body.edges["front_armhole"].length,
            body.edges["back_armhole"].length,
            cap_height=cap_share * body.scye_depth,
            min_width=min_width,
            cap_ease=cap_ease,
            length=sleeve_len,
            hem_width=hem_w,
            hem_allowance=HEM,
            seam_allowance=SA,
        )

    bod, sl = fit_sleeve_to_armhole(lambda extra: draft_bodice(m, ease, length, extra_scye=extra),
                                    cap)
    e = bod.edges

    pieces = []
    for which, side_word in (("front", "FRONT"), ("back", "BACK")):
        side = e[f"{which}_side"]
        hem = hem_curve(
            "hem", 0.0, bod.hem_y, side.start[0], side.start[1], allowance=HEM, corner="reverse"
        )
        neck = e[f"{which}_neck"]
        centre = Edge.line("centre", neck.end, (0.0, bod.hem_y), allowance=0.0)
        edges = (
            hem,
            Edge(side.name, side.kind, side.control, SA),
            Edge("armhole", "cubic", e[f"{which}_armhole"].control, SA),
            Edge("shoulder", "line", e[f"{which}_shoulder"].control, SA),
            Edge("neck", "cubic", neck.control, SA),
            centre,
        )
        arm = edges[2]
        gx = 0.45 * side.start[0]
        notches = (
            Notch("armhole", 0.4 * arm.length, 1 if which == "front" else 2),
            Notch("side", distance_to_y(edges[1], bod.waist_y)),
            Notch("shoulder", 0.5 * edges[3].length),
        )
        pieces.append(
            Piece(
                name=which,
                edges=edges,
                grainline=((gx, bod.hem_y + 8), (gx, bod.chest_y - 2)),
                quantity=1,
                on_fold="centre",
                fabric="shell",
                notches=notches,
                internal_lines=(InternalLine("waist", ((0.0, bod.waist_y), (3.0, bod.waist_y))),),
                labels=(
                    Label(f"T-SHIRT {side_word}", (gx, bod.waist_y + 6), 1.6),
                    Label("cut 1 on fold", (gx, bod.waist_y + 3), 1.0),
                ),
                placement=Placement(
                    "torso",
                    which,
                    (0.0, neck.end[1]),
                    "front_neck" if which == "front" else "back_neck",
                ),
                title=f"T-shirt {which}",
            )
        )
    front, back = pieces

    # sleeve
    cf, cb = sl.cap_front, sl.cap_back
    f_arm, b_arm = front.edge("armhole"), back.edge("armhole")
    sleeve = Piece(
        name="sleeve",
        edges=(sl.hem, sl.front_seam, cf, cb, sl.back_seam),
        grainline=((0.2 * sl.width, sl.hem.start[1] + 2), (0.2 * sl.width, sl.cap_height * 0.4)),
        quantity=2,
        mirrored=True,
        fabric="shell",
        notches=(
            Notch("cap_front", 0.4 * f_arm.length * cf.length / f_arm.length),
            Notch("cap_back", -0.4 * b_arm.length * cb.length / b_arm.length, 2),
            Notch("cap_back", 0.0),
        ),
        internal_lines=(InternalLine("biceps", ((-sl.width / 2, 0.0), (sl.width / 2, 0.0))),),
        labels=(
            Label("T-SHIRT SLEEVE", (0.0, -2.0), 1.4),
            Label("cut 2 (a pair)", (0.0, -4.5), 1.0),
        ),
        placement=Placement("right_arm", "side", cb.start, "shoulder_point", wrap=True),
        title="T-shirt sleeve",
    )

    # neckband: one ring, drawn as the folded band (fold on the top edge)
    ratio = float(opt["neckband_ratio"])
    w = float(opt["neckband_width"])
    nb, nf = back.edge("neck").length, front.edge("neck").length
    parts = [
        ("attach_back_r", nb),
        ("attach_front_r", nf),
        ("attach_front_l", nf),
        ("attach_back_l", nb),
    ]
    x = 0.0
    band_edges = []
    for name, ln in parts:
        band_edges.append(Edge.line(name, (x, 0.0), (x + ratio * ln, 0.0), allowance=SA))
        x += ratio * ln
    band_edges += [
        Edge.line("end_b", (x, 0.0), (x, w), allowance=SA),
        Edge.line("fold", (x, w), (0.0, w), allowance=0.0),
        Edge.line("end_a", (0.0, w), (0.0, 0.0), allowance=SA),
    ]
    band = Piece(
        name="neckband",
        edges=tuple(band_edges),
        grainline=((x * 0.1, w * 0.2), (x * 0.1, w * 0.8)),
        quantity=1,
        on_fold="fold",
        fabric="shell",
        notches=(
            Notch("attach_front_r", 0.0),
            Notch("attach_front_l", 0.0),
            Notch("attach_back_l", 0.0),
        ),
        labels=(Label("NECKBAND cut 1 on fold, rib", (x / 2, w / 2), min(0.8, 0.4 * w)),),
        placement=Placement("neck", "back", (0.0, 0.0), "back_neck", wrap=True),
        title="Neckband",
    )

    def r(p, e_, mirror=False):
        return EdgeRef(p, e_, mirror)

    seams = (
        Seam(r("front", "side"), r("back", "side"), reversed=False, name="side"),
        Seam(r("front", "shoulder"), r("back", "shoulder"), reversed=False, name="shoulder"),
        Seam(
            r("sleeve", "cap_front"),
            r("front", "armhole"),
            reversed=False,
            ease=cf.length - f_arm.length,
            name="cap_front",
        ),
        Seam(
            r("sleeve", "cap_back"),
            r("back", "armhole"),
            reversed=True,
            ease=cb.length - b_arm.length,
            name="cap_back",
        ),
        Seam(
            r("sleeve", "underarm_front"),
            r("sleeve", "underarm_back"),
            reversed=True,
            name="sleeve_seam",
        ),
        Seam(
            r("back", "neck"),
            r("neckband", "attach_back_r"),
            reversed=True,
            ease=(1 - ratio) * nb,
            name="band_back_r",
        ),
        Seam(
            r("front", "neck", True),
            r("neckband", "attach_front_r"),
            reversed=False,
            ease=(1 - ratio) * nf,
            name="band_front_r",
        ),
        Seam(
            r("front", "neck"),
            r("neckband", "attach_front_l"),
            reversed=True,
            ease=(1 - ratio) * nf,
            name="band_front_l",
        ),
        Seam(
            r("back", "neck", True),
            r("neckband", "attach_back_l"),
            reversed=False,
            ease=(1 - ratio) * nb,
            name="band_back_l",
        ),
        Seam(r("neckband", "end_a"), r("neckband", "end_b"), reversed=True, name="band_ring"),
    )
    both = (("front", 2.0), ("back", 2.0))
    girths = [GirthLine("chest", "chest_girth", cmin, girth_parts(bod.chest_y, both))]
    if bod.side_hem_y < bod.waist_y - 1.0:
        girths.append(GirthLine("waist", "waist_girth", wmin, girth_parts(bod.waist_y, both)))
    if bod.side_hem_y < bod.hip_y - 1.0:
        girths.append(GirthLine("hip", "hip_girth", hmin, girth_parts(bod.hip_y, both)))
    girths.append(
        GirthLine(
            "biceps", "upper_arm_girth", bic, (("sleeve", (-200.0, -0.1), (200.0, -0.1), 1.0),)
        )
    )
    g = Garment(
        name="tshirt",
        pieces=(front, back, sleeve, band),
        seams=seams,
        size="MTM",
        measurements=m,
        options=opt,
        system=SYSTEM,
        girths=tuple(girths),
        ease_limits=(EaseLimit("sleeve_cap", ("cap_front", "cap_back"), *CAP_EASE_RANGE),),
        smooth_curves=(
            SmoothCurve("armhole", (("front", "armhole"), ("back", "armhole"))),
            SmoothCurve("neckline", (("front", "neck"), ("back", "neck"))),
            SmoothCurve("sleeve_cap", (("sleeve", "cap_front"), ("sleeve", "cap_back"))),
        ),
    )
    return with_checks(g)


SPEC = GarmentSpec(
    name="tshirt",
    title="T-shirt",
    measurements=MEASUREMENTS,
    options=OPTIONS,
    sexes=("female", "male"),
    system=SYSTEM,
    draft=draft,
    fabric="cotton_jersey",
)

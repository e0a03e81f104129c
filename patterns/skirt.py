"""Skirt: straight or A-line, front on the fold, back in two with a centre-back zip, one waist
dart per quarter, straight waistband with a button extension.

Drafting system: W. Aldrich, "Metric Pattern Cutting for Women's Wear", straight skirt block
(see ``blocks/skirt.py`` for the formulas and departures) and its A-line adaptation (the side
seam flared from the hip line, the hem trued square to it).
"""

from __future__ import annotations

from collections.abc import Mapping

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
from .blocks.bodice import distance_to_y, need
from .blocks.skirt import BandPart, skirt_panel, waistband
from .options import Option, resolve_options

SYSTEM = (
    "Aldrich, Metric Pattern Cutting for Women's Wear: straight skirt block and its A-line "
    "adaptation (side flare from the hip line)"
)

MEASUREMENTS = ("waist_girth", "hip_girth", "waist_to_hip")

OPTIONS = (
    Option("style", "straight", "straight, or A-line flared from the hip",
           choices=("straight", "aline")),
    Option("length", 58.0, "waist to hem at the centre front", 40.0, 110.0, "cm"),
    Option("flare", 6.0, "A-line: side seam spread at the hem, per side seam", 2.0, 20.0, "cm"),
    Option("hip_ease", 4.0, "finished hip girth minus body hip girth", 2.0, 16.0, "cm"),
    Option("waist_ease", 1.5, "finished waist girth minus body waist girth", 1.0, 6.0, "cm"),
    Option("waistband_width", 3.5, "finished width of the waistband", 2.0, 8.0, "cm"),
    Option("zip_length", 20.0, "centre-back zip opening below the waistband", 12.0, 30.0, "cm"),
    Option("vent", 18.0, "straight style: centre-back walking vent above the hem (0: none)",
           0.0, 30.0, "cm"),
)

MIN_HIP_EASE = 2.0
MIN_WAIST_EASE = 1.0
SA = 1.5  # side and centre-back seam allowance (room for the zip), cm
HEM = 4.0
FRONT_DART = (3.5, 10.0)  # largest intake, length (Aldrich front dart 10 cm)
BACK_DART = (4.5, 14.0)
MIN_DART = 1.0
WAIST_TRUE_STEPS = 4  # passes narrowing the waist widths for the curve's extra length
WAIST_TRUE_TOL = 0.02  # cm per quarter


def quarters(hip: float, waist: float, waist_to_hip: float) -> dict[str, dict[str, float]]:
    """Aldrich's quarter widths: hip and waist per quarter, dart intake and side shaping.

    ``hip`` and ``waist`` are finished girths. Front quarters are 0.5 cm (hip) and 1 cm
    (waist) wider than the back ones. The side takes 45 % of the suppression, more when a
    dart would exceed its largest intake, less when a dart would be under 1 cm; the hip is
    widened when even then a dart is too small (a waist as big as the hip).
    """
    hf, hb = hip / 4 + 0.5, hip / 4 - 0.5
    wf, wb = waist / 4 + 1.0, waist / 4 - 1.0
    df, db = hf - wf, hb - wb
    side = 0.45 * 0.5 * (df + db)
    side = max(side, df - FRONT_DART[0], db - BACK_DART[0])
    side = max(0.0, min(side, df - MIN_DART, db - MIN_DART))
    hf += max(0.0, MIN_DART - (df - side))
    hb += max(0.0, MIN_DART - (db - side))
    out = {}
    for which, h, w, (_, dl) in (("front", hf, wf, FRONT_DART), ("back", hb, wb, BACK_DART)):
        centre = (0.4 if which == "front" else 0.5) * w
        out[which] = {
            "hip_x": h,
            "waist_centre": centre,
            "dart": h - w - side,
            "waist_side": w - centre,
            "dart_length": max(3.0, min(dl, waist_to_hip - 2.0)),
            "side_rise": min(1.25, 0.5 * side),
        }
    return out


def draft(
    measurements: Mapping[str, float],
    options: Mapping[str, object] | None = None,
) -> Garment:
    """Draft the skirt for ``measurements`` (cm) and ``options``; checks are run."""
    opt = resolve_options(OPTIONS, options, garment="skirt")
    m = {k: need(measurements, k) for k in MEASUREMENTS}
    hip = m["hip_girth"] + float(opt["hip_ease"])
    waist = m["waist_girth"] + float(opt["waist_ease"])
    length = max(float(opt["length"]), m["waist_to_hip"] + 10.0)
    flare = float(opt["flare"]) if opt["style"] == "aline" else 0.0
    plan = quarters(hip, waist, m["waist_to_hip"])
    vent = 0.0 if flare else vent_length(float(opt["vent"]), length, m["waist_to_hip"],
                                         float(opt["zip_length"]))
    style = "A-LINE SKIRT" if flare else "SKIRT"

    def panel_for(which: str, q: Mapping[str, float]):
        back = which == "back"
        return skirt_panel(
            hip_x=q["hip_x"],
            waist_centre=q["waist_centre"],
            dart=q["dart"],
            waist_side=q["waist_side"],
            dart_length=q["dart_length"],
            waist_to_hip=m["waist_to_hip"],
            length=length,
            side_rise=q["side_rise"],
            centre_drop=1.0 if back else 0.0,
            flare=flare,
            hem_allowance=HEM,
            seam_allowance=SA,
            centre_allowance=SA if back else 0.0,
            vent=vent if back else 0.0,
        )

    pieces = {}
    for which in ("front", "back"):
        q = dict(plan[which])
        back = which == "back"
        panel = panel_for(which, q)
        # the waist edges curve (up to the side, square into the dart) and come out longer
        # than their planned straight widths, the more the larger the waist suppression:
        # narrow the widths until the curved waist is as planned, the difference going into
        # the dart up to its largest intake and the rest to the side seam
        planned = q["waist_centre"] + q["waist_side"]
        largest = (BACK_DART if back else FRONT_DART)[0]
        for _ in range(WAIST_TRUE_STEPS):
            curved = panel.edges[2].length + panel.edges[5].length
            if curved - planned < WAIST_TRUE_TOL:
                break
            scale = planned / curved
            narrowing = (q["waist_centre"] + q["waist_side"]) * (1.0 - scale)
            q["dart"] += min(narrowing, max(0.0, largest - q["dart"]))
            q["waist_centre"] *= scale
            q["waist_side"] *= scale
            panel = panel_for(which, q)
        edges = panel.edges
        side = edges[1]
        gx = 0.5 * panel.hip_x
        ax, ay = panel.dart_apex
        # the side seams have one shape: the hip notches face each other
        notches = [Notch("side", distance_to_y(side, panel.hip_y))]
        if back:
            notches.append(Notch("centre", float(opt["zip_length"])))
        pieces[which] = Piece(
            name=which,
            edges=edges,
            grainline=((gx, panel.hem_y + 6.0), (gx, panel.hip_y - 3.0)),
            quantity=2 if back else 1,
            mirrored=back,
            on_fold=None if back else "centre",
            fabric="shell",
            notches=tuple(notches),
            darts=(Dart("waist_dart", ("dart_in", "dart_out")),),
            internal_lines=(
                InternalLine("hip", ((0.0, panel.hip_y), (3.0, panel.hip_y)), "placement"),
            ),
            drill_holes=(DrillHole((ax, ay + 1.0), "dart", "dart point"),),
            labels=(
                Label(f"{style} {which.upper()}", (gx, panel.hip_y - 8.0), 1.6),
                Label("cut 2 (a pair)" if back else "cut 1 on fold", (gx, panel.hip_y - 11.0)),
            ),
            placement=Placement(
                "waist", which, panel.centre_top, "waist_back" if back else "waist_front"
            ),
            title=f"Skirt {which}",
        )
    front, back = pieces["front"], pieces["back"]

    def ln(p, e):
        return p.edge(e).length

    parts = [
        BandPart("back_r_c", EdgeRef("back", "waist_centre"), ln(back, "waist_centre"), True),
        BandPart("back_r_s", EdgeRef("back", "waist_side"), ln(back, "waist_side"), True),
        BandPart("front_r_s", EdgeRef("front", "waist_side", True), ln(front, "waist_side"),
                 False, notch=True),
        BandPart("front_r_c", EdgeRef("front", "waist_centre", True), ln(front, "waist_centre"),
                 False),
        BandPart("front_l_c", EdgeRef("front", "waist_centre"), ln(front, "waist_centre"), True,
                 notch=True),
        BandPart("front_l_s", EdgeRef("front", "waist_side"), ln(front, "waist_side"), True),
        BandPart("back_l_s", EdgeRef("back", "waist_side", True), ln(back, "waist_side"), False,
                 notch=True),
        BandPart("back_l_c", EdgeRef("back", "waist_centre", True), ln(back, "waist_centre"),
                 False),
    ]
    cf_x = sum(p.length for p in parts[:4])
    band, band_seams, waist_line = waistband(
        "waistband",
        parts,
        width=float(opt["waistband_width"]),
        extension=3.0,
        label="WAISTBAND cut 1 on fold",
        min_ease=MIN_WAIST_EASE,
        anchor_x=cf_x,
    )
    seams = (
        Seam(EdgeRef("front", "side"), EdgeRef("back", "side"), reversed=False, name="side"),
        Seam(EdgeRef("back", "centre"), EdgeRef("back", "centre", True), reversed=False,
             name="centre_back"),
    ) + vent_seams("back", vent) + band_seams
    hip_y = -m["waist_to_hip"]
    both = (("front", 2.0), ("back", 2.0))
    g = Garment(
        name="skirt",
        pieces=(front, back, band),
        seams=seams,
        size="MTM",
        measurements=m,
        options=opt,
        system=SYSTEM,
        girths=(
            waist_line,
            GirthLine("hip", "hip_girth", MIN_HIP_EASE,
                      tuple((n, (-1.0, hip_y), (500.0, hip_y), f) for n, f in both)),
        ),
        smooth_curves=(
            SmoothCurve("waistline", tuple((p, e) for p in ("front", "back")
                                           for e in ("waist_side", "waist_centre"))),
            SmoothCurve("hem", (("front", "hem"), ("back", "hem"))),
        ),
    )
    return with_checks(g)


def vent_length(wanted: float, length: float, waist_to_hip: float, zip_below: float) -> float:
    """The vent actually cut: at most up to 5 cm below the hip line and the zip end, and none
    when that leaves under 5 cm."""
    v = min(wanted, length - max(waist_to_hip, zip_below) - 5.0)
    return v if v >= 5.0 else 0.0


def vent_seams(piece: str, vent: float) -> tuple[Seam, ...]:
    """The 45° top of a centre vent, sewn to the other half's."""
    if vent <= 0:
        return ()
    return (Seam(EdgeRef(piece, "vent_top"), EdgeRef(piece, "vent_top", True), reversed=False,
                 name=f"{piece}_vent_top"),)


SPEC = GarmentSpec(
    name="skirt",
    title="Skirt (straight or A-line)",
    measurements=MEASUREMENTS,
    options=OPTIONS,
    sexes=("female",),
    system=SYSTEM,
    draft=draft,
    fabric="wool_suiting",
)

"""The straight skirt block (one quarter panel) and the straight waistband used by skirts,
trousers and dresses.

Drafting system: after W. Aldrich, "Metric Pattern Cutting for Women's Wear", the straight
skirt block: a rectangle of hip/4 (+/- 0.5 cm, the front wider) by the skirt length, the hip
line at waist-to-hip below the waist, the waist suppression (hip minus waist per quarter)
shared between one waist dart and the side seam, the side waist point raised up to 1.25 cm
and the centre back lowered 1 cm. Two documented departures so any ANSUR II body drafts:
the suppression share of the side seam is the same in front and back (so both side seams
have one shape and equal length), and dart widths are clamped to 1..4.5 cm, the hip being
widened when the waist needs it (waist as big as the hip).

Coordinates: cm, X from the centre line (fold or seam) out to the side seam, Y up, the
waist at the centre line near y = 0. Every waist edge meets its neighbours square (90°):
the centre line, the side seam and both legs of the dart, so the waistline runs smoothly
across darts and seams once they are sewn. The A-line variant flares the side seam from
the hip line down, and the hem then curves up so it also meets the side seam square.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np

from mtm.core.estimate import estimate_value
from mtm.core.garment import Edge, EdgeRef, GirthLine, Label, Notch, Piece, Placement, Seam
from mtm.core.measurements import MeasurementSet

from .bodice import need


def body_measurements(
    measurements: Mapping[str, float], required: Sequence[str], optional: Sequence[str] = ()
) -> dict[str, float]:
    """The ``required`` keys (MeasurementError naming a missing one) and the ``optional`` ones,
    estimated from the others (``MeasurementSet.with_estimates``) when not given."""
    m = {k: need(measurements, k) for k in required}
    sex = getattr(measurements, "sex", None)
    known = {k: measurements[k] for k in measurements}
    for k in optional:
        if measurements.get(k):
            m[k] = need(measurements, k)
            continue
        try:  # the same value ``with_estimates`` gives, without estimating every other key
            m[k] = round(estimate_value(k, known, sex), 1)
        except KeyError:
            ms = measurements if isinstance(measurements, MeasurementSet) else (
                MeasurementSet.from_mapping(known, units="cm"))
            m[k] = need(ms.with_estimates(), k)
    return m


def rot90(v) -> np.ndarray:
    """``v`` turned 90° counter-clockwise."""
    return np.array([-float(v[1]), float(v[0])])


def unit(v) -> np.ndarray:
    v = np.asarray(v, float)
    return v / math.hypot(v[0], v[1])


def tangent_cubic(name: str, p0, t0, p3, t3, k: float = 1 / 3, **kw) -> Edge:
    """A cubic from p0 leaving along t0 to p3 arriving along t3, handles ``k`` x the chord."""
    p0, p3 = np.asarray(p0, float), np.asarray(p3, float)
    h = k * math.hypot(*(p3 - p0))
    return Edge.cubic(name, p0, p0 + h * unit(t0), p3 - h * unit(t3), p3, **kw)


def line_cubic(name: str, a, b, c, t_b, t_c, **kw) -> Edge:
    """A straight stretch a->b continued by a cubic b->c (tangent t_b at b, t_c at c)."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    cur = tangent_cubic("x", b, t_b, c, t_c)
    ctrl = [a, a + (b - a) / 3, a + 2 * (b - a) / 3] + list(cur.control)
    return Edge.cubic(name, *ctrl, **kw)


@dataclass(frozen=True)
class SkirtPanel:
    """A drafted quarter panel: edges (CCW), key levels and where the dart is."""

    edges: tuple[Edge, ...]  # hem, side, waist_side, dart_in, dart_out, waist_centre, centre
    hip_y: float
    hem_y: float  # at the centre line
    hip_x: float  # half-width at the hip line (side seam)
    dart_apex: tuple[float, float]
    centre_top: tuple[float, float]


def skirt_panel(
    *,
    hip_x: float,
    waist_centre: float,
    dart: float,
    waist_side: float,
    dart_length: float,
    waist_to_hip: float,
    length: float,
    side_rise: float = 0.0,
    centre_drop: float = 0.0,
    flare: float = 0.0,
    side_lean: float = 2.0,
    hem_allowance: float = 4.0,
    seam_allowance: float = 1.5,
    centre_allowance: float = 0.0,
    vent: float = 0.0,
    vent_width: float = 4.0,
) -> SkirtPanel:
    """One skirt quarter: the waist runs (from the centre) ``waist_centre`` cm, a dart of
    ``dart`` cm, ``waist_side`` cm to the side seam, which curves out to ``hip_x`` at the hip.

    ``length`` is waist to hem at the centre line, ``flare`` the A-line spread of the side
    seam at the hem, ``side_lean`` how much steeper than its chord the hip curve reaches the
    waist (2: Aldrich's hip curve; 0: vertical at the waist, as under a bodice). ``vent`` > 0
    adds a centre walking vent that long above the hem: an extension ``vent_width`` wide
    beyond the centre line, its top cut at 45° (edges ``vent_top``, sewn to the other half's,
    and ``vent_edge``, left open).
    """
    x_l = waist_centre
    x_r = x_l + dart
    x_s = x_r + waist_side
    hip_y = -waist_to_hip
    hem_y = -length
    c = np.array([0.0, -centre_drop])
    s = np.array([x_s, side_rise])

    def wy(x: float) -> float:  # the waist level rising from the centre to the side
        return -centre_drop + (side_rise + centre_drop) * (x / x_s) ** 2

    mouth_l = np.array([x_l, wy(x_l)])
    mouth_r = np.array([x_r, wy(x_r)])
    mid = 0.5 * (mouth_l + mouth_r)
    down = -rot90(unit(mouth_r - mouth_l))  # perpendicular to the mouth, pointing down
    apex = mid + dart_length * down

    # side seam: hem -> hip (straight, flared), hip -> waist (the hip curve)
    hip = np.array([hip_x, hip_y])
    below = length - waist_to_hip
    if flare > 0:
        u = unit((-flare, below))  # from the hem point up to the hip
        hem_side = hip - below * u
    else:
        u = np.array([0.0, 1.0])
        hem_side = np.array([hip_x, hem_y])
    t_s = unit((side_lean * (x_s - hip_x), waist_to_hip + side_rise))
    side = line_cubic("side", hem_side, hip, s, u, t_s, allowance=seam_allowance)
    hem_dir = np.array([u[1], -u[0]])  # square to the side seam at the hem
    x_hem0 = -vent_width if vent > 0 else 0.0
    hem = tangent_cubic(
        "hem", (x_hem0, hem_y), (1.0, 0.0), hem_side, hem_dir, allowance=hem_allowance,
        corner="reverse",
    )
    d_in = unit(apex - mouth_r)
    d_out = unit(mouth_l - apex)
    waist_side_e = tangent_cubic(
        "waist_side", s, rot90(t_s), mouth_r, (d_in[1], -d_in[0]), allowance=1.0
    )
    dart_in = Edge.line("dart_in", mouth_r, apex, allowance=1.0)
    dart_out = Edge.line("dart_out", apex, mouth_l, allowance=1.0)
    waist_centre_e = tangent_cubic(
        "waist_centre", mouth_l, rot90(d_out), c, (-1.0, 0.0), allowance=1.0
    )
    if vent > 0:
        top = (0.0, hem_y + vent)
        corner = (-vent_width, hem_y + vent - vent_width)
        ends = (
            Edge.line("centre", c, top, allowance=centre_allowance),
            Edge.line("vent_top", top, corner, allowance=centre_allowance),
            Edge.line("vent_edge", corner, (-vent_width, hem_y), allowance=centre_allowance),
        )
    else:
        ends = (Edge.line("centre", c, (0.0, hem_y), allowance=centre_allowance),)
    return SkirtPanel(
        edges=(hem, side, waist_side_e, dart_in, dart_out, waist_centre_e, *ends),
        hip_y=hip_y,
        hem_y=hem_y,
        hip_x=hip_x,
        dart_apex=(float(apex[0]), float(apex[1])),
        centre_top=(0.0, -centre_drop),
    )


@dataclass(frozen=True)
class BandPart:
    """One stretch of a waistband sewn to one garment waist edge.

    ``ref`` is the garment edge, ``reversed`` the seam direction flag, ``ease`` the planned
    length(garment edge) - length(band stretch) (a pleat folded into the band, for example).
    """

    name: str
    ref: EdgeRef
    length: float
    reversed: bool
    ease: float = 0.0
    notch: bool = False  # a notch at the start of this stretch (side seams, centre front)


def waistband(
    name: str,
    parts: Sequence[BandPart],
    *,
    width: float,
    extension: float,
    label: str,
    min_ease: float,
    anchor_x: float,
    seam_allowance: float = 1.0,
) -> tuple[Piece, tuple[Seam, ...], GirthLine]:
    """A straight waistband cut on a lengthwise fold: the stretches of ``parts`` in order along
    its lower edge, then an ``extension`` (button underlap) at the end.

    Returns the piece (drawn as the folded band, fold on top), its seams and the girth line
    that measures the finished waist along it (the stretches, without the extension), which
    must be the waist girth plus ``min_ease``. ``anchor_x`` is where the centre front is.
    """
    edges = []
    seams = []
    notches = []
    x = 0.0
    for part in parts:
        edges.append(Edge.line(part.name, (x, 0.0), (x + part.length, 0.0),
                               allowance=seam_allowance))
        seams.append(Seam(part.ref, EdgeRef(name, part.name), reversed=part.reversed,
                          ease=part.ease, name=f"band_{part.name}"))
        if part.notch:
            notches.append(Notch(part.name, 0.0))
        x += part.length
    finished = x
    if extension > 0:
        edges.append(Edge.line("extension", (x, 0.0), (x + extension, 0.0),
                               allowance=seam_allowance))
        x += extension
    edges += [
        Edge.line("end_b", (x, 0.0), (x, width), allowance=seam_allowance),
        Edge.line("fold", (x, width), (0.0, width), allowance=0.0),
        Edge.line("end_a", (0.0, width), (0.0, 0.0), allowance=seam_allowance),
    ]
    piece = Piece(
        name=name,
        edges=tuple(edges),
        grainline=((0.1 * x, 0.2 * width), (0.1 * x + 8.0, 0.2 * width)),
        quantity=1,
        on_fold="fold",
        fabric="shell",
        notches=tuple(notches),
        labels=(Label(label, (0.5 * x, 0.5 * width), min(1.0, 0.45 * width)),),
        placement=Placement("waist", "front", (anchor_x, 0.0), "waist_front", wrap=True),
        title="Waistband",
    )
    girth = GirthLine("waist", "waist_girth", min_ease,
                      ((name, (0.0, 0.5 * width), (finished, 0.5 * width), 1.0),))
    return piece, tuple(seams), girth

"""The shared bodice block: half back and half front of an easy-fitting (dartless) bodice.

Drafting system: after W. Aldrich, "Metric Pattern Cutting for Menswear" (classic shirt and
T-shirt blocks) and "Metric Pattern Cutting for Women's Wear" (easy-fitting block): a
rectangle of chest/4 + ease per half, armhole depth from the chest girth, neck width from the
neck base girth, shoulder points from the shoulder width, across-back width at mid armhole.
It departs from the book in three documented ways so that it can be drafted from any ANSUR II
body: the shoulder point is never inside the across-back line, the side seam follows the
measured waist and hip girths (plus ease) instead of running straight, and the armhole is
deepened when the biceps needs a longer armhole than the chest formula gives.

Coordinates: cm, X away from the centre line, Y up, the centre-back neck point at (0, 0).
Every curve is built so that it meets its neighbours square (90°) where pieces join: the
neckline at the centre lines and the shoulder, the armhole at the shoulder and the side seam.
The T-shirt and the shirt build on this; a fix here fixes both.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from mtm.core.errors import MeasurementError
from mtm.core.garment import Edge

BODICE_MEASUREMENTS = (
    "chest_girth",
    "waist_girth",
    "hip_girth",
    "neck_base_girth",
    "shoulder_width",
    "back_waist_length",
    "across_back_width",
    "waist_to_hip",
)


def need(m: Mapping[str, float], key: str) -> float:
    """Measurement ``key`` in cm, or MeasurementError naming it."""
    try:
        v = m[key]
    except KeyError:
        v = None
    if v is None or not math.isfinite(float(v)) or float(v) <= 0:
        raise MeasurementError("missing measurement; it is needed for this garment", field=key)
    return float(v)


@dataclass(frozen=True)
class BodiceEase:
    """Ease and style numbers (cm) of a bodice."""

    chest: float  # finished chest girth minus body chest girth
    waist: float  # minimum ease at the waist
    hip: float  # minimum ease at the hip
    scye: float = 1.5  # armhole depth added to the block formula
    shoulder: float = 0.0  # extends the shoulder point beyond the block (drop shoulder > 0)
    across_back: float = 1.0  # half across-back ease
    side_shift: float = 0.0  # the side seam moves this far towards the front (back wider)
    back_neck_rise: float = 1.8
    front_neck_drop: float = 1.0  # front neck depth beyond the neck width
    neck_widen: float = 0.0  # neck width added (a wider neckline)
    waist_shaping: float = 0.0  # how far (cm per quarter) the side may come in at the waist
    shoulder_pad: float = 0.0  # both shoulder points raised this much (a tailored pad)


@dataclass(frozen=True)
class Bodice:
    """Key levels and the edges of the half back and half front, each counter-clockwise.

    Edges: ``back_neck`` (neck point -> CB), ``back_shoulder`` (shoulder point -> neck point),
    ``back_armhole`` (underarm -> shoulder point), ``back_side`` (hem -> underarm),
    ``back_hem`` (CB -> side), and the same for the front with CF. The centre lines are left to
    the garment (fold, seam or button stand).
    """

    edges: Mapping[str, Edge]
    chest_y: float  # level at which the chest girth is measured
    waist_y: float
    hip_y: float
    hem_y: float  # at the centre lines
    side_hem_y: float  # where the side seam ends
    scye_depth: float
    back_x: float  # back width at the chest line (underarm x)
    front_x: float
    shoulder_x: float


def _cubic(name: str, p0, t0, p3, t3, k0: float, k3: float, **kw) -> Edge:
    """A cubic from p0 leaving along t0 to p3 arriving along t3, handles k0, k3 (cm)."""
    p0, p3 = np.asarray(p0, float), np.asarray(p3, float)
    t0, t3 = np.asarray(t0, float), np.asarray(t3, float)
    t0, t3 = t0 / np.hypot(*t0), t3 / np.hypot(*t3)
    return Edge.cubic(name, p0, p0 + k0 * t0, p3 - k3 * t3, p3, **kw)


def chain(name: str, *edges: Edge, **kw) -> Edge:
    """Join consecutive cubic/line edges into one cubic chain edge."""
    pts: list = []
    for e in edges:
        c = e.control if e.kind == "cubic" else _line_ctrl(e.control[0], e.control[1])
        pts.extend(c if not pts else c[1:])
    return Edge(name, "cubic", tuple(pts), **kw)


def _line_ctrl(a, b):
    a, b = np.asarray(a, float), np.asarray(b, float)
    return (tuple(a), tuple(a + (b - a) / 3), tuple(a + 2 * (b - a) / 3), tuple(b))


def _rot(v, deg: float) -> np.ndarray:
    r = math.radians(deg)
    c, s = math.cos(r), math.sin(r)
    return np.array([c * v[0] - s * v[1], s * v[0] + c * v[1]])


def _armhole(name: str, u, across, sp, shoulder_dir, **kw) -> Edge:
    """Armhole from underarm ``u`` (leaving inwards, horizontally) through the across point
    (vertical there) to the shoulder point, arriving square to the shoulder line."""
    u, a, sp = (np.asarray(p, float) for p in (u, across, sp))
    # leave the underarm heading inwards (-x) so it is square to the vertical side seam
    seg1 = _cubic("a", u, (-1.0, 0.0), a, (0.0, 1.0), 0.55 * (u[0] - a[0]), 0.5 * (a[1] - u[1]))
    # arrive at the shoulder point travelling square to the shoulder (the shoulder turns 90°)
    arrive = _rot(shoulder_dir, -90.0)
    d = float(np.hypot(*(sp - a)))
    seg2 = _cubic("b", a, (0.0, 1.0), sp, arrive, 0.35 * d, 0.3 * d)
    return chain(name, seg1, seg2, **kw)


def draft_bodice(
    m: Mapping[str, float],
    ease: BodiceEase,
    length: float,
    *,
    hem_rise: float = 0.0,
    extra_scye: float = 0.0,
) -> Bodice:
    """Draft the bodice block for body ``m`` (cm) with ``ease``; ``length`` = CB neck to hem.

    ``hem_rise`` lifts the hem at the side seam (shirt tails); ``extra_scye`` deepens the
    armhole (used when the sleeve needs a longer armhole).
    """
    chest = need(m, "chest_girth")
    waist = need(m, "waist_girth")
    hip = need(m, "hip_girth")
    neck = need(m, "neck_base_girth")
    shoulder = need(m, "shoulder_width")
    bwl = need(m, "back_waist_length")
    across_back = need(m, "across_back_width")
    waist_to_hip = need(m, "waist_to_hip")

    # Aldrich: armhole depth grows with chest; clamp well above the waist
    scye = min(0.1 * chest + 11.5 + ease.scye + extra_scye, bwl - 6.0)
    half_chest = (chest + ease.chest) / 4.0
    back_x = half_chest + ease.side_shift
    front_x = half_chest - ease.side_shift
    neck_w = neck / 6.0 + 1.0 + ease.neck_widen
    rise = ease.back_neck_rise
    # shoulder: surface half-width over the shoulders, never inside the across-back line
    across = across_back / 2.0 + ease.across_back
    sx = max(shoulder / 2.0 + 1.5, across + 1.0) + ease.shoulder
    sx = min(sx, back_x - 0.5)
    across = min(across, sx - 1.0, back_x - 3.0)  # room for the underarm curve
    # shoulder slopes (Aldrich: back about 18°, front about 22°), equal seam lengths
    np_ = np.array([neck_w, rise])
    back_sp = np.array([sx, rise - math.tan(math.radians(18.0)) * (sx - neck_w)])
    s_len = float(np.hypot(*(back_sp - np_)))
    front_sp = np_ + s_len * np.array([math.cos(math.radians(22.0)), -math.sin(math.radians(22.0))])
    if ease.shoulder_pad > 0.0:  # both shoulder points rise, the seams stay equally long
        drop = max(np_[1] - front_sp[1] - ease.shoulder_pad, 0.0)
        back_sp = back_sp + np.array([0.0, ease.shoulder_pad])
        s_len = float(np.hypot(*(back_sp - np_)))
        drop = min(drop, 0.9 * s_len)
        front_sp = np_ + np.array([math.sqrt(s_len**2 - drop**2), -drop])
    y_u = -scye
    front_across = min(across - 1.0, front_sp[0] - 1.0, front_x - 3.0)

    e: dict[str, Edge] = {}
    # back: shoulder travels SP -> NP, neckline NP -> CB
    b_sh = np_ - back_sp
    e["back_shoulder"] = Edge.line("shoulder", back_sp, np_)
    e["back_neck"] = _cubic(
        "neck",
        np_,
        _rot(b_sh, 90.0),
        (0.0, 0.0),
        (-1.0, 0.0),
        0.5 * rise + 0.2 * neck_w,
        0.55 * neck_w,
    )
    e["back_armhole"] = _armhole(
        "armhole", (back_x, y_u), (across, y_u + 0.45 * (back_sp[1] - y_u)), back_sp, b_sh
    )
    # front: CF neck point below the neck point
    cf_neck = np.array([0.0, rise - (neck_w + ease.front_neck_drop)])
    f_sh = np_ - front_sp
    e["front_shoulder"] = Edge.line("shoulder", front_sp, np_)
    depth = np_[1] - cf_neck[1]
    e["front_neck"] = _cubic(
        "neck", np_, _rot(f_sh, 90.0), cf_neck, (-1.0, 0.0), 0.55 * depth, 0.6 * neck_w
    )
    e["front_armhole"] = _armhole(
        "armhole", (front_x, y_u), (front_across, y_u + 0.4 * (front_sp[1] - y_u)), front_sp, f_sh
    )

    # side seam: through the underarm, the waist and the hip, vertical at the underarm
    waist_y = -bwl
    hip_y = -(bwl + waist_to_hip)
    hem_y = -length
    side_hem_y = hem_y + hem_rise
    need_w = (waist + ease.waist) / 4.0
    need_h = (hip + ease.hip) / 4.0
    x_w = max(need_w, half_chest - ease.waist_shaping)
    x_h = max(need_h, x_w)
    # a point at every girth level the garment reaches (the checks measure there), the side
    # seam running straight down below the hip
    side_pts = [(half_chest, y_u)]
    if side_hem_y < waist_y - 0.5:
        side_pts.append((x_w, waist_y))
    if side_hem_y < hip_y - 0.5:
        side_pts.append((x_h, hip_y))
        side_pts.append((x_h, side_hem_y))
    elif side_hem_y < waist_y - 0.5:  # hem between waist and hip: on the way to the hip width
        share = (waist_y - side_hem_y) / (waist_y - hip_y)
        side_pts.append((x_w + share * (x_h - x_w), side_hem_y))
    else:
        side_pts.append((x_w, side_hem_y))
    side = _side_curve(side_pts)  # from the underarm down, for the block centre
    for which, shift in (("back", ease.side_shift), ("front", -ease.side_shift)):
        ctrl = [(x + shift, y) for x, y in side[::-1]]  # hem -> underarm
        e[f"{which}_side"] = Edge("side", "cubic", ctrl)
    return Bodice(
        edges=e,
        chest_y=y_u - 2.5,
        waist_y=waist_y,
        hip_y=hip_y,
        hem_y=hem_y,
        side_hem_y=side_hem_y,
        scye_depth=scye,
        back_x=back_x,
        front_x=front_x,
        shoulder_x=sx,
    )


def _side_curve(pts: list[tuple[float, float]]) -> list[tuple[float, float]]:
    """Cubic chain through ``pts`` (top to bottom), vertical at the top and at the bottom."""
    p = np.asarray(pts, float)
    n = len(p)
    tang = np.zeros_like(p)
    tang[0] = (0.0, -1.0)
    tang[-1] = (0.0, -1.0)
    for i in range(1, n - 1):
        d = p[i + 1] - p[i - 1]
        tang[i] = d / np.hypot(*d)
    ctrl = [tuple(p[0])]
    for i in range(n - 1):
        h = float(np.hypot(*(p[i + 1] - p[i]))) / 3.0
        ctrl += [tuple(p[i] + h * tang[i]), tuple(p[i + 1] - h * tang[i + 1]), tuple(p[i + 1])]
    return ctrl


def hem_curve(name: str, x0: float, y0: float, x1: float, y1: float, **kw) -> Edge:
    """Hem from the centre (x0, y0) to the side (x1, y1), leaving and arriving horizontally."""
    if abs(y1 - y0) < 1e-9:
        return Edge.line(name, (x0, y0), (x1, y1), **kw)
    w = x1 - x0
    return Edge.cubic(name, (x0, y0), (x0 + 0.55 * w, y0), (x1 - 0.3 * w, y1), (x1, y1), **kw)


def distance_to_y(edge: Edge, y: float) -> float:
    """Distance along ``edge`` from its start to where it first reaches height ``y``."""
    pts = edge.polyline()
    ys = pts[:, 1]
    seg = np.hypot(*np.diff(pts, axis=0).T)
    cum = np.concatenate([[0.0], np.cumsum(seg)])
    s = ys - y
    idx = np.nonzero(np.sign(s[:-1]) != np.sign(s[1:]))[0]
    if len(idx) == 0:
        return float(cum[np.argmin(np.abs(s))])
    i = int(idx[0])
    f = s[i] / (s[i] - s[i + 1]) if s[i] != s[i + 1] else 0.0
    return float(cum[i] + f * seg[i])


def girth_parts(y: float, pieces_factors: tuple[tuple[str, float], ...], x0: float = 0.0):
    """Segments across pieces at height ``y`` from the centre line ``x0`` outwards."""
    return tuple((name, (x0, y), (x0 + 500.0, y), f) for name, f in pieces_factors)

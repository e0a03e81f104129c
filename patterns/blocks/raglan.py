"""Raglan conversion of the bodice block: the shoulder goes to the sleeve.

Drafting system: the classic raglan conversion (Aldrich, "Metric Pattern Cutting for Women's
Wear", raglan sleeve from the close-fitting block): a raglan line is drawn on the bodice from
a point on the neckline to the armhole's balance point; the bodice above it (neck stretch,
shoulder, upper armhole) is cut off and laid on the sleeve cap, shoulder point on the cap
top, its armhole along the cap, front on the front and back on the back. The two shoulder
lines left on the sleeve become a shoulder dart from the neck to the shoulder point, which
shapes the sleeve over the shoulder. Here the cap is the shared set-in sleeve block drafted
for the armhole (``blocks/sleeve.py``); the lower cap (underarm to balance point) is drawn
anew and its width solved so that it is as long as the bodice's lower armhole, and the cap
is lowered when that width would be narrower than the biceps needs.

The front shoulder piece of the drafted (left) front is mirrored first: the sleeve is drafted
as a right sleeve (front at +x, as in the sleeve block), so it takes the right front.

Coordinates: sleeve as in ``blocks/sleeve.py``: biceps line at y = 0, shoulder point (dart
point) on the centre line at the cap height, front at +x.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy.optimize import brentq

from mtm.core.errors import MeasurementError
from mtm.core.garment import Edge

from .bodice import chain
from .sleeve import draft_sleeve

#: cm the sleeve's lower cap is longer than the bodice's lower armhole: none, so that an
#: opening along the raglan seam (áo dài) pairs the same lengths as its facing (the drape
#: resamples an edge sewn twice alike in both seams)
LOWER_CAP_EASE = 0.0
LOWEST_CAP = 3.0  # cm: the lowest cap height tried
CAP_STEP = 2.0  # cm the cap is lowered at a time


@dataclass(frozen=True)
class RaglanBodice:
    """One bodice half cut along its raglan line: ``raglan`` runs underarm -> balance point ->
    neck (the lower armhole and the raglan line in one edge), ``neck`` from the raglan neck
    point to the centre line; the shoulder piece above the line (``top_*``) goes to the sleeve."""

    raglan: Edge
    neck: Edge
    balance: tuple[float, float]  # where the raglan line meets the armhole
    lower_armhole: float  # its length (underarm -> balance point)
    top_raglan: Edge  # balance point -> raglan neck point (the line itself)
    top_neck: Edge  # raglan neck point -> neck point
    top_armhole: Edge  # shoulder point -> balance point
    shoulder_point: tuple[float, float]
    neck_point: tuple[float, float]


def cut_raglan(armhole: Edge, shoulder: Edge, neck: Edge, *, neck_in: float,
               balance: float) -> RaglanBodice:
    """Cut a bodice half (block edges ``armhole`` underarm -> SP, ``shoulder`` SP -> NP, ``neck``
    NP -> centre) along a raglan line from ``neck_in`` cm down the neckline to the point
    ``balance`` (share of the armhole length from the underarm)."""
    d_bal = balance * armhole.length
    low, high = armhole.split_at(d_bal, ("lower", "upper"))
    top_neck_rev, body_neck = neck.split_at(neck_in, ("top_neck", "neck"))
    b = np.asarray(low.end)
    rn = np.asarray(body_neck.start)
    t_b = np.asarray(low.end_tangent())
    # the line leaves the balance point curving in towards the neck and arrives square to it
    t_n = np.asarray(body_neck.start_tangent())
    arrive = np.array([t_n[1], -t_n[0]])  # neckline turned 90 deg: heading up across it
    if arrive[1] < 0:
        arrive = -arrive
    d = float(np.hypot(*(rn - b)))
    line = Edge.cubic("raglan_line", b, b + 0.3 * d * t_b, rn - 0.35 * d * arrive, rn)
    return RaglanBodice(
        raglan=chain("raglan", low, line),
        neck=body_neck,
        balance=tuple(b),
        lower_armhole=low.length,
        top_raglan=line,
        top_neck=top_neck_rev.reversed(),
        top_armhole=high.reversed(),
        shoulder_point=shoulder.start,
        neck_point=shoulder.end,
    )


@dataclass(frozen=True)
class RaglanSleeve:
    """The sleeve's edges counter-clockwise: hem, underarm_front, raglan_front, neck_front,
    dart_in, dart_out (shoulder dart, point at the shoulder point), neck_back, raglan_back,
    underarm_back."""

    edges: tuple[Edge, ...]
    width: float  # finished biceps width
    cap_height: float
    top: tuple[float, float]  # shoulder point (dart point)
    hem_y: float


def _rigid(points: np.ndarray, origin, target, angle: float, mirror: bool) -> np.ndarray:
    p = np.asarray(points, float) - np.asarray(origin, float)
    if mirror:
        p = p * (-1.0, 1.0)
    c, s = math.cos(angle), math.sin(angle)
    return p @ np.array([[c, s], [-s, c]]) + np.asarray(target, float)


def _angle(v) -> float:
    return math.atan2(float(v[1]), float(v[0]))


def _placed(top: RaglanBodice, cap_point, cap_top, mirror: bool):
    """The shoulder piece moved onto the sleeve: shoulder point on the cap top, balance point
    on the line from the cap top to ``cap_point``; returns moved (line, neck, np, balance,
    tangent of the armhole arriving at the balance point, seen from the underarm)."""
    sp = np.asarray(top.shoulder_point)
    bal = np.asarray(top.balance) - sp
    if mirror:
        bal = bal * (-1.0, 1.0)
    angle = _angle(np.asarray(cap_point) - np.asarray(cap_top)) - _angle(bal)

    def move(e: Edge) -> Edge:
        return Edge(e.name, e.kind, tuple(map(tuple, _rigid(e.control, sp, cap_top, angle,
                                                              mirror))))

    line, neck = move(top.top_raglan), move(top.top_neck)
    npt = _rigid([top.neck_point], sp, cap_top, angle, mirror)[0]
    arm = move(top.top_armhole)  # SP -> balance
    return line, neck, npt, np.asarray(line.start), np.asarray(arm.end_tangent())


def _lower_cap(name: str, u, b, t_arrive, outward: float) -> Edge:
    """Lower cap from the underarm ``u`` (leaving along the cap, up and in) to ``b``."""
    u, b = np.asarray(u, float), np.asarray(b, float)
    d = float(np.hypot(*(b - u)))
    leave = np.array([-outward * 0.35, 1.0])
    leave /= np.hypot(*leave)
    return Edge.cubic(name, u, u + 0.4 * d * leave, b - 0.35 * d * t_arrive, b)


def draft_raglan_sleeve(
    front: RaglanBodice,
    back: RaglanBodice,
    *,
    cap_height: float,
    min_width: float,
    length: float,
    hem_width: float,
    hem_allowance: float,
    seam_allowance: float = 1.0,
) -> RaglanSleeve:
    """Draft the raglan sleeve for the cut bodice halves (front = the drafted, left, front:
    mirrored here). ``length``: shoulder point to hem; ``hem_width``: finished hem girth.
    MeasurementError (upper_arm_girth) when no cap height gives the width."""
    front_top_len = front.top_armhole.length
    back_top_len = back.top_armhole.length
    arm_f = front_top_len + front.lower_armhole
    arm_b = back_top_len + back.lower_armhole
    args = (min_width, length, hem_width, hem_allowance, seam_allowance, arm_f, arm_b)
    # the highest cap that gives the width: the cap wanted, else 2 cm lower at a time (a cap
    # too low closes the shoulder dart), then refined upwards by bisection
    try:
        return _draft(front, back, cap_height, *args)
    except _TooNarrow:
        pass
    hi, h = cap_height, cap_height - CAP_STEP
    while h >= LOWEST_CAP:
        try:
            best, lo = _draft(front, back, h, *args), h
        except _TooNarrow:
            hi, h = h, h - CAP_STEP
            continue
        for _ in range(2):
            mid = 0.5 * (lo + hi)
            try:
                best, lo = _draft(front, back, mid, *args), mid
            except _TooNarrow:
                hi = mid
        return best
    raise MeasurementError("the armhole is too short for a raglan sleeve this wide",
                           field="upper_arm_girth")


class _TooNarrow(Exception):
    """A cap height that leaves the sleeve narrower than asked (the search tries lower)."""


def _draft(front, back, h, min_width, length, hem_width, hem_allowance, sa, arm_f, arm_b):
    block = draft_sleeve(arm_f, arm_b, cap_height=h, min_width=5.0, cap_ease=1.0,
                         length=length, hem_width=hem_width, hem_allowance=hem_allowance)
    h = block.cap_height
    top = np.array([0.0, h])
    cf, cb = block.cap_front, block.cap_back  # underarm -> top, top -> underarm
    p_f, _ = cf.point_at(cf.length - front.top_armhole.length)
    p_b, _ = cb.point_at(back.top_armhole.length)
    f_line, f_neck, f_np, f_bal, f_t = _placed(front, p_f, top, mirror=True)
    b_line, b_neck, b_np, b_bal, b_t = _placed(back, p_b, top, mirror=False)
    # the dart must open (front neck point to the front of the back's)
    if f_np[0] <= b_np[0] + 0.2:
        raise _TooNarrow

    def lower(side: float, bal, t_arr, target: float) -> tuple[Edge, float]:
        def build(half: float) -> Edge:
            return _lower_cap("lower", (side * half, 0.0), bal, t_arr, side)

        lo = abs(float(bal[0])) + 0.5
        if build(lo).length > target:
            raise _TooNarrow
        half = brentq(lambda x: build(x).length - target, lo, lo + 60.0, xtol=1e-5)
        return build(half), half

    # the lower caps run from the underarm up into the placed armhole (its tangent reversed)
    low_f, half_f = lower(1.0, f_bal, -f_t, front.lower_armhole + LOWER_CAP_EASE)
    low_b, half_b = lower(-1.0, b_bal, -b_t, back.lower_armhole + LOWER_CAP_EASE)
    if half_f + half_b < min_width:
        raise _TooNarrow
    width = half_f + half_b
    hem_w = min(hem_width, width)
    c = (half_f - half_b) / 2.0
    y_hem = h - length
    wf, wb = (c + hem_w / 2.0, y_hem), (c - hem_w / 2.0, y_hem)
    uf, ub = (half_f, 0.0), (-half_b, 0.0)
    kw = {"allowance": sa}
    edges = (
        Edge.line("hem", wb, wf, allowance=hem_allowance, corner="reverse"),
        Edge.line("underarm_front", wf, uf, **kw),
        chain("raglan_front", low_f, f_line, **kw),
        Edge("neck_front", f_neck.kind, f_neck.control, **kw),
        Edge.line("dart_in", f_np, top, **kw),
        Edge.line("dart_out", top, b_np, **kw),
        Edge("neck_back", b_neck.kind, b_neck.control[::-1], **kw),
        chain("raglan_back", b_line.reversed(), low_b.reversed(), **kw),
        Edge.line("underarm_back", ub, wb, **kw),
    )
    return RaglanSleeve(edges=edges, width=width, cap_height=h, top=(0.0, h), hem_y=y_hem)

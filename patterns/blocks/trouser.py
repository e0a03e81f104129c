"""The trouser block: front and back of one leg.

Drafting system: W. Aldrich, "Metric Pattern Cutting for Women's Wear" (trouser block) and
"... for Menswear" (classic trouser block), with the back seat angle and the back-fork drop of
the Müller & Sohn menswear system: crotch depth = body rise (outside leg - inside leg) +
1.5 cm, front hip = hip/4 - 0.5, back hip = hip/4 + 0.5, front fork = hip/16, back fork =
hip/10 + 1, creases half-way between fork and side seam on the crotch line, knee 5 cm above
half-way from crotch to floor, front knee/hem widths 2 cm narrower than the back, the centre
back slanted 1:5.5 and raised above the waist.

Made-to-measure departures, each solved numerically: the crotch is deepened (never above
body rise + 1.5 cm) until the whole crotch seam (front + back) is the measured crotch length
plus ease; the back fork is dropped so the two inside-leg seams are equally long; the back
side-waist point is set so the two outside-leg seams are equally long; both forks grow when
the thigh needs more room.

Coordinates: cm, Y up, the centre-front waist at (0, 0); each panel has its side seam at +X
and its fork at -X. Every waist edge meets the centre seams, the side seam and dart legs
square, and both crotch curves meet the inside leg square, so the waistline and the crotch
curve run smoothly across the seams.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import numpy as np
import shapely

from mtm.core.garment import Edge

from .skirt import rot90, tangent_cubic, unit

SEAT_SLOPE = 1 / 5.5  # centre-back slant (x per y)
CROTCH_EASE = 1.5  # least crotch depth below the body rise
WAIST_TRUE_STEPS = 4  # passes drafting for the curved waist's extra length
WAIST_TRUE_TOL = 0.05  # cm over the whole waist
BACK_RAISE = 3.0  # centre-back waist above the front waist level
MAX_EXTRA_DEPTH = 12.0  # the crotch-length fit deepens the crotch by at most this
THIGH_DROP = 2.5  # the thigh girth is checked this far below the crotch line


@dataclass(frozen=True)
class TrouserInput:
    """Finished widths (cm) and body lengths the block is drafted from."""

    hip: float  # finished hip girth
    waist: float  # finished waist girth
    thigh_need: float  # finished thigh girth planned at the crotch line (body + ease)
    thigh_min: float  # finished thigh girth needed at THIGH_DROP below the crotch line
    waist_to_hip: float
    rise: float  # body rise: outside leg - inside leg
    crotch_target: float  # crotch seam length wanted (body crotch length + ease)
    leg_length: float  # waist to hem at the side
    outside_leg: float  # waist to floor at the side (places the knee, whatever the length)
    knee_width: float  # finished knee girth
    hem_width: float  # finished hem girth
    front_intake: float  # front pleat depth or front dart width at the waist
    front_pleat: bool


@dataclass(frozen=True)
class TrouserBlock:
    front: dict[str, Edge]
    back: dict[str, Edge]
    crotch_y: float
    knee_y: float
    hem_y: float
    hip_y: float
    front_crease: float
    back_crease: float
    front_dart_apex: tuple[float, float] | None
    back_dart_apex: tuple[float, float]
    back_raise: float
    back_drop: float
    crotch_length: float  # the whole crotch seam, centre-front waist to centre-back waist
    extra_fork: float  # fork width added for the thigh (front 40 %, back 60 %)
    pleat_x: tuple[float, float] | None  # front pleat: (crease fold, placement line) at waist


def _secant(f, x0: float, x1: float, iters: int = 8, tol: float = 1e-4) -> float:
    f0, f1 = f(x0), f(x1)
    for _ in range(iters):
        if abs(f1) < tol or f1 == f0:
            break
        x0, x1, f0 = x1, x1 - f1 * (x1 - x0) / (f1 - f0), f1
        f1 = f(x1)
    return x1


def _side(hem, knee, hip, waist, lean: float, wh: float) -> Edge:
    """Outside leg: hem -> knee (straight) -> hip (vertical there) -> waist (hip curve)."""
    hem, knee, hip, waist = (np.asarray(p, float) for p in (hem, knee, hip, waist))
    u = unit(knee - hem)
    t_w = unit((lean * (waist[0] - hip[0]), max(waist[1] - hip[1], 1.0)))
    d1 = math.hypot(*(hip - knee)) / 3
    d2 = math.hypot(*(waist - hip)) / 3
    ctrl = [
        hem, hem + (knee - hem) / 3, hem + 2 * (knee - hem) / 3, knee,
        knee + d1 * u, hip - (0.0, d1), hip,
        hip + (0.0, d2), waist - d2 * t_w, waist,
    ]
    return Edge.cubic("side", *ctrl)


def _inseam(fork, knee, hem) -> Edge:
    """Inside leg: fork -> knee (leaving along the chord) -> hem (straight)."""
    fork, knee, hem = (np.asarray(p, float) for p in (fork, knee, hem))
    t_f = unit(knee - fork)
    u = unit(hem - knee)
    d = math.hypot(*(knee - fork)) / 3
    ctrl = [fork, fork + d * t_f, knee - d * u, knee,
            knee + (hem - knee) / 3, knee + 2 * (hem - knee) / 3, hem]
    return Edge.cubic("inseam", *ctrl)


def _crotch(top, q, fork, t_in: np.ndarray) -> Edge:
    """Centre seam: top -> q (straight), then the crotch curve to the fork, arriving square
    to the inside leg (whose start tangent is ``t_in``)."""
    top, q, fork = (np.asarray(p, float) for p in (top, q, fork))
    v = unit(q - top)
    a = np.array([t_in[1], -t_in[0]])  # arrive so the inside leg turns 90° left
    k1 = 0.55 * abs(q[1] - fork[1])
    k2 = 0.5 * abs(q[0] - fork[0])
    ctrl = [top, top + (q - top) / 3, top + 2 * (q - top) / 3, q,
            q + k1 * v, fork - k2 * a, fork]
    return Edge.cubic("crotch", *ctrl)


def _waist_with_dart(s, s_tan, centre, centre_arrive, at: float, width: float, length: float):
    """Waist from the side point ``s`` to the centre point with a dart ``at`` cm from the
    centre along the chord: edges waist_side, dart_in, dart_out, waist_centre."""
    s, centre = np.asarray(s, float), np.asarray(centre, float)
    along = unit(s - centre)
    mouth_l = centre + (at - 0.5 * width) * along
    mouth_r = centre + (at + 0.5 * width) * along
    down = -rot90(along)
    apex = 0.5 * (mouth_l + mouth_r) + length * down
    d_in = unit(apex - mouth_r)
    d_out = unit(mouth_l - apex)
    edges = {
        "waist_side": tangent_cubic("waist_side", s, rot90(s_tan), mouth_r, (d_in[1], -d_in[0])),
        "dart_in": Edge.line("dart_in", mouth_r, apex),
        "dart_out": Edge.line("dart_out", apex, mouth_l),
        "waist_centre": tangent_cubic("waist_centre", mouth_l, rot90(d_out), centre,
                                      centre_arrive),
    }
    return edges, (float(apex[0]), float(apex[1]))


def draft_trouser_block(t: TrouserInput, true_waist: bool = False) -> TrouserBlock:
    """Draft the front and back of one leg; see the module docstring.

    The waist edges curve (square into the darts, the centres and the side seam) and so come
    out longer than the planned ``t.waist``, the more the larger the waist suppression; with
    ``true_waist`` the block is drafted again for a waist smaller by that excess until the
    curved waist is the planned one (a pleat's depth not counted).
    """
    block = _draft(t)
    if not true_waist:
        return block
    aim = t.waist + 0.5 * WAIST_TRUE_TOL  # never under the planned waist
    for _ in range(WAIST_TRUE_STEPS):
        excess = finished_waist(block, t) - aim
        if abs(excess) < 0.5 * WAIST_TRUE_TOL:
            break
        t = replace(t, waist=t.waist - excess)
        block = _draft(t)
    return block


def finished_waist(block: TrouserBlock, t: TrouserInput) -> float:
    """The whole waist of the block's two legs along the curved waist edges, less the front
    pleats' depth (folded into the band)."""
    front = sum(e.length for n, e in block.front.items() if n.startswith("waist"))
    if t.front_pleat:
        front -= t.front_intake
    back = sum(e.length for n, e in block.back.items() if n.startswith("waist"))
    return 2.0 * (front + back)


def _draft(t: TrouserInput) -> TrouserBlock:
    lo = t.rise + CROTCH_EASE

    seen: dict[float, float] = {}

    def excess(depth: float) -> float:
        if depth not in seen:
            seen[depth] = _block(t, depth, crotch_only=True) - t.crotch_target
        return seen[depth]

    depth = lo
    if excess(lo) < 0:
        depth = min(max(_secant(excess, lo, lo + 3.0, iters=5, tol=0.01), lo),
                    lo + MAX_EXTRA_DEPTH)
    block = _block(t, depth)
    for _ in range(6):  # widen the forks until the thigh line has its room
        short = t.thigh_min - thigh_width(block, block.crotch_y - THIGH_DROP)
        if short <= 0:
            break
        # a wider fork gains less at the thigh line than at the fork: step beyond the gap
        block = _block(t, depth, extra_fork=block.extra_fork + 1.5 * short + 0.05)
    return block


def thigh_width(block: TrouserBlock, y: float) -> float:
    """Front plus back width of the leg at height ``y``, measured inside the sew lines the
    way the girth check measures it."""
    total = 0.0
    line = shapely.LineString([(-500.0, y), (500.0, y)])
    for panel in (block.front, block.back):  # edges in sew-line order
        ring = np.concatenate([e.polyline(0.01)[:-1] for e in panel.values()])  # 0.1 mm
        total += line.intersection(shapely.Polygon(ring)).length
    return float(total)


def _block(t: TrouserInput, depth: float, extra_fork: float = 0.0, crotch_only: bool = False):
    """The block at crotch ``depth`` (or only its crotch seam length, for the depth search)."""
    hf, hb = t.hip / 4 - 0.5, t.hip / 4 + 0.5
    ext_f, ext_b = t.hip / 16, t.hip / 10 + 1.0
    extra_fork += max(0.0, t.thigh_need - (hf + ext_f + hb + ext_b))
    ext_f += 0.4 * extra_fork  # the thigh needs wider forks
    ext_b += 0.6 * extra_fork
    yc = -depth
    wh = t.waist_to_hip
    # the knee: 5 cm above half-way from the crotch to the floor (a cropped leg keeps it)
    knee_y = yc - 0.5 * (yc + t.outside_leg) + 5.0
    hem_y = min(-t.leg_length, knee_y - 5.0)
    xf = 0.5 * (hf - ext_f)
    xb = 0.5 * (hb - ext_b)
    kf, kb = t.knee_width / 2 - 1.0, t.knee_width / 2 + 1.0
    mf, mb = t.hem_width / 2 - 1.0, t.hem_width / 2 + 1.0
    wf, wb = t.waist / 4 - 0.5, t.waist / 4 + 0.5
    q_y = yc + 0.35 * depth
    fly = min(18.0, 0.6 * depth)

    # ---- front
    front: dict[str, Edge] = {}
    x_sw = wf + t.front_intake
    knee_in, knee_out = (xf - kf / 2, knee_y), (xf + kf / 2, knee_y)
    hem_in, hem_out = (xf - mf / 2, hem_y), (xf + mf / 2, hem_y)
    fork_f = (-ext_f, yc)
    top = (0.0, 0.0)
    fly_e = Edge.line("fly", top, (0.0, -fly))
    inseam_f = _inseam(fork_f, knee_in, hem_in)
    crotch_f = _crotch((0.0, -fly), (0.0, q_y), fork_f, np.asarray(inseam_f.start_tangent()))
    front_inseam_len = inseam_f.length
    front_crotch_len = fly_e.length + crotch_f.length

    # ---- back
    knee_in_b, knee_out_b = (xb - kb / 2, knee_y), (xb + kb / 2, knee_y)
    hem_in_b, hem_out_b = (xb - mb / 2, hem_y), (xb + mb / 2, hem_y)

    def cb_point(y: float) -> np.ndarray:  # the slanted centre-back line, x = 0 at the hip
        return np.array([SEAT_SLOPE * (y + wh), y])

    def inseam_b(drop: float) -> Edge:
        return _inseam((-ext_b, yc - drop), knee_in_b, hem_in_b)

    drop = _secant(lambda d: inseam_b(d).length - front_inseam_len, 0.0, 1.0)
    inseam_back = inseam_b(drop)
    fork_b = (-ext_b, yc - drop)
    t_in_b = np.asarray(inseam_back.start_tangent())

    def crotch_b(raise_: float) -> Edge:
        return _crotch(cb_point(raise_), cb_point(q_y), fork_b, t_in_b)

    raise_ = BACK_RAISE
    crotch_back = crotch_b(raise_)
    if crotch_only:
        return front_crotch_len + crotch_back.length

    # ---- front: outside leg and waist (edges in sew-line order)
    front["hem"] = Edge.line("hem", hem_in, hem_out)
    side_f = _side(hem_out, knee_out, (hf, -wh), (x_sw, 0.0), 2.0, wh)
    front["side"] = side_f
    s_tan = np.asarray(side_f.end_tangent())
    pleat_x = None
    front_apex = None
    if t.front_pleat:
        front["waist"] = tangent_cubic("waist", (x_sw, 0.0), rot90(s_tan), top, (-1.0, 0.0))
        pleat_x = (xf, xf + t.front_intake)
    else:
        w, front_apex = _waist_with_dart(
            (x_sw, 0.0), s_tan, top, (-1.0, 0.0), xf, t.front_intake, min(9.0, wh - 2.0, fly)
        )
        front.update(w)
    front["fly"] = fly_e
    front["crotch"] = crotch_f
    front["inseam"] = inseam_f
    front_side_len = side_f.length

    # ---- back: outside leg balanced against the front's, waist with a dart
    cb = cb_point(raise_)
    cb_dir = unit(cb_point(q_y) - cb)
    cb_arrive = np.array([cb_dir[1], -cb_dir[0]])  # square to the centre back
    # back waist: finished wb, plus a dart taking half the suppression (1..4 cm)
    supp = hb - cb[0] - wb
    dart_b = min(max(0.5 * supp, 1.0), 4.0)
    x_swb = cb[0] + wb + dart_b

    def side_b(y: float) -> Edge:
        return _side(hem_out_b, knee_out_b, (hb, -wh), (x_swb, y), 2.0, wh)

    y_sb = _secant(lambda y: side_b(y).length - front_side_len, 0.0, -1.0)
    side_back = side_b(y_sb)
    back: dict[str, Edge] = {
        "hem": Edge.line("hem", hem_in_b, hem_out_b),
        "side": side_back,
    }
    span = math.hypot(*(np.array([x_swb, y_sb]) - cb))
    w, back_apex = _waist_with_dart(
        (x_swb, y_sb), np.asarray(side_back.end_tangent()), cb, cb_arrive,
        0.5 * span, dart_b, min(12.0, wh + raise_ - 3.0),
    )
    back.update(w)
    back["crotch"] = crotch_back
    back["inseam"] = inseam_back
    return TrouserBlock(
        front=front,
        back=back,
        crotch_y=yc,
        knee_y=knee_y,
        hem_y=hem_y,
        hip_y=-wh,
        front_crease=xf,
        back_crease=xb,
        front_dart_apex=front_apex,
        back_dart_apex=back_apex,
        back_raise=raise_,
        back_drop=drop,
        crotch_length=front_crotch_len + crotch_back.length,
        extra_fork=extra_fork,
        pleat_x=pleat_x,
    )

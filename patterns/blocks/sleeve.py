"""The shared one-piece set-in sleeve block, drafted to fit a given armhole.

Drafting system: after W. Aldrich, "Metric Pattern Cutting for Menswear" (one-piece shirt and
T-shirt sleeves): the cap height is set from the armhole depth, and the sleeve width follows from
making the cap curve as long as the measured armhole plus the planned cap ease (Aldrich draws
diagonals of armhole length; here the width is solved numerically). If that width is less than
the biceps plus its minimum ease, the width is kept and the cap is lowered instead. The cap is
then cut at the shoulder notch so that the back and front halves each take their share of the
ease: every cap/armhole seam matches by construction, and the checks verify it.

Coordinates: cm, the cap top at y = cap height above the biceps line (y = 0), the sleeve centre
line at x = 0, the back of the sleeve at -x, grain along the centre line. The sew line runs
counter-clockwise: wrist, front underarm seam, front cap, back cap, back underarm seam.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import numpy as np
from scipy.optimize import brentq

from mtm.core import geometry2d as g2
from mtm.core.errors import MeasurementError
from mtm.core.garment import Edge


@dataclass(frozen=True)
class Sleeve:
    """The drafted sleeve edges (counter-clockwise) and its key numbers."""

    hem: Edge  # back wrist corner -> front wrist corner
    front_seam: Edge  # front wrist -> front underarm
    cap_front: Edge  # front underarm -> shoulder notch
    cap_back: Edge  # shoulder notch -> back underarm
    back_seam: Edge  # back underarm -> back wrist
    width: float  # biceps width (finished biceps girth)
    cap_height: float
    length: float  # cap top to hem along the centre line
    cap_ease: float  # planned total cap ease


def _cap_ctrl(width: float, h: float, seam_dir_front: np.ndarray) -> np.ndarray:
    """Control points (7, 2) of the whole cap: front underarm -> top -> back underarm."""
    uf = np.array([width / 2.0, 0.0])
    ub = np.array([-width / 2.0, 0.0])
    top = np.array([0.0, h])
    # leave the front underarm square to the underarm seam (which arrives along seam_dir_front)
    out_f = np.array([-seam_dir_front[1], seam_dir_front[0]])
    k = width / 2.0
    # the back half mirrors the front half about the centre line; horizontal at the top
    out_b = np.array([-out_f[0], out_f[1]])
    return np.array(
        [
            uf,
            uf + 0.45 * k * out_f,
            top + (0.55 * k, 0.0),
            top,
            top - (0.55 * k, 0.0),
            ub + 0.45 * k * out_b,
            ub,
        ]
    )


def _cap_length(ctrl: np.ndarray) -> float:
    return g2.cubic_length(ctrl[:4]) + g2.cubic_length(ctrl[3:])


def _solve(f, lo: float, hi: float, target: float) -> float:
    """x in [lo, hi] with f(x) = target for increasing f (Brent's method, to 1e-7 cm)."""
    flo, fhi = f(lo) - target, f(hi) - target
    if flo >= 0:
        return lo
    if fhi <= 0:
        return hi
    return float(brentq(lambda x: f(x) - target, lo, hi, xtol=1e-7))


def draft_sleeve(
    armhole_front: float,
    armhole_back: float,
    *,
    cap_height: float,
    min_width: float,
    cap_ease: float,
    length: float,
    hem_width: float,
    hem_allowance: float,
    hem_corner: str = "reverse",
    seam_allowance: float = 1.0,
) -> Sleeve:
    """Draft a sleeve for an armhole of the given front/back lengths (cm).

    As in Aldrich, the cap height is chosen (``cap_height``) and the sleeve width follows from
    the armhole: the width is solved so the cap equals the armhole plus ``cap_ease``. If that
    width is under ``min_width`` (biceps plus minimum ease) the width is set to it and the cap
    is lowered instead. ``length``: cap top to hem; ``hem_width``: finished width at the hem.
    Raises MeasurementError when the armhole is too short for a sleeve ``min_width`` wide.
    """
    target = armhole_front + armhole_back + cap_ease
    h0 = max(2.5, min(cap_height, length - 4.0))

    def build(width: float, h: float) -> np.ndarray:
        hem_w = min(hem_width, width)
        wf = np.array([hem_w / 2.0, -(length - h)])
        uf = np.array([width / 2.0, 0.0])
        seam_dir = (uf - wf) / np.hypot(*(uf - wf))
        return _cap_ctrl(width, h, seam_dir)

    width = _solve(lambda w: _cap_length(build(w, h0)), 5.0, 200.0, target)
    h = h0
    if width < min_width:
        width = min_width
        if _cap_length(build(width, 2.0)) > target:
            raise MeasurementError(
                f"the armhole ({armhole_front + armhole_back:.1f} cm) is too short for a sleeve "
                f"{width:.1f} cm wide",
                field="upper_arm_girth",
            )
        h = _solve(lambda x: _cap_length(build(width, x)), 2.0, h0, target)
    cap = Edge("cap", "cubic", tuple(map(tuple, build(width, h))))
    hem_w = min(hem_width, width)
    # cut at the shoulder notch: each half gets the ease in proportion to its armhole
    total = cap.length
    front_len = armhole_front + (total - armhole_front - armhole_back) * (
        armhole_front / (armhole_front + armhole_back)
    )
    cap_front, cap_back = cap.split_at(front_len, ("cap_front", "cap_back"))
    below = length - h
    wb, wf = (-hem_w / 2.0, -below), (hem_w / 2.0, -below)
    ub, uf = (-width / 2.0, 0.0), (width / 2.0, 0.0)
    kw = {"allowance": seam_allowance}
    return Sleeve(
        hem=Edge.line("hem", wb, wf, allowance=hem_allowance, corner=hem_corner),
        front_seam=Edge.line("underarm_front", wf, uf, **kw),
        cap_front=Edge(cap_front.name, "cubic", cap_front.control, **kw),
        cap_back=Edge(cap_back.name, "cubic", cap_back.control, **kw),
        back_seam=Edge.line("underarm_back", ub, wb, **kw),
        width=width,
        cap_height=h,
        length=length,
        cap_ease=total - armhole_front - armhole_back,
    )


def fit_sleeve_to_armhole(
    draft_body: Callable[[float], Any],
    draft_cap: Callable[[Any], Sleeve],
    *,
    tries: int = 8,
    step: float = 1.5,
) -> tuple[Any, Sleeve]:
    """Draft the bodice, then its sleeve; deepen the armhole ``step`` cm at a time until the cap
    fits (``draft_body(extra_scye)`` -> bodice, ``draft_cap(bodice)`` -> sleeve or
    MeasurementError). Shared by every set-in sleeve garment so a fix here fixes all."""
    extra = 0.0
    for _ in range(tries):
        body = draft_body(extra)
        try:
            return body, draft_cap(body)
        except MeasurementError:
            extra += step
    raise MeasurementError("no armhole fits a sleeve this wide", field="upper_arm_girth")


@dataclass(frozen=True)
class TwoPieceSleeve:
    """A tailored two-piece sleeve cut from a fitted one-piece sleeve (edges counter-clockwise).

    Top sleeve: ``hem`` (back -> front), ``front_seam`` (hem -> cap), ``cap_front`` (front seam
    -> shoulder notch), ``cap_back`` (shoulder notch -> hind-arm seam), ``back_seam`` (cap ->
    hem). Under sleeve: ``front_seam`` (cap -> hem), ``hem``, ``back_seam`` (hem -> cap),
    ``cap_back`` (hind-arm seam -> underarm), ``cap_side`` (underarm -> ``cap_front``'s start),
    ``cap_front`` (-> front seam). The under sleeve is drawn with its two halves joined along the
    one-piece sleeve's underarm line, which is no seam any more.
    """

    top: tuple[Edge, ...]
    under: tuple[Edge, ...]
    elbow_y: float  # level of the elbow line (cap top at ``cap_height``, biceps line at 0)
    hem_y: float
    width: float
    cap_height: float
    elbow_ease: float  # top sleeve hind-arm seam minus under sleeve's
    under_transform: tuple[np.ndarray, np.ndarray]  # (rotation 2x2, translation) of the back half


def _through(name: str, pts, t0, t1, **kw) -> Edge:
    """A cubic chain through ``pts`` leaving along ``t0`` and arriving along ``t1``; the inner
    tangents follow the neighbouring points (so a mirrored point set gives a mirrored curve)."""
    p = np.asarray(pts, float)
    n = len(p)
    tang = np.zeros_like(p)
    tang[0], tang[-1] = g2.unit(np.asarray(t0, float)), g2.unit(np.asarray(t1, float))
    for i in range(1, n - 1):
        tang[i] = g2.unit(p[i + 1] - p[i - 1])
    ctrl = [p[0]]
    for i in range(n - 1):
        h = float(np.hypot(*(p[i + 1] - p[i]))) / 3.0
        ctrl += [p[i] + h * tang[i], p[i + 1] - h * tang[i + 1], p[i + 1]]
    return Edge(name, "cubic", tuple(map(tuple, ctrl)), **kw)


def two_piece_sleeve(
    sl: Sleeve,
    *,
    front_under: tuple[float, float],
    back_under: float,
    hem_front_x: float,
    hem_back_x: float,
    elbow_drop: float,
    hollow: float,
    elbow_ease: float,
    seam_allowance: float,
    hem_allowance: float,
) -> TwoPieceSleeve:
    """Cut a one-piece sleeve ``sl`` into a top and an under sleeve (Aldrich's two-piece
    tailored sleeve, derived from the one-piece block).

    ``front_under`` = (distance along the front cap from the underarm to the point sewn to the
    end of the side-body armhole, distance to the forearm seam); ``back_under`` = distance along
    the back cap from the underarm to the hind-arm seam. The forearm seam runs from its cap point
    to ``hem_front_x`` on the hem, hollowed ``hollow`` cm at the elbow; the hind-arm seam to
    ``hem_back_x``, and the top sleeve's is rounded out over the elbow until it is ``elbow_ease``
    cm longer than the under sleeve's (eased in over the elbow). Both seams share their cut line
    between the pieces, so the forearm seam matches exactly and the cap keeps the one-piece
    sleeve's fit to the armhole.
    """
    kw = {"allowance": seam_allowance}
    h = sl.cap_height
    y_h = sl.hem.start[1]
    y_e = h - elbow_drop
    if not y_h + 3.0 < y_e < -3.0:
        y_e = 0.5 * y_h
    cf_a, rest = sl.cap_front.split_at(front_under[0], ("cap_side", "r"))
    cf_b, cf_top = rest.split_at(front_under[1] - front_under[0], ("cap_front", "cap_front"))
    cb_top, cb_under = sl.cap_back.split_at(sl.cap_back.length - back_under,
                                            ("cap_back", "cap_back"))
    pf, pb = np.array(cf_top.start), np.array(cb_top.end)
    hf, hb = np.array([hem_front_x, y_h]), np.array([hem_back_x, y_h])

    def at_elbow(p0, p1, shift: float) -> np.ndarray:
        f = (p0[1] - y_e) / (p0[1] - p1[1])
        q = p0 + f * (p1 - p0)
        return q + np.array([shift, 0.0])

    front_cut = _through("front_seam", [pf, at_elbow(pf, hf, -hollow), hf],
                         hf - pf, hf - pf, **kw)
    t_b = hb - pb

    def back_cut(bulge: float) -> Edge:
        return _through("back_seam", [pb, at_elbow(pb, hb, -bulge), hb], t_b, t_b, **kw)

    under_back = back_cut(0.3)
    target = under_back.length + elbow_ease
    bulge = brentq(lambda b: back_cut(b).length - target, 0.3, 6.0, xtol=1e-7)
    top_back = back_cut(float(bulge))
    # the under sleeve's back half turned about the underarm onto the front half
    uf, ub = np.array(sl.front_seam.end), np.array(sl.back_seam.start)
    wf, wb = np.array(sl.front_seam.start), np.array(sl.back_seam.end)
    ang = np.arctan2(*(wf - uf)[::-1]) - np.arctan2(*(wb - ub)[::-1])
    c, s = np.cos(ang), np.sin(ang)
    rot = np.array([[c, -s], [s, c]])
    shift = uf - rot @ ub

    def tr(e: Edge, name: str, reverse: bool = False) -> Edge:
        pts = np.asarray(e.control) @ rot.T + shift
        if reverse:
            pts = pts[::-1]
        return Edge(name, e.kind, tuple(map(tuple, pts)), e.allowance, e.corner)

    hem_kw = {"allowance": hem_allowance}
    top = (
        Edge.line("hem", tuple(hb), tuple(hf), **hem_kw),
        front_cut.reversed(),
        Edge("cap_front", "cubic", cf_top.control, **kw),
        Edge("cap_back", "cubic", cb_top.control, **kw),
        top_back,
    )
    hb_u = rot @ hb + shift
    under = (
        front_cut,
        Edge.line("hem", tuple(hf), tuple(hb_u), **hem_kw),
        tr(under_back, "back_seam", reverse=True),
        tr(Edge("cap_back", "cubic", cb_under.control, **kw), "cap_back"),
        Edge("cap_side", "cubic", cf_a.control, **kw),
        Edge("cap_front", "cubic", cf_b.control, **kw),
    )
    return TwoPieceSleeve(top=top, under=under, elbow_y=y_e, hem_y=y_h, width=sl.width,
                          cap_height=h, elbow_ease=top_back.length - under_back.length,
                          under_transform=(rot, shift))

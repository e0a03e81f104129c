"""Tailored jacket: single-breasted, notched lapel, three-panel body (forepart with a front
dart, side body, back with a centre-back seam), two-piece sleeve, top and under collar,
front facing, back and sleeve vents, flap and breast-welt pockets, lining and fusing.

Drafting system: after W. Aldrich, "Metric Pattern Cutting for Menswear" (tailored jacket
block, two-piece sleeve, notched lapel drafted on the break line) and "... for Women's Wear"
(fitted jacket), on the shared bodice block (neck, shoulder, armhole, levels) with a shoulder
pad allowance. The body is drafted in one frame from the centre back (x = 0) across the back
and the side body to the centre front at half the finished chest, as in the book's block;
the forepart is then drawn from its centre front. Departures from the book, so that every
ANSUR II body drafts: the panel seams run straight down from the armhole and the waist
suppression (finished waist = body waist + the fit's ease) is shared between the centre
back, both panel seams and the front dart, each side of a panel seam taking the same curve
mirrored (the seams match by construction); the hip room is let out at the panel seams.
The front dart runs from below the chest to the flap pocket, where the books' cut-through
carries it along the pocket line to the side seam (a wedge falling POCKET_WEDGE cm there);
the forepart below is moved in by the dart's width at the pocket, as closing it does, so it
has no dart. The notched lapel is drafted flat on the break line: the gorge line crosses it,
the lapel point on it the lapel's width from the break line (past the front edge line for
the usual widths), the notch on it nearer the neck.
The collar is drafted in its own frame (not on the front along the roll line as in the book):
its neck edge turns COLLAR_SWING degrees down along the back neck (the book's swing: the
fall's outer edge gets room to lie down), then runs on as the front's neck and gorge mirrored
(the book's collar shares the front's neck line), so it turns up into the collar's
end at the notch; its roll line runs from the stand's height at the centre back to the side
neck and along the front neck as far above the seam as the lapel's break line passes from it,
then down to the neck seam where the break line crosses the gorge (the book's roll line,
bent at the side neck); the top collar is the under collar with the turn of cloth added.
The front edge curves into the hem below the last button as the books' rounded quarter, but
meets the hem at 40 degrees rather than along it, so the quarter's allowance runs on into the
hem's at a corner (the quarter is faced, not turned up); the vent tops run at 45 degrees, so
the cut lines read back exactly from an AAMA DXF.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping

import numpy as np

from mtm.core import geometry2d as g2
from mtm.core.checks import with_checks
from mtm.core.garment import (
    Dart,
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
    need,
)
from .blocks.sleeve import _through, draft_sleeve, fit_sleeve_to_armhole, two_piece_sleeve
from .options import Option, resolve_options

SYSTEM = (
    "Aldrich, Metric Pattern Cutting for Menswear / for Women's Wear: tailored jacket block "
    "(three-panel body, notched lapel on the break line, two-piece sleeve fitted numerically "
    "to the armhole)"
)

LAYER = 1  # worn over a shirt or T-shirt (draped after them in an outfit)
MEASUREMENTS = BODICE_MEASUREMENTS + ("arm_length", "upper_arm_girth", "wrist_girth")

OPTIONS = (
    Option("fit", "regular", "ease over the body: slim, regular or comfort",
           choices=("slim", "regular", "comfort")),
    Option("buttons", 2, "buttons on the single-breasted front (the top one at the break point)",
           1, 3, ""),
    Option("lapel_width", 8.0, "lapel width at its point, square from the break line",
           5.0, 11.0, "cm"),
    Option("length", 8.0, "hem position below the hip line", 2.0, 30.0, "cm"),
    Option("vents", "centre", "back vents: none, one at the centre back or two at the sides",
           choices=("none", "centre", "side")),
    Option("shoulder_pad", 1.0, "height of the shoulder pad the shoulder is raised for",
           0.0, 2.5, "cm"),
)

#: fit -> (chest, waist, hip ease; minimum chest, waist, hip ease; armhole depth added;
#:         minimum biceps ease; planned cap ease; cap height as a share of the armhole depth)
FITS = {
    "slim": (8.0, 6.0, 6.0, 6.0, 4.0, 4.0, 0.5, 5.0, 3.0, 0.64),
    "regular": (11.0, 9.0, 8.0, 8.0, 6.0, 6.0, 1.0, 6.0, 3.5, 0.62),
    "comfort": (15.0, 13.0, 11.0, 12.0, 9.0, 8.0, 2.0, 8.0, 4.0, 0.58),
}
CAP_EASE_RANGE = (2.5, 5.0)  # cm: a tailored wool sleeve cap (Aldrich: 3-4.5 cm)
SA = 1.0  # body seams
SA_CURVE = 1.0  # armholes, neck, front edge, lapel, collar
HEM = 4.0
SLEEVE_HEM = 4.0
LINING_HEM = 1.5
EXTENSION = 2.0  # button extension beyond the centre front
#: cm the rounded front quarter reaches in from the front edge line at the hem (at most), and
#: the angle in degrees at which it meets the hem
FRONT_ROUND, FRONT_CORNER_ANGLE = 4.0, 40.0
STAND, FALL = 3.0, 4.0  # collar stand and fall at the centre back
TURN = 0.3  # turn of cloth added to the top collar
#: degrees the collar's front neck turns down from its back neck at the side neck (swing)
COLLAR_SWING = 20.0
SWING_ARC = 3.0  # cm of the back neck's end over which the collar's neck edge swings
#: the front dart's width at the flap pocket as a share of its width at the waist, and cm the
#: cut-through's lower lip lies below its upper lip (the wedge)
POCKET_DART, POCKET_WEDGE = 0.75, 1.0
DART_ROUND = 1.0  # cm: the front dart's legs round their corners (at the pocket) this much
#: the notched lapel: the share of the break line from the neck point down to where the gorge
#: line crosses it (a three-button front's shorter lapel has a higher notch), the degrees it
#: runs down from square to the break line as it goes out, cm from the notch to the lapel
#: point along it, and cm the neck line rounds into it
GORGE_DROP, GORGE_ANGLE, LAPEL_STEP, GORGE_ROUND = 0.22, 12.0, 3.5, 1.0
VENT_WIDTH = 4.0
SLEEVE_VENT, SLEEVE_VENT_WIDTH = 10.0, 3.0
SLEEVE_BUTTONS = 4
#: cm below the sleeve vent's top where the under sleeve's extension is tacked under the top
#: sleeve, and how far from the seam line (the vent then hangs closed in the drape)
VENT_TACKS, VENT_TACK_IN = (3.0, 6.0, 8.5), 1.5
ELBOW_EASE = 0.8
SIDE_BODY_MIN = 1.0  # cm: the side body's least width at the waist


def _unit(v) -> np.ndarray:
    v = np.asarray(v, float)
    return v / np.hypot(*v)


def _distance_to_x(edge: Edge, x: float) -> float:
    """Distance along ``edge`` from its start to where it first reaches ``x``."""
    pts = edge.polyline()
    seg = np.hypot(*np.diff(pts, axis=0).T)
    cum = np.concatenate([[0.0], np.cumsum(seg)])
    s = pts[:, 0] - x
    idx = np.nonzero(np.sign(s[:-1]) != np.sign(s[1:]))[0]
    if len(idx) == 0:
        return float(cum[np.argmin(np.abs(s))])
    i = int(idx[0])
    f = s[i] / (s[i] - s[i + 1]) if s[i] != s[i + 1] else 0.0
    return float(cum[i] + f * seg[i])


def _mirror(e: Edge, x0: float, name: str | None = None, **kw) -> Edge:
    """``e`` mirrored about the vertical x = x0 and walked the other way (stays CCW)."""
    pts = [(2.0 * x0 - x, y) for x, y in e.control[::-1]]
    args = {"allowance": e.allowance, "corner": e.corner} | kw
    return Edge(name or e.name, e.kind, pts, **args)


def _panel_pair(x: float, top_y: float, levels, sign_first: float, names, **kw):
    """The two edges of a straight panel line x = const from ``top_y`` down: ``levels`` are
    (y, s) suppressions; the first edge (top -> hem) is moved by ``sign_first * s``, the second
    (hem -> top) by the opposite, so the two are mirror images (equally long)."""
    pts = [(x, top_y)] + [(x + sign_first * s, y) for y, s in levels]
    first = _through(names[0], pts, (0, -1), (0, -1), **kw)
    second = _mirror(first, x, names[1])
    return first, second


def _add_vent(edges: list[Edge], seam: str, length: float, width: float) -> list[Edge]:
    """Turn the lowest ``length`` cm of edge ``seam`` (which meets the hem) into a vent
    extension ``width`` cm wide: ``seam`` (shortened), ``vent_top`` (out from the seam and down
    at 45 degrees, as a vent's top is stitched) and ``vent`` (down to the hem line, which is
    extended to meet it)."""
    names = [e.name for e in edges]
    i = names.index(seam)
    e = edges[i]
    n = len(edges)
    if edges[(i + 1) % n].name == "hem":  # the seam runs down into the hem's start
        up, low = e.split_at(e.length - length, (seam, "low"))
        t = np.array(low.start_tangent())
        out = np.array([t[1], -t[0]])
        v = np.array(low.start)
        hem = edges[(i + 1) % n]
        h0 = np.array(hem.start)
        hd = np.array(hem.start_tangent())
        cross = abs(hd[0] * np.array(low.end_tangent())[1] - hd[1] * np.array(low.end_tangent())[0])
        g = h0 - (width / max(cross, 0.3)) * hd
        corner = v + width * out + width * t  # the vent's top runs down at 45 degrees
        new = [
            up,
            Edge.line("vent_top", tuple(v), tuple(corner), allowance=e.allowance),
            Edge.line("vent", tuple(corner), tuple(g), allowance=e.allowance),
            chain("hem", Edge.line("x", tuple(g), tuple(h0)), hem, allowance=hem.allowance,
                  corner=hem.corner),
        ]
        return edges[:i] + new + edges[i + 2:] if i + 1 < n else new[1:] + edges[1:i] + new[:1]
    hem = edges[i - 1]  # the hem ends where the seam starts
    low, up = e.split_at(length, ("low", seam))
    t = np.array(low.end_tangent())
    out = np.array([t[1], -t[0]])
    v = np.array(low.end)
    h1 = np.array(hem.end)
    hd = np.array(hem.end_tangent())
    ts = np.array(low.start_tangent())
    cross = abs(hd[0] * ts[1] - hd[1] * ts[0])
    g = h1 + (width / max(cross, 0.3)) * hd
    new = [
        chain("hem", hem, Edge.line("x", tuple(h1), tuple(g)), allowance=hem.allowance,
              corner=hem.corner),
        Edge.line("vent", tuple(g), tuple(v + width * out - width * t), allowance=e.allowance),
        Edge.line("vent_top", tuple(v + width * out - width * t), tuple(v), allowance=e.allowance),
        up,
    ]
    return edges[: i - 1] + new + edges[i + 1:]


_STEPS = np.linspace(0.0, 1.0, 9)[:, None]  # a rounded corner's parabola, in 8 steps


def _rounded(name: str, pts, r: float, **kw) -> Edge:
    """The polyline through ``pts``, its corners rounded over ``r`` cm either side (at most
    0.4 of the shorter neighbouring segment) by a parabola drawn in 8 steps (a polyline edge:
    its length costs no quadrature)."""
    p = np.asarray(pts, float)
    seg = np.diff(p, axis=0)
    n = np.hypot(seg[:, 0], seg[:, 1])
    t = _STEPS
    out = [p[:1]]
    for k in range(1, len(p) - 1):
        ua, ub = seg[k - 1] / n[k - 1], seg[k] / n[k]
        rr = min(r, 0.4 * n[k - 1], 0.4 * n[k])
        p0, c, p1 = p[k] - rr * ua, p[k], p[k] + rr * ub
        out.append((1 - t) ** 2 * p0 + 2 * t * (1 - t) * c + t ** 2 * p1)
    out.append(p[-1:])
    return Edge(name, "polyline", np.vstack(out).tolist(), **kw)


def _crossing(edge: Edge, a, b, default: float) -> float:
    """Distance along ``edge`` from its start to where the line through ``a`` and ``b`` first
    crosses it (``default`` when it does not)."""
    pts = edge.polyline()
    a, b = np.asarray(a, float), np.asarray(b, float)
    d = _unit(b - a)
    side = (pts - a) @ np.array([-d[1], d[0]])
    seg = np.hypot(*np.diff(pts, axis=0).T)
    cum = np.concatenate([[0.0], np.cumsum(seg)])
    idx = np.nonzero(np.sign(side[:-1]) != np.sign(side[1:]))[0]
    if len(idx) == 0:
        return default
    i = int(idx[0])
    f = side[i] / (side[i] - side[i + 1])
    return float(cum[i] + f * seg[i])


def _side_stand(np_, brk, roll) -> float:
    """How far the lapel's break line (``brk`` to ``roll``) passes from the front's neck
    point ``np_``: the collar's stand at the side neck, its roll line running on the break
    line's."""
    d = _unit(np.asarray(roll, float) - np.asarray(brk, float))
    r = np.asarray(np_, float) - np.asarray(brk, float)
    return float(abs(d[0] * r[1] - d[1] * r[0]))


def _middle(edges) -> tuple[float, float]:
    """The middle of the box round the sew line of ``edges`` (where a label goes)."""
    pts = np.concatenate([np.asarray(e.control) for e in edges])
    (x0, y0), (x1, y1) = pts.min(axis=0), pts.max(axis=0)
    return (0.5 * float(x0 + x1), 0.5 * float(y0 + y1))


def _fusing(p: Piece, name: str, title: str) -> Piece:
    """Fusible interfacing for ``p``: its shape without seam allowance, no marks."""
    return dataclasses.replace(
        p,
        name=name,
        edges=tuple(e.with_allowance(0.0) for e in p.edges),
        fabric="interfacing",
        on_fold=p.on_fold,
        notches=(),
        drill_holes=(),
        internal_lines=(),
        labels=(Label(f"{title.upper()} fuse", _middle(p.edges), 0.8),),
        placement=None,
        title=title,
    )


def _lining(p: Piece, name: str, title: str, edges=None, **kw) -> Piece:
    """A lining copy of ``p`` (its hem with a narrow allowance), optionally with new edges."""
    edges = tuple(edges if edges is not None else p.edges)
    edges = tuple(e.with_allowance(LINING_HEM) if e.name == "hem" else e for e in edges)
    args = dict(name=name, edges=edges, fabric="lining", darts=(), notches=(), drill_holes=(),
                internal_lines=(), placement=None, title=title,
                labels=(Label(f"{title.upper()}", _middle(edges), 1.0),))
    args.update(kw)
    return dataclasses.replace(p, **args)


def draft(
    measurements: Mapping[str, float],
    options: Mapping[str, object] | None = None,
) -> Garment:
    """Draft the jacket for ``measurements`` (cm) and ``options``; checks are run."""
    opt = resolve_options(OPTIONS, options, garment="jacket")
    m = {k: need(measurements, k) for k in MEASUREMENTS}
    (ce, we, he, cmin, wmin, hmin, scye, bic, cap_ease, cap_share) = FITS[str(opt["fit"])]
    pad = float(opt["shoulder_pad"])
    ease = BodiceEase(chest=ce, waist=we, hip=he, scye=scye + 0.5 * pad, shoulder=1.0,
                      across_back=1.0, side_shift=0.0, back_neck_rise=2.0,
                      front_neck_drop=1.0, neck_widen=1.0, shoulder_pad=pad)
    length = m["back_waist_length"] + m["waist_to_hip"] + float(opt["length"])
    sleeve_len = m["arm_length"] + 1.5 + 0.5 * pad - 1.0
    hem_w = m["wrist_girth"] + 12.5

    def one_piece(bod):
        return draft_sleeve(
            bod.edges["front_armhole"].length,
            bod.edges["back_armhole"].length,
            cap_height=cap_share * bod.scye_depth + 0.8 * pad,
            min_width=m["upper_arm_girth"] + bic + 0.4,
            cap_ease=cap_ease,
            length=sleeve_len,
            hem_width=hem_w,
            hem_allowance=SLEEVE_HEM,
            seam_allowance=SA_CURVE,
        )

    bod, sl = fit_sleeve_to_armhole(lambda extra: draft_bodice(m, ease, length, extra_scye=extra),
                                    one_piece)
    e = bod.edges
    bx, fx = bod.back_x, bod.front_x
    x_cf = bx + fx  # centre front in the body frame (from the centre back)
    y_u = -bod.scye_depth
    waist_y, hip_y, hem_y, chest_y = bod.waist_y, bod.hip_y, bod.hem_y, bod.chest_y
    b_arm, f_arm = e["back_armhole"], e["front_armhole"]
    b_sp, f_sp = np.array(b_arm.end), np.array(f_arm.end)
    np_ = np.array(e["front_shoulder"].end)

    # ---- panel lines and the waist suppression ---------------------------------------------
    y_qb = y_u + 0.25 * (b_sp[1] - y_u)  # the back pitch: the hind-arm seam meets it
    b_low, b_up = b_arm.split_at(distance_to_y(b_arm, y_qb), ("armhole_back", "armhole"))
    x_bl = b_low.end[0]  # back panel line (body frame)
    f_across = float(f_arm.polyline()[:, 0].min())  # the front armhole's deepest point
    xq_f = fx - min(4.5, 0.6 * (fx - f_across))
    f_low, f_rest = f_arm.split_at(_distance_to_x(f_arm, xq_f), ("armhole_front", "r"))
    x_fl = x_cf - f_low.end[0]  # front panel line (body frame)
    xF = f_low.end[0]  # the same line in front coordinates
    y_fp = y_u + 0.2 * (f_sp[1] - y_u)  # the front pitch: the forearm seam meets it
    f_mid, f_up = f_rest.split_at(max(distance_to_y(f_rest, y_fp), 0.3 * f_rest.length),
                                  ("armhole_low", "armhole"))

    s_total = x_cf - (m["waist_girth"] + we) / 2.0
    s_cb = float(np.clip(0.15 * s_total, 0.0, 2.0))
    s_d = float(np.clip(0.2 * s_total, 0.8, 2.0))
    rest = s_total - s_cb - s_d
    s_b = float(min(0.55 * rest / 2.0, 2.5))
    s_f = float(min(0.45 * rest / 2.0, 2.0))
    # a narrow side body (small chest, broad back) keeps SIDE_BODY_MIN cm at the waist: the
    # panel seams take no more than that leaves (the finished waist is then a little larger)
    room_w = max(x_fl - x_bl - SIDE_BODY_MIN, 0.0)
    if s_b + s_f > room_w:
        s_b, s_f = s_b * room_w / (s_b + s_f), s_f * room_w / (s_b + s_f)
    # the front dart runs from its point below the chest line down to the flap pocket's mouth
    # (8 cm below the waist), taking s_d at the waist and POCKET_DART of that at the pocket;
    # the pocket line is cut through from it to the side seam and the forepart below it
    # closes the dart (it is moved in by about the dart's width there): no dart below the
    # pocket, and the hip gives up the dart's width at the pocket
    # (on a short waist-to-hip the pocket rises to keep the cut-through 3 cm above the hip
    # line, across which the jacket's hip is measured)
    apex_y = chest_y - 3.0
    y_p = min(max(waist_y - 8.0, hip_y + 3.0 + POCKET_WEDGE), waist_y - 3.0)
    w_p = POCKET_DART * s_d
    s_dh = float(np.hypot(w_p, POCKET_WEDGE))  # what the forepart below moves in by
    room = (m["hip_girth"] + he) / 2.0 - (x_cf - s_cb - s_dh)
    s_h = -room / 4.0
    if room < 0:
        s_h = min(s_h, max(s_b, s_f, 0.0))
    s_bh = s_fh = s_h
    levels_b = ((chest_y, 0.0), (waist_y, s_b), (hip_y, s_bh), (hem_y, s_bh))
    levels_f = ((chest_y, 0.0), (waist_y, s_f), (hip_y, s_fh), (hem_y, s_fh))

    kw = {"allowance": SA}
    # back panel seam: the side body's edge runs down (moved +x), the back's runs up (-x)
    sb_back, bk_side = _panel_pair(x_bl, b_low.end[1], levels_b, +1.0, ("back", "side"), **kw)
    # front panel seam in the body frame: the side body's edge runs up (moved -x)
    fr_down, _ = _panel_pair(x_fl, f_low.end[1], levels_f, -1.0, ("d", "u"), **kw)
    sb_front = Edge("front", "cubic", fr_down.control[::-1], **kw)
    # the forepart's edge: the side body's mirrored about the panel line, then mirrored again
    # into front coordinates (x = x_cf - X): the same curve moved (hem -> armhole)
    xF = x_cf - x_fl
    fr_side = Edge("side", "cubic", [(x - x_fl + xF, y) for x, y in sb_front.control], **kw)

    # ---- the flap pocket and the front dart cut through to the side seam along it -------
    # the flap pocket 8 cm under the waist, falling 1 cm to the back
    x_d = float(np.clip(0.42 * xF, 6.5, xF - 8.0))
    pw = float(np.clip(0.16 * m["hip_girth"], 13.5, 17.0))
    side_at_p = float(np.interp(y_p, [hip_y, waist_y], [xF - s_fh, xF - s_f]))
    px0 = max(x_d - 4.0, 1.5)
    px1 = min(px0 + pw, side_at_p - 1.0)
    # the front dart, from its point down to the pocket line: s_d wide at the waist, w_p at
    # the pocket; its legs run on along the pocket line, cut through to the side seam (the
    # books' cut-through): the upper lip along the pocket line, the lower lip as long,
    # POCKET_WEDGE cm below it (the wedge takes out length over the belly), the forepart
    # below moved to meet it. Sewn as one dart (front leg to back leg,
    # lip to lip); the cut line runs across its mouth at the side seam, as the forepart is cut.
    apex = np.array([x_d, apex_y])
    u = _unit((px1 - px0, -1.0))  # along the pocket line, to the side seam
    y_dk = y_p + (x_d + w_p / 2 - px0) * u[1] / u[0]  # the back leg ends on the pocket line
    f_, b_pt = np.array([x_d - w_p / 2, y_dk]), np.array([x_d + w_p / 2, y_dk])
    w_f, w_b = (x_d - s_d / 2, waist_y), (x_d + s_d / 2, waist_y)
    s_up = _crossing(fr_side, b_pt, b_pt + u, -1.0)
    if s_up < 0.0:  # (the pocket line always reaches the side seam: a safe fallback)
        s_up = distance_to_y(fr_side, y_dk)
    # the side body's edge meets the forepart's two either side of the cut-through (the
    # forepart's edge is the side body's moved, so split once and move the parts)
    sb_front_low, sb_front_up = sb_front.split_at(s_up, ("front_low", "front"))
    f_low_side, f_side = (Edge(n_, "cubic", [(x - x_fl + xF, y) for x, y in part.control], **kw)
                          for n_, part in (("side_low", sb_front_low), ("side", sb_front_up)))
    s_u = np.array(f_side.start)
    # the lower lip drops POCKET_WEDGE from the front leg's foot to under the back leg's and
    # runs on along the upper lip, as long as it: the cut-through opens POCKET_WEDGE wide
    # (the wedge the books take out over the belly; narrower, the cloth meshed for the drape
    # bridges it), the forepart below moves in by the lip's first stretch and down by the wedge
    lip = float(np.hypot(*(s_u - b_pt)))
    p_low = b_pt - POCKET_WEDGE * np.array([-u[1], u[0]])
    first = float(np.hypot(*(p_low - f_)))
    s_l = p_low + (lip - first) * u
    # the legs' corners are rounded (DART_ROUND cm), so the dart reads back from a DXF as two
    # edges; the lower lip is lengthened or shortened to keep the legs equally long
    leg_out = _rounded("dart_out", [apex, w_b, b_pt, s_u], DART_ROUND, allowance=SA)
    leg_in = _rounded("dart_in", [s_l, p_low, f_, w_f, apex], DART_ROUND, allowance=SA)
    s_l = s_l + (leg_out.length - leg_in.length) * u  # (its first stretch runs along u)
    leg_in = dataclasses.replace(leg_in, control=(tuple(s_l), *leg_in.control[1:]))
    shift = s_l - s_u

    # ---- back ------------------------------------------------------------------------------
    cb_pts = [(0.0, 0.0), (0.0, chest_y), (s_cb, waist_y), (s_cb, hip_y), (s_cb, hem_y)]
    centre = _through("centre", cb_pts, (0, -1), (0, -1), **kw)
    back_edges = [
        Edge.line("hem", (s_cb, hem_y), bk_side.start, allowance=HEM, corner="reverse"),
        bk_side,
        Edge("armhole", "cubic", b_up.control, SA_CURVE),
        Edge("shoulder", "line", e["back_shoulder"].control, SA),
        Edge("neck", "cubic", e["back_neck"].control, SA_CURVE),
        centre,
    ]
    vents = str(opt["vents"])
    vent_len = float(np.clip(0.55 * (hip_y - hem_y) + 12.0, 12.0, hip_y - hem_y + 8.0))
    vent_len = min(vent_len, waist_y - hem_y - 8.0)
    # a short jacket: the vent still reaches past its 45 degree top (else the outline crosses
    # itself below the hem)
    vent_len = max(vent_len, VENT_WIDTH + 2.0)
    if vents == "centre":
        back_edges = _add_vent(back_edges, "centre", vent_len, VENT_WIDTH)
    elif vents == "side":
        back_edges = _add_vent(back_edges, "side", vent_len, VENT_WIDTH)
    gx_b = 0.5 * x_bl
    back = Piece(
        name="back",
        edges=tuple(back_edges),
        grainline=((gx_b, hem_y + 12.0), (gx_b, y_u)),
        quantity=2,
        mirrored=True,
        notches=(
            Notch("armhole", 0.5 * b_up.length, 2),
            Notch("side", distance_to_y([x for x in back_edges if x.name == "side"][0],
                                        waist_y)),
            Notch("centre", distance_to_y(centre, waist_y)),
        ),
        internal_lines=(InternalLine("waist", ((s_cb, waist_y), (s_cb + 4.0, waist_y))),),
        labels=(Label("JACKET BACK", (gx_b, waist_y + 10.0), 1.4),
                Label("cut 2 (a pair)", (gx_b, waist_y + 7.0), 1.0)),
        placement=Placement("torso", "back", (0.0, 0.0), "back_neck"),
        title="Jacket back",
    )

    # ---- side body (body frame) ------------------------------------------------------------
    m_low = _mirror(f_low, 0.5 * x_cf, "armhole_front", allowance=SA_CURVE)  # Q_f -> underarm
    side_edges = [
        Edge.line("hem", sb_back.end, sb_front.start, allowance=HEM, corner="reverse"),
        sb_front_low,
        sb_front_up,
        m_low,
        Edge("armhole_back", "cubic", b_low.control, SA_CURVE),
        sb_back,
    ]
    if vents == "side":
        side_edges = _add_vent(side_edges, "back", vent_len, VENT_WIDTH)
    gx_s = 0.5 * (x_bl + x_fl)
    side_body = Piece(
        name="side_body",
        edges=tuple(side_edges),
        grainline=((gx_s, hem_y + 8.0), (gx_s, chest_y)),
        quantity=2,
        mirrored=True,
        notches=(
            Notch("back", distance_to_y(sb_back, waist_y)),
            Notch("front", distance_to_y(sb_front_up, waist_y)),
            Notch("front", 0.0),  # where the forepart's cut-through meets the seam
        ),
        labels=(Label("SIDE BODY", (gx_s - 0.6, waist_y - 6.0), 1.0, 90.0),
                Label("cut 2 (a pair)", (gx_s + 1.0, waist_y - 6.0), 0.7, 90.0)),
        placement=Placement("torso", "back", (0.0, 0.0), "back_neck"),
        title="Side body",
    )

    # ---- forepart: lapel on the break line, gorge, front dart, pockets --------------------
    n_btn = int(opt["buttons"])
    spacing = float(np.clip(0.1 * m["chest_girth"], 8.5, 11.0))
    y_top = waist_y + {1: 0.0, 2: 1.5, 3: 10.0}[n_btn]
    btn_y = [y_top - k * spacing for k in range(n_btn)]
    brk = np.array([-EXTENSION, y_top])
    roll = np_ + 2.0 * _unit(np_ - f_sp)
    d = _unit(roll - brk)
    nrm = np.array([-d[1], d[0]])  # towards the centre front: the lapel as drawn flat
    lw = float(opt["lapel_width"])
    # the notched lapel as the books draw it on the break line: the gorge line crosses the
    # break line GORGE_DROP of the way down from the neck point, running out at GORGE_ANGLE below
    # square; the lapel point lies on it lw cm from the break line (the lapel's width, square
    # to it), so it stands out past the front edge line, the notch LAPEL_STEP cm back along it
    s_np = float((np_ - brk) @ d)  # the neck point's place along the break line
    o_np = float((np_ - brk) @ nrm)  # and its distance from it (< 0: on the body side)
    b_ = np.radians(GORGE_ANGLE)
    gdir = np.cos(b_) * nrm - np.sin(b_) * d  # along the gorge line, out over the break line
    cross = brk + (1.0 - GORGE_DROP) * s_np * d
    lp = cross + (lw / np.cos(b_)) * gdir
    gorge = lp - LAPEL_STEP * gdir  # the notch
    g_in = cross + (o_np / np.cos(b_)) * gdir  # where the gorge line meets the neck line
    # the neck leaves the neck point square to the shoulder (the neckline runs on smoothly
    # into the back neck) and runs down along the break line to the gorge line, into which it
    # turns round a small curve (GORGE_ROUND cm either side of the corner)
    sq = _unit(np_ - np.array(e["front_shoulder"].start))
    sq = np.array([-sq[1], sq[0]])  # the shoulder direction turned 90 degrees, downwards
    turn = g_in + GORGE_ROUND * d
    gd = float(np.hypot(*(turn - np_)))
    neck_edge = Edge.cubic("neck", np_, np_ + 0.4 * gd * sq, turn + 0.4 * gd * d, turn,
                           allowance=SA_CURVE)
    round_end = g_in + GORGE_ROUND * gdir
    gorge_edge = chain("gorge", Edge.cubic("r", turn, turn - 0.55 * GORGE_ROUND * d,
                                           round_end - 0.55 * GORGE_ROUND * gdir, round_end),
                       Edge.line("s", round_end, gorge), allowance=SA_CURVE)
    belly = 0.6
    lapel = Edge.cubic("lapel", lp, lp + 0.35 * (brk - lp) + belly * nrm,
                       brk + 0.3 * (lp - brk) + 0.5 * belly * nrm, brk, allowance=SA_CURVE)
    # the front edge runs straight down from the break point to below the last button, then
    # curves into the hem (the books' rounded front quarter): rc cm in from the front edge
    # line at the hem, arriving at FRONT_CORNER_ANGLE to the hem rather than along it, so the
    # hem's turn-up still meets the front edge's allowance at a corner
    # (on a short jacket 6 cm above the hem, but never above the last button: a short man's
    # three-button jacket has its last button under 6 cm from the hem)
    y_q = min(max(btn_y[-1] - 3.0, hem_y + 6.0), btn_y[-1] - 1.5)
    rc = float(np.clip(0.35 * (y_q - hem_y), 2.0, FRONT_ROUND))
    q0, q1 = np.array([-EXTENSION, y_q]), np.array([-EXTENSION + rc, hem_y])
    a = np.radians(FRONT_CORNER_ANGLE)
    t_end = np.array([np.cos(a), -np.sin(a)])  # heading along the curve as it meets the hem
    h = 0.55 * float(np.hypot(*(q1 - q0)))
    straight = [brk + (q0 - brk) * f for f in (1.0 / 3.0, 2.0 / 3.0)]
    front_edge = Edge("front_edge", "cubic",
                      [tuple(brk), *map(tuple, straight), tuple(q0), tuple(q0 + (0.0, -h)),
                       tuple(q1 - h * t_end), tuple(q1)], allowance=SA_CURVE)
    side_low = Edge("side_low", "cubic", [tuple(np.array(c) + shift) for c in f_low_side.control],
                    allowance=SA)
    f_side_hem = np.array(fr_side.start)
    h_side = np.array(side_low.start)  # the side seam's foot, moved with the forepart below
    front_edges = [
        # the quarter's allowance runs on into the hem's (the rounded quarter is not turned
        # up but faced: its hem allowance is trimmed to it); one hem edge to the side seam, so
        # mitred there too (a reverse corner there would need a hem edge of its own, which a
        # DXF reader joins to this one: the two run on in one line)
        Edge.line("hem", tuple(q1), tuple(h_side), allowance=HEM, corner="mitre"),
        side_low,
        leg_in,
        leg_out,
        f_side,
        Edge("armhole_low", "cubic", f_mid.control, SA_CURVE),
        Edge("armhole", "cubic", f_up.control, SA_CURVE),
        Edge("shoulder", "line", e["front_shoulder"].control, SA),
        neck_edge,
        gorge_edge,
        Edge.line("lapel_top", gorge, lp, allowance=SA_CURVE),
        lapel,
        front_edge,
    ]
    holes = tuple(DrillHole((0.0, float(y)), "buttonhole", f"button_{i + 1}")
                  for i, y in enumerate(btn_y))
    bw = float(np.clip(0.1 * m["chest_girth"], 9.0, 11.0))
    bx0 = max(x_d - 1.0, 3.0)
    bx1 = min(bx0 + bw, xF - 3.0)
    y_bp = chest_y + 1.0
    gx_f = 0.5 * (x_d + xF)
    front = Piece(
        name="front",
        edges=tuple(front_edges),
        grainline=((gx_f, hem_y + 10.0), (gx_f, chest_y - 5.0)),
        quantity=2,
        mirrored=True,
        notches=(
            Notch("armhole", 0.5 * f_up.length),
            Notch("side", distance_to_y(f_side, waist_y)),
            Notch("front_edge", distance_to_y(front_edge, waist_y)),
            Notch("lapel_top", 0.0),  # the notch: the collar's end comes to it
        ),
        darts=(Dart("front_dart", ("dart_in", "dart_out")),),
        internal_lines=(
            InternalLine("centre_front", ((0.0, y_top), (0.0, y_q)), "centre"),
            InternalLine("break_line", (tuple(brk), tuple(roll)), "fold"),
            InternalLine("flap_pocket", ((px0, y_p), (px1, y_p - 1.0)), "placement"),
            InternalLine("breast_welt", ((bx0, y_bp), (bx1, y_bp + 1.5)), "placement"),
            InternalLine("waist", ((x_d + 2.0, waist_y), (x_d + 5.0, waist_y))),
        ),
        drill_holes=holes + (DrillHole(tuple(apex - (0.0, 1.0)), "dart", "dart point"),
                             DrillHole((px0, y_p), "pocket", "flap pocket front"),
                             DrillHole((px1, y_p - 1.0), "pocket", "flap pocket back")),
        labels=(Label("JACKET FRONT", (gx_f + 1.0, chest_y - 12.0), 1.2, 90.0),
                Label("cut 2 (a pair)", (gx_f + 3.0, chest_y - 12.0), 0.8, 90.0),
                # the pair carries the welt's mark on both fronts; the pocket is cut in one
                Label("breast welt: left front only", (bx0 + 1.0, y_bp - 1.2), 0.6,
                      float(np.degrees(np.arctan2(1.5, bx1 - bx0))))),
        placement=Placement("torso", "front", (0.0, y_top), "front_neck"),
        title="Jacket front",
    )

    # ---- facing (front coordinates) and the lining front ----------------------------------
    sh = e["front_shoulder"]
    fs = np.array(np_ + 4.0 * _unit(np.array(sh.start) - np_))
    x_fh = -EXTENSION + 9.0
    brk_x_chest = brk[0] + (chest_y - brk[1]) * d[0] / d[1]
    x_fc = min(max(x_fh, brk_x_chest + 5.0), x_d - 1.5)
    inner = _through("inner", [(x_fh, hem_y), (x_fc, chest_y), tuple(fs)], (0, 1),
                     _unit(fs - np.array([x_fc, chest_y])), allowance=SA)
    facing = Piece(
        name="facing",
        edges=(
            Edge.line("hem", (-EXTENSION + rc, hem_y), (x_fh, hem_y), allowance=HEM),
            inner,
            Edge.line("shoulder", tuple(fs), tuple(np_), allowance=SA),
            neck_edge,
            gorge_edge,
            Edge.line("lapel_top", gorge, lp, allowance=SA_CURVE),
            lapel,
            front_edge,
        ),
        grainline=((0.5 * x_fh, hem_y + 8.0), (0.5 * x_fh, waist_y)),
        quantity=2,
        mirrored=True,
        notches=(Notch("front_edge", distance_to_y(front_edge, waist_y)),
                 Notch("lapel_top", 0.0)),
        drill_holes=holes,
        labels=(Label("FACING", (0.5 * x_fh - 0.5, waist_y - 5.0), 1.0, 90.0),),
        # no placement: a second layer under the lapel and the front edge, not draped
        title="Front facing",
    )
    lining_front = _lining(
        front, "lining_front", "Lining front",
        edges=(
            Edge.line("hem", (x_fh, hem_y), tuple(f_side_hem), allowance=LINING_HEM),
            fr_side,
            front.edge("armhole_low"),
            front.edge("armhole"),
            Edge.line("shoulder", tuple(sh.start), tuple(fs), allowance=SA),
            dataclasses.replace(inner.reversed(), name="facing"),
        ),
        internal_lines=(InternalLine("front_dart_tuck", (tuple(apex), (x_d, hem_y)), "dart"),),
    )

    # ---- sleeves -------------------------------------------------------------------------
    a1, a2, a3 = f_low.length, f_mid.length, f_up.length
    b1, b2 = b_low.length, b_up.length
    e_f = sl.cap_front.length - (a1 + a2 + a3)
    e_b = sl.cap_back.length - (b1 + b2)
    w_f = np.array([0.15 * a1, 0.5 * a2, a3])
    ef1, ef2, _ = e_f * w_f / w_f.sum()
    eb1 = e_b * 0.15 * b1 / (0.15 * b1 + b2)
    hw = min(hem_w, sl.width)
    two = two_piece_sleeve(
        sl,
        front_under=(a1 + ef1, a1 + ef1 + a2 + ef2),
        back_under=b1 + eb1,
        hem_front_x=hw / 4.0 + 3.5,
        hem_back_x=-(hw / 4.0) + 0.5,
        elbow_drop=0.5 * sleeve_len + 2.5,
        hollow=1.0,
        elbow_ease=ELBOW_EASE,
        seam_allowance=SA_CURVE,
        hem_allowance=SLEEVE_HEM,
    )
    top_edges = _add_vent(list(two.top), "back_seam", SLEEVE_VENT, SLEEVE_VENT_WIDTH)
    under_edges = _add_vent(list(two.under), "back_seam", SLEEVE_VENT, SLEEVE_VENT_WIDTH)
    tb = dict((x.name, x) for x in top_edges)
    # elbow notches: the forearm seam's two lines are one cut line, so they meet at the elbow
    # itself; the hind-arm's elbow ease is eased in along the seam, so its notch stands at the
    # same share of both seam lines (the top sleeve's from the cap, the under sleeve's too)
    hind = distance_to_y(tb["back_seam"], two.elbow_y) / tb["back_seam"].length
    under_hind = [x for x in under_edges if x.name == "back_seam"][0]
    elbow_notches = {
        "top": (Notch("front_seam", distance_to_y(tb["front_seam"], two.elbow_y)),
                Notch("back_seam", hind * tb["back_seam"].length)),
        "under": (Notch("front_seam", distance_to_y(two.under[0], two.elbow_y)),
                  Notch("back_seam", -hind * under_hind.length)),
    }
    vt = tb["vent_top"]
    v0, v1 = np.array(vt.start), np.array(vt.end)
    along = _unit(np.array(tb["vent"].end) - v1)
    btn_at = [v1 + (v0 - v1) * 0.45 + along * (SLEEVE_VENT - 3.0 - 2.2 * k)
              for k in range(SLEEVE_BUTTONS)]
    # the same buttons on the under sleeve, sewn through the vent's overlap: with the vent
    # closed the two hindarm seam lines run on together below the vent's top and the top
    # sleeve's extension lies over the under sleeve, so each mark is as far down the under
    # sleeve's seam line and as far across it, into the under sleeve
    ub = dict((x.name, x) for x in under_edges)
    down_t = _unit(tb["back_seam"].end_tangent())
    out_t = _unit(v1 - v0) - (_unit(v1 - v0) @ down_t) * down_t
    w0 = np.array(ub["vent_top"].end)  # the under sleeve's seam end
    down_u = -_unit(ub["back_seam"].start_tangent())
    out_u = _unit(np.array(ub["vent_top"].start) - w0)
    out_u = _unit(out_u - (out_u @ down_u) * down_u)
    def on_under(p):
        return w0 + ((p - v0) @ down_t) * down_u - ((p - v0) @ _unit(out_t)) * out_u

    under_btn = [on_under(p) for p in btn_at]
    # and the under sleeve's extension, lying under the top sleeve, is tacked to it: marks
    # VENT_TACK_IN cm into the top sleeve from its seam line and as far into the extension
    vent_tacks = [v0 + d_ * down_t - VENT_TACK_IN * _unit(out_t) for d_ in VENT_TACKS]
    top_sleeve = Piece(
        name="top_sleeve",
        edges=tuple(top_edges),
        grainline=((0.0, two.hem_y + 8.0), (0.0, 0.3 * two.cap_height)),
        quantity=2,
        mirrored=True,
        notches=(
            Notch("cap_front", 0.5 * tb["cap_front"].length),
            Notch("cap_back", 0.5 * tb["cap_back"].length, 2),
            *elbow_notches["top"],
        ),
        internal_lines=(
            InternalLine("elbow", ((-3.0, two.elbow_y), (3.0, two.elbow_y))),
            InternalLine("biceps", ((-5.0, 0.0), (5.0, 0.0))),
        ),
        drill_holes=tuple(DrillHole(tuple(p), "button", f"sleeve_button_{k + 1}")
                          for k, p in enumerate(btn_at))
        + tuple(DrillHole(tuple(p), "mark", f"vent_tack_{k + 1}")
                for k, p in enumerate(vent_tacks)),
        labels=(Label("TOP SLEEVE", (0.0, 0.5 * two.elbow_y), 1.2, 90.0),
                Label("cut 2 (a pair)", (2.0, 0.5 * two.elbow_y), 0.8, 90.0)),
        placement=Placement("right_arm", "side", (0.0, two.cap_height), "shoulder_point",
                            wrap=True),
        title="Top sleeve",
    )
    ux = 0.5 * (two.under[0].start[0] + two.width / 2.0)
    under_sleeve = Piece(
        name="under_sleeve",
        edges=tuple(under_edges),
        grainline=((ux, two.hem_y + 8.0), (ux, -2.0)),
        quantity=2,
        mirrored=True,
        notches=elbow_notches["under"],
        internal_lines=(InternalLine("underarm", (tuple(sl.front_seam.start),
                                                  tuple(sl.front_seam.end)), "placement"),),
        drill_holes=tuple(DrillHole(tuple(p), "button", f"sleeve_button_{k + 1}")
                          for k, p in enumerate(under_btn))
        + tuple(DrillHole(tuple(on_under(p)), "mark", f"vent_tack_{k + 1}")
                for k, p in enumerate(vent_tacks)),
        labels=(Label("UNDER SLEEVE", (ux + 1.0, 0.5 * two.elbow_y), 1.0, 90.0),),
        placement=Placement("right_arm", "side", (two.width / 2.0, 0.0), "armpit", wrap=True),
        title="Under sleeve",
    )

    # ---- collar: under collar (bias, centre-back seam) and top collar (on the fold) -------
    nb, nf, ng = (back.edge("neck").length, front.edge("neck").length,
                  front.edge("gorge").length)
    total = nb + nf + ng
    # the front part of the neck edge is the front's neck and gorge themselves, moved whole so
    # the neck point comes to the back part's end, turned COLLAR_SWING degrees down from it (the
    # book's swing: the fall's outer edge gets the room to lie down round the shoulders); so
    # the collar turns the gorge's corner with the front, its end on the notch
    flip = np.array([-1.0, 1.0])  # the collar's neck edge is the front's mirrored
    t0 = _unit(np.array(neck_edge.start_tangent()) * flip)
    sw = np.radians(COLLAR_SWING)
    want = np.array([np.cos(sw), -np.sin(sw)])
    ang = np.arctan2(want[1], want[0]) - np.arctan2(t0[1], t0[0])
    rot = np.array([[np.cos(ang), -np.sin(ang)], [np.sin(ang), np.cos(ang)]])

    # the back part runs straight and turns through the swing on a circular arc over its
    # last SWING_ARC cm (a kink at the side neck crushed the fall placed over it: edges at 5%
    # of their length; the whole back neck an arc dropped the stand to 1.9 cm)
    la = min(SWING_ARC, 0.5 * nb)
    rad = la / max(sw, 1e-6)
    k_ = 4.0 / 3.0 * np.tan(sw / 4.0) * rad
    a0 = np.array([nb - la, 0.0])
    a1 = a0 + rad * np.array([np.sin(sw), np.cos(sw) - 1.0])
    arc = np.array([tuple(a0), tuple(a0 + (k_, 0.0)), tuple(a1 - k_ * want), tuple(a1)])
    arc = a0 + (arc - a0) * (la / g2.cubic_length(arc))  # the cubic's small error in length
    arc = np.vstack([[(0.0, 0.0), (a0[0] / 3.0, 0.0), (2.0 * a0[0] / 3.0, 0.0)], arc])

    def moved(edge: Edge, name: str) -> Edge:
        c = ((np.asarray(edge.control, float) - np_) * flip) @ rot.T + arc[-1]
        return Edge(name, edge.kind, tuple(map(tuple, c)), SA_CURVE)

    nk_back = Edge("neck_back", "cubic", tuple(map(tuple, arc)), SA_CURVE)
    nk_front = moved(neck_edge, "neck_front")
    nk_gorge = moved(gorge_edge, "neck_gorge")
    neck = chain("n", nk_back, nk_front, nk_gorge)
    x_end = float(np.max(np.asarray(neck.control)[:, 0]))
    ce_ = np.array(neck.end)
    t_end = np.array(neck.end_tangent())
    up = np.array([-t_end[1], t_end[0]])
    cp = ce_ + 3.6 * up + 1.2 * t_end
    hc = STAND + FALL

    def collar_edges(grow: float):
        tip = cp + grow * _unit(cp - ce_ + 0.5 * t_end) + grow * t_end
        top_y = hc + grow
        dist = float(np.hypot(*tip))
        outer = Edge.cubic("outer", tip, tip + 0.35 * dist * _unit((-1.0, 0.12)),
                           (0.4 * tip[0], top_y), (0.0, top_y), allowance=SA_CURVE)
        return (
            Edge("neck_back", "cubic", nk_back.control, SA_CURVE),
            Edge("neck_front", "cubic", nk_front.control, SA_CURVE),
            Edge("neck_gorge", "cubic", nk_gorge.control, SA_CURVE),
            Edge.line("end", ce_, tip, allowance=SA_CURVE),
            outer,
            Edge.line("centre", (0.0, top_y), (0.0, 0.0), allowance=SA_CURVE),
        )

    # the roll line runs from the stand's height at the centre back round the back neck to
    # the side neck, where it stands as far from the neck seam as the lapel's break line
    # passes from the front's neck point (the two are one roll), and down to the neck seam
    # where the break line crosses the front's neck and gorge: beyond it the collar is sewn
    # to the turned lapel and is all fall, turned with it. (Straight from the centre back to
    # that crossing, it left the stand 0.3-0.5 cm high at the side neck, where the fall then
    # turned at the seam itself and crumpled against the lapel's roll: median man.)
    s_cross = nb + _crossing(chain("ng", neck_edge, gorge_edge), brk, roll, nf + ng)
    roll_end, _ = neck.point_at(min(s_cross, total - 0.5))
    h_side = _side_stand(np_, brk, roll)

    def above(p_, t_) -> tuple:
        t_ = _unit(np.asarray(t_, float))
        return tuple(np.asarray(p_, float) + h_side * np.array([-t_[1], t_[0]]))

    # along the front neck the break line runs h_side from the seam (the neck follows it), so
    # the roll line does too, down to where the gorge turns out, then to the crossing; at the
    # side neck, where the neck edge is swung, it stands on the corner's bisector, h_side from
    # both sides
    t_b, t_f = _unit(np.array(nk_back.end_tangent())), _unit(np.array(nk_front.start_tangent()))
    t_m = _unit(t_b + t_f)
    bend = np.array(nk_back.end) + (h_side / float(t_m @ t_b)) * np.array([-t_m[1], t_m[0]])
    roll_line = InternalLine("roll_line", ((0.0, STAND), tuple(bend),
                                           above(nk_front.end, nk_front.end_tangent()),
                                           tuple(roll_end)), "fold")
    under_collar = Piece(
        name="under_collar",
        edges=collar_edges(0.0),
        grainline=((0.3 * x_end, 1.0), (0.3 * x_end + 4.0, 5.0)),  # on the bias
        quantity=2,
        mirrored=True,
        notches=(Notch("neck_front", 0.0),),
        internal_lines=(roll_line,),
        labels=(Label("UNDER COLLAR bias", (0.45 * x_end, 0.55 * hc), 0.6),),
        placement=Placement("neck", "back", (0.0, 0.0), "back_neck", wrap=True),
        title="Under collar",
    )
    tc = collar_edges(TURN)
    top_collar = Piece(
        name="top_collar",
        edges=(chain("neck", tc[0], tc[1], tc[2], allowance=SA_CURVE),) + tc[3:],
        grainline=((1.5, 1.0), (1.5, hc - 1.0)),
        quantity=1,
        on_fold="centre",
        internal_lines=(roll_line,),
        labels=(Label("TOP COLLAR cut 1 on fold", (0.45 * x_end, 0.55 * hc), 0.6),),
        title="Top collar",
    )

    # ---- pocket pieces -------------------------------------------------------------------
    fd = 5.5

    def rect(name, w, hgt, title, fabric="shell", fold=None, quantity=2, mirrored=True):
        edges = (
            Edge.line("bottom", (0.0, 0.0), (w, 0.0), allowance=SA_CURVE),
            Edge.line("right", (w, 0.0), (w, hgt), allowance=SA_CURVE),
            Edge.line("top", (w, hgt), (0.0, hgt), allowance=SA_CURVE),
            Edge.line("left", (0.0, hgt), (0.0, 0.0), allowance=SA_CURVE),
        )
        lines = (InternalLine("fold", ((0.0, fold), (w, fold)), "fold"),) if fold else ()
        return Piece(name=name, edges=edges, grainline=((0.2 * w, 0.5), (0.2 * w, hgt - 0.5)),
                     quantity=quantity, mirrored=mirrored, fabric=fabric, internal_lines=lines,
                     labels=(Label(title.upper(), (0.5 * w, 0.5 * hgt), 0.6),), title=title)

    flap_w = px1 - px0
    flap = rect("pocket_flap", flap_w, fd, "Pocket flap")
    flap_lining = rect("pocket_flap_lining", flap_w, fd, "Pocket flap lining", "lining")
    welt = rect("breast_welt", float(np.hypot(bx1 - bx0, 1.5)), 5.0, "Breast welt", fold=2.5,
                quantity=1, mirrored=False)

    # ---- lining ----------------------------------------------------------------------------
    pleat = 1.5
    bl_edges = (
        Edge.line("hem", (-pleat, hem_y), bk_side.start, allowance=LINING_HEM),
        bk_side,
        back.edge("armhole"),
        back.edge("shoulder"),
        chain("neck", e["back_neck"], Edge.line("p", (0.0, 0.0), (-pleat, 0.0)),
              allowance=SA_CURVE),
        Edge.line("centre", (-pleat, 0.0), (-pleat, hem_y), allowance=0.0),
    )
    lining_back = _lining(back, "lining_back", "Lining back", bl_edges, on_fold="centre",
                          mirrored=False, quantity=1,
                          internal_lines=(InternalLine("pleat", ((0.0, 0.0), (0.0, hem_y)),
                                                       "pleat"),))
    ls_edges = [
        Edge.line("hem", sb_back.end, sb_front.start, allowance=LINING_HEM),
        sb_front, m_low, Edge("armhole_back", "cubic", b_low.control, SA_CURVE), sb_back,
    ]
    lining_side = _lining(side_body, "lining_side_body", "Lining side body", ls_edges)
    lining_top = _lining(top_sleeve, "lining_top_sleeve", "Lining top sleeve", two.top)
    lining_under = _lining(under_sleeve, "lining_under_sleeve", "Lining under sleeve", two.under)

    # ---- seams -----------------------------------------------------------------------------
    def r(p, e_, mirror=False):
        return EdgeRef(p, e_, mirror)

    def sew(name, a, b, rev, ease=0.0):
        return Seam(a, b, reversed=rev, ease=ease, name=name)

    def eased(name, pa, ea, pb, eb, rev, pieces):
        la = pieces[pa].edge(ea).length
        lb_ = pieces[pb].edge(eb).length
        return sew(name, r(pa, ea), r(pb, eb), rev, la - lb_)

    seams = [
        sew("centre_back", r("back", "centre"), r("back", "centre", True), False),
        sew("side_back", r("back", "side"), r("side_body", "back"), True),
        sew("side_front", r("side_body", "front"), r("front", "side"), False),
        sew("side_front_low", r("side_body", "front_low"), r("front", "side_low"), False),
        sew("shoulder", r("front", "shoulder"), r("back", "shoulder"), False),
        sew("lining_facing", r("lining_front", "facing"), r("facing", "inner"), True),
        sew("facing_edge", r("facing", "front_edge"), r("front", "front_edge"), False),
        sew("facing_lapel", r("facing", "lapel"), r("front", "lapel"), False),
        sew("facing_lapel_top", r("facing", "lapel_top"), r("front", "lapel_top"), False),
        sew("collar_back", r("under_collar", "neck_back"), r("back", "neck"), True),
        sew("collar_front", r("under_collar", "neck_front"), r("front", "neck"), False),
        sew("collar_gorge", r("under_collar", "neck_gorge"), r("front", "gorge"), False),
        sew("collar_centre", r("under_collar", "centre"), r("under_collar", "centre", True),
            False),
        sew("forearm", r("top_sleeve", "front_seam"), r("under_sleeve", "front_seam"), True),
        sew("lining_side_back", r("lining_back", "side"), r("lining_side_body", "back"), True),
        sew("lining_side_front", r("lining_side_body", "front"), r("lining_front", "side"),
            False),
        sew("lining_forearm", r("lining_top_sleeve", "front_seam"),
            r("lining_under_sleeve", "front_seam"), True),
    ]
    if vents == "centre":
        seams.append(sew("vent", r("back", "vent_top"), r("back", "vent_top", True), False))
    elif vents == "side":
        seams.append(sew("vent", r("back", "vent_top"), r("side_body", "vent_top"), True))
    seams.append(sew("sleeve_vent", r("top_sleeve", "vent_top"), r("under_sleeve", "vent_top"),
                     True))
    pieces = {p.name: p for p in (front, back, side_body, top_sleeve, under_sleeve,
                                  under_collar, top_collar, lining_top, lining_under)}
    seams += [
        eased("hindarm", "top_sleeve", "back_seam", "under_sleeve", "back_seam", True, pieces),
        eased("lining_hindarm", "lining_top_sleeve", "back_seam", "lining_under_sleeve",
              "back_seam", True, pieces),
        eased("cap_front", "top_sleeve", "cap_front", "front", "armhole", False, pieces),
        eased("cap_back", "top_sleeve", "cap_back", "back", "armhole", True, pieces),
        eased("cap_under_back", "under_sleeve", "cap_back", "side_body", "armhole_back", True,
              pieces),
        eased("cap_under_side", "under_sleeve", "cap_side", "side_body", "armhole_front", True,
              pieces),
        eased("cap_under_front", "under_sleeve", "cap_front", "front", "armhole_low", False,
              pieces),
        eased("collar_outer", "top_collar", "outer", "under_collar", "outer", False, pieces),
        eased("collar_end", "top_collar", "end", "under_collar", "end", False, pieces),
    ]

    # ---- checks ----------------------------------------------------------------------------
    body3 = (("back", 2.0), ("side_body", 2.0), ("front", 2.0))
    girths = [
        GirthLine("chest", "chest_girth", cmin, girth_parts(chest_y, body3)),
        GirthLine("waist", "waist_girth", wmin, girth_parts(waist_y, body3)),
        GirthLine("hip", "hip_girth", hmin, girth_parts(hip_y, body3)),
    ]
    rot, shift = two.under_transform
    bic_y = -0.1
    under_back = (tuple(rot @ np.array([-two.width / 2.0, bic_y]) + shift),
                  tuple(rot @ np.array([0.0, bic_y]) + shift))
    girths.append(GirthLine("biceps", "upper_arm_girth", bic, (
        ("top_sleeve", (-200.0, bic_y), (200.0, bic_y), 1.0),
        ("under_sleeve", (0.0, bic_y), (two.width / 2.0, bic_y), 1.0),
        ("under_sleeve", under_back[0], under_back[1], 1.0),
    )))
    cap_seams = ("cap_front", "cap_back", "cap_under_back", "cap_under_side", "cap_under_front")
    # the front fusing is cut whole across the dart and the cut-through, as the forepart is
    fe = {x.name: x for x in front.edges}
    undarted_side = chain("side", fe["side_low"], Edge.line("m", fe["side_low"].end,
                                                            fe["side"].start), fe["side"])
    front_undarted = dataclasses.replace(
        front, darts=(),
        edges=tuple(undarted_side if x.name == "side" else x for x in front.edges
                    if x.name not in ("side_low", "dart_in", "dart_out")))
    fusings = (
        _fusing(front_undarted, "front_fusing", "Front fusing"),
        _fusing(facing, "facing_fusing", "Facing fusing"),
        _fusing(under_collar, "under_collar_fusing", "Under collar fusing"),
        _fusing(top_collar, "top_collar_fusing", "Top collar fusing"),
        _fusing(flap, "pocket_flap_fusing", "Pocket flap fusing"),
    )
    g = Garment(
        name="jacket",
        pieces=(front, side_body, back, top_sleeve, under_sleeve, under_collar, top_collar,
                facing, flap, welt, lining_front, lining_side, lining_back, lining_top,
                lining_under, flap_lining) + fusings,
        seams=tuple(seams),
        size="MTM",
        measurements=m,
        options=opt,
        system=SYSTEM,
        layer=LAYER,
        girths=tuple(girths),
        ease_limits=(EaseLimit("sleeve_cap", cap_seams, *CAP_EASE_RANGE),),
        smooth_curves=(
            SmoothCurve("armhole", (("front", "armhole"), ("front", "armhole_low"),
                                    ("side_body", "armhole_front"), ("side_body", "armhole_back"),
                                    ("back", "armhole"))),
            SmoothCurve("neckline", (("front", "neck"), ("back", "neck"))),
            SmoothCurve("sleeve_cap", (("top_sleeve", "cap_front"), ("top_sleeve", "cap_back"),
                                       ("under_sleeve", "cap_back"), ("under_sleeve", "cap_side"),
                                       ("under_sleeve", "cap_front"))),
        ),
    )
    return with_checks(g)


SPEC = GarmentSpec(
    name="jacket",
    title="Tailored jacket",
    measurements=MEASUREMENTS,
    options=OPTIONS,
    sexes=("female", "male"),
    system=SYSTEM,
    draft=draft,
    fabric="wool_suiting",
    layer=LAYER,
)

"""Start positions of the panels around the body, from placement hints and body landmarks.

Torso pieces are wrapped round the torso on ellipses fitted to the body's cross-sections
(fronts from the centre front with their highest point just above the side neck, backs from
the centre back with their anchor at the back neck, skirts from their waist anchor), a few
cm off the skin; above the armpits they are brought in to the upper chest, the shoulder
blades and over the shoulders, and the seams between them there start shut. Sleeves are
rolled round the arm's axis; trouser fronts and backs go half round the leg below the crotch
and round the torso above it; bands, collars and cuffs follow the edge they are sewn to (a
collar fall turned down over its stand). Anything that still starts inside the body is
pushed out along the distance field.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np

from mtm.core.errors import InputError

from .assemble import (
    AssembledGarment,
    Panel,
    fold_distance,
    fold_segments,
    fold_side,
    neck_line,
    polyline_coords,
    roll_height,
)
from .mesher import mesh_edges
from .sdf import SDFGrid

CLEARANCE = 2.0  # cm between skin and the placed cloth
MIN_CLEARANCE = 1.0  # cm: anything closer is pushed out to this
ARM_MERGE = 3.0  # cm beyond an armpit where a torso section has taken in the arm
CROTCH_DROP = 2.0  # cm below the body's crotch where a trouser fork starts
CROTCH_BLEND_BELOW = 6.0  # cm below the crotch where trouser legs start turning to the torso
CROTCH_BLEND_ABOVE = 3.0  # cm above the crotch where they wrap the torso fully
TUBE_CLOSURE = 0.92  # share of its circle a rolled sleeve row covers (the rest: seam gap)
TUBE_MIN_RADIUS = 4.0  # cm: the smallest circle a sleeve row is rolled on
UNDER_INSET = 0.8  # cm an under-front starts inside the over-front it is fastened under
FALL_GAP = 1.5  # cm outside its stand where a collar fall starts (beyond self-collision reach)

#: garment landmark -> body landmark names (left, right); one name when central.
LANDMARK_NAMES: dict[str, tuple[str, ...]] = {
    "front_neck": ("neck_front",),
    "back_neck": ("neck_back",),
    "side_neck": ("neck_side_l", "neck_side_r"),
    "shoulder_point": ("shoulder_l", "shoulder_r"),
    "armpit": ("armpit_l", "armpit_r"),
    "bust_point": ("bust_l", "bust_r"),
    "waist_front": ("waist_front",),
    "waist_back": ("waist_back",),
    "waist_side": ("waist_side_l",),
    "hip_back": ("hip_back",),
    "hip_side": ("hip_side_l",),
    "elbow": ("elbow_l", "elbow_r"),
    "wrist": ("wrist_l", "wrist_r"),
    "knee": ("knee_l", "knee_r"),
    "ankle": ("ankle_l", "ankle_r"),
    "crotch": ("crotch",),
}


def _lm(landmarks: Mapping[str, np.ndarray], name: str) -> np.ndarray:
    if name in landmarks:
        return np.asarray(landmarks[name], float)
    if name.endswith("_r") and name[:-2] + "_l" in landmarks:
        p = np.asarray(landmarks[name[:-2] + "_l"], float).copy()
        p[0] = -p[0]
        return p
    raise InputError(f"the body has no landmark {name!r}", field="body")


def torso_sections(vertices: np.ndarray, landmarks: Mapping[str, np.ndarray], step: float = 2.0):
    """Per height (cm): torso half width, centre z and half depth, arms left out.

    Returns (ys, half_width, z_centre, half_depth) sampled every ``step`` cm from the crotch
    to the armpit; the torso at a level is the run of vertices round x = 0 without a gap.
    Between the elbows and the armpits the upper arm can touch the side with no gap: there a
    run reaching more than ``ARM_MERGE`` cm beyond an armpit has taken in that arm and is cut
    at the armpit (else the top level of a tall man with heavy arms read 43 cm half width, not
    20, and the shirt's underarm started out on his arm and caught there). Lower down, hips
    wider than the armpits are the torso's own.
    """
    lo = _lm(landmarks, "crotch")[1]
    hi = _lm(landmarks, "armpit_l")[1]
    arm_l, arm_r = _lm(landmarks, "armpit_l")[0], _lm(landmarks, "armpit_r")[0]
    elbows = [landmarks[k][1] for k in ("elbow_l", "elbow_r") if k in landmarks]
    arm_from = min(elbows) if elbows else np.inf  # no elbows given: no arm to leave out
    ys = np.arange(lo, hi + 1e-9, step)
    out = []
    for y in ys:
        sl = vertices[np.abs(vertices[:, 1] - y) < step]
        if len(sl) < 10:
            out.append((np.nan, np.nan, np.nan))
            continue
        xs = np.sort(sl[:, 0])
        gaps = np.diff(xs) > 3.0
        mid = np.searchsorted(xs, 0.0)
        right = np.nonzero(gaps[mid:])[0]
        left = np.nonzero(gaps[:mid])[0]
        x_hi = xs[mid + right[0]] if len(right) else xs[-1]
        x_lo = xs[left[-1] + 1] if len(left) else xs[0]
        if y >= arm_from and x_hi > arm_l + ARM_MERGE:  # the left arm (+X) joined the run
            x_hi = arm_l
        if y >= arm_from and x_lo < arm_r - ARM_MERGE:
            x_lo = arm_r
        keep = (sl[:, 0] >= x_lo) & (sl[:, 0] <= x_hi)
        z = sl[keep, 2]
        out.append((0.5 * (x_hi - x_lo), 0.5 * (z.max() + z.min()), 0.5 * (z.max() - z.min())))
    arr = np.array(out)
    ok = np.all(np.isfinite(arr), axis=1)
    if not ok.any():
        raise InputError("could not find the torso in the body mesh", field="body")
    arr = np.array([np.interp(ys, ys[ok], arr[ok, k]) for k in range(3)]).T
    return ys, arr[:, 0], arr[:, 1], arr[:, 2]


def _ellipse_table(a: float, b: float, n: int = 721):
    """Angle (from +Z towards +X) and arc length from the front along the ellipse."""
    phi = np.linspace(-np.pi, np.pi, n)
    pts = np.column_stack([a * np.sin(phi), b * np.cos(phi)])
    seg = np.linalg.norm(np.diff(pts, axis=0), axis=1)
    s = np.concatenate([[0.0], np.cumsum(seg)])
    s -= np.interp(0.0, phi, s)
    return phi, s


def _place_torso(panel: Panel, sections, y: np.ndarray, offset: float, back: bool) -> np.ndarray:
    """Wrap a torso panel on the body's sections at heights ``y``: fronts from the centre
    front (+u = +X), backs from the centre back (+u = -X, as seen from outside)."""
    return _wrap_torso(panel.mesh.uv[:, 0], y, sections, offset, back)


def _wrap_torso(u: np.ndarray, y: np.ndarray, sections, offset: float, back: bool) -> np.ndarray:
    """Points at arc length ``u`` from the centre front (back) round the torso at heights y."""
    uv = np.column_stack([u, y])
    ys, half_w, zc, half_d = sections
    yc = np.clip(y, ys[0], ys[-1])
    a = np.interp(yc, ys, half_w) + offset
    b = np.interp(yc, ys, half_d) + offset
    z0 = np.interp(yc, ys, zc)
    x = np.empty((len(uv), 3))
    x[:, 1] = y
    # map arc length (u) on each level's ellipse
    levels = np.unique(np.round(yc / 1.0))
    key = np.round(yc / 1.0)
    for lev in levels:
        m = key == lev
        i = np.nonzero(m)[0][0]
        phi, s = _ellipse_table(a[i], b[i])
        ang = np.interp(uv[m, 0], s, phi)
        flip = -1.0 if back else 1.0
        x[m, 0] = flip * a[m] * np.sin(ang)
        x[m, 2] = z0[m] + flip * b[m] * np.cos(ang)
    return x


TURN_GAP = 0.6  # cm a turned-over part (lapel, collar fall) starts outside the cloth under it


def reflect_across(uv: np.ndarray, a, b) -> np.ndarray:
    """Points ``uv`` (n, 2) mirrored across the line through ``a`` and ``b``."""
    a, b = np.asarray(a, float), np.asarray(b, float)
    d = (b - a) / np.linalg.norm(b - a)
    rel = uv - a
    along = rel @ d
    return a + 2.0 * along[:, None] * d - rel


def turned_over(panel: Panel, sewn: np.ndarray) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """The part of ``panel`` turned over along its fold lines (a lapel over the front, a
    collar's fall over its stand): a mask of its vertices, their UV mirrored across the fold
    (where they lie once turned) and their distance from the fold (cm). The turned side of a
    fold is the one holding fewer of the panel's sewn vertices (``sewn``, a local mask): the
    front's seams are on its body side, a collar is sewn to the neck along its stand."""
    uv = panel.mesh.uv
    mask = np.zeros(len(uv), bool)
    ref = uv.copy()
    dist = np.zeros(len(uv))
    for fold in panel.folds:
        side = fold_side(fold, uv)
        pos, neg = side > 1e-6, side < -1e-6  # vertices on the fold line stay
        beyond = pos if np.count_nonzero(sewn & pos) < np.count_nonzero(sewn & neg) else neg
        beyond &= ~mask
        segs = fold_segments(fold)
        # mirrored across the segment nearest each (a bent fold: a collar's roll line)
        near = (np.argmin(np.stack([fold_distance((a, b), uv[beyond]) for a, b in segs]),
                          axis=0) if len(segs) > 1 else np.zeros(int(beyond.sum()), int))
        idx = np.nonzero(beyond)[0]
        for k, (a, b) in enumerate(segs):
            at = idx[near == k]
            ref[at] = reflect_across(uv[at], a, b)
        dist[beyond] = np.abs(side[beyond])
        mask |= beyond
    return mask, ref, dist


def lay_turned(panel: Panel, x: np.ndarray, sewn: np.ndarray, sdf: SDFGrid) -> np.ndarray:
    """``x`` (the panel's start positions) with its turned part (``turned_over``) laid on the
    cloth it is turned onto: each turned vertex where its mirror point across the fold lies
    in the rest of the panel, TURN_GAP further out along the body's distance field. Done
    after the torso cloth is moved onto the shoulders and upper chest (which moves each
    layer to the same distance from the skin, and left a lapel on a bust inside the front,
    where it stayed)."""
    from scipy.interpolate import LinearNDInterpolator, NearestNDInterpolator

    turned, ref, dist = turned_over(panel, sewn)
    if not turned.any() or turned.all():
        return x
    uv = panel.mesh.uv
    rest = ~turned
    on = LinearNDInterpolator(uv[rest], x[rest])(ref[turned])
    miss = ~np.all(np.isfinite(on), axis=1)
    if miss.any():  # beyond the outline of the rest (a wide lapel point)
        on[miss] = NearestNDInterpolator(uv[rest], x[rest])(ref[turned][miss])
    _, g = sdf.query(on)
    out = x.copy()
    out[turned] = on + (TURN_GAP * np.minimum(dist[turned], 1.0))[:, None] * g
    return out


def _anchor_y(pl, landmarks, default: str) -> float:
    names = LANDMARK_NAMES.get(getattr(pl, "landmark", "") or default, (default,))
    try:
        return float(_lm(landmarks, names[0])[1])
    except InputError:
        return float(_lm(landmarks, LANDMARK_NAMES[default][0])[1])


def _anchor_v(pl, panel: Panel) -> float:
    anchor = getattr(pl, "anchor", (0.0, 0.0))
    return float(anchor[1])


def _place_leg_half(panel: Panel, pl, landmarks, offset: float, back: bool,
                    sections=None) -> np.ndarray:
    """A trouser front or back: rolled half round a vertical cylinder on the leg's centre
    line, the crease (anchor) in the middle of the front (or back). Its fork (the top of the
    inseam) starts just below the body's crotch, so the crotch seams meet under the body,
    not through it; without an inseam the anchor sits at its landmark's height."""
    uv = panel.mesh.uv
    s = "l" if panel.side == "left" else "r"
    y = _anchor_y(pl, landmarks, "knee") + (uv[:, 1] - _anchor_v(pl, panel))
    if getattr(pl, "landmark", "") in ("knee", "ankle"):
        y = _lm(landmarks, f"{pl.landmark}_{s}")[1] + (uv[:, 1] - _anchor_v(pl, panel))
    inseam = panel.mesh.edge_vertices.get("inseam")
    if inseam is not None and "crotch" in landmarks:
        fork = float(uv[inseam, 1].max())
        y = _lm(landmarks, "crotch")[1] - CROTCH_DROP + (uv[:, 1] - fork)
    chain = np.array([_lm(landmarks, f"ankle_{s}"), _lm(landmarks, f"knee_{s}"),
                      _lm(landmarks, f"hip_joint_{s}")])
    xc = np.interp(y, chain[:, 1], chain[:, 0])
    zc = np.interp(y, chain[:, 1], chain[:, 2])
    u_anchor = float(getattr(pl, "anchor", (0.0, 0.0))[0])
    if panel.copy == "mirrored":
        u_anchor = -u_anchor
    # radius per row: the row's width covers half the circumference
    rows = np.round(uv[:, 1]).astype(int)
    r = np.empty(len(uv))
    for row in np.unique(rows):
        m = rows == row
        r[m] = max(np.ptp(uv[m, 0]) / np.pi, 5.0) + offset
    theta = (uv[:, 0] - u_anchor) / r
    flip = -1.0 if back else 1.0
    out = np.column_stack([xc + flip * r * np.sin(theta), y, zc + flip * r * np.cos(theta)])
    # above the crotch the piece wraps the torso from its centre line (the fly or the centre
    # back seam, the row's innermost point) instead of going round the leg; the two blend
    # over a band round the crotch line so the cloth does not start torn there
    y_crotch = _lm(landmarks, "crotch")[1]
    t = np.clip((y - (y_crotch - CROTCH_BLEND_BELOW))
                / (CROTCH_BLEND_BELOW + CROTCH_BLEND_ABOVE), 0.0, 1.0)
    t = t * t * (3.0 - 2.0 * t)
    up = t > 0
    if up.any() and sections is not None:
        u_c = np.empty(len(uv))
        for row in np.unique(rows[up]):
            m = rows == row
            u_c[m] = uv[m, 0].max() if panel.copy == "mirrored" else uv[m, 0].min()
        torso = _wrap_torso(uv[up, 0] - u_c[up], y[up], sections, offset, back)
        out[up] = (1.0 - t[up, None]) * out[up] + t[up, None] * torso
    return out


def _axis(points: list[np.ndarray], t: np.ndarray):
    """Point and unit direction at arc length ``t`` along a polyline (extended at the end)."""
    pts = np.array(points)
    seg = np.diff(pts, axis=0)
    ln = np.linalg.norm(seg, axis=1)
    cum = np.concatenate([[0.0], np.cumsum(ln)])
    k = np.clip(np.searchsorted(cum, t, side="right") - 1, 0, len(seg) - 1)
    d = seg[k] / ln[k][:, None]
    return pts[k] + d * (t - cum[k])[:, None], d, k


def _place_tube(panel: Panel, points: list[np.ndarray], front_sign: float,
                group: list[Panel] | None = None, top_v: float | None = None) -> np.ndarray:
    """Roll a panel (u across, v along; top = start of the axis) round a limb axis, row by
    row: each 1 cm row on its own circle that its width closes to a small gap, so a sleeve
    is a tube down to the wrist (rolled on one circle for the cap's width, the narrower rows
    covered two thirds of the arm and the sleeve seam was drawn shut across the forearm).

    ``group``: the panels of one sleeve drafted in one frame (a two-piece sleeve: the top
    sleeve and the under sleeve, whose u runs on round the arm from the top sleeve's forearm
    seam): a row's circle is closed by the whole group's width, angles are measured from the
    frame's centre line u = 0 and heights from the group's top, so the pieces lie side by side
    round the arm instead of each making a tube of its own.

    ``top_v``: the height of the sleeve's shoulder point when it lies below the sleeve's top
    (a raglan sleeve, whose shoulder piece runs on to the neck): the shoulder point starts at
    the axis' start and the shoulder piece beyond it, up the axis (started from its top, a
    raglan sleeve lay 9 cm too far down the arm, its hem over the hand, and was drawn up
    onto the shoulder stretched 10% along its length)."""
    uv = panel.mesh.uv
    rows = np.round(uv[:, 1]).astype(int)
    u0 = np.empty(len(uv))
    radius = np.empty(len(uv))
    if group:
        all_uv = np.concatenate([g.mesh.uv for g in group])
        all_rows = np.round(all_uv[:, 1]).astype(int)
    for row in np.unique(rows):
        m = rows == row
        if group:
            mm = all_rows == row
            lo_u, hi_u = all_uv[mm, 0].min(), all_uv[mm, 0].max()
            u0[m] = 0.0
        else:
            lo_u, hi_u = uv[m, 0].min(), uv[m, 0].max()
            u0[m] = 0.5 * (lo_u + hi_u)
        radius[m] = max((hi_u - lo_u) / (2 * np.pi * TUBE_CLOSURE), TUBE_MIN_RADIUS)
    top = max(g.mesh.uv[:, 1].max() for g in group) if group else uv[:, 1].max()
    if top_v is not None:
        top = min(top, top_v)
    t = top - uv[:, 1]
    centre, _, _ = _axis(points, t)
    # the axis direction blends across each joint (over 12 cm) so the rolled tube has no
    # torn rows at the elbow or knee
    dirs = np.stack([_axis(points, t + dt)[1] for dt in np.linspace(-6.0, 6.0, 7)])
    a = dirs.mean(axis=0)
    a /= np.linalg.norm(a, axis=1)[:, None]
    theta = (uv[:, 0] - u0) / radius * front_sign
    up = np.array([0.0, 1.0, 0.0]) - a[:, 1:2] * a
    up /= np.maximum(np.linalg.norm(up, axis=1), 1e-9)[:, None]
    fr = np.cross(up, a)
    fr *= np.where(fr[:, 2:3] < 0, -1.0, 1.0)
    return centre + radius[:, None] * (np.cos(theta)[:, None] * up
                                       + np.sin(theta)[:, None] * fr)


def _front_sign(panel: Panel, global_ids: np.ndarray, partner_side: np.ndarray) -> float:
    """+1 when the panel's +u half is sewn to front pieces, else -1."""
    uv = panel.mesh.uv
    u0 = 0.5 * (uv[:, 0].max() + uv[:, 0].min())
    fr = partner_side[global_ids] == 1
    if not fr.any():
        return 1.0
    return 1.0 if float(np.mean(uv[fr[: len(uv)], 0] - u0)) >= 0 else -1.0


def place(
    assembled: AssembledGarment,
    pieces_placement: Mapping[str, object],
    vertices: np.ndarray,
    landmarks: Mapping[str, np.ndarray],
    sdf: SDFGrid | None = None,
    offset: float = CLEARANCE,
) -> np.ndarray:
    """Start positions (N, 3) cm of every panel vertex, in the assembled order."""
    n = int(assembled.offsets[-1])
    x = np.full((n, 3), np.nan)
    sections = torso_sections(np.asarray(vertices, float), landmarks)
    placed = np.zeros(n, bool)
    inner = np.zeros(n, bool)  # facings: a layer inside their parent, kept nearer the skin
    # 1 = vertex of a front torso panel, 2 = back (to orient sleeves)
    side_kind = np.zeros(n, np.int64)
    later: list[int] = []
    partner = np.full(n, -1)
    st = assembled.stitches
    partner[st[:, 0]] = st[:, 1]
    partner[st[:, 1]] = st[:, 0]
    for i, panel in enumerate(assembled.panels):
        pl = pieces_placement.get(panel.piece)
        seg = getattr(pl, "segment", "torso")
        lo, hi = assembled.offsets[i], assembled.offsets[i + 1]
        if seg in ("torso",) or (seg == "waist" and not getattr(pl, "wrap", False)):
            back = getattr(pl, "side", "front") == "back"
            uv = panel.mesh.uv
            if seg == "torso" and not back:  # fronts: the side neck a little above the body's
                top = max(_lm(landmarks, "neck_side_l")[1], sections[0][-1]) + offset
                y = top + (uv[:, 1] - uv[:, 1].max())
            elif seg == "torso":  # backs and yokes: the anchor at the back neck, raised
                y = _anchor_y(pl, landmarks, "back_neck") + offset + (uv[:, 1]
                                                                      - _anchor_v(pl, panel))
            else:  # skirts: the anchor sits at its landmark (the waist)
                y = _anchor_y(pl, landmarks, "waist_front") + (uv[:, 1] - _anchor_v(pl, panel))
            # a mirrored copy overlapping its twin (shirt fronts) lies a little further out,
            # an under-front further in
            extra = 0.8 if panel.copy == "mirrored" else 0.0
            extra -= UNDER_INSET if i in assembled.under else 0.0
            x[lo:hi] = _place_torso(panel, sections, y, offset + extra, back)
            if panel.folds:  # a lapel: turned back over the front along its break line
                turned, ref, dist = turned_over(panel, partner[lo:hi] >= 0)
                if turned.any():
                    y_ref = y[turned] + (ref[turned, 1] - uv[turned, 1])
                    gap = TURN_GAP * np.minimum(dist[turned], 1.0)
                    x[lo:hi][turned] = _wrap_torso(ref[turned, 0], y_ref, sections,
                                                   offset + extra + gap, back)
            placed[lo:hi] = True
            side_kind[lo:hi] = 2 if getattr(pl, "side", "front") == "back" else 1
        else:
            later.append(i)
    if sdf is not None:
        mid_z = float(np.interp(_lm(landmarks, "armpit_l")[1], sections[0], sections[2]))
        for i in np.unique(np.searchsorted(assembled.offsets, np.nonzero(placed)[0], "right") - 1):
            lo, hi = assembled.offsets[i], assembled.offsets[i + 1]
            inset = UNDER_INSET if i in assembled.under else 0.0
            x[lo:hi] = settle_on_shoulders(x[lo:hi], sdf, landmarks, offset - inset, mid_z,
                                           mesh_edges(assembled.panels[i].mesh.faces))
        x = close_upper_seams(x, assembled, placed,
                              _lm(landmarks, "armpit_l")[1] + SHOULDER_BLEND[0])
        for i, panel in enumerate(assembled.panels):
            lo, hi = assembled.offsets[i], assembled.offsets[i + 1]
            if panel.folds and placed[lo]:
                x[lo:hi] = lay_turned(panel, x[lo:hi], partner[lo:hi] >= 0, sdf)
    partner_kind = np.where(partner >= 0, side_kind[np.maximum(partner, 0)], 0)
    # limb pieces rolled round the same arm or leg from the same landmarks, by (segment, side)
    tubes: dict[tuple[str, str], list[Panel]] = {}
    for i in later:
        panel = assembled.panels[i]
        pl = pieces_placement.get(panel.piece)
        seg = getattr(pl, "segment", "torso")
        if (seg.endswith("_arm") and getattr(pl, "wrap", False)
                and getattr(pl, "landmark", "") in ("shoulder_point", "armpit")):
            key = (seg, panel.side or ("left" if seg.startswith("left") else "right"))
            tubes.setdefault(key, []).append(panel)
    for i in list(later):
        panel = assembled.panels[i]
        pl = pieces_placement.get(panel.piece)
        seg = getattr(pl, "segment", "torso")
        lo, hi = assembled.offsets[i], assembled.offsets[i + 1]
        wrap = bool(getattr(pl, "wrap", False))
        landmark = getattr(pl, "landmark", "")
        if seg.endswith("_leg") and not wrap:
            back = getattr(pl, "side", "front") == "back"
            x[lo:hi] = _place_leg_half(panel, pl, landmarks, offset, back, sections)
            placed[lo:hi] = True
            side_kind[lo:hi] = 2 if back else 1
            later.remove(i)
            continue
        if (seg.endswith("_arm") or seg.endswith("_leg")) and wrap and \
                landmark in ("", "shoulder_point", "armpit", "crotch"):
            body_side = panel.side or ("left" if seg.startswith("left") else "right")
            s = "l" if body_side == "left" else "r"
            if seg.endswith("_arm"):
                chain = [_lm(landmarks, f"shoulder_{s}"), _lm(landmarks, f"elbow_{s}"),
                         _lm(landmarks, f"wrist_{s}")]
                j = _lm(landmarks, f"shoulder_joint_{s}")
                chain[0] = j + (chain[0] - j) * 0.3
            else:
                chain = [_lm(landmarks, f"hip_joint_{s}"), _lm(landmarks, f"knee_{s}"),
                         _lm(landmarks, f"ankle_{s}")]
            group = tubes.get((seg, body_side), [])
            if len(group) > 1:  # a sleeve of several pieces: rolled as one tube
                first = group[0]
                j0 = assembled.panels.index(first)
                fs = _front_sign(first, np.arange(assembled.offsets[j0],
                                                  assembled.offsets[j0 + 1]), partner_kind)
                x[lo:hi] = _place_tube(panel, chain, fs, group)
            else:
                fs = _front_sign(panel, np.arange(lo, hi), partner_kind)
                top_v = _anchor_v(pl, panel) if landmark == "shoulder_point" else None
                x[lo:hi] = _place_tube(panel, chain, fs, top_v=top_v)
            placed[lo:hi] = True
            later.remove(i)
    # facings (drawn in their parent's frame): a layer just inside the parent
    facings = []
    for i in list(later):
        xi = _inside_layer(assembled, i, partner, placed, x, sdf)
        if xi is not None:
            lo, hi = assembled.offsets[i], assembled.offsets[i + 1]
            x[lo:hi] = xi
            placed[lo:hi] = True
            inner[lo:hi] = True
            later.remove(i)
            facings.append(i)
    # bands, collars, cuffs: follow the placed edge they are sewn to
    for _ in range(3):
        for i in list(later):
            lo, hi = assembled.offsets[i], assembled.offsets[i + 1]
            seg = getattr(pieces_placement.get(assembled.panels[i].piece), "segment", "")
            ids = np.arange(lo, hi)
            sewn = ids[(partner[ids] >= 0)]
            sewn = sewn[placed[partner[sewn]]]
            if len(sewn) == 0:
                continue
            uv = assembled.panels[i].mesh.uv
            local = sewn - lo
            # nearest sewn vertex in u, then away from the piece it is sewn to (up from a
            # neckline or waist, down the arm from a sleeve hem) by the v difference
            order = np.argsort(uv[local, 0])
            near = local[order][np.clip(np.searchsorted(uv[local[order], 0], uv[:, 0]), 0,
                                        len(order) - 1)]
            base = x[partner[near + lo]]
            parents = np.unique(np.searchsorted(assembled.offsets, partner[sewn], "right") - 1)
            parent_ids = np.concatenate([np.arange(assembled.offsets[j], assembled.offsets[j + 1])
                                         for j in parents])
            away = x[partner[sewn]].mean(axis=0) - x[parent_ids].mean(axis=0)
            norm = np.linalg.norm(away)
            away = away / norm if norm > 1e-6 else np.array([0.0, 1.0, 0.0])
            s_v = np.abs(uv[:, 1] - uv[near, 1])
            segs = {getattr(pieces_placement.get(assembled.panels[j].piece), "segment", "")
                    for j in parents}
            if seg == "neck" and segs == {"neck"}:
                # a collar fall sewn on a stand: turned down at the seam (no bending is
                # carried across a seam, and a fold inside the fall would spring it back up,
                # the cloth's rest shape being flat), hanging outside the stand as worn
                out = base - x[parent_ids].mean(axis=0)
                out[:, 1] = 0.0
                out /= np.maximum(np.linalg.norm(out, axis=1), 1e-9)[:, None]
                x[lo:hi] = (base - s_v[:, None] * away
                            + (FALL_GAP * np.minimum(s_v, 1.0))[:, None] * out)
            else:
                x[lo:hi] = base + s_v[:, None] * away
                panel = assembled.panels[i]
                if panel.folds and seg == "neck":  # a collar with its roll line
                    x[lo:hi] = place_rolled_collar(assembled, i, x, partner, sewn, sdf)
            x[sewn] = x[partner[sewn]]
            placed[lo:hi] = True
            later.remove(i)
    for i in later:  # nothing to follow: put it in front of the chest
        lo, hi = assembled.offsets[i], assembled.offsets[i + 1]
        uv = assembled.panels[i].mesh.uv
        c = _lm(landmarks, "bust_l") * np.array([0.0, 1.0, 1.0]) + np.array([0, 0, 15.0])
        x[lo:hi] = c + np.column_stack([uv[:, 0] - uv[:, 0].mean(), uv[:, 1] - uv[:, 1].mean(),
                                        np.zeros(hi - lo)])
    if sdf is not None:
        x[~inner] = push_out(x[~inner], sdf, MIN_CLEARANCE)
        # facings laid again inside their parents as pushed out: pushed on their own, a
        # facing and its parent in the crease under a raised arm went to different sides
        # (2.6 cm apart on a man's sleeveless armhole); a facing pushed out to the same
        # clearance as its parent could end outside it
        for i in facings:
            lo, hi = assembled.offsets[i], assembled.offsets[i + 1]
            xi = _inside_layer(assembled, i, partner, placed, x, sdf)
            if xi is not None:
                x[lo:hi] = xi
        x[inner] = push_out(x[inner], sdf, MIN_CLEARANCE - FACING_INSET)
    return x


#: cm (UV) from a neck seam point: the band of the cloth it is sewn to that gives the
#: direction into that cloth
COLLAR_PARENT_BAND = (0.8, 2.5)
#: cm (Gaussian, along the neck seam) over which the direction into the cloth under the
#: fall is smoothed: round the side neck it turns from down the back to down the front over
#: a few cm, and the fall laid along it unsmoothed started stretched up to 5x there (3.8x)
COLLAR_DOWN_SMOOTHING = 3.0
COLLAR_LAPEL_BLEND = 3.0  # cm of neck seam before the roll line meets it (see below)


def place_rolled_collar(assembled: AssembledGarment, i: int, x: np.ndarray,
                        partner: np.ndarray, sewn: np.ndarray,
                        sdf: SDFGrid | None) -> np.ndarray:
    """Start positions of collar panel ``i`` with a roll line (``panel.folds``) sewn to a
    placed neckline (``sewn``: its global vertices whose partners are placed): the stand
    rises from the neck seam round the neck, and the fall is turned down over it, over the
    neck seam and onto the back and front.

    Every point of the collar is given by the foot of its UV on the neck seam (arc length
    ``s``) and its distance ``h`` from the seam: up the neck (square to the seam: the
    stand's direction) for h > 0, into the cloth the collar is sewn to for h < 0. A point of
    the fall lies where its mirror image across the roll line, square to the seam, does
    (``assemble.neck_mirror``, where the fall's tacks hold it), TURN_GAP further out. In 3D
    the seam runs on past the centre back on its mirror image, so both halves turn there
    alike. Where the seam is sewn to a lapel turned over the front (beyond the point where
    the roll line comes down to the seam) the collar is turned with it and goes on from
    the turned lapel across the seam. (Placed from the nearest seam vertex in u and
    mirrored square to the straight roll line, the fall's centre back started 2 cm to the
    side, every point beyond the centre back on the one centre back vertex: a crumpled band
    there.)"""
    off = assembled.offsets
    panel = assembled.panels[i]
    lo = off[i]
    uv = panel.mesh.uv
    owner_of = np.searchsorted(off, partner[sewn], "right") - 1
    sewn = sewn[[assembled.panels[j].piece != panel.piece for j in owner_of]]
    local = sewn - lo
    order = local[np.argsort(np.abs(uv[local, 0]), kind="stable")]
    seam_uv = uv[order]
    mates = partner[order + lo]
    p3 = x[mates]
    # the direction from each seam point into the cloth it is sewn to (the back, the front,
    # the turned lapel): towards that panel's vertices a little way in from the seam, on a
    # front with a lapel only those on the seam point's side of the break line
    into = np.zeros_like(p3)
    owner = np.searchsorted(off, mates, "right") - 1
    for j in np.unique(owner):
        pn = assembled.panels[j]
        puv = pn.mesh.uv
        pj = x[off[j]:off[j + 1]]
        side = (turned_over(pn, partner[off[j]:off[j + 1]] >= 0)[0] if pn.folds
                else np.zeros(len(puv), bool))
        for k in np.nonzero(owner == j)[0]:
            r = np.linalg.norm(puv - puv[mates[k] - off[j]], axis=1)
            band = (r > COLLAR_PARENT_BAND[0]) & (r < COLLAR_PARENT_BAND[1])
            band &= side == side[mates[k] - off[j]]
            if band.any():
                into[k] = pj[band].mean(axis=0) - p3[k]
    far = uv[np.argmax(np.min(np.linalg.norm(uv[:, None] - seam_uv[None], axis=2), axis=1))]
    _, sign = neck_line([seam_uv], far)
    s_all, h_all = polyline_coords(seam_uv, uv)
    h_all = sign * h_all
    cum = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(seam_uv, axis=0), axis=1))])
    # in 3D the seam runs on past the centre back on its mirror image (x -> -x)
    line3, into3 = p3, into
    if abs(seam_uv[0, 0]) < 0.05 and len(cum) > 1:
        flip = np.array([-1.0, 1.0, 1.0])
        line3 = np.concatenate([p3[:0:-1] * flip, p3])
        into3 = np.concatenate([into[:0:-1] * flip, into])
        cum = np.concatenate([-cum[:0:-1], cum])
    tang = np.gradient(line3, cum, axis=0)
    tang /= np.maximum(np.linalg.norm(tang, axis=1), 1e-9)[:, None]
    up = np.array([0.0, 1.0, 0.0]) - tang[:, 1:2] * tang
    up /= np.maximum(np.linalg.norm(up, axis=1), 1e-9)[:, None]
    down = into3 - np.sum(into3 * tang, axis=1)[:, None] * tang
    down /= np.maximum(np.linalg.norm(down, axis=1), 1e-9)[:, None]
    if COLLAR_DOWN_SMOOTHING > 0:  # turning gently round the side neck (see above)
        w = np.exp(-0.5 * ((cum[:, None] - cum[None, :]) / COLLAR_DOWN_SMOOTHING) ** 2)
        down = w @ down
        down -= np.sum(down * tang, axis=1)[:, None] * tang
        down /= np.maximum(np.linalg.norm(down, axis=1), 1e-9)[:, None]

    def interp(arr: np.ndarray, s: np.ndarray) -> np.ndarray:
        out = np.column_stack([np.interp(s, cum, arr[:, c]) for c in range(3)])
        for end, k0, k1 in ((s < cum[0], 0, 1), (s > cum[-1], -2, -1)):
            if end.any():  # straight on beyond the ends
                slope = (arr[k1] - arr[k0]) / max(cum[k1] - cum[k0], 1e-9)
                out[end] = arr[k0] + (s[end] - cum[k0])[:, None] * slope
        return out

    def on_neck(s: np.ndarray, h: np.ndarray) -> np.ndarray:
        return (interp(line3, s) + np.maximum(h, 0.0)[:, None] * interp(up, s)
                - np.minimum(h, 0.0)[:, None] * interp(down, s))

    out = on_neck(s_all, h_all)
    turned, _, dist = turned_over(panel, np.isin(np.arange(len(uv)), local))
    if turned.any():
        s_t, h_t = s_all[turned], h_all[turned]
        h_roll = sign * roll_height(seam_uv, panel.folds[0], s_t)
        base = on_neck(s_t, 2.0 * h_roll - h_t)  # the mirror image square to the seam
        gap = TURN_GAP * np.minimum(dist[turned], 1.0)
        if sdf is not None:
            _, g = sdf.query(base)
        else:
            g = base - base.mean(axis=0)
            g /= np.maximum(np.linalg.norm(g, axis=1), 1e-9)[:, None]
        pts = base + gap[:, None] * g
        if sdf is not None:  # outside the cloth it lies on
            want = np.maximum(sdf.query(base)[0], sdf.query(interp(line3, s_t))[0]) + gap
            for _ in range(3):
                d_p, g_p = sdf.query(pts)
                pts += np.maximum(want - d_p, 0.0)[:, None] * g_p
        # beyond the point where the roll line meets the neck seam the collar is sewn to
        # the lapel turned over the front, and is turned with it: it goes on from the
        # turned lapel across the seam (blended in over COLLAR_LAPEL_BLEND cm before it)
        s_cross = _roll_meets_seam(seam_uv, sign, panel.folds[0])
        if s_cross is not None:
            t = np.clip((s_t - (s_cross - COLLAR_LAPEL_BLEND)) / COLLAR_LAPEL_BLEND, 0.0, 1.0)
            if t.any():
                on = interp(line3, s_t) - h_t[:, None] * interp(down, s_t)
                pts = (1.0 - t)[:, None] * pts + t[:, None] * on
        out[turned] = pts
    return out


def _roll_meets_seam(seam_uv: np.ndarray, sign: float, fold) -> float | None:
    """Arc length along the neck seam where the roll line ``fold`` comes down to it (None
    when it does not within the seam)."""
    cum = np.concatenate([[0.0], np.cumsum(np.linalg.norm(np.diff(seam_uv, axis=0), axis=1))])
    s = np.linspace(0.0, cum[-1], 400)
    h = sign * roll_height(seam_uv, fold, s)
    below = np.nonzero(h <= 0.0)[0]
    return float(s[below[0]]) if len(below) else None


SHOULDER_BLEND = (-4.0, 6.0)  # cm about the armpit over which the move to the skin fades in
SHOULDER_STEP = 0.5  # cm between the depths tried
SHOULDER_SMOOTHING = 6  # passes smoothing the moves over the cloth


def settle_on_shoulders(x: np.ndarray, sdf: SDFGrid, landmarks: Mapping[str, np.ndarray],
                        offset: float, mid_z: float, edges: np.ndarray | None = None
                        ) -> np.ndarray:
    """Torso cloth above the armpits moved in depth (fronts back, backs forward, at their
    height) until it is ``offset`` from the skin, never past the body's mid depth ``mid_z``.

    The wrap round the torso keeps the chest's depth up to the neck, so fronts and backs
    start as walls standing 25-30 cm apart above the shoulders; moved onto the upper chest
    and shoulder blades, and over the shoulders to the mid depth, their shoulder seams start
    a few cm apart. The move fades in from 4 cm under the armpit to 6 cm above it, so the
    wrapped bust and back are kept; with the panel's mesh ``edges`` the moves are smoothed
    over the cloth (neighbours stopped at different depths would start it sheared)."""
    y_a = _lm(landmarks, "armpit_l")[1]
    t = np.clip((x[:, 1] - (y_a + SHOULDER_BLEND[0])) / (SHOULDER_BLEND[1] - SHOULDER_BLEND[0]),
                0.0, 1.0)
    w = t * t * (3.0 - 2.0 * t)
    move = np.nonzero(w > 0)[0]
    if len(move) == 0:
        return x
    p = x[move]
    toward = np.where(p[:, 2] > mid_z, -1.0, 1.0)  # fronts go back, backs forward
    span = np.abs(p[:, 2] - mid_z) - SHOULDER_STEP
    steps = np.arange(0.0, max(float(span.max()), 0.0) + SHOULDER_STEP, SHOULDER_STEP)
    depth = np.minimum(steps[None, :], np.maximum(span, 0.0)[:, None])  # (m, k)
    trial = np.repeat(p[:, None, :], len(steps), axis=1)
    trial[:, :, 2] += toward[:, None] * depth
    d, _ = sdf.query(trial.reshape(-1, 3))
    near = d.reshape(len(p), len(steps)) <= offset
    first = np.where(near.any(axis=1), np.argmax(near, axis=1), len(steps) - 1)
    dz = np.zeros(len(x))
    dz[move] = toward * w[move] * depth[np.arange(len(p)), first]
    if edges is not None and len(edges):
        deg = np.bincount(edges.ravel(), minlength=len(x)).astype(float)
        for _ in range(SHOULDER_SMOOTHING):
            nb = (np.bincount(edges[:, 0], dz[edges[:, 1]], len(x))
                  + np.bincount(edges[:, 1], dz[edges[:, 0]], len(x)))
            dz = np.where(deg > 0, 0.5 * dz + 0.5 * nb / np.maximum(deg, 1.0), dz)
    out = x.copy()
    out[:, 2] += dz
    return out


SEAM_CLOSING_PASSES = 200  # smoothing passes spreading the seam closing over the cloth


def close_upper_seams(x: np.ndarray, assembled: AssembledGarment, torso: np.ndarray,
                      y_from: float, passes: int = SEAM_CLOSING_PASSES,
                      same_rounding: bool = True) -> np.ndarray:
    """The seams between torso pieces above ``y_from`` (shoulders, yoke, the top of the side
    seams) drawn shut at the start: each stitched pair meets at its midpoint and the move is
    spread smoothly into both pieces, fading to nothing below ``y_from``. The neckline and the
    armholes then start as closed curves, so the bands, collars and sleeves that follow them
    do not start torn across a 10 cm shoulder gap. ``same_rounding``: the passes sum in the
    order of the first version (every drape from scratch starts bit for bit as before; a
    chaotic run can end elsewhere on 1e-14 cm); False is about three times faster."""
    st = assembled.stitches
    if len(st) == 0:
        return x
    upper = torso & (x[:, 1] > y_from)
    pick = upper[st[:, 0]] & upper[st[:, 1]]
    if not pick.any():
        return x
    a, b = st[pick, 0], st[pick, 1]
    mid = 0.5 * (x[a] + x[b])
    disp = np.zeros_like(x)
    fixed = ~upper  # below the shoulders (and every other piece) nothing moves
    disp[a], disp[b] = mid - x[a], mid - x[b]
    fixed[a] = fixed[b] = True
    off = assembled.offsets
    edges = np.concatenate([mesh_edges(p.mesh.faces) + off[i]
                            for i, p in enumerate(assembled.panels) if torso[off[i]]])
    deg = np.bincount(edges.ravel(), minlength=len(x)).astype(float)
    free = ~fixed & (deg > 0)
    return x + _spread_moves(disp, free, edges, deg, passes, same_rounding)


def _spread_moves(disp: np.ndarray, free: np.ndarray, edges: np.ndarray, deg: np.ndarray,
                  passes: int, same_rounding: bool) -> np.ndarray:
    """``passes`` Jacobi passes over the mesh ``edges``: every ``free`` vertex takes the mean
    move of its neighbours (``deg`` of them), the others keep theirs. With ``same_rounding``
    the sums run as two sparse products in the order (and with the rounding) of a bincount
    over the edges; else as one operator on the free vertices plus the constant the fixed
    ones add."""
    from scipy.sparse import coo_matrix, csr_matrix

    disp = disp.copy()
    if same_rounding:
        ones = np.ones(len(edges))
        shape = (len(disp), len(disp))
        to_first = csr_matrix((ones, (edges[:, 0], edges[:, 1])), shape=shape)
        to_second = csr_matrix((ones, (edges[:, 1], edges[:, 0])), shape=shape)
        for _ in range(passes):
            nb = to_first @ disp + to_second @ disp
            disp[free] = nb[free] / deg[free, None]
        return disp
    both = np.concatenate([edges, edges[:, ::-1]])
    rows = both[free[both[:, 0]]]
    n_free = int(free.sum())
    idx = np.full(len(disp), -1)
    idx[free] = np.arange(n_free)
    w = 1.0 / deg[rows[:, 0]]
    inner = free[rows[:, 1]]
    m = coo_matrix((w[inner], (idx[rows[inner, 0]], idx[rows[inner, 1]])),
                   shape=(n_free, n_free)).tocsr()
    c = coo_matrix((w[~inner], (idx[rows[~inner, 0]], rows[~inner, 1])),
                   shape=(n_free, len(disp))).tocsr() @ disp
    d = disp[free]
    for _ in range(passes):
        d = m @ d + c
    disp[free] = d
    return disp


def close_seams(x: np.ndarray, assembled: AssembledGarment,
                passes: int = SEAM_CLOSING_PASSES) -> np.ndarray:
    """Every seam of ``assembled`` drawn shut: each stitched pair meets at its midpoint and
    the move is spread smoothly into both pieces over ``passes`` smoothing passes
    (``close_upper_seams`` over all pieces and heights). A redrape closes the seams its
    carried cloth left open this way, instead of the weld jerking the stitched vertices
    together."""
    return close_upper_seams(x, assembled, np.ones(len(x), bool), -np.inf, passes,
                             same_rounding=False)


FACING_INSET = 0.6  # cm a facing starts inside the piece it faces


def _inside_layer(assembled: AssembledGarment, i: int, partner: np.ndarray,
                  placed: np.ndarray, x: np.ndarray, sdf: SDFGrid | None) -> np.ndarray | None:
    """Start positions of panel ``i`` as a layer inside a placed parent panel, when the
    panel is drawn in the parent's frame (a facing: its sewn edges are copies of the
    parent's, so a stitched pair has the same 2D point); None otherwise, and for a collar
    with a roll line (``place_rolled_collar``): a jacket collar's neck edge drafted straight
    along its back neck from (0, 0) lay within 0.3 cm of a flat back neck's points for
    most of its stitches (3 of the 10 sweep men) and was laid flat inside the back. A panel
    whose cloth does not lie on the parent's is no facing either: the qipao's mandarin
    collar, its neck edge drafted on the back's neck curve (0.15 cm median), was laid flat
    inside the back and drew the front neckline's collar into a crumpled rim."""
    if assembled.panels[i].folds and assembled.panels[i].segment == "neck":
        return None
    off = assembled.offsets
    lo, hi = off[i], off[i + 1]
    ids = np.arange(lo, hi)
    sewn = ids[partner[ids] >= 0]
    sewn = sewn[placed[partner[sewn]]]
    if len(sewn) < 3:
        return None
    owner = np.searchsorted(off, partner[sewn], "right") - 1
    j = int(np.bincount(owner).argmax())
    if j == i:
        return None
    mine = sewn[owner == j]
    uv_i = assembled.panels[i].mesh.uv
    uv_j = assembled.panels[j].mesh.uv
    if np.median(np.linalg.norm(uv_i[mine - lo] - uv_j[partner[mine] - off[j]], axis=1)) > 0.3:
        return None
    from scipy.interpolate import LinearNDInterpolator, NearestNDInterpolator
    from scipy.spatial import cKDTree

    # a facing lies on its parent: all its cloth within a mesh edge of the parent's (p90 at
    # most 0.55 edge on the sheath dress's and the qipao's facings); a collar sewn to the
    # neckline stands beyond it (the qipao's mandarin collar: p90 6.7 cm at 1 cm)
    fj = assembled.panels[j].mesh.faces
    edge = float(np.median(np.linalg.norm(uv_j[fj[:, 0]] - uv_j[fj[:, 1]], axis=1)))
    if np.percentile(cKDTree(uv_j).query(uv_i)[0], 90) > edge:
        return None

    xj = x[off[j]:off[j + 1]]
    lin = LinearNDInterpolator(uv_j, xj)(uv_i)
    miss = ~np.all(np.isfinite(lin), axis=1)
    if miss.any():  # outside the parent's outline (rounding at its edges)
        lin[miss] = NearestNDInterpolator(uv_j, xj)(uv_i[miss])
    if sdf is not None:
        _, g = sdf.query(lin)
        lin = lin - FACING_INSET * g
    return lin


def push_out(x: np.ndarray, sdf: SDFGrid, clearance: float | np.ndarray,
             rounds: int = 8) -> np.ndarray:
    """Move points closer than ``clearance`` (cm, one for all or one per point) to the skin
    (or inside) out along the SDF."""
    x = x.copy()
    c = np.broadcast_to(np.asarray(clearance, dtype=float), (len(x),))
    for _ in range(rounds):
        d, g = sdf.query(x)
        bad = d < c
        if not bad.any():
            break
        x[bad] += (c[bad] - d[bad])[:, None] * g[bad]
    return x

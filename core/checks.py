"""Checks run on every drafted garment and shown to the user.

- ``outline:<piece>``: the sew line is closed, counter-clockwise and not self-intersecting, the
  cut line is a simple ring around it, dart legs are equally long (within 1 mm).
- ``seam:<seam>``: the two edges of a seam are equally long within 1 mm, or differ by the planned
  ease within 2 mm.
- ``notches:<seam>``: notches along the two edges of a seam face each other (same count, same
  share of the edge length, within 3 mm), so the pieces can be matched when sewing.
- ``ease:<name>``: the summed measured ease of some seams (a sleeve cap) lies in its range.
- ``girth:<name>``: the finished girth measured on the pieces is at least the body girth plus the
  style's minimum ease.
- ``smooth:<curve>``: a curve made of several edges (armhole, neckline, sleeve cap) does not kink
  by more than ``max_kink`` degrees where it crosses a seam, a fold or a closed dart.
"""

from __future__ import annotations

import dataclasses
import math

import numpy as np
import shapely

from .garment import (
    CheckResult,
    EaseLimit,
    EdgeRef,
    Garment,
    GirthLine,
    Piece,
    Seam,
    SmoothCurve,
    corner_angle,
    cut_outlines,
    kink_angle,
    rings_simple,
)

SEAM_TOL = 0.1  # cm: edges of a plain seam equal within 1 mm
EASE_TOL = 0.2  # cm: an eased seam within 2 mm of its planned ease
GAP_TOL = 1e-3  # cm: consecutive edges must meet within 0.01 mm


def _gap(p: Piece) -> tuple[float, str, str] | None:
    """The first gap between consecutive edges wider than GAP_TOL: (gap, edge, next edge)."""
    edges = p.edges
    for i, e in enumerate(edges):
        nxt = edges[(i + 1) % len(edges)]
        (x0, y0), (x1, y1) = e.control[-1], nxt.control[0]
        gap = math.hypot(x0 - x1, y0 - y1)
        if gap > GAP_TOL:
            return gap, e.name, nxt.name
    return None


def check_outline(p: Piece, facts: tuple[bool, bool, bool] | None = None) -> CheckResult:
    """Closed, counter-clockwise, simple sew line; simple cut line containing it; darts even.

    ``facts``: (sew line simple, cut line simple, cut line covers the sew line) when already
    known (``run_checks`` works them out for all the pieces at once)."""
    name = f"outline:{p.name}"
    gap = _gap(p)
    if gap is not None:
        return CheckResult(
            name,
            False,
            f"edge {gap[1]} ends {gap[0]:.3f} cm away from the start of "
            f"{gap[2]}: the sew line is not closed",
            gap[0],
        )
    if p.area <= 0:
        return CheckResult(name, False, "the sew line runs clockwise or encloses no area", p.area)
    if facts is None:
        sew_simple = bool(shapely.LinearRing(p.sew_line).is_simple)
        cut_simple = covers = False
        if sew_simple:
            cut = p.cut_outline()
            cut_simple = p.cut_is_simple
            covers = cut_simple and bool(shapely.Polygon(cut).covers(p.polygon))
    else:
        sew_simple, cut_simple, covers = facts
    if not sew_simple:
        return CheckResult(name, False, "the sew line crosses itself", None)
    if not cut_simple:
        return CheckResult(name, False, "the cut line crosses itself", None)
    if not covers:
        return CheckResult(name, False, "the cut line does not enclose the sew line", None)
    for d in p.darts:
        la, lb = p.edge(d.legs[0]).length, p.edge(d.legs[1]).length
        if abs(la - lb) > SEAM_TOL:
            return CheckResult(
                name,
                False,
                f"dart {d.name} legs differ by {abs(la - lb) * 10:.1f} mm",
                abs(la - lb),
            )
    return CheckResult(
        name, True, f"closed and simple, {p.area:.0f} cm² inside the sew line", p.area
    )


def measured_ease(g: Garment, s: Seam) -> float:
    """length(a) - length(b) in cm."""
    return g.edge(s.a).length - g.edge(s.b).length


def check_seam(g: Garment, s: Seam) -> CheckResult:
    name = f"seam:{s.label}"
    try:
        diff = measured_ease(g, s)
    except KeyError as error:
        return CheckResult(name, False, f"refers to a missing edge: {error.args[0]}", None)
    tol = SEAM_TOL if s.ease == 0 else EASE_TOL
    off = diff - s.ease
    ok = abs(off) <= tol + 1e-9
    if s.ease == 0:
        msg = f"edges differ by {abs(diff) * 10:.2f} mm (limit {tol * 10:.0f} mm)"
    else:
        msg = (
            f"measured ease {diff * 10:.1f} mm, planned {s.ease * 10:.1f} mm "
            f"(limit ±{tol * 10:.0f} mm)"
        )
    return CheckResult(name, ok, msg, diff)


NOTCH_TOL = 0.3  # cm: facing notches may be this far apart along the seam


def _notch_shares(piece: Piece, edge_name: str) -> list[tuple[float, int]]:
    """(share of the edge length from its start, count) of the notches inside an edge."""
    e = piece.edge(edge_name)
    out = []
    for n in piece.notches:
        if n.edge != edge_name:
            continue
        d = n.distance if n.distance >= 0 else e.length + n.distance
        f = d / e.length if e.length > 0 else 0.0
        if 1e-3 < f < 1.0 - 1e-3:  # notches at an edge's ends mark corners, not positions
            out.append((f, n.count))
    return sorted(out)


def check_notches(g: Garment, s: Seam) -> CheckResult | None:
    """Facing notches on the two edges of ``s``; None when neither edge has notches."""
    try:
        pa, pb = g.piece(s.a.piece), g.piece(s.b.piece)
        na, nb = _notch_shares(pa, s.a.edge), _notch_shares(pb, s.b.edge)
        la, lb = pa.edge(s.a.edge).length, pb.edge(s.b.edge).length
    except KeyError:
        return None
    if not na and not nb:
        return None
    name = f"notches:{s.label}"
    if s.reversed:
        nb = sorted((1.0 - f, c) for f, c in nb)
    if [c for _, c in na] != [c for _, c in nb]:
        return CheckResult(
            name,
            False,
            f"{len(na)} notch mark(s) on {s.a.piece}.{s.a.edge} "
            f"do not face {len(nb)} on {s.b.piece}.{s.b.edge}",
        )
    worst = max(
        (abs(fa - fb) * max(la, lb) for (fa, _), (fb, _) in zip(na, nb, strict=True)), default=0.0
    )
    return CheckResult(
        name,
        worst <= NOTCH_TOL,
        f"{len(na)} notch(es) face each other within {worst * 10:.1f} mm "
        f"(limit {NOTCH_TOL * 10:.0f} mm)",
        worst,
    )


def check_ease(g: Garment, lim: EaseLimit) -> CheckResult:
    name = f"ease:{lim.name}"
    try:
        total = sum(measured_ease(g, g.seam(n)) for n in lim.seams)
    except KeyError as error:
        return CheckResult(name, False, f"refers to a missing seam or edge: {error.args[0]}", None)
    ok = lim.min - 1e-9 <= total <= lim.max + 1e-9
    return CheckResult(name, ok, f"{total:.2f} cm (range {lim.min:g}..{lim.max:g} cm)", total)


def finished_girth(g: Garment, gl: GirthLine) -> float:
    """The finished girth along ``gl``, measured on the sew lines, cm."""
    if not gl.parts:
        return 0.0
    polys = [g.piece(piece_name).polygon for piece_name, _, _, _ in gl.parts]
    lines = shapely.linestrings([(p0, p1) for _, p0, p1, _ in gl.parts])
    lengths = shapely.length(shapely.intersection(lines, polys)).tolist()
    total = 0.0
    for (_, _, _, factor), length in zip(gl.parts, lengths, strict=True):
        total += factor * length
    return total


def check_girth(g: Garment, gl: GirthLine) -> CheckResult:
    name = f"girth:{gl.name}"
    body = g.measurements.get(gl.measurement)
    if body is None:
        return CheckResult(name, False, f"measurement {gl.measurement} not recorded on the garment")
    try:
        fin = finished_girth(g, gl)
    except KeyError as error:
        return CheckResult(name, False, f"refers to a missing piece: {error.args[0]}")
    need = body + gl.min_ease
    return CheckResult(
        name,
        fin >= need - 1e-6,
        f"finished {fin:.1f} cm, body {body:.1f} cm + minimum ease {gl.min_ease:g} cm"
        f" = {need:.1f} cm",
        fin - body,
    )


def _angle(nb, e, before: bool) -> float:
    """Interior angle between seam edge ``e`` and its neighbour ``nb``."""
    if before:
        return corner_angle(nb.end_tangent(), e.start_tangent())
    return corner_angle(e.end_tangent(), nb.start_tangent())


def _dart_seams(g: Garment) -> list[Seam]:
    """Each dart as the seam that closes it (its legs, mouth to mouth), for the kink check."""
    return [
        Seam(EdgeRef(p.name, d.legs[0]), EdgeRef(p.name, d.legs[1]), reversed=True)
        for p in g.pieces
        for d in p.darts
    ]


def _junctions(g: Garment, curve: SmoothCurve):
    """(where, angle_a, angle_b) for each place the curve crosses a seam, a fold or a dart."""
    members = set(curve.edges)
    out = []
    for s in (*g.seams, *_dart_seams(g)):
        try:
            pa, pb = g.piece(s.a.piece), g.piece(s.b.piece)
            ea, eb = pa.edge(s.a.edge), pb.edge(s.b.edge)
        except KeyError:
            continue
        prev_a, next_a = pa.neighbours(ea.name)
        prev_b, next_b = pb.neighbours(eb.name)
        # (neighbour, its edge, True when the neighbour comes before the seam edge)
        a_start, a_end = (prev_a, ea, True), (next_a, ea, False)
        b_start, b_end = (prev_b, eb, True), (next_b, eb, False)
        pairs = (
            [(a_start, b_end), (a_end, b_start)]
            if s.reversed
            else [(a_start, b_start), (a_end, b_end)]
        )
        for side_a, side_b in pairs:
            if (pa.name, side_a[0].name) in members and (pb.name, side_b[0].name) in members:
                ang_a, ang_b = _angle(*side_a), _angle(*side_b)
                if min(ang_a, ang_b) > 170.0:
                    continue  # the curve runs along this seam (a fly, a crotch), not across it
                out.append((f"{pa.name}.{side_a[0].name}/{pb.name}.{side_b[0].name}", ang_a, ang_b))
    for p in g.pieces:
        if p.on_fold is None:
            continue
        prev, nxt = p.neighbours(p.on_fold)
        fold = p.edge(p.on_fold)
        if (p.name, prev.name) in members:
            ang = corner_angle(prev.end_tangent(), fold.start_tangent())
            out.append((f"{p.name}.{prev.name}/fold", ang, ang))
        if (p.name, nxt.name) in members:
            ang = corner_angle(fold.end_tangent(), nxt.start_tangent())
            out.append((f"{p.name}.{nxt.name}/fold", ang, ang))
    return out


def check_smooth(g: Garment, curve: SmoothCurve) -> CheckResult:
    name = f"smooth:{curve.name}"
    joins = _junctions(g, curve)
    if not joins:
        return CheckResult(name, False, "the curve crosses no seam or fold: check its edge names")
    worst = max(joins, key=lambda j: kink_angle(j[1], j[2]))
    k = kink_angle(worst[1], worst[2])
    return CheckResult(
        name,
        k <= curve.max_kink + 1e-9,
        f"largest kink {k:.1f}° at {worst[0]} (limit {curve.max_kink:g}°), {len(joins)} junctions",
        k,
    )


def _outline_facts(pieces) -> dict[int, tuple[bool, bool, bool]]:
    """For the pieces whose sew line is closed and counter-clockwise (by index): whether the
    sew line is simple, the cut line simple and the cut line covers the sew line, each worked
    out for all the pieces in one vectorised GEOS call (a shapely object and a call per piece
    and test cost the jacket's draft more than all its geometry)."""
    ok = [i for i, p in enumerate(pieces) if _gap(p) is None and p.area > 0]
    sew_simple = rings_simple([pieces[i].sew_line for i in ok]).tolist()
    facts = {i: (False, False, False) for i, s in zip(ok, sew_simple, strict=True) if not s}
    ok = [i for i, s in zip(ok, sew_simple, strict=True) if s]
    cut_outlines([pieces[i] for i in ok])
    # a piece cut on its sew line: its cut line is the sew line, simple and covering it
    net = [i for i in ok if pieces[i]._cut[1] is None and pieces[i].cut_outline().shape
           == pieces[i].sew_line.shape and np.array_equal(pieces[i].cut_outline(),
                                                          pieces[i].sew_line)]
    facts.update((i, (True, True, True)) for i in net)
    rest = [i for i in ok if i not in facts]
    cut_simple = [pieces[i].cut_is_simple if pieces[i]._cut[1] is None else True
                  for i in rest]
    facts.update((i, (True, False, False)) for i, c in zip(rest, cut_simple, strict=True)
                 if not c)
    rest = [i for i in rest if i not in facts]
    if rest:
        cuts = [pieces[i].cut_outline() for i in rest]
        sews = [pieces[i].sew_line for i in rest]
        idx_c = np.repeat(np.arange(len(rest)), [len(c) for c in cuts])
        idx_s = np.repeat(np.arange(len(rest)), [len(c) for c in sews])
        covers = shapely.covers(shapely.polygons(shapely.linearrings(np.concatenate(cuts),
                                                                     indices=idx_c)),
                                shapely.polygons(shapely.linearrings(np.concatenate(sews),
                                                                     indices=idx_s)))
        facts.update((i, (True, True, bool(c))) for i, c in zip(rest, covers.tolist(),
                                                                strict=True))
    return facts


def run_checks(g: Garment) -> tuple[CheckResult, ...]:
    """Every check of ``g``, in a stable order."""
    facts = _outline_facts(g.pieces)
    out = [check_outline(p, facts.get(i)) for i, p in enumerate(g.pieces)]
    out += [check_seam(g, s) for s in g.seams]
    out += [c for c in (check_notches(g, s) for s in g.seams) if c is not None]
    out += [check_ease(g, e) for e in g.ease_limits]
    out += [check_girth(g, gl) for gl in g.girths]
    out += [check_smooth(g, c) for c in g.smooth_curves]
    return tuple(out)


def with_checks(g: Garment) -> Garment:
    """``g`` with its ``checks`` filled in."""
    return dataclasses.replace(g, checks=run_checks(g))

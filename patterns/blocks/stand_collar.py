"""A stand (mandarin) collar: a band cut as a ring sector, sewn round a neckline of several
edges and hugging the neck at its top edge.

Drafting system: the mandarin collar of Aldrich ("Metric Pattern Cutting for Women's Wear",
Chinese collar): the neck edge is as long as the neckline, the band curves up towards its
ends so that the top edge is shorter and lies against the neck. Here the top edge is made as
long as the neck girth at collar height plus ease, which sets the curve: the band is a ring
sector whose outer arc is the neck edge and whose inner arc is the top edge. The neck edge is
cut into stretches of the lengths of the neckline edges it is sewn to, in order, so every
seam matches by construction (the opening lies between the band's ends).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mtm.core.garment import Edge, EdgeRef, Label, Notch, Piece, Placement, Seam

MIN_TAPER = 0.5  # cm the top edge is at least shorter than the neck edge


@dataclass(frozen=True)
class CollarPart:
    """One stretch of the collar's neck edge: its name, the neckline edge it is sewn to."""

    name: str
    ref: EdgeRef
    length: float


def _arc(name: str, centre, radius: float, a0: float, a1: float, **kw) -> Edge:
    """A circular arc as one cubic (angles in radians from straight down, counter-clockwise
    seen from the centre: x = sin, y = -cos)."""
    c = np.asarray(centre, float)

    def at(a):
        return c + radius * np.array([math.sin(a), -math.cos(a)])

    def tangent(a):
        return np.array([math.cos(a), math.sin(a)])

    k = 4.0 / 3.0 * math.tan((a1 - a0) / 4.0) * radius
    p0, p3 = at(a0), at(a1)
    return Edge.cubic(name, p0, p0 + k * tangent(a0), p3 - k * tangent(a1), p3, **kw)


def stand_collar(
    name: str,
    parts: Sequence[CollarPart],
    *,
    height: float,
    top_length: float,
    label: str,
    centre_part: str,
    seam_allowance: float = 1.0,
    end_round: float = 0.0,
) -> tuple[Piece, tuple[Seam, ...]]:
    """The collar (cut 2: outer collar and its facing, interfaced) and its neckline seams.

    ``parts`` in order along the neck edge from one end of the band to the other, as the band
    is seen from outside running from the wearer's right to left across the front: the band
    starts (``end_over``, at -x) on the over-front's side of the opening and ends
    (``end_under``) on the other;
    ``centre_part`` names the stretch holding the centre front (the grain is square to it).
    ``end_round``: radius (cm) of the rounded top corners at the band's ends (an áo dài's
    collar); the ends then run up square from the neck edge and turn into the top edge,
    which is shorter than ``top_length`` by the two corners (2 x ``end_round``).
    """
    total = sum(p.length for p in parts)
    taper = max(total - top_length, MIN_TAPER)
    theta = taper / height  # sector angle
    r_out = total / theta
    r_in = r_out - height
    centre = (0.0, r_out)
    edges: list[Edge] = []
    seams: list[Seam] = []
    notches: list[Notch] = []
    a = -theta / 2.0
    centre_angle = 0.0
    for part in parts:
        step = part.length / r_out
        edges.append(_arc(part.name, centre, r_out, a, a + step, allowance=seam_allowance))
        # neck edges walk the other way round the neck than the band, except on the
        # mirrored copies (the other half of a fold or pair), which walk with it
        seams.append(Seam(part.ref, EdgeRef(name, part.name), reversed=not part.ref.mirror,
                          name=f"{name}_{part.name}"))
        notches.append(Notch(part.name, 0.0))
        if part.name == centre_part:
            centre_angle = a + 0.5 * step
        a += step
    end = -theta / 2.0 + theta
    p_out_end = np.array(centre) + r_out * np.array([math.sin(end), -math.cos(end)])
    p_in_end = np.array(centre) + r_in * np.array([math.sin(end), -math.cos(end)])
    p_out_0 = np.array(centre) + r_out * np.array([math.sin(-theta / 2), -math.cos(-theta / 2)])
    p_in_0 = np.array(centre) + r_in * np.array([math.sin(-theta / 2), -math.cos(-theta / 2)])
    # snap the arc chain's end exactly onto the computed corner
    last = edges[-1]
    ctrl = list(last.control)
    ctrl[-1] = tuple(p_out_end)
    edges[-1] = Edge(last.name, last.kind, tuple(ctrl), allowance=seam_allowance)
    rc = float(np.clip(end_round, 0.0, 0.45 * height))
    da = rc / r_in
    top = _arc("top", centre, r_in, end - da, -theta / 2.0 + da, allowance=seam_allowance)
    if rc > 0:
        k = 0.5523 * rc  # a quarter circle as one cubic
        up_end = (p_in_end - p_out_end) / height  # along the end, from the neck edge up
        up_0 = (p_in_0 - p_out_0) / height
        t_top0 = np.asarray(top.start_tangent())
        t_top1 = np.asarray(top.end_tangent())
        a_end, b_end = p_in_end - rc * up_end, np.asarray(top.start)
        a_0, b_0 = np.asarray(top.end), p_in_0 - rc * up_0
        edges.append(Edge.cubic("end_under", p_out_end, p_out_end + (height - rc) / 3 * up_end,
                                a_end - (height - rc) / 3 * up_end, a_end,
                                a_end + k * up_end, b_end - k * t_top0, b_end,
                                allowance=seam_allowance))
        edges.append(top)
        edges.append(Edge.cubic("end_over", a_0, a_0 + k * t_top1, b_0 + k * up_0, b_0,
                                b_0 - (height - rc) / 3 * up_0,
                                p_out_0 + (height - rc) / 3 * up_0, p_out_0,
                                allowance=seam_allowance))
    else:
        edges.append(Edge.line("end_under", p_out_end, p_in_end, allowance=seam_allowance))
        top = Edge(top.name, top.kind,
                   (tuple(p_in_end),) + top.control[1:-1] + (tuple(p_in_0),),
                   allowance=seam_allowance)
        edges.append(top)
        edges.append(Edge.line("end_over", p_in_0, p_out_0, allowance=seam_allowance))
    d = np.array([math.sin(centre_angle), -math.cos(centre_angle)])  # outwards at the CF
    mid = np.array(centre) + (r_out - 0.5 * height) * d
    g0, g1 = mid - 0.3 * height * d, mid + 0.3 * height * d
    piece = Piece(
        name=name,
        edges=tuple(edges),
        grainline=(tuple(g1), tuple(g0)),
        quantity=2,
        fabric="shell",
        notches=tuple(notches[1:]),
        labels=(Label(label, tuple(mid), min(0.8, 0.3 * height)),),
        placement=Placement("neck", "front", tuple(mid), "front_neck", wrap=True),
        title="Stand collar",
    )
    return piece, tuple(seams)

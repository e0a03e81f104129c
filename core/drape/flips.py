"""Lawson edge flips: the Delaunay triangulation of points that moved a little.

The mesher triangulates a piece, smooths its interior points and needs the Delaunay
triangulation of the smoothed points. Smoothing moves points by a fraction of an edge, so
the old triangulation is nearly Delaunay still: flipping its few illegal edges gives the
same triangles as a second Delaunay run from scratch (where the triangulation is unique),
at a fraction of the cost. When a moved point turned a triangle over the flips cannot
repair it and ``redelaunay`` returns None (the caller triangulates from scratch).
"""

from __future__ import annotations

import numba
import numpy as np

#: flips allowed per triangle before giving up (a valid start needs far fewer)
MAX_FLIPS_PER_TRIANGLE = 20


def neighbours(tri: np.ndarray) -> np.ndarray:
    """(F, 3) index of the triangle across the edge opposite each corner (-1: none).

    The edge opposite corner i of triangle f runs from corner i + 1 to corner i + 2."""
    f = len(tri)
    a = np.concatenate([tri[:, 1], tri[:, 2], tri[:, 0]])
    b = np.concatenate([tri[:, 2], tri[:, 0], tri[:, 1]])
    lo, hi = np.minimum(a, b), np.maximum(a, b)
    key = lo * (int(tri.max()) + 1 if f else 1) + hi
    order = np.argsort(key, kind="stable")
    ks = key[order]
    same = np.flatnonzero(ks[1:] == ks[:-1])
    out = np.full(3 * f, -1, np.int64)
    h0, h1 = order[same], order[same + 1]
    out[h0] = h1 % f
    out[h1] = h0 % f
    return out.reshape(3, f).T.copy()


@numba.njit(cache=True)
def _incircle(ax, ay, bx, by, cx, cy, dx, dy):
    """> 0 when d lies inside the circle through a, b, c (counter-clockwise)."""
    adx, ady = ax - dx, ay - dy
    bdx, bdy = bx - dx, by - dy
    cdx, cdy = cx - dx, cy - dy
    return ((adx * adx + ady * ady) * (bdx * cdy - cdx * bdy)
            - (bdx * bdx + bdy * bdy) * (adx * cdy - cdx * ady)
            + (cdx * cdx + cdy * cdy) * (adx * bdy - bdx * ady))


@numba.njit(cache=True)
def _flip_all(pts, tri, nbr, eps, max_flips):
    """Flip illegal edges until none is left (in place); the number of flips, or -1 when
    ``max_flips`` was reached."""
    f = tri.shape[0]
    stack = np.empty(4 * f + 4 * max_flips + 4, np.int64)
    top = 0
    for t in range(f):
        for i in range(3):
            stack[top] = 3 * t + i
            top += 1
    flips = 0
    while top > 0:
        top -= 1
        t, i = divmod(stack[top], 3)
        g = nbr[t, i]
        if g < 0:
            continue
        i1, i2 = (i + 1) % 3, (i + 2) % 3
        a, b, c = tri[t, i], tri[t, i1], tri[t, i2]
        j = 0
        while j < 3 and nbr[g, j] != t:
            j += 1
        if j == 3:
            continue
        d = tri[g, j]
        s = _incircle(pts[a, 0], pts[a, 1], pts[b, 0], pts[b, 1], pts[c, 0], pts[c, 1],
                      pts[d, 0], pts[d, 1])
        if s <= eps:
            continue
        if flips == max_flips:
            return -1
        flips += 1
        f_ab, f_ca = nbr[t, i2], nbr[t, i1]
        g_bd, g_dc = nbr[g, (j + 1) % 3], nbr[g, (j + 2) % 3]
        tri[t, 0], tri[t, 1], tri[t, 2] = a, b, d
        nbr[t, 0], nbr[t, 1], nbr[t, 2] = g_bd, g, f_ab
        tri[g, 0], tri[g, 1], tri[g, 2] = a, d, c
        nbr[g, 0], nbr[g, 1], nbr[g, 2] = g_dc, f_ca, t
        if g_bd >= 0:
            for k in range(3):
                if nbr[g_bd, k] == g:
                    nbr[g_bd, k] = t
        if f_ca >= 0:
            for k in range(3):
                if nbr[f_ca, k] == t:
                    nbr[f_ca, k] = g
        stack[top] = 3 * t
        stack[top + 1] = 3 * t + 2
        stack[top + 2] = 3 * g
        stack[top + 3] = 3 * g + 1
        top += 4
    return flips


def _area2(pts: np.ndarray, tri: np.ndarray) -> np.ndarray:
    a, b, c = pts[tri[:, 0]], pts[tri[:, 1]], pts[tri[:, 2]]
    return (b[:, 0] - a[:, 0]) * (c[:, 1] - a[:, 1]) - (b[:, 1] - a[:, 1]) * (c[:, 0] - a[:, 0])


def redelaunay(before: np.ndarray, after: np.ndarray,
               simplices: np.ndarray) -> np.ndarray | None:
    """The Delaunay triangulation (F, 3, counter-clockwise) of the points ``after`` from
    ``simplices``, a triangulation of the same points at ``before`` (the convex hull kept):
    its illegal edges flipped. None when a move turned a triangle over (the flips need a
    valid start) or the flips do not end."""
    pts = np.ascontiguousarray(after, dtype=np.float64)
    tri = np.array(simplices, dtype=np.int64)
    if len(tri) == 0:
        return tri
    old = _area2(np.asarray(before, dtype=np.float64), tri)
    tri[old < 0] = tri[old < 0][:, [0, 2, 1]]  # qhull's orientations are mixed
    area2 = _area2(pts, tri)
    scale = float(np.abs(area2).max())
    if scale <= 0.0 or np.any(area2 <= 1e-9 * scale):
        return None
    nbr = neighbours(tri)
    # incircle scales as length^4: ties (cocircular points) are left as they are
    eps = 1e-12 * scale * scale
    done = _flip_all(pts, tri, nbr, eps, MAX_FLIPS_PER_TRIANGLE * len(tri))
    if done < 0 or np.any(_area2(pts, tri) <= 0.0):
        return None
    return tri

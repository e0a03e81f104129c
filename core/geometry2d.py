"""Plane geometry for pattern pieces: cubic Béziers, polylines, offsets and intersections.

Everything is in centimetres with X right and Y up. Points are ``(x, y)`` tuples at the
edges of this module and ``numpy`` arrays of shape ``(n, 2)`` inside it.
"""

from __future__ import annotations

import math

import numpy as np

Point = tuple[float, float]

# 16-point Gauss-Legendre nodes and weights mapped onto [0, 1], for arc lengths.
_GL_X, _GL_W = np.polynomial.legendre.leggauss(16)
_GL_T = 0.5 * (_GL_X + 1.0)
_GL_W = 0.5 * _GL_W
# Two halves of [0, 1], 16 nodes each: exact to far below 0.01 mm for pattern curves.
_GL_T2 = np.concatenate([0.5 * _GL_T, 0.5 + 0.5 * _GL_T])
_GL_W2 = np.concatenate([0.5 * _GL_W, 0.5 * _GL_W])


def as_array(points) -> np.ndarray:
    """``points`` as a float array of shape (n, 2)."""
    return np.asarray(points, dtype=float).reshape(-1, 2)


def cubic_eval(ctrl: np.ndarray, t: np.ndarray) -> np.ndarray:
    """Points of the cubic Bézier with control points ``ctrl`` (4, 2) at parameters ``t``."""
    t = np.asarray(t, dtype=float)[:, None]
    u = 1.0 - t
    return (
        (u * u * u) * ctrl[0]
        + (3 * u * u * t) * ctrl[1]
        + (3 * u * t * t) * ctrl[2]
        + (t * t * t) * ctrl[3]
    )


def cubic_derivative(ctrl: np.ndarray, t: np.ndarray) -> np.ndarray:
    """First derivative of a cubic Bézier at parameters ``t``."""
    t = np.asarray(t, dtype=float)[:, None]
    u = 1.0 - t
    d0, d1, d2 = ctrl[1] - ctrl[0], ctrl[2] - ctrl[1], ctrl[3] - ctrl[2]
    return 3.0 * (u * u * d0 + 2 * u * t * d1 + t * t * d2)


# Derivative basis at the quadrature nodes: B'(t) = 3 * _DB @ (p[1:] - p[:-1]).
_DB = np.stack([(1 - _GL_T2) ** 2, 2 * (1 - _GL_T2) * _GL_T2, _GL_T2**2], axis=1) * 3.0


def cubic_length(ctrl: np.ndarray, t1: float = 1.0) -> float:
    """Arc length of a cubic Bézier from t=0 to t=``t1`` (Gauss-Legendre quadrature)."""
    diff = ctrl[1:] - ctrl[:-1]
    if t1 == 1.0:
        d = _DB @ diff
        d *= d
        return float(np.sqrt(d[:, 0] + d[:, 1]) @ _GL_W2)
    t = _GL_T2 * t1
    u = 1.0 - t
    d = np.column_stack((u * u, 2.0 * u * t, t * t)) @ (3.0 * diff)
    return float(np.sqrt((d * d).sum(axis=1)) @ _GL_W2) * t1


_BERNSTEIN: dict[int, np.ndarray] = {}


def _bernstein(n: int) -> np.ndarray:
    """(n + 1, 4) cubic Bernstein weights at n + 1 evenly spaced parameters (cached)."""
    b = _BERNSTEIN.get(n)
    if b is None:
        t = np.linspace(0.0, 1.0, n + 1)
        u = 1.0 - t
        b = np.stack([u**3, 3 * u * u * t, 3 * u * t * t, t**3], axis=1)
        if len(_BERNSTEIN) < 512:
            _BERNSTEIN[n] = b
    return b


def cubic_flatten(ctrl: np.ndarray, tol: float) -> np.ndarray:
    """Polyline of a cubic Bézier whose chords stay within ``tol`` cm of the curve."""
    # Standard flatness bound: deviation <= (1/8) * max|B''| / n^2, |B''| <= 6 * max|second diff|.
    (x0, y0), (x1, y1), (x2, y2), (x3, y3) = ctrl.tolist()
    dd = max(
        math.hypot(x0 - 2 * x1 + x2, y0 - 2 * y1 + y2),
        math.hypot(x1 - 2 * x2 + x3, y1 - 2 * y2 + y3),
    )
    n = max(2, math.ceil(math.sqrt(6.0 * dd / (8.0 * tol))))
    return _bernstein(n) @ ctrl


def cubic_split(ctrl: np.ndarray, t: float) -> tuple[np.ndarray, np.ndarray]:
    """Split a cubic Bézier at ``t`` into two cubics (de Casteljau), both (4, 2)."""
    p0, p1, p2, p3 = ctrl
    a, b, c = p0 + t * (p1 - p0), p1 + t * (p2 - p1), p2 + t * (p3 - p2)
    d, e = a + t * (b - a), b + t * (c - b)
    f = d + t * (e - d)
    return np.array([p0, a, d, f]), np.array([f, e, c, p3])


def cubic_t_at_length(ctrl: np.ndarray, s: float) -> float:
    """Parameter where the arc length from the start of a cubic is ``s`` (Newton, bisection)."""
    total = cubic_length(ctrl)
    if s <= 0.0:
        return 0.0
    if s >= total:
        return 1.0
    lo, hi, t = 0.0, 1.0, s / total
    for _ in range(30):
        f = cubic_length(ctrl, t) - s
        if abs(f) < 1e-7:
            break
        if f > 0:
            hi = t
        else:
            lo = t
        speed = float(np.hypot(*cubic_derivative(ctrl, np.array([t]))[0]))
        t_new = t - f / speed if speed > 1e-12 else 0.5 * (lo + hi)
        t = t_new if lo < t_new < hi else 0.5 * (lo + hi)
    return t


def polyline_length(pts: np.ndarray) -> float:
    """Length of an open polyline (n, 2)."""
    return float(np.hypot(*np.diff(pts, axis=0).T).sum())


def point_at_length(pts: np.ndarray, s: float) -> tuple[np.ndarray, np.ndarray]:
    """Point and unit tangent at arc length ``s`` along a polyline (clamped to its ends)."""
    seg = np.diff(pts, axis=0)
    lens = np.hypot(seg[:, 0], seg[:, 1])
    cum = np.concatenate([[0.0], np.cumsum(lens)])
    s = min(max(s, 0.0), cum[-1])
    i = int(np.searchsorted(cum, s, side="right") - 1)
    i = min(max(i, 0), len(seg) - 1)
    while lens[i] == 0.0 and i > 0:
        i -= 1
    frac = (s - cum[i]) / lens[i] if lens[i] > 0 else 0.0
    return pts[i] + frac * seg[i], seg[i] / (lens[i] if lens[i] > 0 else 1.0)


def signed_area(ring: np.ndarray) -> float:
    """Signed area of a closed ring (positive when counter-clockwise)."""
    x, y = ring[:, 0], ring[:, 1]
    inner = float(np.dot(x[:-1], y[1:]) - np.dot(y[:-1], x[1:]))
    return 0.5 * (inner + float(x[-1] * y[0] - y[-1] * x[0]))


def unit(v: np.ndarray) -> np.ndarray:
    """``v`` scaled to length 1 (zero stays zero)."""
    x, y = float(v[0]), float(v[1])
    n = math.hypot(x, y)
    return np.array([x / n, y / n]) if n > 0 else np.array([x, y])


def right_normal(d: np.ndarray) -> np.ndarray:
    """The unit normal on the right of direction ``d`` (outward for a counter-clockwise ring)."""
    d = unit(d)
    return np.array([d[1], -d[0]])


def offset_polyline(pts: np.ndarray, dist: float) -> np.ndarray:
    """Offset an open polyline by ``dist`` to its right, with mitred vertex normals."""
    if dist == 0.0:
        return pts.copy()
    seg = np.diff(pts, axis=0)
    lens = np.hypot(seg[:, 0], seg[:, 1])
    lens[lens == 0] = 1.0
    nrm = np.stack([seg[:, 1], -seg[:, 0]], axis=1) / lens[:, None]
    vn = np.empty_like(pts)
    vn[0], vn[-1] = nrm[0], nrm[-1]
    if len(nrm) > 1:
        m = nrm[:-1] + nrm[1:]
        mlen2 = (m * m).sum(axis=1)
        # miter: n_avg scaled by 1/cos(half angle) = 2 m / |m|^2, limited for sharp turns
        mlen2 = np.maximum(mlen2, 1e-12)
        scale = np.minimum(2.0 / mlen2, 4.0 / np.sqrt(mlen2))
        vn[1:-1] = m * scale[:, None]
    return pts + dist * vn


def offset_polylines(polys: list[np.ndarray], dists: np.ndarray) -> list[np.ndarray]:
    """``offset_polyline`` of many open polylines at once (one distance each), vectorised."""
    sizes = np.fromiter((len(p) for p in polys), int, len(polys))
    pts = np.concatenate(polys)
    ends = np.cumsum(sizes)
    starts = ends - sizes
    seg = pts[1:] - pts[:-1]
    lens = np.hypot(seg[:, 0], seg[:, 1])
    lens[lens == 0] = 1.0
    nrm = np.column_stack((seg[:, 1], -seg[:, 0])) / lens[:, None]
    inside = np.ones(len(seg), bool)  # segments joining two polylines are not segments
    inside[ends[:-1] - 1] = False
    before = np.zeros_like(pts)  # normal of the segment before / after each point
    after = np.zeros_like(pts)
    before[1:][inside] = nrm[inside]
    after[:-1][inside] = nrm[inside]
    before[starts] = after[starts]
    after[ends - 1] = before[ends - 1]
    m = before + after
    mlen2 = np.maximum((m * m).sum(axis=1), 1e-12)
    scale = np.minimum(2.0 / mlen2, 4.0 / np.sqrt(mlen2))
    out = pts + (np.repeat(dists, sizes) * scale)[:, None] * m
    return [out[a:b] for a, b in zip(starts.tolist(), ends.tolist(), strict=True)]


def line_intersection(p: np.ndarray, d: np.ndarray, q: np.ndarray, e: np.ndarray):
    """Intersection of lines p + s d and q + t e, or None when (nearly) parallel."""
    px, py, dx, dy = float(p[0]), float(p[1]), float(d[0]), float(d[1])
    qx, qy, ex, ey = float(q[0]), float(q[1]), float(e[0]), float(e[1])
    den = dx * ey - dy * ex
    if abs(den) < 1e-9 * (math.hypot(dx, dy) * math.hypot(ex, ey) + 1e-30):
        return None
    wx, wy = qx - px, qy - py
    s = (wx * ey - wy * ex) / den
    return np.array([px + s * dx, py + s * dy])


def reflect_direction(d: np.ndarray, axis: np.ndarray) -> np.ndarray:
    """Mirror direction ``d`` about a line running along ``axis``."""
    a = unit(axis)
    return 2.0 * np.dot(d, a) * a - d


def segments_first_crossing(a: np.ndarray, b: np.ndarray):
    """First crossing of polyline ``a`` walked backwards from its end with polyline ``b``.

    Returns ``(i, j, point)`` where segment ``a[i]-a[i+1]`` meets ``b[j]-b[j+1]``, choosing the
    crossing nearest the end of ``a``; None when they do not cross. Used to trim inside corners.
    """
    if (len(a) - 1) * (len(b) - 1) <= 256:
        return _first_crossing_small(a, b)
    return _first_crossing_array(a, b)


def _first_crossing_array(a: np.ndarray, b: np.ndarray):
    """``segments_first_crossing`` on all segment pairs at once."""
    p, r = a[:-1], np.diff(a, axis=0)
    q, s = b[:-1], np.diff(b, axis=0)
    den = r[:, None, 0] * s[None, :, 1] - r[:, None, 1] * s[None, :, 0]
    w = q[None, :, :] - p[:, None, :]
    with np.errstate(divide="ignore", invalid="ignore"):
        t = (w[..., 0] * s[None, :, 1] - w[..., 1] * s[None, :, 0]) / den
        u = (w[..., 0] * r[:, None, 1] - w[..., 1] * r[:, None, 0]) / den
    ok = (np.abs(den) > 1e-12) & (t >= 0) & (t <= 1) & (u >= 0) & (u <= 1)
    if not ok.any():
        return None
    ii, jj = np.nonzero(ok)
    k = int(np.lexsort((jj, -ii))[0])  # largest i, then smallest j
    i, j = int(ii[k]), int(jj[k])
    return i, j, p[i] + t[i, j] * r[i]


def _first_crossing_small(a: np.ndarray, b: np.ndarray):
    """``segments_first_crossing`` for a few segments: walked in its order on plain floats
    (the same arithmetic as the array version), stopping at the first crossing found."""
    al, bl = a.tolist(), b.tolist()
    for i in range(len(al) - 2, -1, -1):
        (px, py), (ex, ey) = al[i], al[i + 1]
        rx, ry = ex - px, ey - py
        for j in range(len(bl) - 1):
            (qx, qy), (fx, fy) = bl[j], bl[j + 1]
            sx, sy = fx - qx, fy - qy
            den = rx * sy - ry * sx
            if not abs(den) > 1e-12:
                continue
            wx, wy = qx - px, qy - py
            t = (wx * sy - wy * sx) / den
            u = (wx * ry - wy * rx) / den
            if 0.0 <= t <= 1.0 and 0.0 <= u <= 1.0:
                return i, j, a[i] + t * (a[i + 1] - a[i])
    return None


def angle_between(u: np.ndarray, v: np.ndarray) -> float:
    """Unsigned angle between two directions, degrees in [0, 180]."""
    c = float(np.dot(unit(u), unit(v)))
    return math.degrees(math.acos(max(-1.0, min(1.0, c))))

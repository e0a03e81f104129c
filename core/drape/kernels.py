"""numba kernels of the XPBD cloth solver (one substep = predict, project constraints, update).

The cloth is cut into domains, one per thread; each thread projects the constraints of its
own domain one after the other (Gauss-Seidel, in graph-colour order), then the few
constraints across domains are projected on one thread (``run_substeps``). Units: cm, s,
kg; stiffness in kg/s^2 (= N/m, the same number in cm).
Everything is compiled with ``cache=True`` so only the first run ever pays the compile.
"""

from __future__ import annotations

import numba
import numpy as np
from numba import prange

from .sdf import sdf_lookup, sdf_smooth_gradient


@numba.njit(cache=True)
def colour_constraints(idx: np.ndarray, n_vertices: int) -> np.ndarray:
    """Greedy colour per constraint (rows of vertex indices) so no colour shares a vertex.

    Returns an int64 colour per row; at most 63 colours use the fast bit mask, rows that find
    none free get colour 63 + k in a serial overflow scheme (each its own colour).
    """
    m, k = idx.shape
    used = np.zeros(n_vertices, dtype=np.uint64)
    colour = np.empty(m, dtype=np.int64)
    overflow = 64
    for c in range(m):
        mask = np.uint64(0)
        for a in range(k):
            mask |= used[idx[c, a]]
        chosen = -1
        for b in range(64):
            if (mask >> np.uint64(b)) & np.uint64(1) == 0:
                chosen = b
                break
        if chosen < 0:
            colour[c] = overflow
            overflow += 1
            continue
        colour[c] = chosen
        bit = np.uint64(1) << np.uint64(chosen)
        for a in range(k):
            used[idx[c, a]] |= bit
    return colour


@numba.njit(cache=True, inline="always")
def _predict_one(x, xprev, v, w, gx, gy, gz, dt, keep, i):
    xprev[i, 0] = x[i, 0]
    xprev[i, 1] = x[i, 1]
    xprev[i, 2] = x[i, 2]
    if w[i] > 0.0:
        v[i, 0] = (v[i, 0] + gx * dt) * keep
        v[i, 1] = (v[i, 1] + gy * dt) * keep
        v[i, 2] = (v[i, 2] + gz * dt) * keep
        x[i, 0] += v[i, 0] * dt
        x[i, 1] += v[i, 1] * dt
        x[i, 2] += v[i, 2] * dt


@numba.njit(cache=True)
def _distance_serial(x, w, pairs, rest, alpha_t, start, stop, omega):
    """XPBD distance constraints ``start:stop`` (the seams while they are drawn together),
    one after the other."""
    for c in range(start, stop):
        i = pairs[c, 0]
        j = pairs[c, 1]
        wsum = w[i] + w[j]
        if wsum == 0.0:
            continue
        dx = x[i, 0] - x[j, 0]
        dy = x[i, 1] - x[j, 1]
        dz = x[i, 2] - x[j, 2]
        d = np.sqrt(dx * dx + dy * dy + dz * dz)
        if d < 1e-9:
            continue
        cval = d - rest[c]
        dl = -omega * cval / (wsum + alpha_t[c])
        dx /= d
        dy /= d
        dz /= d
        x[i, 0] += w[i] * dl * dx
        x[i, 1] += w[i] * dl * dy
        x[i, 2] += w[i] * dl * dz
        x[j, 0] -= w[j] * dl * dx
        x[j, 1] -= w[j] * dl * dy
        x[j, 2] -= w[j] * dl * dz


@numba.njit(cache=True, inline="always")
def _stretch_one(x, pairs, rest, coef, c):
    """Stretch (an XPBD distance constraint) of edge ``c`` with the per-substep factors of
    ``stretch_coefficients``: vertex i moves by coef[c, 0] (rest - d) / d times x_i - x_j,
    j by coef[c, 1] the other way."""
    i = pairs[c, 0]
    j = pairs[c, 1]
    dx = x[i, 0] - x[j, 0]
    dy = x[i, 1] - x[j, 1]
    dz = x[i, 2] - x[j, 2]
    d = np.sqrt(dx * dx + dy * dy + dz * dz)
    if d < 1e-9:
        return
    f = (rest[c] - d) / d
    a = coef[c, 0] * f
    b = coef[c, 1] * f
    x[i, 0] += a * dx
    x[i, 1] += a * dy
    x[i, 2] += a * dz
    x[j, 0] -= b * dx
    x[j, 1] -= b * dy
    x[j, 2] -= b * dz


@numba.njit(cache=True)
def stretch_coefficients(w, pairs, alpha, dt, omega):
    """Per edge the two factors of ``_stretch_one``: omega w_i / (w_i + w_j + alpha/dt^2)
    and the same for j (zero for an edge whose two vertices are pinned). They depend only
    on the masses, the compliance and the substep, so they are worked out once per run
    instead of in every substep."""
    m = pairs.shape[0]
    coef = np.zeros((m, 2))
    inv_dt2 = 1.0 / (dt * dt)
    for c in range(m):
        i = pairs[c, 0]
        j = pairs[c, 1]
        wsum = w[i] + w[j]
        if wsum == 0.0:
            continue
        inv = omega / (wsum + alpha[c] * inv_dt2)
        coef[c, 0] = w[i] * inv
        coef[c, 1] = w[j] * inv
    return coef


@numba.njit(cache=True)
def bend_coefficients(w, quads, kcoef, scale, alpha, dt):
    """Per hinge the factors of ``_bend_one``: its four K weights, the four w_v K_v, and
    g = s^2 / (s^2 sum_v w_v K_v^2 + alpha/dt^2) (zero for a hinge that cannot move);
    worked out once per run (masses, compliance and substep do not change)."""
    m = quads.shape[0]
    g = np.zeros(m)
    kw = np.empty((m, 8))
    inv_dt2 = 1.0 / (dt * dt)
    for c in range(m):
        wk = 0.0
        for a in range(4):
            v = quads[c, a]
            wk += w[v] * kcoef[c, a] * kcoef[c, a]
            kw[c, a] = kcoef[c, a]
            kw[c, 4 + a] = w[v] * kcoef[c, a]
        s2 = scale[c] * scale[c]
        if wk > 0.0:
            g[c] = s2 / (s2 * wk + alpha[c] * inv_dt2)
    return kw, g


@numba.njit(cache=True, inline="always")
def _bend_one(x, quads, kw, g, rest, c):
    """Isometric bending (Bergou et al. 2006) of hinge ``c``:
    C = sqrt(3/(A0+A1)) (|sum_k K_k x_k| - rest), with the factors of ``bend_coefficients``
    (``kw``: K then w K per vertex, ``g``).

    ``rest`` is 0 for a flat rest shape (Bergou's); a pressed fold keeps the length its
    hinge had when folded (|sum K x| = 2 sin(theta/2) c grows with the dihedral theta up to
    180 degrees, so the fold resists opening; its direction is not held).

    For a flat hinge the correction -g (|h| - 0) / |h| w_v K_v h is -g w_v K_v h: the
    constraint is the linear h = sum K x = 0 and needs neither the root nor the division
    (the dearest part of the hinge)."""
    hx = 0.0
    hy = 0.0
    hz = 0.0
    for a in range(4):
        v = quads[c, a]
        kk = kw[c, a]
        hx += kk * x[v, 0]
        hy += kk * x[v, 1]
        hz += kk * x[v, 2]
    r = rest[c]
    if r == 0.0:
        f = -g[c]
    else:
        hl = np.sqrt(hx * hx + hy * hy + hz * hz)
        if hl < 1e-9:
            return
        f = -g[c] * (hl - r) / hl
    for a in range(4):
        v = quads[c, a]
        gg = kw[c, 4 + a] * f
        x[v, 0] += gg * hx
        x[v, 1] += gg * hy
        x[v, 2] += gg * hz


@numba.njit(cache=True, inline="always")
def _close_pair(x, w, i, j, radius):
    """Distance, offset x[i] - x[j] and summed inverse mass of a cloth pair closer than
    ``radius`` that can move; distance 0 for a pair to leave alone."""
    dx = x[i, 0] - x[j, 0]
    dy = x[i, 1] - x[j, 1]
    dz = x[i, 2] - x[j, 2]
    d2 = dx * dx + dy * dy + dz * dz
    wsum = w[i] + w[j]
    if d2 >= radius * radius or d2 < 1e-18 or wsum == 0.0:
        return 0.0, dx, dy, dz, wsum
    return np.sqrt(d2), dx, dy, dz, wsum


@numba.njit(cache=True)
def _self_pairs_project(x, w, pairs, radius):
    for c in range(pairs.shape[0]):
        i = pairs[c, 0]
        j = pairs[c, 1]
        d, dx, dy, dz, wsum = _close_pair(x, w, i, j, radius)
        if d == 0.0:
            continue
        corr = (radius - d) / (d * wsum)
        x[i, 0] += w[i] * corr * dx
        x[i, 1] += w[i] * corr * dy
        x[i, 2] += w[i] * corr * dz
        x[j, 0] -= w[j] * corr * dx
        x[j, 1] -= w[j] * corr * dy
        x[j, 2] -= w[j] * corr * dz


@numba.njit(cache=True, inline="always")
def _collide_one(x, xprev, sdf, origin, spacing, thickness, friction, contact, kept, keep, i):
    """Push vertex ``i`` out of the body to ``thickness`` with Coulomb friction (see
    ``_body_collide``); returns the field's distance (looked up or, in contact, estimated).

    Where the field was looked up for a push, ``kept[i]`` keeps the point (columns 0-2),
    the push direction (3-5: the smoothed gradient, six more lookups), the distance there
    (6) and the field's gradient there (7-9, per cm). While the vertex stays within
    ``keep`` cm of that point and the distance estimated from them (to first order) says it
    is still in contact, it is pushed along the kept direction by the estimated depth and
    the field is not looked up: cloth lying on the skin moves microns a substep, the
    direction (smoothed over half a cell) turns by about keep / (half a cell) at most and
    the estimate is off by microns (the field is linear along each axis within a cell).
    Anything else is looked up; ``keep`` 0 looks up every time."""
    px = x[i, 0] - kept[i, 0]
    py = x[i, 1] - kept[i, 1]
    pz = x[i, 2] - kept[i, 2]
    near = px * px + py * py + pz * pz < keep * keep
    d = thickness
    if near:
        d = kept[i, 6] + kept[i, 7] * px + kept[i, 8] * py + kept[i, 9] * pz
    if d < thickness:
        nx = kept[i, 3]
        ny = kept[i, 4]
        nz = kept[i, 5]
    else:
        d, gx, gy, gz = sdf_lookup(sdf, origin, spacing, x[i, 0], x[i, 1], x[i, 2])
        if d >= thickness:
            return d
        kept[i, 6] = d
        kept[i, 7] = gx / spacing
        kept[i, 8] = gy / spacing
        kept[i, 9] = gz / spacing
        if not near:
            gx, gy, gz = sdf_smooth_gradient(sdf, origin, spacing, x[i, 0], x[i, 1], x[i, 2])
            gl = np.sqrt(gx * gx + gy * gy + gz * gz)
            if gl < 1e-12:
                return d
            kept[i, 3] = gx / gl
            kept[i, 4] = gy / gl
            kept[i, 5] = gz / gl
        kept[i, 0] = x[i, 0]
        kept[i, 1] = x[i, 1]
        kept[i, 2] = x[i, 2]
        nx = kept[i, 3]
        ny = kept[i, 4]
        nz = kept[i, 5]
    depth = thickness - d
    contact[i, 0] = nx
    contact[i, 1] = ny
    contact[i, 2] = nz
    x[i, 0] += depth * nx
    x[i, 1] += depth * ny
    x[i, 2] += depth * nz
    # friction on the tangential motion of this substep
    mx = x[i, 0] - xprev[i, 0]
    my = x[i, 1] - xprev[i, 1]
    mz = x[i, 2] - xprev[i, 2]
    mn = mx * nx + my * ny + mz * nz
    tx = mx - mn * nx
    ty = my - mn * ny
    tz = mz - mn * nz
    tl = np.sqrt(tx * tx + ty * ty + tz * tz)
    if tl < 1e-12:
        return d
    limit = friction * depth
    f = 1.0 if tl <= limit else limit / tl
    x[i, 0] -= f * tx
    x[i, 1] -= f * ty
    x[i, 2] -= f * tz
    return d


@numba.njit(cache=True, parallel=True)
def _body_collide(x, xprev, w, sdf, origin, spacing, thickness, friction, hold_y, contact):
    """Hold attached vertices at their height, push vertices out of the body to
    ``thickness`` and apply Coulomb friction. ``contact[i]`` gets the unit normal of the
    push (zero for a vertex the body did not touch), for ``_contact_velocity``. The push
    follows the field's gradient smoothed over half a cell (``sdf_smooth_gradient``), which
    does not jump at the grid's cell faces."""
    kept = np.full((x.shape[0], 10), np.nan)
    for i in prange(x.shape[0]):
        contact[i, 0] = 0.0
        contact[i, 1] = 0.0
        contact[i, 2] = 0.0
        if w[i] == 0.0:
            continue
        if not np.isnan(hold_y[i]):
            x[i, 1] = hold_y[i]
        _collide_one(x, xprev, sdf, origin, spacing, thickness, friction, contact, kept, 0.0,
                     i)


@numba.njit(cache=True)
def field_lipschitz(sdf, spacing):
    """A bound on how fast ``sdf_lookup``'s distance can change per cm anywhere: the
    trilinear field's gradient along an axis is a mean of the node differences along it,
    so its length is at most the root of the three largest squared per-axis differences
    (divided by the spacing); clamping to the grid adds at most 1 (the distance outside)."""
    nx, ny, nz = sdf.shape
    lx = 0.0
    ly = 0.0
    lz = 0.0
    for i in range(nx):
        for j in range(ny):
            for k in range(nz):
                v = sdf[i, j, k]
                if i + 1 < nx:
                    lx = max(lx, abs(sdf[i + 1, j, k] - v))
                if j + 1 < ny:
                    ly = max(ly, abs(sdf[i, j + 1, k] - v))
                if k + 1 < nz:
                    lz = max(lz, abs(sdf[i, j, k + 1] - v))
    return np.sqrt(lx * lx + ly * ly + lz * lz) / spacing + 1.0


@numba.njit(cache=True, inline="always")
def _collide_far_one(x, xprev, w, sdf, origin, spacing, thickness, friction, hold_y, contact,
                     anchor, reach, lipschitz, kept, keep, i):
    """``_body_collide_far`` of vertex ``i``."""
    contact[i, 0] = 0.0
    contact[i, 1] = 0.0
    contact[i, 2] = 0.0
    if w[i] == 0.0:
        return
    if not np.isnan(hold_y[i]):
        x[i, 1] = hold_y[i]
    ax = x[i, 0] - anchor[i, 0]
    ay = x[i, 1] - anchor[i, 1]
    az = x[i, 2] - anchor[i, 2]
    if ax * ax + ay * ay + az * az < reach[i] * reach[i]:
        return
    d = _collide_one(x, xprev, sdf, origin, spacing, thickness, friction, contact, kept, keep,
                     i)
    if d > thickness:  # not moved: a ball around here is clear too
        anchor[i, 0] = x[i, 0]
        anchor[i, 1] = x[i, 1]
        anchor[i, 2] = x[i, 2]
        reach[i] = 0.99 * (d - thickness) / lipschitz
    else:
        reach[i] = 0.0


@numba.njit(cache=True, parallel=True)
def _body_collide_far(x, xprev, w, sdf, origin, spacing, thickness, friction, hold_y, contact,
                      anchor, reach, lipschitz):
    """``_body_collide`` that skips the field for a vertex still closer than ``reach[i]`` to
    where it was last looked up clear of the body (``anchor[i]``): the field changes by at
    most ``lipschitz`` per cm (``field_lipschitz``), so it cannot be within ``thickness``
    there, and ``_body_collide`` would leave it alone. The same result for less: at rest
    most of the cloth hangs clear of the skin and is not looked up at all. ``reach`` 0
    (where the field pushed, or never looked up) looks up."""
    kept = np.full((x.shape[0], 10), np.nan)
    for i in prange(x.shape[0]):
        _collide_far_one(x, xprev, w, sdf, origin, spacing, thickness, friction, hold_y,
                         contact, anchor, reach, lipschitz, kept, 0.0, i)


@numba.njit(cache=True, inline="always")
def _contact_velocity_one(v, contact, i):
    """Inelastic body contact (restitution 0): a vertex the body pushed out in this substep
    keeps no velocity along the contact normal. Without this the push-out becomes an outward
    velocity that the next substep carries on, stretch pulls back and the body pushes out
    again: cloth pressed onto the skin (tight cloth, creases) then oscillates every substep
    (measured: a dress facing at the armpit, 0.5 mm amplitude, 100 cm/s) and never rests."""
    nx = contact[i, 0]
    ny = contact[i, 1]
    nz = contact[i, 2]
    if nx == 0.0 and ny == 0.0 and nz == 0.0:
        return
    vn = v[i, 0] * nx + v[i, 1] * ny + v[i, 2] * nz
    v[i, 0] -= vn * nx
    v[i, 1] -= vn * ny
    v[i, 2] -= vn * nz


@numba.njit(cache=True, parallel=True)
def _contact_velocity(v, contact):
    """``_contact_velocity_one`` for every vertex (the solver does it in ``_domain_velocity``)."""
    for i in prange(v.shape[0]):
        _contact_velocity_one(v, contact, i)


@numba.njit(cache=True)
def _self_pairs_velocity(x, v, w, pairs, radius):
    """Inelastic cloth-cloth contact: two vertices closer than ``radius`` lose their
    relative velocity along the line between them (momentum kept), so the self-collision
    push does not become a bounce."""
    for c in range(pairs.shape[0]):
        i = pairs[c, 0]
        j = pairs[c, 1]
        d, dx, dy, dz, wsum = _close_pair(x, w, i, j, radius)
        if d == 0.0:
            continue
        dx /= d
        dy /= d
        dz /= d
        vr = (v[i, 0] - v[j, 0]) * dx + (v[i, 1] - v[j, 1]) * dy + (v[i, 2] - v[j, 2]) * dz
        a = w[i] / wsum * vr
        b = w[j] / wsum * vr
        v[i, 0] -= a * dx
        v[i, 1] -= a * dy
        v[i, 2] -= a * dz
        v[j, 0] += b * dx
        v[j, 1] += b * dy
        v[j, 2] += b * dz


@numba.njit(cache=True, inline="always")
def _weld_group(x, w, members, offsets, hold_y, c):
    """``weld`` of stitched group ``c``."""
    sx = 0.0
    sy = 0.0
    sz = 0.0
    sm = 0.0
    pinned = -1
    for k in range(offsets[c], offsets[c + 1]):
        i = members[k]
        if w[i] == 0.0:
            pinned = i
            break
        m = 1.0 / w[i]
        sx += m * x[i, 0]
        sy += m * x[i, 1]
        sz += m * x[i, 2]
        sm += m
    if pinned >= 0:
        sx = x[pinned, 0]
        sy = x[pinned, 1]
        sz = x[pinned, 2]
    else:
        sx /= sm
        sy /= sm
        sz /= sm
        for k in range(offsets[c], offsets[c + 1]):
            if not np.isnan(hold_y[members[k]]):
                sy = hold_y[members[k]]
                break
    for k in range(offsets[c], offsets[c + 1]):
        i = members[k]
        x[i, 0] = sx
        x[i, 1] = sy
        x[i, 2] = sz




@numba.njit(cache=True, parallel=True)
def weld(x, w, members, offsets, hold_y):
    """Move every stitched group (a connected component of the stitch graph) to its
    mass-weighted mean: exact for junctions where one vertex is in several stitches, which
    pairwise Gauss-Seidel projections leave open. A pinned member (w = 0) holds the group;
    a member held in height (``hold_y``, a waistband) holds the group's height."""
    for c in prange(offsets.shape[0] - 1):
        _weld_group(x, w, members, offsets, hold_y, c)


@numba.njit(cache=True)
def _weld_serial(x, w, members, offsets, hold_y):
    """``weld`` on one thread (a few hundred groups: less than starting the threads)."""
    for c in range(offsets.shape[0] - 1):
        _weld_group(x, w, members, offsets, hold_y, c)


@numba.njit(cache=True, inline="always")
def _air_drag_one(v, normals, drag_rate, dt, i):
    vn = v[i, 0] * normals[i, 0] + v[i, 1] * normals[i, 1] + v[i, 2] * normals[i, 2]
    f = drag_rate[i] * abs(vn) * dt
    if f > 1.0:
        f = 1.0
    v[i, 0] -= f * vn * normals[i, 0]
    v[i, 1] -= f * vn * normals[i, 1]
    v[i, 2] -= f * vn * normals[i, 2]


@numba.njit(cache=True, parallel=True)
def _air_drag(v, normals, drag_rate, dt):
    """Quadratic air drag on the velocity along each vertex normal."""
    for i in prange(v.shape[0]):
        _air_drag_one(v, normals, drag_rate, dt, i)


@numba.njit(cache=True, parallel=True)
def _domain_constraints(x, xprev, v, w, normals, drag_rate, gx, gy, gz, dt, damping, predict,
                        drag, dom_vertices, v_off, e_pairs, e_rest, e_coef, e_off,
                        b_quads, b_kw, b_g, b_rest, b_off):
    """Per domain (one thread each): with ``predict`` the prediction of its vertices (after
    the substep before's air drag, with ``drag``), then its stretch and its bending
    constraints one after the other in colour order. No constraint of a domain touches
    another domain's vertex, so the domains run side by side in one parallel region."""
    keep = max(0.0, 1.0 - damping * dt)
    for d in prange(v_off.shape[0] - 1):
        if predict:
            for k in range(v_off[d], v_off[d + 1]):
                i = dom_vertices[k]
                if drag:
                    _air_drag_one(v, normals, drag_rate, dt, i)
                _predict_one(x, xprev, v, w, gx, gy, gz, dt, keep, i)
        for c in range(e_off[d], e_off[d + 1]):
            _stretch_one(x, e_pairs, e_rest, e_coef, c)
        for c in range(b_off[d], b_off[d + 1]):
            _bend_one(x, b_quads, b_kw, b_g, b_rest, c)


@numba.njit(cache=True)
def _interface_constraints(x, e_pairs, e_rest, e_coef, e_lo, e_hi,
                           b_quads, b_kw, b_g, b_rest, b_lo, b_hi):
    """The stretch and bending constraints between domains, in colour order, on one thread
    (a cut through a piece: a few hundred)."""
    for c in range(e_lo, e_hi):
        _stretch_one(x, e_pairs, e_rest, e_coef, c)
    for c in range(b_lo, b_hi):
        _bend_one(x, b_quads, b_kw, b_g, b_rest, c)


@numba.njit(cache=True, parallel=True)
def _domain_collide(x, xprev, w, sdf, origin, spacing, thickness, friction, hold_y, contact,
                    anchor, reach, lipschitz, kept, keep, dom_vertices, v_off):
    """``_body_collide_far`` with one thread per domain, the pushes kept (``kept``: per
    vertex, between calls) while a vertex stays within ``keep`` cm (``_collide_one``)."""
    for d in prange(v_off.shape[0] - 1):
        for k in range(v_off[d], v_off[d + 1]):
            _collide_far_one(x, xprev, w, sdf, origin, spacing, thickness, friction, hold_y,
                             contact, anchor, reach, lipschitz, kept, keep, dom_vertices[k])


@numba.njit(cache=True, parallel=True)
def _domain_velocity(x, xprev, v, dt, contact, inelastic, dom_vertices, v_off):
    """v = (x - xprev) / dt with one thread per domain; with ``inelastic`` a vertex the
    body pushed out in this substep keeps no velocity along the contact normal
    (``_contact_velocity_one``)."""
    for d in prange(v_off.shape[0] - 1):
        for k in range(v_off[d], v_off[d + 1]):
            i = dom_vertices[k]
            v[i, 0] = (x[i, 0] - xprev[i, 0]) / dt
            v[i, 1] = (x[i, 1] - xprev[i, 1]) / dt
            v[i, 2] = (x[i, 2] - xprev[i, 2]) / dt
            if inelastic:
                _contact_velocity_one(v, contact, i)


@numba.njit(cache=True)
def run_substeps(
    x, xprev, v, w, normals, drag_rate, gravity, dt, damping, n_substeps, iterations,
    dom_vertices, v_off,
    e_pairs, e_rest, e_coef, e_off,
    b_quads, b_kw, b_g, b_rest, b_off,
    s_pairs, s_rest, s_alpha, s_count,
    self_pairs, self_radius,
    sdf, origin, spacing, thickness, friction, hold_y,
    weld_members, weld_offsets, contact, inelastic, anchor, reach, lipschitz,
    kept, keep,
):
    """Advance ``n_substeps`` XPBD substeps in place (one Gauss-Seidel pass per iteration).

    The cloth is cut into domains (``dom_vertices``, CSR by ``v_off``: D domains, one per
    thread): the stretch and bending constraints of domain d are ``e_off[d]:e_off[d + 1]``
    and ``b_off[d]:b_off[d + 1]`` (in colour order), those across domains the last range
    (``e_off[D]:e_off[D + 1]``), projected after the domains. Three parallel regions a
    substep (constraints, body, velocity) instead of one per colour: on two cores the
    starts and joins of the threads cost more than the work of a colour.

    While the seams are drawn together they are pairwise distance constraints (the first
    ``s_count`` of ``s_pairs``); once sewn they are welds: every stitched group is moved to
    its common point after the other constraints (``weld_offsets`` has more than one entry).
    Stretch and bending take the factors of ``stretch_coefficients`` and
    ``bend_coefficients`` worked out for this ``dt``. The body is looked up as
    ``_body_collide_far`` does (``anchor``, ``reach``: per vertex, kept between calls;
    ``lipschitz``: the field's ``field_lipschitz``), the pushes kept while a vertex stays
    within ``keep`` cm of where the field was looked up (``kept``, ``_collide_one``)."""
    s_at = s_alpha / (dt * dt)
    n_dom = v_off.shape[0] - 1
    for sub in range(n_substeps):
        for it in range(iterations):
            # the substep before's air drag with this one's prediction (one pass)
            _domain_constraints(x, xprev, v, w, normals, drag_rate, gravity[0], gravity[1],
                                gravity[2], dt, damping, it == 0, sub > 0, dom_vertices,
                                v_off, e_pairs, e_rest, e_coef, e_off,
                                b_quads, b_kw, b_g, b_rest, b_off)
            _interface_constraints(x, e_pairs, e_rest, e_coef, e_off[n_dom], e_off[n_dom + 1],
                                   b_quads, b_kw, b_g, b_rest, b_off[n_dom], b_off[n_dom + 1])
            _distance_serial(x, w, s_pairs, s_rest, s_at, 0, s_count, 1.0)
            _self_pairs_project(x, w, self_pairs, self_radius)
            _domain_collide(x, xprev, w, sdf, origin, spacing, thickness, friction, hold_y,
                            contact, anchor, reach, lipschitz, kept, keep, dom_vertices, v_off)
            # seams last: nothing after them pulls a stitch open within the substep
            _distance_serial(x, w, s_pairs, s_rest, s_at, 0, s_count, 1.0)
            if weld_offsets.shape[0] > 1:
                _weld_serial(x, w, weld_members, weld_offsets, hold_y)
        _domain_velocity(x, xprev, v, dt, contact, inelastic, dom_vertices, v_off)
        if inelastic:
            _self_pairs_velocity(x, v, w, self_pairs, self_radius)
    if n_substeps > 0:
        _air_drag(v, normals, drag_rate, dt)


@numba.njit(cache=True, inline="always")
def _cell_key(a, b, c):
    return ((a * 73856093) ^ (b * 19349663) ^ (c * 83492791)) & 0xFFFFFFFF


@numba.njit(cache=True, parallel=True)
def _pair_slots(x, inv, cx, cy, cz, mask, start, items, radius, piece, uv, band, exclude_uv,
                slots, counts):
    """Up to ``slots.shape[1]`` partners j > i of every vertex i closer than ``radius`` (the
    smallest j if there are more), sorted by j. Cells are ``2 radius`` wide (``inv`` = 1 /
    cell), so every partner lies in the 2 x 2 x 2 cells nearest the vertex (per axis its own
    cell and the neighbour on the side of the cell's half it lies in), found through hash
    buckets ``start``/``items``."""
    n = x.shape[0]
    r2 = radius * radius
    ex2 = exclude_uv * exclude_uv
    cap = slots.shape[1]
    for i in prange(n):
        count = 0
        # the neighbour cell per axis: below for a vertex in its cell's lower half
        sx = -1 if x[i, 0] * inv - cx[i] < 0.5 else 1
        sy = -1 if x[i, 1] * inv - cy[i] < 0.5 else 1
        sz = -1 if x[i, 2] * inv - cz[i] < 0.5 else 1
        for ox in range(2):
            for oy in range(2):
                for oz in range(2):
                    ax = cx[i] + ox * sx
                    ay = cy[i] + oy * sy
                    az = cz[i] + oz * sz
                    b = _cell_key(ax, ay, az) & mask
                    for k in range(start[b], start[b + 1]):
                        j = items[k]
                        # j > i, and j in this cell (not another cell sharing the bucket,
                        # which may be one of the 8 too: each j is met once)
                        if j <= i or cx[j] != ax or cy[j] != ay or cz[j] != az:
                            continue
                        dx = x[i, 0] - x[j, 0]
                        dy = x[i, 1] - x[j, 1]
                        dz = x[i, 2] - x[j, 2]
                        if dx * dx + dy * dy + dz * dz >= r2:
                            continue
                        if band[i] and band[j]:
                            continue
                        if piece[i] == piece[j]:
                            du = uv[i, 0] - uv[j, 0]
                            dv = uv[i, 1] - uv[j, 1]
                            if du * du + dv * dv < ex2:
                                continue
                        # sorted insertion; a full row keeps its smallest partners, so
                        # the row does not depend on the order the cells are visited in
                        if count == cap:
                            if slots[i, cap - 1] < j:
                                continue
                            count -= 1
                        a = count
                        while a > 0 and slots[i, a - 1] > j:
                            slots[i, a] = slots[i, a - 1]
                            a -= 1
                        slots[i, a] = j
                        count += 1
        counts[i] = count


@numba.njit(cache=True)
def find_close_pairs(x, radius, piece, uv, band, exclude_uv):
    """Vertex pairs closer than ``radius`` that are not neighbours in the pattern.

    A spatial hash finds candidates: cells of ``2 radius`` (8 cells to look in per vertex,
    not 27), hashed into a table of at least twice as many buckets as vertices and
    counting-sorted by bucket, so a neighbour cell's vertices are one slice (no search).
    Pairs of one piece closer than ``exclude_uv`` in UV are skipped (they are the cloth
    itself), and so are pairs whose vertices both lie in a seam band (they are sewn
    together). Rows are (i, j) with i < j, sorted; a vertex keeps at most 16 partners (the
    16 smallest j).
    """
    n = x.shape[0]
    inv = 0.5 / radius
    size = 1
    while size < 2 * n:
        size *= 2
    mask = size - 1
    cx = np.empty(n, dtype=np.int64)
    cy = np.empty(n, dtype=np.int64)
    cz = np.empty(n, dtype=np.int64)
    bucket = np.empty(n, dtype=np.int64)
    start = np.zeros(size + 1, dtype=np.int64)
    for i in range(n):
        cx[i] = int(np.floor(x[i, 0] * inv))
        cy[i] = int(np.floor(x[i, 1] * inv))
        cz[i] = int(np.floor(x[i, 2] * inv))
        bucket[i] = _cell_key(cx[i], cy[i], cz[i]) & mask
        start[bucket[i] + 1] += 1
    for b in range(size):
        start[b + 1] += start[b]
    fill = start[:-1].copy()
    items = np.empty(n, dtype=np.int64)
    for i in range(n):  # in index order: every bucket's slice is sorted
        items[fill[bucket[i]]] = i
        fill[bucket[i]] += 1
    slots = np.empty((n, 16), dtype=np.int64)
    counts = np.zeros(n, dtype=np.int64)
    _pair_slots(x, inv, cx, cy, cz, mask, start, items, radius, piece, uv, band, exclude_uv,
                slots, counts)
    total = 0
    for i in range(n):
        total += counts[i]
    out = np.empty((total, 2), dtype=np.int64)
    k = 0
    for i in range(n):
        for a in range(counts[i]):
            out[k, 0] = i
            out[k, 1] = slots[i, a]
            k += 1
    return out


@numba.njit(cache=True)
def area_normals(x, faces):
    """Area-weighted unit vertex normals (the solver's air drag acts along them)."""
    n = np.zeros((x.shape[0], 3))
    for f in range(faces.shape[0]):
        a = faces[f, 0]
        b = faces[f, 1]
        c = faces[f, 2]
        ux = x[b, 0] - x[a, 0]
        uy = x[b, 1] - x[a, 1]
        uz = x[b, 2] - x[a, 2]
        vx = x[c, 0] - x[a, 0]
        vy = x[c, 1] - x[a, 1]
        vz = x[c, 2] - x[a, 2]
        nx = uy * vz - uz * vy
        ny = uz * vx - ux * vz
        nz = ux * vy - uy * vx
        for v in (a, b, c):
            n[v, 0] += nx
            n[v, 1] += ny
            n[v, 2] += nz
    for v in range(x.shape[0]):
        ln = max(np.sqrt(n[v, 0] ** 2 + n[v, 1] ** 2 + n[v, 2] ** 2), 1e-12)
        n[v, 0] /= ln
        n[v, 1] /= ln
        n[v, 2] /= ln
    return n

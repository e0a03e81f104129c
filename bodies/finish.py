"""The showroom finish: the body as a smooth mannequin, without nipples or genital detail.

Sales staff show bodies to customers; a tailor's dummy has no nipples and a plain crotch. The
finish rebuilds three small regions of the skin, fixed on the base mesh (so every body gets the
same ones): a disc around each nipple (``NIPPLE_RADIUS``) and one over the genitals, centred a
little above the crotch point on the front midline (``GENITAL_RADIUS``, trunk vertices only, so
the inner thighs keep their shape). Inside a region the vertices are replaced by the smoothest
surface that meets the skin around it (minimum of the squared umbrella Laplacian, the
"biharmonic fill", with the two rings outside held), blended back into the skin over the outer
half of the radius. The skin moves only along the region's normal on the base mesh (a fill of
all three coordinates over the uniform Laplacian slides vertices sideways by up to 2 cm, which
moved the bust points): the fill is of the height along that normal. Every step is linear in
the vertices, so the finish is a fixed linear map (``Finish``), cheap to apply and to
differentiate.

What is shown is what the cloth meets: the fitted body carries the finish (``fit_body(skin=)``),
so the drape collides with the finished skin and the detailed skin is shown (and draped on)
only when asked for (``SKINS``).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

import numpy as np

from .landmarks import BUST_L, BUST_R, CROTCH, torso_mask
from .makehuman import load_model
from .vertex_grads import VertexGrads

#: The skins a body can be shown (and draped) with; the first is the default.
SKINS: tuple[str, ...] = ("mannequin", "detailed")
NIPPLE_RADIUS = 3.0  # cm on the base mesh around each nipple vertex
#: Front midline vertex about 2 cm above the crotch point, the centre of the genital region.
GENITAL_CENTRE = 4347
GENITAL_RADIUS = 3.5  # cm on the base mesh
FALLOFF = 0.5  # the outer half of a region blends the fill back into the skin
RING = 1.5  # cm of skin around a nipple region that its fill is fitted to
GENITAL_RING = 3.0  # the same around the genital region (the mesh is coarser there)


@dataclass(frozen=True)
class Region:
    """One rebuilt region: its skin moves only along ``direction`` (no sliding sideways), to
    the height (along ``direction``) of the quadratic surface fitted to the skin ``outside``
    (its blended-in part and the ring around it): ``h_in = fill @ h_out``, blended in by
    ``weight``."""

    inside: np.ndarray  # (n,) vertices rebuilt
    outside: np.ndarray  # (m,) the skin the fill is fitted to
    fill: np.ndarray  # (n, m)
    weight: np.ndarray  # (n,) 1 the fill .. 0 the skin as it was
    direction: np.ndarray  # (3,) unit, the region's outward normal on the base mesh

    def lift(self, v: np.ndarray) -> np.ndarray:
        """(n,) how far each inside vertex moves along ``direction``."""
        d = self.direction
        return self.weight * (self.fill @ (v[self.outside] @ d) - v[self.inside] @ d)


@dataclass(frozen=True)
class Finish:
    """The finish as a linear map of the vertices (regions apart from each other)."""

    regions: tuple[Region, ...]

    def __call__(self, vertices: np.ndarray) -> np.ndarray:
        """The finished vertices (N, 3) (a new array)."""
        v = np.asarray(vertices, dtype=np.float64)
        out = v.copy()
        for r in self.regions:
            out[r.inside] += r.lift(v)[:, None] * r.direction
        return out

    def pull_back(self, grads: np.ndarray) -> np.ndarray:
        """Gradients (G, N, 3) with respect to finished vertices turned into gradients with
        respect to the vertices before the finish (a new array); ``VertexGrads`` in, the
        same out."""
        if isinstance(grads, VertexGrads):
            return self._pull_back_compact(grads)
        g = np.asarray(grads, dtype=np.float64)
        out = g.copy()
        for r in self.regions:
            s = r.weight * (g[:, r.inside] @ r.direction)  # (G, n)
            out[:, r.inside] -= s[:, :, None] * r.direction
            out[:, r.outside] += (s @ r.fill)[:, :, None] * r.direction
        return out

    def _pull_back_compact(self, grads: VertexGrads) -> VertexGrads:
        out = grads
        for r in self.regions:
            pos, found = grads.positions(r.inside)
            if not found.any():
                continue
            g_in = np.zeros((len(r.inside),) + grads.values.shape[1:])
            g_in[found] = grads.values[pos[found]]
            s = r.weight[:, None] * (g_in @ r.direction)  # (n, G)
            out = out.added(r.outside, (r.fill.T @ s)[:, :, None] * r.direction)
            out.values[np.searchsorted(out.index, r.inside[found])] -= (
                s[found, :, None] * r.direction)
        return out if out is not grads else VertexGrads(grads.index, grads.values.copy())

    @property
    def mask(self) -> np.ndarray:
        """(N,) the vertices the finish may move."""
        out = np.zeros(load_model().n_vertices, dtype=bool)
        for r in self.regions:
            out[r.inside] = True
        return out


def _poly(uv: np.ndarray) -> np.ndarray:
    """Quadratic monomials of in-plane coordinates (k, 2) -> (k, 6)."""
    u, w = uv[:, 0], uv[:, 1]
    return np.column_stack([np.ones_like(u), u, w, u * u, u * w, w * w])


def _region(base: np.ndarray, inside: np.ndarray, outside: np.ndarray,
            weight: np.ndarray) -> Region:
    """The quadratic surface over the ring ``outside``, as a fill of ``inside``."""
    centre = base[outside].mean(0)
    frame = np.linalg.svd(base[outside] - centre)[2]  # two in-plane axes, then the normal
    if frame[2] @ (base[inside].mean(0) - centre) < 0:
        frame[2] = -frame[2]
    uv_in = (base[inside] - centre) @ frame[:2].T
    uv_out = (base[outside] - centre) @ frame[:2].T
    fill = _poly(uv_in) @ np.linalg.pinv(_poly(uv_out))  # heights inside from the ring's
    return Region(inside, outside, fill, weight, frame[2])


def _smoothstep(r: np.ndarray, radius: float) -> np.ndarray:
    """1 inside ``(1 - FALLOFF) * radius``, 0 at ``radius``, smooth between."""
    t = np.clip((radius - r) / (FALLOFF * radius), 0.0, 1.0)
    return t * t * (3.0 - 2.0 * t)


@cache
def mannequin(male: bool = False) -> Finish:
    """The showroom finish of the MakeHuman mesh (regions fixed on its base mesh). The male
    body's crotch is a smooth bulge without detail: filling it flattened it into a dent, so
    only the nipples are finished there."""
    model = load_model()
    base = model.base
    torso = torso_mask(model)
    front = base[:, 2] > base[CROTCH, 2] + 0.5  # in front of the crotch point, which stays
    discs = [(BUST_L, NIPPLE_RADIUS, RING, base[:, 2] > base[BUST_L, 2] - 4.0),
             (BUST_R, NIPPLE_RADIUS, RING, base[:, 2] > base[BUST_R, 2] - 4.0),
             (GENITAL_CENTRE, GENITAL_RADIUS, GENITAL_RING, torso & front)][: 2 if male else 3]
    regions = []
    for centre, radius, ring, allowed in discs:
        r = np.linalg.norm(base - base[centre], axis=1)
        inside = np.flatnonzero((r < radius) & allowed)
        # the fill is fitted to the skin the region blends into and the ring around it, so
        # it meets the skin where it is blended in (no ridge round the region)
        outside = np.flatnonzero((r >= (1.0 - FALLOFF) * radius) & (r < radius + ring) & allowed)
        regions.append(_region(base, inside, outside, _smoothstep(r[inside], radius)))
    return Finish(tuple(regions))


def finish(vertices: np.ndarray, skin: str = "mannequin", male: bool = False) -> np.ndarray:
    """``vertices`` (N, 3) with the ``skin`` finish (``SKINS``; "detailed" leaves them)."""
    if skin not in SKINS:
        raise ValueError(f"skin must be one of {', '.join(SKINS)}, got {skin!r}")
    if skin == "detailed":
        return np.array(vertices, dtype=np.float64)
    return mannequin(male)(vertices)


def nipple_protrusion(vertices: np.ndarray) -> float:
    """How far (cm) the nipples stand out of the breast, the larger of the two: the nipple
    vertex's height over the quadratic surface fitted to the skin 2 to 3.5 cm around it (on
    the base mesh), along that ring's normal. A smooth breast continues its ring's curvature,
    so a finished body reads about 0."""
    model = load_model()
    base = model.base
    v = np.asarray(vertices, dtype=np.float64)
    out = -np.inf
    for nipple in (BUST_L, BUST_R):
        r = np.linalg.norm(base - base[nipple], axis=1)
        ring = np.flatnonzero((r > 2.0) & (r < 3.5) & (base[:, 2] > base[nipple, 2] - 4.0))
        centre = v[ring].mean(0)
        frame = np.linalg.svd(v[ring] - centre)[2]  # rows: two in-plane axes, the normal
        if frame[2] @ (v[nipple] - centre) < 0:
            frame[2] = -frame[2]
        local = (v[ring] - centre) @ frame.T
        u, w, h = local[:, 0], local[:, 1], local[:, 2]
        basis = np.column_stack([np.ones_like(u), u, w, u * u, u * w, w * w])
        coef = np.linalg.lstsq(basis, h, rcond=None)[0]
        pu, pw, ph = (v[nipple] - centre) @ frame.T
        out = max(out, float(ph - np.array([1.0, pu, pw, pu * pu, pu * pw, pw * pw]) @ coef))
    return out

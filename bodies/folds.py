"""Folded and inverted triangles of a blended body, and the local repair the blend applies.

Definitions (shared by the blend, the benchmark and the tests):

- **fold edge**: two triangles sharing an edge whose normals are more than ``FOLD_DEG`` (170)
  degrees apart, i.e. the surface turns back on itself there (a slit or a fin).
- **inverted triangle**: a triangle whose normal is more than 90 degrees from the area-weighted
  normal of the triangles around it (those sharing a vertex with it): it lies flipped over inside
  its own neighbourhood. Real shape (a belly overhang, the underside of a bust) turns whole
  neighbourhoods together and is not inverted. MakeHuman's base mesh has no inverted triangle and
  no edge over 131 degrees, so any of either on a blended body is made by the blend.

"Inverted by the blend" is therefore measured as: inverted triangles plus fold edges on the
blended body (``check``). The benchmark also counts triangles turned over against the same
triangle of the base mesh or of the average body, which includes real shape.

Repair: MakeHuman's targets were sculpted one at a time and some add up to creases the base mesh
does not have: MakeHuman's own average woman pinches the toe webs to 160 degrees and the gluteal
cleft to 171 (both from the female macro target); with the height and proportions targets the
toe webs pass 170 on a third of fitted women; full bust with full upper-arm targets turn
triangles over in the male armpit; sliver triangles at the finger tips, ears and navel turn over.
``repair`` rebuilds a patch of vertices around such triangles from the base mesh (``Patch``: an
affine copy of the base mesh joined to the blended body around it), growing the patch until no
edge is sharper than ``REPAIR_DEG`` and nothing is inverted. The rest of the body is the exact
blend.
"""

from __future__ import annotations

from dataclasses import dataclass

import numba
import numpy as np
from scipy import sparse
from scipy.sparse.csgraph import connected_components

from .vertex_grads import VertexGrads

FOLD_DEG = 170.0  # a fold: neighbouring triangles (nearly) back to back
REPAIR_DEG = 150.0  # the repair rebuilds creases sharper than this (the base mesh: 131 at most)
_MAX_ROUNDS = 12


@dataclass(frozen=True)
class QuadTopology:
    """Fixed neighbourhood structure of a quad mesh, for the triangles ``triangulate`` makes.

    Quad ``q`` splits into triangles ``q`` and ``q + M``; which of them holds a quad edge depends
    on the diagonal chosen, so both answers are stored."""

    quads: np.ndarray  # (M, 4)
    edge_quads: np.ndarray  # (E, 2) the two quads sharing each quad edge
    edge_slots: np.ndarray  # (E, 2) slot 0..3 of the edge in each quad (slot s: corner s to s+1)
    indptr: np.ndarray  # vertex neighbours along quad edges, CSR: those of vertex i are
    indices: np.ndarray  # indices[indptr[i]:indptr[i + 1]]

    @classmethod
    def of(cls, quads: np.ndarray, n_vertices: int) -> QuadTopology:
        a = quads.reshape(-1)
        b = np.roll(quads, -1, axis=1).reshape(-1)
        key = np.minimum(a, b) * n_vertices + np.maximum(a, b)
        order = np.argsort(key, kind="stable")
        ks = key[order]
        if not (len(ks) % 2 == 0 and np.all(ks[0::2] == ks[1::2])
                and np.all(ks[1:-1:2] != ks[2::2])):
            raise ValueError("quad mesh must be closed: every edge shared by exactly two quads")
        first, second = order[0::2], order[1::2]
        edge_quads = np.stack([first // 4, second // 4], axis=1)
        edge_slots = np.stack([first % 4, second % 4], axis=1)
        u = np.minimum(a, b)[first]
        v = np.maximum(a, b)[first]
        adj = sparse.coo_matrix((np.ones(2 * len(u)), (np.r_[u, v], np.r_[v, u])),
                                shape=(n_vertices, n_vertices)).tocsr()
        adj.sort_indices()
        return cls(quads, edge_quads, edge_slots, adj.indptr.astype(np.int64),
                   adj.indices.astype(np.int64))

    def triangle_pairs(self, short02: np.ndarray) -> np.ndarray:
        """(E + M, 2) indices of neighbouring triangles for the split ``short02`` (per quad:
        True when split along corners 0-2), as ``split_quads`` makes them."""
        return _pairs(short02, self.edge_quads, self.edge_slots)


@numba.njit(cache=True)
def split_quads(v, quads):  # pragma: no cover - compiled
    """Triangles (2M, 3) splitting each quad along its shorter diagonal on ``v`` (quad ``q``
    gives triangles ``q`` and ``q + M``, outward like the quad) and, per quad, whether the
    split runs along corners 0-2."""
    m = quads.shape[0]
    faces = np.empty((2 * m, 3), np.int64)
    short02 = np.empty(m, np.bool_)
    for q in range(m):
        i0, i1, i2, i3 = quads[q, 0], quads[q, 1], quads[q, 2], quads[q, 3]
        d02 = d13 = 0.0
        for c in range(3):
            d02 += (v[i0, c] - v[i2, c]) ** 2
            d13 += (v[i1, c] - v[i3, c]) ** 2
        short02[q] = d02 <= d13
        if short02[q]:
            faces[q, 0], faces[q, 1], faces[q, 2] = i0, i1, i2
            faces[q + m, 0], faces[q + m, 1], faces[q + m, 2] = i0, i2, i3
        else:
            faces[q, 0], faces[q, 1], faces[q, 2] = i0, i1, i3
            faces[q + m, 0], faces[q + m, 1], faces[q + m, 2] = i1, i2, i3
    return faces, short02


@numba.njit(cache=True)
def _pairs(short02, edge_quads, edge_slots):  # pragma: no cover - compiled
    m = short02.shape[0]
    e = edge_quads.shape[0]
    out = np.empty((e + m, 2), np.int64)
    for k in range(e):
        for side in range(2):
            q, slot = edge_quads[k, side], edge_slots[k, side]
            # the first triangle holds slots 0, 1 (split 0-2) or 0, 3 (split 1-3)
            second = slot >= 2 if short02[q] else (slot == 1 or slot == 2)
            out[k, side] = q + m * second
    for q in range(m):
        out[e + q, 0], out[e + q, 1] = q, q + m
    return out


@numba.njit(cache=True)
def _scan(v, faces, pairs, cos_repair, cos_fold):  # pragma: no cover - compiled
    """One pass over the triangles: (vertices to repair, fold edges, inverted triangles,
    smallest cosine between neighbouring normals)."""
    m = faces.shape[0]
    n = np.zeros((m, 3))
    for f in range(m):
        a, b, c = faces[f, 0], faces[f, 1], faces[f, 2]
        x1, y1, z1 = v[b, 0] - v[a, 0], v[b, 1] - v[a, 1], v[b, 2] - v[a, 2]
        x2, y2, z2 = v[c, 0] - v[a, 0], v[c, 1] - v[a, 1], v[c, 2] - v[a, 2]
        n[f, 0] = y1 * z2 - z1 * y2
        n[f, 1] = z1 * x2 - x1 * z2
        n[f, 2] = x1 * y2 - y1 * x2
    bad = np.zeros(v.shape[0], np.bool_)
    folds, min_cos = 0, 1.0
    for p in range(pairs.shape[0]):
        f, g = pairs[p, 0], pairs[p, 1]
        dot = n[f, 0] * n[g, 0] + n[f, 1] * n[g, 1] + n[f, 2] * n[g, 2]
        norm = np.sqrt((n[f, 0] ** 2 + n[f, 1] ** 2 + n[f, 2] ** 2)
                       * (n[g, 0] ** 2 + n[g, 1] ** 2 + n[g, 2] ** 2))
        cos = dot / norm if norm > 0 else 1.0
        min_cos = min(min_cos, cos)
        folds += cos < cos_fold
        if cos < cos_repair:
            for k in range(3):
                bad[faces[f, k]] = True
                bad[faces[g, k]] = True
    vn = np.zeros((v.shape[0], 3))
    for f in range(m):
        for k in range(3):
            for c in range(3):
                vn[faces[f, k], c] += n[f, c]
    inverted = 0
    for f in range(m):
        dot = 0.0
        for c in range(3):
            around = (vn[faces[f, 0], c] + vn[faces[f, 1], c] + vn[faces[f, 2], c]
                      - 3.0 * n[f, c])
            dot += around * n[f, c]
        if dot < 0:
            inverted += 1
            for k in range(3):
                bad[faces[f, k]] = True
    return bad, folds, inverted, min_cos


def _run_scan(vertices, faces, pairs):
    """``_scan`` with the module's thresholds."""
    return _scan(np.ascontiguousarray(vertices, dtype=np.float64), faces, pairs,
                 np.cos(np.radians(REPAIR_DEG)), np.cos(np.radians(FOLD_DEG)))


@dataclass(frozen=True)
class FoldReport:
    """What is wrong with one triangulated body surface."""

    fold_edges: int  # neighbouring triangles more than FOLD_DEG apart
    inverted: int  # triangles flipped against their neighbourhood
    sharpest_deg: float  # the largest angle between neighbouring triangles

    @property
    def clean(self) -> bool:
        return self.fold_edges == 0 and self.inverted == 0


def check(vertices: np.ndarray, faces: np.ndarray, pairs: np.ndarray) -> FoldReport:
    """Fold edges, inverted triangles and the sharpest crease of ``faces`` on ``vertices``
    (``pairs``: the neighbouring triangles, one row per edge)."""
    _, folds, inverted, min_cos = _run_scan(vertices, faces, pairs)
    return FoldReport(int(folds), int(inverted), float(np.degrees(np.arccos(min_cos))))


@numba.njit(cache=True)
def _grow(patch, indptr, indices):  # pragma: no cover - compiled
    """``patch`` plus the ring of vertices around it."""
    out = patch.copy()
    for i in range(patch.shape[0]):
        if patch[i]:
            for k in range(indptr[i], indptr[i + 1]):
                out[indices[k]] = True
    return out


@numba.njit(cache=True)
def _pieces_with(seed, patch, indptr, indices):  # pragma: no cover - compiled
    """The vertices of ``patch`` connected (inside it) to a ``seed`` vertex, and the seeds."""
    out = seed.copy()
    stack = np.flatnonzero(seed)
    top = stack.shape[0]
    stack = np.concatenate((stack, np.empty(patch.shape[0], np.int64)))
    while top > 0:
        top -= 1
        i = stack[top]
        for k in range(indptr[i], indptr[i + 1]):
            j = indices[k]
            if patch[j] and not out[j]:
                out[j] = True
                stack[top] = j
                top += 1
    return out


@dataclass(frozen=True)
class Patch:
    """The repair over a fixed set of vertices, as a linear map of the blended vertices.

    Each connected piece of the set is rebuilt as an affine copy of the base mesh (the
    least-squares fit to the blended piece and its rim) plus the harmonic interpolation (each
    vertex inside the mean of its neighbours) of what the rim differs from that copy. An affine
    copy of an unfolded mesh is unfolded, and the interpolation joins it to the body around.
    Both steps are linear in the blended vertices, the same for x, y and z: piece ``k`` becomes
    ``maps[k] @ vertices[rims[k]]``, so the fit differentiates through it exactly."""

    mask: np.ndarray  # (N,) bool: the vertices rebuilt
    pieces: tuple[np.ndarray, ...]  # vertex indices of each piece
    rims: tuple[np.ndarray, ...]  # the piece followed by its ring of neighbours
    maps: tuple[np.ndarray, ...]  # (len(piece), len(rim)) each

    @classmethod
    def of(cls, mask: np.ndarray, base: np.ndarray, topology: QuadTopology) -> Patch:
        indptr, indices = topology.indptr, topology.indices
        inside = np.flatnonzero(mask)
        adj = sparse.csr_matrix((np.ones(len(indices)), indices, indptr),
                                shape=(len(mask), len(mask)))
        count, label = connected_components(adj[inside][:, inside], directed=False)
        pieces, rims, maps = [], [], []
        for c in range(count):
            piece = inside[label == c]
            rows = adj[piece]
            ring = np.setdiff1d(rows.indices, piece)
            rim = np.r_[piece, ring]
            b = np.c_[base[rim], np.ones(len(rim))]
            fit = np.linalg.pinv(b)  # (4, rim): the affine map from the rim's positions
            k = len(piece)
            local = rows[:, rim].toarray()
            local /= local.sum(1, keepdims=True)
            # harmonic: r_piece = (I - A_pp)^-1 A_pr r_ring, with r = v - b @ fit @ v
            harmonic = np.linalg.solve(np.eye(k) - local[:, :k], local[:, k:])
            copy = b @ fit  # (rim, rim)
            select = np.eye(len(rim))[k:]
            maps.append(copy[:k] + harmonic @ (select - copy[k:]))
            pieces.append(piece)
            rims.append(rim)
        return cls(mask.copy(), tuple(pieces), tuple(rims), tuple(maps))

    def apply(self, vertices: np.ndarray) -> np.ndarray:
        """The blended ``vertices`` (N, 3) with every piece rebuilt (a new array)."""
        out = vertices.copy()
        for piece, rim, m in zip(self.pieces, self.rims, self.maps, strict=True):
            out[piece] = m @ vertices[rim]
        return out

    def pull_back(self, grads: np.ndarray) -> np.ndarray:
        """Gradients (G, N, 3) with respect to the rebuilt vertices turned into gradients with
        respect to the blended ones (in place, returned); ``VertexGrads`` in, a new one out."""
        if isinstance(grads, VertexGrads):
            return self._pull_back_compact(grads)
        g = grads.shape[0]
        for piece, rim, m in zip(self.pieces, self.rims, self.maps, strict=True):
            local = grads[:, piece].transpose(1, 0, 2).reshape(len(piece), 3 * g)
            grads[:, piece] = 0.0
            grads[:, rim] += (m.T @ local).reshape(len(rim), g, 3).transpose(1, 0, 2)
        return grads


    def _pull_back_compact(self, grads: VertexGrads) -> VertexGrads:
        out = grads
        for piece, rim, m in zip(self.pieces, self.rims, self.maps, strict=True):
            pos, found = out.positions(piece)
            if not found.any():
                continue
            local = np.zeros((len(piece),) + out.values.shape[1:])
            local[found] = out.values[pos[found]]
            if out is grads:
                out = VertexGrads(grads.index, grads.values.copy())
            out.values[pos[found]] = 0.0
            spread = (m.T @ local.reshape(len(piece), -1)).reshape((len(rim),) + local.shape[1:])
            out = out.added(rim, spread)
        return out


def repair(vertices: np.ndarray, base: np.ndarray, topology: QuadTopology,
           triangulate, start: Patch | None = None) -> tuple[np.ndarray, Patch | None]:
    """``vertices`` rebuilt where the blend creases or inverts triangles (see the module doc),
    and the patch used (None when nothing needed repair and no ``start`` was given).

    ``triangulate(vertices) -> (faces, short02)`` splits the quads. The patch begins as
    ``start`` (the fit keeps one through its steps, so the body changes smoothly) or empty;
    each round adds two rings around the offending triangles' vertices and a ring around the
    pieces that still hold any, until nothing offends. Vertices outside stay as blended."""
    patch = start
    v = vertices if patch is None else patch.apply(vertices)
    indptr, indices = topology.indptr, topology.indices
    for _ in range(_MAX_ROUNDS):
        faces, short02 = triangulate(v)
        bad = _run_scan(v, faces, topology.triangle_pairs(short02))[0]
        if not bad.any():
            break
        mask = np.zeros(len(v), np.bool_) if patch is None else patch.mask
        grow = _pieces_with(bad, mask, indptr, indices) & mask
        patch = Patch.of(mask | _grow(grow | _grow(bad, indptr, indices), indptr, indices),
                         base, topology)
        v = patch.apply(vertices)
    return v, patch

"""Gradients of a few measurements with respect to a body's vertices, kept where they are not 0.

A tape measurement depends on a few hundred of the body's 13,380 vertices (the edges its
plane cuts, a landmark or two). The fit needs some 30 such gradients per step, pulled back
through the stance, the fold repairs and the finish: as dense (G, N, 3) arrays that is about
10 MB copied and scanned at every stage, which cost more than the measuring itself.
``VertexGrads`` holds them on their support only (the vertices any of them touches, sorted),
vertex-major so that picking vertices copies contiguous rows, and ``Accumulator`` gathers
them there as the measurements are taken.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class VertexGrads:
    """``values[s, g]`` is d(value g)/d(vertex ``index[s]``) (3,); every other vertex's is 0."""

    index: np.ndarray  # (S,) sorted, unique vertex indices
    values: np.ndarray  # (S, G, 3) float, C-contiguous

    @classmethod
    def from_dense(cls, grads: np.ndarray) -> VertexGrads:
        """The compact form of dense gradients (G, N, 3)."""
        g = np.asarray(grads, dtype=np.float64)
        index = np.flatnonzero(np.any(g != 0, axis=(0, 2)))
        return cls(index, np.ascontiguousarray(g[:, index].transpose(1, 0, 2)))

    def dense(self, n_vertices: int) -> np.ndarray:
        """The gradients as a dense (G, N, 3) array."""
        out = np.zeros((n_vertices, self.values.shape[1], 3))
        out[self.index] = self.values
        return np.ascontiguousarray(out.transpose(1, 0, 2))

    def positions(self, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """Where the vertices ``idx`` sit in ``index`` and whether they are there at all."""
        if len(self.index) == 0:
            return np.zeros(len(idx), dtype=np.int64), np.zeros(len(idx), dtype=bool)
        pos = np.minimum(np.searchsorted(self.index, idx), len(self.index) - 1)
        return pos, self.index[pos] == idx

    def take(self, idx: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        """The gradients (len(idx), G, 3) at the vertices ``idx`` (0 off the support), and the
        mask of those on the support."""
        pos, found = self.positions(idx)
        out = np.zeros((len(idx),) + self.values.shape[1:])
        out[found] = self.values[pos[found]]
        return out, found

    def grown(self, idx: np.ndarray) -> VertexGrads:
        """The same gradients on a support that also holds the vertices ``idx`` (a copy)."""
        idx = np.asarray(idx)
        size = max(int(idx.max(initial=-1)), int(self.index.max(initial=-1))) + 1
        mark = np.zeros(size, dtype=bool)  # a mask is cheaper than sorting the union
        mark[self.index] = True
        if mark[idx].all():
            return VertexGrads(self.index, self.values.copy())
        mark[idx] = True
        index = np.flatnonzero(mark)
        values = np.zeros((len(index),) + self.values.shape[1:])
        values[np.searchsorted(index, self.index)] = self.values
        return VertexGrads(index, values)

    def added(self, idx: np.ndarray, values: np.ndarray) -> VertexGrads:
        """These gradients plus ``values`` (len(idx), G, 3) at the unique vertices ``idx``."""
        out = self.grown(idx)
        out.values[np.searchsorted(out.index, idx)] += values
        return out


class Accumulator:
    """Collects one measurement's gradient as (vertices, values) pieces; ``compact`` sums the
    pieces of several measurements onto their common support."""

    __slots__ = ("idx", "val")

    def __init__(self) -> None:
        self.idx: list[np.ndarray] = []
        self.val: list[np.ndarray] = []

    def add(self, idx, values) -> None:
        """Add ``values`` (k, 3), or one (3,) row for every vertex, at vertices ``idx`` (k,)
        (repeats allowed: they sum)."""
        idx = np.atleast_1d(np.asarray(idx, dtype=np.int64))
        values = np.asarray(values, dtype=np.float64)
        if values.shape != (len(idx), 3):
            values = np.broadcast_to(values, (len(idx), 3))
        self.idx.append(idx)
        self.val.append(values)

    def add_axis(self, idx, axis: int, values) -> None:
        """Add ``values`` (k,) (or one number) to coordinate ``axis`` at vertices ``idx``."""
        idx = np.atleast_1d(np.asarray(idx, dtype=np.int64))
        rows = np.zeros((len(idx), 3))
        rows[:, axis] = values
        self.idx.append(idx)
        self.val.append(rows)

    @staticmethod
    def compact(accumulators: list[Accumulator]) -> VertexGrads:
        """The measurements' gradients (one per accumulator, in order) on their support."""
        counts = [sum(len(i) for i in a.idx) for a in accumulators]
        if sum(counts) == 0:
            return VertexGrads(np.zeros(0, dtype=np.int64), np.zeros((0, len(accumulators), 3)))
        idx = np.concatenate([i for a in accumulators for i in a.idx])
        val = np.concatenate([v for a in accumulators for v in a.val])
        which = np.repeat(np.arange(len(accumulators)), counts)
        index, inverse = np.unique(idx, return_inverse=True)
        s = len(index)
        g = len(accumulators)
        flat = (inverse * g + which)[:, None] * 3 + np.arange(3)
        values = np.bincount(flat.ravel(), weights=val.ravel(), minlength=s * g * 3)
        return VertexGrads(index, values.reshape(s, g, 3))

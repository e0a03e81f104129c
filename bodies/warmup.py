"""Compile the body fit's numba kernels ahead of the first fit.

The fit repairs the folds the blend makes (``folds.repair``), whose kernels numba compiles
on their first call and keeps in its disk cache (``cache=True``). In a fresh install that
compile (5 kernels, about 6 CPU seconds) landed in the first drape's body fit.
``compile_kernels`` repairs a dented quad sphere through the same ``repair`` the fit calls,
with the same argument types, so every kernel is compiled (or loaded from the cache) before
the first fit. It runs at install (``make venv`` / ``make run``:
``python -m mtm.bodies.warmup``); the studio's first fit then only loads the cache.
"""

from __future__ import annotations

import time

import numpy as np

from .folds import QuadTopology, repair, split_quads


def compile_kernels() -> float:
    """Compile (or load from numba's cache) every kernel a body fit's fold repair calls;
    returns seconds."""
    t0 = time.perf_counter()
    base, quads = quad_sphere(6, radius=10.0)
    topology = QuadTopology.of(quads, len(base))

    def triangulate(v: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
        return split_quads(np.ascontiguousarray(v, dtype=np.float64), quads)

    dented = base.copy()
    top = int(np.argmax(base[:, 1]))
    dented[top] *= -0.5  # pushed through the middle: its triangles turn over
    repaired, patch = repair(dented, base, topology, triangulate)
    if patch is None or not np.isfinite(repaired).all():
        raise RuntimeError("the warm-up's dented sphere was not repaired")
    return time.perf_counter() - t0


def quad_sphere(n: int, radius: float) -> tuple[np.ndarray, np.ndarray]:
    """A closed quad mesh on a sphere (a cube's faces cut ``n`` x ``n``, pushed out to
    ``radius``): float64 vertices and int64 quads wound outward, as the body model's."""
    points: dict[tuple[int, int, int], int] = {}
    quads = []
    for axis in range(3):
        for sign in (-1, 1):
            grid = np.empty((n + 1, n + 1), np.int64)
            for i in range(n + 1):
                for j in range(n + 1):
                    p = [0, 0, 0]
                    p[axis] = sign * n
                    p[(axis + 1) % 3] = 2 * i - n
                    p[(axis + 2) % 3] = 2 * j - n
                    grid[i, j] = points.setdefault(tuple(p), len(points))
            for i in range(n):
                for j in range(n):
                    quad = [grid[i, j], grid[i + 1, j], grid[i + 1, j + 1], grid[i, j + 1]]
                    quads.append(quad if sign > 0 else quad[::-1])
    cube = np.array(list(points), dtype=np.float64)
    v = radius * cube / np.linalg.norm(cube, axis=1, keepdims=True)
    return v, np.array(quads, dtype=np.int64)


def main() -> int:
    print("compiling the body fit's kernels (once per install)...", flush=True)
    print(f"done in {compile_kernels():.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

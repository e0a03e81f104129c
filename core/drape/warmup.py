"""Compile the drape's numba kernels ahead of the first drape.

numba compiles a kernel on its first call and keeps it in its disk cache (``cache=True``):
in a fresh install the first drape waited about 30 s for that. ``compile_kernels`` drapes a
small stitched square over a small sphere, which calls every kernel of a real drape with
the same argument types, so the first real drape only loads them from the cache. It runs
at install (``make venv`` / ``make run``: ``python -m mtm.core.drape.warmup``) and in the
background when the studio starts (then it only loads the cache, a second or two).

``ready()`` says whether this process has done it; ``compile_kernels`` is safe to call
from several threads (numba compiles a kernel once).
"""

from __future__ import annotations

import threading
import time

import numpy as np

_done = threading.Event()


def ready() -> bool:
    """True once ``compile_kernels`` has finished in this process."""
    return _done.is_set()


def compile_kernels() -> float:
    """Compile (or load from numba's cache) every kernel a drape calls; returns seconds."""
    from .fabrics import load_fabric
    from .mesher import mesh_piece
    from .sdf import build_sdf, close_creases
    from .solver import SolverSettings, build_model, simulate

    t0 = time.perf_counter()
    body_v, body_f = _two_spheres(radius=8.0, gap=0.6)  # a crease between them to close
    sdf = close_creases(build_sdf(body_v, body_f, spacing=1.0), body_v, body_f, 0.5)
    side = 12.0
    square = [("b", np.array([[0.0, 0.0], [side, 0.0]])),
              ("r", np.array([[side, 0.0], [side, side]])),
              ("t", np.array([[side, side], [0.0, side]])),
              ("l", np.array([[0.0, side], [0.0, 0.0]]))]
    mesh = mesh_piece("warm-up", square, 1.0)
    uv = np.concatenate([mesh.uv, mesh.uv])
    n = len(mesh.uv)
    faces = np.concatenate([mesh.faces, mesh.faces + n])
    x = np.concatenate([
        np.column_stack([mesh.uv[:, 0] - side / 2, np.full(n, 10.0), mesh.uv[:, 1] - side / 2]),
        np.column_stack([mesh.uv[:, 0] - side / 2, np.full(n, 10.5), mesh.uv[:, 1] - side / 2]),
    ])
    piece = np.repeat(np.arange(2), n)
    edge = mesh.edge_vertices["b"]
    stitches = np.column_stack([edge, edge + n])  # two layers sewn along one edge
    fabric = load_fabric("cotton_jersey")
    model = build_model(uv, x, faces, piece, stitches, fabric)
    model.attached = np.arange(3, dtype=np.int64)  # a held waistband's path too
    simulate(model, sdf, fabric, SolverSettings(stitch_frames=1, stitch_extra_frames=0,
                                                min_frames=2, max_frames=4))
    sdf.query(x)  # placement and the drape's report look the field up from Python
    _done.set()
    return time.perf_counter() - t0


def _two_spheres(radius: float, gap: float) -> tuple[np.ndarray, np.ndarray]:
    """Two closed spheres side by side, ``gap`` cm apart (float64 vertices, int64 faces, as
    a fitted body has)."""
    import trimesh

    s = trimesh.creation.icosphere(subdivisions=2, radius=radius)
    v = np.asarray(s.vertices, dtype=np.float64)
    f = np.asarray(s.faces, dtype=np.int64)
    shift = np.array([radius + 0.5 * gap, 0.0, 0.0])
    return np.vstack([v - shift, v + shift]), np.vstack([f, f + len(v)])


def main() -> int:
    print("compiling the cloth simulator's kernels (once per install)...", flush=True)
    print(f"done in {compile_kernels():.1f} s", flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""The draped garment: the cloth mesh on the body with per-vertex strain and ease, and saving.

Strain is measured along the pattern's grain: warp = stretch along the piece's grainline
(pattern Y unless the piece says otherwise), weft = across it, from each triangle's
deformation gradient (3D edges against UV edges), averaged onto vertices by area. Ease is
the signed distance from the skin (cm).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

import numpy as np

from mtm.core.errors import InputError
from mtm.core.io.atomic import atomic_write_bytes

SAVE_FORMATS = (".glb", ".obj", ".ply")


@dataclass(frozen=True)
class DrapedGarment:
    """A garment draped on a body (cm, Y up, body facing +Z)."""

    vertices: np.ndarray  # (N, 3) cm
    faces: np.ndarray  # (F, 3) int
    uvs: np.ndarray  # (N, 2) pattern coordinates, cm
    piece_of_face: np.ndarray  # (F,) index into piece_names
    piece_names: tuple[str, ...]
    strain_warp: np.ndarray  # (N,) stretch along the grain, 0.05 = 5 % longer
    strain_weft: np.ndarray  # (N,) stretch across the grain
    ease: np.ndarray  # (N,) cm from the skin (negative: inside the body)
    report: dict = field(default_factory=dict)

    def save(self, path: str | Path) -> Path:
        """Write the mesh (with UVs) as .glb, .obj or .ply, atomically."""
        return save_mesh(self.vertices, self.faces, path, uvs=self.uvs)


def triangle_strain(x: np.ndarray, uv: np.ndarray, faces: np.ndarray,
                    grain: np.ndarray | None = None):
    """Per-face stretch across (weft) and along (warp) the grain: |F e| - 1.

    ``grain`` is the per-face grain angle from UV +Y towards +X (default 0: grain = +Y)."""
    u0, u1, u2 = uv[faces[:, 0]], uv[faces[:, 1]], uv[faces[:, 2]]
    x0, x1, x2 = x[faces[:, 0]], x[faces[:, 1]], x[faces[:, 2]]
    du = np.stack([u1 - u0, u2 - u0], axis=2)  # (F, 2, 2) columns = UV edges
    dx = np.stack([x1 - x0, x2 - x0], axis=2)  # (F, 3, 2)
    det = du[:, 0, 0] * du[:, 1, 1] - du[:, 0, 1] * du[:, 1, 0]
    ok = np.abs(det) > 1e-12
    inv = np.zeros_like(du)
    inv[ok, 0, 0] = du[ok, 1, 1] / det[ok]
    inv[ok, 1, 1] = du[ok, 0, 0] / det[ok]
    inv[ok, 0, 1] = -du[ok, 0, 1] / det[ok]
    inv[ok, 1, 0] = -du[ok, 1, 0] / det[ok]
    F = dx @ inv  # (F, 3, 2)
    phi = np.zeros(len(faces)) if grain is None else np.asarray(grain, float)
    along = np.column_stack([np.sin(phi), np.cos(phi)])
    across = np.column_stack([np.cos(phi), -np.sin(phi)])
    weft = np.linalg.norm(np.einsum("fij,fj->fi", F, across), axis=1) - 1.0
    warp = np.linalg.norm(np.einsum("fij,fj->fi", F, along), axis=1) - 1.0
    area = 0.5 * np.abs(det)
    return warp, weft, area


def vertex_average(values: np.ndarray, weights: np.ndarray, faces: np.ndarray, n: int):
    """Area-weighted average of per-face values onto vertices."""
    w = np.repeat(weights, 3)
    num = np.bincount(faces.ravel(), weights=np.repeat(values, 3) * w, minlength=n)
    den = np.bincount(faces.ravel(), weights=w, minlength=n)
    return num / np.maximum(den, 1e-12)


def save_mesh(vertices: np.ndarray, faces: np.ndarray, path: str | Path,
              uvs: np.ndarray | None = None) -> Path:
    """Write a triangle mesh as .glb/.obj/.ply via trimesh, through a temp file + rename."""
    import trimesh

    out = Path(path)
    suffix = out.suffix.lower()
    if suffix not in SAVE_FORMATS:
        raise InputError(f"cannot write {out.name!r}; expected a {', '.join(SAVE_FORMATS)} file",
                         field="out")
    mesh = trimesh.Trimesh(np.asarray(vertices, float), np.asarray(faces, np.int64),
                           process=False)
    if uvs is not None and suffix != ".ply":
        uv = np.asarray(uvs, float)
        span = np.ptp(uv, axis=0).max() or 1.0
        mesh.visual = trimesh.visual.TextureVisuals(uv=(uv - uv.min(axis=0)) / span)
    data = mesh.export(file_type=suffix[1:])
    if isinstance(data, str):
        data = data.encode("utf-8")
    atomic_write_bytes(out, data)
    return out

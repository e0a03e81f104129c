"""What the renderer draws: plain-array meshes of the body and the draped garment.

The renderer takes these small frozen records, not the bodies/drape types themselves, so it
works with anything that has the arrays (a fitted ``Body``, a ``DrapedGarment``, a mesh read
from a file). ``as_body`` / ``as_garment`` adapt such objects by their attribute names.
Units are cm, Y up, the body faces +Z, the floor is Y = 0.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from mtm.core.errors import InputError


@dataclass(frozen=True, eq=False)
class BodyMesh:
    """A triangle mesh of the body: ``vertices`` (N, 3) cm, ``faces`` (F, 3) int."""

    vertices: np.ndarray
    faces: np.ndarray

    def __post_init__(self) -> None:
        _check_mesh("body", self.vertices, self.faces)


@dataclass(frozen=True, eq=False)
class GarmentMesh:
    """A draped garment: ``vertices`` (N, 3) cm, ``faces`` (F, 3) int, and optionally
    ``uvs`` (N, 2) pattern coordinates in cm (grain along +V), ``strain`` (N,) or (N, 2)
    stretch as a fraction (0.05 = 5 %; with two columns, warp and weft), ``ease`` (N,) gap to
    the skin in cm, and ``piece`` (F,) the pattern piece of each face."""

    vertices: np.ndarray
    faces: np.ndarray
    uvs: np.ndarray | None = None
    strain: np.ndarray | None = None
    ease: np.ndarray | None = None
    piece: np.ndarray | None = None

    def __post_init__(self) -> None:
        _check_mesh("garment", self.vertices, self.faces)
        n = len(self.vertices)
        for name, shape in (("uvs", (n, 2)), ("ease", (n,))):
            arr = getattr(self, name)
            if arr is not None and np.shape(arr) != shape:
                raise InputError(f"shape {np.shape(arr)}, expected {shape}",
                                 field=f"garment.{name}")
        if self.strain is not None and np.shape(self.strain)[:1] != (n,):
            raise InputError(f"shape {np.shape(self.strain)}, expected ({n},) or ({n}, 2)",
                             field="garment.strain")

    @property
    def stretch_percent(self) -> np.ndarray | None:
        """Per-vertex stretch in %, the larger of warp and weft when both are given."""
        if self.strain is None:
            return None
        s = np.asarray(self.strain, dtype=np.float64)
        if s.ndim == 2:
            s = s.max(axis=1)
        return 100.0 * s


def _check_mesh(what: str, vertices: np.ndarray, faces: np.ndarray) -> None:
    v = np.asarray(vertices)
    f = np.asarray(faces)
    if v.ndim != 2 or v.shape[1] != 3 or len(v) == 0:
        raise InputError(f"vertices have shape {v.shape}, expected (N, 3)", field=what)
    if f.ndim != 2 or f.shape[1] != 3 or len(f) == 0:
        raise InputError(f"faces have shape {f.shape}, expected (F, 3) triangles", field=what)
    if f.min() < 0 or f.max() >= len(v):
        raise InputError("faces refer to vertices that do not exist", field=what)
    if not np.isfinite(v).all():
        raise InputError("vertices contain NaN or infinity", field=what)


def as_body(obj: object) -> BodyMesh:
    """A ``BodyMesh`` from anything with ``vertices`` and ``faces`` (e.g. a fitted ``Body``)."""
    if isinstance(obj, BodyMesh):
        return obj
    mesh = getattr(obj, "mesh", None)
    src = obj if hasattr(obj, "vertices") else mesh
    if src is None or not hasattr(src, "faces"):
        raise InputError(f"{type(obj).__name__} has no vertices/faces", field="body")
    return BodyMesh(np.asarray(src.vertices, dtype=np.float64),
                    np.asarray(src.faces, dtype=np.int64))


def as_garment(obj: object) -> GarmentMesh:
    """A ``GarmentMesh`` from anything with ``vertices`` and ``faces`` plus any of ``uvs``,
    ``strain`` (or ``strain_warp`` and ``strain_weft``), ``ease`` and ``piece`` /
    ``piece_of_face`` (e.g. a ``DrapedGarment``)."""
    if isinstance(obj, GarmentMesh):
        return obj
    if not hasattr(obj, "vertices") or not hasattr(obj, "faces"):
        raise InputError(f"{type(obj).__name__} has no vertices/faces", field="garment")

    def first(*names: str) -> np.ndarray | None:
        for name in names:
            value = getattr(obj, name, None)
            if value is not None:
                return np.asarray(value)
        return None

    uvs = first("uvs", "uv")
    strain = first("strain", "stretch")
    warp, weft = first("strain_warp"), first("strain_weft")
    if strain is None and warp is not None and weft is not None:
        strain = np.stack([warp, weft], axis=1)  # a DrapedGarment's two grain directions
    ease = first("ease", "gap")
    piece = first("piece", "piece_of_face", "piece_ids", "face_piece", "piece_id")
    return GarmentMesh(
        vertices=np.asarray(obj.vertices, dtype=np.float64),
        faces=np.asarray(obj.faces, dtype=np.int64),
        uvs=None if uvs is None else uvs.astype(np.float64),
        strain=None if strain is None else strain.astype(np.float64),
        ease=None if ease is None else ease.astype(np.float64),
        piece=piece,
    )


def vertex_normals(vertices: np.ndarray, faces: np.ndarray, *, weld_cm: float = 1e-3
                   ) -> np.ndarray:
    """Area-weighted vertex normals, averaged over vertices at the same place (within
    ``weld_cm``) so seams where pieces meet shade smoothly even though their UVs split them."""
    v = np.asarray(vertices, dtype=np.float64)
    f = np.asarray(faces, dtype=np.int64)
    fn = np.cross(v[f[:, 1]] - v[f[:, 0]], v[f[:, 2]] - v[f[:, 0]])  # length = 2 * area
    keys = np.round(v / weld_cm).astype(np.int64)
    _, group = np.unique(keys, axis=0, return_inverse=True)
    group = group.ravel()
    n_groups = int(group.max()) + 1
    corners = group[f].ravel()  # each face adds its normal to its three corners
    fn3 = np.repeat(fn, 3, axis=0)
    acc = np.stack([np.bincount(corners, fn3[:, k], n_groups) for k in range(3)], axis=1)
    n = acc[group]
    length = np.linalg.norm(n, axis=1, keepdims=True)
    return np.divide(n, length, out=np.zeros_like(n), where=length > 0)


def join_garments(garments: Sequence[GarmentMesh]) -> GarmentMesh:
    """Several garments (an outfit) as one mesh of their vertices and faces (for what covers
    the body; their looks and UVs are not kept)."""
    if len(garments) == 1:
        return garments[0]
    offsets = np.cumsum([0] + [len(g.vertices) for g in garments[:-1]])
    return GarmentMesh(np.vstack([g.vertices for g in garments]),
                       np.vstack([g.faces + o for g, o in zip(garments, offsets, strict=True)]))

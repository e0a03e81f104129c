"""GLB (binary glTF 2.0) files of the body and the textured garment, and reading them back.

glTF is in metres, so vertices are written at 1/100 of their cm. The garment carries its
fabric tile as a repeating base-colour texture (UV = pattern cm / tile cm), so web viewers and
phones show the real fabric at its real scale. Our own data rides along as application
attributes that viewers ignore: ``_UV_CM`` (pattern coordinates in cm), ``_STRAIN`` and
``_EASE``, so ``load_glb`` can re-render with another fabric or a fit map.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

import numpy as np
import trimesh
from PIL import Image
from trimesh.visual.material import PBRMaterial

from mtm.core.errors import InputError
from mtm.render.cover import tuck_garment_under, tucked_body
from mtm.render.files import atomic_output
from mtm.render.fitmap import FitMap
from mtm.render.meshes import BodyMesh, GarmentMesh, join_garments, vertex_normals
from mtm.render.scene import skin_tone
from mtm.render.textures import RGB, FabricTexture

CM_PER_M = 100.0


def _pow2_tile(look: FabricTexture, max_px: int = 1024) -> Image.Image:
    """The tile resized to power-of-two sides, which every WebGL viewer can repeat and mipmap."""
    h, w = look.image.shape[:2]

    def p2(n: int) -> int:
        return int(min(max_px, max(64, 2 ** int(np.ceil(np.log2(n))))))

    return look.to_pil().resize((p2(w), p2(h)), Image.Resampling.LANCZOS)


def _trimesh(vertices: np.ndarray, faces: np.ndarray) -> trimesh.Trimesh:
    mesh = trimesh.Trimesh(vertices=np.asarray(vertices) / CM_PER_M, faces=faces, process=False,
                           vertex_normals=vertex_normals(vertices, faces))
    return mesh


def garment_trimesh(garment: GarmentMesh, look: FabricTexture | None = None,
                    fit: FitMap | None = None) -> trimesh.Trimesh:
    """The garment in metres: textured with ``look`` through its UVs, or coloured per vertex by
    a fit map, or plain in the look's colour when it has no UVs."""
    mesh = _trimesh(garment.vertices, garment.faces)
    if fit is not None:
        rgb = fit.colors(fit.values(garment))
        rgba = np.hstack([rgb, np.full((len(rgb), 1), 255, np.uint8)])
        mesh.visual = trimesh.visual.ColorVisuals(mesh, vertex_colors=rgba)
    elif look is not None and garment.uvs is not None:
        material = PBRMaterial(name=f"fabric-{look.name}", baseColorTexture=_pow2_tile(look),
                               metallicFactor=0.0, roughnessFactor=0.9, doubleSided=True)
        mesh.visual = trimesh.visual.TextureVisuals(uv=look.tex_coords(garment.uvs),
                                                    material=material)
    else:
        color = look.mean_color if look is not None else (120, 120, 120)
        mesh.visual = trimesh.visual.TextureVisuals(material=PBRMaterial(
            name="fabric", baseColorFactor=[*color, 255], metallicFactor=0.0,
            roughnessFactor=0.9, doubleSided=True))
    if garment.uvs is not None:
        mesh.vertex_attributes["_UV_CM"] = np.asarray(garment.uvs, dtype=np.float32)
    if garment.strain is not None:
        mesh.vertex_attributes["_STRAIN"] = np.asarray(garment.strain, dtype=np.float32)
    if garment.ease is not None:
        mesh.vertex_attributes["_EASE"] = np.asarray(garment.ease, dtype=np.float32)
    return mesh


def body_trimesh(body: BodyMesh, skin: str | RGB | None = None) -> trimesh.Trimesh:
    """The body in metres with a plain skin-coloured material."""
    mesh = _trimesh(body.vertices, body.faces)
    mesh.visual = trimesh.visual.TextureVisuals(material=PBRMaterial(
        name="skin", baseColorFactor=[*skin_tone(skin), 255], metallicFactor=0.0,
        roughnessFactor=0.7))
    return mesh


def export_glb(path: str | os.PathLike[str], body: BodyMesh | None, garment: GarmentMesh | None,
               *, look: FabricTexture | None = None, fit: FitMap | None = None,
               skin: str | RGB | None = None, tuck: bool = False) -> None:
    """Write a GLB with nodes 'body' and 'garment' (whichever are given), atomically. With
    ``tuck`` the body is drawn under the cloth where it covers it (for viewers, not data)."""
    if body is None and garment is None:
        raise InputError("nothing to export: give a body, a garment or both", source=str(path))
    data = glb_bytes(body, garment, look=look, fit=fit, skin=skin, tuck=tuck)
    with atomic_output(path) as tmp:
        tmp.write_bytes(data)


def export_outfit_glb(path: str | os.PathLike[str], body: BodyMesh | None,
                      garments: Sequence[GarmentMesh], names: Sequence[str],
                      looks: Sequence[FabricTexture | None] | None = None,
                      skin: str | RGB | None = None, tuck: bool = False) -> None:
    """Write an outfit: the body and each garment as its own named mesh, atomically."""
    looks = list(looks) if looks is not None else [None] * len(garments)
    data = glb_bytes(body, garments[0], look=looks[0], skin=skin, tuck=tuck, name=names[0],
                     under=[(g, lk, n) for g, lk, n in zip(garments[1:], looks[1:], names[1:],
                                                           strict=True)])
    with atomic_output(path) as tmp:
        tmp.write_bytes(data)


def glb_bytes(body: BodyMesh | None, garment: GarmentMesh | None, *,
              look: FabricTexture | None = None, fit: FitMap | None = None,
              skin: str | RGB | None = None, tuck: bool = False, name: str = "garment",
              under: Sequence[tuple[GarmentMesh, FabricTexture | None, str]] = ()) -> bytes:
    """The GLB of ``export_glb`` as bytes (for pages that embed the model). With ``tuck`` the
    body is drawn under the cloth where the garment covers it (``render.cover``), as on
    screen; without, the body is kept exactly (a drape's data file)."""
    if body is None and garment is None:
        raise InputError("nothing to export: give a body, a garment or both", field="model")
    scene = trimesh.Scene()
    if tuck and garment is not None:  # an outfit's bottoms drawn under the top, as on screen
        under = [(tuck_garment_under(g, garment), lk, n) for g, lk, n in under]
    cloth = [g for g in [garment, *(u[0] for u in under)] if g is not None]
    if tuck and body is not None and cloth:
        body = tucked_body(body, join_garments(cloth))
    if body is not None:
        scene.add_geometry(body_trimesh(body, skin), geom_name="body", node_name="body")
    if garment is not None:
        scene.add_geometry(garment_trimesh(garment, look, fit), geom_name=name, node_name=name)
    for other, other_look, other_name in under:
        scene.add_geometry(garment_trimesh(other, other_look), geom_name=other_name,
                           node_name=other_name)
    return scene.export(file_type="glb")



def load_glb(path: str | os.PathLike[str]) -> tuple[BodyMesh | None, GarmentMesh | None]:
    """Read a GLB (ours, or any with a mesh named like 'body' and others for the garment).

    Geometry is brought to cm: files whose figure is under 3 units tall are taken as metres
    (glTF's unit). Garment UVs come from ``_UV_CM`` when present, else from TEXCOORD_0, taken
    as cm unless their area disagrees with the mesh's (then rescaled, see ``uv_scale_to_cm``).
    """
    p = Path(path)
    if not p.is_file():
        raise InputError("file not found; expected a .glb of a draped garment", source=str(p))
    try:
        scene = trimesh.load(p, force="scene", process=False)
    except Exception as error:  # trimesh raises many kinds for a bad file
        raise InputError(f"not a readable GLB/glTF file ({error})", source=str(p)) from None
    bodies, garments = [], []
    for node in scene.graph.nodes_geometry:
        transform, geom_name = scene.graph[node]
        geom = scene.geometry[geom_name]
        if not isinstance(geom, trimesh.Trimesh) or len(geom.faces) == 0:
            continue
        mesh = geom.copy()
        mesh.apply_transform(transform)
        is_body = "body" in f"{node} {geom_name}".lower()
        (bodies if is_body else garments).append(mesh)
    if not bodies and not garments:
        raise InputError("the file holds no triangle meshes", source=str(p))
    all_v = np.concatenate([m.vertices for m in bodies + garments])
    scale = CM_PER_M if np.ptp(all_v[:, 1]) < 3.0 else 1.0

    body = None
    if bodies:
        b = trimesh.util.concatenate(bodies) if len(bodies) > 1 else bodies[0]
        body = BodyMesh(np.asarray(b.vertices) * scale, np.asarray(b.faces))
    garment = None
    if garments:
        garment = _garment_from_trimeshes(garments, scale)
    return body, garment


def uv_scale_to_cm(vertices_cm: np.ndarray, faces: np.ndarray, uvs: np.ndarray) -> float:
    """Factor that brings UVs to cm: 1 when they already are (cloth barely stretches, so UV
    area ~ 3D area), else the square root of the area ratio (UVs normalised by an exporter)."""
    v, uv, f = np.asarray(vertices_cm, float), np.asarray(uvs, float), np.asarray(faces)
    if len(uv) != len(v):
        return 1.0
    a3 = 0.5 * np.linalg.norm(np.cross(v[f[:, 1]] - v[f[:, 0]], v[f[:, 2]] - v[f[:, 0]]),
                              axis=1).sum()
    e1, e2 = uv[f[:, 1]] - uv[f[:, 0]], uv[f[:, 2]] - uv[f[:, 0]]
    a2 = 0.5 * np.abs(e1[:, 0] * e2[:, 1] - e1[:, 1] * e2[:, 0]).sum()
    if a2 <= 0 or a3 <= 0:
        return 1.0
    k = float(np.sqrt(a3 / a2))
    return 1.0 if 0.6 < k < 1.6 else k


def _garment_from_trimeshes(meshes: list[trimesh.Trimesh], scale: float) -> GarmentMesh:
    verts, faces, uvs, strain, ease, piece = [], [], [], [], [], []
    offset = 0
    for i, m in enumerate(meshes):
        attrs = {k.upper().lstrip("_"): np.asarray(v) for k, v in m.vertex_attributes.items()}
        uv = attrs.get("UV_CM")
        if uv is None:
            uv = getattr(m.visual, "uv", None)
            if uv is not None:
                uv = np.asarray(uv, dtype=np.float64) * uv_scale_to_cm(
                    np.asarray(m.vertices) * scale, np.asarray(m.faces), uv)
        verts.append(np.asarray(m.vertices) * scale)
        faces.append(np.asarray(m.faces) + offset)
        uvs.append(None if uv is None else np.asarray(uv, dtype=np.float64).reshape(-1, 2))
        strain.append(attrs.get("STRAIN"))
        ease.append(attrs.get("EASE"))
        piece.append(np.full(len(m.faces), i))
        offset += len(m.vertices)

    def joined(parts: list[np.ndarray | None]) -> np.ndarray | None:
        if any(x is None for x in parts):
            return None
        arrs = [np.asarray(x, dtype=np.float64) for x in parts]
        if len({a.shape[1:] for a in arrs}) > 1:
            return None
        out = np.concatenate(arrs)
        return out[:, 0] if out.ndim == 2 and out.shape[1] == 1 else out

    return GarmentMesh(np.concatenate(verts), np.concatenate(faces), uvs=joined(uvs),
                       strain=joined(strain), ease=joined(ease), piece=np.concatenate(piece))

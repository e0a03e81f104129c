"""The 3D scene: body and draped garment under three-point light, rendered off-screen.

pyvista/VTK without a window (EGL or OSMesa when there is no display). A ``Scene`` holds one
VTK plotter; set a view and take ``image()`` as many times as needed (a turntable reuses it).
Conventions: cm, Y up, the body faces +Z, floor at Y = 0.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import pyvista as pv
from PIL import Image, ImageFilter

from mtm.core.errors import InputError
from mtm.render.cover import tuck_garment_under, tucked_body
from mtm.render.fitmap import FitMap, fit_map
from mtm.render.meshes import BodyMesh, GarmentMesh, join_garments, vertex_normals
from mtm.render.textures import RGB, FabricTexture, fabric_look, parse_color

pv.OFF_SCREEN = True
if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
    # no display: go straight to EGL instead of trying X first (and warning about it)
    os.environ.setdefault("VTK_DEFAULT_OPENGL_WINDOW", "vtkEGLRenderWindow")

#: Skin tones: the 10 tones of the Monk Skin Tone scale (Google, CC BY 4.0), light to deep.
SKIN_TONES: dict[str, RGB] = {
    "mst-1": (246, 237, 228), "mst-2": (243, 231, 219), "mst-3": (247, 234, 208),
    "mst-4": (234, 218, 186), "mst-5": (215, 189, 150), "mst-6": (160, 126, 86),
    "mst-7": (130, 92, 67), "mst-8": (96, 65, 52), "mst-9": (58, 49, 42), "mst-10": (41, 36, 32),
}
SKIN_ALIASES = {"light": "mst-2", "medium": "mst-5", "tan": "mst-6", "brown": "mst-7",
                "deep": "mst-9"}

#: Camera azimuth (degrees about +Y, from +Z towards +X) of each view preset. The body's left
#: is +X, so 'left' looks at the body's left side.
VIEWS: dict[str, float] = {
    "front": 0.0, "three-quarter": 35.0, "left": 90.0, "back": 180.0, "right": -90.0,
}

#: quality -> (anti-aliasing, ambient occlusion). Measured with llvmpipe at 600x750: draft
#: ~0.04 s CPU a frame, high (supersampled) ~0.14 s, best (+ SSAO) several times more.
QUALITIES = {"draft": (False, False), "high": (True, False), "best": (True, True)}

BACKGROUND: RGB = (236, 234, 229)


def skin_tone(value: str | RGB | None) -> RGB:
    """A skin colour from a Monk scale name ('mst-1'..'mst-10'), an alias ('light', 'medium',
    'tan', 'brown', 'deep') or any colour."""
    if value is None:
        return SKIN_TONES["mst-4"]
    if isinstance(value, str):
        key = SKIN_ALIASES.get(value.strip().lower(), value.strip().lower())
        if key in SKIN_TONES:
            return SKIN_TONES[key]
    return parse_color(value, SKIN_TONES["mst-4"], field="skin")


def view_azimuth(view: str | float) -> float:
    """Camera azimuth in degrees for a preset name from ``VIEWS`` or a number of degrees."""
    if isinstance(view, str):
        key = view.strip().lower().replace("_", "-").replace("3/4", "three-quarter")
        if key not in VIEWS:
            raise InputError(f"unknown view {view!r}; expected one of {', '.join(VIEWS)} "
                             "or an angle in degrees", field="view")
        return VIEWS[key]
    return float(view)


@dataclass(frozen=True)
class SceneStyle:
    """How the scene looks: the fabric (a look, a colour) or a fit map, skin, size, quality."""

    look: FabricTexture | None = None
    fit_map: str | None = None
    skin: str | RGB | None = None
    size: tuple[int, int] = (800, 1000)
    quality: str = "high"
    background: RGB = BACKGROUND
    floor: bool = True
    legend: bool = True


def _polydata(vertices: np.ndarray, faces: np.ndarray) -> pv.PolyData:
    f = np.asarray(faces, dtype=np.int64)
    cells = np.hstack([np.full((len(f), 1), 3, dtype=np.int64), f]).ravel()
    mesh = pv.PolyData(np.asarray(vertices, dtype=np.float32), cells)
    mesh.point_data["Normals"] = vertex_normals(vertices, faces).astype(np.float32)
    mesh.point_data.active_normals_name = "Normals"
    return mesh


def _vtk_texture(look: FabricTexture) -> pv.Texture:
    tex = pv.Texture(np.ascontiguousarray(look.image))
    tex.repeat = True
    tex.interpolate = True
    tex.mipmap = True
    try:
        tex.SetMaximumAnisotropicFiltering(1.0)
    except AttributeError:  # older VTK
        pass
    return tex


def _floor_texture(points: np.ndarray, half: float, center: tuple[float, float], bg: RGB,
                   px: int = 512) -> np.ndarray:
    """The floor as an image: the background colour darkened by a soft shadow under the
    figure (occupancy seen from above, blurred) and a tighter contact shadow at the feet."""
    cm_per_px = 2 * half / px

    def occupancy(pts: np.ndarray) -> Image.Image:
        img = np.zeros((px, px), dtype=np.float32)
        if len(pts):
            col = ((pts[:, 0] - center[0] + half) / cm_per_px).astype(int)
            row = ((pts[:, 2] - center[1] + half) / cm_per_px).astype(int)  # row 0 at -Z
            ok = (col >= 0) & (col < px) & (row >= 0) & (row < px)
            img[row[ok], col[ok]] = 255.0
        return Image.fromarray(img.astype(np.uint8), "L")

    soft = occupancy(points)
    soft = soft.filter(ImageFilter.MaxFilter(5)).filter(ImageFilter.GaussianBlur(14.0 / cm_per_px))
    contact = occupancy(points[points[:, 1] < 6.0])
    contact = contact.filter(ImageFilter.MaxFilter(3)).filter(
        ImageFilter.GaussianBlur(2.5 / cm_per_px))
    dark = 0.30 * np.asarray(soft, np.float32) / 255 + 0.45 * np.asarray(contact, np.float32) / 255
    shade = 1.0 - np.clip(dark, 0.0, 0.6)
    rgb = np.asarray(bg, np.float32)[None, None, :] * shade[..., None]
    return np.clip(np.rint(rgb), 0, 255).astype(np.uint8)


class Scene:
    """A body and a garment set up for rendering; ``set_view`` then ``image``.

    ``body`` and ``garment`` may each be None (a garment alone, a body alone). With a fit
    map the garment shows the map's colours and a legend instead of its fabric. Pass
    ``plotter`` (e.g. a pyvistaqt view) to dress an on-screen plotter the same way. ``under``
    holds the other garments of an outfit (e.g. the trousers under a shirt; outermost first:
    the shirt, then the trousers, under a jacket), each in its own look.
    """

    def __init__(self, body: BodyMesh | None, garment: GarmentMesh | None,
                 style: SceneStyle | None = None, *, plotter: pv.Plotter | None = None,
                 under: Sequence[tuple[GarmentMesh, FabricTexture]] = ()) -> None:
        self.style = style = style or SceneStyle()
        if body is None and garment is None:
            raise InputError("nothing to render: give a body, a garment or both")
        if style.quality not in QUALITIES:
            raise InputError(f"unknown quality {style.quality!r}; expected one of "
                             f"{', '.join(QUALITIES)}", field="quality")
        w, h = (int(s) for s in style.size)
        if not (16 <= w <= 8192 and 16 <= h <= 8192):
            raise InputError(f"{w}x{h}: image size must be 16..8192 pixels each way",
                             field="size")
        self.body = body
        self.garment = garment
        # an outfit's other garments (outermost first) are drawn under the garment and under
        # each other wherever those cover them: a shirt under its jacket, the trousers under both
        tucked: list[tuple[GarmentMesh, FabricTexture]] = []
        for g, look in under:
            over = ([garment] if garment is not None else []) + [t for t, _ in tucked]
            tucked.append((tuck_garment_under(g, join_garments(over)) if over else g, look))
        self.under = tuple(tucked)
        self.fit: FitMap | None = fit_map(style.fit_map) if style.fit_map else None
        self.look = style.look or fabric_look("solid")

        self._owns_plotter = plotter is None
        if plotter is None:
            plotter = pv.Plotter(off_screen=True, window_size=(w, h), lighting="none")
        else:  # someone else's (e.g. the studio's Qt view): dress it, leave its life to them
            plotter.clear()
            plotter.remove_all_lights()
        self.plotter = plotter
        try:
            self._build()
        except BaseException:
            if self._owns_plotter:
                self.plotter.close()
            raise

    def _build(self) -> None:
        p, style, body, garment = self.plotter, self.style, self.body, self.garment
        p.set_background(np.asarray(style.background) / 255.0)

        all_points = []
        cloth = self.outfit_mesh()
        if body is not None:
            if cloth is not None:  # covered skin drawn under the cloth, never through it
                body = tucked_body(body, cloth)
            mesh = _polydata(body.vertices, body.faces)
            p.add_mesh(mesh, color=np.asarray(skin_tone(style.skin)) / 255.0,
                       smooth_shading=True, ambient=0.18, diffuse=0.8, specular=0.12,
                       specular_power=18, name="body")
            all_points.append(np.asarray(body.vertices))
        if garment is not None:
            self._add_garment(garment)
            all_points.append(np.asarray(garment.vertices))
        for i, (other, look) in enumerate(self.under):
            self._add_garment(other, look=look, name=f"garment-{i + 2}", fit=False)
            all_points.append(np.asarray(other.vertices))
        self.points = np.concatenate(all_points)
        self._frame_camera()
        if style.floor:
            self._add_floor()
        self._add_lights()
        aa, ao = QUALITIES[style.quality]
        if ao:
            # VTK's SSAO darkens the ambient term only (ambient ~0.2 here): a subtle effect
            p.enable_ssao(radius=0.03 * self._height, bias=0.002 * self._height, kernel_size=32,
                          blur=True)
        if aa:
            p.enable_anti_aliasing("ssaa")
        else:  # pyvista turns multisampling on by default; a draft is for speed
            p.ren_win.SetMultiSamples(0)
        self.set_view("front")

    # ------------------------------------------------------------------ building

    def set_look(self, look: FabricTexture) -> None:
        """Dress the garment in another fabric look at once: only its actor is replaced
        (no new scene, floor or lights), so a swatch click shows without delay."""
        self.look = look
        if self.garment is not None and self.fit is None:
            self._add_garment(self.garment)  # same actor name: pyvista replaces it
            # pyvista's replacing "garment" also removes every actor named "garment-*": the
            # outfit's other garments go back in their own looks
            for i, (other, other_look) in enumerate(self.under):
                self._add_garment(other, look=other_look, name=f"garment-{i + 2}", fit=False)

    def outfit_mesh(self) -> GarmentMesh | None:
        """Every garment shown as one mesh (what covers the body), or None."""
        meshes = ([self.garment] if self.garment is not None else []) + [g for g, _ in self.under]
        return join_garments(meshes) if meshes else None

    def _add_garment(self, garment: GarmentMesh, look: FabricTexture | None = None,
                     name: str = "garment", fit: bool = True) -> None:
        p = self.plotter
        look = look or self.look
        mesh = _polydata(garment.vertices, garment.faces)
        h_px = int(self._size[1])
        common = dict(smooth_shading=True, ambient=0.2, diffuse=0.82, specular=0.04,
                      specular_power=8, name=name)
        if fit and self.fit is not None:
            values = self.fit.values(garment)
            mesh.point_data["fit"] = values.astype(np.float32)
            lut = pv.LookupTable()
            lut.values = np.hstack([self.fit.table(), np.full((256, 1), 255, np.uint8)])
            lut.scalar_range = (self.fit.vmin, self.fit.vmax)
            bar = dict(title=self.fit.label, n_labels=self.fit.ticks, fmt="%.0f",
                       color="#303030", vertical=True, position_x=0.87, position_y=0.3,
                       height=0.4, width=0.05, title_font_size=max(10, h_px // 50),
                       label_font_size=max(9, h_px // 60),
                       shadow=False)
            p.add_mesh(mesh, scalars="fit", cmap=lut, clim=(self.fit.vmin, self.fit.vmax),
                       show_scalar_bar=self.style.legend, scalar_bar_args=bar, **common)
        elif garment.uvs is not None:
            mesh.active_texture_coordinates = look.tex_coords(garment.uvs)
            p.add_mesh(mesh, texture=_vtk_texture(look), **common)
        else:  # no pattern coordinates: the fabric's colour as seen from a distance
            p.add_mesh(mesh, color=np.asarray(look.mean_color) / 255.0, **common)

    def _frame_camera(self) -> None:
        pts = self.points
        lo, hi = pts.min(axis=0), pts.max(axis=0)
        self._height = float(max(hi[1], 1.0))
        cx, cz = float((lo[0] + hi[0]) / 2), float((lo[2] + hi[2]) / 2)
        r_xz = float(np.sqrt(((pts[:, 0] - cx) ** 2 + (pts[:, 2] - cz) ** 2).max()))
        bottom = min(0.0, float(lo[1]))
        self._target = np.array([cx, (bottom + hi[1]) / 2, cz])
        w, h = self._size
        view_angle = 25.0
        tan_v = np.tan(np.radians(view_angle / 2))
        tan_h = tan_v * w / h
        half_h = (hi[1] - bottom) / 2 * 1.07
        # the nearest the figure gets to the camera in any view is r_xz: keep it all in frame
        dist = max(half_h / tan_v, r_xz * 1.12 / tan_h) + r_xz
        self._dist = float(dist)
        self._r_xz = r_xz
        self.plotter.camera.view_angle = view_angle
        self.plotter.camera.clipping_range = (max(dist - 4 * r_xz, 1.0), dist + 6 * r_xz + 400)

    def _add_floor(self) -> None:
        half = max(2.5 * self._height, 6 * self._r_xz)
        c = (float(self._target[0]), float(self._target[2]))
        img = _floor_texture(self.points, half, c, self.style.background)
        floor = pv.Plane(center=(c[0], -0.05, c[1]), direction=(0, 1, 0), i_size=2 * half,
                         j_size=2 * half, i_resolution=1, j_resolution=1)
        # texture coordinates: s along +X, t along -Z (image row 0, the top, is t = 1 at -Z)
        tc = np.stack([(floor.points[:, 0] - c[0] + half) / (2 * half),
                       (half - (floor.points[:, 2] - c[1])) / (2 * half)], 1)
        floor.active_texture_coordinates = tc.astype(np.float32)
        tex = pv.Texture(img)
        tex.interpolate = True
        # unlit, so the floor melts into the background except for the shadow
        self.plotter.add_mesh(floor, texture=tex, ambient=1.0, diffuse=0.0, specular=0.0,
                              name="floor", lighting=False)

    def _add_lights(self) -> None:
        # camera lights: positions in the camera frame (camera at +Z looking at the origin),
        # so the light stays with the viewer as the turntable turns
        key = pv.Light(position=(-1.0, 0.9, 1.0), intensity=0.85, light_type="camera light")
        fill = pv.Light(position=(1.2, 0.1, 1.0), intensity=0.42, light_type="camera light")
        rim = pv.Light(position=(0.6, 1.0, -1.2), intensity=0.5, light_type="camera light")
        top = pv.Light(position=(0.0, 1.0, 0.2), intensity=0.2, light_type="camera light")
        for light in (key, fill, rim, top):
            self.plotter.add_light(light)

    @property
    def _size(self) -> tuple[int, int]:
        """Pixel size of the picture: the style's, or the window's for a plotter passed in."""
        if self._owns_plotter:
            return (int(self.style.size[0]), int(self.style.size[1]))
        w, h = self.plotter.window_size
        return (int(w), int(h))

    # ------------------------------------------------------------------ use

    def set_view(self, view: str | float, elevation: float = 4.0) -> None:
        """Point the camera: a preset name from ``VIEWS`` or an azimuth in degrees."""
        azimuth = view_azimuth(view)
        a, e = np.radians(azimuth), np.radians(elevation)
        offset = self._dist * np.array([np.sin(a) * np.cos(e), np.sin(e), np.cos(a) * np.cos(e)])
        cam = self.plotter.camera
        cam.focal_point = tuple(self._target)
        cam.position = tuple(self._target + offset)
        cam.up = (0.0, 1.0, 0.0)
        self.azimuth = azimuth

    def image(self) -> np.ndarray:
        """Render the current view: RGB uint8 (H, W, 3)."""
        self.plotter.render()
        img = self.plotter.screenshot(return_img=True)
        return np.ascontiguousarray(img[..., :3])

    def project(self, points: np.ndarray) -> np.ndarray:
        """Pixel (column, row) of world points in the current view; row 0 is the top."""
        w, h = self._size
        cam = self.plotter.camera
        m = cam.GetCompositeProjectionTransformMatrix(w / h, -1, 1)
        mat = np.array([[m.GetElement(i, j) for j in range(4)] for i in range(4)])
        pts = np.c_[np.asarray(points, dtype=np.float64), np.ones(len(points))]
        clip = pts @ mat.T
        ndc = clip[:, :3] / clip[:, 3:4]
        col = (ndc[:, 0] + 1) / 2 * w
        row = (1 - ndc[:, 1]) / 2 * h
        return np.stack([col, row], 1)

    def close(self) -> None:
        """Free the VTK window and its GPU/EGL resources (not a plotter passed in)."""
        if self._owns_plotter:
            self.plotter.close()

    def __enter__(self) -> Scene:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

"""Body depths, breadths and heights measured on a mesh as ANSUR II defines them.

These are the dimensions a tape does not give but a body's shape shows: how deep the
buttocks are, how wide the hips, where the seat is. They are measured here on horizontal
plane sections of the mesh (trimesh), written apart from ``measure.py`` (the fit's own,
differentiable tape) so that each can check the other. Definitions (Hotzman et al. 2011):

- buttock height: floor to the level of the buttocks' greatest rearward protrusion;
- buttock depth: horizontal front-to-back depth of the trunk at that level;
- hip breadth: the greatest horizontal breadth across the hips (standing);
- chest depth: horizontal depth of the trunk at bust-point level;
- waist depth / breadth: depth / breadth of the trunk at the navel (omphalion);
- buttock circumference: horizontal girth at the buttock level (ISO 8559-1 hip girth);
- chest circumference: horizontal girth at bust-point level;
- waist circumference (ANSUR): horizontal girth at the navel, not the narrowest waist.

Units cm, Y up, the body faces +Z; arms are left out of every section.
"""

from __future__ import annotations

from functools import lru_cache

import numpy as np
import shapely
import shapely.ops
import trimesh

from .landmarks import _arm_weight, landmark_points
from .makehuman import load_model

#: Step (cm) of the level searches.
STEP_CM = 0.5


@lru_cache(maxsize=1)
def _trunk_faces() -> np.ndarray:
    """The body's faces without the arms (either side), so sections hold trunk and legs."""
    model = load_model()
    arm = (_arm_weight(model, "l") >= 0.5) | (_arm_weight(model, "r") >= 0.5)
    faces = np.asarray(model.faces)
    return faces[~arm[faces].any(axis=1)]


def _loops(mesh: trimesh.Trimesh, y: float) -> list[shapely.Polygon]:
    """The closed outlines of the horizontal section at height ``y``, in (x, z)."""
    lines = trimesh.intersections.mesh_plane(mesh, plane_normal=[0, 1, 0],
                                             plane_origin=[0, y, 0])
    if len(lines) == 0:
        return []
    # segment ends shared by neighbouring triangles agree only to rounding: snap them
    segments = np.round(lines[:, :, [0, 2]], 5)
    merged = shapely.ops.linemerge(shapely.MultiLineString([s for s in segments]))
    parts = merged.geoms if hasattr(merged, "geoms") else [merged]
    polys = []
    for line in parts:
        coords = np.asarray(line.coords)
        if len(coords) >= 4 and np.linalg.norm(coords[0] - coords[-1]) < 0.05:
            poly = shapely.Polygon(coords).buffer(0)
            if poly.area > 1.0:
                polys.append(poly)
    return polys


def _trunk_loop(mesh: trimesh.Trimesh, y: float) -> shapely.Polygon | None:
    """The section loop round the trunk at ``y``: the largest one crossing the midline."""
    loops = [p for p in _loops(mesh, y) if p.bounds[0] < 0.0 < p.bounds[2]]
    return max(loops, key=lambda p: p.area) if loops else None


class Anthropometer:
    """Measures one body (vertices in cm on the model's topology) by ANSUR definitions."""

    def __init__(self, vertices: np.ndarray, sex: str | float | None = None):
        self.vertices = np.asarray(vertices, dtype=np.float64)
        self.mesh = trimesh.Trimesh(self.vertices, _trunk_faces(), process=False)
        self.points = landmark_points(self.vertices, sex)

    def _levels(self, lo: float, hi: float) -> np.ndarray:
        return np.arange(lo, hi + 1e-9, STEP_CM)

    def buttock_level(self) -> float:
        """Height (cm) of the buttocks' greatest rearward protrusion, between the crotch and
        the navel."""
        lo = self.points["crotch"][1] + 1.0
        hi = self.points["navel"][1]
        best_y, best_z = lo, np.inf
        for y in self._levels(lo, hi):
            loop = _trunk_loop(self.mesh, y)
            if loop is not None and loop.bounds[1] < best_z:
                best_y, best_z = float(y), loop.bounds[1]
        return best_y

    def depth_at(self, y: float) -> float:
        loop = _trunk_loop(self.mesh, y)
        return float(loop.bounds[3] - loop.bounds[1]) if loop is not None else float("nan")

    def breadth_at(self, y: float) -> float:
        loop = _trunk_loop(self.mesh, y)
        return float(loop.bounds[2] - loop.bounds[0]) if loop is not None else float("nan")

    def girth_at(self, y: float) -> float:
        """Tape girth (convex hull perimeter: the tape bridges hollows) at height ``y``."""
        loop = _trunk_loop(self.mesh, y)
        return float(loop.convex_hull.length) if loop is not None else float("nan")

    def hip_breadth(self) -> float:
        """Greatest breadth across hips and thighs, from 5 cm under the crotch to the navel
        (below the crotch both legs' loops count together)."""
        lo = self.points["crotch"][1] - 5.0
        hi = self.points["navel"][1]
        best = 0.0
        for y in self._levels(lo, hi):
            loops = [p for p in _loops(self.mesh, y)]
            if loops:
                x0 = min(p.bounds[0] for p in loops)
                x1 = max(p.bounds[2] for p in loops)
                best = max(best, x1 - x0)
        return float(best)

    def bust_level(self) -> float:
        return float((self.points["bust_l"][1] + self.points["bust_r"][1]) / 2)

    def measure(self) -> dict[str, float]:
        """Every dimension of the module docstring, in cm."""
        seat = self.buttock_level()
        bust = self.bust_level()
        navel = float(self.points["navel"][1])
        return {
            "buttock_height": seat,
            "buttock_depth": self.depth_at(seat),
            "hip_breadth": self.hip_breadth(),
            "chest_depth": self.depth_at(bust),
            "waist_depth": self.depth_at(navel),
            "waist_breadth": self.breadth_at(navel),
            "buttock_girth": self.girth_at(seat),
            "chest_girth_at_bust": self.girth_at(bust),
            "waist_girth_at_navel": self.girth_at(navel),
        }


#: ANSUR II columns (mm) of the dimensions above.
ANSUR_COLUMNS = {
    "buttock_height": "buttockheight",
    "buttock_depth": "buttockdepth",
    "hip_breadth": "hipbreadth",
    "chest_depth": "chestdepth",
    "waist_depth": "waistdepth",
    "waist_breadth": "waistbreadth",
    "buttock_girth": "buttockcircumference",
    "chest_girth_at_bust": "chestcircumference",
    "waist_girth_at_navel": "waistcircumference",
}


def measure_shape(vertices: np.ndarray, sex: str | float | None = None) -> dict[str, float]:
    """ANSUR-defined depths, breadths, heights and girths of a body mesh (cm)."""
    return Anthropometer(vertices, sex).measure()

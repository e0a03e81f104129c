"""Layered and fused pieces drape stiffer: the drape has only the outer shell, but a
tailored collar is a top collar on an under collar, both fused, and a jacket's lapel is the
front with its facing under it.

Two kinds of layer lie on a draped panel and are not draped themselves:

- a fusing: an ``interfacing`` piece named after the piece it is fused to
  (``<piece>_fusing`` or ``<piece>_interfacing``: a jacket's front and under collar, a
  shirt's collar and cuffs); cut as pieces of their own so cut files and markers keep them
  apart;
- a second shell layer: a shell piece the drape leaves out (``assemble.drapes``) sewn by a
  seam to a draped piece and drafted in its coordinates (the two seam edges lie on each
  other: a jacket's top collar on its under collar, its facing under the lapel and the
  front edge), and that layer's own fusings. (An ao dai's under-front, sewn to the back and
  the sleeve but drafted in a frame of its own, is not one.)

``fuse`` adds each layer's stiffness to the panel's where the layer covers it (the panel's
pattern coordinates inside the layer's sew line): its stretch along its own grain (the top
collar on the straight grain over the under collar cut on the bias) to every cloth edge,
its bending to every bending hinge and its weight to every vertex there, through the
model's per-edge and per-hinge compliances. Adding the layers' stiffness is a lower bound: a
fused laminate bends stiffer than the sum of its layers (K. Kim, S. Inui, M. Takatera,
Text. Res. J. 82(4), 2012).

Without it a jacket's collar drapes as one layer of wool suiting on the bias, its shear
1/78 of its warp stiffness, and its stand sagged from 3 to 1.5 cm at the back neck of the
median man (issue 19).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from typing import Any

import numpy as np
import shapely

from .fabrics import Fabric, fabric_from_mapping
from .solver import ClothModel, _stretch_stiffness

#: a fusing cut for piece ``p`` is named ``p`` with one of these suffixes
FUSING_SUFFIXES = ("_fusing", "_interfacing")
DEFAULT_FUSING = "interfacing"


def load_fusing(name: str = DEFAULT_FUSING) -> Fabric:
    """A bundled fusible interfacing preset (``resources/fabrics/fusing/<name>.json``)."""
    entry = resources.files("mtm.resources").joinpath("fabrics", "fusing", f"{name}.json")
    return fabric_from_mapping(json.loads(entry.read_text(encoding="utf-8")),
                               source=f"fusing {name}")


@dataclass(frozen=True)
class Layer:
    """A piece lying on a draped piece: its name, outline and grain angle in the draped
    piece's pattern coordinates (radians from +Y towards +X) and whether it is a fusing."""

    piece: str
    on: str
    outline: Any  # shapely Polygon
    grain: float
    fused: bool


def grain_angle(piece) -> float:
    """A piece's grain line angle in radians from +Y towards +X, folded into [-pi/2, pi/2]."""
    (x0, y0), (x1, y1) = piece.grainline
    phi = float(np.arctan2(x1 - x0, y1 - y0)) if (x0, y0) != (x1, y1) else 0.0
    if phi > np.pi / 2:
        phi -= np.pi
    elif phi < -np.pi / 2:
        phi += np.pi
    return phi


def layers(garment, draped: set[str]) -> list[Layer]:
    """The layers lying on the ``draped`` pieces of ``garment``: each draped piece's fusings,
    the shell pieces not draped that are sewn to it, and their fusings."""
    pieces = {p.name: p for p in garment.pieces}

    def fusings(name: str) -> list[str]:
        return [f"{name}{s}" for s in FUSING_SUFFIXES
                if f"{name}{s}" in pieces and pieces[f"{name}{s}"].fabric == "interfacing"]

    out = []
    for name in sorted(draped):
        on_it = [(f, True) for f in fusings(name)]
        sewn = set()
        for seam in garment.seams:
            for a, b in ((seam.a, seam.b), (seam.b, seam.a)):
                p = pieces.get(a.piece)
                if (b.piece == name and a.piece not in draped and p is not None
                        and p.fabric == "shell"
                        and _same_frame(p.edge(a.edge), pieces[name].edge(b.edge))):
                    sewn.add(a.piece)
        for s in sorted(sewn):
            on_it += [(s, False)] + [(f, True) for f in fusings(s)]
        for layer, fused in on_it:
            p = pieces[layer]
            out.append(Layer(layer, name, shapely.Polygon(p.sew_line).buffer(0),
                             grain_angle(p), fused))
    return out


#: cm: a layer's sewn edge lies this near the edge it is sewn to when both are drawn in
#: the same frame (a top collar's outer edge is its under collar's grown by the turn of
#: cloth, 0.3 cm; a piece drafted in a frame of its own is tens of cm away)
SAME_FRAME_CM = 1.0


def _same_frame(edge_a, edge_b) -> bool:
    """The two edges lie on each other in 2D (within SAME_FRAME_CM): the layer is drawn in
    the coordinates of the piece it lies on (a facing in the front's, a top collar in its
    under collar's), so its outline tells where it covers that piece."""
    a = shapely.LineString(np.asarray(edge_a.polyline(), float))
    b = shapely.LineString(np.asarray(edge_b.polyline(), float))
    return a.hausdorff_distance(b) <= SAME_FRAME_CM


def _covered(panel, outline) -> np.ndarray:
    """Bool per vertex of ``panel``: its point of the pattern lies inside ``outline``."""
    uv = np.array(panel.mesh.uv, float)
    if panel.copy == "mirrored":
        uv[:, 0] = -uv[:, 0]
    inside = shapely.contains_xy(outline.buffer(1e-6), uv[:, 0], uv[:, 1])
    if panel.copy == "full":  # the unfolded half beyond the fold: the drawing mirrored
        inside |= shapely.contains_xy(outline.buffer(1e-6), -uv[:, 0], uv[:, 1])
    return inside


def _turned(d: np.ndarray, phi: np.ndarray) -> np.ndarray:
    """UV directions ``d`` in the frame of grain angles ``phi`` (as ``build_model`` turns
    them)."""
    c, s = np.cos(phi), np.sin(phi)
    return np.column_stack([d[:, 0] * c - d[:, 1] * s, d[:, 0] * s + d[:, 1] * c])


def fuse(model: ClothModel, assembled, garment, shell: Fabric,
         fusing: Fabric | None = None) -> np.ndarray:
    """Add the stiffness and weight of the ``layers`` lying on the panels of ``assembled``
    (``model`` built from them, ``shell`` its fabric; fusings in ``fusing``, default the
    ``interfacing`` preset; second shell layers in ``shell``): every cloth edge with both
    ends under a layer gets the layer's tensile stiffness along its direction from the
    layer's grain, every bending hinge with its four vertices under it the layer's bending
    stiffness, every vertex under it the layer's weight. Call before pressing folds
    (``folds.press_folds`` multiplies the stiffness it finds). Returns the number of layers
    per vertex."""
    draped = {p.piece for p in assembled.panels}
    found = layers(garment, draped)
    count = np.zeros(len(model.x), np.int64)
    if not found:
        return count
    fusing = fusing or load_fusing()
    e = model.edges
    d_uv = model.uv[e[:, 1]] - model.uv[e[:, 0]]
    shell_phi = (np.zeros(len(e)) if model.grain is None
                 else np.asarray(model.grain, float)[e[:, 0]])
    k_shell = _stretch_stiffness(shell, _turned(d_uv, shell_phi))
    k_edge = k_shell.copy()
    bend = np.full(len(model.bend_quads), shell.bending)
    density = np.full(len(model.x), shell.density_gsm)
    for i, panel in enumerate(assembled.panels):
        lo, hi = assembled.offsets[i], assembled.offsets[i + 1]
        for layer in found:
            if layer.on != panel.piece:
                continue
            fab = fusing if layer.fused else shell
            under = np.zeros(len(model.x), bool)
            under[lo:hi] = _covered(panel, layer.outline)
            if not under.any():
                continue
            phi = np.full(hi - lo, layer.grain)
            if panel.copy == "mirrored":
                phi = -phi
            elif panel.copy == "full":
                phi[panel.mesh.uv[:, 0] < 0] = -layer.grain
            phi_all = np.zeros(len(model.x))
            phi_all[lo:hi] = phi
            mine = under[e[:, 0]] & under[e[:, 1]]
            k_edge[mine] += _stretch_stiffness(fab, _turned(d_uv[mine], phi_all[e[mine, 0]]))
            if len(model.bend_quads):
                bend[under[model.bend_quads].all(axis=1)] += fab.bending
            density[under] += fab.density_gsm
            count[under] += 1
    model.edge_alpha = model.edge_alpha * (k_shell / k_edge)
    if len(model.bend_quads):
        model.bend_alpha = model.bend_alpha * (shell.bending / bend)
    heavier = density / shell.density_gsm
    model.mass = model.mass * heavier
    model.inv_mass = model.inv_mass / heavier
    return count

"""Pressed folds: the bending hinges along a panel's fold lines (a lapel's break line, a
collar's roll line) keep the fold the placement laid them in.

The isometric bending of the solver has a flat rest shape, so a turned-over part (the
collar's fall, a lapel) springs back towards flat as the seams are drawn in; a tailor
presses (and pad-stitches) that fold. ``press_folds`` gives the hinges across those lines the
rest bend they have in the placed cloth (``solver.press_hinges``), at PRESS_STIFFNESS times
the fabric's bending stiffness. Call it on a model built from the placed positions, instead
of leaving the hinges free (``drape.free_hinges``).
"""

from __future__ import annotations

from typing import Any

import numpy as np

from .solver import ClothModel, press_hinges

FOLD_BAND = 0.75  # edge lengths either side of a fold line whose hinges are pressed
#: bending stiffness of a pressed fold, times the fabric's: a tailored collar and lapel are
#: pressed over canvas and fusing. At the fabric's own stiffness the jacket's folds opened to
#: ~110 degrees as the seams were drawn in (median man); 30 kept 91% of the placed bend and
#: laid more of the fall below the stand than 1 or 100 (issue-19fold note)
PRESS_STIFFNESS = 30.0


def fold_hinges(model: ClothModel, assembled: Any, band: float = FOLD_BAND) -> np.ndarray:
    """Bool per bending hinge of ``model``: both vertices of its edge lie within ``band``
    edge lengths (UV) of a fold line of their panel (``Panel.folds``)."""
    near = np.zeros(len(model.x), bool)
    for i, panel in enumerate(assembled.panels):
        if not panel.folds:
            continue
        lo, hi = assembled.offsets[i], assembled.offsets[i + 1]
        uv = panel.mesh.uv
        for a, b in panel.folds:
            a, b = np.asarray(a, float), np.asarray(b, float)
            d = b - a
            t = np.clip(((uv - a) @ d) / float(d @ d), 0.0, 1.0)
            dist = np.linalg.norm(uv - (a + t[:, None] * d), axis=1)
            near[lo:hi] |= dist < band * model.edge_length
    if not len(model.bend_quads):
        return np.zeros(0, bool)
    return near[model.bend_quads[:, 0]] & near[model.bend_quads[:, 1]]


def press_folds(model: ClothModel, assembled: Any) -> int:
    """Press the fold lines of ``assembled``'s panels into ``model`` as it lies now (the
    placed cloth): their hinges get that bend as rest shape. Returns the number pressed."""
    hinges = fold_hinges(model, assembled)
    if hinges.any():
        press_hinges(model, hinges, PRESS_STIFFNESS)
    return int(hinges.sum())

"""Cloth shapes shared by the solver tests."""

import numpy as np

from mtm.core.drape.mesher import mesh_piece


def rect_piece(w: float, h: float, edge: float = 1.0):
    """A w x h cm rectangle meshed at ``edge`` cm, its four sides named bottom/right/top/left."""
    return mesh_piece("rect", [
        ("bottom", np.array([[0.0, 0.0], [w, 0.0]])),
        ("right", np.array([[w, 0.0], [w, h]])),
        ("top", np.array([[w, h], [0.0, h]])),
        ("left", np.array([[0.0, h], [0.0, 0.0]])),
    ], edge)

"""Comparing two drafts edge by edge: which edges did a change of one measurement move?"""

from __future__ import annotations

import numpy as np


def piece_points(garment) -> dict[str, dict[str, np.ndarray]]:
    """Control points of every edge, keyed by piece name and edge name."""
    return {p.name: {e.name: np.array(e.control) for e in p.edges} for p in garment.pieces}


def changed(a: dict, b: dict, atol: float = 1e-6) -> set[str]:
    """Names piece.edge whose control points differ between drafts ``a`` and ``b``."""
    out = set()
    for piece, edges in a.items():
        for edge, pts in edges.items():
            other = b[piece][edge]
            if pts.shape != other.shape or not np.allclose(pts, other, atol=atol, rtol=0):
                out.add(f"{piece}.{edge}")
    return out

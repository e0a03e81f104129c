"""Cloth draping: mesh the pattern, place it round the body, sew it and let it settle (XPBD).

The public entry point is ``drape_garment``; ``load_fabric`` reads a fabric preset.
"""

from .drape import drape_garment, measure_drape
from .fabrics import Fabric, fabric_names, load_fabric
from .result import DrapedGarment
from .solver import DrapeDivergedError, SolverSettings

__all__ = [
    "DrapeDivergedError",
    "DrapedGarment",
    "Fabric",
    "SolverSettings",
    "drape_garment",
    "fabric_names",
    "load_fabric",
    "measure_drape",
]

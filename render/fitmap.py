"""Fit maps: per-vertex stretch (%) or ease (cm) as colours on fixed ranges, red = tight.

The ranges are fixed, not fitted to the data, so two fittings (two sizes, two customers)
read on the same scale. Colours run blue (relaxed) - green - yellow - red (tight), like the
strain maps of commercial 3D garment tools.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from mtm.core.errors import InputError
from mtm.render.meshes import GarmentMesh

#: Colour ramp from relaxed (0) to tight (1).
RAMP = np.array([
    [45, 90, 175],    # blue
    [70, 160, 205],   # sky
    [110, 195, 120],  # green
    [240, 215, 70],   # yellow
    [240, 140, 50],   # orange
    [210, 30, 35],    # red
], dtype=np.float64)


@dataclass(frozen=True)
class FitMap:
    """One fit map: what it shows, its unit and its fixed range.

    ``tight_at_max``: True when large values mean tight (stretch), False when small values do
    (ease: no gap to the skin is tight).
    """

    name: str
    title: str
    unit: str
    vmin: float
    vmax: float
    tight_at_max: bool
    ticks: int

    def values(self, garment: GarmentMesh) -> np.ndarray:
        """The per-vertex quantity this map shows, in ``unit``."""
        if self.name == "strain":
            v = garment.stretch_percent
        else:
            v = None if garment.ease is None else np.asarray(garment.ease, dtype=np.float64)
        if v is None:
            raise InputError(f"the garment has no per-vertex {self.name} to show",
                             field="fit-map")
        return v

    def tightness(self, values: np.ndarray) -> np.ndarray:
        """0 (relaxed) .. 1 (tight), clipped to the fixed range."""
        t = (np.asarray(values, dtype=np.float64) - self.vmin) / (self.vmax - self.vmin)
        t = np.clip(t, 0.0, 1.0)
        return t if self.tight_at_max else 1.0 - t

    def colors(self, values: np.ndarray) -> np.ndarray:
        """RGB uint8 (N, 3) for the values."""
        return ramp_colors(self.tightness(values))

    def table(self, n: int = 256) -> np.ndarray:
        """RGB uint8 (n, 3) from ``vmin`` to ``vmax``, for a lookup table and legend."""
        return self.colors(np.linspace(self.vmin, self.vmax, n))

    @property
    def label(self) -> str:
        return f"{self.title} ({self.unit})"


def ramp_colors(t: np.ndarray) -> np.ndarray:
    """RGB uint8 (N, 3) for tightness ``t`` in 0..1 along ``RAMP``."""
    t = np.clip(np.asarray(t, dtype=np.float64), 0.0, 1.0)
    x = np.linspace(0.0, 1.0, len(RAMP))
    rgb = np.stack([np.interp(t, x, RAMP[:, k]) for k in range(3)], axis=-1)
    return np.rint(rgb).astype(np.uint8)


#: Stretch 0-20 % (a woven shirt stays under ~2 %, a jersey tee reaches 10-20 % where tight);
#: ease 0-5 cm gap to the skin (0 = touching; a fitted shirt's chest has 1-2 cm).
FIT_MAPS: dict[str, FitMap] = {
    "strain": FitMap("strain", "Stretch", "%", 0.0, 20.0, tight_at_max=True, ticks=5),
    "ease": FitMap("ease", "Ease", "cm", 0.0, 5.0, tight_at_max=False, ticks=6),
}


def fit_map(name: str) -> FitMap:
    """The fit map called ``name`` ('strain' or 'ease')."""
    key = name.strip().lower()
    if key not in FIT_MAPS:
        raise InputError(f"unknown fit map {name!r}; expected one of {', '.join(FIT_MAPS)}",
                         field="fit-map")
    return FIT_MAPS[key]

"""Length units at the edges of the program; inside, everything is centimetres."""

from __future__ import annotations

from .errors import InputError

#: Centimetres per unit, for every length unit a user or file may name.
CM_PER_UNIT: dict[str, float] = {"cm": 1.0, "mm": 0.1, "in": 2.54, "m": 100.0}

#: Spellings seen in files, mapped onto the canonical unit names above.
UNIT_ALIASES: dict[str, str] = {
    "cm": "cm", "centimeter": "cm", "centimetre": "cm", "centimeters": "cm", "centimetres": "cm",
    "mm": "mm", "millimeter": "mm", "millimetre": "mm", "millimeters": "mm", "millimetres": "mm",
    "in": "in", "inch": "in", "inches": "in", '"': "in",
    "m": "m", "meter": "m", "metre": "m",
}


def normalise_unit(name: object, *, field: str = "units") -> str:
    """Return the canonical unit for ``name`` ('cm', 'mm', 'in', 'm') or raise InputError."""
    key = str(name).strip().lower() if name is not None else ""
    if key not in UNIT_ALIASES:
        raise InputError(f"unknown unit {name!r}; expected one of cm, mm, in", field=field)
    return UNIT_ALIASES[key]


def to_cm(value: float, unit: str) -> float:
    """Convert a length in ``unit`` to centimetres."""
    return float(value) * CM_PER_UNIT[normalise_unit(unit)]


def from_cm(value: float, unit: str) -> float:
    """Convert a length in centimetres to ``unit``."""
    return float(value) / CM_PER_UNIT[normalise_unit(unit)]

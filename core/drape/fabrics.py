"""Fabric presets for the drape: mechanical properties read from ``resources/fabrics``.

Each preset is a JSON file with areal density, warp/weft/bias tensile stiffness, bending
rigidity, friction and thickness, and says where its values come from (KES-F literature).
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources
from pathlib import Path

from mtm.core.errors import InputError

DEFAULT_FABRIC = "cotton_jersey"

_FIELDS = {
    "density_gsm": "density_gsm",
    "stretch_warp": "stretch_warp_n_per_m",
    "stretch_weft": "stretch_weft_n_per_m",
    "stretch_bias": "stretch_bias_n_per_m",
    "bending": "bending_n_m",
    "friction": "friction",
    "thickness_mm": "thickness_mm",
}


@dataclass(frozen=True)
class Fabric:
    """Mechanical properties of a cloth, in the SI units fabric testing publishes."""

    name: str
    density_gsm: float  # areal density, g/m^2
    stretch_warp: float  # tensile stiffness per width along the grain (pattern Y), N/m
    stretch_weft: float  # across the grain (pattern X), N/m
    stretch_bias: float  # at 45 degrees, N/m
    bending: float  # bending rigidity per width, N*m
    friction: float  # cloth-on-skin Coulomb coefficient
    thickness_mm: float
    woven: bool = True
    label: str = ""
    source: str = ""


def _fabric_dir():
    return resources.files("mtm.resources").joinpath("fabrics")


def fabric_names() -> list[str]:
    """Names of the bundled fabric presets, sorted."""
    return sorted(p.name[:-5] for p in _fabric_dir().iterdir() if p.name.endswith(".json"))


def fabric_from_mapping(data: dict, source: str = "fabric") -> Fabric:
    """Build a Fabric from a preset's JSON mapping, checking every field."""
    values: dict[str, float] = {}
    for attr, key in _FIELDS.items():
        raw = data.get(key)
        try:
            val = float(raw)
        except (TypeError, ValueError):
            raise InputError(f"needs a number for {key!r}, got {raw!r}", source=source) from None
        if not val > 0 and not (attr == "friction" and val == 0):
            raise InputError(f"{key!r} must be positive, got {val:g}", source=source)
        values[attr] = val
    return Fabric(name=str(data.get("name", source)), woven=bool(data.get("woven", True)),
                  label=str(data.get("label", "")), source=str(data.get("source", "")), **values)


def load_fabric(name_or_path: str | Path = DEFAULT_FABRIC) -> Fabric:
    """A bundled preset by name (``denim``, ``cotton-jersey``...) or a JSON file by path."""
    text = str(name_or_path)
    path = Path(text)
    if text.endswith(".json") and path.is_file():
        source = str(path)
        raw = path.read_text(encoding="utf-8")
    else:
        key = text.strip().lower().replace("-", "_").replace(" ", "_")
        entry = _fabric_dir().joinpath(f"{key}.json")
        if not entry.is_file():
            raise InputError(f"unknown fabric {text!r}; expected one of "
                             f"{', '.join(fabric_names())} or a .json file", field="fabric")
        source = f"fabric {key}"
        raw = entry.read_text(encoding="utf-8")
    try:
        data = json.loads(raw)
    except json.JSONDecodeError as error:
        raise InputError(f"is not valid JSON ({error.msg} at line {error.lineno})",
                         source=source) from None
    if not isinstance(data, dict):
        raise InputError("must hold a JSON object", source=source)
    return fabric_from_mapping(data, source=source)

"""The garment catalogue: every garment module is listed once in ``GARMENTS``.

A garment module exposes ``SPEC``, a ``GarmentSpec`` declaring its name, the measurements it
needs, its style options and the drafting system it follows, and ``draft(measurements,
options=None) -> Garment`` (measurements: a ``MeasurementSet`` or any mapping key -> cm).
Adding a garment = one module + one line here.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field

from mtm.core.errors import MtmError
from mtm.core.garment import Garment

from .options import Option

#: garment name -> module path
GARMENTS: dict[str, str] = {
    "tshirt": "mtm.patterns.tshirt",
    "shirt": "mtm.patterns.shirt",
    "skirt": "mtm.patterns.skirt",
    "trousers": "mtm.patterns.trousers",
    "sheath_dress": "mtm.patterns.sheath_dress",
    "jacket": "mtm.patterns.jacket",
    "ao_dai": "mtm.patterns.ao_dai",
    "ao_dai_trousers": "mtm.patterns.ao_dai_trousers",
    "qipao": "mtm.patterns.qipao",
}


@dataclass(frozen=True)
class GarmentSpec:
    """What a garment declares about itself (read by the CLI, the studio and the grader)."""

    name: str
    title: str
    measurements: tuple[str, ...]
    options: tuple[Option, ...]
    sexes: tuple[str, ...]  # who it is drafted for: ('female', 'male')
    system: str  # the drafting system credited
    draft: Callable[..., Garment]
    fabric: str = "cotton_jersey"  # the drape fabric preset a maker would choose by default
    layer: int = 0  # 0: worn next to the skin; 1: worn over another top (Garment.layer)
    #: options a maker drafts it with when it is worn under a jacket (an outfit with a
    #: garment of layer 1), unless the customer asks otherwise (``options_under_jacket``)
    under_jacket: Mapping[str, object] = field(default_factory=dict)

    def to_dict(self) -> dict:
        return {
            "name": self.name,
            "title": self.title,
            "measurements": list(self.measurements),
            "sexes": list(self.sexes),
            "system": self.system,
            "fabric": self.fabric,
            "layer": self.layer,
            "under_jacket": dict(self.under_jacket),
            "options": [o.to_dict() for o in self.options],
        }


def options_under_jacket(spec: GarmentSpec, layers: Iterable[int],
                         options: Mapping[str, object] | None = None) -> dict[str, object]:
    """``options`` of garment ``spec`` in an outfit whose garments have ``layers`` (each
    ``GarmentSpec.layer`` / ``Garment.layer``): with a jacket (layer 1) over a top next to
    the skin, the top's ``under_jacket`` options where ``options`` do not set them."""
    chosen = dict(options or {})
    if spec.layer == 0 and any(layer == 1 for layer in layers):
        return {**dict(spec.under_jacket), **chosen}
    return chosen


def garment_names() -> list[str]:
    return list(GARMENTS)


def get_garment(name: str) -> GarmentSpec:
    """The spec of garment ``name``; MtmError listing the known garments when unknown."""
    if name not in GARMENTS:
        raise MtmError(f"unknown garment {name!r}; known: {', '.join(GARMENTS)}", field="garment")
    return importlib.import_module(GARMENTS[name]).SPEC


def draft(
    name: str,
    measurements: Mapping[str, float],
    options: Mapping[str, object] | None = None,
) -> Garment:
    """Draft garment ``name`` (shortcut for ``get_garment(name).draft``)."""
    return get_garment(name).draft(measurements, options)

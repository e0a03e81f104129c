"""Size tables: named body-measurement sets per size (XS..3XL), for grading.

Tables live in ``resources/size_tables/<name>.json`` (format ``mtm-size-table/1``); how the
bundled ones were made is in ``scripts/make_size_tables.py``.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from importlib import resources

from .errors import InputError
from .measurements import MeasurementSet


@dataclass(frozen=True)
class SizeTable:
    """Body measurements per size, in size order; ``base_size`` is the sample size."""

    name: str
    sex: str
    base_size: str
    source: str
    sizes: tuple[tuple[str, MeasurementSet], ...]

    @property
    def size_names(self) -> tuple[str, ...]:
        return tuple(name for name, _ in self.sizes)

    def __getitem__(self, size: str) -> MeasurementSet:
        for name, ms in self.sizes:
            if name == size:
                return ms
        raise InputError(f"size {size!r} is not in table {self.name!r}; expected one of "
                         f"{', '.join(self.size_names)}", field="size")


def available_size_tables() -> list[str]:
    """Names of the bundled size tables."""
    folder = resources.files("mtm.resources").joinpath("size_tables")
    return sorted(p.name[:-5] for p in folder.iterdir() if p.name.endswith(".json"))


def load_size_table(name: str) -> SizeTable:
    """A bundled size table by name ('women', 'men'); InputError naming the choices otherwise."""
    if name not in available_size_tables():
        raise InputError(f"unknown size table {name!r}; expected one of "
                         f"{', '.join(available_size_tables())}", field="size-table")
    text = resources.files("mtm.resources").joinpath("size_tables", f"{name}.json").read_text()
    data = json.loads(text)
    sizes = tuple(
        (size, MeasurementSet.from_mapping(values, units=data.get("units", "cm"),
                                           sex=data["sex"], name=f"{data['name']} {size}"))
        for size, values in data["sizes"].items()
    )
    return SizeTable(name=data["name"], sex=data["sex"], base_size=data["base_size"],
                     source=data["source"], sizes=sizes)

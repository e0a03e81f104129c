"""Build the women's and men's XS-3XL size tables from ANSUR II.

The control dimension is the chest (bust) girth, in the 8 cm intervals that EN 13402-3 uses for
its letter codes; each size's chest is the interval centre. Every other body measurement is the
ANSUR II regression on chest girth alone (``resources/estimates.json``), i.e. the average US Army
soldier of that chest girth; the waist is the survey's navel waist (``waist_girth_omphalion``),
the natural waist follows from it, and the measurements ANSUR II lacks follow the rules in
``mtm.core.estimate``. Run: ``python scripts/make_size_tables.py``.
"""

from __future__ import annotations

import json
from pathlib import Path

from mtm.core.measurements import CATALOGUE, MeasurementSet

OUT = Path(__file__).resolve().parents[1] / "resources" / "size_tables"
LETTERS = ("XS", "S", "M", "L", "XL", "XXL", "3XL")
CHEST_CENTRES = {
    "female": (78, 86, 94, 102, 110, 118, 126),
    "male": (86, 94, 102, 110, 118, 126, 134),
}
NAMES = {"female": "women", "male": "men"}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for sex, centres in CHEST_CENTRES.items():
        sizes = {}
        for letter, chest in zip(LETTERS, centres, strict=True):
            ms = MeasurementSet.from_mapping({"chest_girth": chest}, sex=sex).with_estimates()
            sizes[letter] = {k: round(ms.values[k], 1) for k in CATALOGUE if k in ms.values}
        table = {
            "format": "mtm-size-table/1",
            "name": NAMES[sex],
            "sex": sex,
            "units": "cm",
            "base_size": "M",
            "source": "chest intervals of EN 13402-3 letter codes (8 cm steps); other measurements "
                      "from ANSUR II regressions on chest girth (scripts/make_size_tables.py)",
            "sizes": sizes,
        }
        path = OUT / f"{NAMES[sex]}.json"
        path.write_text(json.dumps(table, indent=1))
        print(f"wrote {path}")


if __name__ == "__main__":
    main()

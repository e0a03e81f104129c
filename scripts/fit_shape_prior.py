"""Fit the population shape prior (``resources/shape_prior.json``) on the full ANSUR II survey.

For each sex the mean and covariance of the tape measurements a customer may give (every
column the ANSUR reader maps to a catalogue key, and the weight) together with the depths,
breadths and heights a tape does not give (``mtm.core.shape_prior.SHAPE_COLUMNS``) are stored,
in cm and kg. The least-squares regression of any shape dimension on any subset of the given
measurements, and its residual spread, follow from these moments exactly
(``mtm.core.shape_prior``), so one small table serves every combination of inputs. The range of
each column is stored too, to keep predictions inside the population.

Run once: ``python scripts/fit_shape_prior.py`` (needs ../shared/data/ansur2 or
``$MTM_ANSUR_DIR``).
"""

from __future__ import annotations

import csv
import json
from pathlib import Path

import numpy as np

from mtm.core.io.ansur import ANSUR_COLUMNS, FILES, SHARED_DIR
from mtm.core.shape_prior import SHAPE_COLUMNS, WEIGHT_COLUMN

OUT = Path(__file__).resolve().parents[1] / "resources" / "shape_prior.json"


def columns() -> list[str]:
    """The given columns (catalogue keys' and weight) then the shape columns, no repeats."""
    given = list(dict.fromkeys([*ANSUR_COLUMNS.values(), WEIGHT_COLUMN]))
    return given + [c for c in SHAPE_COLUMNS.values() if c not in given]


def fit(sex: str) -> dict:
    path = SHARED_DIR / FILES[sex]
    with open(path, newline="", encoding="latin-1") as handle:
        rows = [{k.strip().lower(): v for k, v in r.items() if k} for r in csv.DictReader(handle)]
    names = [c for c in columns() if c in rows[0]]
    data = np.array([[float(r[c]) for c in names] for r in rows]) / 10.0  # mm -> cm, 0.1 kg -> kg
    return {
        "subjects": len(rows),
        "columns": names,
        "mean": [round(float(m), 4) for m in data.mean(0)],
        "cov": [[round(float(c), 5) for c in row] for row in np.cov(data, rowvar=False)],
        "min": [round(float(m), 2) for m in data.min(0)],
        "max": [round(float(m), 2) for m in data.max(0)],
    }


def main() -> None:
    result = {
        "source": "ANSUR II public release (Gordon et al. 2014); scripts/fit_shape_prior.py",
        "units": "cm, weightkg in kg",
        "female": fit("female"),
        "male": fit("male"),
    }
    OUT.write_text(json.dumps(result, separators=(",", ":")) + "\n")
    print(f"wrote {OUT} ({OUT.stat().st_size // 1024} KB)")


if __name__ == "__main__":
    main()

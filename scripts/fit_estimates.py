"""Fit the regression that estimates missing measurements, from the full ANSUR II survey.

For each sex and each measurement the survey has, an ordinary least-squares model
``y = b0 + sum(b_i * x_i)`` is fitted for every non-empty subset of the predictors
height, chest, waist and hip, so whatever of those four a customer gave can be used.
The coefficients, the residual standard deviation and the number of subjects go to
``resources/estimates.json``. Run once: ``python scripts/fit_estimates.py``.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np

from mtm.core.io.ansur import SHARED_DIR, load_ansur

PREDICTORS = ("height", "chest_girth", "waist_girth", "hip_girth")
OUT = Path(__file__).resolve().parents[1] / "resources" / "estimates.json"


def fit(sex: str) -> dict:
    subjects = load_ansur(sex, path=SHARED_DIR / f"ANSUR_II_{sex.upper()}_Public.csv")
    keys = sorted(set.intersection(*(set(s.values) for s in subjects)))
    data = {k: np.array([s.values[k] for s in subjects]) for k in keys}
    models: dict = {}
    for target in keys:
        models[target] = {}
        for r in range(1, len(PREDICTORS) + 1):
            for subset in itertools.combinations(PREDICTORS, r):
                if target in subset:
                    continue
                x = np.column_stack([np.ones(len(subjects))] + [data[p] for p in subset])
                coef, *_ = np.linalg.lstsq(x, data[target], rcond=None)
                residual = data[target] - x @ coef
                models[target]["+".join(subset)] = {
                    "intercept": round(float(coef[0]), 5),
                    "coef": {p: round(float(c), 6) for p, c in zip(subset, coef[1:], strict=True)},
                    "rmse": round(float(np.sqrt(np.mean(residual**2))), 3),
                }
        models[target]["mean"] = {"intercept": round(float(data[target].mean()), 3),
                                   "coef": {}, "rmse": round(float(data[target].std()), 3)}
    return {"subjects": len(subjects), "models": models}


def main() -> None:
    result = {
        "source": "ANSUR II public release (Gordon et al. 2014); scripts/fit_estimates.py",
        "predictors": list(PREDICTORS),
        "female": fit("female"),
        "male": fit("male"),
    }
    OUT.write_text(json.dumps(result, indent=1, sort_keys=True))
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()

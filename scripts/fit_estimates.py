"""Fit the regression that estimates missing measurements, from the full ANSUR II survey.

For each sex and each measurement the survey has, an ordinary least-squares model
``y = b0 + sum(b_i * x_i)`` is fitted for every non-empty subset of the predictors
height, chest, navel waist and hip, so whatever of those four a customer gave can be used.
A key with a partner it must stay on one side of (``mtm.core.estimate.PARTNERS``: the neck
girth under the neck base girth) also gets every such model with the partner added, used when
the partner was measured, so its estimate follows the partner the customer gave.
The coefficients, the residual standard deviation (``rmse``), the largest residual over the
survey (``max_residual``, which bounds the population a prediction covers) and the number of
subjects go to ``resources/estimates.json``, with each predictor's survey minimum, mean and
maximum (``population``). Only measured survey values are used (the ANSUR reader's estimated
natural waist is left out). Run once: ``python scripts/fit_estimates.py``.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import numpy as np

from mtm.core.estimate import PARTNERS
from mtm.core.io.ansur import SHARED_DIR, load_ansur

PREDICTORS = ("height", "chest_girth", "waist_girth_omphalion", "hip_girth")
OUT = Path(__file__).resolve().parents[1] / "resources" / "estimates.json"


def fit(sex: str) -> dict:
    subjects = load_ansur(sex, path=SHARED_DIR / f"ANSUR_II_{sex.upper()}_Public.csv")
    measured = [s.measured() for s in subjects]
    keys = sorted(set.intersection(*(set(m) for m in measured)))
    data = {k: np.array([m[k] for m in measured]) for k in keys}
    models: dict = {}
    for target in keys:
        models[target] = {}
        partner = [PARTNERS[target][0]] if target in PARTNERS else []
        for r in range(1, len(PREDICTORS) + 1 + len(partner)):
            for subset in itertools.combinations((*PREDICTORS, *partner), r):
                if target in subset:
                    continue
                x = np.column_stack([np.ones(len(subjects))] + [data[p] for p in subset])
                coef, *_ = np.linalg.lstsq(x, data[target], rcond=None)
                residual = data[target] - x @ coef
                models[target]["+".join(subset)] = {
                    "intercept": round(float(coef[0]), 5),
                    "coef": {p: round(float(c), 6) for p, c in zip(subset, coef[1:], strict=True)},
                    "rmse": round(float(np.sqrt(np.mean(residual**2))), 3),
                    "max_residual": round(float(np.abs(residual).max()), 2),
                }
        centred = data[target] - data[target].mean()
        models[target]["mean"] = {"intercept": round(float(data[target].mean()), 3),
                                   "coef": {}, "rmse": round(float(data[target].std()), 3),
                                   "max_residual": round(float(np.abs(centred).max()), 2)}
    population = {p: {"min": round(float(data[p].min()), 1),
                      "mean": round(float(data[p].mean()), 2),
                      "max": round(float(data[p].max()), 1)} for p in PREDICTORS}
    return {"subjects": len(subjects), "models": models, "population": population}


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

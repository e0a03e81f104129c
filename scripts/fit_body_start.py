"""Fit the body fit's warm start (``resources/body_fit_start.json``) on ANSUR II subjects.

The body fit (``mtm.bodies.fit``) is a local solver on a cost with several basins (MakeHuman's
macros are kinked at 0.5). Started from fixed macro values it needs a second start for most
bodies; started near the answer it converges in one solve of fewer steps. This script fits
``--per-sex`` ANSUR II subjects per sex from the basic tape (the benchmark's inputs) the slow way
(``fit_body(warm_start=False)``: the fixed starts, the better body kept) and stores, per sex, the
ridge regression of the fitted parameters (macros and modifiers) on the filled-in measurements
(``mtm.bodies.fit.START_FEATURES``) as its normal equations, so that any subset of the
features has its regression (``mtm.bodies.fit.predicted_start``).

The subjects are drawn at random (``--seed``) from those the shape benchmark
(``benchmarks/body_shape.py``: 100 per sex at evenly spaced weight percentiles) does not use, so
the benchmark stays held out. Rerun after changing the fit's targets, modifiers or priors
(a parameter missing from the table starts at its neutral value, so an old table still works).

Run: ``python scripts/fit_body_start.py`` (needs ../shared/data/ansur2 or ``$MTM_ANSUR_DIR``;
about 2-4 CPU seconds per subject).
"""

from __future__ import annotations

import argparse
import csv
import json
import os
from pathlib import Path

import numpy as np

from mtm.bodies.fit import FIT_MACROS, START_FEATURES, _checked, fit_body
from mtm.core.io.ansur import ansur_path, ansur_row_to_set

OUT = Path(__file__).resolve().parents[1] / "resources" / "body_fit_start.json"
#: What the customer gives in the benchmark and here: the basic tape of issue 21.
GIVEN = ("height", "weight", "chest_girth", "waist_girth_omphalion", "hip_girth",
         "neck_base_girth", "shoulder_width", "back_waist_length", "arm_length", "inside_leg",
         "thigh_girth", "calf_girth", "ankle_girth", "wrist_girth", "head_girth")
RIDGE = 0.1  # ridge penalty per subject, on standardised features


def _rows(sex: str) -> list[dict[str, str]]:
    with open(ansur_path(sex), newline="", encoding="latin-1") as handle:
        return [{k.strip().lower(): v for k, v in r.items() if k} for r in csv.DictReader(handle)]


def _benchmark_ids(rows: list[dict[str, str]], n: int = 100) -> set[str]:
    """The subjects ``benchmarks/body_shape.py`` fits (evenly spaced weight percentiles)."""
    ranked = sorted(rows, key=lambda r: float(r["weightkg"]))
    picks = np.round(np.linspace(0.02, 0.98, n) * (len(ranked) - 1)).astype(int)
    return {ranked[i]["subjectid"] for i in picks}


def fit_sex(sex: str, n: int, seed: int) -> dict:
    rows = _rows(sex)
    held_out = _benchmark_ids(rows)
    pool = [r for r in rows if r["subjectid"] not in held_out]
    picks = np.random.default_rng(seed).choice(len(pool), n, replace=False)
    features, params, names = [], [], None
    for i in picks:
        full = ansur_row_to_set(pool[i], default_sex=sex)
        given = full.without(*[k for k in full.values if k not in GIVEN])
        body = fit_body(given, warm_start=False)
        names = tuple(m for m in FIT_MACROS if not (m == "cup" and sex == "male")) + tuple(
            body.params.modifiers)
        checked = _checked(given)
        features.append([float(checked[k]) for k in START_FEATURES])
        params.append([getattr(body.params, n) if n in FIT_MACROS else body.params.modifiers[n]
                       for n in names])
        print(f"{sex} {len(params)}/{n}", flush=True)
    return regression(np.asarray(features), np.asarray(params), names)


def regression(features: np.ndarray, params: np.ndarray, names: tuple[str, ...]) -> dict:
    """The ridge regression of ``params`` (n, P) on standardised ``features`` (n, F), stored
    as its normal equations (``gram`` = Z'Z / n, ``cross`` = Z'(Y - mean) / n, ``ridge``) so
    that the fit solves it for whichever features a customer has:
    ``coef = (gram + ridge I)^-1 cross`` over those rows and columns."""
    mean, spread = features.mean(0), features.std(0)
    z = (features - mean) / spread
    intercept = params.mean(0)
    n = len(z)
    return {"subjects": n, "features": list(START_FEATURES), "params": list(names),
            "ridge": RIDGE, "mean": mean.tolist(), "spread": spread.tolist(),
            "intercept": intercept.tolist(), "gram": (z.T @ z / n).tolist(),
            "cross": (z.T @ (params - intercept) / n).tolist()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-sex", type=int, default=40)
    parser.add_argument("--seed", type=int, default=123)
    args = parser.parse_args()
    os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
    result = {"source": "ANSUR II subjects outside the shape benchmark, fitted by "
                        "scripts/fit_body_start.py",
              **{sex: fit_sex(sex, args.per_sex, args.seed) for sex in ("female", "male")}}
    tmp = OUT.with_suffix(".tmp")
    tmp.write_text(json.dumps(result, separators=(",", ":")) + "\n")
    tmp.replace(OUT)
    print(f"wrote {OUT}")


if __name__ == "__main__":
    main()

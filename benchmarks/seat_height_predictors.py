"""Benchmark: how well can the buttock height be predicted from the basic tape? Prints JSON.

Usage: python benchmarks/seat_height_predictors.py [--folds 10] [--seed 0]

Issue 21 asks for buttock height (ANSUR II ``buttockheight``: floor to the buttocks' greatest
rearward protrusion) within MAE 1.5 cm and p95 3.5 cm over the 200 held-out subjects of
``benchmarks/body_shape.py``, on bodies fitted from the 15 basic tape inputs. The body follows
the prediction of ``mtm.core.shape_prior`` (ordinary least squares per sex), so the prediction's
own error is a floor for the body's. This compares predictors on the survey alone (numpy only):

- ``linear``: least squares per sex on the 15 inputs (what ``shape_prior`` does);
- ``ratios``: the same plus crotch height / stature, hip / stature, weight / stature^2, waist /
  hip, thigh / hip, and the squares of crotch height and stature;
- ``quadratic``: every square and product of the standardised inputs, ridge 10;
- ``log-log``: least squares on the logarithms;
- ``huber``: the linear model fitted robustly (Huber weights, k = 1.345);
- ``knn``: mean of the 20 nearest survey subjects (standardised inputs);
- ``linear + knn residual``: the linear model plus the mean residual of the 30 nearest;
- ``pooled``: one fit over both sexes with a sex term and sex interactions.

Each is scored twice: K-fold cross-validation over the whole survey (the two sexes weighted
equally, as in the benchmark), and trained without / tested on the benchmark's 200 subjects.
The 200 are one sample: the 95th percentile of 200 errors is their 10th largest, so the
cross-validated figure is the one that says whether a predictor is better.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from pathlib import Path

import numpy as np

from mtm.core.io.ansur import ansur_path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from body_shape import subjects_by_weight  # noqa: E402

#: ANSUR II columns of the 15 basic tape inputs (``body_shape.GIVEN``), in its order.
INPUTS = ("stature", "weightkg", "chestcircumference", "waistcircumference",
          "buttockcircumference", "neckcircumferencebase", "biacromialbreadth",
          "waistbacklength", "sleeveoutseam", "crotchheight", "thighcircumference",
          "calfcircumference", "anklecircumference", "wristcircumference",
          "headcircumference")
TARGET = "buttockheight"


def load(sex: str) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Inputs (cm, kg), buttock height (cm) and the indices of the benchmark's subjects."""
    with open(ansur_path(sex), newline="", encoding="latin-1") as handle:
        rows = [{k.strip().lower(): v for k, v in r.items() if k} for r in csv.DictReader(handle)]
    x = np.array([[float(r[c]) / 10.0 for c in INPUTS] for r in rows])
    y = np.array([float(r[TARGET]) / 10.0 for r in rows])
    index = {r["subjectid"]: i for i, r in enumerate(rows)}
    test = np.array([index[r["subjectid"]] for r in subjects_by_weight(sex, 100)])
    return x, y, test


def ratios(x: np.ndarray) -> np.ndarray:
    h, w, waist, hip, crotch, thigh = x[:, 0], x[:, 1], x[:, 3], x[:, 4], x[:, 9], x[:, 10]
    return np.c_[x, crotch / h, hip / h, w / (h / 100.0) ** 2, waist / hip, thigh / hip,
                 crotch ** 2 / 100.0, h ** 2 / 100.0]


def squares(x: np.ndarray, mean: np.ndarray, sd: np.ndarray) -> np.ndarray:
    z = (x - mean) / sd
    i, j = np.triu_indices(x.shape[1])
    return np.c_[x, z[:, i] * z[:, j]]


def least_squares(a: np.ndarray, y: np.ndarray, b: np.ndarray, ridge: float = 0.0) -> np.ndarray:
    """Fit on ``a``, ``y`` (standardised columns, intercept unpenalised) and predict ``b``."""
    mean, sd = a.mean(0), a.std(0)
    sd[sd == 0] = 1.0
    a1 = np.c_[np.ones(len(a)), (a - mean) / sd]
    b1 = np.c_[np.ones(len(b)), (b - mean) / sd]
    penalty = ridge * np.eye(a1.shape[1])
    penalty[0, 0] = 0.0
    return b1 @ np.linalg.solve(a1.T @ a1 + penalty, a1.T @ y)


def huber(a: np.ndarray, y: np.ndarray, b: np.ndarray, k: float = 1.345) -> np.ndarray:
    a1, b1 = np.c_[np.ones(len(a)), a], np.c_[np.ones(len(b)), b]
    weights = np.ones(len(y))
    for _ in range(30):
        root = np.sqrt(weights)
        coef = np.linalg.lstsq(a1 * root[:, None], y * root, rcond=None)[0]
        r = np.abs(y - a1 @ coef)
        scale = np.median(r) / 0.6745
        weights = np.minimum(1.0, k * scale / np.maximum(r, 1e-12))
    return b1 @ coef


def knn(a: np.ndarray, y: np.ndarray, b: np.ndarray, k: int = 20) -> np.ndarray:
    mean, sd = a.mean(0), a.std(0)
    za, zb = (a - mean) / sd, (b - mean) / sd
    out = np.empty(len(b))
    for start in range(0, len(b), 256):
        d = ((zb[start:start + 256, None, :] - za[None]) ** 2).sum(-1)
        out[start:start + 256] = y[np.argpartition(d, k, axis=1)[:, :k]].mean(1)
    return out


def knn_residual(a: np.ndarray, y: np.ndarray, b: np.ndarray) -> np.ndarray:
    residual = y - least_squares(a, y, a)
    return least_squares(a, y, b) + knn(a, residual, b, 30)


PER_SEX = {
    "linear": least_squares,
    "ratios": lambda a, y, b: least_squares(ratios(a), y, ratios(b)),
    "quadratic": lambda a, y, b: least_squares(squares(a, a.mean(0), a.std(0)), y,
                                               squares(b, a.mean(0), a.std(0)), ridge=10.0),
    "log-log": lambda a, y, b: np.exp(least_squares(np.log(a), np.log(y), np.log(b))),
    "huber": huber,
    "knn": knn,
    "linear + knn residual": knn_residual,
}


def pooled(a: np.ndarray, y: np.ndarray, b: np.ndarray, sa: np.ndarray,
           sb: np.ndarray) -> np.ndarray:
    return least_squares(np.c_[a, sa[:, None] * a, sa], y, np.c_[b, sb[:, None] * b, sb])


def _scores(errors: dict[str, np.ndarray]) -> dict[str, float]:
    """MAE and p95 of |error|, the two sexes weighted equally."""
    a = np.concatenate([np.abs(e) for e in errors.values()])
    w = np.concatenate([np.full(len(e), 0.5 / len(e)) for e in errors.values()])
    order = np.argsort(a)
    p95 = a[order][np.searchsorted(np.cumsum(w[order]), 0.95)]
    return {"mae": round(float((a * w).sum()), 2), "p95": round(float(p95), 2),
            **{f"{s}_p95": round(float(np.percentile(np.abs(e), 95)), 2)
               for s, e in errors.items()}}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", type=int, default=10)
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    data = {sex: load(sex) for sex in ("female", "male")}
    rng = np.random.default_rng(args.seed)
    folds = {sex: rng.permutation(len(y)) % args.folds for sex, (_, y, _) in data.items()}
    report: dict[str, object] = {"folds": args.folds, "seed": args.seed,
                                 "subjects": {s: len(d[1]) for s, d in data.items()}}

    def score(predict) -> dict[str, object]:
        """``predict(sex, train_mask, test_mask)`` -> predictions of the test subjects."""
        cv, held = {}, {}
        for sex, (_, y, test) in data.items():
            p = np.empty(len(y))
            for k in range(args.folds):
                p[folds[sex] == k] = predict(sex, folds[sex] != k, folds[sex] == k)
            cv[sex] = p - y
            mask = np.zeros(len(y), dtype=bool)
            mask[test] = True
            held[sex] = predict(sex, ~mask, mask) - y[mask]
        return {"cross_validated": _scores(cv), "benchmark_200": _scores(held)}

    for name, fit in PER_SEX.items():
        report[name] = score(lambda sex, tr, te, fit=fit: fit(data[sex][0][tr], data[sex][1][tr],
                                                             data[sex][0][te]))
    x_all = np.vstack([d[0] for d in data.values()])
    y_all = np.concatenate([d[1] for d in data.values()])
    s_all = np.concatenate([np.full(len(d[1]), float(i)) for i, d in enumerate(data.values())])
    offset = {"female": 0, "male": len(data["female"][1])}

    def pooled_predict(sex: str, tr: np.ndarray, te: np.ndarray) -> np.ndarray:
        train = np.ones(len(y_all), dtype=bool)
        n = len(data[sex][1])
        train[offset[sex]:offset[sex] + n] = tr  # the other sex trains in full
        test = np.flatnonzero(te) + offset[sex]
        return pooled(x_all[train], y_all[train], x_all[test], s_all[train], s_all[test])

    report["pooled"] = score(pooled_predict)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()

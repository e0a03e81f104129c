"""Estimate missing measurements from height, chest, waist and hip.

Measurements that ANSUR II also measures are predicted by linear regressions fitted on the
whole survey (``scripts/fit_estimates.py`` -> ``resources/estimates.json``): for each target the
model over the largest set of the four predictors that the customer gave *measured* values
for (a plain survey mean when none was given). Typical residual errors of the full model are
0.6 cm (wrist) to 3 cm (crotch length). The measurements ANSUR II lacks follow proportional
rules (see ``RULES``): from size tables, or fitted on bodies measured on the mesh.
Every estimated key is marked.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from functools import lru_cache
from importlib import resources

from .measurements import CATALOGUE, MeasurementSet

PREDICTORS: tuple[str, ...] = ("height", "chest_girth", "waist_girth", "hip_girth")

#: Rules for keys ANSUR II does not measure: sex -> function of the (completed) values.
#: Ratios read off Aldrich's size tables (Metric Pattern Cutting, women's and menswear) and
#: EN 13402-3 bra sizes; they give a sensible default, not a prediction to trust.
RULES: Mapping[str, Mapping[str, Callable[[Mapping[str, float]], float]]] = {
    "underbust_girth": {"female": lambda v: 0.84 * v["chest_girth"],
                        "male": lambda v: 0.92 * v["chest_girth"]},
    "across_front_width": {"female": lambda v: 0.91 * v["across_back_width"],
                           "male": lambda v: 0.92 * v["across_back_width"]},
    "bust_point_distance": {"female": lambda v: 0.20 * v["chest_girth"],
                            "male": lambda v: 0.19 * v["chest_girth"]},
    "knee_girth": {"female": lambda v: 0.62 * v["thigh_girth"],
                   "male": lambda v: 0.63 * v["thigh_girth"]},
    # the tailor's measurements of the áo dài and qipao cards: least squares over MakeHuman
    # bodies fitted to 12 ANSUR II subjects per sex, measured as bodies/measure.py defines
    # them (residual 0.8-2.9 cm)
    "upper_chest_girth": {"female": lambda v: 0.990 * v["chest_girth"],
                          "male": lambda v: 1.018 * v["chest_girth"]},
    "armscye_girth": {"female": lambda v: 0.448 * v["chest_girth"],
                      "male": lambda v: 0.470 * v["chest_girth"]},
    "neck_to_bust_point": {
        "female": lambda v: 0.548 * v["back_waist_length"] + 0.051 * v["chest_girth"],
        "male": lambda v: 0.517 * v["back_waist_length"] + 0.032 * v["chest_girth"]},
    "front_waist_length": {
        "female": lambda v: 1.038 * v["back_waist_length"] + 0.053 * v["chest_girth"],
        "male": lambda v: 0.959 * v["back_waist_length"] + 0.058 * v["chest_girth"]},
}


@lru_cache(maxsize=1)
def _models() -> dict:
    text = resources.files("mtm.resources").joinpath("estimates.json").read_text()
    return json.loads(text)


def _predict(sex: str, target: str, known: Mapping[str, float]) -> float:
    models = _models()[sex]["models"][target]
    available = [p for p in PREDICTORS if p in known and p != target]
    name = "+".join(available) if available else "mean"
    model = models[name]
    return model["intercept"] + sum(c * known[p] for p, c in model["coef"].items())


def estimate_value(target: str, known: Mapping[str, float], sex: str | None) -> float:
    """One estimate of ``target`` from the known values (both sexes averaged if sex unknown)."""
    sexes = [sex] if sex in ("female", "male") else ["female", "male"]
    if target in RULES:
        return sum(RULES[target][s](known) for s in sexes) / len(sexes)
    return sum(_predict(s, target, known) for s in sexes) / len(sexes)


def estimate_missing(ms: MeasurementSet) -> MeasurementSet:
    """A copy of ``ms`` with every missing catalogue key estimated and marked as estimated.

    Predictions use only measured values of the four predictors, so an estimate never
    feeds another regression; rule-based keys use the completed set.
    """
    measured = {k: v for k, v in ms.values.items() if k not in ms.estimated}
    known_predictors = {k: v for k, v in measured.items() if k in PREDICTORS}
    values = dict(ms.values)
    estimated = set(ms.estimated)
    regression_keys = _models()["female"]["models"].keys()
    for key in CATALOGUE:
        if key not in values and key in regression_keys:
            values[key] = round(estimate_value(key, known_predictors, ms.sex), 1)
            estimated.add(key)
    for key in RULES:
        if key not in values:
            values[key] = round(estimate_value(key, values, ms.sex), 1)
            estimated.add(key)
    return ms.replace(values=values, estimated=frozenset(estimated))

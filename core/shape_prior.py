"""The shape a tailor expects of a person: depths, breadths and heights predicted from the tape.

A tape gives girths and lengths; it does not say how deep the buttocks are, how wide the hips,
where the seat is. ANSUR II measured those beside the girths, so for each sex they are
predicted by the least-squares regression on whatever the customer gave *measured* (height,
weight, girths, lengths), with the regression's residual standard deviation as the spread a
body fit may use (``bodies.fit`` fits them as soft targets weighted by it; measured values
always win). The regressions come from the survey's means and covariances
(``resources/shape_prior.json``, made by ``scripts/fit_shape_prior.py``): for inputs ``x`` and
a dimension ``y``, ``y = mean_y + S_yx S_xx^-1 (x - mean_x)`` with residual variance
``S_yy - S_yx S_xx^-1 S_xy``, which is ordinary least squares with an intercept on the survey.

Each dimension is defined as ANSUR II defines it (Hotzman et al. 2011), in cm:

================  =================================================================================
hip_breadth       greatest horizontal breadth across the hips (standing, feet together)
buttock_depth     horizontal depth of the trunk at the level of the buttocks' greatest protrusion
buttock_height    floor to the level of the buttocks' greatest rearward protrusion
chest_depth       horizontal depth of the trunk at bust-point (nipple) level
waist_depth       horizontal depth of the trunk at the navel (omphalion)
waist_breadth     horizontal breadth of the trunk at the navel
================  =================================================================================

ANSUR's chest breadth is left out: on the mesh the trunk section at the male bust level runs
into the arm roots, so a breadth there is not the rib cage's.

Predictions are kept inside the survey's range for the sex, and inputs outside it are clamped
to it first, so an unusual customer never gets a shape no one in the survey had.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

import numpy as np

from .io.ansur import ANSUR_COLUMNS
from .measurements import MeasurementSet

#: Shape dimension -> its ANSUR II column.
SHAPE_COLUMNS: Mapping[str, str] = {
    "hip_breadth": "hipbreadth",
    "buttock_depth": "buttockdepth",
    "buttock_height": "buttockheight",
    "chest_depth": "chestdepth",
    "waist_depth": "waistdepth",
    "waist_breadth": "waistbreadth",
}
SHAPE_KEYS: tuple[str, ...] = tuple(SHAPE_COLUMNS)
WEIGHT_COLUMN = "weightkg"


@dataclass(frozen=True)
class ShapeTarget:
    """A predicted dimension: value and residual standard deviation (cm)."""

    value: float
    sd: float


@lru_cache(maxsize=1)
def _tables() -> dict:
    text = resources.files("mtm.resources").joinpath("shape_prior.json").read_text()
    data = json.loads(text)
    for sex in ("female", "male"):
        table = data[sex]
        for name in ("mean", "cov", "min", "max"):
            table[name] = np.asarray(table[name], dtype=np.float64)
        table["index"] = {c: i for i, c in enumerate(table["columns"])}
    return data


def _inputs(ms: MeasurementSet, table: dict) -> tuple[list[int], np.ndarray]:
    """Column indices and values (clamped to the survey's range) of the measured inputs."""
    key_to_column = {**ANSUR_COLUMNS, "weight": WEIGHT_COLUMN}
    shape_columns = set(SHAPE_COLUMNS.values())
    idx, values = [], []
    for key, value in ms.values.items():
        column = key_to_column.get(key)
        if key in ms.estimated or column is None or column in shape_columns:
            continue
        i = table["index"].get(column)
        if i is None:
            continue
        idx.append(i)
        values.append(float(np.clip(value, table["min"][i], table["max"][i])))
    return idx, np.asarray(values)


def _predict_sex(ms: MeasurementSet, sex: str,
                 columns: Mapping[str, str] = SHAPE_COLUMNS) -> dict[str, ShapeTarget]:
    table = _tables()[sex]
    mean, cov = table["mean"], table["cov"]
    xi, x = _inputs(ms, table)
    yi = [table["index"][c] for c in columns.values()]
    xi_set = set(xi)
    if any(i in xi_set for i in yi):
        raise ValueError("a predicted column is also an input")
    if xi:
        sxx = cov[np.ix_(xi, xi)]
        syx = cov[np.ix_(yi, xi)]
        coef = np.linalg.solve(sxx, syx.T).T  # (targets, inputs)
        value = mean[yi] + coef @ (x - mean[xi])
        var = np.diag(cov[np.ix_(yi, yi)]) - np.einsum("ij,ij->i", coef, syx)
    else:
        value, var = mean[yi], np.diag(cov[np.ix_(yi, yi)])
    value = np.clip(value, table["min"][yi], table["max"][yi])
    sd = np.sqrt(np.maximum(var, 1e-4))
    return {k: ShapeTarget(float(v), float(s))
            for k, v, s in zip(columns, value, sd, strict=True)}


def _predict(ms: MeasurementSet, columns: Mapping[str, str]) -> dict[str, ShapeTarget]:
    if ms.sex in ("female", "male"):
        return _predict_sex(ms, ms.sex, columns)
    f, m = _predict_sex(ms, "female", columns), _predict_sex(ms, "male", columns)
    return {k: ShapeTarget(0.5 * (f[k].value + m[k].value),
                           max(f[k].sd, m[k].sd) + 0.5 * abs(f[k].value - m[k].value))
            for k in columns}


def predict_shape(ms: MeasurementSet) -> dict[str, ShapeTarget]:
    """Every shape dimension of ``SHAPE_KEYS`` predicted from the measured values of ``ms``
    (estimated values are not used). Sex unknown: the mean of both sexes' predictions, with
    the larger spread plus half their difference."""
    return _predict(ms, SHAPE_COLUMNS)


def predict_unmeasured(ms: MeasurementSet, keys: tuple[str, ...]) -> dict[str, ShapeTarget]:
    """Catalogue ``keys`` that ANSUR II measures and ``ms`` does not have measured, predicted
    the same way from the measured values, with their residual spread (for a fit to weigh
    an estimate by)."""
    wanted = {k: ANSUR_COLUMNS[k] for k in keys
              if k in ANSUR_COLUMNS and (k not in ms.values or k in ms.estimated)}
    return _predict(ms, wanted) if wanted else {}

"""Estimate missing measurements from height, chest, waist and hip.

Measurements that ANSUR II also measures are predicted by linear regressions fitted on the
whole survey (``scripts/fit_estimates.py`` -> ``resources/estimates.json``): for each target the
model over the largest set of the four predictors that the customer gave *measured* values
for (a plain survey mean when none was given). Typical residual errors of the full model are
0.6 cm (wrist) to 3 cm (crotch length). The measurements ANSUR II lacks follow proportional
rules (see ``RULES``): from size tables, or fitted on bodies measured on the mesh.
Every estimated key is marked.

Two waists. ANSUR II measures the waist at the navel (``waist_girth_omphalion``); tailors take
the natural waist (``waist_girth``), the narrowest part above it. The regressions use the navel
waist; a natural waist the customer gave enters them as the navel waist it implies, and either
waist is estimated from the other by ``NATURAL_PER_NAVEL`` (below).

Estimates never leave the population they were fitted on: a measured predictor outside the
range the survey covers (``cover``), alone or for the other predictors given, is refused with a
``MeasurementError`` naming it and the range; every estimate is clamped to its key's hard limits.
A key that must stay on one side of another (``PARTNERS``: the neck girth under the neck base
girth) is estimated from that partner too when it was measured, and kept on its side of it, so an
estimate never breaks a rule against a value the customer gave.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from . import i18n
from .errors import MeasurementError
from .i18n import translate
from .measurements import CATALOGUE, MeasurementSet, label_of, validate

PREDICTORS: tuple[str, ...] = ("height", "chest_girth", "waist_girth_omphalion", "hip_girth")
SEX_LIST: tuple[str, ...] = ("female", "male")

#: Keys that must stay on one side of a partner key: key -> (partner, -1 below / +1 above).
#: When the partner is measured the key's regression takes it as a further predictor
#: (``scripts/fit_estimates.py`` fits those models too) and the estimate is kept on its side
#: of it. In ANSUR II the neck girth is 0.2-8.2 cm under the neck base girth (never above), and
#: the neck base girth alone predicts it far better (correlation 0.88 women, 0.93 men) than
#: height and the trunk girths, which for a thin neck gave a neck girth above the neck base.
PARTNERS: Mapping[str, tuple[str, int]] = {
    "neck_girth": ("neck_base_girth", -1),
    "neck_base_girth": ("neck_girth", +1),
}

#: Mean difference (cm) between the navel waist and the natural waist, women / men, from
#: ../shared/reference/makehuman-body.md ("Definitions move numbers"): the natural waist is on
#: average 7.9 cm (women) and 2.2 cm (men) smaller than the navel waist ANSUR II measures.
#: ANSUR II has no natural waist to fit a regression on, so this mean difference is applied as
#: a proportion of the navel waist (it scales with the body, and gives the mean difference at
#: the survey's mean navel waist, ``SURVEY_NAVEL_WAIST``; tests/test_estimate.py checks those
#: means against the survey when it is present).
NAVEL_MINUS_NATURAL: Mapping[str, float] = {"female": 7.9, "male": 2.2}
SURVEY_NAVEL_WAIST: Mapping[str, float] = {"female": 86.09, "male": 94.06}
NATURAL_PER_NAVEL: Mapping[str, float] = {
    s: 1.0 - NAVEL_MINUS_NATURAL[s] / SURVEY_NAVEL_WAIST[s] for s in SEX_LIST}

#: How far beyond the survey the estimates reach: a measured predictor may lie up to 1.5 times
#: the survey's largest distance from its mean (alone) or from its regression on the other
#: predictors given (together), i.e. half as far again as the most extreme soldier surveyed.
COVER_WIDEN = 1.25

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


def _sexes(sex: str | None) -> tuple[str, ...]:
    return (sex,) if sex in SEX_LIST else SEX_LIST


def natural_waist_from_navel(navel: float, sex: str | None) -> float:
    """The natural waist girth expected of a navel waist girth (both sexes averaged if unknown)."""
    sexes = _sexes(sex)
    return sum(NATURAL_PER_NAVEL[s] * navel for s in sexes) / len(sexes)


def navel_waist_from_natural(natural: float, sex: str | None) -> float:
    """The navel waist girth expected of a natural waist girth."""
    sexes = _sexes(sex)
    return sum(natural / NATURAL_PER_NAVEL[s] for s in sexes) / len(sexes)


def clamp(key: str, value: float) -> float:
    """``value`` kept within ``key``'s hard limits (what an adult can have)."""
    spec = CATALOGUE[key]
    return min(max(value, spec.hard_min), spec.hard_max)


@dataclass(frozen=True)
class _Input:
    """A predictor's value for one sex and the key the customer gave it as: the natural waist
    enters as the navel waist it implies (``scale`` converts back to the customer's key)."""

    value: float
    key: str
    scale: float = 1.0


def _usable(known: Mapping[str, float]) -> dict[str, float]:
    """The predictors (and natural waist) of ``known`` that an adult can have: one that is
    impossible or not a number is the user's own error, which validation names; estimates
    are made without it."""
    partners = {p for p, _ in PARTNERS.values()}
    return {k: float(v) for k, v in known.items()
            if (k in PREDICTORS or k == "waist_girth" or k in partners)
            and CATALOGUE[k].hard_min <= v <= CATALOGUE[k].hard_max}


def _inputs(known: Mapping[str, float], sex: str) -> dict[str, _Input]:
    """The predictors ``known`` gives, for the regressions of ``sex`` (and the partner keys
    of ``PARTNERS`` it gives, which only their partner's regression uses)."""
    known = _usable(known)
    out = {p: _Input(float(known[p]), p) for p in PREDICTORS if p in known}
    out.update({p: _Input(float(known[p]), p) for p, _ in PARTNERS.values() if p in known})
    if "waist_girth_omphalion" not in out and "waist_girth" in known:
        ratio = NATURAL_PER_NAVEL[sex]
        out["waist_girth_omphalion"] = _Input(float(known["waist_girth"]) / ratio,
                                              "waist_girth", ratio)
    return out


def _model(sex: str, target: str, given) -> dict:
    available = [p for p in PREDICTORS if p in given and p != target]
    if target in PARTNERS and PARTNERS[target][0] in given:
        available.append(PARTNERS[target][0])
    return _models()[sex]["models"][target]["+".join(available) if available else "mean"]


def _predict(sex: str, target: str, inputs: Mapping[str, _Input]) -> float:
    model = _model(sex, target, inputs)
    return model["intercept"] + sum(c * inputs[p].value for p, c in model["coef"].items())


def _cover(sex: str, predictor: str, inputs: Mapping[str, _Input]) -> tuple[float, float]:
    """The range of ``predictor`` the estimates of ``sex`` cover, given the other inputs."""
    others = {p: v for p, v in inputs.items() if p != predictor}
    if others:
        centre = _predict(sex, predictor, others)
        reach = COVER_WIDEN * _model(sex, predictor, others)["max_residual"]
        return centre - reach, centre + reach
    pop = _models()[sex]["population"][predictor]
    return (pop["mean"] - COVER_WIDEN * (pop["mean"] - pop["min"]),
            pop["mean"] + COVER_WIDEN * (pop["max"] - pop["mean"]))


def _num(value: float) -> str:
    return f"{value:.0f}"


def _name(key: str) -> str:
    """The measurement's name inside a sentence (first letter lower case)."""
    label = label_of(key)
    return label[:1].lower() + label[1:]


def population_error(known: Mapping[str, float], sex: str | None) -> MeasurementError | None:
    """The error for the given predictor furthest outside the population the estimates cover
    (None when all are inside): first each alone, then each for the others given.

    With the sex unknown an input is outside only when it is outside for both sexes, and the
    range named is the union of theirs.
    """
    per_sex = {s: _inputs(known, s) for s in _sexes(sex)}
    present = [p for p in PREDICTORS if p in per_sex[_sexes(sex)[0]]]
    for together in (False, True):
        worst: tuple[float, str, float, float, float, list[str]] | None = None
        for p in present:
            ranges, excess = [], []
            for s, inputs in per_sex.items():
                given = inputs if together else {p: inputs[p]}
                low, high = _cover(s, p, given)
                item = inputs[p]
                ranges.append((low * item.scale, high * item.scale))
                width = max(high - low, 1e-9)
                excess.append(max(low - item.value, item.value - high, 0.0) / width)
            if min(excess) > 0 and (worst is None or min(excess) > worst[0]):
                item = per_sex[_sexes(sex)[0]][p]
                others = [per_sex[_sexes(sex)[0]][q].key for q in present if q != p]
                worst = (min(excess), item.key, float(known[item.key]),
                         min(r[0] for r in ranges), max(r[1] for r in ranges),
                         others if together else [])
        if worst is not None:
            _, key, value, low, high, others = worst
            unit = CATALOGUE[key].unit
            if others:
                names = ", ".join(_name(k) for k in others)
                text = translate("Validation", "estimates cover {low}-{high} {unit} with the "
                                 "given {others}, got {value} {unit}; measure the missing "
                                 "values instead of estimating them").format(
                    low=_num(low), high=_num(high), unit=unit, others=names,
                    value=f"{value:g}".replace(".", i18n.decimal_point()))
            else:
                text = translate("Validation", "estimates cover {low}-{high} {unit}, got "
                                 "{value} {unit}; measure the missing values instead of "
                                 "estimating them").format(
                    low=_num(low), high=_num(high), unit=unit,
                    value=f"{value:g}".replace(".", i18n.decimal_point()))
            return MeasurementError(text, field=key)
    return None


def _check_population(known: Mapping[str, float], sex: str | None) -> None:
    error = population_error(known, sex)
    if error is not None:
        raise error


def _outlier(known: Mapping[str, float], sex: str | None, candidates: list[str]) -> str:
    """Of the measured ``candidates``, the one furthest from what the others lead the survey
    to expect (in units of its covered half-range); a non-predictor counts as most extreme."""
    def distance(key: str) -> float:
        scores = []
        for s in _sexes(sex):
            inputs = _inputs(known, s)
            predictor = next((p for p, item in inputs.items() if item.key == key), None)
            if predictor is None:
                return float("inf")
            low, high = _cover(s, predictor, inputs)
            scores.append(abs(inputs[predictor].value - 0.5 * (low + high))
                          / max(0.5 * (high - low), 1e-9))
        return min(scores)
    return max(candidates, key=distance)


def _check_consistent(full: MeasurementSet, measured: Mapping[str, float],
                      new: set[str]) -> None:
    """Refuse estimates that break a rule between measurements (``measurements.RELATIONS``),
    naming the measured value they could not follow."""
    for problem in validate(full):
        if problem.severity != "error" or len(problem.keys) < 2 or not set(problem.keys) & new:
            continue
        given = [k for k in problem.keys if k in measured]
        candidates = given or [k for k in measured if k in PREDICTORS or k == "waist_girth"]
        key = _outlier(measured, full.sex, candidates) if candidates else problem.keys[0]
        point = i18n.decimal_point()
        estimates = ", ".join(
            f"{_name(k)} {full[k]:g}".replace(".", point) + f" {CATALOGUE[k].unit}"
            for k in problem.keys if k in new)
        unit = CATALOGUE[key].unit if key in CATALOGUE else ""
        value = f"{measured[key]:g}".replace(".", point) if key in measured else "?"
        text = translate("Validation", "estimates do not fit a value of {value} {unit}: {rule} "
                         "(estimated: {estimates}); measure the missing values instead of "
                         "estimating them").format(value=value, unit=unit, rule=problem.message,
                                                   estimates=estimates)
        raise MeasurementError(text, field=key)


def _estimate(target: str, known: Mapping[str, float], sex: str | None) -> float:
    sexes = _sexes(sex)
    if target in RULES:
        value = sum(RULES[target][s](known) for s in sexes) / len(sexes)
    elif target == "waist_girth":
        navel = (known["waist_girth_omphalion"] if "waist_girth_omphalion" in known
                 else sum(_predict(s, "waist_girth_omphalion", _inputs(known, s))
                          for s in sexes) / len(sexes))
        value = natural_waist_from_navel(navel, sex)
    elif target == "waist_girth_omphalion" and "waist_girth" in known:
        value = navel_waist_from_natural(known["waist_girth"], sex)
    else:
        value = sum(_predict(s, target, _inputs(known, s)) for s in sexes) / len(sexes)
    if target in PARTNERS and PARTNERS[target][0] in known:
        partner, side = PARTNERS[target]
        bound = float(known[partner])
        value = min(value, bound) if side < 0 else max(value, bound)
    return clamp(target, value)


def estimate_value(target: str, known: Mapping[str, float], sex: str | None) -> float:
    """One estimate of ``target`` from the known values (both sexes averaged if sex unknown),
    within the key's hard limits; ``MeasurementError`` when a known predictor lies outside the
    population the estimates cover."""
    if target in RULES:
        return _estimate(target, known, sex)
    usable = _usable(known)
    if _regressed(target, usable):
        _check_population(usable, sex)
    return _estimate(target, usable, sex)


def _regressed(target: str, known: Mapping[str, float]) -> bool:
    """True when ``target`` is estimated by a regression (not from the other waist)."""
    if target == "waist_girth":
        return "waist_girth_omphalion" not in known and _regressed("waist_girth_omphalion",
                                                                   known)
    if target == "waist_girth_omphalion":
        return "waist_girth" not in known
    return target not in RULES


def estimate_missing(ms: MeasurementSet) -> MeasurementSet:
    """A copy of ``ms`` with every missing catalogue key estimated and marked as estimated.

    Predictions use only measured values of the predictors, so an estimate never feeds another
    regression; rule-based keys use the completed set. Raises ``MeasurementError`` naming a
    measured predictor outside the population the estimates cover (see ``population_error``).
    """
    measured = {k: v for k, v in ms.values.items() if k not in ms.estimated}
    known = _usable(measured)
    values = dict(ms.values)
    estimated = set(ms.estimated)
    regression_keys = set(_models()["female"]["models"]) | {"waist_girth"}
    missing = [k for k in CATALOGUE if k not in values and k in regression_keys]
    if any(_regressed(k, known) for k in missing):
        _check_population(known, ms.sex)
    for key in missing:
        if key != "waist_girth":
            values[key] = round(_estimate(key, known, ms.sex), 1)
            estimated.add(key)
    if "waist_girth" in missing:  # from the navel waist: measured (if possible) or estimated
        navel = "waist_girth_omphalion"
        source = ({**known, navel: values[navel]} if navel in known or navel in missing
                  else known)
        values["waist_girth"] = round(_estimate("waist_girth", source, ms.sex), 1)
        estimated.add("waist_girth")
    for key in RULES:
        if key not in values:
            values[key] = round(_estimate(key, values, ms.sex), 1)
            estimated.add(key)
    full = ms.replace(values=values, estimated=frozenset(estimated))
    _check_consistent(full, measured, estimated - set(ms.estimated))
    return full

"""Estimating missing measurements from height, chest, waist and hip."""

import csv
import itertools

import numpy as np
import pytest

from mtm.core import estimate
from mtm.core.errors import MeasurementError
from mtm.core.estimate import estimate_value
from mtm.core.io.ansur import SHARED_DIR, load_ansur
from mtm.core.measurements import CATALOGUE, MeasurementSet, validate

PREDICTORS = ("height", "chest_girth", "waist_girth", "hip_girth")
SURVEY_PREDICTORS = ("height", "chest_girth", "waist_girth_omphalion", "hip_girth")


def test_estimates_fill_every_key_and_are_marked():
    ms = MeasurementSet.from_mapping(
        {"height": 175, "chest_girth": 104, "waist_girth": 90, "hip_girth": 102}, sex="male")
    full = ms.with_estimates()
    assert set(full.values) == set(CATALOGUE)
    assert full.estimated == set(CATALOGUE) - set(PREDICTORS)
    assert full.measured() == dict(ms.values)
    assert not [p for p in validate(full) if p.severity == "error"]


def test_measured_values_are_never_replaced():
    ms = MeasurementSet.from_mapping({"height": 160, "neck_base_girth": 41}, sex="female")
    full = ms.with_estimates()
    assert full["neck_base_girth"] == 41
    assert "neck_base_girth" not in full.estimated


@pytest.mark.parametrize("sex", ["female", "male"])
def test_regression_predicts_held_out_subjects_within_its_stated_error(sex):
    """Leave the survey's answers out, estimate them, compare: mean error of a few cm."""
    subjects = load_ansur(sex)
    errors = {"inside_leg": [], "neck_base_girth": [], "shoulder_width": []}
    for subject in subjects:
        given = subject.replace(values={k: subject[k] for k in SURVEY_PREDICTORS},
                                estimated=frozenset())
        full = given.with_estimates()
        for key in errors:
            errors[key].append(abs(full[key] - subject[key]))
    for key, values in errors.items():
        assert np.mean(values) < 3.5, (key, np.mean(values))


def test_taller_people_get_longer_legs():
    short = MeasurementSet.from_mapping({"height": 155}, sex="female").with_estimates()
    tall = MeasurementSet.from_mapping({"height": 185}, sex="female").with_estimates()
    assert tall["inside_leg"] - short["inside_leg"] > 10
    assert tall["arm_length"] > short["arm_length"]


# -- the two waists ----------------------------------------------------------------------------

@pytest.mark.parametrize("sex", ["female", "male"])
def test_natural_and_navel_waist_estimate_each_other(sex):
    natural = MeasurementSet.from_mapping({"height": 170, "waist_girth": 80}, sex=sex)
    navel = natural.with_estimates()["waist_girth_omphalion"]
    assert "waist_girth_omphalion" in natural.with_estimates().estimated
    assert navel == pytest.approx(80 / estimate.NATURAL_PER_NAVEL[sex], abs=0.05)
    back = MeasurementSet.from_mapping({"height": 170, "waist_girth_omphalion": navel},
                                       sex=sex).with_estimates()
    assert back["waist_girth"] == pytest.approx(80, abs=0.1)
    assert "waist_girth" in back.estimated
    # the documented mean difference holds at the survey's mean navel waist
    mean = estimate.SURVEY_NAVEL_WAIST[sex]
    assert mean - estimate.natural_waist_from_navel(mean, sex) == pytest.approx(
        estimate.NAVEL_MINUS_NATURAL[sex])
    # and neither waist alone moves the regressions differently from the other
    both = [MeasurementSet.from_mapping({"height": 170, key: value}, sex=sex).with_estimates()
            for key, value in (("waist_girth", 80), ("waist_girth_omphalion", navel))]
    for key in ("weight", "thigh_girth", "crotch_length"):
        assert both[0][key] == pytest.approx(both[1][key], abs=0.11)


def test_natural_waist_is_estimated_when_neither_waist_is_given():
    full = MeasurementSet.from_mapping(
        {"height": 165, "chest_girth": 92, "hip_girth": 100}, sex="female").with_estimates()
    assert {"waist_girth", "waist_girth_omphalion"} <= full.estimated
    assert full["waist_girth"] < full["waist_girth_omphalion"] - 6
    assert not [p for p in validate(full) if p.severity == "error"]


@pytest.mark.parametrize("sex", ["female", "male"])
def test_survey_mean_navel_waist_is_the_survey_s(sex):
    path = SHARED_DIR / f"ANSUR_II_{sex.upper()}_Public.csv"
    if not path.exists():
        pytest.skip("the full ANSUR II survey is not here (set MTM_ANSUR_DIR)")
    with open(path, newline="", encoding="latin-1") as handle:
        waists = [float(row["waistcircumference"]) / 10 for row in csv.DictReader(handle)]
    assert np.mean(waists) == pytest.approx(estimate.SURVEY_NAVEL_WAIST[sex], abs=0.01)


def test_ansur_waist_is_the_navel_waist_and_the_natural_one_is_estimated():
    subject = load_ansur("female", limit=1, seed=3)[0]
    assert "waist_girth_omphalion" in subject.measured()
    assert "waist_girth" in subject.estimated
    assert subject["waist_girth"] == pytest.approx(
        estimate.natural_waist_from_navel(subject["waist_girth_omphalion"], "female"), abs=0.05)


# -- estimates never invent an impossible value -----------------------------------------------

def test_a_100_cm_customer_is_refused_naming_height_not_an_invented_weight():
    """Before, these four values were estimated into a weight of -0.9 kg, an arm length of
    31 cm, an inside leg of 42 cm (the issue saw 'weight: Weight must be greater than 0 kg,
    got -4.5 kg'): values the user never typed."""
    ms = MeasurementSet.from_mapping(
        {"height": 100, "chest_girth": 62, "waist_girth": 55, "hip_girth": 66}, sex="female")
    with pytest.raises(MeasurementError) as caught:
        ms.with_estimates()
    assert caught.value.field == "height"
    assert str(caught.value).startswith("height: estimates cover 135-188 cm, got 100 cm")


def test_a_combination_outside_the_survey_names_the_input_and_its_range():
    ms = MeasurementSet.from_mapping(
        {"height": 170, "chest_girth": 95, "waist_girth": 120, "hip_girth": 92}, sex="female")
    with pytest.raises(MeasurementError) as caught:
        ms.with_estimates()
    assert caught.value.field == "waist_girth"
    assert "estimates cover" in str(caught.value) and "with the given" in str(caught.value)


def test_estimates_are_clamped_to_hard_limits():
    # a rule on a chest at its hard minimum would give an underbust no adult has
    assert 0.84 * 60 < CATALOGUE["underbust_girth"].hard_min
    assert estimate_value("underbust_girth", {"chest_girth": 60}, "female") == (
        CATALOGUE["underbust_girth"].hard_min)
    for key in CATALOGUE:
        spec = CATALOGUE[key]
        assert estimate.clamp(key, -1e9) == spec.hard_min
        assert estimate.clamp(key, 1e9) == spec.hard_max


def _sweep():
    heights = range(100, 231, 10)
    girths = (60, 75, 95, 120, 160)
    names = ("chest_girth", "waist_girth", "hip_girth")
    for sex, height, combo in itertools.product(("female", "male", None), heights,
                                                itertools.product(girths, repeat=3)):
        for keep in ((0, 1, 2), (0, 2), (1,)):
            values = {"height": height, **{names[i]: combo[i] for i in keep}}
            yield sex, values
            if "waist_girth" in values:
                navel = dict(values)
                navel["waist_girth_omphalion"] = navel.pop("waist_girth")
                yield sex, navel


def test_sweep_heights_and_extreme_girth_ratios_never_give_an_impossible_estimate():
    """Heights 100-230 cm, girths 60-160 cm in every combination (waist >> hip, chest << waist
    ...): each set either estimates to one with no value beyond its hard limits and no
    broken rule, or is refused with a MeasurementError naming one of the inputs."""
    outcomes = {"estimated": 0, "refused": 0}
    for sex, values in _sweep():
        ms = MeasurementSet.from_mapping(values, sex=sex)
        if any(p.severity == "error" for p in validate(ms)):
            continue  # the user's own impossible values: validation names them
        try:
            full = ms.with_estimates()
        except MeasurementError as error:
            assert error.field in values, (values, str(error))
            assert "estimate" in str(error)
            outcomes["refused"] += 1
            continue
        for key, value in full.values.items():
            spec = CATALOGUE[key]
            assert spec.hard_min <= value <= spec.hard_max, (values, key, value)
        assert not [p for p in validate(full) if p.severity == "error"], values
        outcomes["estimated"] += 1
    assert outcomes["estimated"] > 500 and outcomes["refused"] > 500, outcomes


def test_a_thin_neck_base_gets_a_neck_girth_under_it_not_a_refusal():
    """ANSUR II woman 29404 (survey values): with her neck base the trunk girths alone had
    predicted a neck girth of 31.8 cm, over her 31.1 cm neck base, and the set was refused."""
    ms = MeasurementSet.from_mapping(
        {"height": 154.8, "chest_girth": 87.3, "waist_girth_omphalion": 83.7, "hip_girth": 96.0,
         "neck_base_girth": 31.1}, sex="female")
    full = ms.with_estimates()
    assert full["neck_base_girth"] == 31.1 and "neck_girth" in full.estimated
    assert full["neck_girth"] < 31.1
    assert abs(full["neck_girth"] - 27.5) < 2.0  # her surveyed neck girth
    assert not [p for p in validate(full) if p.severity == "error"]


@pytest.mark.parametrize("sex", ["female", "male", None])
def test_neck_estimates_follow_the_measured_partner_over_the_survey(sex):
    """Every surveyed subject, the four predictors and one of the two neck girths given: the
    other is estimated on its side of it (never refused) and closer to the subject's own value
    than from the four predictors alone."""
    for given_key, other in (("neck_base_girth", "neck_girth"), ("neck_girth", "neck_base_girth")):
        with_partner, without = [], []
        for subject in load_ansur(sex or "female", limit=400, seed=5):
            given = {k: subject[k] for k in SURVEY_PREDICTORS}
            full = MeasurementSet.from_mapping({**given, given_key: subject[given_key]},
                                               sex=sex).with_estimates()
            assert other in full.estimated
            assert full["neck_girth"] <= full["neck_base_girth"], subject.name
            assert not [p for p in validate(full) if p.severity == "error"], subject.name
            with_partner.append(abs(full[other] - subject[other]))
            alone = MeasurementSet.from_mapping(given, sex=sex).with_estimates()
            without.append(abs(alone[other] - subject[other]))
        assert np.mean(with_partner) < 0.8 * np.mean(without), (given_key, np.mean(with_partner),
                                                                np.mean(without))


@pytest.mark.parametrize("sex", ["female", "male"])
def test_every_surveyed_subject_is_inside_the_covered_population(sex):
    for subject in load_ansur(sex):
        given = {k: subject[k] for k in SURVEY_PREDICTORS}
        assert estimate.population_error(given, sex) is None, subject.name
        natural = {**given, "waist_girth": given.pop("waist_girth_omphalion") * 0.93}
        assert estimate.population_error(natural, None) is None, subject.name


@pytest.mark.parametrize("height", [float("nan"), 500.0, -3.0])
def test_an_impossible_input_is_left_to_validation_and_not_estimated_from(height):
    ms = MeasurementSet.from_mapping({"height": height, "chest_girth": 92, "waist_girth": 75},
                                     sex="female")
    full = ms.with_estimates()
    errors = [p for p in validate(full) if p.severity == "error"]
    assert [p.key for p in errors] == ["height"]
    without = MeasurementSet.from_mapping({"chest_girth": 92, "waist_girth": 75},
                                          sex="female").with_estimates()
    assert full["inside_leg"] == without["inside_leg"]


def test_a_waist_from_the_other_waist_needs_no_population_check():
    """A customer outside the survey who measured everything but one waist still gets it."""
    typical = MeasurementSet.from_mapping({"height": 160}, sex="female").with_estimates()
    small = {k: v * (1.0 if k == "weight" else 0.75) for k, v in typical.values.items()}
    del small["waist_girth_omphalion"]
    ms = MeasurementSet.from_mapping(small, sex="female")
    assert ms["height"] == 120
    full = ms.with_estimates()
    assert full.estimated == {"waist_girth_omphalion"}
    assert full["waist_girth_omphalion"] == pytest.approx(
        small["waist_girth"] / estimate.NATURAL_PER_NAVEL["female"], abs=0.05)
    with pytest.raises(MeasurementError, match="height"):
        ms.without("inside_leg").with_estimates()


def test_an_impossible_navel_waist_does_not_give_the_natural_one():
    ms = MeasurementSet.from_mapping({"height": 165, "chest_girth": 92, "hip_girth": 100,
                                      "waist_girth_omphalion": 500}, sex="female")
    full = ms.with_estimates()
    typical = MeasurementSet.from_mapping({"height": 165, "chest_girth": 92, "hip_girth": 100},
                                          sex="female").with_estimates()
    assert full["waist_girth"] == typical["waist_girth"] < 100
    assert [p.key for p in validate(full) if p.severity == "error"] == ["waist_girth_omphalion"]

"""Estimating missing measurements from height, chest, waist and hip."""

import numpy as np
import pytest

from mtm.core.io.ansur import load_ansur
from mtm.core.measurements import CATALOGUE, MeasurementSet, validate

PREDICTORS = ("height", "chest_girth", "waist_girth", "hip_girth")


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
        given = subject.replace(values={k: subject[k] for k in PREDICTORS})
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

"""The measurement catalogue, MeasurementSet and validation."""

import math

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtm.core.errors import MeasurementError
from mtm.core.io.ansur import load_ansur
from mtm.core.measurements import (
    CATALOGUE,
    GROUPS,
    MeasurementSet,
    has_errors,
    require_valid,
    validate,
)

REQUIRED_KEYS = (
    "height weight neck_base_girth chest_girth underbust_girth waist_girth hip_girth "
    "shoulder_width back_waist_length arm_length upper_arm_girth wrist_girth thigh_girth "
    "knee_girth calf_girth ankle_girth inside_leg outside_leg crotch_length across_back_width "
    "across_front_width bust_point_distance waist_to_hip head_girth"
).split()


def test_catalogue_has_every_required_key_with_definition_unit_and_limits():
    for key in REQUIRED_KEYS:
        spec = CATALOGUE[key]
        assert len(spec.definition) > 30, key
        assert spec.unit == ("kg" if key == "weight" else "cm")
        assert 0 < spec.hard_min < spec.hard_max
        for low, high in (spec.typical_female, spec.typical_male):
            assert spec.hard_min <= low < high <= spec.hard_max, key
        assert spec.group in GROUPS


def median_woman() -> MeasurementSet:
    return MeasurementSet.from_mapping(
        {"height": 162.6, "weight": 66.8, "chest_girth": 94, "waist_girth": 85.2,
         "hip_girth": 101.8, "underbust_girth": 80, "inside_leg": 78, "outside_leg": 97.8},
        sex="female", name="median")


def test_units_are_converted_to_cm_and_weight_stays_kg():
    ms = MeasurementSet.from_mapping({"height": 65, "chest_girth": 36, "weight": 60}, units="in")
    assert ms["height"] == pytest.approx(165.1)
    assert ms["chest_girth"] == pytest.approx(91.44)
    assert ms["weight"] == 60
    mm = MeasurementSet.from_mapping({"height": "1651", "weight": "60"}, units="mm")
    assert mm["height"] == pytest.approx(165.1)
    assert mm.in_units("in")["height"] == pytest.approx(65)


def test_measurement_set_is_immutable():
    ms = median_woman()
    with pytest.raises(TypeError):
        ms.values["height"] = 1  # type: ignore[index]
    with pytest.raises(AttributeError):
        ms.sex = "male"  # type: ignore[misc]


def test_valid_set_has_no_problems():
    assert validate(median_woman()) == []


@pytest.mark.parametrize(
    ("value", "words"),
    [("abc", "not a number"), (float("nan"), "not a finite"), (float("inf"), "not a finite"),
     (0, "greater than 0"), (-5, "greater than 0"), (500, "impossible")],
)
def test_bad_values_are_errors_naming_the_key(value, words):
    ms = median_woman().replace(values={**median_woman().values}, invalid={})
    ms = MeasurementSet.from_mapping({**ms.values, "chest_girth": value}, sex="female")
    problems = validate(ms)
    assert [p.key for p in problems if p.severity == "error"] == ["chest_girth"]
    assert words in problems[0].message


def test_unusual_value_is_only_a_warning():
    ms = median_woman().with_value("height", 190)
    problems = validate(ms)
    assert [(p.key, p.severity) for p in problems] == [("height", "warning")]
    assert not has_errors(problems)


@pytest.mark.parametrize(
    ("changes", "keys"),
    [({"underbust_girth": 100}, "underbust_girth,chest_girth"),
     ({"inside_leg": 105, "outside_leg": 110}, "inside_leg,height"),
     ({"waist_girth": 130}, "waist_girth,hip_girth"),
     ({"waist_girth_omphalion": 79}, "waist_girth,waist_girth_omphalion"),
     ({"waist_girth_omphalion": 135}, "waist_girth_omphalion,hip_girth")],
)
def test_relations_name_the_keys_involved(changes, keys):
    ms = median_woman()
    for key, value in changes.items():
        ms = ms.with_value(key, value)
    assert keys in [p.key for p in validate(ms)]


def test_unknown_keys_go_to_extra_and_unknown_sex_is_refused():
    ms = MeasurementSet.from_mapping({"height": 170, "@custom": 12}, units="mm")
    assert ms.extra == {"@custom": pytest.approx(1.2)}
    with pytest.raises(MeasurementError, match="sex"):
        MeasurementSet.from_mapping({"height": 170}, sex="robot")


def test_require_valid_names_missing_and_bad_keys():
    with pytest.raises(MeasurementError, match="neck_base_girth"):
        require_valid(median_woman(), needed=("neck_base_girth",))
    with pytest.raises(MeasurementError, match="chest_girth"):
        require_valid(median_woman().with_value("chest_girth", -1))


@pytest.mark.parametrize("sex", ["female", "male"])
def test_every_ansur_subject_validates_without_errors(sex):
    subjects = load_ansur(sex)
    assert len(subjects) >= 60
    bad = [(s.name, p.message) for s in subjects for p in validate(s) if p.severity == "error"]
    assert bad == []


finite_or_not = st.one_of(
    st.floats(allow_nan=True, allow_infinity=True), st.integers(-10**6, 10**6),
    st.text(max_size=8), st.none(), st.booleans())


@settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.dictionaries(st.sampled_from(sorted(CATALOGUE)), finite_or_not, max_size=12),
       st.sampled_from(["cm", "mm", "in"]), st.sampled_from([None, "female", "male"]))
def test_validate_never_crashes_on_random_values(raw, units, sex):
    ms = MeasurementSet.from_mapping(raw, units=units, sex=sex)
    for problem in validate(ms):
        assert problem.severity in ("error", "warning")
        assert problem.message
        assert all(k in CATALOGUE for k in problem.keys)
    for value in ms.values.values():
        assert isinstance(value, float) or math.isnan(value)

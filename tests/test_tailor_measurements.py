"""The áo dài and qipao tailor's measurements: catalogue entries, estimates, the mesh."""

import pytest

from mtm.bodies.makehuman import BodyParams, load_model
from mtm.bodies.measure import TAILOR_KEYS, measure_body
from mtm.core.estimate import estimate_value
from mtm.core.io.ansur import load_ansur
from mtm.core.io.seamly import SEAMLY_NAMES
from mtm.core.measurements import CATALOGUE, MeasurementSet, validate

NEW = ("neck_girth", "upper_chest_girth", "armscye_girth", "neck_to_bust_point",
       "front_waist_length")


def test_new_keys_are_defined_with_ranges_and_measured_on_the_mesh():
    assert set(TAILOR_KEYS) == set(NEW)
    for key in NEW:
        spec = CATALOGUE[key]
        assert len(spec.definition) > 60 and spec.unit == "cm"
        for low, high in (spec.typical_female, spec.typical_male):
            assert spec.hard_min <= low < high <= spec.hard_max
    assert {SEAMLY_NAMES[n] for n in ("neck_mid_circ", "highbust_circ", "armscye_circ")} == {
        "neck_girth", "upper_chest_girth", "armscye_girth"}


@pytest.mark.parametrize("sex", ["female", "male"])
def test_mesh_values_of_the_average_body_are_typical(sex):
    v = load_model().blend(BodyParams(sex=float(sex == "male")))
    m = measure_body(v, TAILOR_KEYS + ("neck_base_girth", "chest_girth", "upper_arm_girth"),
                     sex=sex)
    for key in NEW:
        low, high = CATALOGUE[key].typical(sex)
        assert low <= m[key] <= high, (key, m[key])
    assert m["neck_girth"] < m["neck_base_girth"]
    assert m["armscye_girth"] > m["upper_arm_girth"]
    assert m["neck_to_bust_point"] < m["front_waist_length"]


@pytest.mark.parametrize("sex", ["female", "male"])
def test_estimates_are_typical_and_consistent_for_ansur_subjects(sex):
    subjects = load_ansur(sex, limit=40, seed=2)
    assert all("neck_girth" in s for s in subjects)  # ANSUR II measures it (neckcircumference)
    for s in subjects:
        full = s.without("neck_girth").with_estimates()
        assert set(NEW) <= full.estimated
        errors = [p for p in validate(full) if p.severity == "error"]
        assert not errors, (s.name, errors)
    # the neck girth regression: within a few cm of the measured value
    gaps = [abs(estimate_value("neck_girth", {k: s[k] for k in ("height", "chest_girth")}, sex)
                - s["neck_girth"]) for s in subjects]
    assert sorted(gaps)[len(gaps) // 2] < 2.0


def test_older_files_without_the_new_keys_still_read_and_validate():
    old = MeasurementSet.from_mapping({"height": 160, "chest_girth": 88, "waist_girth": 70,
                                       "hip_girth": 96, "neck_base_girth": 35}, sex="female")
    assert not [p for p in validate(old) if p.severity == "error"]
    bad = old.with_value("neck_girth", 40.0)
    assert any(p.keys == ("neck_girth", "neck_base_girth") for p in validate(bad))

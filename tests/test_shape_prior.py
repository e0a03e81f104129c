"""The population shape prior: ANSUR II depths, breadths and seat height from the tape."""

import csv

import numpy as np
import pytest

from mtm.core.io.ansur import SAMPLE_DIR, ansur_row_to_set
from mtm.core.measurements import MeasurementSet
from mtm.core.shape_prior import SHAPE_COLUMNS, SHAPE_KEYS, predict_shape

TAPE = ("height", "weight", "chest_girth", "waist_girth", "hip_girth", "neck_base_girth",
        "shoulder_width", "inside_leg", "thigh_girth")


def _sample(sex):
    path = SAMPLE_DIR / f"ansur2_sample_{sex}.csv"
    with open(path, newline="", encoding="latin-1") as handle:
        return [{k.strip().lower(): v for k, v in r.items() if k} for r in csv.DictReader(handle)]


@pytest.mark.parametrize("sex", ["female", "male"])
def test_predictions_meet_the_people_within_their_spread(sex):
    """On the in-repo sample (people of the survey the prior was fitted on), errors are as
    small as the stated spread says: mean absolute error under 1.2 sd, and no person
    beyond 4 sd."""
    for key, column in SHAPE_COLUMNS.items():
        z = []
        for row in _sample(sex):
            ms = ansur_row_to_set(row, default_sex=sex)
            ms = ms.without(*[k for k in ms.values if k not in TAPE])
            p = predict_shape(ms)[key]
            z.append((p.value - float(row[column]) / 10.0) / p.sd)
        z = np.abs(z)
        assert z.mean() < 1.2 and z.max() < 4.0, (key, z.mean(), z.max())


def test_more_measurements_narrow_the_spread_and_estimates_are_not_used():
    full = MeasurementSet.from_mapping({"height": 170, "weight": 70, "chest_girth": 96,
                                        "waist_girth": 82, "hip_girth": 100}, sex="female")
    few = full.without("chest_girth", "waist_girth", "hip_girth")
    p_full, p_few = predict_shape(full), predict_shape(few)
    for key in SHAPE_KEYS:
        assert p_full[key].sd <= p_few[key].sd + 1e-9, key
        assert 0.3 < p_full[key].sd < 4.0
    # a bigger hip predicts a wider, deeper seat
    bigger = predict_shape(full.replace(values={**full.values, "hip_girth": 110}))
    assert bigger["hip_breadth"].value > p_full["hip_breadth"].value
    assert bigger["buttock_depth"].value > p_full["buttock_depth"].value
    # an estimated value is not a measurement: it changes nothing
    marked = full.replace(values={**full.values, "thigh_girth": 80},
                          estimated=frozenset({"thigh_girth"}))
    assert predict_shape(marked) == p_full


def test_unknown_sex_lies_between_and_out_of_range_input_stays_in_the_population():
    values = {"height": 175, "weight": 75, "chest_girth": 98, "waist_girth": 85,
              "hip_girth": 100}
    f = predict_shape(MeasurementSet.from_mapping(values, sex="female"))
    m = predict_shape(MeasurementSet.from_mapping(values, sex="male"))
    u = predict_shape(MeasurementSet.from_mapping(values))
    for key in SHAPE_KEYS:
        lo, hi = sorted((f[key].value, m[key].value))
        assert lo - 1e-9 <= u[key].value <= hi + 1e-9
        assert u[key].sd >= max(f[key].sd, m[key].sd)
    giant = predict_shape(MeasurementSet.from_mapping({**values, "height": 230}, sex="male"))
    tallest = max(float(r["buttockheight"]) for r in _sample("male")) / 10.0
    assert giant["buttock_height"].value < tallest + 15.0


def test_unmeasured_catalogue_keys_are_predicted_only_when_not_measured():
    from mtm.core.shape_prior import predict_unmeasured

    ms = MeasurementSet.from_mapping({"height": 180, "weight": 80, "chest_girth": 100,
                                      "waist_girth": 88, "hip_girth": 102, "inside_leg": 84},
                                     sex="male")
    got = predict_unmeasured(ms, ("inside_leg", "outside_leg", "bust_point_distance"))
    assert set(got) == {"outside_leg"}  # inside leg measured; no survey column for the other
    assert 95 < got["outside_leg"].value < 125 and 0.5 < got["outside_leg"].sd < 3.0
    # a longer inside leg predicts a higher navel
    longer = predict_unmeasured(ms.replace(values={**ms.values, "inside_leg": 90}),
                                ("outside_leg",))
    assert longer["outside_leg"].value > got["outside_leg"].value + 3.0

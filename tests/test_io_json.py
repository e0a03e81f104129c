"""The mtm-measurements/1 JSON format: exact layout, round trip, strict refusal of bad input."""

from __future__ import annotations

import json

import pytest

from mtm.core.errors import InputError
from mtm.core.io.json_format import FORMAT, dump_json, parse_json
from mtm.core.measurements import MeasurementSet


def doc(**changes) -> str:
    data = {"format": FORMAT, "name": "Anna", "sex": "female", "units": "cm",
            "measurements": {"height": 165.0, "weight": 61.0, "chest_girth": 92.0}}
    data.update(changes)
    return json.dumps(data)


def test_reads_the_documented_example():
    ms = parse_json(doc(), "a.json")
    assert ms.name == "Anna" and ms.sex == "female"
    assert dict(ms.values) == {"height": 165.0, "weight": 61.0, "chest_girth": 92.0}


@pytest.mark.parametrize("units, factor", [("cm", 1.0), ("mm", 0.1), ("in", 2.54)])
def test_lengths_convert_but_weight_stays_kg(units, factor):
    ms = parse_json(doc(units=units), "a.json")
    assert ms["height"] == pytest.approx(165.0 * factor)
    assert ms["chest_girth"] == pytest.approx(92.0 * factor)
    assert ms["weight"] == 61.0


def test_writes_exactly_the_documented_keys_and_round_trips():
    ms = MeasurementSet.from_mapping({"height": 170, "weight": 70, "hip_girth": 101.5,
                                      "@custom": 4}, sex="male", name="Ben")
    text = dump_json(ms, "in")
    data = json.loads(text)
    assert list(data) == ["format", "name", "sex", "units", "measurements"]
    assert data["format"] == "mtm-measurements/1" and data["units"] == "in"
    assert data["measurements"]["weight"] == 70.0
    assert data["measurements"]["height"] == pytest.approx(170 / 2.54, abs=1e-4)
    back = parse_json(text, "b.json")
    assert back.sex == "male" and back.name == "Ben"
    for key, value in ms.values.items():
        assert back[key] == pytest.approx(value, abs=1e-3)
    assert back.extra["@custom"] == pytest.approx(4.0, abs=1e-3)


def test_unknown_sex_null_and_missing_name_are_fine():
    ms = parse_json(json.dumps({"format": FORMAT, "units": "cm", "sex": None,
                                "measurements": {"height": 160, "waist_girth": None}}))
    assert ms.sex is None and ms.name == "" and "waist_girth" not in ms


@pytest.mark.parametrize("text, expected", [
    ("", "empty"),
    ("{not json", "not valid JSON at line 1"),
    ("[1, 2]", "top level is a JSON list"),
    (doc(format="mtm-measurements/2"), "format: got 'mtm-measurements/2'"),
    (json.dumps({"units": "cm", "measurements": {}}), "format: got missing"),
    (doc(units="ft"), "units: unknown units 'ft'; expected one of cm, mm, in"),
    (doc(units=None), "units"),
    (doc(sex="x"), "sex: unknown sex 'x'"),
    (doc(name=5), "name: expected text"),
    (doc(measurements=[1]), "measurements: got a list"),
    (doc(measurements={"chest_girth": "92"}), "measurements.chest_girth: expected a number"),
    (doc(measurements={"chest_girth": True}), "measurements.chest_girth: expected a number"),
    ('{"format": "mtm-measurements/1", "units": "cm", "measurements": {"height": NaN}}',
     "measurements.height: expected a finite number"),
    ('{"format": "mtm-measurements/1", "units": "cm", "measurements": {"height": 1e999}}',
     "measurements.height: expected a finite number"),
    ('{"format": "mtm-measurements/1", "units": "cm", "measurements": {"height": 1, '
     '"height": 2}}', "key 'height' appears twice"),
])
def test_malformed_json_is_one_clear_input_error(text, expected):
    with pytest.raises(InputError) as caught:
        parse_json(text, "bad.json")
    message = str(caught.value)
    assert message.startswith("bad.json: ")
    assert expected in message
    assert "\n" not in message


def test_negative_girth_is_read_and_left_to_validation():
    from mtm.core.measurements import validate

    ms = parse_json(doc(measurements={"chest_girth": -5}), "a.json")
    problems = validate(ms)
    assert [p.key for p in problems if p.severity == "error"] == ["chest_girth"]


def test_writing_a_non_finite_value_is_refused():
    ms = MeasurementSet(values={"height": float("nan")})
    with pytest.raises(InputError, match="height"):
        dump_json(ms)

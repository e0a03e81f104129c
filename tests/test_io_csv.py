"""CSV measurement tables: our layout, ANSUR II files, truncated and malformed files."""

from __future__ import annotations

import pytest

from mtm.core.errors import InputError
from mtm.core.io.ansur import ansur_path
from mtm.core.io.csv_format import dump_csv, parse_csv
from mtm.core.io.measurement_files import read_measurement_table
from mtm.core.measurements import MeasurementSet, validate

OURS = ("name,sex,units,height,weight,chest_girth,waist_girth,hip_girth,@ease\n"
        "Anna,f,cm,165,61,92,74,100,2\n"
        "Ben,male,in,70,80,40,34,,1\n")


def test_reads_one_customer_per_row_in_each_rows_units():
    anna, ben = parse_csv(OURS, "t.csv")
    assert (anna.name, anna.sex, anna["height"], anna["weight"]) == ("Anna", "female", 165, 61)
    assert ben.sex == "male"
    assert ben["height"] == pytest.approx(177.8)
    assert ben["weight"] == 80.0  # weight is kg whatever the units
    assert "hip_girth" not in ben  # empty cell = not measured
    assert anna.extra["@ease"] == 2.0 and ben.extra["@ease"] == pytest.approx(2.54)


def test_semicolon_separated_with_decimal_commas():
    (ms,) = parse_csv("name;sex;units;height;chest_girth\nAnn;f;cm;165,5;91,5\n", "t.csv")
    assert ms["height"] == 165.5 and ms["chest_girth"] == 91.5


def test_round_trip_through_dump_csv():
    sets = parse_csv(OURS, "t.csv")
    back = parse_csv(dump_csv(sets, "mm"), "u.csv")
    assert [b.name for b in back] == ["Anna", "Ben"]
    for before, after in zip(sets, back, strict=True):
        assert after.sex == before.sex
        assert set(after.values) == set(before.values)
        for key, value in before.values.items():
            assert after[key] == pytest.approx(value, abs=1e-3)
        assert after.extra["@ease"] == pytest.approx(before.extra["@ease"], abs=1e-3)


def test_text_in_a_number_cell_is_reported_by_validation():
    (ms,) = parse_csv("name,sex,units,height\nA,f,cm,tall\n", "t.csv")
    assert [p.key for p in validate(ms) if p.severity == "error"] == ["height"]


@pytest.mark.parametrize("text, expected", [
    ("", "empty"),
    ("   \n\n", "empty"),
    ("name,sex,units,height\n", "no rows"),
    ("name,sex,units,height\nA,f,cm,165\nB,f,c", "line 3 has 3 fields but the header has 4"),
    ('name,sex,units,height\nA,f,cm,165\n"B,f,cm,170', "truncated"),
    ("name,sex,units,height,extra\nA,f,cm,165,1,2\n", "line 2 has 6 fields"),
    ("name,sex,height\nA,f,165\n", "no 'units' column"),
    ("name,sex,units,foo\nA,f,cm,1\n", "no measurement columns"),
    ("name,sex,units,height,height\nA,f,cm,1,2\n", "'height' appears twice"),
    ("name,sex,units,height\nA,f,ft,165\n", "line 2, units: unknown unit 'ft'"),
    ("name,sex,units,height\nA,f,,165\n", "line 2, units"),
    ("name,sex,units,height\nA,x,cm,165\n", "line 2, sex: unknown sex 'x'"),
    ("name,,units,height\nA,f,cm,165\n", "empty column name"),
])
def test_malformed_csv_is_one_clear_input_error(text, expected):
    with pytest.raises(InputError) as caught:
        parse_csv(text, "bad.csv")
    message = str(caught.value)
    assert message.startswith("bad.csv: ") and expected in message and "\n" not in message


@pytest.mark.parametrize("sex, rows", [("female", 1986), ("male", 4082)])
def test_every_ansur_row_loads_through_the_csv_reader_and_validates_without_errors(sex, rows):
    path = ansur_path(sex)  # the full survey in ../shared, else the small in-repo sample
    sets = read_measurement_table(path)
    if "sample" not in path.name:
        assert len(sets) == rows
    assert all(ms.sex == sex for ms in sets)
    errors = [(ms.name, p.message) for ms in sets for p in validate(ms) if p.severity == "error"]
    assert errors == []
    first = sets[0]
    for key in ("height", "weight", "chest_girth", "waist_girth", "hip_girth"):
        assert key in first
    assert 140 < first["height"] < 210  # mm became cm
    assert 35 < first["weight"] < 160  # tenths of a kg became kg


def test_writing_nan_is_refused():
    with pytest.raises(InputError, match="height"):
        dump_csv([MeasurementSet(values={"height": float("nan")})])

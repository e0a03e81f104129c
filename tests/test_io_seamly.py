"""Seamly2D / Valentina measurement files, on our own fixtures of every published layout."""

from __future__ import annotations

from pathlib import Path

import pytest

from mtm.core.errors import InputError
from mtm.core.io.measurement_files import read_measurement_table, read_measurements
from mtm.core.io.seamly import evaluate, parse_seamly
from mtm.core.measurements import MeasurementSet, has_errors, validate

DATA = Path(__file__).parent / "data" / "seamly"


def test_v030_file_with_sex_maps_every_catalogue_name():
    ms = read_measurements(DATA / "v030_sex_cm.vit")
    assert ms.name == "Anna Example" and ms.sex == "female"
    assert ms["chest_girth"] == 92 and ms["underbust_girth"] == 78
    assert ms["shoulder_width"] == 37.5 and ms["back_waist_length"] == 41
    assert ms["inside_leg"] == 76 and ms["outside_leg"] == 101
    assert ms["bust_point_distance"] == 18 and ms["across_front_width"] == 32
    assert ms["waist_to_hip"] == pytest.approx(12.5)  # a formula of two other measurements
    assert "head_girth" not in ms  # value 0 = not measured
    assert ms["neck_girth"] == 33.5  # Seamly's mid-neck girth is our collar-height neck girth
    assert ms.extra == {"@sleeve_ease": 2.5}
    assert not has_errors(validate(ms))


def test_mm_file_with_gender_converts_to_cm_and_keeps_angles_unconverted():
    ms = read_measurements(DATA / "v033_gender_mm.vit")
    assert ms.sex == "male" and ms.name == "Ben Sample"
    assert ms["height"] == pytest.approx(178.0) and ms["chest_girth"] == pytest.approx(100.0)
    assert ms.extra["@cuff"] == pytest.approx(25.0)
    assert ms.extra["shoulder_slope_neck_side_angle"] == 21.0  # degrees, not mm


def test_inch_smis_file():
    ms = read_measurements(DATA / "inch.smis")
    assert ms.sex == "female"
    assert ms["height"] == pytest.approx(64 * 2.54)
    assert ms["wrist_girth"] == pytest.approx(6.25 * 2.54)


def test_v020_grouped_layout_uses_the_old_names():
    ms = read_measurements(DATA / "v020_legacy.vit")
    assert ms.sex == "male" and ms.name == "Dan Legacy"
    assert ms["chest_girth"] == 104 and ms["neck_base_girth"] == 42
    assert ms["hip_girth"] == 102  # from hips_excluding_protruding_abdomen, as Valentina does
    assert ms.extra == {"hip_circ_with_abdomen": 104}
    assert ms["neck_girth"] == 38  # mid_neck_girth -> neck_mid_circ -> our neck girth
    assert ms["inside_leg"] == 84 and ms["back_waist_length"] == 46 and ms["height"] == 180


def test_v062_customer_separator_and_formula():
    ms = read_measurements(DATA / "v062_customer.vit")
    assert ms.name == "Eve Modern" and ms.sex is None
    assert ms["waist_girth"] == pytest.approx(88 * 0.8)
    assert "@Girths" not in ms.extra
    assert ms.extra["@angle_of_hem"] == 12  # specialUnits: not a length


def test_zero_means_not_measured():
    (ms,) = parse_seamly(vit('<m name="height" value="165"/><m name="bust_circ" value="0"/>'
                             '<m name="hip_circ" value="99"/>'), "x.vit")
    assert set(ms.values) == {"height", "hip_girth"}


@pytest.mark.parametrize("body, expected", [
    ('<m name="waist_circ" value=""/>', "waist_circ: measurement 'waist_circ' has an empty value"),
    ('<m name="waist_circ" value="  "/>', "has an empty value"),
    ('<m name="waist_circ"/>', "waist_circ: measurement 'waist_circ' has no value"),
    ('<m name="waist circ" value="76"/>', "waist circ: measurement 'waist circ' has an invalid"),
    ('<m name="9th" value="1"/>', "'9th' has an invalid name"),
    ('<m name="@ease+1" value="1"/>', "'@ease+1' has an invalid name"),
    ('<m name="a/b" value="1"/>', "invalid name"),
])
def test_valentinas_broken_measurements_are_refused(body, expected):
    with pytest.raises(InputError) as caught:
        parse_seamly(vit('<m name="height" value="165"/>' + body), "x.vit")
    assert str(caught.value).startswith("x.vit: ") and expected in str(caught.value)


def test_empty_base_of_a_multisize_table_is_refused():
    with pytest.raises(InputError, match="'bust_circ' has an empty value"):
        parse_seamly(vit('<m name="bust_circ" base="" size_increase="4"/>', root="vst"), "t.vst")


def test_valid_names_pass():
    (ms,) = parse_seamly(vit('<m name="@my_ease" value="2"/><m name="@cuff\'s" value="1"/>'
                             '<m name="\u00e9paule" value="3"/>'), "x.vit")
    assert ms.extra == {"@my_ease": 2.0, "@cuff's": 1.0, "\u00e9paule": 3.0}


def test_multisize_table_gives_one_set_per_size_base_first():
    sets = read_measurement_table(DATA / "table_v046.smms")
    assert [s.name for s in sets] == [f"table_v046 size {n} height 170"
                                      for n in (50, 46, 48, 52, 54)]
    by_size = {int(s.name.split()[2]): s for s in sets}
    assert by_size[50]["chest_girth"] == 100 and by_size[54]["chest_girth"] == 108
    assert by_size[46]["neck_base_girth"] == 37 and by_size[46]["height"] == 170
    assert all("head_girth" not in s for s in sets)  # base 0 = not in the table
    assert read_measurements(DATA / "table_v046.smms")["chest_girth"] == 100


def test_old_multisize_and_dimension_tables_give_their_base():
    (old,) = read_measurement_table(DATA / "table_v030_mm.vst")
    assert old["chest_girth"] == pytest.approx(96) and old["hip_girth"] == pytest.approx(102)
    (new,) = read_measurement_table(DATA / "table_v050.vst")
    assert new["height"] == 176 and new["waist_girth"] == 82
    assert "x=176" in new.name


@pytest.mark.parametrize("name, expected", [
    ("duplicate_names.vit", "waist_circ: measurement 'waist_circ' appears more than once"),
    ("broken.vit", "not well-formed XML at line 7"),
    ("entity_bomb.vit", "<!DOCTYPE ...>) refused"),
    ("external_entity.vit", "<!DOCTYPE ...>) refused"),
    ("unknown_unit.vit", "unit: unknown unit 'furlong'"),
    ("circular_formula.vit", "refer to each other in a circle"),
])
def test_bad_files_are_one_clear_input_error(name, expected):
    with pytest.raises(InputError) as caught:
        read_measurements(DATA / name)
    message = str(caught.value)
    assert message.startswith(str(DATA / name)) and expected in message
    assert "\n" not in message


def vit(body: str, unit: str = "cm", root: str = "vit") -> bytes:
    return (f'<?xml version="1.0" encoding="UTF-8"?><{root}><version>0.3.3</version>'
            f"<unit>{unit}</unit><personal><gender>female</gender></personal>"
            f"<body-measurements>{body}</body-measurements></{root}>").encode()


@pytest.mark.parametrize("data, expected", [
    (b"<pattern/>", "root element is <pattern>"),
    (b"<vit><unit>cm</unit></vit>", "no <body-measurements>"),
    (b"<vit><body-measurements/></vit>", "no <unit>"),
    (vit('<m value="1"/>'), "has no name"),
    (vit('<m name="bust_circ" value="abc + 1"/>'), "refers to unknown measurement 'abc'"),
    (vit('<m name="bust_circ" value="sin(4)"/>'), "function sin() is not supported"),
    (vit('<m name="bust_circ" value="sqrt(-4)"/>'), "outside the domain"),
    (vit('<m name="bust_circ" value="1/0"/>'), "division by zero"),
    (vit('<m name="bust_circ" value="10^10^10"/>'), "bust_circ"),
    (vit('<m name="bust_circ" value="(1 + 2"/>'), "bust_circ"),
])
def test_malformed_seamly_content(data, expected):
    with pytest.raises(InputError, match=None) as caught:
        parse_seamly(data, "x.vit")
    assert expected in str(caught.value)


def test_formula_evaluation():
    values = {"a": 10.0, "@b": 4.0}
    assert evaluate("a/2 + @b*3 - (1 - 2)^2", values.__getitem__) == pytest.approx(16.0)
    assert evaluate("-a + +2", values.__getitem__) == -8.0
    assert evaluate("2^3^2", values.__getitem__) == 512.0  # right associative
    assert evaluate("1,5 * 2", values.__getitem__) == 3.0  # decimal comma
    assert evaluate("sqrt(a*10) + abs(-1)", values.__getitem__) == 11.0


def test_written_vit_reads_back_the_same():
    original = read_measurements(DATA / "v030_sex_cm.vit")
    original = original.with_value("weight", 63.0)
    for units in ("cm", "mm", "in"):
        from mtm.core.io.seamly import dump_vit

        data = dump_vit(original, units)
        assert data.startswith(b'<?xml version="1.0" encoding="UTF-8"?>\n<vit>')
        (back,) = parse_seamly(data, "back.vit")
        assert back.name == original.name and back.sex == original.sex
        assert set(back.values) == set(original.values)
        for key, value in original.values.items():
            assert back[key] == pytest.approx(value, abs=1e-3), key
        assert back["weight"] == 63.0
        assert back.extra.keys() == original.extra.keys()


def test_writes_odd_extra_names_as_custom_measurements():
    from mtm.core.io.seamly import dump_vit

    ms = MeasurementSet.from_mapping({"height": 170, "my ease (cm)": 3, "9th": 1})
    (back,) = parse_seamly(dump_vit(ms), "x.vit")
    assert back.extra == {"@my_ease__cm_": 3.0, "@_9th": 1.0}

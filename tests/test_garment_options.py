"""Option declarations: parsing, ranges, choices, booleans and ``key=value`` assignments."""

from __future__ import annotations

import pytest

from mtm.core.errors import MtmError
from mtm.patterns.options import Option, parse_assignments, resolve_options

OPTS = (
    Option("length", 2.0, "hem below the hip", -10.0, 20.0, "cm"),
    Option("fit", "regular", "ease", choices=("slim", "regular")),
    Option("pockets", False, "patch pockets"),
)


def test_defaults_and_parsed_values():
    assert resolve_options(OPTS, None) == {"length": 2.0, "fit": "regular", "pockets": False}
    got = resolve_options(OPTS, {"length": "-10", "fit": "slim", "pockets": "yes"})
    assert got == {"length": -10.0, "fit": "slim", "pockets": True}


@pytest.mark.parametrize(
    ("given", "words"),
    [
        ({"length": "20.01"}, ("option length", "out of range -10..20 cm")),
        ({"length": "nan"}, ("option length", "out of range")),
        ({"length": "long"}, ("option length", "must be a number")),
        ({"fit": "loose"}, ("option fit", "slim, regular")),
        ({"pockets": "maybe"}, ("option pockets", "true or false")),
        ({"colour": "red"}, ("option colour", "unknown option for skirt", "length, fit, pockets")),
    ],
)
def test_bad_values_name_the_option_and_range(given, words):
    with pytest.raises(MtmError) as err:
        resolve_options(OPTS, given, garment="skirt")
    for w in words:
        assert w in str(err.value)


def test_assignments():
    assert parse_assignments(["fit=slim", " length = 4 "]) == {"fit": "slim", "length": "4"}
    with pytest.raises(MtmError, match="key=value"):
        parse_assignments(["fit"])


def test_describe_and_dict():
    assert OPTS[0].describe() == "length [-10..20 cm] default 2.0: hem below the hip"
    assert OPTS[1].to_dict()["choices"] == ["slim", "regular"]
    assert OPTS[2].kind == "bool"


def test_whole_number_options():
    buttons = Option("buttons", 6, "number of buttons", 4, 9)
    assert buttons.kind == "number" and buttons.whole
    assert resolve_options((buttons,), {"buttons": "7"}) == {"buttons": 7}
    assert isinstance(resolve_options((buttons,), {"buttons": 7.0})["buttons"], int)
    with pytest.raises(MtmError, match="whole number"):
        resolve_options((buttons,), {"buttons": "6.5"})
    assert not OPTS[0].whole

"""Property tests: random values, bytes and files thrown at every reader, the validator and the
CLI. The only failure allowed is a user-facing ``MtmError`` (one line, exit 2), never a crash."""

from __future__ import annotations

import contextlib
import io
import json
import math
import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtm.app.cli import main
from mtm.core.errors import MtmError
from mtm.core.io.csv_format import dump_csv, parse_csv
from mtm.core.io.json_format import FORMAT, dump_json, parse_json
from mtm.core.io.measurement_files import READ_EXTENSIONS, read_measurement_table
from mtm.core.io.seamly import SEAMLY_NAMES, dump_vit, parse_seamly
from mtm.core.measurements import CATALOGUE, MeasurementSet, validate

#: Examples per property; set MTM_FUZZ_EXAMPLES=5000 for a deeper run by hand.
EXAMPLES = int(os.environ.get("MTM_FUZZ_EXAMPLES", "150"))
FAST = settings(max_examples=EXAMPLES, deadline=None,
                suppress_health_check=[HealthCheck.too_slow])
KEYS = list(CATALOGUE)
ANY_NUMBER = st.one_of(st.floats(allow_nan=True, allow_infinity=True),
                       st.integers(min_value=-10**30, max_value=10**30))
CELL = st.one_of(ANY_NUMBER.map(str), st.text(max_size=12), st.sampled_from(
    ["", " ", "nan", "-inf", "1e999", "92,5", "0", "-0", "1_000", "0x10", "½"]))


def survives(func, *args):
    """Run ``func``; a user-facing MtmError is fine (with a one-line message), nothing else."""
    try:
        result = func(*args)
    except MtmError as error:
        assert "\n" not in str(error)
        return None
    return result


def check_sets(sets) -> None:
    for ms in sets or []:
        assert isinstance(ms, MeasurementSet)
        for problem in validate(ms):
            assert problem.severity in ("error", "warning") and problem.message


@FAST
@given(st.binary(max_size=2000))
def test_random_bytes_at_every_reader(data):
    check_sets(survives(parse_seamly, data, "r.vit"))
    text = data.decode("utf-8", errors="replace")
    one = survives(parse_json, text, "r.json")
    check_sets([one] if one else [])
    check_sets(survives(parse_csv, text, "r.csv"))


@FAST
@given(st.text(max_size=2000))
def test_random_text_at_every_reader(text):
    one = survives(parse_json, text, "r.json")
    check_sets([one] if one else [])
    check_sets(survives(parse_csv, text, "r.csv"))
    check_sets(survives(parse_seamly, text.encode("utf-8"), "r.vit"))


JSON_VALUE = st.recursive(
    st.none() | st.booleans() | ANY_NUMBER | st.text(max_size=8),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                max_size=3),
    max_leaves=8)


@FAST
@given(units=st.one_of(st.sampled_from(["cm", "mm", "in"]), JSON_VALUE),
       sex=st.one_of(st.sampled_from(["female", "male", None, "f", "x"]), JSON_VALUE),
       name=st.one_of(st.text(max_size=10), JSON_VALUE),
       measurements=st.one_of(
           st.dictionaries(st.sampled_from(KEYS + ["@x", "other"]), JSON_VALUE, max_size=8),
           JSON_VALUE))
def test_random_json_documents(units, sex, name, measurements):
    doc = {"format": FORMAT, "units": units, "sex": sex, "name": name,
           "measurements": measurements}
    text = json.dumps(doc, allow_nan=True)
    ms = survives(parse_json, text, "r.json")
    if ms is not None:
        check_sets([ms])
        assert all(isinstance(v, float) for v in ms.values.values())


@FAST
@given(columns=st.lists(st.sampled_from(KEYS + ["name", "sex", "units", "@x"]), min_size=1,
                        max_size=8, unique=True),
       rows=st.lists(st.lists(CELL, min_size=8, max_size=8), min_size=1, max_size=4),
       units=st.sampled_from(["cm", "mm", "in", "inch", "ft", ""]))
def test_random_csv_tables(columns, rows, units):
    header = ["units", *[c for c in columns if c != "units"]]
    lines = [",".join(header)]
    for cells in rows:
        values = [units, *cells[: len(header) - 1]]
        lines.append(",".join('"' + v.replace('"', '""') + '"' for v in values))
    check_sets(survives(parse_csv, "\n".join(lines) + "\n", "r.csv"))


NAME = st.one_of(st.sampled_from(list(SEAMLY_NAMES) + ["neck_mid_circ", "@a", "@b"]),
                 st.from_regex(r"@?[a-z_]{1,8}", fullmatch=True))
VALUE = st.one_of(ANY_NUMBER.map(str), CELL, st.sampled_from(
    ["bust_circ/2", "height*0.5 + 3", "(1", "@a + @b", "@a", "sqrt(-1)", "2^2000", "1/0"]))


def xml_attr(text: str) -> str:
    cleaned = "".join(c for c in text if c in "\t\n\r" or ord(c) >= 32)
    cleaned = "".join(c for c in cleaned
                      if not 0xD800 <= ord(c) <= 0xDFFF and c not in "\ufffe\uffff")
    return (cleaned.replace("&", "&amp;").replace("<", "&lt;").replace('"', "&quot;"))


@FAST
@given(root=st.sampled_from(["vit", "smis", "vst", "smms"]),
       unit=st.sampled_from(["cm", "mm", "inch", "yard", ""]),
       gender=st.sampled_from(["female", "male", "unknown", "", "robot"]),
       entries=st.lists(st.tuples(NAME, VALUE), max_size=10))
def test_random_seamly_files(root, unit, gender, entries):
    attr = "value" if root in ("vit", "smis") else "base"
    body = "".join(f'<m name="{xml_attr(n)}" {attr}="{xml_attr(v)}" size_increase="1"/>'
                   for n, v in entries)
    data = (f'<?xml version="1.0" encoding="UTF-8"?><{root}><unit>{unit}</unit>'
            f'<size base="50" min="40" max="60" step="2"/>'
            f"<personal><gender>{gender}</gender></personal>"
            f"<body-measurements>{body}</body-measurements></{root}>").encode()
    sets = survives(parse_seamly, data, "r.vit")
    check_sets(sets)
    for ms in sets or []:
        if all(math.isfinite(v) for v in (*ms.values.values(), *ms.extra.values())):
            (back,) = parse_seamly(dump_vit(ms), "back.vit")
            for key, value in ms.values.items():
                assert back[key] == pytest.approx(value, rel=1e-6, abs=1e-3)


POSITIVE = st.floats(min_value=0.5, max_value=500, allow_nan=False)


@FAST
@given(values=st.dictionaries(st.sampled_from(KEYS), ANY_NUMBER, max_size=12),
       sex=st.sampled_from(["female", "male", None]))
def test_validate_never_crashes(values, sex):
    ms = MeasurementSet(values={k: float(v) for k, v in values.items()}, sex=sex)
    problems = validate(ms)
    bad = {k for k, v in ms.values.items()
           if not math.isfinite(v) or v <= 0 or not CATALOGUE[k].hard_min <= v
           <= CATALOGUE[k].hard_max}
    errors = {p.key for p in problems if p.severity == "error"}
    assert bad <= errors  # every impossible value is an error naming its key


@FAST
@given(values=st.dictionaries(st.sampled_from(KEYS), POSITIVE, min_size=1, max_size=12),
       sex=st.sampled_from(["female", "male", None]), units=st.sampled_from(["cm", "mm", "in"]),
       name=st.text(max_size=20).filter(lambda s: s == s.strip() and "\r" not in s))
def test_every_writer_round_trips(values, sex, units, name):
    ms = MeasurementSet(values=values, sex=sex, name=name)
    for back in (parse_json(dump_json(ms, units)), parse_csv(dump_csv([ms], units))[0],
                 parse_seamly(dump_vit(ms, units))[0]):
        assert back.sex == sex
        assert set(back.values) == set(values)
        for key, value in values.items():
            assert back[key] == pytest.approx(value, rel=1e-5, abs=2e-3)


_WORKDIR = Path(tempfile.mkdtemp(prefix="mtm-prop-"))


@settings(max_examples=max(EXAMPLES // 3, 20), deadline=None,
          suppress_health_check=[HealthCheck.too_slow])
@given(data=st.one_of(st.binary(max_size=500), st.text(max_size=500).map(str.encode)),
       ext=st.sampled_from(READ_EXTENSIONS), json_flag=st.booleans())
def test_random_files_through_the_cli(data, ext, json_flag):
    path = _WORKDIR / f"random{ext}"
    path.write_bytes(data)
    argv = ["measurements", "validate", str(path)] + (["--json"] if json_flag else [])
    stdout, stderr = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(stdout), contextlib.redirect_stderr(stderr):
        code = main(argv)
    out, err = stdout.getvalue(), stderr.getvalue()
    assert code in (0, 2), err
    assert "Traceback" not in err and "internal error" not in err
    if code == 2:
        assert len(err.strip().splitlines()) == 1 and err.startswith("mtm: error: ")
    if json_flag and out:
        report = json.loads(out)
        assert report["valid"] is (code == 0)
    sets = survives(read_measurement_table, path)
    check_sets(sets)

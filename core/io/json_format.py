"""The ``mtm-measurements/1`` JSON format: one customer's measurements.

Exactly::

    {"format": "mtm-measurements/1", "name": "...", "sex": "female"|"male"|null,
     "units": "cm"|"mm"|"in", "measurements": {"height": 165.0, "weight": 61.0, ...}}

Lengths are in ``units``; weight is always kg. Keys outside the catalogue are kept as extra
measurements (same units). Other tools read this format, so the reader is strict: a value must
be a JSON number (or null for "not measured"); text, NaN and Infinity are refused, and so
are duplicate keys.
"""

from __future__ import annotations

import json
import math
from collections.abc import Mapping

from ..errors import InputError, MtmError
from ..measurements import CATALOGUE, MeasurementSet, normalise_sex
from ..units import CM_PER_UNIT

FORMAT = "mtm-measurements/1"
JSON_UNITS = ("cm", "mm", "in")


def _no_duplicates(pairs: list[tuple[str, object]]) -> dict:
    seen: dict[str, object] = {}
    for key, value in pairs:
        if key in seen:
            raise _DuplicateKey(key)
        seen[key] = value
    return seen


class _DuplicateKey(Exception):
    pass


def _label(text: str) -> str:
    """``text`` safe for a one-line message (control characters escaped)."""
    return text if text.isprintable() else repr(text)[1:-1]


def parse_json(text: str, source: str = "") -> MeasurementSet:
    """One MeasurementSet from ``mtm-measurements/1`` text; InputError when malformed."""
    if not text.strip():
        raise InputError(f"the file is empty; expected a {FORMAT} JSON object", source=source)
    try:
        data = json.loads(text, object_pairs_hook=_no_duplicates)
    except _DuplicateKey as error:
        raise InputError(f"key {error.args[0]!r} appears twice; expected each key once",
                         source=source) from None
    except json.JSONDecodeError as error:
        raise InputError(f"not valid JSON at line {error.lineno}, column {error.colno} "
                         f"({error.msg}); expected a {FORMAT} object", source=source) from None
    except (ValueError, RecursionError) as error:
        raise InputError(f"not valid JSON ({error}); expected a {FORMAT} object",
                         source=source) from None
    if not isinstance(data, dict):
        raise InputError(f"top level is a JSON {type(data).__name__}; expected a {FORMAT} "
                         "object", source=source)
    fmt = data.get("format")
    if fmt != FORMAT:
        got = "missing" if "format" not in data else repr(fmt)[:40]
        raise InputError(f"got {got}; expected {FORMAT!r}", field="format", source=source)
    units = data.get("units")
    if units not in JSON_UNITS:
        got = "missing" if "units" not in data else repr(units)[:40]
        raise InputError(f"unknown units {got}; expected one of cm, mm, in", field="units",
                         source=source)
    name = data.get("name", "")
    if name is None:
        name = ""
    if not isinstance(name, str):
        raise InputError("expected text", field="name", source=source)
    try:
        sex = normalise_sex(data.get("sex"))
    except MtmError as error:
        raise InputError(error.message, field="sex", source=source) from None
    measurements = data.get("measurements")
    if not isinstance(measurements, dict):
        got = "missing" if "measurements" not in data else f"a {type(measurements).__name__}"
        raise InputError(f"got {got}; expected an object of key: number",
                         field="measurements", source=source)
    raw: dict[str, float] = {}
    for key, value in measurements.items():
        field = f"measurements.{_label(key)}"
        if value is None:
            continue
        if isinstance(value, bool) or not isinstance(value, (int, float)):
            raise InputError(f"expected a number, got {json.dumps(value)[:40]}", field=field,
                             source=source)
        try:
            number = float(value)
        except OverflowError:
            number = math.inf
        if not math.isfinite(number):
            raise InputError(f"expected a finite number, got {value!r}"[:80], field=field,
                             source=source)
        raw[key] = number
    return MeasurementSet.from_mapping(raw, units=units, sex=sex, name=name)


def to_json_dict(ms: MeasurementSet, units: str = "cm", digits: int = 4) -> dict:
    """The JSON object for ``ms`` with lengths in ``units`` (weight stays kg)."""
    if units not in JSON_UNITS:
        raise InputError(f"unknown units {units!r}; expected one of cm, mm, in", field="units")
    factor = CM_PER_UNIT[units]
    values: dict[str, float] = {}
    for key in CATALOGUE:
        if key in ms.values:
            value = ms.values[key]
            values[key] = round(value if CATALOGUE[key].unit == "kg" else value / factor, digits)
    for key, value in ms.extra.items():
        values[key] = round(value / factor, digits)
    _require_finite(values)
    return {"format": FORMAT, "name": ms.name, "sex": ms.sex, "units": units,
            "measurements": values}


def _require_finite(values: Mapping[str, float]) -> None:
    for key, value in values.items():
        if not math.isfinite(value):
            raise InputError("cannot write a value that is not a finite number", field=key)


def dump_json(ms: MeasurementSet, units: str = "cm") -> str:
    """``ms`` as ``mtm-measurements/1`` text (indented, trailing newline)."""
    return json.dumps(to_json_dict(ms, units), indent=2, ensure_ascii=False,
                      allow_nan=False) + "\n"

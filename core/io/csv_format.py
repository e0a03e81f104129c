"""Measurement tables as CSV: one customer per row.

Our own layout has a header of ``name``, ``sex``, ``units`` and catalogue keys (any order;
columns outside the catalogue are kept as extra measurements in the row's units; weight is
always kg; an empty cell means "not measured"). ANSUR II survey files (``stature``,
``chestcircumference``, ... in mm, a ``Gender`` column) are recognised by their header and read
through ``mtm.core.io.ansur``. A semicolon instead of a comma as separator is accepted.
"""

from __future__ import annotations

import csv
import io
import math
from collections.abc import Sequence

from ..errors import InputError, MtmError
from ..measurements import CATALOGUE, MeasurementSet, normalise_sex
from ..units import CM_PER_UNIT, normalise_unit
from .ansur import ansur_row_to_set, is_ansur_header

META_COLUMNS = ("name", "sex", "units")
CSV_UNITS = ("cm", "mm", "in")


def _delimiter(first_line: str) -> str:
    return ";" if ";" in first_line and "," not in first_line else ","


def _rows(text: str, source: str) -> tuple[list[str], list[tuple[int, list[str]]]]:
    """Header and (line number, cells) of every non-blank row; InputError when ragged."""
    if not text.strip():
        raise InputError("the file is empty; expected a CSV header row of measurement keys "
                         "with name, sex and units", source=source)
    delimiter = _delimiter(text.lstrip().split("\n", 1)[0])
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    rows: list[tuple[int, list[str]]] = []
    try:
        for cells in reader:
            if cells and any(c.strip() for c in cells):
                rows.append((reader.line_num, cells))
    except csv.Error as error:
        raise InputError(f"malformed CSV at line {reader.line_num} ({error}); the file may be "
                         "truncated", source=source) from None
    if not rows:
        raise InputError("no header row (only empty cells); expected measurement keys with "
                         "name, sex and units", source=source)
    header = [h.strip() for h in rows[0][1]]
    if header and header[0].startswith("\ufeff"):
        header[0] = header[0][1:]
    seen: set[str] = set()
    for column in header:
        if not column:
            raise InputError("the header has an empty column name; expected measurement keys",
                             source=source)
        if column.lower() in seen:
            raise InputError(f"column {column!r} appears twice in the header", source=source)
        seen.add(column.lower())
    body = rows[1:]
    for line, cells in body:
        if len(cells) != len(header):
            raise InputError(f"line {line} has {len(cells)} fields but the header has "
                             f"{len(header)}; the file may be truncated or damaged",
                             source=source)
    return header, body


def parse_csv(text: str, source: str = "") -> list[MeasurementSet]:
    """Every row of a measurement CSV (ours or ANSUR II) as MeasurementSets in cm/kg."""
    header, body = _rows(text, source)
    if not body:
        raise InputError("the file has a header but no rows; expected one customer per row",
                         source=source)
    if is_ansur_header(header):
        return [ansur_row_to_set(dict(zip(header, cells, strict=True))) for _, cells in body]
    lower = [h.lower() if h.lower() in CATALOGUE or h.lower() in META_COLUMNS else h
             for h in header]
    if "units" not in lower:
        raise InputError("no 'units' column; expected a header with name, sex, units and "
                         "measurement keys (or an ANSUR II file)", source=source)
    if not any(h in CATALOGUE for h in lower):
        raise InputError("no measurement columns; expected catalogue keys such as height, "
                         "chest_girth, waist_girth, hip_girth", source=source)
    sets = []
    for line, cells in body:
        row = dict(zip(lower, (c.strip() for c in cells), strict=True))
        try:
            units = normalise_unit(row["units"])
            if units not in CSV_UNITS:
                raise InputError(f"unknown unit {row['units']!r}; expected one of cm, mm, in")
        except MtmError as error:
            raise InputError(error.message, field=f"line {line}, units", source=source) from None
        try:
            sex = normalise_sex(row.get("sex"))
        except MtmError as error:
            raise InputError(error.message, field=f"line {line}, sex", source=source) from None
        raw = {k: v for k, v in row.items() if k not in META_COLUMNS}
        sets.append(MeasurementSet.from_mapping(raw, units=units, sex=sex,
                                                name=row.get("name", "")))
    return sets


def _fmt(value: float, key: str) -> str:
    if not math.isfinite(value):
        raise InputError("cannot write a value that is not a finite number", field=key)
    return repr(round(value, 4)) if abs(value) < 1e15 else repr(value)


def dump_csv(sets: Sequence[MeasurementSet], units: str = "cm") -> str:
    """``sets`` as CSV text in our layout: catalogue keys in catalogue order, then extras."""
    if units not in CSV_UNITS:
        raise InputError(f"unknown units {units!r}; expected one of cm, mm, in", field="units")
    factor = CM_PER_UNIT[units]
    keys = [k for k in CATALOGUE if any(k in ms.values for ms in sets)]
    extras = list(dict.fromkeys(k for ms in sets for k in ms.extra if k.lower() not in keys
                                and k.lower() not in META_COLUMNS))
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*META_COLUMNS, *keys, *extras])
    for ms in sets:
        cells = [ms.name, ms.sex or "", units]
        for key in keys:
            value = ms.values.get(key)
            if value is None:
                cells.append("")
            else:
                cells.append(_fmt(value if CATALOGUE[key].unit == "kg" else value / factor, key))
        for key in extras:
            value = ms.extra.get(key)
            cells.append("" if value is None else _fmt(value / factor, key))
        writer.writerow(cells)
    return out.getvalue()

"""Seamly2D / Valentina measurement files: individual (.vit/.smis) and multisize (.vst/.smms).

Read: every published layout, from v0.2 (measurements as grouped elements named after the old
names, ``<sex>``) through v0.3-v0.4 (``<m name value>``, ``<sex>`` then ``<gender>``) to
Valentina 0.5/0.6 (``<customer>``, dimensions). Units mm, cm or inch. Names of our catalogue
map onto our keys (see ``SEAMLY_NAMES``); every other measurement is kept as an extra (in cm;
names ending in ``_angle`` or marked ``specialUnits`` are kept unconverted). A value of 0 means
"not measured"; an empty or missing value and a name Valentina would not accept (a space, an
operator, a leading digit) are refused, naming the measurement, as Valentina refuses such
files. Individual values may be formulas of
other measurements (``bust_circ/2 + 1``): + - * / ^, parentheses, sqrt() and abs() are
evaluated; anything else is refused with a message naming the measurement.

Multisize tables give a base value plus increments per size step (2 cm) and height step
(6 cm). ``parse_seamly`` returns one set per size from the table's ``<size min max step>`` at
its base height (base size first); tables without a size range (v0.3, Valentina 0.5+
dimensions) and inch tables (which the programs do not grade) give the base size only.

Write: ``dump_vit`` writes a Valentina individual file, format v0.3.3, which both Valentina and
Seamly2D open.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from pathlib import Path
from xml.etree import ElementTree as ET
from xml.etree.ElementTree import Element

from ..errors import InputError, MtmError
from ..measurements import CATALOGUE, MeasurementSet, normalise_sex
from ..units import CM_PER_UNIT, normalise_unit
from .safe_xml import child_text, parse_xml

#: Seamly2D/Valentina name -> our catalogue key (../shared/reference/seamly-valentina-...).
#: ``@weight`` is our own custom measurement (kg) so that weight survives a round trip; so
#: are the tailor's lengths Seamly has no name for.
SEAMLY_NAMES: Mapping[str, str] = {
    "height": "height",
    "neck_circ": "neck_base_girth",
    "neck_mid_circ": "neck_girth",
    "highbust_circ": "upper_chest_girth",
    "armscye_circ": "armscye_girth",
    "bust_circ": "chest_girth",
    "lowbust_circ": "underbust_girth",
    "waist_circ": "waist_girth",
    "hip_circ": "hip_girth",
    "width_shoulder": "shoulder_width",
    "neck_back_to_waist_b": "back_waist_length",
    "arm_shoulder_tip_to_wrist": "arm_length",
    "arm_upper_circ": "upper_arm_girth",
    "arm_wrist_circ": "wrist_girth",
    "leg_thigh_upper_circ": "thigh_girth",
    "leg_knee_circ": "knee_girth",
    "leg_calf_circ": "calf_girth",
    "leg_ankle_circ": "ankle_girth",
    "leg_crotch_to_floor": "inside_leg",
    "leg_waist_side_to_floor": "outside_leg",
    "crotch_length": "crotch_length",
    "across_back_b": "across_back_width",
    "across_chest_f": "across_front_width",
    "bustpoint_to_bustpoint": "bust_point_distance",
    "waist_to_hip_side": "waist_to_hip",
    "head_circ": "head_girth",
    "@weight": "weight",
    "@neck_to_bust_point": "neck_to_bust_point",  # no Seamly name: our own custom ones
    "@front_waist_length": "front_waist_length",
    # Seamly's waist_natural_circ is a second, lower waist at the obliques' indentation (else
    # just below the navel), not the girth at the navel's centre: kept as an extra, and the
    # navel waist is written as our own custom measurement
    "@waist_girth_omphalion": "waist_girth_omphalion",
}
#: Our key -> the name we write.
KEY_TO_SEAMLY: Mapping[str, str] = {key: name for name, key in SEAMLY_NAMES.items()}

#: v0.2 element names -> the names of v0.3 and later (as Valentina converts them): every name
#: that leads to our catalogue and the common others. Note: v0.2 ``hip_girth`` became
#: ``hip_circ_with_abdomen``; the plain ``hip_circ`` came from
#: ``hips_excluding_protruding_abdomen``.
LEGACY_NAMES: Mapping[str, str] = {
    "head_girth": "head_circ",
    "neck_base_girth": "neck_circ",
    "bust_girth": "bust_circ",
    "under_bust_girth": "lowbust_circ",
    "waist_girth": "waist_circ",
    "hips_excluding_protruding_abdomen": "hip_circ",
    "hip_girth": "hip_circ_with_abdomen",
    "center_back_waist_length": "neck_back_to_waist_b",
    "arm_length": "arm_shoulder_tip_to_wrist",
    "upper_arm_girth": "arm_upper_circ",
    "wrist_girth": "arm_wrist_circ",
    "thigh_girth": "leg_thigh_upper_circ",
    "knee_girth": "leg_knee_circ",
    "calf_girth": "leg_calf_circ",
    "ankle_girth": "leg_ankle_circ",
    "crotch_height": "leg_crotch_to_floor",
    "side_waist_to_floor": "leg_waist_side_to_floor",
    "arc_through_groin_area": "crotch_length",
    "upper_back_width": "across_back_b",
    "upper_front_chest_width": "across_chest_f",
    "chest_width": "across_chest_f",
    # names outside our catalogue, so that extras carry their current names
    "mid_neck_girth": "neck_mid_circ",
    "upper_chest_girth": "highbust_circ",
    "high_hip_girth": "highhip_circ",
    "across_back_shoulder_width": "shoulder_tip_to_shoulder_tip_b",
    "mid_thigh_girth": "leg_thigh_mid_circ",
    "elbow_girth": "arm_elbow_circ",
    "armscye_girth": "armscye_circ",
    "hand_girth": "hand_circ",
    "knee_height": "height_knee",
    "hip_height": "height_hip",
    "waist_height": "height_waist_side",
    "waist_to_hip_height": "height_waist_side_to_hip",
}

INDIVIDUAL_ROOTS = ("vit", "smis")
MULTISIZE_ROOTS = ("vst", "smms")
#: Grading steps of multisize tables, in cm: one size is 2 cm of chest, one height 6 cm.
SIZE_STEP_CM = 2.0
HEIGHT_STEP_CM = 6.0
MAX_SIZES = 100
MAX_FORMULA = 500
MAX_NESTING = 50


class _Entry:
    """One measurement as written in the file (value text in file units)."""

    __slots__ = ("name", "value", "size_increase", "unitless")

    def __init__(self, name: str, value: str, size_increase: str = "0", unitless: bool = False):
        self.name = name
        self.value = value
        self.size_increase = size_increase
        self.unitless = unitless


#: Valentina's rule for a measurement name (its schema's ``shortName``): no white space and
#: none of the formula operators anywhere, and no digit or quote first.
_OPERATORS = "*/\\&|!<>^\\-()\u2013+\u2212=?:;\"'"
_VALID_NAME = re.compile(rf"[^\d\s{_OPERATORS}][^\s{_OPERATORS.replace(chr(39), '')}]*")


def _entries(root: Element, source: str, value_attr: str) -> list[_Entry]:
    body = root.find("body-measurements")
    if body is None:
        raise InputError("no <body-measurements> element; expected a Seamly2D/Valentina "
                         "measurement file", source=source)
    entries: list[_Entry] = []
    seen: set[str] = set()
    for elem in body.iter():
        if elem is body:
            continue
        if elem.tag == "m":
            name = (elem.get("name") or "").strip()
            if not name:
                raise InputError("a measurement <m> has no name; expected name=\"...\"",
                                 source=source)
            if elem.get("type") == "separator":
                continue
            if not _VALID_NAME.fullmatch(name):
                raise InputError(
                    f"measurement {name!r} has an invalid name; expected a name without "
                    "spaces or operators that does not start with a digit (as Valentina "
                    "requires)", field=_label(name), source=source)
            value = elem.get(value_attr)
            if value is None:
                value = elem.get("value")
        elif "value" in elem.attrib:  # v0.2 / v0.3 multisize: <group><old_name value=.../>
            name = LEGACY_NAMES.get(elem.tag, elem.tag)
            value = elem.get("value", "")
        else:
            continue
        if value is None or not value.strip():
            what = "an empty" if value is not None else "no"
            raise InputError(f"measurement {name!r} has {what} value; expected a number or a "
                             "formula (0 for not measured), as Valentina requires",
                             field=_label(name), source=source)
        if name in seen:
            raise InputError(f"measurement {name!r} appears more than once; expected each "
                             "name once", field=_label(name), source=source)
        seen.add(name)
        unitless = (elem.get("specialUnits", "").lower() == "true"
                    or name.endswith("_angle") or name == "@weight")
        entries.append(_Entry(name, value.strip(), elem.get("size_increase", "0"), unitless))
    return entries


# -- formulas -------------------------------------------------------------------------------

_TOKEN = re.compile(r"\s*(?:(\d+(?:[.,]\d*)?(?:[eE][+-]?\d+)?|[.,]\d+)|([-+*/^()])|"
                    r"([^\s\d\-+*/^()][^\s\-+*/^()]*))")


def _tokens(text: str) -> list[tuple[str, str]]:
    tokens: list[tuple[str, str]] = []
    pos = 0
    text = text.rstrip()
    while pos < len(text):
        match = _TOKEN.match(text, pos)
        if not match or match.end() == pos:
            raise ValueError(f"unexpected {text[pos:pos + 10]!r}")
        number, op, name = match.groups()
        tokens.append(("num", number) if number else ("op", op) if op else ("name", name))
        pos = match.end()
    return tokens


_FUNCTIONS: Mapping[str, Callable[[float], float]] = {"sqrt": math.sqrt, "abs": abs}


def evaluate(text: str, lookup: Callable[[str], float]) -> float:
    """Value of a Valentina formula (numbers, names, + - * / ^, parentheses, sqrt, abs).

    ``lookup(name)`` gives another measurement's value. Raises ValueError when the text is
    not such a formula.
    """
    if len(text) > MAX_FORMULA:
        raise ValueError("formula too long")
    tokens = _tokens(text)
    pos = 0

    def peek() -> tuple[str, str] | None:
        return tokens[pos] if pos < len(tokens) else None

    def take() -> tuple[str, str]:
        nonlocal pos
        if pos >= len(tokens):
            raise ValueError("formula ends too early")
        pos += 1
        return tokens[pos - 1]

    def expr() -> float:
        value = term()
        while peek() in (("op", "+"), ("op", "-")):
            value = value + term() if take()[1] == "+" else value - term()
        return value

    def term() -> float:
        value = power()
        while peek() in (("op", "*"), ("op", "/")):
            if take()[1] == "*":
                value *= power()
            else:
                divisor = power()
                if divisor == 0:
                    raise ValueError("division by zero")
                value /= divisor
        return value

    def power() -> float:
        base = unary()
        if peek() == ("op", "^"):
            take()
            return math.pow(base, power())
        return base

    def unary() -> float:
        if peek() in (("op", "-"), ("op", "+")):
            sign = -1.0 if take()[1] == "-" else 1.0
            return sign * unary()
        return atom()

    def atom() -> float:
        kind, text_ = take()
        if kind == "num":
            return float(text_.replace(",", "."))
        if kind == "name" and peek() == ("op", "("):
            if text_ not in _FUNCTIONS:
                raise ValueError(f"function {text_}() is not supported")
            take()
            argument = expr()
            if take() != ("op", ")"):
                raise ValueError("missing ')'")
            return _FUNCTIONS[text_](argument)
        if kind == "name":
            return lookup(text_)
        if text_ == "(":
            value = expr()
            if take() != ("op", ")"):
                raise ValueError("missing ')'")
            return value
        raise ValueError(f"unexpected {text_!r}")

    try:
        result = expr()
    except (OverflowError, RecursionError):
        raise ValueError("formula too large") from None
    except ValueError as error:
        if "math domain" in str(error):
            raise ValueError("outside the domain of a function") from None
        raise
    if pos != len(tokens):
        raise ValueError(f"unexpected {tokens[pos][1]!r}")
    return result


def _resolve(entries: list[_Entry], source: str) -> dict[str, float]:
    """Numeric value (file units) of every entry; formulas evaluated; '' means not measured."""
    texts = {e.name: e.value for e in entries}
    done: dict[str, float] = {}
    active: list[str] = []

    def value_of(name: str) -> float:
        if name in done:
            return done[name]
        if name not in texts:
            raise _Unknown(name)
        if name in active:
            raise InputError(f"formulas refer to each other in a circle ({' -> '.join(active)} "
                             f"-> {name})", field=_label(name), source=source)
        if len(active) > MAX_NESTING:
            raise InputError(f"formulas refer to each other more than {MAX_NESTING} deep",
                             field=_label(name), source=source)
        text = texts[name]
        if not text:
            result = 0.0
        else:
            active.append(name)
            try:
                result = evaluate(text, value_of)
            except _Unknown as error:
                raise InputError(f"value {text[:40]!r} refers to unknown measurement "
                                 f"{error.args[0]!r}", field=_label(name), source=source) from None
            except ValueError as error:
                raise InputError(f"value {text[:40]!r} is not a number or formula ({error})",
                                 field=_label(name), source=source) from None
            finally:
                active.pop()
        if not math.isfinite(result):
            raise InputError(f"value {text[:40]!r} is not a finite number", field=_label(name),
                             source=source)
        done[name] = result
        return result

    for entry in entries:
        value_of(entry.name)
    return done


class _Unknown(Exception):
    pass


def _label(text: str) -> str:
    """``text`` safe for a one-line message (control characters escaped)."""
    return text if text.isprintable() else repr(text)[1:-1]


# -- reading ----------------------------------------------------------------------------------

def _units(root: Element, source: str) -> str:
    text = child_text(root, "unit") or child_text(root.find("body-measurements"), "unit")
    if not text:
        raise InputError("no <unit>; expected mm, cm or inch", field="unit", source=source)
    try:
        unit = normalise_unit(text, field="unit")
    except MtmError:
        unit = ""
    if unit not in ("mm", "cm", "in"):
        raise InputError(f"unknown unit {text[:20]!r}; expected mm, cm or inch", field="unit",
                         source=source)
    return unit


def _personal(root: Element, source: str) -> tuple[str, str | None]:
    personal = root.find("personal")
    name = child_text(personal, "customer") or " ".join(
        p for p in (child_text(personal, "given-name"), child_text(personal, "family-name")) if p)
    raw_sex = child_text(personal, "gender") or child_text(personal, "sex")
    try:
        sex = normalise_sex(raw_sex)
    except MtmError:
        raise InputError(f"unknown gender {raw_sex[:20]!r}; expected male, female or unknown",
                         field="personal/gender", source=source) from None
    return name, sex


def _to_set(values: Mapping[str, float], entries: list[_Entry], units: str,
            sex: str | None, name: str) -> MeasurementSet:
    factor = CM_PER_UNIT[units]
    unitless = {e.name for e in entries if e.unitless}
    raw: dict[str, float] = {}
    extra: dict[str, float] = {}
    for seamly_name, value in values.items():
        if value == 0:
            continue  # 0 means "not measured"
        key = SEAMLY_NAMES.get(seamly_name)
        if key is not None and key not in raw:
            raw[key] = value
        elif seamly_name not in CATALOGUE:
            extra[seamly_name] = value if seamly_name in unitless else value * factor
    ms = MeasurementSet.from_mapping(raw, units=units, sex=sex, name=name)
    return ms.replace(extra=extra)


def _number(text: str, what: str, source: str) -> float:
    try:
        value = float(text.replace(",", "."))
    except ValueError:
        raise InputError(f"{text[:20]!r} is not a number", field=_label(what),
                         source=source) from None
    if not math.isfinite(value):
        raise InputError(f"{text[:20]!r} is not a finite number", field=_label(what),
                         source=source)
    return value


def _individual(root: Element, source: str) -> MeasurementSet:
    units = _units(root, source)
    name, sex = _personal(root, source)
    entries = _entries(root, source, "value")
    return _to_set(_resolve(entries, source), entries, units, sex, name)


def _range(node: Element | None, units: str, default_step_cm: float,
           source: str) -> tuple[float, list[float]]:
    """(base, grid values) of a ``<size>``/``<height>`` element; grid is [base] if no range."""
    if node is None or node.get("base") is None:
        return 0.0, [0.0]
    base = _number(node.get("base", ""), node.tag, source)
    if units == "in" or node.get("min") is None or node.get("max") is None:
        return base, [base]
    low = _number(node.get("min", ""), f"{node.tag} min", source)
    high = _number(node.get("max", ""), f"{node.tag} max", source)
    step = _number(node.get("step") or str(default_step_cm / CM_PER_UNIT[units]),
                   f"{node.tag} step", source)
    if step <= 0 or high < low or (high - low) / step > MAX_SIZES:
        return base, [base]
    grid = [low + i * step for i in range(int(round((high - low) / step)) + 1)]
    return base, [base] + [v for v in grid if abs(v - base) > 1e-9]


def _multisize(root: Element, source: str) -> list[MeasurementSet]:
    units = _units(root, source)
    entries = _entries(root, source, "base")
    base_values = {e.name: _number(e.value, e.name, source) if e.value else 0.0
                   for e in entries}
    size_base, sizes = _range(root.find("size"), units, SIZE_STEP_CM, source)
    height_base, _ = _range(root.find("height"), units, HEIGHT_STEP_CM, source)
    step = SIZE_STEP_CM / CM_PER_UNIT[units]
    stem = Path(source).stem if source else "table"
    sets = []
    for size in sizes:
        values: dict[str, float] = {}
        for entry in entries:
            base = base_values[entry.name]
            if base == 0:
                values[entry.name] = 0.0
                continue
            increase = _number(entry.size_increase or "0", f"{entry.name} size_increase",
                               source)
            values[entry.name] = base + (size - size_base) / step * increase
        if size_base:
            label = f"{stem} size {size:g}" + (f" height {height_base:g}" if height_base else "")
        else:
            bases = [f"{d.get('type', '?')}={d.get('base', '?')}"
                     for d in root.iter("dimension")][:3]
            label = f"{stem} base" + (f" ({', '.join(bases)})" if bases else "")
        sets.append(_to_set(values, entries, units, None, label))
    return sets


def parse_seamly(data: bytes, source: str = "") -> list[MeasurementSet]:
    """The sets in a Seamly2D/Valentina file: one for an individual file, one per size for a
    multisize table (base size first)."""
    root = parse_xml(data, source)
    if root.tag in INDIVIDUAL_ROOTS:
        return [_individual(root, source)]
    if root.tag in MULTISIZE_ROOTS:
        return _multisize(root, source)
    raise InputError(f"root element is <{root.tag[:30]}>; expected <vit>, <smis>, <vst> or "
                     "<smms> (a Seamly2D/Valentina measurement file)", source=source)


# -- writing ----------------------------------------------------------------------------------

_SHORT_NAME = re.compile(r"^@?[A-Za-z_][A-Za-z0-9_]*$")


def _seamly_name(name: str) -> str:
    """``name`` if Seamly accepts it, else a custom ``@name`` with odd characters replaced."""
    if _SHORT_NAME.match(name):
        return name
    cleaned = re.sub(r"\W", "_", name.lstrip("@"), flags=re.ASCII) or "measurement"
    if cleaned[0].isdigit():
        cleaned = "_" + cleaned
    return "@" + cleaned


_NOT_XML = re.compile("[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def _xml_text(text: str) -> str:
    """``text`` without the characters XML 1.0 cannot hold (control characters)."""
    return _NOT_XML.sub("", text)


def _fmt(value: float, name: str) -> str:
    if not math.isfinite(value):
        raise InputError("cannot write a value that is not a finite number",
                         field=_label(name))
    rounded = round(value, 4)
    # a tiny value must not round to 0, which Seamly files read as "not measured"
    return repr(rounded if rounded != 0 or value == 0 else value)


def dump_vit(ms: MeasurementSet, units: str = "cm") -> bytes:
    """``ms`` as a Valentina individual measurement file (v0.3.3) in ``units``."""
    unit = normalise_unit(units)
    if unit not in ("mm", "cm", "in"):
        raise InputError(f"unknown unit {units!r}; expected mm, cm or in", field="units")
    factor = CM_PER_UNIT[unit]
    root = ET.Element("vit")
    ET.SubElement(root, "version").text = "0.3.3"
    ET.SubElement(root, "read-only").text = "false"
    ET.SubElement(root, "notes").text = "Written by MTM Studio"
    ET.SubElement(root, "unit").text = "inch" if unit == "in" else unit
    ET.SubElement(root, "pm_system").text = "998"
    personal = ET.SubElement(root, "personal")
    ET.SubElement(personal, "family-name")
    ET.SubElement(personal, "given-name").text = _xml_text(ms.name)
    ET.SubElement(personal, "birth-date").text = "1800-01-01"
    ET.SubElement(personal, "gender").text = ms.sex or "unknown"
    ET.SubElement(personal, "email")
    body = ET.SubElement(root, "body-measurements")
    written: set[str] = set()
    for key in CATALOGUE:
        if key in ms.values:
            value = ms.values[key]
            value = value if CATALOGUE[key].unit == "kg" else value / factor
            name = KEY_TO_SEAMLY[key]
            ET.SubElement(body, "m", name=name, value=_fmt(value, key))
            written.add(name)
    for extra_name, value in ms.extra.items():
        name = _seamly_name(extra_name)
        if name in written or extra_name in CATALOGUE:
            continue
        unitless = extra_name.endswith("_angle")
        ET.SubElement(body, "m", name=name,
                      value=_fmt(value if unitless else value / factor, extra_name))
        written.add(name)
    ET.indent(root, space="    ")
    text = ET.tostring(root, encoding="unicode")
    return ('<?xml version="1.0" encoding="UTF-8"?>\n' + text + "\n").encode("utf-8")

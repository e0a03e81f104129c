"""The measurement catalogue, ``MeasurementSet`` and validation.

This module is the one place where body measurements are defined. Keys are snake_case and
follow ISO 8559-1 names; every definition says where and how to measure, the unit, hard limits
(outside them a value is impossible for an adult: an error) and a typical adult range by sex
(outside it a value is unusual: a warning). Typical ranges come from the ANSUR II survey
(1st..99th percentile, rounded outwards) where it measures the same thing, otherwise from
published size tables (noted per entry).

Inside the program every length is in centimetres and weight in kilograms.
"""

from __future__ import annotations

import math
from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Literal

from . import i18n
from .errors import MeasurementError
from .i18n import translate
from .units import CM_PER_UNIT, normalise_unit

Sex = Literal["female", "male"]
Severity = Literal["error", "warning"]
SEXES: tuple[str, ...] = ("female", "male")


@dataclass(frozen=True)
class MeasurementDef:
    """One catalogue entry: what a measurement is and which values make sense."""

    key: str
    label: str
    group: str
    unit: str  # "cm" or "kg"
    definition: str
    hard_min: float
    hard_max: float
    typical_female: tuple[float, float]
    typical_male: tuple[float, float]
    source: str = "ANSUR II 1st-99th percentile"

    def typical(self, sex: str | None) -> tuple[float, float]:
        """Typical adult range for ``sex`` (the union of both when sex is unknown)."""
        if sex == "female":
            return self.typical_female
        if sex == "male":
            return self.typical_male
        return (
            min(self.typical_female[0], self.typical_male[0]),
            max(self.typical_female[1], self.typical_male[1]),
        )


_SIZE_TABLES = "size tables (Aldrich; EN 13402-3), no ANSUR II equivalent"
_MESH = ("no ANSUR II equivalent: measured on MakeHuman bodies fitted to 24 ANSUR II subjects "
         "(bodies/measure.py); range = the estimate rule (core/estimate.py) over the typical "
         "ranges it reads, widened by its residual")


_NATURAL_WAIST = ("ANSUR II 1st-99th percentile of the waist girth at the navel, times the "
                  "natural/navel waist ratio of core/estimate.py (no survey at hand measures "
                  "the natural waist)")


def _m(key, label, group, definition, hard, female, male, unit="cm", source=None):
    return MeasurementDef(
        key=key, label=label, group=group, unit=unit, definition=definition,
        hard_min=hard[0], hard_max=hard[1], typical_female=female, typical_male=male,
        source=source or "ANSUR II 1st-99th percentile",
    )


_ENTRIES = [
    _m("height", "Height (stature)", "Body",
       "Vertical distance from the floor to the top of the head (vertex), standing erect, "
       "feet together, head in the Frankfurt plane.", (100, 250), (148, 179), (160, 194)),
    _m("weight", "Weight", "Body",
       "Body mass, lightly clothed, in kilograms.", (25, 300), (46, 98), (57, 125), unit="kg"),
    _m("head_girth", "Head girth", "Head and neck",
       "Maximum horizontal girth of the head above the brow ridges and ears.",
       (40, 75), (52, 61.5), (53.5, 61.5)),
    _m("neck_base_girth", "Neck base girth", "Head and neck",
       "Girth of the neck at its base, over the cervicale (7th vertebra) at the back, the "
       "sides of the neck base and the top of the jugular notch in front.",
       (25, 65), (32.5, 42.5), (38, 50.5)),
    _m("neck_girth", "Neck girth (collar height)", "Head and neck",
       "Girth of the neck just below the Adam's apple (larynx), square to the neck: where the "
       "top edge of a stand (mandarin) collar sits. The áo dài tailor's vòng cổ taken high, "
       "the qipao maker's collar neck girth (领围).", (22, 60), (29, 38.5), (34.5, 47)),
    _m("chest_girth", "Chest / bust girth", "Torso girths",
       "Horizontal girth at the fullest part of the chest (women: over the bust points), under "
       "the armpits and across the shoulder blades, breathing normally.",
       (60, 180), (78, 116.5), (87, 128)),
    _m("upper_chest_girth", "Upper chest girth", "Torso girths",
       "Horizontal girth of the chest high under the armpits, above the bust in front and "
       "across the shoulder blades (the upper bust, vòng ngực trên, 上胸围).",
       (55, 180), (76, 116), (87, 131), source=_MESH),
    _m("underbust_girth", "Underbust girth", "Torso girths",
       "Horizontal girth of the rib cage directly below the breasts.",
       (55, 170), (63, 110), (72, 125), source=_SIZE_TABLES),
    _m("waist_girth", "Waist girth", "Torso girths",
       "Horizontal girth at the natural waist: the narrowest part of the torso between the "
       "lowest rib and the top of the hip bone, relaxed, not drawn in.",
       (45, 200), (60, 102), (70, 119.5), source=_NATURAL_WAIST),
    _m("waist_girth_omphalion", "Waist girth at the navel", "Torso girths",
       "Horizontal girth of the trunk at the level of the centre of the navel (omphalion), "
       "relaxed, breathing normally: the waist circumference of ANSUR II and of health "
       "surveys. Lower than the natural waist and usually larger than it.",
       (45, 200), (66, 112), (72, 122)),
    _m("hip_girth", "Hip girth", "Torso girths",
       "Horizontal girth at the fullest part of the buttocks, feet together.",
       (60, 200), (86, 121), (86, 122)),
    _m("shoulder_width", "Shoulder width", "Torso lengths",
       "Straight horizontal distance between the two acromion points (shoulder tips), "
       "measured across the back.", (25, 60), (32, 41), (37, 46.5)),
    _m("across_back_width", "Across back width", "Torso lengths",
       "Horizontal distance across the back between the posterior armpit folds, at the level "
       "midway between the cervicale and the armpit level.", (20, 65), (30.5, 45), (35, 52)),
    _m("across_front_width", "Across front width", "Torso lengths",
       "Horizontal distance across the chest between the anterior armpit folds, at the level "
       "midway between the neck base and the armpit level.", (20, 60), (28, 40), (31, 46),
       source=_SIZE_TABLES),
    _m("bust_point_distance", "Bust point distance", "Torso lengths",
       "Horizontal distance between the two bust points (nipples).", (8, 40), (15, 24),
       (16, 26), source=_SIZE_TABLES),
    _m("neck_to_bust_point", "Neck to bust point", "Torso lengths",
       "Distance from the side neck point (where the shoulder line meets the neck base) "
       "straight down over the chest to the bust point (hạ ngực, 胸高).",
       (12, 45), (23, 34.5), (23, 35.5), source=_MESH),
    _m("front_waist_length", "Front waist length", "Torso lengths",
       "Distance from the side neck point over the bust point and straight down to the waist "
       "level (hạ eo trước, 前腰节长); the back's is the back waist length (hạ eo sau).",
       (28, 75), (41, 59), (43.5, 61.5), source=_MESH),
    _m("back_waist_length", "Back waist length", "Torso lengths",
       "Distance from the cervicale (7th vertebra) down the spine, following the back's "
       "contour, to the waist level.", (25, 70), (36.5, 49.5), (41.5, 55)),
    _m("waist_to_hip", "Waist to hip", "Torso lengths",
       "Vertical distance at the side of the body from the waist level down to the hip level "
       "(fullest buttocks).", (5, 40), (8, 21), (10, 23),
       source="ANSUR II (waist height at omphalion minus buttock height), 1st-99th percentile"),
    _m("crotch_length", "Crotch length", "Torso lengths",
       "Distance from the waist at the centre front, down between the legs through the crotch, "
       "up to the waist at the centre back.", (40, 110), (52.5, 72.5), (52, 74)),
    _m("arm_length", "Arm length", "Arms",
       "Distance from the acromion (shoulder tip) over the elbow to the wrist (ulnar styloid), "
       "arm hanging straight at the side.", (35, 90), (47.5, 61.5), (52, 67)),
    _m("upper_arm_girth", "Upper arm girth", "Arms",
       "Girth of the upper arm at its fullest, midway between shoulder and elbow, arm hanging.",
       (15, 65), (24, 39), (28, 45)),
    _m("armscye_girth", "Armscye girth", "Arms",
       "Girth of the arm root: from the armpit up the front crease, over the shoulder tip "
       "(acromion) and down the back crease to the armpit, arm hanging (vòng nách, 臂根围).",
       (22, 70), (32.5, 55), (38, 63), source=_MESH),
    _m("wrist_girth", "Wrist girth", "Arms",
       "Girth of the wrist over the wrist bones (styloid processes).", (10, 28),
       (13.5, 17.5), (15.5, 20)),
    _m("thigh_girth", "Thigh girth", "Legs",
       "Horizontal girth of the thigh at its fullest, just below the gluteal fold.",
       (30, 110), (49.5, 76), (49.5, 77.5)),
    _m("knee_girth", "Knee girth", "Legs",
       "Girth of the leg over the middle of the knee cap, standing.", (22, 75), (32, 46),
       (33, 46), source=_SIZE_TABLES),
    _m("calf_girth", "Calf girth", "Legs",
       "Horizontal girth of the calf at its fullest.", (20, 70), (31, 45.5), (33, 47)),
    _m("ankle_girth", "Ankle girth", "Legs",
       "Girth of the leg at its narrowest, just above the ankle bones.", (14, 40),
       (18.5, 25.5), (19.5, 27)),
    _m("inside_leg", "Inside leg", "Legs",
       "Vertical distance from the crotch to the floor, standing, feet slightly apart.",
       (45, 120), (68.5, 89), (74.5, 96)),
    _m("outside_leg", "Outside leg", "Legs",
       "Vertical distance at the side from the waist level to the floor.", (60, 140),
       (86.5, 110), (94, 119)),
]

#: The catalogue: every measurement the program knows, in form order.
CATALOGUE: Mapping[str, MeasurementDef] = MappingProxyType({m.key: m for m in _ENTRIES})

#: Groups in the order the form shows them.
GROUPS: tuple[str, ...] = tuple(dict.fromkeys(m.group for m in _ENTRIES))


@dataclass(frozen=True)
class Problem:
    """One validation finding: the keys involved, its severity and a sentence for the user."""

    keys: tuple[str, ...]
    severity: Severity
    message: str

    @property
    def key(self) -> str:
        """The keys involved, comma-separated (the form used in JSON reports)."""
        return ",".join(self.keys)

    def to_json(self) -> dict[str, str]:
        return {"key": self.key, "severity": self.severity, "message": self.message}


def _freeze(mapping: Mapping | None) -> Mapping:
    return MappingProxyType(dict(mapping or {}))


@dataclass(frozen=True)
class MeasurementSet:
    """A customer's measurements: immutable, lengths in cm, weight in kg.

    ``values`` holds catalogue keys with numbers (which may still be NaN or out of range:
    ``validate`` reports those). ``invalid`` keeps catalogue entries whose text was not a number,
    so validation can name them. ``extra`` keeps measurements that are not in the catalogue
    (e.g. from a Seamly2D file), converted to cm. ``estimated`` names values that were not
    measured but estimated by ``with_estimates``.
    """

    values: Mapping[str, float] = field(default_factory=dict)
    sex: str | None = None
    name: str = ""
    estimated: frozenset[str] = frozenset()
    invalid: Mapping[str, str] = field(default_factory=dict)
    extra: Mapping[str, float] = field(default_factory=dict)

    def __post_init__(self) -> None:
        unknown = [k for k in self.values if k not in CATALOGUE]
        if unknown:
            raise MeasurementError(
                f"unknown measurement {unknown[0]!r}; see `CATALOGUE` for the known keys",
                field=unknown[0],
            )
        if self.sex not in (None, *SEXES):
            raise MeasurementError(f"sex must be 'female' or 'male', got {self.sex!r}",
                                   field="sex")
        object.__setattr__(self, "values", _freeze({k: float(v) for k, v in self.values.items()}))
        object.__setattr__(self, "invalid", _freeze(self.invalid))
        object.__setattr__(self, "extra", _freeze(self.extra))
        object.__setattr__(self, "estimated", frozenset(self.estimated))

    # -- construction -----------------------------------------------------------------------
    @classmethod
    def from_mapping(
        cls,
        raw: Mapping[str, object],
        units: str = "cm",
        sex: str | None = None,
        name: str = "",
        *,
        extra_units: str | None = None,
    ) -> MeasurementSet:
        """Build a set from raw values in ``units`` ('cm', 'mm', 'in'); weight is always kg.

        Values may be numbers or numeric text; anything else is kept in ``invalid`` for
        ``validate`` to report. Keys outside the catalogue go to ``extra`` (converted too).
        Empty values mean "not measured" and are left out.
        """
        unit = normalise_unit(units)
        factor = CM_PER_UNIT[unit]
        extra_factor = CM_PER_UNIT[normalise_unit(extra_units or unit)]
        values: dict[str, float] = {}
        invalid: dict[str, str] = {}
        extra: dict[str, float] = {}
        for key, value in raw.items():
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            number = parse_number(value)
            if key in CATALOGUE:
                if number is None:
                    invalid[key] = str(value)[:40]
                else:
                    values[key] = number if CATALOGUE[key].unit == "kg" else number * factor
            elif number is not None:
                extra[str(key)] = number * extra_factor
        return cls(values=values, sex=normalise_sex(sex), name=name, invalid=invalid,
                   extra=extra)

    def replace(self, **changes: object) -> MeasurementSet:
        """A copy with some fields changed (``values``, ``name``, ``sex`` ...)."""
        fields = dict(values=self.values, sex=self.sex, name=self.name,
                      estimated=self.estimated, invalid=self.invalid, extra=self.extra)
        fields.update(changes)
        return MeasurementSet(**fields)

    def with_value(self, key: str, value: float) -> MeasurementSet:
        """A copy with one measured value set (it is no longer marked estimated)."""
        values = dict(self.values)
        values[key] = float(value)
        invalid = {k: v for k, v in self.invalid.items() if k != key}
        return self.replace(values=values, invalid=invalid,
                            estimated=self.estimated - {key})

    def without(self, *keys: str) -> MeasurementSet:
        """A copy with the given measurements removed."""
        return self.replace(values={k: v for k, v in self.values.items() if k not in keys},
                            estimated=self.estimated - set(keys))

    def with_estimates(self) -> MeasurementSet:
        """A copy with every missing catalogue measurement estimated (see ``core.estimate``)."""
        from .estimate import estimate_missing

        return estimate_missing(self)

    # -- reading ------------------------------------------------------------------------------
    def __getitem__(self, key: str) -> float:
        try:
            return self.values[key]
        except KeyError:
            raise MeasurementError(translate("Validation", "this measurement is needed but "
                                             "missing"), field=key) from None

    def __contains__(self, key: object) -> bool:
        return key in self.values

    def __iter__(self) -> Iterator[str]:
        return iter(self.values)

    def __len__(self) -> int:
        return len(self.values)

    def get(self, key: str, default: float | None = None) -> float | None:
        return self.values.get(key, default)

    def in_units(self, units: str) -> dict[str, float]:
        """Values converted to ``units`` for display or export (weight stays in kg)."""
        factor = CM_PER_UNIT[normalise_unit(units)]
        return {k: (v if CATALOGUE[k].unit == "kg" else v / factor)
                for k, v in self.values.items()}

    def measured(self) -> dict[str, float]:
        """Only the values that were measured, not estimated."""
        return {k: v for k, v in self.values.items() if k not in self.estimated}


def parse_number(value: object) -> float | None:
    """A float from a number or numeric text (a decimal comma is accepted), else None."""
    if isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return float(value)
    if isinstance(value, str):
        text = value.strip().replace(",", ".")
        try:
            return float(text)
        except ValueError:
            return None
    return None


def normalise_sex(value: object) -> str | None:
    """'female'/'male' from the spellings files use (f, m, woman, man, ...); None if unknown."""
    if value is None:
        return None
    text = str(value).strip().lower()
    if text in ("", "unknown", "none", "n/a"):
        return None
    if text in ("f", "female", "woman", "women", "w"):
        return "female"
    if text in ("m", "male", "man", "men"):
        return "male"
    raise MeasurementError(f"unknown sex {value!r}; expected 'female' or 'male'", field="sex")


# -- validation -------------------------------------------------------------------------------

def _num(value: float) -> str:
    """A number in a message: ``:g`` style, with the language's decimal separator."""
    return f"{value:g}".replace(".", i18n.decimal_point())


def _fmt(value: float, unit: str) -> str:
    return f"{_num(value)} {unit}"


def label_of(key: str) -> str:
    """The catalogue name of ``key`` in core's current language (English by default)."""
    return i18n.lookup(i18n.MEASUREMENTS, CATALOGUE[key].label)


# Messages are English templates translated through ``core.i18n`` (English unless the studio
# set a language), then filled in.
def _check_value(key: str, value: float, sex: str | None) -> list[Problem]:
    spec = CATALOGUE[key]
    unit = spec.unit
    label = label_of(key)
    if math.isnan(value) or math.isinf(value):
        return [Problem((key,), "error", translate(
            "Validation", "{label} is not a finite number; expected a value in {unit}").format(
                label=label, unit=unit))]
    if value <= 0:
        return [Problem((key,), "error", translate(
            "Validation", "{label} must be greater than 0 {unit}, got {value}").format(
                label=label, unit=unit, value=_fmt(value, unit)))]
    if not spec.hard_min <= value <= spec.hard_max:
        return [Problem((key,), "error", translate(
            "Validation", "{label} of {value} is impossible for an adult; expected "
            "{low}-{high} {unit}").format(label=label, value=_fmt(round(value, 2), unit),
                                          low=_num(spec.hard_min), high=_num(spec.hard_max),
                                          unit=unit))]
    low, high = spec.typical(sex)
    if not low <= value <= high:
        if sex == "female":
            text = translate("Validation", "{label} of {value} is unusual for an adult female "
                             "(typical {low}-{high} {unit}); please check it")
        elif sex == "male":
            text = translate("Validation", "{label} of {value} is unusual for an adult male "
                             "(typical {low}-{high} {unit}); please check it")
        else:
            text = translate("Validation", "{label} of {value} is unusual for an adult "
                             "(typical {low}-{high} {unit}); please check it")
        return [Problem((key,), "warning", text.format(
            label=label, value=_fmt(round(value, 2), unit), low=_num(low), high=_num(high),
            unit=unit))]
    return []


@dataclass(frozen=True)
class Relation:
    """A rule between measurements: ``check(values)`` is True when they are consistent."""

    keys: tuple[str, ...]
    severity: Severity
    message: str
    check: object  # Callable[[Mapping[str, float]], bool]


#: Consistency rules between measurements. Errors are physically impossible combinations;
#: warnings are combinations rarely seen (checked against ANSUR II: no subject breaks an error).
RELATIONS: tuple[Relation, ...] = (
    Relation(("underbust_girth", "chest_girth"), "error",
             "underbust girth is larger than chest girth; the underbust is measured below the "
             "bust and cannot be larger",
             lambda v: v["underbust_girth"] <= v["chest_girth"] + 0.5),
    Relation(("neck_girth", "neck_base_girth"), "error",
             "neck girth (collar height) is larger than the neck base girth; the neck narrows "
             "above its base",
             lambda v: v["neck_girth"] <= v["neck_base_girth"] + 0.5),
    Relation(("neck_to_bust_point", "front_waist_length"), "error",
             "neck to bust point is longer than the front waist length, which runs on over "
             "the bust point to the waist",
             lambda v: v["neck_to_bust_point"] < v["front_waist_length"]),
    Relation(("armscye_girth", "upper_arm_girth"), "error",
             "armscye girth is smaller than the upper arm girth; the arm root is the larger",
             lambda v: v["armscye_girth"] > v["upper_arm_girth"]),
    Relation(("inside_leg", "height"), "error",
             "inside leg is longer than a body of this height allows (at most 60% of height)",
             lambda v: v["inside_leg"] <= 0.6 * v["height"]),
    Relation(("outside_leg", "height"), "error",
             "outside leg is longer than a body of this height allows (at most 72% of height)",
             lambda v: v["outside_leg"] <= 0.72 * v["height"]),
    Relation(("inside_leg", "outside_leg"), "error",
             "inside leg must be shorter than outside leg (the crotch is below the waist)",
             lambda v: v["inside_leg"] < v["outside_leg"]),
    Relation(("back_waist_length", "height"), "error",
             "back waist length is longer than a body of this height allows "
             "(at most 35% of height)",
             lambda v: v["back_waist_length"] <= 0.35 * v["height"]),
    Relation(("arm_length", "height"), "error",
             "arm length is longer than a body of this height allows (at most 45% of height)",
             lambda v: v["arm_length"] <= 0.45 * v["height"]),
    Relation(("neck_base_girth", "chest_girth"), "error",
             "neck base girth is larger than chest girth",
             lambda v: v["neck_base_girth"] < v["chest_girth"]),
    Relation(("wrist_girth", "upper_arm_girth"), "error",
             "wrist girth is larger than upper arm girth",
             lambda v: v["wrist_girth"] < v["upper_arm_girth"]),
    Relation(("ankle_girth", "calf_girth"), "error",
             "ankle girth is larger than calf girth",
             lambda v: v["ankle_girth"] < v["calf_girth"]),
    Relation(("knee_girth", "thigh_girth"), "error",
             "knee girth is larger than thigh girth",
             lambda v: v["knee_girth"] < v["thigh_girth"]),
    Relation(("shoulder_width", "chest_girth"), "error",
             "shoulder width is more than half the chest girth allows (at most 55%)",
             lambda v: v["shoulder_width"] <= 0.55 * v["chest_girth"]),
    Relation(("waist_girth", "hip_girth"), "warning",
             "waist girth is far above hip girth (more than 25% larger); please check both",
             lambda v: v["waist_girth"] <= 1.25 * v["hip_girth"]),
    Relation(("waist_girth", "chest_girth"), "warning",
             "waist girth is far above chest girth (more than 25% larger); please check both",
             lambda v: v["waist_girth"] <= 1.25 * v["chest_girth"]),
    Relation(("waist_girth", "waist_girth_omphalion"), "error",
             "waist girth is more than 5 cm larger than the waist girth at the navel; the "
             "natural waist is the narrowest part of the torso above it (are the two swapped?)",
             lambda v: v["waist_girth"] <= v["waist_girth_omphalion"] + 5.0),
    Relation(("waist_girth_omphalion", "hip_girth"), "warning",
             "waist girth at the navel is far above hip girth (more than 25% larger); please "
             "check both",
             lambda v: v["waist_girth_omphalion"] <= 1.25 * v["hip_girth"]),
    Relation(("waist_girth_omphalion", "chest_girth"), "warning",
             "waist girth at the navel is far above chest girth (more than 25% larger); please "
             "check both",
             lambda v: v["waist_girth_omphalion"] <= 1.25 * v["chest_girth"]),
    Relation(("bust_point_distance", "chest_girth"), "error",
             "bust point distance is more than a third of the chest girth",
             lambda v: v["bust_point_distance"] <= v["chest_girth"] / 3),
    Relation(("across_back_width", "chest_girth"), "error",
             "across back width is more than 55% of the chest girth",
             lambda v: v["across_back_width"] <= 0.55 * v["chest_girth"]),
    Relation(("across_front_width", "chest_girth"), "error",
             "across front width is more than half the chest girth",
             lambda v: v["across_front_width"] <= 0.5 * v["chest_girth"]),
)


def validate(ms: MeasurementSet) -> list[Problem]:
    """Every problem with a measurement set: bad values first, then inconsistent relations.

    Relations are only checked between values that are themselves valid.
    """
    problems: list[Problem] = []
    for key, text in ms.invalid.items():
        problems.append(Problem((key,), "error", translate(
            "Validation", "{label} is not a number: {text}; expected a number in {unit}").format(
                label=label_of(key), text=repr(text), unit=CATALOGUE[key].unit)))
    good: dict[str, float] = {}
    for key, value in ms.values.items():
        found = _check_value(key, value, ms.sex)
        problems.extend(found)
        if not any(p.severity == "error" for p in found):
            good[key] = value
    for rule in RELATIONS:
        if all(k in good for k in rule.keys) and not rule.check(good):
            problems.append(Problem(rule.keys, rule.severity,
                                    i18n.lookup(i18n.VALIDATION, rule.message)))
    return problems


def has_errors(problems: list[Problem]) -> bool:
    """True when any problem is an error (warnings alone leave a set usable)."""
    return any(p.severity == "error" for p in problems)


def require_valid(ms: MeasurementSet, needed: tuple[str, ...] = ()) -> MeasurementSet:
    """Raise ``MeasurementError`` naming the first error or missing needed key; else return ms."""
    missing = [k for k in needed if k not in ms.values]
    if missing:
        names = missing if i18n.language() == "en" else [label_of(k) for k in missing]
        raise MeasurementError(translate(
            "Validation", "missing measurement(s) {names}; enter them or let them be "
            "estimated").format(names=", ".join(names)), field=missing[0])
    for problem in validate(ms):
        if problem.severity == "error":
            raise MeasurementError(problem.message, field=problem.key)
    return ms

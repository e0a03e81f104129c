"""The ANSUR II anthropometric survey (US Army, 2012; public domain) as ``MeasurementSet``s.

ANSUR II gives lengths and girths in mm and ``weightkg`` in tenths of a kilogram. Only columns
measured the way our catalogue defines a key are mapped; where the survey's landmark differs
the note says so. Its waist is taken at the navel: it is read as ``waist_girth_omphalion``, and
the natural waist (``waist_girth``), which the survey lacks, is estimated from it
(``core.estimate.natural_waist_from_navel``) and marked as estimated.
"""

from __future__ import annotations

import csv
import os
import random
from collections.abc import Mapping
from pathlib import Path

from ..estimate import natural_waist_from_navel
from ..measurements import MeasurementSet

#: Our key -> ANSUR II column (mm). Notes: ``waistcircumference`` is taken at the omphalion
#: (navel); ``bicepscircumferenceflexed`` with the arm flexed; ``sleeveoutseam`` runs from the
#: acromion to the wrist; ``interscyei`` is the across-back width between the armpit folds.
ANSUR_COLUMNS: Mapping[str, str] = {
    "height": "stature",
    "neck_base_girth": "neckcircumferencebase",
    "neck_girth": "neckcircumference",
    "chest_girth": "chestcircumference",
    "waist_girth_omphalion": "waistcircumference",
    "hip_girth": "buttockcircumference",
    "shoulder_width": "biacromialbreadth",
    "back_waist_length": "waistbacklength",
    "arm_length": "sleeveoutseam",
    "upper_arm_girth": "bicepscircumferenceflexed",
    "wrist_girth": "wristcircumference",
    "thigh_girth": "thighcircumference",
    "calf_girth": "calfcircumference",
    "ankle_girth": "anklecircumference",
    "inside_leg": "crotchheight",
    "outside_leg": "waistheightomphalion",
    "crotch_length": "crotchlengthomphalion",
    "across_back_width": "interscyei",
    "head_girth": "headcircumference",
}

#: The full survey: ``$MTM_ANSUR_DIR`` when set (a worktree elsewhere), else ../shared.
SHARED_DIR = Path(os.environ.get("MTM_ANSUR_DIR") or (
    Path(__file__).resolve().parents[2].parent / "shared" / "data" / "ansur2"))
SAMPLE_DIR = Path(__file__).resolve().parents[2] / "tests" / "data"
FILES = {"female": "ANSUR_II_FEMALE_Public.csv", "male": "ANSUR_II_MALE_Public.csv"}


def is_ansur_header(header: list[str]) -> bool:
    """True when a CSV header looks like ANSUR II's (``stature`` and ``chestcircumference``)."""
    lower = {h.strip().lower() for h in header}
    return {"stature", "chestcircumference"} <= lower


def ansur_row_to_set(row: Mapping[str, str], default_sex: str | None = None) -> MeasurementSet:
    """One ANSUR II row (column -> text) as a MeasurementSet in cm/kg."""
    lower = {k.strip().lower(): v for k, v in row.items() if k is not None}
    raw: dict[str, object] = {}
    for key, column in ANSUR_COLUMNS.items():
        if column in lower:
            raw[key] = lower[column]
    values = MeasurementSet.from_mapping(raw, units="mm")
    extra_values = dict(values.values)
    invalid = dict(values.invalid)
    if "weightkg" in lower:
        try:
            extra_values["weight"] = float(lower["weightkg"]) / 10.0
        except (TypeError, ValueError):
            invalid["weight"] = str(lower["weightkg"])[:40]
    if "waistheightomphalion" in lower and "buttockheight" in lower:
        try:
            extra_values["waist_to_hip"] = (
                float(lower["waistheightomphalion"]) - float(lower["buttockheight"])) / 10.0
        except (TypeError, ValueError):
            pass
    sex = default_sex
    gender = (lower.get("gender") or "").strip().lower()
    if gender in ("female", "male"):
        sex = gender
    estimated = set()
    if "waist_girth_omphalion" in extra_values:
        extra_values["waist_girth"] = round(natural_waist_from_navel(
            extra_values["waist_girth_omphalion"], sex), 1)
        estimated.add("waist_girth")
    subject = lower.get("subjectid") or ""
    name = f"ANSUR II {sex or 'subject'} {subject}".strip()
    return MeasurementSet(values=extra_values, sex=sex, name=name, invalid=invalid,
                          estimated=frozenset(estimated))


def ansur_path(sex: str) -> Path:
    """The full survey file if ``../shared`` is present, else the small in-repo sample."""
    full = SHARED_DIR / FILES[sex]
    if full.exists():
        return full
    return SAMPLE_DIR / f"ansur2_sample_{sex}.csv"


def load_ansur(sex: str, limit: int | None = None, seed: int | None = None,
               path: Path | None = None) -> list[MeasurementSet]:
    """ANSUR II subjects of one sex; ``limit`` with ``seed`` draws a reproducible sample."""
    source = Path(path) if path else ansur_path(sex)
    with open(source, newline="", encoding="latin-1") as handle:
        rows = list(csv.DictReader(handle))
    if limit is not None and limit < len(rows):
        rng = random.Random(seed)
        rows = rng.sample(rows, limit)
    return [ansur_row_to_set(row, default_sex=sex) for row in rows]

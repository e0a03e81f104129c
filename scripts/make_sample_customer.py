"""Write the studio's sample customer: the median ANSUR II woman (mtm-measurements/1 JSON).

Each value is the median over every woman in the full survey (../shared/data/ansur2/) of the
measurements ANSUR II takes the way our catalogue defines them; keys ANSUR II lacks are left
out (the studio's "Estimate missing" fills them), except the natural waist, which every garment
drafts from: the survey measures the waist at the navel only, so hers is the natural waist that
median navel waist implies (``core.estimate.natural_waist_from_navel``).
Run: .venv/bin/python scripts/make_sample_customer.py
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

from mtm.core.estimate import natural_waist_from_navel
from mtm.core.io.ansur import FILES, SHARED_DIR, load_ansur
from mtm.core.measurements import CATALOGUE, MeasurementSet, validate

OUT = Path(__file__).resolve().parents[1] / "resources" / "samples" / "median_woman.json"


def main() -> int:
    if not (SHARED_DIR / FILES["female"]).exists():
        print(f"needs the full survey in {SHARED_DIR}", file=sys.stderr)
        return 2
    people = load_ansur("female")
    medians = {}
    for key in CATALOGUE:
        column = [p.values[key] for p in people if key in p.measured()]
        if column:
            medians[key] = round(statistics.median(column), 1)
    medians["waist_girth"] = round(natural_waist_from_navel(
        medians["waist_girth_omphalion"], "female"), 1)
    medians = {key: medians[key] for key in CATALOGUE if key in medians}
    doc = {
        "format": "mtm-measurements/1",
        "name": "Sample customer (median ANSUR II woman)",
        "sex": "female",
        "units": "cm",
        "measurements": medians,
    }
    problems = validate(MeasurementSet.from_mapping(medians, sex="female"))
    if problems:
        print("median set has problems:", [p.message for p in problems], file=sys.stderr)
        return 1
    tmp = OUT.with_suffix(".tmp")
    tmp.write_text(json.dumps(doc, indent=2) + "\n")
    tmp.replace(OUT)
    print(f"{OUT}: {len(medians)} measurements from {len(people)} women")
    return 0


if __name__ == "__main__":
    sys.exit(main())

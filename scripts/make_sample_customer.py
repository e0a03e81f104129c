"""Write the studio's sample customer: the median ANSUR II woman (mtm-measurements/1 JSON).

Each value is the median over every woman in the full survey (../shared/data/ansur2/) of the
measurements ANSUR II takes the way our catalogue defines them; keys ANSUR II lacks are left
out (the studio's "Estimate missing" fills them).
Run: .venv/bin/python scripts/make_sample_customer.py
"""

from __future__ import annotations

import json
import statistics
import sys
from pathlib import Path

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
        column = [p.values[key] for p in people if key in p.values]
        if column:
            medians[key] = round(statistics.median(column), 1)
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

"""Benchmark: do fitted bodies have the shape of the people they measure? Prints JSON.

Usage: python benchmarks/body_shape.py [--per-sex 100] [--csv OUT.csv]

For each sex, ANSUR II subjects at evenly spaced weight percentiles from the 2nd to the 98th
are fitted from the basic tape only (height, weight, chest, waist, hip, neck base, shoulder
width, back waist length, arm length, inside leg, thigh, calf, ankle, wrist and head girth).
On each mesh the depths, breadths, heights and girths the customer did not give are measured
by their ANSUR definitions (``mtm.bodies.anthropometry``) and compared with that subject's own
survey values: mean absolute error, 95th percentile and mean signed error (cm) per dimension,
the chest, waist (navel), hip (greatest buttock protrusion) and neck base girths against the
given values, the median fit time (without the second tape), the number of bodies with folded or
inverted triangles, and any failures. Issue 21's targets: MAE <= 1.5 cm and p95 <= 3.5 cm
for hip breadth, buttock depth, chest depth, waist depth and buttock height; girths at the
standard definitions MAE <= 0.5 cm, p95 <= 1.0 cm.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse  # noqa: E402
import csv  # noqa: E402
import json  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402

from mtm.bodies import folds  # noqa: E402
from mtm.bodies.anthropometry import ANSUR_COLUMNS, measure_shape  # noqa: E402
from mtm.bodies.fit import fit_body  # noqa: E402
from mtm.bodies.makehuman import load_model  # noqa: E402
from mtm.core.io.ansur import ansur_path, ansur_row_to_set  # noqa: E402

#: What the customer gave: the basic tape measurements of issue 21.
GIVEN = ("height", "weight", "chest_girth", "waist_girth_omphalion", "hip_girth", "neck_base_girth",
         "shoulder_width", "back_waist_length", "arm_length", "inside_leg", "thigh_girth",
         "calf_girth", "ankle_girth", "wrist_girth", "head_girth")


def subjects_by_weight(sex: str, n: int) -> list[dict[str, str]]:
    """``n`` survey rows at weight percentiles evenly spaced from the 2nd to the 98th."""
    with open(ansur_path(sex), newline="", encoding="latin-1") as handle:
        rows = [{k.strip().lower(): v for k, v in r.items() if k} for r in csv.DictReader(handle)]
    rows.sort(key=lambda r: float(r["weightkg"]))
    picks = np.round(np.linspace(0.02, 0.98, n) * (len(rows) - 1)).astype(int)
    return [rows[i] for i in dict.fromkeys(picks)]


def _stats(errors: list[float]) -> dict[str, float]:
    e = np.asarray(errors, dtype=float)
    e = e[np.isfinite(e)]
    if not len(e):
        return {"n": 0}
    return {"n": int(len(e)), "mae": round(float(np.abs(e).mean()), 2),
            "p95": round(float(np.percentile(np.abs(e), 95)), 2),
            "bias": round(float(e.mean()), 2), "worst": round(float(np.abs(e).max()), 2)}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--per-sex", type=int, default=100)
    parser.add_argument("--csv", help="write every subject's values here")
    args = parser.parse_args()
    errors: dict[str, dict[str, list[float]]] = {}
    neck: dict[str, list[float]] = {}
    seconds: list[float] = []
    cpu: list[float] = []
    evaluations: list[int] = []
    second_starts = 0
    folded: list[str] = []
    model = load_model()
    failures: list[dict[str, str]] = []
    table: list[dict[str, object]] = []
    for sex in ("female", "male"):
        for row in subjects_by_weight(sex, args.per_sex):
            full = ansur_row_to_set(row, default_sex=sex)
            given = full.without(*[k for k in full.values if k not in GIVEN])
            start, start_cpu = time.perf_counter(), time.process_time()
            try:
                body = fit_body(given)
                seconds.append(time.perf_counter() - start)
                cpu.append(time.process_time() - start_cpu)
                evaluations.append(int(body.extra["evaluations"]))
                second_starts += len(body.extra.get("solves", ())) > 1
                shape = measure_shape(body.vertices, sex)
                report = folds.check(body.vertices, body.faces,
                                     model.triangle_pairs(body.vertices))
            except Exception as error:  # noqa: BLE001 - a failure is a result here
                failures.append({"subject": row.get("subjectid", "?"), "sex": sex,
                                 "error": repr(error)})
                continue
            if not report.clean:
                folded.append(row.get("subjectid", "?"))
            line: dict[str, object] = {"subject": row.get("subjectid"), "sex": sex,
                                       "weight_kg": float(row["weightkg"]) / 10}
            for key, column in ANSUR_COLUMNS.items():
                real = float(row[column]) / 10.0
                err = shape[key] - real
                errors.setdefault(key, {}).setdefault(sex, []).append(err)
                line[key] = round(shape[key], 2)
                line[f"{key}_ansur"] = real
            neck.setdefault(sex, []).append(body.achieved["neck_base_girth"]
                                            - given.values["neck_base_girth"])
            table.append(line)
    report: dict[str, object] = {"per_sex": args.per_sex, "given": list(GIVEN)}
    for key, by_sex in errors.items():
        report[key] = {"all": _stats(by_sex.get("female", []) + by_sex.get("male", [])),
                       **{sex: _stats(v) for sex, v in by_sex.items()}}
    report["neck_base_girth"] = {"all": _stats(neck.get("female", []) + neck.get("male", [])),
                                 **{sex: _stats(v) for sex, v in neck.items()}}
    report["median_fit_s"] = round(float(np.median(seconds)), 3) if seconds else None
    # CPU seconds of this process: on a shared, loaded machine the fairer figure of the two
    report["median_fit_cpu_s"] = round(float(np.median(cpu)), 3) if cpu else None
    # solver work per fit: residual + Jacobian evaluations, and fits that needed a second start
    report["median_evaluations"] = float(np.median(evaluations)) if evaluations else None
    report["fits_with_a_second_start"] = second_starts
    report["load_average"] = [round(x, 2) for x in os.getloadavg()]
    report["bodies_with_folds"] = len(folded)
    report["folded_subjects"] = folded
    report["failures"] = failures
    if args.csv and table:
        with open(args.csv, "w", newline="", encoding="utf-8") as handle:
            writer = csv.DictWriter(handle, fieldnames=list(table[0]))
            writer.writeheader()
            writer.writerows(table)
    print(json.dumps(report, indent=1))


if __name__ == "__main__":
    main()

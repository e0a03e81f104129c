"""Benchmark: fit the body to a seeded sample of ANSUR II subjects and print JSON.

Usage: python benchmarks/body_fit.py [--per-sex 100] [--seed 7]

Prints per measurement the mean and 95th-percentile absolute error (cm) over the measured
(not estimated) values, the worst error, failures (exceptions) and the median seconds per fit.
"""

from __future__ import annotations

import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")  # one fit per core is the fair measure
os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse  # noqa: E402
import json  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402
import trimesh  # noqa: E402

from mtm.bodies.fit import fit_body  # noqa: E402
from mtm.bodies.makehuman import BodyParams, load_model  # noqa: E402
from mtm.core.io.ansur import load_ansur  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--per-sex", type=int, default=100)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    errors: dict[str, list[float]] = {}
    seconds, cpu_seconds, failures, warned = [], [], [], 0
    inverted, big_flips, folds = [], [], []
    model = load_model()
    average = {sex: model.blend(BodyParams(sex=float(sex == "male")))
               for sex in ("female", "male")}
    fit_body(load_ansur("female", limit=1, seed=0)[0])  # load the model outside the timing
    for sex in ("female", "male"):
        for ms in load_ansur(sex, limit=args.per_sex, seed=args.seed):
            start, cpu = time.perf_counter(), time.process_time()
            try:
                body = fit_body(ms)
            except Exception as error:  # noqa: BLE001 - a failure is a result here
                failures.append({"name": ms.name, "sex": sex, "error": repr(error)})
                continue
            seconds.append(time.perf_counter() - start)
            cpu_seconds.append(time.process_time() - cpu)
            # a triangle of the fitted body whose normal points against the same triangle
            # on the average body of that sex is folded over by the blend
            mesh = trimesh.Trimesh(body.vertices, body.faces, process=False)
            reference = trimesh.Trimesh(average[sex], body.faces, process=False).face_normals
            flipped = (mesh.face_normals * reference).sum(1) < 0
            inverted.append(int(flipped.sum()))
            big_flips.append(int((flipped & (mesh.area_faces > 0.2)).sum()))
            # a fold: two neighbouring triangles nearly back to back (the average bodies'
            # sharpest creases, between the toes, stay under 163 degrees)
            folds.append(int((mesh.face_adjacency_angles > np.radians(170.0)).sum()))
            if not np.isfinite(body.vertices).all():
                failures.append({"name": ms.name, "sex": sex, "error": "NaN in the mesh"})
            warned += bool([k for k in body.residuals
                            if k not in body.estimated and abs(body.residuals[k]) > 1.0])
            for key, r in body.residuals.items():
                if key not in body.estimated:
                    errors.setdefault(key, []).append(abs(r))
    per_key = {
        key: {"n": len(v), "mean": round(float(np.mean(v)), 3),
              "p95": round(float(np.percentile(v, 95)), 3), "max": round(float(np.max(v)), 3)}
        for key, v in sorted(errors.items())
    }
    print(json.dumps({
        "subjects": 2 * args.per_sex,
        "seed": args.seed,
        "fitted": len(seconds),
        "failures": failures,
        "subjects_with_a_residual_over_1cm": warned,
        "median_seconds": round(float(np.median(seconds)), 3) if seconds else None,
        "p95_seconds": round(float(np.percentile(seconds, 95)), 3) if seconds else None,
        "median_cpu_seconds": round(float(np.median(cpu_seconds)), 3) if seconds else None,
        "faces_flipped_vs_average_body_max": max(inverted) if inverted else None,
        "faces_flipped_vs_average_body_subjects": sum(i > 0 for i in inverted),
        "faces_over_0.2cm2_flipped_max": max(big_flips) if big_flips else None,
        "fold_edges_over_170deg_max": max(folds) if folds else None,
        "fold_edges_over_170deg_subjects": sum(f > 0 for f in folds),
        "errors_cm": per_key,
    }, indent=1))


if __name__ == "__main__":
    main()

"""Benchmark: fit the body to a seeded sample of ANSUR II subjects and print JSON.

Usage: python benchmarks/body_fit.py [--per-sex 100] [--seed 7]

Prints per measurement the mean and 95th-percentile absolute error (cm) over the measured
(not estimated) values, the worst error, failures (exceptions), the median seconds per fit and
the mesh hygiene of every fitted body: NaN, winding, watertightness, connected pieces, fold
edges and inverted triangles (as ``mtm.bodies.folds`` defines them), plus triangles whose
normal turned over against the same triangle of the base mesh or of the average body, and how
many vertices the fold repair rebuilt.
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

from mtm.bodies import folds  # noqa: E402
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
    hygiene: dict[str, list[float]] = {k: [] for k in (
        "fold_edges", "inverted", "sharpest_deg", "flipped_vs_average", "flipped_vs_base",
        "flipped_vs_base_over_0.2cm2", "repaired_vertices")}
    unclean = {"nan": 0, "winding_inconsistent": 0, "not_watertight": 0, "inward": 0,
               "not_one_piece": 0}
    model = load_model()
    average = {sex: model.blend(BodyParams(sex=float(sex == "male")))
               for sex in ("female", "male")}
    base = model.base
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
            v, f = body.vertices, body.faces
            report = folds.check(v, f, model.triangle_pairs(v))
            hygiene["fold_edges"].append(report.fold_edges)
            hygiene["inverted"].append(report.inverted)
            hygiene["sharpest_deg"].append(report.sharpest_deg)
            mesh = trimesh.Trimesh(v, f, process=False)
            for name, ref in (("flipped_vs_average", average[sex]), ("flipped_vs_base", base)):
                normals = trimesh.Trimesh(ref, f, process=False).face_normals
                flipped = (mesh.face_normals * normals).sum(1) < 0
                hygiene[name].append(int(flipped.sum()))
                if name == "flipped_vs_base":
                    hygiene["flipped_vs_base_over_0.2cm2"].append(
                        int((flipped & (mesh.area_faces > 0.2)).sum()))
            plain = model.blend(body.params, repaired=False)
            plain[:, 1] += v[:, 1].min() - plain[:, 1].min()  # the same floor
            hygiene["repaired_vertices"].append(
                int((np.abs(plain - v).max(1) > 1e-6).sum()))
            unclean["nan"] += not np.isfinite(v).all()
            unclean["winding_inconsistent"] += not mesh.is_winding_consistent
            unclean["not_watertight"] += not mesh.is_watertight
            unclean["inward"] += not mesh.volume > 0
            unclean["not_one_piece"] += len(mesh.split(only_watertight=False)) != 1
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
        "mesh_problems_bodies": unclean,
        "mesh": {name: {"max": round(float(max(v)), 1) if v else None,
                        "bodies_over_0": sum(x > 0 for x in v) if name != "sharpest_deg"
                        else None}
                 for name, v in hygiene.items()},
        "errors_cm": per_key,
    }, indent=1))


if __name__ == "__main__":
    main()

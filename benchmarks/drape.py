"""Drape benchmark: every garment of the catalogue on the median ANSUR II woman and man.

For each garment and body: seconds of the first drape in this process (cold: numba loads its
disk cache, or compiles if the cache is empty) and of a second one (warm), vertices,
substeps, vertex-substeps per second and the quality figures of the drape report, and the
cost of one substep on a 100 x 100 cloth (1 and all numba threads). With
``--compile`` also the numba compile time, measured in a subprocess with an empty cache.
With ``--sweep N`` the garments are also draped on N bodies from the 5th to the 95th
percentile of stature (acceptance sweep). With ``--fitting`` the cases of issue 16 (drape at
the speed of a fitting): the T-shirt in cotton jersey at 1 cm on the median man and on the
186.7 cm / chest 137 cm man (ANSUR II 15142), warm, with the body's collision field already
built (as in the studio, which keeps the body) and built in the call (a new body), and the
redrapes after the length option +3 cm and chest girth +2 cm (the latter also with the new
body's field built in the call, as the studio's redrape after a measurement edit pays it), each
with wall-clock and CPU seconds (``cpu_seconds``: this process, all threads). With
``--outfit`` the outfits: issue 22's shirt over trousers on the median man and T-shirt over
skirt on the median woman, and issue 19's jacket over the regular and the slim shirt and the suit
(jacket, slim shirt, trousers) on the median man, warm, against each garment draped alone
(``--outfits jacket+shirt:fit=slim ...`` picks some, ``--render DIR`` draws them). Every run
also times a fixed numpy workload (``reference_seconds``): the machine is shared, so numbers
are only comparable in proportion to it. Prints JSON.

Each garment is draped in its own default fabric (``GarmentSpec.fabric``) unless ``--fabric``
forces one for all.

    python benchmarks/drape.py [--garments tshirt shirt] [--fabric cotton_jersey]
                               [--resolution 1.0] [--compile] [--sweep 10 [--sweep-only]]
                               [--substep-only]
                               [--fitting] [--outfit] [--ansur DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time

import numpy as np

QUALITY = ("converged", "penetrating_fraction", "max_seam_gap_cm", "mean_strain", "max_strain",
           "frames", "fabric")


def quality(rep: dict) -> dict:
    """The acceptance figures of a drape report, with the worst seam (also when sewing ended)
    and the tightness, so a failing run can be attributed."""
    out = {k: rep[k] for k in QUALITY}
    out["worst_seam"] = rep.get("worst_seam")
    sewing = rep.get("sewing") or {}
    out["sewing_max_gap_cm"] = (sewing.get("worst_seam") or {}).get("gap_cm")
    out["sewing_worst_seam"] = (sewing.get("worst_seam") or {}).get("seam")
    out["tight_fraction"] = rep["tightness"]["tight_fraction"]
    out["too_small"] = rep["tightness"]["too_small"]
    out["substeps_per_frame"] = rep.get("substeps_per_frame")
    out["stretch"] = rep.get("stretch")
    out["still_moving"] = None if rep["converged"] else rep.get("still_moving")
    return out

COMPILE_SNIPPET = """
import time, numpy as np
t = time.perf_counter()
from mtm.core.drape.mesher import mesh_piece
from mtm.core.drape.fabrics import load_fabric
from mtm.core.drape.sdf import build_sdf
from mtm.core.drape.solver import SolverSettings, build_model, simulate
import trimesh
s = trimesh.creation.icosphere(subdivisions=2, radius=10.0)
sdf = build_sdf(s.vertices, s.faces, spacing=1.0)
sq = [("b", np.array([[0, 0], [10, 0]])), ("r", np.array([[10, 0], [10, 10]])),
      ("t", np.array([[10, 10], [0, 10]])), ("l", np.array([[0, 10], [0, 0]]))]
m = mesh_piece("sq", sq, 1.0)
x = np.column_stack([m.uv[:, 0] - 5, np.full(len(m.uv), 12.0), m.uv[:, 1] - 5])
f = load_fabric("denim")
model = build_model(m.uv, x, m.faces, np.zeros(len(x)), m.edge_vertices["b"][:2][None], f)
simulate(model, sdf, f, SolverSettings(stitch_frames=1, max_frames=3))
print(time.perf_counter() - t)
"""


def reference_seconds(repeats: int = 5) -> float:
    """Median seconds of a fixed numpy workload (single-threaded numpy, no numba): 40 Jacobi
    passes of distance constraints on a 100 x 100 cloth with ``bincount`` (draping.md's
    numpy reference). Its time against a quiet machine's says how busy the machine was."""
    n = 100
    i, j = np.meshgrid(np.arange(n), np.arange(n), indexing="ij")
    idx = (i * n + j).ravel()
    right = np.column_stack([idx.reshape(n, n)[:, :-1].ravel(), idx.reshape(n, n)[:, 1:].ravel()])
    down = np.column_stack([idx.reshape(n, n)[:-1].ravel(), idx.reshape(n, n)[1:].ravel()])
    e = np.concatenate([right, down])
    x0 = np.column_stack([j.ravel(), np.zeros(n * n), i.ravel()]).astype(float)
    rng = np.random.default_rng(0)
    times = []
    for _ in range(repeats):
        x = x0 * 1.05 + rng.normal(0.0, 0.01, x0.shape)
        t = time.perf_counter()
        for _ in range(40):
            d = x[e[:, 0]] - x[e[:, 1]]
            length = np.linalg.norm(d, axis=1)
            corr = 0.5 * (length - 1.0) / np.maximum(length, 1e-9)
            move = d * corr[:, None]
            for k in range(3):
                x[:, k] += (np.bincount(e[:, 1], move[:, k], n * n)
                            - np.bincount(e[:, 0], move[:, k], n * n)) * 0.25
        times.append(time.perf_counter() - t)
    return round(float(np.median(times)), 4)


def substep_cost(frames: int = 30) -> dict:
    """ms per substep of a 100 x 100 cm cloth at 1 cm (about 11,600 vertices) falling onto a
    sphere, with self-collision, for 1 thread and for all threads (numba)."""
    import trimesh

    from mtm.core.drape.fabrics import load_fabric
    from mtm.core.drape.mesher import mesh_piece
    from mtm.core.drape.sdf import build_sdf
    from mtm.core.drape.solver import SolverSettings, build_model, simulate

    side = 100.0
    sq = [("b", np.array([[0, 0], [side, 0]])), ("r", np.array([[side, 0], [side, side]])),
          ("t", np.array([[side, side], [0, side]])), ("l", np.array([[0, side], [0, 0]]))]
    m = mesh_piece("square", sq, 1.0)
    sphere = trimesh.creation.icosphere(subdivisions=4, radius=20.0)
    sdf = build_sdf(sphere.vertices, sphere.faces, spacing=0.5)
    fabric = load_fabric("cotton_poplin")
    out = {"vertices": int(len(m.uv))}
    threads = sorted({1, int(__import__("numba").config.NUMBA_NUM_THREADS)})
    for n in threads + threads:  # the first round warms up (and compiles, if needed)
        x = np.column_stack([m.uv[:, 0] - side / 2, np.full(len(m.uv), 21.0),
                             side / 2 - m.uv[:, 1]])
        model = build_model(m.uv, x, m.faces, np.zeros(len(x)), np.zeros((0, 2)), fabric)
        st = SolverSettings(stitch_frames=0, max_frames=frames, min_frames=10 * frames,
                            threads=n)
        stats = simulate(model, sdf, fabric, st)
        out[f"ms_per_substep_{n}_thread{'s' if n > 1 else ''}"] = round(
            1000 * stats.seconds / stats.substeps, 3)
    return out


ANSUR_DIR: str | None = None  # --ansur: the survey's folder (default: mtm's own choice)


def survey(sex: str):
    """Every ANSUR II person of ``sex`` (from ``--ansur`` when given)."""
    from pathlib import Path

    from mtm.core.io.ansur import FILES, load_ansur

    return load_ansur(sex, path=Path(ANSUR_DIR) / FILES[sex] if ANSUR_DIR else None)


def median_set(sex: str):
    """The median ANSUR II person of ``sex`` (median of every measurement)."""
    from mtm.core.measurements import MeasurementSet

    people = survey(sex)
    keys = sorted({k for p in people for k in p.values})
    values = {k: float(np.median([p.values[k] for p in people if k in p.values])) for k in keys}
    return MeasurementSet.from_mapping(values, sex=sex, name=f"median ANSUR II {sex}")


def percentile_sets(sex: str, n: int):
    """``n`` real ANSUR II people at stature percentiles 5..95 (evenly spaced)."""
    people = sorted(survey(sex), key=lambda p: p.values.get("height", 0.0))
    qs = np.linspace(0.05, 0.95, n)
    return [people[int(q * (len(people) - 1))] for q in qs]


def compile_seconds() -> float | None:
    """Seconds to compile every drape kernel (subprocess with an empty numba cache)."""
    with tempfile.TemporaryDirectory() as cache:
        env = dict(os.environ, NUMBA_CACHE_DIR=cache)
        out = subprocess.run([sys.executable, "-c", COMPILE_SNIPPET], env=env,
                             capture_output=True, text=True, check=False)
    try:
        return round(float(out.stdout.strip().splitlines()[-1]), 2)
    except (ValueError, IndexError):
        return None


LARGE_MAN = {"height": 186.7, "chest_girth": 137.0}  # issue 16's large man (ANSUR II 15142)


def large_man():
    """The ANSUR II man nearest 186.7 cm tall with a 137 cm chest."""
    return min(survey("male"), key=lambda p: sum(
        abs(p.values.get(k, 0.0) - v) for k, v in LARGE_MAN.items()))


def forget_bodies() -> None:
    """Drop the collision fields kept for the last bodies (the next drape builds them)."""
    from mtm.core.drape import drape as drape_module

    forget = getattr(drape_module, "forget_bodies", None)
    if forget is not None:
        forget()
    else:  # before issue 16
        drape_module._cached_sdf.cache_clear()
        drape_module._cached_collision_sdf.cache_clear()


def _row(case: str, t: float, c: float, draped, **extra) -> dict:
    """A fitting case's result row: wall and CPU seconds since ``t`` (perf_counter) and ``c``
    (process_time), the 1-minute load beside them, the drape's size, substeps and quality."""
    seconds, cpu = time.perf_counter() - t, time.process_time() - c
    rep = draped.report
    return {"case": case, **extra, "seconds": round(seconds, 3), "cpu_seconds": round(cpu, 3),
            "load_1min": round(os.getloadavg()[0], 2),
            "simulation_seconds": rep["simulation_seconds"], "vertices": rep["vertices"],
            "substeps": rep["substeps"], **quality(rep)}


def fitting_cases(resolution: float = 1.0) -> list[dict]:
    """Issue 16's cases: T-shirt, cotton jersey; warm (compiled) drapes of the median and the
    large man with the body's fields kept and built in the call, and redrapes from the
    median man's drape after length +3 cm and after chest girth +2 cm."""
    import inspect

    from mtm.bodies.fit import fit_body
    from mtm.core.drape import drape_garment
    from mtm.patterns import get_garment

    spec = get_garment("tshirt")
    rows = []
    for label, ms in (("median man", median_set("male")), ("large man", large_man())):
        body = fit_body(ms)
        garment = spec.draft(ms.with_estimates())
        drape_garment(garment, body, "cotton_jersey", resolution)  # compiled, fields built
        for kept in (True, False):
            if not kept:
                forget_bodies()
            t, c = time.perf_counter(), time.process_time()
            draped = drape_garment(garment, body, "cotton_jersey", resolution)
            rows.append(_row(f"{label}, body field {'kept' if kept else 'built'}", t, c,
                             draped, height=ms.values.get("height"),
                             chest_girth=ms.values.get("chest_girth")))
            print(json.dumps(rows[-1]), file=sys.stderr)
        if label != "median man":
            continue
        if "previous" not in inspect.signature(drape_garment).parameters:
            rows.append({"case": "redrape", "error": "drape_garment cannot redrape yet"})
            continue
        base = draped
        edits = (("length +3 cm", ms, {"length": 5.0}),
                 ("chest girth +2 cm", ms.with_value(
                     "chest_girth", ms.values["chest_girth"] + 2.0), {}))
        for what, ms2, options in edits:
            body2 = body if ms2 is ms else fit_body(ms2)
            garment2 = spec.draft(ms2.with_estimates(), options)
            if body2 is not body:  # the studio fits (and keeps) the new body first
                drape_garment(garment2, body2, "cotton_jersey", resolution, previous=base)
            t, c = time.perf_counter(), time.process_time()
            draped = drape_garment(garment2, body2, "cotton_jersey", resolution, previous=base)
            row = _row(f"redrape after {what}", t, c, draped)
            scratch = drape_garment(garment2, body2, "cotton_jersey", resolution)
            rows.append({**row, "from_scratch": {"seconds": scratch.report["seconds"],
                                                 **quality(scratch.report)}})
            print(json.dumps(rows[-1]), file=sys.stderr)
            if body2 is not body:  # the new body's fields built in the call
                forget_bodies()
                t, c = time.perf_counter(), time.process_time()
                draped = drape_garment(garment2, body2, "cotton_jersey", resolution,
                                       previous=base)
                rows.append(_row(f"redrape after {what}, new body's field built", t, c,
                                 draped))
                print(json.dumps(rows[-1]), file=sys.stderr)
    return rows


#: (body, garments outermost first, as NAME or NAME:OPTION=VALUE): issue 22's top over bottom,
#: issue 19's jacket over a shirt (the regular shirt, and the slim one a tailor would pair with
#: a suit) and the suit (jacket, slim shirt and trousers)
OUTFITS = (("male", "shirt", "trousers"), ("female", "tshirt", "skirt"),
           ("male", "jacket", "shirt"), ("male", "jacket", "shirt:fit=slim"),
           ("male", "jacket", "shirt:fit=slim", "trousers"))


def outfit_cases(resolution: float = 1.0, only: list[str] | None = None,
                 render: str | None = None) -> list[dict]:
    """The outfits, warm (compiled, the body's fields built): seconds of each garment draped
    alone and of the outfit (bottom, inner top, outer top), with the share of each garment's
    vertices more than 2 mm inside the body and the cloth draped before it (all, and for a
    top over a bottom at the waist: within 15 cm under the bottom's top edge), and how far
    the garments draped first moved from their own drape alone (they are not moved by later
    ones: 0). ``only``: the cases to run, as 'jacket+shirt'; ``render``: a folder for the
    front, side and back pictures of each outfit."""
    from mtm.bodies.fit import fit_body
    from mtm.core.drape import drape_garment
    from mtm.core.drape.drape import body_sdf
    from mtm.core.drape.fabrics import load_fabric
    from mtm.core.drape.outfit import (
        OUTER_SLAB_DEPTH_CM,
        SLAB_DEPTH_CM,
        clothe,
        drape_outfit,
        layer_rank,
    )
    from mtm.patterns import get_garment

    rows = []
    bodies: dict = {}
    for sex, *names in OUTFITS:
        if only and "+".join(names) not in only:
            continue
        given = list(names)
        ms = median_set(sex)
        if sex not in bodies:
            bodies[sex] = fit_body(ms)
        body = bodies[sex]
        asked = [name.partition(":") for name in names]
        names = [name for name, _, _ in asked]
        specs = [get_garment(name) for name in names]
        garments = [spec.draft(ms.with_estimates(), dict([opt.split("=")] if opt else []))
                    for spec, (_, _, opt) in zip(specs, asked, strict=True)]
        fabrics = [spec.fabric for spec in specs]
        drape_garment(garments[-1], body, fabrics[-1], resolution)  # compiled, fields built
        alone = {}
        for garment, fabric, name in zip(garments, fabrics, names, strict=True):
            t0, c0 = time.perf_counter(), time.process_time()
            draped = drape_garment(garment, body, fabric, resolution)
            alone[name] = {"seconds": round(time.perf_counter() - t0, 3),
                           "cpu_seconds": round(time.process_time() - c0, 3),
                           **quality(draped.report)}
        t0, c0 = time.perf_counter(), time.process_time()
        draped = drape_outfit(garments, body, fabrics, resolution)
        seconds, cpu = time.perf_counter() - t0, time.process_time() - c0
        order = sorted(range(len(names)), key=lambda i: layer_rank(garments[i]))
        layers = {}
        for k, i in enumerate(order):
            under = [(draped[j], load_fabric(fabrics[j])) for j in order[:k]]
            row = {"over": draped[i].report["over"], **quality(draped[i].report)}
            if under:
                v = draped[i].vertices
                outer = layer_rank(garments[i]) == 2
                depth, _ = body_sdf(clothe(body, under, OUTER_SLAB_DEPTH_CM if outer
                                           else SLAB_DEPTH_CM)).query(v)
                row["inside_fraction"] = round(float(np.mean(depth < -0.2)), 5)
                bottoms = [d for d, _f in under if layer_rank(garments[order[0]]) == 0][:1]
                if layer_rank(garments[i]) == 1 and bottoms:
                    waist = v[:, 1] > float(np.max(bottoms[0].vertices[:, 1])) - 15.0
                    row["inside_fraction_at_waist"] = round(float(np.mean(depth[waist] < -0.2)),
                                                            5) if waist.any() else None
            layers[names[i]] = row
        case = " over ".join(a + (f" ({o})" if o else "") for a, _, o in asked) \
            + f", median {sex}"
        rows.append({
            "case": case, "seconds": round(seconds, 3), "cpu_seconds": round(cpu, 3),
            "times_outer_alone": round(seconds / alone[names[0]]["seconds"], 2),
            "times_sum_alone": round(seconds / sum(a["seconds"] for a in alone.values()), 2),
            "layers": layers, "alone": alone,
            "load_average": [round(x, 2) for x in os.getloadavg()]})
        if render:
            rows[-1]["pictures"] = render_outfit(body, draped, render,
                                                 "_".join(n.replace(":", "_").replace("=", "_")
                                                          for n in given) + f"_{sex}")
        print(json.dumps(rows[-1]), file=sys.stderr)
    return rows


def render_outfit(body, draped, folder: str, tag: str) -> list[str]:
    """Front, side and back pictures of a draped outfit (pyvista off-screen), the outermost
    garment (first) navy, the others pale, and close-ups of the back neck and the left cuff."""
    from pathlib import Path

    from mtm.render.meshes import BodyMesh, GarmentMesh
    from mtm.render.png import save_png
    from mtm.render.scene import Scene, SceneStyle
    from mtm.render.textures import solid

    out = Path(folder)
    out.mkdir(parents=True, exist_ok=True)
    looks = [solid((60, 70, 95)), solid((235, 235, 242)), solid((120, 110, 100))]
    meshes = [GarmentMesh(np.asarray(d.vertices), np.asarray(d.faces), uvs=d.uvs)
              for d in draped]
    under = [(m, looks[1 + k % 2]) for k, m in enumerate(meshes[1:])]
    paths = []
    bm = BodyMesh(np.asarray(body.vertices), np.asarray(body.faces))
    with Scene(bm, meshes[0], SceneStyle(look=looks[0], size=(700, 900)),
               under=under) as scene:
        for view in ("front", "right", "back"):
            scene.set_view(view)
            paths.append(str(out / f"{tag}_{view}.png"))
            save_png(paths[-1], scene.image())
        cam = scene.plotter.camera
        neck = np.asarray(body.landmarks["neck_back"], float)
        wrist = np.asarray(body.landmarks["wrist_l"], float)
        for name, focus, offset in (
                ("neck_back", neck + np.array([0.0, -4.0, 0.0]), np.array([0.0, 20.0, -55.0])),
                ("cuff", wrist, np.array([35.0, 5.0, 35.0]))):
            cam.focal_point = tuple(focus)
            cam.position = tuple(focus + offset)
            cam.up = (0.0, 1.0, 0.0)
            cam.clipping_range = (5.0, 400.0)
            paths.append(str(out / f"{tag}_{name}.png"))
            save_png(paths[-1], scene.image())
    return paths


def drape_once(spec, ms, body, fabric, resolution):
    from mtm.core.drape import drape_garment

    garment = spec.draft(ms.with_estimates())
    t = time.perf_counter()
    draped = drape_garment(garment, body, fabric, resolution)
    return time.perf_counter() - t, draped.report


def main() -> None:
    from mtm.bodies.fit import fit_body
    from mtm.patterns import garment_names, get_garment

    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--garments", nargs="*", default=None)
    ap.add_argument("--fabric", default=None,
                    help="one fabric for every garment (default: each garment's own)")
    ap.add_argument("--resolution", type=float, default=1.0)
    ap.add_argument("--compile", action="store_true")
    ap.add_argument("--sweep", type=int, default=0)
    ap.add_argument("--substep-only", action="store_true",
                    help="only measure the substep cost on a 100 x 100 cloth")
    ap.add_argument("--fitting", action="store_true",
                    help="issue 16's cases (warm median and large man, redrapes)")
    ap.add_argument("--fitting-only", action="store_true",
                    help="only issue 16's cases, no catalogue runs")
    ap.add_argument("--sweep-only", action="store_true",
                    help="with --sweep N: only the sweep, no catalogue runs on the median bodies")
    ap.add_argument("--outfit", action="store_true",
                    help="issue 22's outfits (shirt over trousers, T-shirt over skirt)")
    ap.add_argument("--outfit-only", action="store_true",
                    help="only the outfits (with --fitting-only: both, no catalogue runs)")
    ap.add_argument("--outfits", nargs="*", default=None, metavar="GARMENTS",
                    help="the outfits to run, outermost garment first: jacket+shirt, "
                         "jacket+shirt:fit=slim, jacket+shirt:fit=slim+trousers, "
                         "shirt+trousers, tshirt+skirt (default all)")
    ap.add_argument("--render", metavar="DIR", default=None,
                    help="with --outfit: front, side and back pictures of each outfit here")
    ap.add_argument("--ansur", metavar="DIR", default=None,
                    help="folder of the full ANSUR II survey files (default: mtm's choice)")
    args = ap.parse_args()
    global ANSUR_DIR
    ANSUR_DIR = args.ansur
    if args.substep_only:
        print(json.dumps({"substep": substep_cost(), "load_average": os.getloadavg()}, indent=2))
        return

    out: dict = {"fabric": args.fabric or "garment default", "resolution_cm": args.resolution,
                 "numba_threads": int(__import__("numba").config.NUMBA_NUM_THREADS),
                 "cpu_count": os.cpu_count(), "runs": [], "sweep": []}
    out["load_average_start"] = [round(v, 2) for v in os.getloadavg()]
    out["reference_seconds_start"] = reference_seconds()
    if args.fitting or args.fitting_only:
        out["fitting"] = fitting_cases(args.resolution)
        out["reference_seconds_after_fitting"] = reference_seconds()
    if args.outfit or args.outfit_only:
        out["outfit"] = outfit_cases(args.resolution, args.outfits, args.render)
        out["reference_seconds_after_outfit"] = reference_seconds()
    if args.fitting_only or args.outfit_only:
        out["load_average_end"] = [round(v, 2) for v in os.getloadavg()]
        print(json.dumps(out, indent=2))
        return
    if args.compile:
        out["numba_compile_seconds"] = compile_seconds()
    names = args.garments or garment_names()
    catalogue = not (args.sweep and args.sweep_only)
    if catalogue:
        out["substep"] = substep_cost()
    bodies = {}
    for sex in ("female", "male") if catalogue else ():
        ms = median_set(sex)
        t = time.perf_counter()
        bodies[sex] = (ms, fit_body(ms))
        out[f"body_fit_seconds_{sex}"] = round(time.perf_counter() - t, 2)
    for name in names if catalogue else ():
        try:
            spec = get_garment(name)
        except Exception as error:  # noqa: BLE001 - reported, not raised
            out["runs"].append({"garment": name, "error": str(error)})
            continue
        for sex in spec.sexes:
            ms, body = bodies[sex]
            run = {"garment": name, "body": f"median ANSUR II {sex}"}
            try:
                fabric = args.fabric or spec.fabric
                cold, _ = drape_once(spec, ms, body, fabric, args.resolution)
                warm, rep = drape_once(spec, ms, body, fabric, args.resolution)
            except Exception as error:  # noqa: BLE001 - a failing drape is a result here
                run["error"] = f"{type(error).__name__}: {error}"
                out["runs"].append(run)
                continue
            run.update({
                "seconds_cold": round(cold, 2),
                "seconds_warm": round(warm, 2),
                "simulation_seconds_warm": rep["simulation_seconds"],
                "vertices": rep["vertices"],
                "substeps": rep["substeps"],
                "vertex_substeps_per_second": round(
                    rep["vertices"] * rep["substeps"] / max(rep["simulation_seconds"], 1e-9)),
                "ms_per_substep": round(1000 * rep["simulation_seconds"] / rep["substeps"], 3),
                **quality(rep),
            })
            out["runs"].append(run)
            print(json.dumps(run), file=sys.stderr)
    for sex in ("female", "male"):
        for person in percentile_sets(sex, args.sweep) if args.sweep else []:
            body = fit_body(person)
            print(json.dumps({"load_average": os.getloadavg()}), file=sys.stderr)
            for name in names:
                spec = get_garment(name)
                if sex not in spec.sexes:
                    continue
                row = {"garment": name, "sex": sex, "height": person.values.get("height")}
                try:
                    seconds, rep = drape_once(spec, person, body, args.fabric or spec.fabric,
                                              args.resolution)
                    row.update({"seconds": round(seconds, 2), **quality(rep)})
                except Exception as error:  # noqa: BLE001
                    row["error"] = f"{type(error).__name__}: {error}"
                out["sweep"].append(row)
                print(json.dumps(row), file=sys.stderr)
    if out["sweep"]:
        done = [r for r in out["sweep"] if "error" not in r]
        out["sweep_summary"] = {
            "drapes": len(out["sweep"]), "at_rest": sum(r["converged"] for r in done),
            "seconds_total": round(sum(r["seconds"] for r in done), 1),
            "max_penetrating_fraction": max((r["penetrating_fraction"] for r in done),
                                            default=None),
            "max_seam_gap_cm": max((r["max_seam_gap_cm"] for r in done), default=None)}
    out["reference_seconds_end"] = reference_seconds()
    out["load_average_end"] = [round(v, 2) for v in os.getloadavg()]
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()

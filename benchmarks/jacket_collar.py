"""Jacket collar benchmark: does the collar's fall lie turned down over its stand?

For the median ANSUR II man and woman (``--ansur DIR`` or MTM_ANSUR_DIR for the full survey),
the jacket (default options, wool suiting, 1 cm) is placed and, with ``--drape``, draped; of
the placed and the draped cloth it prints (JSON) for the under collars:

- ``fall_on_stand``: share of the fall (the collar beyond its roll line, more than 0.5 cm
  from it) lying within 1 cm of the cloth under it (the collar's stand or the back and
  front round the neck seam) and outside it (further from the skin);
- ``fall_max_off_cm`` / ``fall_p90_off_cm``: the fall's largest / 90th-percentile distance
  from that cloth;
- ``stand_height_cb_cm``: how high the stand rises above the neck seam at the centre back
  (vertical rise of the roll line over the seam; drafted 3 cm);
- ``fall_compressed``: share of the fall's mesh edges shorter than 80% of their rest length
  (a crumpled or ruffled fall);
- ``fall_inside_stand``: share of the fall nearer the skin than the stand under it;
- ``collar_creased``: share of the collar's mesh edges away from the roll line (over 1 cm)
  whose two triangles meet at more than 45 degrees (a crumpled collar: round the side neck);

and of the drape its report's acceptance figures (converged, frames, % inside, seam gap,
stretch). With ``--render DIR`` the drape is drawn front, side and back, and close to the
neck from the back and the side (PNG). Timings are CPU seconds (``time.process_time``) beside
the load average.

    python benchmarks/jacket_collar.py [--sex male female] [--drape] [--render DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import pickle
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import numpy as np

sys.path.insert(0, str(Path(__file__).resolve().parent))

CACHE = Path(os.environ.get("MTM_BODY_CACHE", "/tmp/mtm_jacket_collar_bodies"))


def _fit_code_digest() -> bytes:
    """Digest of what decides a fitted body (the bodies package and its resources), so a body
    kept from older code is never reused: a stale body once made a jacket drape look unsettled."""
    root = Path(__file__).resolve().parent.parent
    h = hashlib.sha1()
    for path in sorted([*root.joinpath("bodies").glob("*.py"),
                        *root.joinpath("core").glob("*.py"),
                        *root.joinpath("resources").glob("*.json"),
                        *root.joinpath("resources").glob("*.npz")]):
        h.update(path.name.encode() + path.read_bytes())
    return h.digest()


def body_for(ms, sex: str):
    """The fitted body of ``ms`` (kept in CACHE between runs: fitting takes a minute)."""
    from mtm.bodies.fit import fit_body

    CACHE.mkdir(parents=True, exist_ok=True)
    digest = hashlib.sha1(repr(sorted(ms.values.items())).encode() + _fit_code_digest()
                          ).hexdigest()[:12]
    key = CACHE / f"{sex}_{digest}.pkl"
    if not key.exists():
        body = fit_body(ms)
        key.write_bytes(pickle.dumps((np.asarray(body.vertices), np.asarray(body.faces),
                                      {k: np.asarray(v) for k, v in body.landmarks.items()})))
    v, f, lm = pickle.loads(key.read_bytes())
    return SimpleNamespace(vertices=v, faces=f, landmarks=lm)


def render_views(body, draped, out: Path, tag: str) -> list[str]:
    """Front, side and back of the whole figure, three close-ups of the neck and one of the
    left cuff (PNG)."""
    from mtm.render.meshes import BodyMesh, GarmentMesh
    from mtm.render.png import save_png
    from mtm.render.scene import Scene, SceneStyle
    from mtm.render.textures import solid

    out.mkdir(parents=True, exist_ok=True)
    bm = BodyMesh(np.asarray(body.vertices), np.asarray(body.faces))
    gm = GarmentMesh(np.asarray(draped.vertices), np.asarray(draped.faces), uvs=draped.uvs)
    style = SceneStyle(look=solid((60, 70, 95)), size=(700, 900))
    paths = []
    neck = np.asarray(body.landmarks["neck_back"], float)
    with Scene(bm, gm, style) as scene:
        for view in ("front", "right", "back"):
            scene.set_view(view)
            path = out / f"{tag}_{view}.png"
            save_png(path, scene.image())
            paths.append(str(path))
        cam = scene.plotter.camera
        for name, az in (("neck_back", 180.0), ("neck_side", 60.0), ("neck_front", 0.0)):
            a = np.radians(az)
            focus = neck + np.array([0.0, -4.0, 6.0])
            cam.focal_point = tuple(focus)
            cam.position = tuple(focus + 60.0 * np.array([np.sin(a), 0.35, np.cos(a)]))
            cam.up = (0.0, 1.0, 0.0)
            cam.clipping_range = (5.0, 400.0)
            path = out / f"{tag}_{name}.png"
            save_png(path, scene.image())
            paths.append(str(path))
        # the left cuff from behind and below: the sleeve vent
        wrist = np.asarray(body.landmarks["wrist_l"], float)
        elbow = np.asarray(body.landmarks["elbow_l"], float)
        focus = wrist + 0.3 * (elbow - wrist)
        cam.focal_point = tuple(focus)
        cam.position = tuple(focus + np.array([15.0, -10.0, -45.0]))
        cam.up = (0.0, 1.0, 0.0)
        path = out / f"{tag}_cuff.png"
        save_png(path, scene.image())
        paths.append(str(path))
    return paths


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--sex", nargs="+", default=["male", "female"])
    ap.add_argument("--drape", action="store_true")
    ap.add_argument("--render", metavar="DIR")
    ap.add_argument("--resolution", type=float, default=1.0)
    ap.add_argument("--ansur", metavar="DIR", default=os.environ.get("MTM_ANSUR_DIR"))
    args = ap.parse_args()

    import drape as drape_bench

    from mtm.core.drape.assemble import assemble
    from mtm.core.drape.drape import body_sdf, drape_garment
    from mtm.core.drape.folds import collar_figures
    from mtm.core.drape.placement import place
    from mtm.patterns import jacket

    drape_bench.ANSUR_DIR = args.ansur
    runs = []
    for sex in args.sex:
        ms = drape_bench.median_set(sex)
        body = body_for(ms, sex)
        g = jacket.draft(ms)
        a = assemble(g, args.resolution)
        sdf = body_sdf(body)
        t0 = time.process_time()
        x0 = place(a, {p.name: p.placement for p in g.pieces}, body.vertices, body.landmarks,
                   sdf)
        run = {"body": f"median ANSUR II {sex}",
               "place_cpu_s": round(time.process_time() - t0, 3),
               "placed": collar_figures(a, x0, sdf)}
        if args.render:
            faces = np.concatenate([pn.mesh.faces + a.offsets[k]
                                    for k, pn in enumerate(a.panels)])
            uvs = np.concatenate([pn.mesh.uv for pn in a.panels])
            run["placed_pictures"] = render_views(
                body, SimpleNamespace(vertices=x0, faces=faces, uvs=uvs), Path(args.render),
                f"jacket_{sex}_placed")
        if args.drape:
            t0 = time.process_time()
            d = drape_garment(g, body, "wool_suiting", args.resolution)
            rep = d.report
            run["drape_cpu_s"] = round(time.process_time() - t0, 1)
            run["draped"] = collar_figures(a, np.asarray(d.vertices), sdf)
            run["drape"] = {k: rep[k] for k in ("converged", "frames", "substeps",
                                                "penetrating_fraction", "max_seam_gap_cm",
                                                "mean_strain", "max_strain")}
            run["drape"]["stretch"] = rep["stretch"]
            run["drape"]["worst_seam"] = rep["worst_seam"]
            if args.render:
                np.savez_compressed(Path(args.render) / f"jacket_{sex}.npz", placed=x0,
                                    draped=np.asarray(d.vertices))
                run["pictures"] = render_views(body, d, Path(args.render), f"jacket_{sex}")
        run["load_average_1min"] = round(os.getloadavg()[0], 2)
        runs.append(run)
        print(json.dumps(run), flush=True)
    print(json.dumps({"runs": runs}, indent=1))


if __name__ == "__main__":
    main()

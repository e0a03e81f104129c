"""Render speed: one view of body + ~30k-triangle garment, and a 36-frame turntable.

Targets (issue 7): one view <= 2 s off-screen, 36-frame turntable <= 20 s. Uses the stand-in
mannequin and tube garment, or ``--draped FILE.glb`` (a real body and draped garment).
Prints JSON with wall and CPU seconds and the machine's load (it is shared).
Usage: .venv/bin/python benchmarks/render.py [--size 800x1000] [--quality high] [--frames 36]
"""

from __future__ import annotations

import argparse
import json
import os
import tempfile
import time
from pathlib import Path

_t0 = time.perf_counter()
import pyvista as pv  # noqa: E402
import pyvista.plotting  # noqa: E402,F401  (pulls in VTK rendering and matplotlib)

from mtm.app.commands.render import TURNTABLE_SIZE, parse_size  # noqa: E402
from mtm.render.glb import load_glb  # noqa: E402
from mtm.render.png import save_png  # noqa: E402
from mtm.render.scene import Scene, SceneStyle  # noqa: E402
from mtm.render.standin import standin_body, standin_garment  # noqa: E402
from mtm.render.textures import fabric_look  # noqa: E402
from mtm.render.turntable import save_gif, save_mp4, turntable_frames  # noqa: E402

IMPORT_S = time.perf_counter() - _t0


class Clock:
    """Wall and CPU seconds (CPU counts every thread, llvmpipe's included)."""

    def __enter__(self) -> Clock:
        self.t, self.c = time.perf_counter(), time.process_time()
        return self

    def __exit__(self, *exc: object) -> None:
        self.wall = time.perf_counter() - self.t
        self.cpu = time.process_time() - self.c


def one_view(body, garment, style, path: Path) -> Clock:
    with Clock() as clock, Scene(body, garment, style) as scene:
        scene.set_view("three-quarter")
        save_png(path, scene.image())
    return clock


def turntable(body, garment, style, frames: int, d: Path) -> dict[str, float]:
    with Clock() as render, Scene(body, garment, style) as scene:
        images = turntable_frames(scene, frames)
    with Clock() as gif:
        save_gif(d / "spin.gif", images, fps=frames / 3)
    with Clock() as mp4:
        save_mp4(d / "spin.mp4", images, fps=frames / 3)
    return {
        "size": list(style.size),
        "render_s": round(render.wall, 3), "render_cpu_s": round(render.cpu, 3),
        "gif_write_s": round(gif.wall, 3), "mp4_write_s": round(mp4.wall, 3),
        "gif_total_s": round(render.wall + gif.wall, 3),
        "mp4_total_s": round(render.wall + mp4.wall, 3),
        "gif_total_cpu_s": round(render.cpu + gif.cpu, 3),
        "mp4_total_cpu_s": round(render.cpu + mp4.cpu, 3),
        "gif_bytes": (d / "spin.gif").stat().st_size,
        "mp4_bytes": (d / "spin.mp4").stat().st_size,
    }


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--size", default="800x1000")
    ap.add_argument("--quality", default="high")
    ap.add_argument("--frames", type=int, default=36)
    ap.add_argument("--turntable-size", default=TURNTABLE_SIZE)
    ap.add_argument("--draped", metavar="FILE.glb",
                    help="a draped garment + body GLB (e.g. from `mtm render -m FILE --garment "
                         "tshirt --glb`) instead of the stand-in")
    args = ap.parse_args()
    size = parse_size(args.size)
    if args.draped:
        body, garment = load_glb(args.draped)
    else:
        body, garment = standin_body(), standin_garment()
    style = SceneStyle(look=fabric_look("stripes"), size=size, quality=args.quality)
    out: dict[str, object] = {
        "size": list(size), "quality": args.quality,
        "body_triangles": 0 if body is None else int(len(body.faces)),
        "garment_triangles": int(len(garment.faces)),
        "renderer": "EGL" if not os.environ.get("DISPLAY") else "X/GLX",
        "vtk": pv.vtk_version_info.__repr__(),
        "scene": Path(args.draped).name if args.draped else "stand-in mannequin + tube",
    }
    out["import_s"] = round(IMPORT_S, 3)  # python + VTK + matplotlib, once per process
    out["load_average_1min"] = round(os.getloadavg()[0], 2)
    with tempfile.TemporaryDirectory() as tmp:
        d = Path(tmp)
        # first scene in the process (after the imports): pays the OpenGL context and the
        # shader compiles
        cold = one_view(body, garment, style, d / "cold.png")
        warm = [one_view(body, garment, style, d / f"warm{i}.png") for i in range(3)]
        best = one_view(body, garment, SceneStyle(look=style.look, size=size, quality="best"),
                        d / "best.png")
        fit = one_view(body, garment, SceneStyle(fit_map="strain", size=size,
                                                 quality=args.quality), d / "fit.png")
        out["one_view"] = {
            "cold_s": round(cold.wall, 3), "cold_cpu_s": round(cold.cpu, 3),
            "warm_s": round(min(c.wall for c in warm), 3),
            "warm_cpu_s": round(min(c.cpu for c in warm), 3),
            "best_quality_s": round(best.wall, 3), "fit_map_s": round(fit.wall, 3),
        }
        out["turntable"] = turntable(body, garment, style, args.frames, d)
        small = SceneStyle(look=style.look, size=parse_size(args.turntable_size),
                           quality=args.quality)
        out["turntable_default_size"] = turntable(body, garment, small, args.frames, d)
    out["turntable_frames"] = args.frames
    out["load_average_1min_end"] = round(os.getloadavg()[0], 2)
    tt = out["turntable_default_size"]
    out["targets_met"] = {
        "one_view_le_2s": out["one_view"]["cold_s"] <= 2.0,
        "turntable_le_20s": max(tt["gif_total_s"], tt["mp4_total_s"]) <= 20.0,
    }
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    main()

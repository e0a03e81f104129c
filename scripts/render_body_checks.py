"""Render fitted bodies (small, median, large ANSUR II subject of each sex) for a visual check.

Usage: python scripts/render_body_checks.py OUT_DIR

Writes ``bodies_<sex>.png``: the three bodies from the front, the side and the back, with the
landmarks; ``bodies_<sex>_detail.png``: close-ups of the left armpit (from the front, below) and
the toes of the left foot (from the front, above) where the blend used to fold the skin, with
flat shading so every triangle shows; and ``bodies_<sex>.json`` with targets and residuals.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import numpy as np
import pyvista as pv

from mtm.bodies.fit import fit_body
from mtm.core.io.ansur import load_ansur

pv.OFF_SCREEN = True
VIEWS = {"front": (0, 0, 1), "side": (1, 0, 0), "back": (0, 0, -1)}


def pick(sex: str):
    """Subjects at the 2nd, 50th and 98th percentile of weight (then hip girth)."""
    people = [m for m in load_ansur(sex) if "weight" in m]
    people.sort(key=lambda m: (m["weight"], m.get("hip_girth", 0.0)))
    n = len(people)
    return {"small": people[int(0.02 * n)], "median": people[n // 2],
            "large": people[int(0.98 * n)]}


def close_ups(plotter, i: int, size: str, body, mesh) -> None:
    """Left armpit (row 0) and left toes (row 1) of one body, in column ``i``."""
    v = body.vertices
    foot = v[(v[:, 1] < 6.0) & (v[:, 0] > 0)]
    toes = foot[foot[:, 2] > np.percentile(foot[:, 2], 80)].mean(0)
    views = (("armpit", body.landmarks["armpit_l"], (0.75, -0.25, 0.6), 80.0),
             ("toes", toes - np.array([2.0, 0.0, 2.0]), (0.2, 0.8, 0.55), 40.0))
    for j, (name, focus, direction, distance) in enumerate(views):
        plotter.subplot(j, i)
        plotter.add_mesh(mesh, color="tan", show_edges=True, edge_color="sienna",
                         line_width=0.5)
        plotter.add_text(f"{size} {name}", font_size=8)
        d = np.asarray(direction) / np.linalg.norm(direction)
        plotter.camera.focal_point = focus
        plotter.camera.position = focus + distance * d
        plotter.camera.up = (0, 1, 0)
        plotter.camera.view_angle = 30.0


def main(out_dir: str) -> None:
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    for sex in ("female", "male"):
        chosen = pick(sex)
        plotter = pv.Plotter(off_screen=True, shape=(1, 9), window_size=(2250, 900))
        detail = pv.Plotter(off_screen=True, shape=(2, 3), window_size=(1800, 1200))
        summary = {}
        for i, (size, ms) in enumerate(chosen.items()):
            body = fit_body(ms)
            summary[size] = {"name": ms.name, "weight": ms.get("weight"),
                             "residuals": {k: round(v, 2) for k, v in body.residuals.items()},
                             "estimated": sorted(body.estimated), "seconds": body.seconds}
            faces = np.hstack([np.full((len(body.faces), 1), 3), body.faces]).ravel()
            mesh = pv.PolyData(body.vertices, faces)
            pts = np.array(list(body.landmarks.values()))
            for j, (view, direction) in enumerate(VIEWS.items()):
                plotter.subplot(0, 3 * i + j)
                plotter.add_mesh(mesh, color="tan", smooth_shading=True)
                plotter.add_points(pts, color="red", point_size=6,
                                   render_points_as_spheres=True)
                plotter.add_text(f"{size} {view}", font_size=8)
                centre = np.array([0.0, 95.0, 0.0])
                plotter.camera.focal_point = centre
                plotter.camera.position = centre + 420.0 * np.array(direction)
                plotter.camera.up = (0, 1, 0)
                plotter.camera.view_angle = 30.0
            close_ups(detail, i, size, body, mesh)
        plotter.screenshot(str(out / f"bodies_{sex}.png"))
        plotter.close()
        detail.screenshot(str(out / f"bodies_{sex}_detail.png"))
        detail.close()
        (out / f"bodies_{sex}.json").write_text(json.dumps(summary, indent=1))
        print(f"wrote {out / f'bodies_{sex}.png'}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "bodies")

"""Does the showroom stay responsive while it turns, changes swatches and compares?

usage: xvfb-run -a -s "-screen 0 1440x900x24" python benchmarks/showroom.py [--drape]

Opens the showroom full screen on the stand-in mannequin (or, with ``--drape``, the sample
customer's T-shirt draped at 3 cm), runs a 20 ms timer on the GUI thread, and reports the gaps
between its ticks (how long the window could not react) during a turntable, a run of swatch
clicks and the compare views, with the turntable's frames per second. Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time


def _stats(gaps: list[float]) -> dict:
    gaps = sorted(gaps)
    if not gaps:
        return {"ticks": 0}
    return {"ticks": len(gaps), "median_ms": round(gaps[len(gaps) // 2], 1),
            "p95_ms": round(gaps[int(0.95 * (len(gaps) - 1))], 1),
            "max_ms": round(gaps[-1], 1)}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--drape", action="store_true",
                        help="show the sample customer's draped T-shirt, not the stand-in")
    parser.add_argument("--seconds", type=float, default=5.0, help="turntable time")
    args = parser.parse_args()
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        print("needs a display: run under xvfb-run -a", file=sys.stderr)
        return 2

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from mtm.app.showroom import COLOURWAYS, LOOKS, Showroom, Variant
    from mtm.render.standin import standin_body, standin_garment

    app = QApplication([sys.argv[0]])
    if args.drape:
        from mtm.app.samples import sample_measurements
        from mtm.bodies.fit import fit_body
        from mtm.core.drape.drape import drape_garment
        from mtm.patterns import get_garment
        from mtm.render.meshes import as_body, as_garment

        ms = sample_measurements()
        body = fit_body(ms)
        spec = get_garment("tshirt")
        draped = [drape_garment(spec.draft(ms.with_estimates(), {"fit": fit}), body,
                                "cotton_jersey", resolution=3.0) for fit in ("regular", "slim")]
        current = Variant("T-shirt: regular", as_body(body), as_garment(draped[0]))
        previous = Variant("T-shirt: slim", as_body(body), as_garment(draped[1]))
    else:
        body = standin_body()
        current = Variant("Tube", body, standin_garment(86.0))
        previous = Variant("Tube: loose", body, standin_garment(100.0))

    room = Showroom(current, previous)
    t0 = time.perf_counter()
    room.start()
    app.processEvents()
    first_view_s = time.perf_counter() - t0
    ticks: list[tuple[float, str]] = []
    phase = ["idle"]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append((time.perf_counter(), phase[0])))
    timer.start(20)

    def run_for(seconds: float) -> None:
        end = time.perf_counter() + seconds
        while time.perf_counter() < end:
            app.processEvents()
            time.sleep(0.002)

    phase[0] = "turntable"
    a0 = room.panes[0].azimuth
    room.turn_button.click()
    run_for(args.seconds)
    room.turn_button.click()
    turned = (room.panes[0].azimuth - a0) % 360.0
    phase[0] = "swatches"
    for i in range(10):
        room.colour_buttons[COLOURWAYS[i % len(COLOURWAYS)][1]].click()
        room.look_buttons[LOOKS[i % len(LOOKS)]].click()
        run_for(0.1)
    phase[0] = "compare"
    room.compare_colour_button.click()
    run_for(0.5)
    room.compare_previous_button.click()
    run_for(0.5)
    room.turn_button.click()
    run_for(args.seconds / 2)
    room.turn_button.click()
    room.close()

    report = {"variant": "sample customer T-shirt 3 cm" if args.drape else "stand-in",
              "cpus": os.cpu_count(), "first_view_s": round(first_view_s, 3),
              "turntable_deg_per_s": round(turned / args.seconds, 1)}
    for name in ("turntable", "swatches", "compare"):
        gaps = [(b - a) * 1000 for (a, pa), (b, pb) in zip(ticks, ticks[1:], strict=False)
                if pa == pb == name]
        report[name] = _stats(gaps)
    print(json.dumps(report))
    return 0


if __name__ == "__main__":
    sys.exit(main())

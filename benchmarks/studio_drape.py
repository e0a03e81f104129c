"""Does the studio's window stay responsive while it fits and drapes?

usage: xvfb-run -a python benchmarks/studio_drape.py [--resolution CM]

Runs the ``--demo`` flow in this process (sample customer, T-shirt, fit and drape in the
background) with a 20 ms timer on the GUI thread, and reports the gaps between its ticks while
the fit/drape job runs (a gap is how long the window could not react), how long the job took,
how long the first 3D display (VTK widget and scene, on the GUI thread) took, and the time from
pressing Drape to the draped garment shown (``pressed_drape_to_shown_s``). Prints JSON.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from pathlib import Path


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--resolution", type=float, default=3.0)
    args = parser.parse_args()
    if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
        print("needs a display: run under xvfb-run -a", file=sys.stderr)
        return 2
    tmp = tempfile.mkdtemp()
    os.environ.update(MTM_CONFIG_DIR=str(Path(tmp) / "config"),
                      MTM_RECOVERY_DIR=str(Path(tmp) / "recovery"),
                      MTM_BOOK=str(Path(tmp) / "book.sqlite"))

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    import mtm.app.demo as demo_module
    from mtm.app.demo import Demo
    from mtm.app.main_window import MainWindow
    from mtm.app.studio import open_book

    demo_module.DEMO_RESOLUTION = args.resolution
    app = QApplication([sys.argv[0]])
    book, error = open_book(None)
    window = MainWindow(book, error)
    window.customer_panel.select_first()
    window.show()
    bench = window.workbench

    ticks: list[tuple[float, bool]] = []  # (time, a fit/drape job is running)
    timer = QTimer(window)
    timer.timeout.connect(lambda: ticks.append((time.perf_counter(), bench.jobs.busy())))
    timer.start(20)
    display: list[float] = []
    original = bench.view3d.set_meshes

    def timed_set_meshes(*a, **k):
        t0 = time.perf_counter()
        original(*a, **k)
        display.append(time.perf_counter() - t0)

    bench.view3d.set_meshes = timed_set_meshes
    pressed: list[float] = []  # when Drape was pressed (the demo presses it once drafted)
    shown: list[float] = []
    original_start = bench.start_drape

    def timed_start_drape(*a, **k):
        pressed.append(time.perf_counter())
        return original_start(*a, **k)

    bench.start_drape = timed_start_drape
    bench.drapeShown.connect(lambda: shown.append(time.perf_counter()))
    demo = Demo(window, None)
    job_times: list[float] = []
    bench.jobs.finished.connect(lambda job, outcome: job_times.append(time.perf_counter()))
    bench.drapeShown.connect(lambda: QTimer.singleShot(1000, lambda: app.exit(0)))
    QTimer.singleShot(0, demo.start)
    t_start = time.perf_counter()
    app.exec()
    bench.shutdown()  # as mtm-studio does after --demo; closing would ask to save the project
    if bench.drape is None:
        print("the demo did not drape", file=sys.stderr)
        return 2
    gaps = [(b - a) * 1000 for (a, busy_a), (b, busy_b) in zip(ticks, ticks[1:], strict=False)
            if busy_a and busy_b]
    gaps.sort()
    report = bench.drape.report
    print(json.dumps({
        "resolution_cm": args.resolution,
        "cpus": os.cpu_count(),
        "load_average_1min": round(os.getloadavg()[0], 2),
        "until_draped_s": round((job_times[-1] if job_times else time.perf_counter())
                                - t_start, 3),
        "pressed_drape_to_shown_s": round(shown[0] - pressed[0], 3)
        if pressed and shown else None,
        "drape_report_seconds": report.get("seconds"),
        "vertices": report.get("vertices"),
        "gui_ticks_during_job": len(gaps),
        "gui_gap_median_ms": round(gaps[len(gaps) // 2], 1) if gaps else None,
        "gui_gap_p95_ms": round(gaps[int(0.95 * (len(gaps) - 1))], 1) if gaps else None,
        "gui_gap_max_ms": round(gaps[-1], 1) if gaps else None,
        "first_3d_display_ms": round(1000 * display[0], 1) if display else None,
    }, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

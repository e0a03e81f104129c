"""The first drape after installing, as issue 16 asks: a fresh clone, ``make run``'s install,
the studio, Drape pressed; seconds from the press to the draped T-shirt in the 3D view.

usage: python benchmarks/first_drape.py [--press-after S] [--full-install] [--keep DIR]
                                        [--screenshot PNG] [--source REPO --branch NAME]

1. ``git clone`` of this repository's checked-out branch (committed work only) into a temp
   folder: it has no numba cache (``__pycache__``, ``*.nbi``/``*.nbc`` are not tracked).
2. The install ``make run`` performs: ``make venv`` in the clone (pip install of the project
   and its test extras, then ``python -m mtm.core.drape.warmup``, which compiles the kernels
   into the clone's own numba cache). To save time the venv is first copied from this
   repository's ``.venv`` (without its install stamp, so ``make venv`` still runs both steps;
   pip then finds every dependency installed and only re-links the project to the clone);
   ``--full-install`` starts from no venv at all (pip downloads/builds everything).
   The clone's numba cache files are counted before and after. (numba 0.68 keys its cache on
   the source file's content hash, not its mtime: a cache compiled in another checkout of the
   same source is used too; but a clone has none, ``__pycache__`` is not tracked.)
3. The studio as ``mtm-studio`` starts it (fresh settings and customer book: the sample
   customer, the T-shirt, the default 2.5 cm mesh), under ``xvfb-run`` when there is no
   display. Once the T-shirt's pattern is shown (and ``--press-after`` seconds more: a user
   looking at the pattern first), Drape is pressed (its action triggered, as a click or
   Ctrl+D does). Measured: from the press until the 3D view has drawn the draped T-shirt
   (``drapeShown``, after the view rendered it, plus the paint that follows).

The studio process is instrumented from outside (the product code carries no timers): each
numba dispatcher's compile-or-load (per kernel module: functions, cache hits and misses,
seconds; a miss means numba compiled), the body fit, the collision field build, the drape's
own steps and the 3D display are timed with wall and CPU seconds, and ``-X importtime`` gives
the import time of the heavy packages. Each phase says how much of it fell between the press
and the draped T-shirt shown. The machine is shared: every timing comes with the load average
and the process's CPU seconds, and the numpy reference workload of ``benchmarks/drape.py``
(seconds; larger means a busier machine). Prints one JSON document.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
#: packages whose import time (``-X importtime``, cumulative, wall) the report gives
IMPORTS = ("numba", "scipy", "trimesh", "vtkmodules", "pyvista", "pyvistaqt",
           "mtm.patterns", "mtm.bodies.fit", "mtm.core.drape.drape", "mtm.render.scene")

#: The studio, run by the clone's python; argv: the out JSON path, press-after seconds,
#: screenshot path ('' for none), timeout seconds.
CHILD = r'''
import importlib.abc, json, os, sys, threading, time

T0 = time.perf_counter()
OUT, PRESS_AFTER, SHOT, TIMEOUT = sys.argv[1], float(sys.argv[2]), sys.argv[3], float(sys.argv[4])
events = []  # (name, thread, start, end, process cpu start, process cpu end, thread cpu)
numba_calls = []  # (module, function, start, exclusive seconds, thread cpu, hits, misses, thread)
marks = {}


def now():
    return time.perf_counter() - T0


def mark(name):
    if name not in marks:
        marks[name] = (round(now(), 3), round(time.process_time(), 3))


def timed(name, func):
    def wrapper(*args, **kwargs):
        t, c, tc = now(), time.process_time(), time.thread_time()
        try:
            return func(*args, **kwargs)
        finally:
            events.append((name, threading.current_thread().name, t, now(), c,
                           time.process_time(), time.thread_time() - tc))
    wrapper.__wrapped__ = func
    return wrapper


def patch(module, names):
    for attr, label in names.items():
        if hasattr(module, attr):
            setattr(module, attr, timed(label, getattr(module, attr)))


_local = threading.local()


def patch_numba(dispatcher_module):
    original = dispatcher_module.Dispatcher.compile

    def compile(self, sig):
        stack = getattr(_local, "stack", None)
        if stack is None:
            stack = _local.stack = []
        hits, misses = sum(self._cache_hits.values()), sum(self._cache_misses.values())
        t, tc = now(), time.thread_time()
        stack.append(0.0)
        try:
            return original(self, sig)
        finally:
            wall = now() - t
            inner = stack.pop()
            if stack:
                stack[-1] += wall
            hit = sum(self._cache_hits.values()) - hits
            miss = sum(self._cache_misses.values()) - misses
            if hit or miss:
                numba_calls.append((self.py_func.__module__, self.py_func.__qualname__, t,
                                    wall - inner, time.thread_time() - tc, hit, miss,
                                    threading.current_thread().name))

    dispatcher_module.Dispatcher.compile = compile


HOOKS = {
    "numba.core.dispatcher": patch_numba,
    "mtm.bodies.fit": lambda m: patch(m, {"fit_body": "body fit"}),
    "mtm.bodies.warmup": lambda m: patch(m, {"compile_kernels": "body kernel warm-up"}),
    "mtm.core.drape.warmup": lambda m: patch(m, {"compile_kernels": "kernel warm-up"}),
    "mtm.core.drape.drape": lambda m: patch(m, {
        "drape_garment": "drape_garment", "build_sdf": "field: body", "close_creases":
        "field: close creases", "assemble": "drape: mesh pieces", "place": "drape: place",
        "build_model": "drape: build model", "simulate": "drape: simulate",
        "measure_drape": "drape: measure"}),
}


class AfterImport(importlib.abc.MetaPathFinder):
    """Runs HOOKS[name](module) right after module ``name`` is executed (any thread)."""

    def find_spec(self, name, path, target=None):
        hook = HOOKS.get(name)
        if hook is None:
            return None
        for finder in sys.meta_path:
            if finder is self or not hasattr(finder, "find_spec"):
                continue
            spec = finder.find_spec(name, path, target)
            if spec is not None:
                break
        else:
            return None
        loader = spec.loader
        original = loader.exec_module

        def exec_module(module):
            original(module)
            hook(module)

        loader.exec_module = exec_module
        return spec


sys.meta_path.insert(0, AfterImport())

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import mtm.app.studio as studio  # noqa: E402
from mtm.app.view3d import View3D  # noqa: E402

View3D.set_meshes = timed("3D display", View3D.set_meshes)
View3D.prepare = timed("3D widget", View3D.prepare)
ticks = []  # GUI thread timer ticks


class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint:
            mark("window painted")
        return False


def finish(window, code):
    if "exit_code" in marks:
        return
    marks["exit_code"] = code
    bench = window.workbench
    drape = bench.drape
    gaps = sorted(b - a for a, b in zip(ticks, ticks[1:]))
    with open(OUT, "w") as f:
        json.dump({"marks": marks, "events": events, "numba": numba_calls,
                   "OPENBLAS_NUM_THREADS": os.environ.get("OPENBLAS_NUM_THREADS"),
                   "gui_gap_max_ms": round(1000 * gaps[-1], 1) if gaps else None,
                   "drape_report": None if drape is None else {
                       k: v for k, v in drape.report.items()
                       if isinstance(v, (int, float, str, bool))}}, f)
    window.form.mark_saved()
    bench.project_dirty = False
    bench.shutdown()
    QApplication.instance().exit(code)


original_init = studio.MainWindow.__init__


def init(self, *args, **kwargs):
    original_init(self, *args, **kwargs)
    mark("window built")
    self.installEventFilter(FirstPaint(self))
    bench = self.workbench
    timer = QTimer(self)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    timer.start(20)

    def on_draft():
        if bench.garment is not None and "pattern shown" not in marks:
            mark("pattern shown")
            QTimer.singleShot(int(1000 * PRESS_AFTER), press)

    def press():
        mark("Drape pressed")
        bench.drape_action.trigger()

    def on_shown():
        mark("drapeShown")
        QTimer.singleShot(0, lambda: (mark("draped T-shirt painted"), after_paint()))

    def after_paint():
        if SHOT:
            studio.save_screenshot(self, __import__("pathlib").Path(SHOT))
        finish(self, 0)

    def on_job(job, outcome):
        if outcome != "done" and getattr(job, "drape", False):
            marks["failure"] = f"{job.title}: {outcome}: {job.error!r}"
            finish(self, 2)

    def poll():
        if bench.warm:
            mark("rooms loaded")
        from mtm.core.drape import warmup
        if warmup.ready():
            mark("kernels ready")
        if bench.garment_panel.ready():
            mark("catalogue ready")
        drapes = bench.drapes
        if drapes.body_key() in drapes._body_cache:
            mark("body prepared")

    bench.draftShown.connect(on_draft)
    bench.drapeShown.connect(on_shown)
    bench.jobs.show_dialogs = False
    bench.jobs.finished.connect(on_job)
    polling = QTimer(self)
    polling.timeout.connect(poll)
    polling.start(10)
    QTimer.singleShot(int(1000 * TIMEOUT), lambda: (marks.update(failure="timed out"),
                                                   finish(self, 3)))


studio.MainWindow.__init__ = init
sys.exit(studio.main([]))
'''


def run(cmd: list[str], cwd: Path | None = None, env: dict | None = None) -> dict:
    """Run ``cmd``; its wall and CPU seconds (children's user+sys) and output tail."""
    before = os.times()
    t = time.perf_counter()
    out = subprocess.run(cmd, cwd=cwd, env=env, capture_output=True, text=True, check=False)
    after = os.times()
    cpu = (after.children_user - before.children_user) + (after.children_system
                                                           - before.children_system)
    if out.returncode != 0:
        raise SystemExit(f"{' '.join(cmd)} failed ({out.returncode}):\n{out.stdout[-3000:]}\n"
                         f"{out.stderr[-3000:]}")
    return {"wall_s": round(time.perf_counter() - t, 2), "cpu_s": round(cpu, 2),
            "stdout": out.stdout, "stderr": out.stderr}


def numba_cache_files(root: Path) -> dict[str, int]:
    """Index files (``*.nbi``, one per cached function) per source folder under ``root``
    (the venv excluded)."""
    counts: dict[str, int] = {}
    for path in root.rglob("*.nbi"):
        rel = path.relative_to(root)
        if rel.parts[0] == ".venv":
            continue
        folder = str(rel.parent.parent)
        counts[folder] = counts.get(folder, 0) + 1
    return dict(sorted(counts.items()))


def import_times(stderr: str) -> dict[str, float]:
    """Cumulative wall seconds of the first import of each of IMPORTS (``-X importtime``)."""
    found: dict[str, float] = {}
    for line in stderr.splitlines():
        m = re.match(r"import time:\s+(\d+) \|\s+(\d+) \|(\s*)(\S+)", line)
        if m and m.group(4) in IMPORTS and m.group(4) not in found:
            found[m.group(4)] = round(int(m.group(2)) / 1e6, 2)
    return found


def overlap(start: float, end: float, lo: float, hi: float) -> float:
    return max(0.0, min(end, hi) - max(start, lo))


def breakdown(child: dict) -> dict:
    """Each phase: wall seconds in all, CPU seconds of its own thread and of the whole
    process meanwhile (numba's worker threads, but also any other thread then), and how much
    of its wall time lay between the press and the draped T-shirt shown."""
    marks = child["marks"]
    press = marks.get("Drape pressed", [None])[0]
    shown = marks.get("draped T-shirt painted", [None])[0]
    lo, hi = (press, shown) if press is not None and shown is not None else (0.0, 0.0)
    phases: dict[str, dict] = {}
    for name, thread, start, end, c0, c1, tcpu in child["events"]:
        p = phases.setdefault(name, {"calls": 0, "wall_s": 0.0, "thread_cpu_s": 0.0,
                                     "process_cpu_s": 0.0, "after_press_wall_s": 0.0,
                                     "threads": []})
        p["calls"] += 1
        p["wall_s"] += end - start
        p["thread_cpu_s"] += tcpu
        p["process_cpu_s"] += c1 - c0
        p["after_press_wall_s"] += overlap(start, end, lo, hi)
        if thread not in p["threads"]:
            p["threads"].append(thread)
    kernels: dict[str, dict] = {}
    for module, func, start, wall, tcpu, hits, misses, _thread in child["numba"]:
        k = kernels.setdefault(module, {"functions": 0, "cache_hits": 0, "cache_misses": 0,
                                        "wall_s": 0.0, "thread_cpu_s": 0.0,
                                        "after_press_wall_s": 0.0, "compiled": []})
        k["functions"] += 1
        k["cache_hits"] += hits
        k["cache_misses"] += misses
        k["wall_s"] += wall
        k["thread_cpu_s"] += tcpu
        k["after_press_wall_s"] += overlap(start, start + wall, lo, hi)
        if misses:
            k["compiled"].append(func)
    for table in (phases, kernels):
        for row in table.values():
            for key in ("wall_s", "thread_cpu_s", "process_cpu_s", "after_press_wall_s"):
                if key in row:
                    row[key] = round(row[key], 2)
    return {"phases": phases, "numba_by_module": kernels}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--source", type=Path, default=HERE.parent,
                        help="repository to clone (default: this one)")
    parser.add_argument("--branch", default="",
                        help="branch to clone (default: the one checked out in --source)")
    parser.add_argument("--press-after", type=float, default=0.0, metavar="S",
                        help="seconds between the pattern shown and pressing Drape (default "
                             "0: pressed as soon as it can be)")
    parser.add_argument("--full-install", action="store_true",
                        help="create the clone's venv from nothing (slow) instead of copying "
                             "this repository's .venv")
    parser.add_argument("--keep", type=Path, metavar="DIR",
                        help="clone into DIR and leave it there (default: a temp folder, "
                             "removed afterwards)")
    parser.add_argument("--screenshot", type=Path, metavar="PNG",
                        help="save the studio window once the draped T-shirt is shown")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds (default 900)")
    args = parser.parse_args()

    source = args.source.resolve()
    branch = args.branch or subprocess.run(
        ["git", "-C", str(source), "rev-parse", "--abbrev-ref", "HEAD"], capture_output=True,
        text=True, check=True).stdout.strip()
    dirty = subprocess.run(["git", "-C", str(source), "status", "--porcelain", "--",
                            ":!.venv"], capture_output=True, text=True,
                           check=True).stdout.strip()
    work = args.keep.resolve() if args.keep else Path(tempfile.mkdtemp(prefix="first-drape-"))
    clone = work / "clone"
    if clone.exists():
        shutil.rmtree(clone)
    load_start = os.getloadavg()
    sys.path.insert(0, str(HERE))
    from drape import reference_seconds  # benchmarks/drape.py's numpy reference workload

    reference_before = reference_seconds()
    try:
        steps = {"clone": run(["git", "clone", "--quiet", "--branch", branch, str(source),
                               str(clone)])}
        commit = subprocess.run(["git", "-C", str(clone), "rev-parse", "--short", "HEAD"],
                                capture_output=True, text=True, check=True).stdout.strip()
        cache_before = numba_cache_files(clone)
        if not args.full_install:
            t = time.perf_counter()
            shutil.copytree(source / ".venv", clone / ".venv", symlinks=True)
            (clone / ".venv" / ".mtm-installed").unlink(missing_ok=True)
            steps["copy venv"] = {"wall_s": round(time.perf_counter() - t, 2)}
        steps["make venv"] = run(["make", "venv"], cwd=clone)
        warm_line = [line for line in steps["make venv"]["stdout"].splitlines()
                     if line.startswith("done in")]
        cache_after = numba_cache_files(clone)

        out = work / "studio.json"
        env = dict(os.environ)
        for key in ("MTM_CONFIG_DIR", "MTM_RECOVERY_DIR", "MTM_BOOK"):
            env.pop(key, None)
        env.update(MTM_CONFIG_DIR=str(work / "config"), MTM_RECOVERY_DIR=str(work / "recovery"),
                   MTM_BOOK=str(work / "book.sqlite"), XDG_DATA_HOME=str(work / "data"),
                   XDG_CONFIG_HOME=str(work / "xdg-config"))
        cmd = [str(clone / ".venv" / "bin" / "python"), "-X", "importtime", "-c", CHILD,
               str(out), str(args.press_after),
               str(args.screenshot.resolve()) if args.screenshot else "", str(args.timeout)]
        if not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY")):
            cmd = ["xvfb-run", "-a", "-s", "-screen 0 1600x1000x24"] + cmd
        load_studio = os.getloadavg()
        try:
            steps["studio"] = run(cmd, cwd=clone, env=env)
        except SystemExit as error:
            steps["studio"] = {"error": str(error)[-3000:]}
        child = json.loads(out.read_text()) if out.exists() else {"marks": {}, "events": [],
                                                                    "numba": []}
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)

    marks = child["marks"]
    press, shown = marks.get("Drape pressed"), marks.get("draped T-shirt painted")
    studio = steps["studio"]
    result = {
        "clone": {"source": str(source), "branch": branch, "commit": commit,
                  "uncommitted_changes_not_measured": bool(dirty)},
        "install": "full (make venv from no venv)" if args.full_install
        else "venv copied from the source repository, then make venv (pip install + warmup)",
        "numba_cache_files_before_install": cache_before,
        "numba_cache_files_after_install": cache_after,
        "install_steps": {k: {kk: vv for kk, vv in v.items() if kk in ("wall_s", "cpu_s")}
                          for k, v in steps.items() if k != "studio"},
        "install_warmups_say": warm_line,
        "press_after_pattern_s": args.press_after,
        "pressed_drape_to_shown_s": round(shown[0] - press[0], 2) if press and shown else None,
        "pressed_drape_to_shown_process_cpu_s": round(shown[1] - press[1], 2)
        if press and shown else None,
        "studio_marks_s": {k: v[0] for k, v in marks.items() if isinstance(v, list)},
        "studio_process_cpu_s_at_marks": {k: v[1] for k, v in marks.items()
                                          if isinstance(v, list)},
        "studio_total": {k: studio.get(k) for k in ("wall_s", "cpu_s")},
        "failure": marks.get("failure") or studio.get("error"),
        **breakdown(child),
        "import_wall_s": import_times(studio.get("stderr", "")),
        "gui_gap_max_ms": child.get("gui_gap_max_ms"),
        "studio_OPENBLAS_NUM_THREADS": child.get("OPENBLAS_NUM_THREADS"),
        "drape_report": child.get("drape_report"),
        "cpus": os.cpu_count(),
        "load_average_1min": {"start": round(load_start[0], 2),
                              "studio_start": round(load_studio[0], 2),
                              "end": round(os.getloadavg()[0], 2)},
        "numpy_reference_s": {"before": round(reference_before, 4),
                              "after": round(reference_seconds(), 4)},
    }
    print(json.dumps(result, indent=1))
    return 0 if result["pressed_drape_to_shown_s"] is not None else 2


if __name__ == "__main__":
    sys.exit(main())

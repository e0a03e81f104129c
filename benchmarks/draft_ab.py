"""Compare the draft time of a garment at another commit with the working tree, fairly on a
busy machine: two worker processes (the other commit's ``core`` and ``patterns`` unpacked with
``git archive``, and this tree) draft the same subjects one after the other, subject by subject,
alternating which goes first, so both see the same load. Each subject's time is the least CPU
time over ``--repeats`` rounds.

usage: python benchmarks/draft_ab.py [--base COMMIT] [--garment NAME] [--limit N] [--repeats R]

Prints one JSON document: per side the median of the per-subject CPU milliseconds, and the
median over subjects of new/base (below 1: the working tree is faster).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]

WORKER = r"""
import sys, time
root, garment, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
if root:
    import importlib.abc, importlib.util
    class Finder(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            parts = name.split(".")
            if len(parts) < 2 or parts[0] != "mtm" or parts[1] not in ("core", "patterns"):
                return None
            base = root + "/" + "/".join(parts[1:])
            for f, pkg in ((base + "/__init__.py", True), (base + ".py", False)):
                import os
                if os.path.exists(f):
                    return importlib.util.spec_from_file_location(
                        name, f, submodule_search_locations=[base] if pkg else None)
            return None
    sys.meta_path.insert(0, Finder())
from mtm.core.io.ansur import load_ansur
from mtm.patterns import get_garment
import mtm.core.garment
here = mtm.core.garment.__file__
assert here.startswith(root) if root else not here.startswith(sys.argv[4]), here
spec = get_garment(garment)
subjects = [s for sex in spec.sexes for s in load_ansur(sex, limit=n, seed=1)]
spec.draft(subjects[0], None)
print(len(subjects), flush=True)
for line in sys.stdin:
    c0 = time.process_time()
    spec.draft(subjects[int(line)], None)
    print((time.process_time() - c0) * 1000.0, flush=True)
"""


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", default="main", help="commit to compare with (default: main)")
    ap.add_argument("--garment", default="jacket")
    ap.add_argument("--limit", type=int, default=25, help="subjects per sex (default 25)")
    ap.add_argument("--repeats", type=int, default=3, help="rounds over the subjects")
    args = ap.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", args.base, "core",
                                  "patterns"], capture_output=True, check=True).stdout
        subprocess.run(["tar", "-x", "-C", tmp], input=archive, check=True)
        workers = {
            side: subprocess.Popen(
                [sys.executable, "-c", WORKER, root, args.garment, str(args.limit), tmp],
                stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, cwd=str(ROOT))
            for side, root in (("base", tmp), ("new", ""))
        }
        counts = {side: int(w.stdout.readline()) for side, w in workers.items()}
        n = min(counts.values())
        best = {side: [float("inf")] * n for side in workers}
        t0 = time.perf_counter()
        for r in range(args.repeats):
            for i in range(n):
                for side in (("base", "new") if (i + r) % 2 else ("new", "base")):
                    w = workers[side]
                    w.stdin.write(f"{i}\n")
                    w.stdin.flush()
                    best[side][i] = min(best[side][i], float(w.stdout.readline()))
        for w in workers.values():
            w.stdin.close()
            w.wait()
    out = {
        "machine": {"cpus": os.cpu_count(), "load_average_1min": os.getloadavg()[0]},
        "garment": args.garment,
        "base": args.base,
        "subjects": n,
        "repeats": args.repeats,
        "median_cpu_ms": {side: round(statistics.median(v), 2) for side, v in best.items()},
        "new_over_base_median": round(statistics.median(
            b / a for a, b in zip(best["base"], best["new"], strict=True)), 3),
        "wall_seconds": round(time.perf_counter() - t0, 1),
    }
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

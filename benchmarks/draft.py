"""Draft every catalogue garment for every ANSUR II subject; print timings and check counts.

usage: python benchmarks/draft.py [--garment NAME]... [--limit N] [--variants N]

For each garment and each sex it is made for, every subject (or ``--limit`` of them, drawn with
a fixed seed) is drafted with the default options; the time of each draft (including its
checks) is measured. ``--variants N`` also drafts N subjects per sex with every value of every
choice option (fit, sleeve, ...). Prints one JSON document: median and 95th-percentile
milliseconds per draft (wall clock, and CPU time of this process), how many subjects drafted,
how many passed every check, and which checks failed how often (with one example each).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from collections import Counter

from mtm.core.io.ansur import load_ansur
from mtm.patterns import garment_names, get_garment


def _run(spec, subjects, options, times=None):
    drafted = passed = 0
    failed: Counter[str] = Counter()
    errors: Counter[str] = Counter()
    example: dict[str, str] = {}
    for ms in subjects:
        t0, c0 = time.perf_counter(), time.process_time()
        try:
            g = spec.draft(ms, options)
        except Exception as error:  # counted and reported, the run goes on
            errors[f"{type(error).__name__}: {error}"[:120]] += 1
            continue
        if times is not None:
            times.append(((time.perf_counter() - t0) * 1000.0, (time.process_time() - c0) * 1000.0))
        drafted += 1
        bad = [c for c in g.checks if not c.passed]
        passed += not bad
        for c in bad:
            failed[c.name] += 1
            example.setdefault(c.name, f"{ms.name}: {c.message}")
    return {
        "subjects": len(subjects),
        "drafted": drafted,
        "all_checks_passed": passed,
        "failed_checks": dict(failed),
        "errors": dict(errors),
        "examples": example,
    }


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--garment", action="append", help="garment(s) to run (default: all)")
    ap.add_argument("--limit", type=int, default=None, help="subjects per sex (default: all)")
    ap.add_argument(
        "--variants",
        type=int,
        default=0,
        help="subjects per sex drafted with every choice-option value",
    )
    args = ap.parse_args(argv)
    population = {sex: load_ansur(sex, limit=args.limit, seed=1) for sex in ("female", "male")}
    out = {
        "machine": {"cpus": os.cpu_count(), "load_average_1min": os.getloadavg()[0]},
        "population": {sex: len(v) for sex, v in population.items()},
        "garments": {},
    }
    for name in args.garment or garment_names():
        spec = get_garment(name)
        spec.draft(population[spec.sexes[0]][0], None)  # warm up imports and caches
        times: list[tuple[float, float]] = []
        result = {"by_sex": {}}
        for sex in spec.sexes:
            result["by_sex"][sex] = _run(spec, population[sex], None, times)
        total = result["by_sex"].values()
        result["subjects"] = sum(r["subjects"] for r in total)
        result["drafted"] = sum(r["drafted"] for r in total)
        result["all_checks_passed"] = sum(r["all_checks_passed"] for r in total)
        wall = sorted(t for t, _ in times)
        cpu = sorted(c for _, c in times)
        result["median_ms"] = round(statistics.median(wall), 2) if wall else None
        result["p95_ms"] = round(wall[int(0.95 * (len(wall) - 1))], 2) if wall else None
        # CPU time of this process: the draft's own cost when other jobs share the cores
        result["median_cpu_ms"] = round(statistics.median(cpu), 2) if cpu else None
        if args.variants:
            variants = {}
            for opt in spec.options:
                for choice in opt.choices:
                    subjects = [s for sex in spec.sexes for s in population[sex][: args.variants]]
                    r = _run(spec, subjects, {opt.name: choice})
                    variants[f"{opt.name}={choice}"] = {
                        k: r[k]
                        for k in (
                            "subjects",
                            "drafted",
                            "all_checks_passed",
                            "failed_checks",
                            "errors",
                        )
                    }
            result["variants"] = variants
        out["garments"][name] = result
        print(
            f"{name}: {result['all_checks_passed']}/{result['subjects']} passed all checks, "
            f"median {result['median_ms']} ms ({result['median_cpu_ms']} ms CPU)",
            file=sys.stderr,
        )
    print(json.dumps(out, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main())

"""Batch throughput: orders per minute for draft + DXF + PDF (and optionally drape) on 1 and 2
workers, over orders drawn from ANSUR II. Prints JSON.

    python benchmarks/batch.py [--orders 200] [--workers 1 2] [--drape] [--scheduler local]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import shutil
import tempfile
from pathlib import Path

from mtm.app.batch import run_batch
from mtm.core.io.ansur import load_ansur

KEYS = ("height", "weight", "chest_girth", "waist_girth", "hip_girth", "neck_base_girth",
        "shoulder_width", "back_waist_length", "arm_length", "upper_arm_girth", "wrist_girth",
        "thigh_girth", "inside_leg", "outside_leg", "waist_to_hip", "crotch_length")
GARMENTS = {"female": ("tshirt", "shirt", "skirt", "trousers", "sheath_dress"),
            "male": ("tshirt", "shirt", "trousers")}


def write_orders(path: Path, count: int, seed: int = 0) -> None:
    from mtm.patterns import GARMENTS as KNOWN

    rng = random.Random(seed)
    people = [("female", ms) for ms in load_ansur("female")] + \
             [("male", ms) for ms in load_ansur("male")]
    rows = []
    for k in range(count):
        sex, ms = rng.choice(people)
        garments = [g for g in GARMENTS[sex] if g in KNOWN]
        row = {"order_id": f"ord{k:05d}", "garment": rng.choice(garments), "sex": sex,
               "units": "cm"}
        row.update({key: round(ms[key], 1) for key in KEYS if key in ms})
        rows.append(row)
    with open(path, "w", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=["order_id", "garment", "sex", "units", *KEYS])
        writer.writeheader()
        writer.writerows(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--orders", type=int, default=200)
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2])
    parser.add_argument("--drape", action="store_true")
    parser.add_argument("--scheduler", default=None)
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="mtm-batch-bench-"))
    orders = work / "orders.csv"
    write_orders(orders, args.orders)
    result = {"orders": args.orders, "drape": args.drape, "scheduler": args.scheduler,
              "runs": []}
    try:
        for workers in args.workers:
            out = work / f"out{workers}"
            summary = run_batch(orders, out, workers=workers, scheduler=args.scheduler,
                                drape=args.drape)
            result["runs"].append({
                "workers": workers, "seconds": round(summary.seconds, 2),
                "orders_per_minute": round(summary.orders_per_minute, 1),
                "done": summary.done, "failed": summary.failed})
        if len(result["runs"]) >= 2:
            result["speedup"] = round(result["runs"][-1]["orders_per_minute"]
                                      / result["runs"][0]["orders_per_minute"], 2)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(json.dumps(result, indent=1))


if __name__ == "__main__":
    main()

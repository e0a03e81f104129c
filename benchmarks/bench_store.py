"""Customer book speed: opening (header check + quick_check), saving and reading history.

Prints JSON. Usage: ``python benchmarks/bench_store.py [--customers N] [--versions V]``.
Builds a throw-away book in a temporary folder.
"""

from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from pathlib import Path

from mtm.core.measurements import MeasurementSet
from mtm.core.store import CustomerBook

BASE = {"height": 165.0, "weight": 61.0, "neck_base_girth": 36.0, "chest_girth": 92.0,
        "underbust_girth": 78.0, "waist_girth": 74.0, "hip_girth": 100.0,
        "shoulder_width": 38.0, "back_waist_length": 41.0, "arm_length": 58.0,
        "upper_arm_girth": 28.0, "wrist_girth": 15.5, "thigh_girth": 57.0, "knee_girth": 37.0,
        "calf_girth": 36.0, "ankle_girth": 22.0, "inside_leg": 77.0, "outside_leg": 102.0,
        "crotch_length": 66.0, "across_back_width": 35.0, "across_front_width": 33.0,
        "bust_point_distance": 19.0, "waist_to_hip": 20.0, "head_girth": 56.0}


def _ms(i: int) -> MeasurementSet:
    return MeasurementSet.from_mapping({k: v + (i % 7) * 0.1 for k, v in BASE.items()},
                                       sex="female", name=f"Customer {i}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--versions", type=int, default=5)
    parser.add_argument("--single-saves", type=int, default=100)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "book.sqlite"
        t0 = time.perf_counter()
        with CustomerBook(path) as book, book.transaction():
            for i in range(args.customers):
                customer = book.add_customer(f"Customer {i}", sex="female")
                for v in range(args.versions):
                    book.save_measurements(customer.id, _ms(i + v), note=f"v{v}")
        fill_s = time.perf_counter() - t0

        opens = []
        for _ in range(5):
            t0 = time.perf_counter()
            CustomerBook(path).close()
            opens.append(time.perf_counter() - t0)

        with CustomerBook(path) as book:
            single = []
            for i in range(args.single_saves):
                t0 = time.perf_counter()
                book.save_measurements(1 + i % args.customers, _ms(i), note="single")
                single.append(time.perf_counter() - t0)
            reads = []
            for i in range(200):
                t0 = time.perf_counter()
                book.measurement_history(1 + (i * 37) % args.customers)
                reads.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            listed = book.customers()
            list_s = time.perf_counter() - t0
            t0 = time.perf_counter()
            found = book.customers(search="Customer 19")
            search_s = time.perf_counter() - t0
        size = path.stat().st_size
    print(json.dumps({
        "customers": args.customers,
        "versions_per_customer": args.versions,
        "measurement_rows": args.customers * args.versions + args.single_saves,
        "file_mb": round(size / 1e6, 2),
        "fill_one_transaction_s": round(fill_s, 3),
        "open_median_ms": round(statistics.median(opens) * 1e3, 2),
        "save_one_version_median_ms": round(statistics.median(single) * 1e3, 3),
        "save_one_version_p95_ms": round(sorted(single)[int(0.95 * len(single))] * 1e3, 3),
        "history_read_median_ms": round(statistics.median(reads) * 1e3, 3),
        "list_all_ms": round(list_s * 1e3, 2),
        "listed": len(listed),
        "search_ms": round(search_s * 1e3, 2),
        "search_hits": len(found),
    }, indent=2))


if __name__ == "__main__":
    main()

"""``mtm batch ORDERS --out DIR``: draft, check and export every order of a file."""

from __future__ import annotations

import argparse
import sys

from mtm.core.errors import InputError


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "batch", help="draft, check and export every order of a CSV / JSON-lines file",
        description="Each order gets its own folder (pattern.json, pattern.dxf, pattern.pdf, "
                    "result.json) and a line in DIR/summary.csv. A bad order is reported and "
                    "skipped; a rerun skips orders already done, so a stopped batch resumes.")
    parser.add_argument("orders", metavar="ORDERS", help="orders file (.csv or .jsonl)")
    parser.add_argument("--out", required=True, metavar="DIR", help="output folder")
    parser.add_argument("--workers", type=int, default=None,
                        help="worker processes (default: every core)")
    parser.add_argument("--scheduler", default=None, metavar="ADDRESS",
                        help="run on a Dask cluster: 'local' starts a LocalCluster here, "
                             "otherwise the scheduler address (tcp://host:8786)")
    parser.add_argument("--paper", default="roll:914",
                        help="PDF paper: a4, letter or roll:<width mm> (default roll:914)")
    parser.add_argument("--fabric-width", type=float, default=150.0,
                        help="fabric width for the fabric length, cm (150)")
    parser.add_argument("--marker-time", type=float, default=0.0,
                        help="seconds of marker search per order (0: greedy, reproducible)")
    parser.add_argument("--drape", action="store_true",
                        help="also fit the body, drape and render a PNG per order")
    parser.add_argument("--book", default=None, help="customer book for customer_id orders")
    parser.add_argument("--quiet", action="store_true", help="no progress bar")
    parser.set_defaults(func=run)


def _bar(done: int, failed: int, total: int) -> None:
    finished = done + failed
    width = 30
    filled = int(width * finished / total) if total else width
    sys.stderr.write(f"\r[{'#' * filled}{'.' * (width - filled)}] {finished}/{total} orders, "
                     f"{done} done, {failed} failed")
    if finished == total:
        sys.stderr.write("\n")
    sys.stderr.flush()


def run(args: argparse.Namespace) -> int:
    from mtm.app.batch import run_batch

    if args.workers is not None and args.workers < 1:
        raise InputError(f"must be 1 or more, got {args.workers}", field="--workers")
    summary = run_batch(args.orders, args.out, workers=args.workers, scheduler=args.scheduler,
                        paper=args.paper, fabric_width=args.fabric_width,
                        marker_seconds=args.marker_time, drape=args.drape, book=args.book,
                        progress=None if args.quiet else _bar)
    print(f"{summary.orders} orders: {summary.done} done ({summary.resumed} already done "
          f"before), {summary.failed} failed, {summary.seconds:.1f} s, "
          f"{summary.orders_per_minute:.0f} orders/min; see {args.out}/summary.csv")
    return 0

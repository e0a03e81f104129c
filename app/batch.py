"""Batch production: every order of a file drafted, checked and exported into its own folder.

For each order: validate the measurements, draft the garment (made to measure, or a size of
the garment's size table), run the checks, write ``pattern.json``, an AAMA/ASTM DXF and a PDF,
and lay the pieces on the fabric to know the fabric length; with ``drape`` also fit the body,
drape and render a PNG. Each order ends with ``result.json`` written last and atomically, so a
batch killed half way resumes where it stopped: an order whose result carries the same input
fingerprint and whose files are all there is not done again. A bad order is reported in
``summary.csv`` with its reason and never stops the batch.

Outputs are the same byte for byte however the batch runs (one process, a pool, a Dask
cluster): every file depends only on the order and the batch settings, the DXF creation date
is the orders file's modification time, the PDF is written invariant and the marker uses the
deterministic greedy lay (``marker_seconds=0``) unless asked to search.
"""

from __future__ import annotations

import csv
import datetime as dt
import hashlib
import io
import json
import os
import time
from collections.abc import Callable, Iterable
from concurrent.futures import ProcessPoolExecutor, as_completed
from dataclasses import asdict, dataclass, field
from pathlib import Path

from mtm.app.orders import Order, read_orders
from mtm.core.errors import MtmError
from mtm.core.io.atomic import atomic_write_bytes
from mtm.core.measurements import MeasurementSet, validate

SUMMARY_COLUMNS = ("order_id", "status", "garment", "size", "checks_passed", "checks_failed",
                   "fabric_length_cm", "efficiency", "seconds", "reason")


@dataclass(frozen=True)
class BatchSettings:
    """What every order of one batch shares."""

    out_dir: str
    created: str  # ISO timestamp written into the DXF style text
    paper: str = "roll:914"
    fabric_width: float = 150.0
    marker_seconds: float = 0.0
    drape: bool = False
    book: str | None = None
    dxf_mode: str = "standard"


@dataclass(frozen=True)
class OrderResult:
    """How one order went; one line of ``summary.csv``."""

    order_id: str
    status: str  # done | failed
    garment: str = ""
    size: str = ""
    checks_passed: int = 0
    checks_failed: int = 0
    fabric_length_cm: float | None = None
    efficiency: float | None = None
    seconds: float = 0.0
    reason: str = ""
    resumed: bool = False
    fingerprint: str = ""
    files: dict = field(default_factory=dict)
    #: markers of the other fabrics (lining, interfacing): fabric -> length_cm, efficiency
    other_markers: dict = field(default_factory=dict)


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()[:16]


def _fingerprint(order: Order, settings: BatchSettings) -> str:
    shared = {k: v for k, v in asdict(settings).items() if k != "out_dir"}
    text = json.dumps({"order": order.to_dict(), "settings": shared}, sort_keys=True,
                      default=str)
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def _previous(folder: Path, fingerprint: str) -> OrderResult | None:
    """The finished result of an earlier run of this very order, if its files are intact."""
    path = folder / "result.json"
    try:
        data = json.loads(path.read_text())
    except (OSError, ValueError):
        return None
    if data.get("fingerprint") != fingerprint or data.get("status") != "done":
        return None
    for name, digest in data.get("files", {}).items():
        file = folder / name
        if not file.is_file() or _digest(file) != digest:
            return None
    data["resumed"] = True
    return OrderResult(**data)


def _measurements(order: Order, settings: BatchSettings) -> MeasurementSet:
    if order.customer_id:
        from mtm.core.store import CustomerBook

        book = CustomerBook(settings.book) if settings.book else CustomerBook()
        customer = book.find(order.customer_id)
        ms = book.latest_measurements(customer.id)
        if ms is None:
            raise MtmError("customer has no measurements in the book",
                           field=f"customer {order.customer_id}")
        overrides = MeasurementSet.from_mapping(order.measurements, units=order.units)
        values = {**ms.values, **overrides.values}
        return ms.replace(values=values, invalid={**ms.invalid, **overrides.invalid},
                          sex=ms.sex or (order.sex or None))
    return MeasurementSet.from_mapping(order.measurements, units=order.units,
                                       sex=order.sex or None, name=order.order_id)


def process_order(order: Order, settings: BatchSettings) -> OrderResult:
    """Do one order completely (or report why not); safe to call in any worker process."""
    start = time.perf_counter()
    folder = Path(settings.out_dir) / order.order_id
    fingerprint = _fingerprint(order, settings)
    if order.error:
        return OrderResult(order.order_id, "failed", order.garment, reason=order.error,
                           fingerprint=fingerprint)
    previous = _previous(folder, fingerprint)
    if previous is not None:
        return previous
    try:
        result = _make(order, settings, folder, fingerprint, start)
    except MtmError as error:
        result = OrderResult(order.order_id, "failed", order.garment, order.size or "MTM",
                             seconds=round(time.perf_counter() - start, 3),
                             reason=str(error), fingerprint=fingerprint)
    return result


def _make(order: Order, settings: BatchSettings, folder: Path, fingerprint: str,
          start: float) -> OrderResult:
    from mtm.core.io import aama_dxf, pattern_json, pdf_output
    from mtm.core.marker import garment_fabrics, items_from_garment, nest
    from mtm.core.size_tables import load_size_table
    from mtm.patterns import get_garment

    spec = get_garment(order.garment)
    ms = _measurements(order, settings)
    errors = [p for p in validate(ms) if p.severity == "error"]
    if errors:
        raise MtmError("; ".join(f"{p.key}: {p.message}" for p in errors[:3]),
                       field="measurements")
    if ms.sex and ms.sex not in spec.sexes:
        raise MtmError(f"{spec.name} is drafted for {', '.join(spec.sexes)} only",
                       field="sex")
    size = "MTM"
    if order.size:
        table = load_size_table("women" if ms.sex == "female" else "men")
        ms = table[order.size].replace(name=order.order_id)
        size = order.size
    garment = spec.draft(ms.with_estimates(), dict(order.options))
    if size != "MTM":
        from dataclasses import replace

        garment = replace(garment, size=size)
    passed = sum(1 for c in garment.checks if c.passed)
    failed = [c for c in garment.checks if not c.passed]

    folder.mkdir(parents=True, exist_ok=True)
    for stray in folder.glob(".*.tmp"):  # left by a worker killed while writing
        stray.unlink(missing_ok=True)
    files: dict[str, str] = {}
    pattern_json.write_pattern(garment, folder / "pattern.json")
    created = dt.datetime.fromisoformat(settings.created)
    cut = aama_dxf.cut_file(garment, style=f"{order.order_id} {garment.name}",
                            author="MTM Studio batch", created=created)
    aama_dxf.write_aama(cut, folder / "pattern.dxf", mode=settings.dxf_mode)
    pdf_output.write_pdf(cut, folder / "pattern.pdf", settings.paper)
    # one marker per fabric (shell, lining, interfacing are different cloths); the shell's
    # length is the order's fabric length
    markers = {fab: nest(items_from_garment(garment, order.order_id, fabric=fab),
                         settings.fabric_width, time_limit=settings.marker_seconds)
               for fab in garment_fabrics(garment)}
    marker = markers.get("shell") or next(iter(markers.values()))
    others = {fab: {"length_cm": round(mk.length, 1), "efficiency": round(mk.efficiency, 4),
                    "pieces": len(mk.placements)}
              for fab, mk in markers.items() if mk is not marker}
    if settings.drape:
        _drape(garment, ms, order, folder)
    for name in sorted(os.listdir(folder)):
        if not name.startswith(".") and name != "result.json":
            files[name] = _digest(folder / name)
    result = OrderResult(
        order.order_id, "done", garment.name, size, passed, len(failed),
        round(marker.length, 1), round(marker.efficiency, 4),
        round(time.perf_counter() - start, 3),
        reason="; ".join(c.message for c in failed[:3]), fingerprint=fingerprint, files=files,
        other_markers=others)
    record = {k: v for k, v in asdict(result).items() if k not in ("resumed", "seconds")}
    text = json.dumps(record, indent=1, sort_keys=True)
    atomic_write_bytes(folder / "result.json", text.encode())
    return result


def _drape(garment, ms: MeasurementSet, order: Order, folder: Path) -> None:
    """Fit the body, drape the garment on it and render a PNG into the order's folder."""
    from mtm.bodies.fit import fit_body
    from mtm.core.drape import drape_garment
    from mtm.render.meshes import as_body, as_garment
    from mtm.render.png import render_png

    body = fit_body(ms)
    draped = drape_garment(garment, body, order.fabric or "cotton_jersey")
    render_png(folder / "preview.png", as_body(body), as_garment(draped))


def write_summary(results: Iterable[OrderResult], path: Path) -> None:
    """``summary.csv``: one line per order in file order (written atomically)."""
    stream = io.StringIO()
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(SUMMARY_COLUMNS)
    for r in results:
        writer.writerow([r.order_id, r.status, r.garment, r.size, r.checks_passed,
                         r.checks_failed, "" if r.fabric_length_cm is None else r.fabric_length_cm,
                         "" if r.efficiency is None else r.efficiency, r.seconds, r.reason])
    atomic_write_bytes(path, stream.getvalue().encode())


@dataclass(frozen=True)
class BatchSummary:
    """Counts and timing of a finished batch."""

    orders: int
    done: int
    failed: int
    resumed: int
    seconds: float

    @property
    def orders_per_minute(self) -> float:
        return 60.0 * self.orders / self.seconds if self.seconds else 0.0


def run_batch(
    orders_path: str | Path,
    out_dir: str | Path,
    *,
    workers: int | None = None,
    scheduler: str | None = None,
    paper: str = "roll:914",
    fabric_width: float = 150.0,
    marker_seconds: float = 0.0,
    drape: bool = False,
    book: str | None = None,
    progress: Callable[[int, int, int], None] | None = None,
) -> BatchSummary:
    """Run every order of ``orders_path`` into ``out_dir``.

    ``scheduler``: None for a local process pool of ``workers`` (default: all cores), 'local'
    for a Dask ``LocalCluster`` on this machine, or the address of a Dask scheduler.
    ``progress(done, failed, total)`` is called after each order.
    """
    start = time.perf_counter()
    orders = read_orders(orders_path)
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    created = dt.datetime.fromtimestamp(int(os.stat(orders_path).st_mtime), dt.UTC)
    settings = BatchSettings(out_dir=str(out.resolve()),
                             created=created.replace(tzinfo=None).isoformat(), paper=paper,
                             fabric_width=fabric_width, marker_seconds=marker_seconds,
                             drape=drape, book=book)
    results: dict[str, OrderResult] = {}
    counts = {"done": 0, "failed": 0}

    def finished(result: OrderResult) -> None:
        results[result.order_id] = result
        counts["done" if result.status == "done" else "failed"] += 1
        if progress:
            progress(counts["done"], counts["failed"], len(orders))
        if len(results) % 25 == 0:
            write_summary([results[o.order_id] for o in orders if o.order_id in results],
                          out / "summary.csv")

    for result in _execute(orders, settings, workers, scheduler):
        finished(result)
    write_summary([results[o.order_id] for o in orders], out / "summary.csv")
    resumed = sum(1 for r in results.values() if r.resumed)
    return BatchSummary(orders=len(orders), done=counts["done"], failed=counts["failed"],
                        resumed=resumed, seconds=time.perf_counter() - start)


def _execute(orders: list[Order], settings: BatchSettings, workers: int | None,
             scheduler: str | None) -> Iterable[OrderResult]:
    """Yield results as orders finish, on the chosen executor."""
    if scheduler:
        yield from _execute_dask(orders, settings, workers, scheduler)
        return
    workers = workers or os.cpu_count() or 1
    if workers == 1:
        for order in orders:
            yield process_order(order, settings)
        return
    with ProcessPoolExecutor(max_workers=workers) as pool:
        futures = [pool.submit(process_order, order, settings) for order in orders]
        for future in as_completed(futures):
            yield future.result()


def _execute_dask(orders: list[Order], settings: BatchSettings, workers: int | None,
                  scheduler: str) -> Iterable[OrderResult]:
    from dask.distributed import Client, LocalCluster
    from dask.distributed import as_completed as dask_completed

    cluster = None
    try:
        if scheduler == "local":
            cluster = LocalCluster(n_workers=workers or os.cpu_count() or 1,
                                   threads_per_worker=1, processes=True,
                                   dashboard_address=None)
            client = Client(cluster)
        else:
            try:
                client = Client(scheduler, timeout="10s")
            except OSError as error:
                raise MtmError(f"cannot reach the Dask scheduler ({error})",
                               field="--scheduler") from None
        with client:
            futures = client.map(process_order, orders, settings=settings, pure=False)
            for future in dask_completed(futures):
                yield future.result()
    finally:
        if cluster is not None:
            cluster.close()

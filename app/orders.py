"""Order files for batch production: CSV or JSON lines, one made-to-measure order a row.

CSV columns: ``order_id, garment, sex, units``, then measurement keys of the catalogue, and
optionally ``customer_id`` (measurements from the customer book), ``fabric``, ``size`` (a size
of the garment's size table instead of MTM) and ``option.<name>`` columns. A JSON-lines file
holds one object per line with the same names, measurements under ``"measurements"`` and
options under ``"options"``. A bad row does not stop the file: it becomes an order carrying the
reason, which the batch reports and skips.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path

from mtm.core.errors import InputError
from mtm.core.measurements import CATALOGUE

MAX_ORDERS_BYTES = 200 * 1024 * 1024
BASE_COLUMNS = ("order_id", "garment", "sex", "units", "customer_id", "fabric", "size")


@dataclass(frozen=True)
class Order:
    """One order as read from the file; ``error`` is set when the row itself is unusable."""

    order_id: str
    garment: str = ""
    sex: str = ""
    units: str = "cm"
    measurements: Mapping[str, object] = field(default_factory=dict)
    options: Mapping[str, object] = field(default_factory=dict)
    customer_id: str = ""
    fabric: str = ""
    size: str = ""
    line: int = 0
    error: str = ""

    def to_dict(self) -> dict:
        return {
            "order_id": self.order_id, "garment": self.garment, "sex": self.sex,
            "units": self.units, "measurements": dict(self.measurements),
            "options": dict(self.options), "customer_id": self.customer_id,
            "fabric": self.fabric, "size": self.size,
        }

    def fingerprint(self) -> str:
        """A hash of everything that decides this order's output (for resuming a batch)."""
        text = json.dumps(self.to_dict(), sort_keys=True, default=str)
        return hashlib.sha256(text.encode()).hexdigest()[:16]


def _safe_id(text: str, line: int) -> str:
    cleaned = "".join(c if c.isalnum() or c in "-_." else "_" for c in text.strip())
    return cleaned.strip("._") or f"line{line}"


def _from_row(row: Mapping[str, object], line: int) -> Order:
    raw_id = str(row.get("order_id") or "").strip()
    order_id = _safe_id(raw_id, line)
    measurements = {}
    options = {}
    nested = row.get("measurements")
    if isinstance(nested, Mapping):
        measurements.update(nested)
    nested_options = row.get("options")
    if isinstance(nested_options, Mapping):
        options.update(nested_options)
    for key, value in row.items():
        if key is None:
            continue
        if key.startswith("option."):
            if value not in (None, ""):
                options[key[len("option."):]] = value
        elif key in CATALOGUE:
            measurements[key] = value
    error = ""
    if not raw_id:
        error = f"line {line}: order_id is empty; every order needs an id"
    elif not str(row.get("garment") or "").strip():
        error = f"order {raw_id}: garment is empty; name a garment (e.g. tshirt)"
    return Order(
        order_id=order_id,
        garment=str(row.get("garment") or "").strip(),
        sex=str(row.get("sex") or "").strip(),
        units=str(row.get("units") or "cm").strip() or "cm",
        measurements=measurements,
        options=options,
        customer_id=str(row.get("customer_id") or "").strip(),
        fabric=str(row.get("fabric") or "").strip(),
        size=str(row.get("size") or "").strip(),
        line=line,
        error=error,
    )


def read_orders(path: str | Path) -> list[Order]:
    """All orders of a CSV (``.csv``) or JSON-lines (``.jsonl``/``.ndjson``) file.

    Raises ``InputError`` only when the file as a whole cannot be read; a bad row becomes an
    order with ``error`` set. Repeated order ids get ``-2``, ``-3`` ... so no folder is shared.
    """
    source = Path(path)
    if not source.is_file():
        raise InputError("no such orders file", source=str(source))
    if source.stat().st_size > MAX_ORDERS_BYTES:
        raise InputError("orders file is larger than 200 MB; split it", source=str(source))
    try:
        text = source.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("orders file is not UTF-8 text", source=str(source)) from None
    suffix = source.suffix.lower()
    if suffix in (".jsonl", ".ndjson", ".json"):
        orders = []
        for number, line in enumerate(text.splitlines(), start=1):
            if not line.strip():
                continue
            try:
                row = json.loads(line)
            except json.JSONDecodeError as error:
                orders.append(Order(order_id=f"line{number}", line=number,
                                    error=f"line {number}: not valid JSON ({error.msg})"))
                continue
            if not isinstance(row, dict):
                orders.append(Order(order_id=f"line{number}", line=number,
                                    error=f"line {number}: expected a JSON object"))
                continue
            orders.append(_from_row(row, number))
    elif suffix == ".csv":
        reader = csv.DictReader(io.StringIO(text))
        if not reader.fieldnames or "order_id" not in reader.fieldnames:
            raise InputError("CSV header must start with order_id, garment, sex, units",
                             source=str(source))
        orders = [_from_row(row, number) for number, row in enumerate(reader, start=2)]
    else:
        raise InputError(f"unknown orders file type {suffix!r}; expected .csv or .jsonl",
                         source=str(source))
    if not orders:
        raise InputError("the orders file holds no orders", source=str(source))
    seen: dict[str, int] = {}
    unique = []
    for order in orders:
        count = seen.get(order.order_id, 0) + 1
        seen[order.order_id] = count
        if count > 1:
            order = Order(**{**order.__dict__, "order_id": f"{order.order_id}-{count}"})
        unique.append(order)
    return unique

"""``mtm customers add|list|show|import|export``: the customer book from the command line.

Every verb takes ``--book PATH`` (default: ``$MTM_BOOK``, else ``customers.sqlite`` in the
user's data folder). Reading verbs never create a book. Measurements read from files are
validated first: a set with errors is refused (nothing is written), warnings are printed.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import datetime
from pathlib import Path

from mtm.core.errors import InputError, MeasurementError
from mtm.core.io.json_format import to_json_dict
from mtm.core.io.measurement_files import (
    READ_EXTENSIONS,
    WRITE_EXTENSIONS,
    read_measurement_table,
    read_measurements,
    write_measurements,
)
from mtm.core.measurements import CATALOGUE, SEXES, MeasurementSet, validate
from mtm.core.store import (
    Customer,
    CustomerBook,
    MeasurementVersion,
    Order,
    clean_name,
    default_book_path,
)

_TABLE_EXTENSIONS = (".vst", ".smms")  # multisize tables: sizes, not customers


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "customers", help="the customer book: customers, measurement history, orders",
        description="Keep customers and every version of their measurements in the customer "
                    "book (an SQLite file; default $MTM_BOOK or the user's data folder).")
    verbs = parser.add_subparsers(dest="customers_command", metavar="VERB", required=True)
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--book", metavar="PATH",
                        help="customer book file (default: $MTM_BOOK, else "
                             "customers.sqlite in the user's data folder)")

    add = verbs.add_parser(
        "add", parents=[common], help="add a customer, optionally with measurements",
        description="Add a customer. With --measurements FILE the file's measurements are "
                    "validated and saved as the customer's first measurement version.")
    add.add_argument("name", metavar="NAME", help="the customer's name")
    add.add_argument("--sex", choices=SEXES, help="female or male (default: from the file)")
    add.add_argument("--measurements", metavar="FILE",
                     help=f"measurement file ({', '.join(READ_EXTENSIONS[:4])})")
    add.add_argument("--email", default="", help="e-mail address")
    add.add_argument("--phone", default="", help="telephone number")
    add.add_argument("--notes", default="", help="free notes about the customer")
    add.add_argument("--note", default="", help="note stored with the measurement version")
    add.add_argument("--json", action="store_true", help="print the new customer as JSON")
    add.set_defaults(func=run_add)

    listing = verbs.add_parser(
        "list", parents=[common], help="list customers",
        description="List customers by name with how often they were measured.")
    listing.add_argument("--search", metavar="TEXT",
                         help="only customers whose name, email, phone or notes contain TEXT")
    listing.add_argument("--json", action="store_true", help="print a JSON list")
    listing.set_defaults(func=run_list)

    show = verbs.add_parser(
        "show", parents=[common], help="show a customer, their measurements and orders",
        description="Show a customer (by id or exact name), their latest measurements "
                    "(cm, weight kg) and orders.")
    show.add_argument("customer", metavar="ID|NAME", help="customer id or exact name")
    show.add_argument("--history", action="store_true",
                      help="also show every measurement version and what changed")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=run_show)

    imp = verbs.add_parser(
        "import", parents=[common], help="create customers from a measurement file",
        description="Create one customer per set in FILE (a CSV table with name, sex, units "
                    "and measurement columns; an mtm JSON file; a Seamly2D .vit/.smis file) "
                    "with its measurements as version 1. Every set is validated first; if "
                    "any has errors nothing is imported.")
    imp.add_argument("file", metavar="FILE", help="measurement file to import")
    imp.add_argument("--update-existing", action="store_true",
                     help="save a new measurement version for a customer of the same name "
                          "instead of adding a second customer")
    imp.add_argument("--note", default="", help="note stored with each measurement version")
    imp.set_defaults(func=run_import)

    exp = verbs.add_parser(
        "export", parents=[common], help="write a customer's measurements to a file",
        description="Write a customer's latest (or --version N) measurements to OUT, by "
                    f"extension ({', '.join(WRITE_EXTENSIONS)}).")
    exp.add_argument("customer", metavar="ID|NAME", help="customer id or exact name")
    exp.add_argument("output", metavar="OUT", help="file to write")
    exp.add_argument("--version", type=int, metavar="N", help="measurement version to export")
    exp.add_argument("--units", choices=("cm", "mm", "in"),
                     help="length units of the file (default: those the measurements were "
                          "taken in; weight is kg)")
    exp.set_defaults(func=run_export)


# -- helpers ----------------------------------------------------------------------------------

def _book_path(args: argparse.Namespace) -> Path:
    return Path(args.book).expanduser() if args.book else default_book_path()


def _open(args: argparse.Namespace, create: bool) -> CustomerBook:
    return CustomerBook(_book_path(args), create=create)


def _stamp(moment: datetime | None) -> str:
    return moment.strftime("%Y-%m-%d %H:%M UTC") if moment else "-"


def _iso(moment: datetime | None) -> str | None:
    return moment.isoformat().replace("+00:00", "Z") if moment else None


def _checked(ms: MeasurementSet, source: str, warnings: list[str], who: str = ""
             ) -> MeasurementSet:
    """Refuse a set with errors (MeasurementError naming the file and key); collect warnings
    (printed only once everything passed, so a refusal stays one line)."""
    prefix = f"{who}: " if who else ""
    problems = validate(ms)
    for problem in problems:
        if problem.severity == "error":
            raise MeasurementError(f"{prefix}{problem.message}; nothing was saved",
                                   field=problem.key, source=source)
    warnings.extend(f"warning: {source}: {prefix}{p.key}: {p.message}" for p in problems)
    return ms


def _warn(warnings: list[str]) -> None:
    for line in warnings:
        print(line, file=sys.stderr)


def _customer_json(customer: Customer) -> dict:
    return {"id": customer.id, "name": customer.name, "sex": customer.sex,
            "email": customer.email, "phone": customer.phone, "notes": customer.notes,
            "created": _iso(customer.created)}


def _version_json(version: MeasurementVersion) -> dict:
    data = to_json_dict(version.measurements, "cm")
    data.update(version=version.version, saved=_iso(version.timestamp),
                taken_in=version.units, note=version.note,
                estimated=sorted(version.measurements.estimated))
    return data


def _order_json(order: Order) -> dict:
    return {"id": order.id, "garment": order.garment, "options": dict(order.options),
            "fabric": order.fabric, "status": order.status,
            "measurement_version": order.measurement_version,
            "created": _iso(order.created), "updated": _iso(order.updated)}


def _print_json(data: object) -> None:
    print(json.dumps(data, indent=2, ensure_ascii=False))


def _label(key: str) -> str:
    return CATALOGUE[key].label if key in CATALOGUE else key


def _value(key: str, value: float) -> str:
    unit = CATALOGUE[key].unit if key in CATALOGUE else "cm"
    return f"{value:.1f} {unit}"


def _ordered_keys(ms: MeasurementSet) -> list[str]:
    return [k for k in CATALOGUE if k in ms.values] + sorted(ms.extra)


def _all_values(ms: MeasurementSet) -> dict[str, float]:
    return {**ms.values, **ms.extra}


# -- verbs ------------------------------------------------------------------------------------

def run_add(args: argparse.Namespace) -> int:
    ms = None
    warnings: list[str] = []
    if args.measurements:
        ms = _checked(read_measurements(args.measurements), args.measurements, warnings)
        if args.sex and ms.sex and ms.sex != args.sex:
            raise InputError(f"--sex {args.sex} but the file says {ms.sex}; correct one of "
                             "them", field="sex", source=args.measurements)
        ms = ms.replace(name=clean_name(args.name), sex=args.sex or ms.sex)
    with _open(args, create=True) as book:
        customer = book.add_customer(args.name, sex=args.sex, email=args.email,
                                     phone=args.phone, notes=args.notes, measurements=ms,
                                     note=args.note)
    _warn(warnings)
    if args.json:
        _print_json(_customer_json(customer))
    else:
        extra = f" with {len(ms)} measurement(s) as version 1" if ms else ""
        print(f"added customer {customer.id}: {customer.name}{extra}")
    return 0


def run_list(args: argparse.Namespace) -> int:
    if not _book_path(args).exists():
        customers, summary = [], {}
    else:
        with _open(args, create=False) as book:
            customers = book.customers(search=args.search)
            summary = book.measurement_summary()
    if args.json:
        _print_json([{**_customer_json(c),
                      "measurement_versions": summary.get(c.id, (0, None))[0],
                      "last_measured": _iso(summary.get(c.id, (0, None))[1])}
                     for c in customers])
        return 0
    if not customers:
        print("no customers" + (f" matching {args.search!r}" if args.search else ""),
              file=sys.stderr)
        return 0
    width = max(4, *(len(c.name) for c in customers))
    print(f"{'ID':>5}  {'NAME':<{width}}  {'SEX':<6}  {'VERSIONS':>8}  LAST MEASURED")
    for c in customers:
        count, last = summary.get(c.id, (0, None))
        print(f"{c.id:>5}  {c.name:<{width}}  {c.sex or '-':<6}  {count:>8}  {_stamp(last)}")
    return 0


def _print_changes(before: MeasurementSet, after: MeasurementSet) -> None:
    old, new = _all_values(before), _all_values(after)
    changed = False
    for key in _ordered_keys(after):
        if key not in old:
            print(f"    + {_label(key)}: {_value(key, new[key])}")
        elif _value(key, old[key]) != _value(key, new[key]):  # changed at shown precision
            print(f"    ~ {_label(key)}: {_value(key, old[key])} -> {_value(key, new[key])}")
        else:
            continue
        changed = True
    for key in _ordered_keys(before):
        if key not in new:
            print(f"    - {_label(key)} (was {_value(key, old[key])})")
            changed = True
    if not changed:
        print("    (no change at 0.1 cm)")


def run_show(args: argparse.Namespace) -> int:
    with _open(args, create=False) as book:
        customer = book.find(args.customer)
        versions = book.measurement_versions(customer.id)
        orders = book.orders(customer_id=customer.id)
    latest = versions[-1] if versions else None
    if args.json:
        data = {"customer": _customer_json(customer),
                "measurements": _version_json(latest) if latest else None,
                "orders": [_order_json(o) for o in orders]}
        if args.history:
            data["history"] = [_version_json(v) for v in versions]
        _print_json(data)
        return 0
    print(f"Customer {customer.id}: {customer.name}")
    print(f"  sex: {customer.sex or '-'}   email: {customer.email or '-'}   "
          f"phone: {customer.phone or '-'}   since: {_stamp(customer.created)}")
    if customer.notes:
        print(f"  notes: {customer.notes}")
    if latest is None:
        print("Measurements: none yet")
    else:
        note = f" - {latest.note}" if latest.note else ""
        print(f"Measurements: version {latest.version} of {len(versions)}, saved "
              f"{_stamp(latest.timestamp)}, taken in {latest.units}{note}")
        ms = latest.measurements
        values = _all_values(ms)
        width = max(len(_label(k)) for k in values)
        for key in _ordered_keys(ms):
            flag = "  (estimated)" if key in ms.estimated else ""
            print(f"  {_label(key):<{width}}  {_value(key, values[key]):>10}{flag}")
    if args.history and versions:
        print("History:")
        previous = None
        for v in versions:
            note = f" - {v.note}" if v.note else ""
            print(f"  version {v.version}  {_stamp(v.timestamp)}  taken in {v.units}{note}")
            if previous is None:
                print(f"    {len(_all_values(v.measurements))} measurement(s)")
            else:
                _print_changes(previous, v.measurements)
            previous = v.measurements
    print(f"Orders: {len(orders) or 'none'}")
    for o in orders:
        pinned = f", measurements v{o.measurement_version}" if o.measurement_version else ""
        fabric = f", {o.fabric}" if o.fabric else ""
        print(f"  #{o.id} {o.garment}: {o.status}{fabric}{pinned} (updated {_stamp(o.updated)})")
    return 0


def run_import(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if path.suffix.lower() in _TABLE_EXTENSIONS:
        raise InputError("is a multisize table (sizes, not customers); import individual "
                         ".vit/.smis files or a CSV of customers", source=args.file)
    sets = read_measurement_table(path)
    named: list[tuple[str, MeasurementSet]] = []
    warnings: list[str] = []
    for number, ms in enumerate(sets, start=1):
        fallback = path.stem if len(sets) == 1 else f"{path.stem} {number}"
        name = clean_name(ms.name or fallback, fallback)
        who = f"record {number} ({name})" if len(sets) > 1 else ""
        named.append((name, _checked(ms, args.file, warnings, who).replace(name=name)))
    added = updated = 0
    with _open(args, create=True) as book, book.transaction():
        for name, ms in named:
            existing = None
            if args.update_existing:
                matches = [c for c in book.customers(search=name) if c.name.lower() ==
                           name.lower()]
                if len(matches) > 1:
                    raise InputError(f"{len(matches)} customers are named {name!r}; cannot "
                                     "tell which to update; nothing was imported",
                                     source=args.file)
                existing = matches[0] if matches else None
            if existing is not None:
                book.save_measurements(existing.id, ms, note=args.note)
                updated += 1
            else:
                book.add_customer(name, sex=ms.sex, measurements=ms, note=args.note)
                added += 1
    _warn(warnings)
    parts = [f"added {added} customer(s)"]
    if args.update_existing:
        parts.append(f"saved new measurements for {updated} existing customer(s)")
    print(f"{args.file}: " + ", ".join(parts))
    return 0


def run_export(args: argparse.Namespace) -> int:
    with _open(args, create=False) as book:
        customer = book.find(args.customer)
        version = book.measurement_version(customer.id, args.version)
    if version is None:
        raise InputError(f"customer {customer.id} ({customer.name}) has no measurements yet; "
                         "nothing to export", source=str(_book_path(args)))
    ms = version.measurements.replace(name=customer.name,
                                      sex=version.measurements.sex or customer.sex)
    units = args.units or (version.units if version.units in ("cm", "mm", "in") else "cm")
    write_measurements(ms, args.output, units)
    print(f"{customer.name}: measurements version {version.version} -> {args.output} "
          f"({units})")
    return 0

"""Two processes writing to one customer book at the same time lose nothing."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time

from mtm.core.measurements import MeasurementSet
from mtm.core.store import CustomerBook

#: A writer process: waits for the start file, then writes ``count`` measurement versions for
#: customer 1 (and, with ``new``, first opens a book that does not exist yet and adds its own
#: customers). It keeps writing until it has seen a version written by the other process, so
#: the two really overlap, then prints the version numbers it was given as JSON.
WRITER = r"""
import json, sys, time
from pathlib import Path
from mtm.core.measurements import MeasurementSet
from mtm.core.store import CustomerBook

book_path, start, tag, other, count, mode = sys.argv[1:7]
count = int(count)
while not Path(start).exists():
    time.sleep(0.002)
book = CustomerBook(book_path)
if mode == "new":
    ids = [book.add_customer(f"{tag}-{i}", measurements=MeasurementSet.from_mapping(
        {"height": 150 + i}), note=f"{tag}-{i}").id for i in range(count)]
    print(json.dumps({"ids": ids}))
    sys.exit(0)
versions, seen_other, deadline = [], False, time.monotonic() + 120
i = 0
while i < count or (not seen_other and time.monotonic() < deadline):
    ms = MeasurementSet.from_mapping({"height": 150 + i % 50, "chest_girth": 80 + i % 30})
    versions.append(book.save_measurements(1, ms, note=f"{tag}-{i}"))
    i += 1
    time.sleep(0.002)  # give the other writer a chance at the lock between saves
    if not seen_other:
        seen_other = any(v.note.startswith(other + "-") for v in book.measurement_versions(1))
print(json.dumps({"versions": versions, "seen_other": seen_other}))
"""


def _run_two(tmp_path, book_path, count, mode):
    script = tmp_path / "writer.py"
    script.write_text(WRITER)
    start = tmp_path / "start"
    procs = [subprocess.Popen([sys.executable, str(script), str(book_path), str(start), tag,
                               other, str(count), mode],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
             for tag, other in (("A", "B"), ("B", "A"))]
    time.sleep(0.5)  # let both start their interpreters and wait on the start file
    start.touch()
    results = []
    for proc in procs:
        out, err = proc.communicate(timeout=300)
        assert proc.returncode == 0, err
        results.append(json.loads(out))
    return results


def test_two_processes_saving_versions_at_once_lose_nothing(tmp_path):
    book_path = tmp_path / "book.sqlite"
    with CustomerBook(book_path) as book:
        book.add_customer("Shared")
    a, b = _run_two(tmp_path, book_path, 150, "versions")
    assert a["seen_other"] and b["seen_other"]  # the writers overlapped in time
    for result in (a, b):
        assert result["versions"] == sorted(result["versions"])
    written = len(a["versions"]) + len(b["versions"])
    assert sorted(a["versions"] + b["versions"]) == list(range(1, written + 1))
    with CustomerBook(book_path) as book:
        kept = book.measurement_versions(1)
    assert [v.version for v in kept] == list(range(1, written + 1))
    notes = {v.note for v in kept}
    assert notes == {f"A-{i}" for i in range(len(a["versions"]))} | \
                    {f"B-{i}" for i in range(len(b["versions"]))}
    # every version holds what its writer saved
    for v in kept:
        i = int(v.note.split("-")[1])
        assert v.measurements == MeasurementSet.from_mapping(
            {"height": 150 + i % 50, "chest_girth": 80 + i % 30})
    stamps = [v.timestamp for v in kept]
    assert stamps == sorted(stamps)


def test_two_processes_creating_the_same_new_book_at_once(tmp_path):
    book_path = tmp_path / "deeper" / "new.sqlite"
    a, b = _run_two(tmp_path, book_path, 40, "new")
    with CustomerBook(book_path) as book:
        customers = book.customers()
        assert book.schema_version == 1
        assert sorted(c.id for c in customers) == sorted(a["ids"] + b["ids"])
        assert {c.name for c in customers} == {f"{t}-{i}" for t in "AB" for i in range(40)}
        for customer in customers:
            history = book.measurement_versions(customer.id)
            assert [v.note for v in history] == [customer.name]


def test_a_book_created_by_another_process_while_we_open_it_is_accepted(tmp_path, monkeypatch):
    """Whichever of our statements the other opener's creation lands before, we open the book.

    Stands in for the race of the test above, deterministically: the other process's whole
    creation (schema, application id, version, in one transaction) commits just before our
    n-th statement, for every n at which we hold no transaction (while we do, it would wait
    for us, as SQLite's locks make it).
    """
    import mtm.core.store as store

    real_connect = sqlite3.connect
    landed_before = []
    n = 0
    while True:
        n += 1
        book_path = tmp_path / f"book{n}.sqlite"
        book_path.touch()  # we found the file: the other opener has just created it, empty
        seen, created = [], []

        def connect(*args, _n=n, _path=book_path, _seen=seen, _created=created, **kwargs):
            conn = real_connect(*args, **kwargs)
            if str(args[0]) != str(_path) or _seen:  # only our own first connection
                return conn

            def before_statement(sql, conn=conn):
                if sql.startswith("--"):  # a part of the running statement, not a new one
                    return
                _seen.append(sql)
                if len(_seen) == _n and not conn.in_transaction:
                    CustomerBook(_path).close()  # the other process, start to commit
                    _created.append(sql)

            conn.set_trace_callback(before_statement)
            return conn

        monkeypatch.setattr(store.sqlite3, "connect", connect)
        with CustomerBook(book_path) as book:
            assert book.schema_version == len(store.MIGRATIONS)
            book.add_customer("Ours")
            assert [c.name for c in book.customers()] == ["Ours"]
        monkeypatch.setattr(store.sqlite3, "connect", real_connect)
        landed_before += created
        if n > len(seen):  # past our last statement: every place was tried
            break
    # the creation really fell between several of our statements, including the checks
    assert len(landed_before) >= 3
    assert any("application_id" in sql for sql in landed_before)


def test_opening_a_new_book_waits_while_another_process_holds_the_write_lock(tmp_path):
    """Switching a new book to write-ahead logging waits for another reader instead of failing.

    SQLite answers that switch with BUSY at once, without its busy timeout, while another
    connection holds the write lock (another process creating the book): two processes opening
    a new book together sometimes saw it as "busy".
    """
    import threading

    book_path = tmp_path / "new.sqlite"
    book_path.touch()
    other = sqlite3.connect(book_path, isolation_level=None, check_same_thread=False)
    other.execute("BEGIN IMMEDIATE")  # holds the write lock, as a creating process does
    release = threading.Timer(0.5, lambda: other.execute("COMMIT"))
    release.start()
    try:
        with CustomerBook(book_path) as book:
            book.add_customer("Ours")
    finally:
        release.join()
        other.close()
    check = sqlite3.connect(book_path)
    assert check.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    check.close()

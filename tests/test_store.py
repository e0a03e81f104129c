"""The customer book: customers, measurement history, orders, schema migrations, and refusal of
files that are not ours (left byte-for-byte untouched)."""

from __future__ import annotations

import dataclasses
import math
import os
import sqlite3
from datetime import UTC, datetime, timedelta

import pytest

from mtm.core import store
from mtm.core.errors import InputError, MtmError
from mtm.core.measurements import MeasurementSet
from mtm.core.store import APPLICATION_ID, CustomerBook, default_book_path


@pytest.fixture
def book_path(tmp_path):
    return tmp_path / "nested" / "book.sqlite"


@pytest.fixture
def book(book_path):
    with CustomerBook(book_path) as opened:
        yield opened


def _ms(**values: float) -> MeasurementSet:
    base = {"height": 165.0, "chest_girth": 92.0, "waist_girth": 74.0, "hip_girth": 100.0}
    base.update(values)
    return MeasurementSet.from_mapping(base, sex="female", name="Ada")


# -- where the book lives ----------------------------------------------------------------------

def test_default_path_follows_env(monkeypatch, tmp_path):
    monkeypatch.setenv("MTM_BOOK", str(tmp_path / "x.sqlite"))
    assert default_book_path() == tmp_path / "x.sqlite"
    monkeypatch.delenv("MTM_BOOK")
    path = default_book_path()
    assert path.name == "customers.sqlite" and "mtm-studio" in str(path)


def test_new_book_is_created_with_folder_schema_and_ids(book_path):
    with CustomerBook(book_path) as book:
        assert book.schema_version == len(store.MIGRATIONS)
    header = book_path.read_bytes()[:100]
    assert header.startswith(b"SQLite format 3\x00")
    with sqlite3.connect(book_path) as raw:
        assert raw.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
        assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        tables = {r[0] for r in raw.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"customers", "measurement_versions", "orders"} <= tables
    if os.name == "posix":
        assert book_path.stat().st_mode & 0o077 == 0  # personal data: owner only


def test_history_rows_cannot_be_changed_even_through_sql(book_path):
    with CustomerBook(book_path) as book:
        ada = book.add_customer("Ada", measurements=_ms())
    with sqlite3.connect(book_path) as raw:
        for sql in ("UPDATE measurement_versions SET note = 'x'",
                    "DELETE FROM measurement_versions"):
            with pytest.raises(sqlite3.IntegrityError, match="never"):
                raw.execute(sql)
    raw.close()
    with CustomerBook(book_path) as book:
        assert book.latest_measurements(ada.id) == _ms()


def test_missing_book_without_create_is_refused(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        CustomerBook(tmp_path / "none.sqlite", create=False)
    assert not (tmp_path / "none.sqlite").exists()


# -- customers -----------------------------------------------------------------------------------

def test_add_get_find_search_customers(book):
    ada = book.add_customer("  Ada   Lovelace ", sex="F", email="ada@example.org",
                            phone="+44 1", notes="likes 100% wool")
    bob = book.add_customer("Bob", sex="male")
    assert ada.name == "Ada Lovelace" and ada.sex == "female"
    assert ada.created.tzinfo is not None
    assert abs(ada.created - datetime.now(UTC)) < timedelta(minutes=5)
    assert book.get(ada.id) == ada
    assert book.find("ada lovelace") == ada and book.find(str(bob.id)) == bob
    assert [c.name for c in book.customers()] == ["Ada Lovelace", "Bob"]
    assert book.customers(search="LOVE") == [ada]
    assert book.customers(search="example.org") == [ada]
    assert book.customers(search="100%") == [ada]  # % is literal, not a wildcard
    assert book.customers(search="_") == []
    elo = book.add_customer("Élodie Straße")
    assert book.customers(search="élo") == [elo] and book.customers(search="STRASSE") == [elo]
    assert book.find("élodie straße") == elo
    with pytest.raises(dataclasses.FrozenInstanceError):
        ada.name = "x"


def test_unknown_and_ambiguous_customers_are_user_errors(book):
    book.add_customer("Sam")
    book.add_customer("sam")
    with pytest.raises(InputError, match="no customer with id 99"):
        book.get(99)
    with pytest.raises(InputError, match="no customer named 'Kim'"):
        book.find("Kim")
    with pytest.raises(InputError, match="2 customers are named"):
        book.find("SAM")
    year = book.add_customer("2024")
    assert book.find("2024") == year and book.find(str(year.id)).id == year.id
    with pytest.raises(InputError, match="no customer named '²'"):
        book.find("²")  # a digit to str.isdigit, not to int()
    with pytest.raises(InputError, match="needs a name"):
        book.add_customer("   ")
    with pytest.raises(MtmError, match="sex"):
        book.add_customer("Max", sex="robot")


def test_update_customer(book):
    ada = book.add_customer("Ada")
    changed = book.update_customer(ada.id, email="a@b.c", sex="female")
    assert changed.email == "a@b.c" and changed.sex == "female" and changed.name == "Ada"
    with pytest.raises(InputError, match="cannot change 'id'"):
        book.update_customer(ada.id, id=5)


# -- measurement history -----------------------------------------------------------------------

def test_every_save_is_a_new_version_and_history_round_trips(book):
    ada = book.add_customer("Ada", sex="female")
    assert book.latest_measurements(ada.id) is None
    first = _ms().with_estimates()
    assert first.estimated
    extra = MeasurementSet.from_mapping({"height": 170, "bust_circ_extra": 10}, units="in")
    assert book.save_measurements(ada.id, first, note="first fitting") == 1
    assert book.save_measurements(ada.id, _ms(waist_girth=76.5), units="in") == 2
    assert book.save_measurements(ada.id, extra) == 3
    history = book.measurement_history(ada.id)
    assert [v for v, _, _ in history] == [1, 2, 3]
    stamps = [t for _, t, _ in history]
    assert stamps == sorted(stamps) and all(t.tzinfo is not None for t in stamps)
    assert history[0][2] == first  # values, sex, name, estimated keys all kept
    assert history[1][2]["waist_girth"] == 76.5 and not history[1][2].estimated
    assert history[2][2].extra["bust_circ_extra"] == pytest.approx(25.4)
    versions = book.measurement_versions(ada.id)
    assert versions[0].note == "first fitting" and versions[1].units == "in"
    assert book.latest_measurements(ada.id) == extra
    assert book.measurement_version(ada.id, 1).measurements == first
    with pytest.raises(InputError, match="no measurement version 9"):
        book.measurement_version(ada.id, 9)
    assert book.measurement_summary() == {ada.id: (3, stamps[-1])}


def test_add_customer_with_measurements_is_one_transaction(book):
    ms = _ms()
    ada = book.add_customer("Ada", measurements=ms, note="walk-in")
    assert ada.sex == "female"  # taken from the measurements
    assert book.measurement_versions(ada.id)[0].note == "walk-in"
    bad = MeasurementSet.from_mapping({"height": "tall"})
    with pytest.raises(InputError, match="not a number"):
        book.add_customer("Bob", measurements=bad)
    assert [c.name for c in book.customers()] == ["Ada"]  # Bob rolled back


def test_non_finite_values_and_unknown_customers_are_refused(book):
    ada = book.add_customer("Ada")
    with pytest.raises(InputError, match="finite"):
        book.save_measurements(ada.id, _ms(height=math.nan))
    with pytest.raises(InputError, match="no customer with id 42"):
        book.save_measurements(42, _ms())
    with pytest.raises(InputError, match="unknown unit"):
        book.save_measurements(ada.id, _ms(), units="furlong")
    assert book.measurement_history(ada.id) == []


# -- orders --------------------------------------------------------------------------------------

def test_orders_and_status(book):
    ada = book.add_customer("Ada", measurements=_ms())
    bob = book.add_customer("Bob")
    shirt = book.add_order(ada.id, "shirt", {"ease_cm": 6, "collar": "button-down"},
                           fabric="poplin", measurement_version=1)
    book.add_order(bob.id, "trousers")
    assert shirt.status == "new" and shirt.options["collar"] == "button-down"
    assert shirt.created == shirt.updated
    moved = book.update_order_status(shirt.id, "Cutting")
    assert moved.status == "cutting" and moved.updated >= shirt.updated
    assert [o.garment for o in book.orders(customer_id=ada.id)] == ["shirt"]
    assert [o.garment for o in book.orders(status="new")] == ["trousers"]
    assert len(book.orders()) == 2
    with pytest.raises(InputError, match="unknown order status"):
        book.update_order_status(shirt.id, "lost")
    with pytest.raises(InputError, match="no order with id 7"):
        book.update_order_status(7, "done")
    with pytest.raises(InputError, match="no measurement version 5"):
        book.add_order(ada.id, "coat", measurement_version=5)
    with pytest.raises(InputError, match="options"):
        book.add_order(ada.id, "coat", {"when": datetime.now()})
    with pytest.raises(InputError, match="no customer"):
        book.add_order(99, "coat")


def test_data_survives_reopening(book_path):
    with CustomerBook(book_path) as book:
        ada = book.add_customer("Ada", measurements=_ms())
        book.add_order(ada.id, "skirt")
    with CustomerBook(book_path) as book:
        assert book.find("Ada") == ada
        assert book.latest_measurements(ada.id) == _ms()
        assert book.orders()[0].garment == "skirt"


def test_closed_book_refuses_use(book_path):
    book = CustomerBook(book_path)
    book.close()
    with pytest.raises(MtmError, match="closed"):
        book.customers()


# -- migrations ----------------------------------------------------------------------------------

def test_pending_migration_is_applied_and_keeps_data(book_path, monkeypatch):
    with CustomerBook(book_path) as book:
        book.add_customer("Ada")
    monkeypatch.setattr(store, "MIGRATIONS",
                        [*store.MIGRATIONS, ("ALTER TABLE customers ADD COLUMN tailor TEXT",)])
    with CustomerBook(book_path) as book:
        assert book.schema_version == len(store.MIGRATIONS) == 2
        assert book.find("Ada").name == "Ada"
    with sqlite3.connect(book_path) as raw:
        columns = [r[1] for r in raw.execute("PRAGMA table_info(customers)")]
    raw.close()
    assert "tailor" in columns
    backup = book_path.with_name("book.sqlite.schema1.bak")  # the book as it was before
    with sqlite3.connect(backup) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
        assert raw.execute("SELECT name FROM customers").fetchall() == [("Ada",)]
        assert "tailor" not in [r[1] for r in raw.execute("PRAGMA table_info(customers)")]
    raw.close()


def test_failing_migration_rolls_back_completely(book_path, monkeypatch):
    with CustomerBook(book_path) as book:
        book.add_customer("Ada")
    monkeypatch.setattr(store, "MIGRATIONS",
                        [*store.MIGRATIONS, ("CREATE TABLE fittings (x)", "NOT SQL AT ALL")])
    with pytest.raises(sqlite3.OperationalError):
        CustomerBook(book_path)
    with sqlite3.connect(book_path) as raw:
        assert raw.execute("PRAGMA user_version").fetchone()[0] == 1
        names = {r[0] for r in raw.execute("SELECT name FROM sqlite_master")}
    assert "fittings" not in names


# -- files that are not ours ---------------------------------------------------------------------

def _assert_refused_untouched(path, match):
    before = path.read_bytes()
    siblings = set(path.parent.iterdir())
    with pytest.raises(InputError, match=match) as caught:
        CustomerBook(path)
    assert str(path) in str(caught.value)
    assert "\n" not in str(caught.value)
    assert path.read_bytes() == before
    assert set(path.parent.iterdir()) == siblings  # no -wal/-shm/journal left behind


def _foreign_sqlite(path, app_id=0, tables=True, user_version=0):
    raw = sqlite3.connect(path)
    if tables:
        raw.execute("CREATE TABLE invoices (id INTEGER PRIMARY KEY, total REAL)")
        raw.execute("INSERT INTO invoices (total) VALUES (12.5)")
    raw.execute(f"PRAGMA application_id = {app_id}")
    raw.execute(f"PRAGMA user_version = {user_version}")
    raw.commit()
    raw.close()


def test_text_file_is_refused_untouched(tmp_path):
    path = tmp_path / "notes.sqlite"
    path.write_text("these are my notes, not a database\n" * 10)
    _assert_refused_untouched(path, "not an SQLite database")


def test_short_file_is_refused_untouched(tmp_path):
    path = tmp_path / "short.sqlite"
    path.write_bytes(b"SQLite format 3\x00abc")
    _assert_refused_untouched(path, "not an SQLite database")


def test_foreign_sqlite_without_application_id_is_refused_untouched(tmp_path):
    path = tmp_path / "accounts.sqlite"
    _foreign_sqlite(path)
    _assert_refused_untouched(path, "another program's SQLite database")


def test_foreign_sqlite_with_only_a_user_version_is_refused(tmp_path):
    path = tmp_path / "other.sqlite"
    _foreign_sqlite(path, tables=False, user_version=3)
    _assert_refused_untouched(path, "another program's SQLite database")


def test_foreign_application_id_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    _foreign_sqlite(path, app_id=0x12345678)
    _assert_refused_untouched(path, "0x12345678")


def test_newer_schema_is_refused_untouched(book_path):
    with CustomerBook(book_path) as book:
        book.add_customer("Ada")
    raw = sqlite3.connect(book_path)
    raw.execute("PRAGMA user_version = 99")
    raw.commit()
    raw.execute("PRAGMA journal_mode = DELETE")  # checkpoint, so the header says 99
    raw.close()
    _assert_refused_untouched(book_path, "newer MTM Studio .schema 99")


def _filled_book(path, customers=40):
    with CustomerBook(path) as book:
        for i in range(customers):
            book.add_customer(f"Customer {i}", notes="x" * 300, measurements=_ms(height=150 + i))
    assert not path.with_name(path.name + "-wal").exists()  # checkpointed on close


def test_damaged_book_is_refused_untouched(book_path):
    _filled_book(book_path)
    data = bytearray(book_path.read_bytes())
    page = 4096
    assert len(data) >= 4 * page
    data[2 * page: 3 * page] = b"\xa5" * page  # scribble over a b-tree page
    book_path.write_bytes(bytes(data))
    _assert_refused_untouched(book_path, "damaged")


def test_truncated_book_is_refused_untouched(book_path):
    _filled_book(book_path)
    data = book_path.read_bytes()
    book_path.write_bytes(data[: len(data) // 2])
    _assert_refused_untouched(book_path, "damaged")


def test_folder_is_refused(tmp_path):
    with pytest.raises(InputError, match="is a folder"):
        CustomerBook(tmp_path)


def test_empty_file_and_empty_sqlite_become_books(tmp_path):
    empty = tmp_path / "empty.sqlite"
    empty.write_bytes(b"")
    blank = tmp_path / "blank.sqlite"
    _foreign_sqlite(blank, tables=False)
    for path in (empty, blank):
        with CustomerBook(path) as book:
            book.add_customer("Ada")
        with CustomerBook(path) as book:
            assert [c.name for c in book.customers()] == ["Ada"]


def test_book_whose_header_lags_behind_the_wal_opens(book_path):
    """While one process holds a fresh book open, the file header may not show our id yet
    (the schema is still in the WAL); a second opener must see through that."""
    first = CustomerBook(book_path)
    try:
        first.add_customer("Ada")
        header = book_path.read_bytes()[:100]
        assert int.from_bytes(header[68:72], "big") == 0  # the lagging-header case is real
        with CustomerBook(book_path) as second:
            assert [c.name for c in second.customers()] == ["Ada"]
    finally:
        first.close()


def test_a_writer_that_never_lets_go_gives_a_clear_busy_error(book_path, monkeypatch):
    monkeypatch.setattr(store, "BUSY_TIMEOUT_S", 0.3)
    with CustomerBook(book_path) as book:
        ada = book.add_customer("Ada")
        hog = sqlite3.connect(book_path, isolation_level=None)
        hog.execute("BEGIN IMMEDIATE")  # another program holds the write lock
        try:
            with pytest.raises(InputError, match="is busy"):
                book.save_measurements(ada.id, _ms())
            assert book.customers() == [ada]  # reading still works under WAL
        finally:
            hog.execute("ROLLBACK")
            hog.close()
        assert book.save_measurements(ada.id, _ms()) == 1

"""The customer book: customers, their measurement history and their orders in one SQLite file.

Measurements are never overwritten: every save adds a new numbered version with a UTC
timestamp, so a tailor can always see what was measured when. The file is shared safely by
several processes (the studio and the ``mtm`` command line at once): it runs in WAL mode, waits
for a busy lock instead of failing, and every write is one ``BEGIN IMMEDIATE`` transaction.

A file that is not ours (not SQLite, another program's database, a newer schema, or damaged)
is refused with an ``InputError`` naming it; it is never initialised, migrated or rewritten.
"""

from __future__ import annotations

import json
import math
import os
import sqlite3
import time
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import NamedTuple

from .errors import InputError, MtmError
from .measurements import CATALOGUE, MeasurementSet, normalise_sex
from .units import normalise_unit

#: ``PRAGMA application_id`` of a customer book ("MTMB"), so a foreign SQLite file is recognised.
APPLICATION_ID = 0x4D544D42

#: Environment variable that overrides where the default book lives.
BOOK_ENV = "MTM_BOOK"

#: File name of the book inside the user's data folder.
BOOK_FILENAME = "customers.sqlite"

#: The stages an order goes through, in order; ``cancelled`` may follow any of them.
ORDER_STATUSES: tuple[str, ...] = (
    "new", "drafted", "cutting", "sewing", "fitting", "done", "cancelled",
)

#: Seconds a writer waits for another process's write lock before giving up.
BUSY_TIMEOUT_S = 30.0

_SQLITE_MAGIC = b"SQLite format 3\x00"

#: Schema migrations; migration ``i`` (0-based) takes ``PRAGMA user_version`` from i to i + 1.
#: Each is a list of single SQL statements (run inside one transaction with the version bump).
#: Append new migrations at the end; never edit a published one.
MIGRATIONS: list[tuple[str, ...]] = [
    (
        """CREATE TABLE customers (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL CHECK (length(trim(name)) > 0),
            sex TEXT CHECK (sex IS NULL OR sex IN ('female', 'male')),
            email TEXT NOT NULL DEFAULT '',
            phone TEXT NOT NULL DEFAULT '',
            notes TEXT NOT NULL DEFAULT '',
            created TEXT NOT NULL
        )""",
        """CREATE TABLE measurement_versions (
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            version INTEGER NOT NULL CHECK (version >= 1),
            saved TEXT NOT NULL,
            units TEXT NOT NULL,
            name TEXT NOT NULL DEFAULT '',
            sex TEXT,
            values_json TEXT NOT NULL,
            extra_json TEXT NOT NULL DEFAULT '{}',
            estimated_json TEXT NOT NULL DEFAULT '[]',
            note TEXT NOT NULL DEFAULT '',
            PRIMARY KEY (customer_id, version)
        ) WITHOUT ROWID""",
        """CREATE TABLE orders (
            id INTEGER PRIMARY KEY,
            customer_id INTEGER NOT NULL REFERENCES customers (id),
            garment TEXT NOT NULL,
            options_json TEXT NOT NULL DEFAULT '{}',
            fabric TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL,
            measurement_version INTEGER,
            created TEXT NOT NULL,
            updated TEXT NOT NULL
        )""",
        "CREATE INDEX orders_customer ON orders (customer_id)",
        # History is append-only, enforced by the file itself and not only by this module.
        """CREATE TRIGGER measurement_versions_never_change BEFORE UPDATE
            ON measurement_versions
            BEGIN SELECT RAISE(ABORT, 'measurement versions are never changed'); END""",
        """CREATE TRIGGER measurement_versions_never_deleted BEFORE DELETE
            ON measurement_versions
            BEGIN SELECT RAISE(ABORT, 'measurement versions are never deleted'); END""",
    ),
]


# -- data types -----

@dataclass(frozen=True)
class Customer:
    """One customer of the studio."""

    id: int
    name: str
    sex: str | None = None
    email: str = ""
    phone: str = ""
    notes: str = ""
    created: datetime | None = None


@dataclass(frozen=True)
class Order:
    """A garment ordered by a customer; ``options`` are the pattern's style options."""

    id: int
    customer_id: int
    garment: str
    options: Mapping[str, object] = field(default_factory=dict)
    fabric: str = ""
    status: str = "new"
    measurement_version: int | None = None
    created: datetime | None = None
    updated: datetime | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "options", MappingProxyType(dict(self.options)))


class MeasurementVersion(NamedTuple):
    """One saved version of a customer's measurements."""

    version: int
    timestamp: datetime
    measurements: MeasurementSet
    units: str = "cm"
    note: str = ""


# -- locating the book -----

def default_book_path() -> Path:
    """``$MTM_BOOK`` if set, else ``customers.sqlite`` in the user's data folder."""
    override = os.environ.get(BOOK_ENV, "").strip()
    if override:
        return Path(override).expanduser()
    from platformdirs import user_data_dir

    return Path(user_data_dir("mtm-studio", appauthor=False)) / BOOK_FILENAME


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="microseconds").replace("+00:00", "Z")


def _parse_time(text: str | None) -> datetime | None:
    if not text:
        return None
    return datetime.fromisoformat(text.replace("Z", "+00:00"))


# -- the book -----

class CustomerBook:
    """An open customer book. Use as a context manager, or call ``close()``.

    ``CustomerBook(path)`` creates the file (and its folder) when missing; with
    ``create=False`` a missing file raises ``InputError`` instead. One instance belongs to the
    thread that opened it; other threads and processes open their own.
    """

    def __init__(self, path: str | os.PathLike | None = None, *, create: bool = True):
        self.path = Path(path).expanduser() if path is not None else default_book_path()
        self._depth = 0
        self._conn: sqlite3.Connection | None = None
        self._conn = self._open(create)

    # -- opening and checking the file -----
    def _refuse(self, why: str) -> MtmError:
        return InputError(why, source=f"customer book {self.path}")

    def _open(self, create: bool) -> sqlite3.Connection:
        path = self.path
        if path.is_dir():
            raise self._refuse("is a folder, not a file; expected a customer book file")
        exists = path.exists()
        if not exists and not create:
            raise self._refuse("does not exist; add a customer first or check the path")
        if exists:
            self._check_existing_file()
        else:
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                # Personal data: readable by its owner only (SQLite gives -wal/-shm the same).
                os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
            except FileExistsError:
                pass  # another process created it just now; it is checked below
            except OSError as error:
                raise self._refuse(f"cannot be created ({error.strerror})") from None
        try:
            conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as error:
            raise self._refuse(f"cannot be opened ({_one_line(error)})") from None
        try:
            conn.execute(f"PRAGMA busy_timeout = {int(BUSY_TIMEOUT_S * 1000)}")
            conn.create_function("mtm_fold", 1, _fold, deterministic=True)
            self._check_contents(conn)
            self._use_wal(conn)
            conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            self._migrate(conn)
        except MtmError:
            conn.close()
            raise
        except sqlite3.Error as error:
            conn.close()
            raise self._translate(error) from None
        return conn

    @staticmethod
    def _use_wal(conn: sqlite3.Connection) -> None:
        """Switch the file to write-ahead logging (readers never wait for a writer).

        The switch needs the file to itself, and SQLite answers BUSY at once, without its busy
        timeout, while another process holds the write lock (two studios opening a new book
        together): so try again until the timeout, and stop once either process has switched.
        """
        deadline = time.monotonic() + BUSY_TIMEOUT_S
        while conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            try:
                conn.execute("PRAGMA journal_mode = WAL")
            except sqlite3.OperationalError as error:
                if (getattr(error, "sqlite_errorcode", 0) & 0xFF) != 5 or \
                        time.monotonic() > deadline:
                    raise
                time.sleep(0.01)

    def _check_existing_file(self) -> None:
        """Refuse a file that is not an SQLite database of ours, reading only its header.

        A zero-length file counts as a new, empty book. A header without our application id
        is inspected read-only: only an empty SQLite database may become a book.
        """
        try:
            with open(self.path, "rb") as handle:
                header = handle.read(100)
        except OSError as error:
            raise self._refuse(f"cannot be read ({error.strerror})") from None
        if not header:
            return
        if len(header) < 100 or not header.startswith(_SQLITE_MAGIC):
            raise self._refuse("is not a customer book (not an SQLite database); "
                               "it was left untouched")
        app_id = int.from_bytes(header[68:72], "big")
        version = int.from_bytes(header[60:64], "big")
        if app_id == APPLICATION_ID:
            self._check_version(version)
            return
        if app_id != 0:
            raise self._refuse(f"is another program's SQLite database (application id "
                               f"{app_id:#010x}), not a customer book; it was left untouched")
        # No application id in the header: our header may just be behind the WAL, or this is
        # another program's database. Look inside without writing anything.
        try:
            probe = sqlite3.connect(f"{self.path.resolve().as_uri()}?mode=ro", uri=True,
                                    timeout=BUSY_TIMEOUT_S)
            try:
                self._check_contents(probe)
            finally:
                probe.close()
        except sqlite3.Error as error:
            raise self._translate(error) from None

    def _check_contents(self, conn: sqlite3.Connection) -> None:
        """Refuse a foreign, newer or damaged database; an empty one is accepted.

        The application id, version and table count are read in one statement, so in one
        snapshot: read one by one, another process creating the book in between made a new
        book look like another program's database (tables present, application id 0).
        """
        app_id, version, tables = conn.execute(
            "SELECT (SELECT application_id FROM pragma_application_id),"
            " (SELECT user_version FROM pragma_user_version),"
            " (SELECT count(*) FROM sqlite_master)").fetchone()
        if app_id == 0:
            if tables or version:
                raise self._refuse("is another program's SQLite database, not a customer "
                                   "book; it was left untouched")
            return
        if app_id != APPLICATION_ID:
            raise self._refuse(f"is another program's SQLite database (application id "
                               f"{app_id:#010x}), not a customer book; it was left untouched")
        self._check_version(version)
        rows = [str(r[0]) for r in conn.execute("PRAGMA quick_check(1)").fetchall()]
        if rows != ["ok"]:
            why = " ".join((rows[0] if rows else "no answer").split())
            raise self._refuse(f"is damaged ({why}); restore it from a backup. "
                               "It was left untouched")

    def _check_version(self, version: int) -> None:
        if version > len(MIGRATIONS):
            raise self._refuse(f"was written by a newer MTM Studio (schema {version}; this "
                               f"version reads up to {len(MIGRATIONS)}); please upgrade")

    def _migrate(self, conn: sqlite3.Connection) -> None:
        """Bring the schema up to date in one transaction (a no-op when it already is); an
        existing book is copied first."""
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version == len(MIGRATIONS):
            return
        if version > 0:
            self._backup(conn, version)
        conn.execute("BEGIN IMMEDIATE")
        try:
            # Another process may have created or migrated the book while we waited.
            self._check_contents(conn)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            for number in range(version, len(MIGRATIONS)):
                for statement in MIGRATIONS[number]:
                    conn.execute(statement)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {len(MIGRATIONS)}")
            conn.execute("COMMIT")
        except BaseException:
            _rollback(conn)
            raise

    def _backup(self, conn: sqlite3.Connection, version: int) -> Path:
        """Copy the book before upgrading it from ``version`` (``<name>.schema<N>.bak``), so a
        mistaken migration can be undone by hand; an existing copy is kept."""
        target = self.path.with_name(f"{self.path.name}.schema{version}.bak")
        if target.exists():
            return target
        partial = target.with_name(f".{target.name}.{os.getpid()}.tmp")
        try:
            copy = sqlite3.connect(partial)
            try:
                conn.backup(copy)
            finally:
                copy.close()
            os.replace(partial, target)
        except (OSError, sqlite3.Error) as error:
            partial.unlink(missing_ok=True)
            raise self._refuse(f"needs upgrading but no backup copy could be written to "
                               f"{target} ({_one_line(error)}); nothing was changed") from None
        return target

    def _translate(self, error: sqlite3.Error) -> Exception:
        """A user-facing error for an SQLite failure caused by the file or the machine."""
        code = getattr(error, "sqlite_errorcode", 0) & 0xFF
        if code in (5, 6):  # BUSY, LOCKED
            return self._refuse(f"is busy: another program kept writing to it (waited up "
                                f"to {BUSY_TIMEOUT_S:g} s); try again")
        if code in (11, 26):  # CORRUPT, NOTADB
            return self._refuse(f"is damaged or not a customer book ({_one_line(error)}); "
                                "it was left untouched")
        if code == 8:  # READONLY
            return self._refuse("is read-only; check the file's permissions")
        if code == 13:  # FULL
            return self._refuse("cannot be written: the disk is full")
        if code in (3, 10, 14, 23):  # PERM, IOERR, CANTOPEN, AUTH
            return self._refuse(f"cannot be read or written ({_one_line(error)})")
        return error  # not the file's fault: a bug, reported as such

    # -- plumbing -----
    @property
    def _db(self) -> sqlite3.Connection:
        if self._conn is None:
            raise MtmError("the customer book is closed", source=str(self.path))
        return self._conn

    def close(self) -> None:
        """Close the file; further use raises ``MtmError``."""
        if self._conn is not None:
            self._conn.close()
            self._conn = None

    def __enter__(self) -> CustomerBook:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[sqlite3.Connection]:
        """One write transaction; nested uses join the outer one (all or nothing)."""
        db = self._db
        if self._depth:
            self._depth += 1
            try:
                yield db
            finally:
                self._depth -= 1
            return
        try:
            db.execute("BEGIN IMMEDIATE")
        except sqlite3.Error as error:
            raise self._translate(error) from None
        self._depth = 1
        try:
            yield db
        except BaseException:
            self._depth = 0
            _rollback(db)
            raise
        self._depth = 0
        try:
            db.execute("COMMIT")
        except sqlite3.Error as error:
            _rollback(db)
            raise self._translate(error) from None

    def _read(self, sql: str, params: Sequence[object] = ()) -> list[sqlite3.Row]:
        try:
            return self._db.execute(sql, params).fetchall()
        except sqlite3.Error as error:
            raise self._translate(error) from None

    def _write(self, work: Callable[[sqlite3.Connection], object]) -> object:
        try:
            with self.transaction() as db:
                return work(db)
        except sqlite3.Error as error:
            raise self._translate(error) from None

    @property
    def schema_version(self) -> int:
        """The schema version of the open file (``PRAGMA user_version``)."""
        return self._read("PRAGMA user_version")[0][0]

    # -- customers -----
    _CUSTOMER_COLUMNS = "id, name, sex, email, phone, notes, created"

    @staticmethod
    def _customer(row: Sequence) -> Customer:
        return Customer(id=row[0], name=row[1], sex=row[2], email=row[3], phone=row[4],
                        notes=row[5], created=_parse_time(row[6]))

    def add_customer(self, name: str, *, sex: str | None = None, email: str = "",
                     phone: str = "", notes: str = "",
                     measurements: MeasurementSet | None = None,
                     units: str = "cm", note: str = "") -> Customer:
        """Add a customer (and, if given, their first measurement version) in one transaction."""
        name = clean_name(name)
        sex = normalise_sex(sex)
        if measurements is not None and sex is None:
            sex = measurements.sex

        def work(db: sqlite3.Connection) -> Customer:
            cursor = db.execute(
                "INSERT INTO customers (name, sex, email, phone, notes, created) "
                "VALUES (?, ?, ?, ?, ?, ?)",
                (name, sex, str(email), str(phone), str(notes), _now()))
            customer = self._customer(db.execute(
                f"SELECT {self._CUSTOMER_COLUMNS} FROM customers WHERE id = ?",
                (cursor.lastrowid,)).fetchone())
            if measurements is not None:
                self.save_measurements(customer.id, measurements, note=note, units=units)
            return customer

        return self._write(work)

    def update_customer(self, customer_id: int, **changes: object) -> Customer:
        """Change a customer's name, sex, email, phone or notes; returns the updated customer."""
        allowed = {"name", "sex", "email", "phone", "notes"}
        unknown = set(changes) - allowed
        if unknown:
            raise InputError(f"cannot change {sorted(unknown)[0]!r}; expected one of "
                             f"{', '.join(sorted(allowed))}", field=sorted(unknown)[0])
        values = {k: ("" if v is None else str(v)) for k, v in changes.items()}
        if "name" in changes:
            values["name"] = clean_name(changes["name"])
        if "sex" in changes:
            values["sex"] = normalise_sex(changes["sex"])

        def work(db: sqlite3.Connection) -> Customer:
            self.get(customer_id)
            for column, value in values.items():
                db.execute(f"UPDATE customers SET {column} = ? WHERE id = ?",
                           (value, customer_id))
            return self.get(customer_id)

        return self._write(work)

    def customers(self, search: str | None = None) -> list[Customer]:
        """All customers by name (then id), or those whose name, email, phone or notes
        contain ``search`` (ignoring case, in any script: 'élo' finds 'Élodie')."""
        sql = f"SELECT {self._CUSTOMER_COLUMNS} FROM customers"
        params: tuple = ()
        if search:
            sql += " WHERE " + " OR ".join(
                f"instr(mtm_fold({c}), ?) > 0" for c in ("name", "email", "phone", "notes"))
            params = (_fold(search),) * 4
        sql += " ORDER BY mtm_fold(name), id"
        return [self._customer(r) for r in self._read(sql, params)]

    def get(self, customer_id: int) -> Customer:
        """The customer with this id; ``InputError`` if there is none."""
        rows = self._read(f"SELECT {self._CUSTOMER_COLUMNS} FROM customers WHERE id = ?",
                          (int(customer_id),))
        if not rows:
            raise InputError(f"no customer with id {customer_id}",
                             source=f"customer book {self.path}")
        return self._customer(rows[0])

    def find(self, ref: str | int) -> Customer:
        """A customer by id (digits) or by exact name (ignoring case; must be unique).

        Digits that are no customer's id are tried as a name (a customer called "2024")."""
        text = str(ref).strip()
        numeric = text.isascii() and text.isdigit()  # not '²', which isdigit() but not int()
        if numeric and int(text) < 2 ** 63:  # SQLite's INTEGER; longer digits are a name
            rows = self._read(f"SELECT {self._CUSTOMER_COLUMNS} FROM customers WHERE id = ?",
                              (int(text),))
            if rows:
                return self._customer(rows[0])
        rows = self._read(f"SELECT {self._CUSTOMER_COLUMNS} FROM customers "
                          "WHERE mtm_fold(name) = ? ORDER BY id", (_fold(text),))
        if not rows:
            what = f"with id or name {text!r}" if numeric else f"named {text!r}"
            raise InputError(f"no customer {what}; `mtm customers list` shows them",
                             source=f"customer book {self.path}")
        if len(rows) > 1:
            ids = ", ".join(str(r[0]) for r in rows)
            raise InputError(f"{len(rows)} customers are named {text!r} (ids {ids}); "
                             "give the id instead", source=f"customer book {self.path}")
        return self._customer(rows[0])

    # -- measurements -----
    def save_measurements(self, customer_id: int, ms: MeasurementSet, note: str = "",
                          *, units: str = "cm") -> int:
        """Save ``ms`` as the customer's next measurement version and return its number.

        Values are stored in cm (weight kg) whatever ``units`` says; ``units`` records the
        unit the measurements were taken in, for showing them back the same way. Entries that
        are not finite numbers are refused: the book keeps only what it can give back exactly.
        """
        units = normalise_unit(units)
        for key, text in ms.invalid.items():
            raise InputError(f"{CATALOGUE[key].label} is not a number ({text!r}); "
                             "fix it before saving", field=key)
        for key, value in [*ms.values.items(), *ms.extra.items()]:
            if not math.isfinite(value):
                raise InputError(f"{key} is not a finite number ({value}); fix it before "
                                 "saving", field=key)
        values_json = json.dumps(dict(ms.values), sort_keys=True)
        extra_json = json.dumps(dict(ms.extra), sort_keys=True)
        estimated_json = json.dumps(sorted(ms.estimated))

        def work(db: sqlite3.Connection) -> int:
            self.get(customer_id)
            version = db.execute(
                "SELECT coalesce(max(version), 0) + 1 FROM measurement_versions "
                "WHERE customer_id = ?", (customer_id,)).fetchone()[0]
            db.execute(
                "INSERT INTO measurement_versions (customer_id, version, saved, units, name, "
                "sex, values_json, extra_json, estimated_json, note) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (customer_id, version, _now(), units, ms.name, ms.sex, values_json,
                 extra_json, estimated_json, str(note)))
            return version

        return self._write(work)

    _VERSION_COLUMNS = ("version, saved, units, name, sex, values_json, extra_json, "
                        "estimated_json, note")

    def _version(self, row: Sequence) -> MeasurementVersion:
        values = json.loads(row[5])
        ms = MeasurementSet(values=values, sex=row[4], name=row[3],
                            extra=json.loads(row[6]),
                            estimated=frozenset(json.loads(row[7])) & set(values))
        return MeasurementVersion(version=row[0], timestamp=_parse_time(row[1]),
                                  measurements=ms, units=row[2], note=row[8])

    def measurement_versions(self, customer_id: int) -> list[MeasurementVersion]:
        """Every saved version of a customer's measurements, oldest first."""
        self.get(customer_id)
        rows = self._read(f"SELECT {self._VERSION_COLUMNS} FROM measurement_versions "
                          "WHERE customer_id = ? ORDER BY version", (customer_id,))
        return [self._version(r) for r in rows]

    def measurement_history(self, customer_id: int
                            ) -> list[tuple[int, datetime, MeasurementSet]]:
        """``(version, UTC timestamp, measurements)`` for every save, oldest first."""
        return [(v.version, v.timestamp, v.measurements)
                for v in self.measurement_versions(customer_id)]

    def measurement_version(self, customer_id: int, version: int | None = None
                            ) -> MeasurementVersion | None:
        """One saved version (the latest when ``version`` is None); None if never measured."""
        self.get(customer_id)
        if version is None:
            rows = self._read(f"SELECT {self._VERSION_COLUMNS} FROM measurement_versions "
                              "WHERE customer_id = ? ORDER BY version DESC LIMIT 1",
                              (customer_id,))
            return self._version(rows[0]) if rows else None
        rows = self._read(f"SELECT {self._VERSION_COLUMNS} FROM measurement_versions "
                          "WHERE customer_id = ? AND version = ?", (customer_id, int(version)))
        if not rows:
            raise InputError(f"customer {customer_id} has no measurement version {version}",
                             source=f"customer book {self.path}")
        return self._version(rows[0])

    def latest_measurements(self, customer_id: int) -> MeasurementSet | None:
        """The customer's most recent measurements, or None if never measured."""
        latest = self.measurement_version(customer_id)
        return latest.measurements if latest else None

    def measurement_summary(self) -> dict[int, tuple[int, datetime]]:
        """``customer id -> (number of versions, time of the latest)`` for measured customers."""
        rows = self._read("SELECT customer_id, count(*), max(saved) FROM measurement_versions "
                          "GROUP BY customer_id")
        return {r[0]: (r[1], _parse_time(r[2])) for r in rows}

    # -- orders -----
    _ORDER_COLUMNS = ("id, customer_id, garment, options_json, fabric, status, "
                      "measurement_version, created, updated")

    @staticmethod
    def _order(row: Sequence) -> Order:
        return Order(id=row[0], customer_id=row[1], garment=row[2],
                     options=json.loads(row[3]), fabric=row[4], status=row[5],
                     measurement_version=row[6], created=_parse_time(row[7]),
                     updated=_parse_time(row[8]))

    def add_order(self, customer_id: int, garment: str, options: Mapping[str, object] | None
                  = None, *, fabric: str = "", status: str = "new",
                  measurement_version: int | None = None) -> Order:
        """Record an order; ``measurement_version`` pins the measurements it is drafted from."""
        garment = str(garment).strip()
        if not garment:
            raise InputError("the garment of an order must not be empty", field="garment")
        status = _check_status(status)
        try:
            options_json = json.dumps(dict(options or {}), sort_keys=True, allow_nan=False)
        except (TypeError, ValueError) as error:
            raise InputError(f"order options must be plain numbers, text, lists or "
                             f"mappings ({error})", field="options") from None

        def work(db: sqlite3.Connection) -> Order:
            if measurement_version is not None:
                self.measurement_version(customer_id, measurement_version)
            else:
                self.get(customer_id)
            now = _now()
            cursor = db.execute(
                "INSERT INTO orders (customer_id, garment, options_json, fabric, status, "
                "measurement_version, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (customer_id, garment, options_json, str(fabric), status,
                 measurement_version, now, now))
            return self.order(cursor.lastrowid)

        return self._write(work)

    def order(self, order_id: int) -> Order:
        """The order with this id; ``InputError`` if there is none."""
        rows = self._read(f"SELECT {self._ORDER_COLUMNS} FROM orders WHERE id = ?",
                          (int(order_id),))
        if not rows:
            raise InputError(f"no order with id {order_id}", source=f"customer book {self.path}")
        return self._order(rows[0])

    def orders(self, customer_id: int | None = None, status: str | None = None) -> list[Order]:
        """Orders, oldest first, optionally of one customer and/or in one status."""
        where, params = [], []
        if customer_id is not None:
            where.append("customer_id = ?")
            params.append(int(customer_id))
        if status is not None:
            where.append("status = ?")
            params.append(_check_status(status))
        sql = f"SELECT {self._ORDER_COLUMNS} FROM orders"
        if where:
            sql += " WHERE " + " AND ".join(where)
        return [self._order(r) for r in self._read(sql + " ORDER BY id", params)]

    def update_order_status(self, order_id: int, status: str) -> Order:
        """Move an order to another status; returns the updated order."""
        status = _check_status(status)

        def work(db: sqlite3.Connection) -> Order:
            self.order(order_id)
            db.execute("UPDATE orders SET status = ?, updated = ? WHERE id = ?",
                       (status, _now(), int(order_id)))
            return self.order(order_id)

        return self._write(work)


def _fold(text: object) -> str:
    """Text for matching regardless of case (Unicode casefold; SQLite's NOCASE is ASCII only)."""
    return str(text).casefold() if text is not None else ""


def _one_line(error: object) -> str:
    return " ".join(str(error).split())


def _rollback(db: sqlite3.Connection) -> None:
    """Undo the open transaction, if SQLite has not already undone it."""
    if db.in_transaction:
        db.execute("ROLLBACK")


def clean_name(name: object, fallback: str | None = None) -> str:
    """One line of text: control characters (NUL, newline, ...) become spaces, runs collapse.

    An empty result is ``fallback`` (cleaned) if given, else an ``InputError``."""
    raw = "".join(" " if unicodedata.category(c) == "Cc" else c for c in str(name or ""))
    text = " ".join(raw.split())
    if not text and fallback:
        return clean_name(fallback)
    if not text:
        raise InputError("a customer needs a name", field="name")
    return text


def _check_status(status: str) -> str:
    text = str(status).strip().lower()
    if text not in ORDER_STATUSES:
        raise InputError(f"unknown order status {status!r}; expected one of "
                         f"{', '.join(ORDER_STATUSES)}", field="status")
    return text

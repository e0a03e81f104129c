"""Read and write measurement files by extension: .json, .csv, .vit/.smis, .vst/.smms.

This is the one door between measurement files and the program: it checks the file itself
(exists, is a regular file, not empty, not binary, under ``MAX_BYTES``) before a format reader
sees the bytes, and writes atomically (a temporary file in the same folder, then
``os.replace``), so a crash never leaves half a file. Every problem is an ``InputError`` naming
the file.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from ..errors import InputError
from ..measurements import MeasurementSet
from .atomic import atomic_write_bytes
from .csv_format import dump_csv, parse_csv
from .json_format import dump_json, parse_json
from .seamly import dump_vit, parse_seamly

#: Largest measurement file we read (the bigger ANSUR II file is 2 MB).
MAX_BYTES = 32 * 1024 * 1024

READ_EXTENSIONS = (".json", ".csv", ".vit", ".smis", ".vst", ".smms")
WRITE_EXTENSIONS = (".json", ".csv", ".vit")
_XML = (".vit", ".smis", ".vst", ".smms")
_BOMS = (b"\xff\xfe", b"\xfe\xff")


def _extension(path: Path, allowed: Sequence[str], verb: str) -> str:
    ext = path.suffix.lower()
    if ext not in allowed:
        raise InputError(f"cannot {verb} {ext or 'files without an extension'!s}; expected one "
                         f"of {', '.join(allowed)}", source=str(path))
    return ext


def read_bytes(path: str | os.PathLike, limit: int = MAX_BYTES) -> bytes:
    """The bytes of a user's file, refusing missing, special, empty, huge and binary files."""
    path = Path(path)
    source = str(path)
    try:
        info = path.stat()
    except FileNotFoundError:
        raise InputError("file not found; expected an existing measurement file",
                         source=source) from None
    except OSError as error:
        raise InputError(f"cannot read the file ({error.strerror or error})",
                         source=source) from None
    if path.is_dir():
        raise InputError("is a folder; expected a measurement file", source=source)
    if not path.is_file():
        raise InputError("is not a regular file; expected a measurement file", source=source)
    if info.st_size > limit:
        raise InputError(f"file is {info.st_size / 1e6:.1f} MB, larger than the "
                         f"{limit / 1e6:.0f} MB limit for measurement files", source=source)
    try:
        with open(path, "rb") as handle:
            data = handle.read(limit + 1)
    except OSError as error:
        raise InputError(f"cannot read the file ({error.strerror or error})",
                         source=source) from None
    if len(data) > limit:
        raise InputError(f"file is larger than the {limit / 1e6:.0f} MB limit for measurement "
                         "files", source=source)
    if not data.strip():
        raise InputError("the file is empty; expected measurements", source=source)
    if b"\x00" in data[:8192] and not data.startswith(_BOMS):
        raise InputError("binary data (NUL bytes); expected a text measurement file",
                         source=source)
    return data


def _text(data: bytes, source: str, fallback: str | None = None) -> str:
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        if fallback:
            return data.decode(fallback)
        raise InputError(f"not UTF-8 text (bad byte at offset {error.start}); expected a "
                         "UTF-8 text file", source=source) from None


def read_measurement_table(path: str | os.PathLike) -> list[MeasurementSet]:
    """Every set in a file: one for .json/.vit/.smis, one per row for .csv, one per size for
    .vst/.smms (base size first)."""
    path = Path(path)
    data = read_bytes(path)
    ext = _extension(path, READ_EXTENSIONS, "read")
    source = str(path)
    if ext == ".json":
        return [parse_json(_text(data, source), source)]
    if ext == ".csv":
        return parse_csv(_text(data, source, fallback="latin-1"), source)
    return parse_seamly(data, source)


def read_measurements(path: str | os.PathLike) -> MeasurementSet:
    """One customer's measurements; a multisize table gives its base size."""
    sets = read_measurement_table(path)
    if Path(path).suffix.lower() in (".vst", ".smms"):
        return sets[0]
    if len(sets) != 1:
        raise InputError(f"holds {len(sets)} customers; expected one (convert it to single "
                         "files or import it as a table)", source=str(path))
    return sets[0]


def write_bytes_atomic(path: str | os.PathLike, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (the shared writer of ``core/io/atomic.py``)."""
    atomic_write_bytes(path, data)


def write_measurement_table(sets: Sequence[MeasurementSet], path: str | os.PathLike,
                            units: str = "cm") -> None:
    """Write ``sets`` by extension: .csv takes any number, .json and .vit exactly one."""
    path = Path(path)
    ext = _extension(path, WRITE_EXTENSIONS, "write")
    if not sets:
        raise InputError("nothing to write", source=str(path))
    if ext != ".csv" and len(sets) != 1:
        raise InputError(f"{ext} holds one customer but there are {len(sets)}; write a .csv",
                         source=str(path))
    try:
        if ext == ".csv":
            data = dump_csv(sets, units).encode("utf-8")
        elif ext == ".json":
            data = dump_json(sets[0], units).encode("utf-8")
        else:
            data = dump_vit(sets[0], units)
    except InputError as error:
        raise InputError(error.message, field=error.field, source=str(path)) from None
    write_bytes_atomic(path, data)


def write_measurements(ms: MeasurementSet, path: str | os.PathLike, units: str = "cm") -> None:
    """Write one customer's measurements as .json, .csv or .vit (by extension)."""
    write_measurement_table([ms], path, units)

"""Project exceptions: a user's mistake raises one of these, never a bare traceback.

The command line prints ``str(error)`` as one line and exits 2; the studio shows it in a dialog.
Anything else that escapes is a bug (exit 1).
"""

from __future__ import annotations


class MtmError(Exception):
    """A problem the user can fix: bad input, a missing measurement, an impossible request."""

    def __init__(self, message: str, *, field: str | None = None, source: str | None = None):
        self.field = field
        self.source = source
        parts = [p for p in (source, field) if p]
        prefix = ": ".join(parts)
        super().__init__(f"{prefix}: {message}" if prefix else message)
        self.message = message


class InputError(MtmError):
    """A file or value given by the user cannot be used as it is."""


class MeasurementError(InputError):
    """Measurements are missing, malformed or impossible."""


class CancelledError(MtmError):
    """Long work (fitting, draping, a batch) was stopped by the user."""

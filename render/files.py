"""Writing output files whole or not at all (the shared writer of ``mtm.core.io.atomic``)."""

from mtm.core.io.atomic import atomic_output

__all__ = ["atomic_output"]

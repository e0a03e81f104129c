"""The ``mtm`` command line: one verb per module under ``mtm.app.commands``.

Each command module exposes ``register(subparsers)`` which adds its verb and sets
``func(args) -> int``. User mistakes (``MtmError``) print one line on stderr and exit 2;
unexpected bugs exit 1.
"""

from __future__ import annotations

import argparse
import importlib
import sys
from collections.abc import Sequence

from mtm.app import __version__
from mtm.core.errors import MtmError

#: Command modules, in the order their verbs appear in ``mtm --help``.
COMMAND_MODULES: list[str] = [
    "mtm.app.commands.measurements",
    "mtm.app.commands.customers",
    "mtm.app.commands.render",
    "mtm.app.commands.share",
    "mtm.app.commands.export",
    "mtm.app.commands.import_dxf",
    "mtm.app.commands.body",
    "mtm.app.commands.garments",
    "mtm.app.commands.draft",
    "mtm.app.commands.grade",
    "mtm.app.commands.drape",
    "mtm.app.commands.marker",
    "mtm.app.commands.batch",
]


def build_parser() -> argparse.ArgumentParser:
    """The full argument parser with every registered verb."""
    parser = argparse.ArgumentParser(
        prog="mtm",
        description="MTM Studio: made-to-measure clothing from measurements to cut files.",
    )
    parser.add_argument("--version", action="version", version=f"mtm {__version__}")
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``mtm``; returns the process exit code."""
    parser = build_parser()
    args = parser.parse_args(argv)
    if not getattr(args, "func", None):
        parser.print_help()
        return 2
    try:
        return int(args.func(args) or 0)
    except MtmError as error:
        print(f"mtm: error: {error}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("mtm: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as error:  # a bug, not the user's fault
        import traceback

        traceback.print_exc()
        print(f"mtm: internal error: {error!r} (please report this)", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

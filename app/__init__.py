"""Everything a person touches: the Qt studio (``mtm-studio``) and the command line (``mtm``)."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("mtm-studio")
except PackageNotFoundError:  # running from a source tree that was never installed
    __version__ = "0.0.0+unknown"

"""MTM Studio: made-to-measure clothing from measurements to cut files."""

__version__ = "0.1.0"

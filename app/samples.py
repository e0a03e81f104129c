"""Sample customers shipped in ``resources/samples`` (mtm-measurements/1 JSON).

On first start (an empty customer book) the studio adds the median ANSUR II woman, so the
form, and later the pattern and 3D views, have someone to show.
"""

from __future__ import annotations

from importlib import resources

from mtm.core.io.measurement_files import read_measurements
from mtm.core.measurements import MeasurementSet
from mtm.core.store import Customer, CustomerBook

#: The sample a new book starts with (computed by scripts/make_sample_customer.py).
SAMPLE_FILE = "median_woman.json"


def sample_measurements(filename: str = SAMPLE_FILE) -> MeasurementSet:
    """The measurements of a shipped sample customer, read through the normal file reader."""
    resource = resources.files("mtm.resources").joinpath("samples", filename)
    with resources.as_file(resource) as path:
        return read_measurements(path)


def add_sample_customer_if_empty(book: CustomerBook) -> Customer | None:
    """Add the sample customer with its measurements when ``book`` has no customers yet."""
    if book.customers():
        return None
    ms = sample_measurements()
    return book.add_customer(ms.name, sex=ms.sex, measurements=ms, units="cm",
                             note="sample customer",
                             notes="Sample: the median woman of the ANSUR II survey")

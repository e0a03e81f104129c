"""Property-based checks of the customer book: whatever finite measurements, names and notes
go in come back exactly, and random text never breaks search or lookup."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from mtm.core.errors import InputError
from mtm.core.measurements import CATALOGUE, MeasurementSet
from mtm.core.store import CustomerBook

_SETTINGS = settings(max_examples=60, deadline=None,
                     suppress_health_check=[HealthCheck.function_scoped_fixture])

finite = st.floats(allow_nan=False, allow_infinity=False)
text = st.text(max_size=40)


@st.composite
def measurement_sets(draw) -> MeasurementSet:
    values = draw(st.dictionaries(st.sampled_from(sorted(CATALOGUE)), finite, max_size=24))
    extra = draw(st.dictionaries(st.text(min_size=1, max_size=20)
                                 .filter(lambda k: k not in CATALOGUE), finite, max_size=5))
    estimated = draw(st.sets(st.sampled_from(sorted(values)))) if values else set()
    return MeasurementSet(values=values, extra=extra, estimated=frozenset(estimated),
                          sex=draw(st.sampled_from([None, "female", "male"])), name=draw(text))


@pytest.fixture(scope="module")
def book(tmp_path_factory):
    with CustomerBook(tmp_path_factory.mktemp("prop") / "book.sqlite") as opened:
        yield opened


@_SETTINGS
@given(sets=st.lists(measurement_sets(), min_size=1, max_size=4), note=text)
def test_saved_sets_come_back_exactly(book, sets, note):
    customer = book.add_customer("Round Trip")
    for ms in sets:
        book.save_measurements(customer.id, ms, note=note)
    history = book.measurement_versions(customer.id)
    assert [v.version for v in history] == list(range(1, len(sets) + 1))
    assert [v.measurements for v in history] == sets
    assert all(v.note == note for v in history)


@_SETTINGS
@given(name=text, email=text, query=text)
def test_random_names_and_searches(book, name, email, query):
    if not name.split():
        with pytest.raises(InputError):
            book.add_customer(name)
        return
    customer = book.add_customer(name, email=email)
    assert customer.name == " ".join(name.split())
    assert customer in book.customers(search=customer.name)
    found = book.customers(search=query)
    assert all(isinstance(c.id, int) for c in found)
    try:
        book.find(query)
    except InputError:
        pass

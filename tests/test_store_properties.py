"""Property-based checks of the customer book: whatever finite measurements, names and notes
go in come back exactly, and random text never breaks search or lookup."""

from __future__ import annotations

import unicodedata

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
    cleaned = " ".join("".join(" " if unicodedata.category(c) == "Cc" else c
                               for c in name).split())
    if not cleaned:
        with pytest.raises(InputError):
            book.add_customer(name)
        return
    customer = book.add_customer(name, email=email)
    assert customer.name == cleaned and customer.email == email
    assert customer in book.customers(search=customer.name)
    found = book.customers(search=query)
    assert all(isinstance(c.id, int) for c in found)
    try:
        book.find(query)
    except InputError:
        pass


_CSV_HEAD = st.sampled_from([
    "name,sex,units,height,chest_girth,waist_girth,hip_girth\n",
    "name;sex;units;height;waist_girth\n",
    "stature,chestcircumference,Gender\n",
    "",
])


@settings(max_examples=40, deadline=None)
@given(head=_CSV_HEAD, body=st.text(alphabet=st.sampled_from(list("abfm0123456789.,;-\n \"")),
                                     max_size=200),
       ext=st.sampled_from([".csv", ".json", ".vit"]))
def test_importing_random_files_is_all_or_nothing_without_traceback(head, body, ext):
    import contextlib
    import io
    import tempfile
    from pathlib import Path

    from mtm.app.cli import main

    with tempfile.TemporaryDirectory() as folder:
        book_path = Path(folder) / "book.sqlite"
        with CustomerBook(book_path) as opened:
            opened.add_customer("Existing")
        source = Path(folder) / f"random{ext}"
        source.write_text(head + body)
        err = io.StringIO()
        with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
            code = main(["customers", "import", str(source), "--book", str(book_path)])
        assert code in (0, 2), err.getvalue()
        assert "Traceback" not in err.getvalue()
        with CustomerBook(book_path) as opened:
            names = [c.name for c in opened.customers()]
        if code == 2:
            assert err.getvalue().count("mtm: error:") == 1
            assert names == ["Existing"]
        else:
            assert "Existing" in names and len(names) >= 2

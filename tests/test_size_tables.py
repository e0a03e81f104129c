"""Bundled size tables."""

import pytest

from mtm.core.errors import InputError
from mtm.core.measurements import validate
from mtm.core.size_tables import available_size_tables, load_size_table


def test_women_and_men_tables_cover_xs_to_3xl_and_validate():
    assert {"women", "men"} <= set(available_size_tables())
    for name in ("women", "men"):
        table = load_size_table(name)
        assert table.size_names == ("XS", "S", "M", "L", "XL", "XXL", "3XL")
        chests = [ms["chest_girth"] for _, ms in table.sizes]
        assert chests == sorted(chests) and chests[1] - chests[0] == 8
        for _, ms in table.sizes:
            assert not [p for p in validate(ms) if p.severity == "error"]
            # both waists: the natural one under the survey's navel waist
            assert ms["waist_girth"] < ms["waist_girth_omphalion"]


def test_unknown_table_and_size_are_named():
    with pytest.raises(InputError, match="unknown size table 'kids'"):
        load_size_table("kids")
    with pytest.raises(InputError, match="'XXXXL'"):
        load_size_table("men")["XXXXL"]

"""Reading and writing measurement files by extension: the file checks and atomic writes."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from mtm.core.errors import InputError
from mtm.core.io import measurement_files as mf
from mtm.core.io.measurement_files import (
    read_measurement_table,
    read_measurements,
    write_measurement_table,
    write_measurements,
)
from mtm.core.measurements import MeasurementSet

DATA = Path(__file__).parent / "data" / "seamly"
ANNA = MeasurementSet.from_mapping({"height": 165, "weight": 61, "chest_girth": 92,
                                    "waist_girth": 74, "hip_girth": 100, "@ease": 2},
                                   sex="female", name="Anna")


def expect_error(path, expected: str) -> str:
    with pytest.raises(InputError) as caught:
        read_measurements(path)
    message = str(caught.value)
    assert message.startswith(str(path)), message
    assert expected in message and "\n" not in message, message
    return message


def test_missing_file(tmp_path):
    expect_error(tmp_path / "nobody.json", "file not found")


def test_a_directory(tmp_path):
    folder = tmp_path / "folder.json"
    folder.mkdir()
    expect_error(folder, "is a folder")


def test_empty_and_blank_files(tmp_path):
    for name, content in (("e.json", b""), ("b.csv", b" \n\n"), ("e.vit", b"")):
        path = tmp_path / name
        path.write_bytes(content)
        expect_error(path, "empty")


def test_binary_file(tmp_path):
    path = tmp_path / "photo.json"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)))
    expect_error(path, "binary data")


def test_huge_file_is_refused_before_reading(tmp_path):
    path = tmp_path / "huge.csv"
    with open(path, "wb") as handle:  # sparse: no disk used
        handle.truncate(mf.MAX_BYTES + 1)
    expect_error(path, "MB limit")


def test_read_limit_also_holds_for_a_small_limit(tmp_path):
    path = tmp_path / "m.json"
    path.write_text("x" * 100)
    with pytest.raises(InputError, match="limit"):
        mf.read_bytes(path, limit=50)


def test_not_utf8_json(tmp_path):
    path = tmp_path / "latin.json"
    path.write_bytes(b'{"format": "mtm-measurements/1", "name": "J\xf6rg"}')
    expect_error(path, "not UTF-8")


def test_unknown_extension(tmp_path):
    path = tmp_path / "m.txt"
    path.write_text("height 170")
    expect_error(path, "cannot read .txt; expected one of .json, .csv")


def test_a_csv_of_several_customers_is_not_one_customer(tmp_path):
    path = tmp_path / "two.csv"
    path.write_text("name,sex,units,height\nA,f,cm,160\nB,m,cm,180\n")
    expect_error(path, "holds 2 customers")
    assert len(read_measurement_table(path)) == 2


@pytest.mark.parametrize("ext", [".json", ".csv", ".vit"])
@pytest.mark.parametrize("units", ["cm", "mm", "in"])
def test_write_then_read_gives_the_same_measurements(tmp_path, ext, units):
    path = tmp_path / f"anna{ext}"
    write_measurements(ANNA, path, units)
    back = read_measurements(path)
    assert back.name == "Anna" and back.sex == "female"
    assert set(back.values) == set(ANNA.values)
    for key, value in ANNA.values.items():
        assert back[key] == pytest.approx(value, abs=1e-3)
    assert back.extra["@ease"] == pytest.approx(2.0, abs=1e-3)
    assert [p.name for p in tmp_path.iterdir()] == [path.name]  # no temporary file left


def test_write_replaces_an_existing_file_atomically(tmp_path):
    path = tmp_path / "a.json"
    path.write_text("old")
    write_measurements(ANNA, path)
    assert read_measurements(path)["height"] == 165


def test_write_errors(tmp_path):
    with pytest.raises(InputError, match="does not exist"):
        write_measurements(ANNA, tmp_path / "missing" / "a.json")
    (tmp_path / "d.json").mkdir()
    with pytest.raises(InputError, match="is a folder"):
        write_measurements(ANNA, tmp_path / "d.json")
    with pytest.raises(InputError, match="cannot write .vst"):
        write_measurements(ANNA, tmp_path / "a.vst")
    with pytest.raises(InputError, match="holds one customer but there are 2"):
        write_measurement_table([ANNA, ANNA], tmp_path / "two.json")
    with pytest.raises(InputError, match="a.json: height"):
        write_measurements(MeasurementSet(values={"height": float("inf")}), tmp_path / "a.json")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["d.json"]


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads every file")
def test_unreadable_file(tmp_path):
    path = tmp_path / "secret.json"
    path.write_text("{}")
    path.chmod(0)
    expect_error(path, "cannot read the file")


def test_multisize_table_to_csv_has_one_row_per_size(tmp_path):
    out = tmp_path / "sizes.csv"
    write_measurement_table(read_measurement_table(DATA / "table_v046.smms"), out)
    rows = read_measurement_table(out)
    assert [r["chest_girth"] for r in rows] == [100, 92, 96, 104, 108]


# -- the two waists ----------------------------------------------------------------------------

OLD_FILES = {  # files written before the navel waist existed: one waist, the natural one
    "old.json": ('{"format": "mtm-measurements/1", "name": "Anna", "sex": "female", '
                 '"units": "cm", "measurements": {"height": 165, "chest_girth": 92, '
                 '"waist_girth": 74, "hip_girth": 100}}'),
    "old.csv": "name,sex,units,height,chest_girth,waist_girth,hip_girth\nAnna,f,cm,165,92,74,100\n",
    "old.vit": ('<?xml version="1.0" encoding="UTF-8"?><vit><version>0.3.3</version>'
                '<read-only>false</read-only><unit>cm</unit><personal><family-name/>'
                '<given-name>Anna</given-name><birth-date>1800-01-01</birth-date>'
                '<gender>female</gender><email/></personal><body-measurements>'
                '<m name="height" value="165"/><m name="bust_circ" value="92"/>'
                '<m name="waist_circ" value="74"/><m name="hip_circ" value="100"/>'
                '</body-measurements></vit>'),
}


@pytest.mark.parametrize("name", sorted(OLD_FILES))
def test_old_files_with_one_waist_read_as_before(tmp_path, name):
    path = tmp_path / name
    path.write_text(OLD_FILES[name], encoding="utf-8")
    ms = read_measurements(path)
    assert dict(ms.values) == {"height": 165, "chest_girth": 92, "waist_girth": 74,
                               "hip_girth": 100}
    assert not ms.extra and not ms.estimated and ms.sex == "female"
    full = ms.with_estimates()
    assert full["waist_girth"] == 74 and "waist_girth_omphalion" in full.estimated
    assert full["waist_girth_omphalion"] > 74


@pytest.mark.parametrize("suffix", [".json", ".csv", ".vit"])
def test_both_waists_round_trip(tmp_path, suffix):
    ms = ANNA.with_value("waist_girth_omphalion", 82.5)
    path = tmp_path / f"anna{suffix}"
    write_measurements(ms, path)
    back = read_measurements(path)
    assert back["waist_girth"] == 74 and back["waist_girth_omphalion"] == 82.5
    assert "waist_girth_omphalion" not in back.extra

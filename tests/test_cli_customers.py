"""``mtm customers add|list|show|import|export`` end to end, and its one-line user errors."""

from __future__ import annotations

import json
import sqlite3

import pytest

from mtm.app.cli import main
from mtm.core.io.measurement_files import read_measurements, write_measurements
from mtm.core.measurements import MeasurementSet
from mtm.core.store import CustomerBook

ADA = {"height": 165.0, "weight": 61.0, "chest_girth": 92.0, "waist_girth": 74.0,
       "hip_girth": 100.0, "neck_base_girth": 36.0}


@pytest.fixture
def book(tmp_path, monkeypatch):
    """Path of a fresh book, also set as $MTM_BOOK so verbs without --book use it."""
    path = tmp_path / "book.sqlite"
    monkeypatch.setenv("MTM_BOOK", str(path))
    return path


def _json_file(path, values=ADA, name="Ada", sex="female", units="cm"):
    path.write_text(json.dumps({"format": "mtm-measurements/1", "name": name, "sex": sex,
                                "units": units, "measurements": values}))
    return path


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def fails(capsys, *argv, match):
    """The verb exits 2 with exactly one line on stderr containing ``match``."""
    code, out, err = run(capsys, *argv)
    assert code == 2, (out, err)
    lines = err.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith("mtm: error: "), err
    assert match in lines[0], lines[0]
    assert "Traceback" not in err
    return lines[0]


# -- add / list / show ---------------------------------------------------------------------------

def test_add_list_show(capsys, book, tmp_path):
    source = _json_file(tmp_path / "ada.json")
    code, out, _ = run(capsys, "customers", "add", "Ada Lovelace", "--measurements", str(source),
                       "--email", "ada@example.org", "--note", "first fitting")
    assert code == 0 and "added customer 1: Ada Lovelace with 6 measurement(s)" in out
    assert run(capsys, "customers", "add", "Bob", "--sex", "male", "--book", str(book))[0] == 0

    code, out, _ = run(capsys, "customers", "list")
    assert code == 0
    rows = out.splitlines()
    assert rows[0].split()[:2] == ["ID", "NAME"] and "Ada Lovelace" in rows[1]
    assert rows[2].split()[:4] == ["2", "Bob", "male", "0"]

    code, out, _ = run(capsys, "customers", "list", "--json", "--search", "example")
    listed = json.loads(out)
    assert [(c["id"], c["name"], c["sex"], c["measurement_versions"]) for c in listed] == \
           [(1, "Ada Lovelace", "female", 1)]

    code, out, _ = run(capsys, "customers", "show", "ada lovelace")
    assert code == 0 and "Customer 1: Ada Lovelace" in out
    assert "version 1 of 1" in out and "first fitting" in out
    assert "Chest / bust girth" in out and "92.0 cm" in out and "61.0 kg" in out

    code, out, _ = run(capsys, "customers", "show", "1", "--json")
    shown = json.loads(out)
    assert shown["customer"]["email"] == "ada@example.org"
    assert shown["measurements"]["format"] == "mtm-measurements/1"
    assert shown["measurements"]["measurements"] == ADA
    assert shown["measurements"]["version"] == 1 and shown["orders"] == []
    assert "history" not in shown


def test_add_in_inches_is_stored_in_cm(capsys, book, tmp_path):
    source = _json_file(tmp_path / "in.json", {"height": 65.0, "waist_girth": 30.0},
                        units="in")
    assert run(capsys, "customers", "add", "Ines", "--measurements", str(source))[0] == 0
    with CustomerBook(book) as opened:
        ms = opened.latest_measurements(1)
    assert ms["height"] == pytest.approx(165.1) and ms["waist_girth"] == pytest.approx(76.2)


def test_show_history_lists_every_version_and_changes(capsys, book, tmp_path):
    with CustomerBook(book) as opened:
        ada = opened.add_customer("Ada", measurements=MeasurementSet.from_mapping(ADA))
        opened.save_measurements(ada.id, MeasurementSet.from_mapping({**ADA, "waist_girth": 76}),
                                 note="after holidays")
        opened.add_order(ada.id, "skirt", {"length_cm": 60}, fabric="wool",
                         measurement_version=2)
    code, out, _ = run(capsys, "customers", "show", "Ada", "--history")
    assert code == 0
    assert "version 2 of 2" in out and "after holidays" in out
    assert "~ Waist girth: 74.0 cm -> 76.0 cm" in out
    assert "#1 skirt: new, wool, measurements v2" in out
    code, out, _ = run(capsys, "customers", "show", "Ada", "--history", "--json")
    shown = json.loads(out)
    assert [v["version"] for v in shown["history"]] == [1, 2]
    assert shown["history"][0]["measurements"]["waist_girth"] == 74.0
    assert shown["measurements"]["measurements"]["waist_girth"] == 76.0
    assert shown["orders"][0]["options"] == {"length_cm": 60}


def test_add_warns_but_refuses_errors(capsys, book, tmp_path):
    bad = _json_file(tmp_path / "bad.json", {**ADA, "underbust_girth": 120.0})
    fails(capsys, "customers", "add", "Ada", "--measurements", str(bad),
          match="underbust_girth")
    with CustomerBook(book) as opened:
        assert not opened.customers()
    odd = _json_file(tmp_path / "odd.json", {**ADA, "waist_girth": 130.0})
    code, out, err = run(capsys, "customers", "add", "Ada", "--measurements", str(odd))
    assert code == 0 and "added customer 1" in out
    assert "warning:" in err and "waist_girth" in err


def test_sex_conflict_and_missing_file(capsys, book, tmp_path):
    source = _json_file(tmp_path / "ada.json")
    fails(capsys, "customers", "add", "Ada", "--sex", "male", "--measurements", str(source),
          match="--sex male but the file says female")
    fails(capsys, "customers", "add", "Ada", "--measurements", str(tmp_path / "none.json"),
          match="file not found")


# -- import / export -----------------------------------------------------------------------------

def _csv(path, rows):
    path.write_text("name,sex,units,height,chest_girth,waist_girth,hip_girth\n" +
                    "".join(",".join(str(c) for c in row) + "\n" for row in rows))
    return path


def test_import_csv_creates_customers_with_measurements(capsys, book, tmp_path):
    table = _csv(tmp_path / "clients.csv", [("Ada", "f", "cm", 165, 92, 74, 100),
                                            ("Bob", "m", "in", 70, 40, 34, 39)])
    code, out, _ = run(capsys, "customers", "import", str(table), "--note", "spring list")
    assert code == 0 and "added 2 customer(s)" in out
    with CustomerBook(book) as opened:
        ada, bob = opened.customers()
        assert (ada.name, ada.sex, bob.name, bob.sex) == ("Ada", "female", "Bob", "male")
        assert opened.latest_measurements(ada.id)["chest_girth"] == 92.0
        assert opened.latest_measurements(bob.id)["height"] == pytest.approx(177.8)
        assert opened.measurement_versions(bob.id)[0].note == "spring list"


def test_import_update_existing_adds_a_version(capsys, book, tmp_path):
    _csv(tmp_path / "a.csv", [("Ada", "f", "cm", 165, 92, 74, 100)])
    _csv(tmp_path / "b.csv", [("ada", "f", "cm", 165, 92, 77, 100),
                              ("Cleo", "f", "cm", 170, 90, 70, 98)])
    assert run(capsys, "customers", "import", str(tmp_path / "a.csv"))[0] == 0
    code, out, _ = run(capsys, "customers", "import", str(tmp_path / "b.csv"),
                       "--update-existing")
    assert code == 0 and "added 1" in out and "1 existing" in out
    with CustomerBook(book) as opened:
        assert [c.name for c in opened.customers()] == ["Ada", "Cleo"]
        history = opened.measurement_history(1)
        assert [ms["waist_girth"] for _, _, ms in history] == [74.0, 77.0]


def test_import_with_one_bad_row_imports_nothing(capsys, book, tmp_path):
    with CustomerBook(book) as opened:
        opened.add_customer("Existing")
    table = _csv(tmp_path / "clients.csv", [("Ada", "f", "cm", 165, 92, 74, 100),
                                            ("Bob", "m", "cm", 170, -40, 80, 95)])
    fails(capsys, "customers", "import", str(table), match="record 2 (Bob)")
    with CustomerBook(book) as opened:
        assert [c.name for c in opened.customers()] == ["Existing"]


def test_import_json_and_vit_and_refuse_size_tables(capsys, book, tmp_path):
    source = _json_file(tmp_path / "ada.json", name="")
    assert run(capsys, "customers", "import", str(source))[0] == 0
    vit = tmp_path / "bob.vit"
    write_measurements(MeasurementSet.from_mapping(ADA, sex="male", name="Bob"), vit)
    assert run(capsys, "customers", "import", str(vit))[0] == 0
    with CustomerBook(book) as opened:
        names = [c.name for c in opened.customers()]
        assert names == ["ada", "Bob"]  # an unnamed set is named after its file
        assert opened.latest_measurements(2)["hip_girth"] == pytest.approx(100.0)
    table = tmp_path / "sizes.vst"
    table.write_text("<vst/>")
    fails(capsys, "customers", "import", str(table), match="multisize table")


def test_export_round_trips_by_extension(capsys, book, tmp_path):
    with CustomerBook(book) as opened:
        ada = opened.add_customer("Ada", sex="female",
                                  measurements=MeasurementSet.from_mapping(ADA), units="in")
        opened.save_measurements(ada.id, MeasurementSet.from_mapping({**ADA, "hip_girth": 104}))
    for ext in ("json", "csv", "vit"):
        out_path = tmp_path / f"ada.{ext}"
        code, out, _ = run(capsys, "customers", "export", "Ada", str(out_path))
        assert code == 0, out
        back = read_measurements(out_path)
        assert back.name == "Ada" and back.sex == "female"
        assert back["hip_girth"] == pytest.approx(104.0, abs=1e-3)
    first = tmp_path / "first.json"
    assert run(capsys, "customers", "export", "1", str(first), "--version", "1")[0] == 0
    data = json.loads(first.read_text())
    assert data["units"] == "in"  # written in the units version 1 was taken in
    assert data["measurements"]["hip_girth"] == pytest.approx(100 / 2.54, abs=1e-3)
    fails(capsys, "customers", "export", "1", str(tmp_path / "x.json"), "--version", "5",
          match="no measurement version 5")
    fails(capsys, "customers", "export", "1", str(tmp_path / "ada.txt"), match=".txt")


# -- user mistakes: one line, exit 2 -------------------------------------------------------------

def test_unknown_and_ambiguous_customers(capsys, book):
    with CustomerBook(book) as opened:
        opened.add_customer("Sam")
        opened.add_customer("Sam")
        opened.add_customer("Bob")
    fails(capsys, "customers", "show", "Kim", match="no customer named 'Kim'")
    fails(capsys, "customers", "show", "42", match="no customer with id or name '42'")
    fails(capsys, "customers", "show", "sam", match="2 customers are named 'sam' (ids 1, 2)")
    fails(capsys, "customers", "export", "Bob", str(book.parent / "b.json"),
          match="has no measurements yet")


@pytest.mark.parametrize("kind", ["text", "folder", "foreign", "damaged"])
def test_unreadable_database_is_one_line_and_untouched(capsys, tmp_path, kind):
    path = tmp_path / "book.sqlite"
    if kind == "text":
        path.write_text("not a database at all\n" * 20)
    elif kind == "folder":
        path.mkdir()
    elif kind == "foreign":
        with sqlite3.connect(path) as raw:
            raw.execute("CREATE TABLE songs (title TEXT)")
        raw.close()
    else:
        with CustomerBook(path) as opened:
            for i in range(50):
                opened.add_customer(f"C{i}", notes="n" * 400)
        data = bytearray(path.read_bytes())
        data[4096 * 2: 4096 * 3] = bytes(4096)
        path.write_bytes(bytes(data))
    before = None if kind == "folder" else path.read_bytes()
    for argv in (["list"], ["show", "1"], ["add", "Ada"]):
        line = fails(capsys, "customers", *argv, "--book", str(path), match=str(path))
        assert "customer book" in line
    if before is not None:
        assert path.read_bytes() == before


def test_missing_book_reading_verbs_create_nothing(capsys, tmp_path):
    path = tmp_path / "nowhere" / "book.sqlite"
    code, out, err = run(capsys, "customers", "list", "--book", str(path))
    assert code == 0 and out == "" and "no customers" in err
    code, out, _ = run(capsys, "customers", "list", "--json", "--book", str(path))
    assert code == 0 and json.loads(out) == []
    fails(capsys, "customers", "show", "1", "--book", str(path), match="does not exist")
    assert not path.parent.exists()


@pytest.mark.parametrize("verb", ["add", "list", "show", "import", "export"])
def test_every_verb_has_help(capsys, verb):
    with pytest.raises(SystemExit) as stop:
        main(["customers", verb, "--help"])
    assert stop.value.code == 0
    out = capsys.readouterr().out
    assert "--book" in out and f"customers {verb}" in out


def test_bad_arguments_exit_2(capsys, book):
    with pytest.raises(SystemExit) as stop:
        main(["customers", "add", "Ada", "--sex", "robot"])
    assert stop.value.code == 2
    assert "invalid choice" in capsys.readouterr().err


def test_real_process_unreadable_book_exit_2_one_line(tmp_path):
    import subprocess
    import sys

    path = tmp_path / "book.sqlite"
    path.write_bytes(b"\x00\x01garbage" * 100)
    proc = subprocess.run([sys.executable, "-m", "mtm.app.cli", "customers", "list",
                           "--book", str(path)], capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "not an SQLite database" in proc.stderr
    assert proc.stdout == ""

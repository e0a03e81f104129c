"""``mtm measurements validate|convert``: exit codes, one-line errors, JSON report."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from mtm.app.cli import main
from mtm.core.io.ansur import ansur_path

DATA = Path(__file__).parent / "data" / "seamly"
GOOD = {"format": "mtm-measurements/1", "name": "Anna", "sex": "female", "units": "cm",
        "measurements": {"height": 165.0, "weight": 61.0, "chest_girth": 92.0,
                         "waist_girth": 74.0, "hip_girth": 100.0}}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def write_json(tmp_path: Path, name: str = "m.json", **changes) -> Path:
    data = json.loads(json.dumps(GOOD))
    for key, value in changes.items():
        if key in data["measurements"] or key.endswith("_girth"):
            data["measurements"][key] = value
        else:
            data[key] = value
    path = tmp_path / name
    path.write_text(json.dumps(data))
    return path


def assert_one_line_error(code: int, err: str, *parts: str) -> None:
    assert code == 2
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("mtm: error: ")
    assert "Traceback" not in err
    for part in parts:
        assert part in lines[0], lines[0]


def test_validate_valid_file(tmp_path, capsys):
    path = write_json(tmp_path)
    code, out, err = run(capsys, "measurements", "validate", str(path))
    assert code == 0 and err == ""
    assert "0 error(s)" in out


def test_validate_json_report(tmp_path, capsys):
    path = write_json(tmp_path, waist_girth=140.0)  # waist far above chest: a warning
    code, out, err = run(capsys, "measurements", "validate", str(path), "--json")
    report = json.loads(out)
    assert code == 0 and err == ""
    assert report["valid"] is True
    assert report["problems"] and all(set(p) == {"key", "severity", "message"}
                                      for p in report["problems"])
    assert {p["severity"] for p in report["problems"]} == {"warning"}


def test_validate_invalid_file_exits_2_with_one_line(tmp_path, capsys):
    path = write_json(tmp_path, chest_girth=-90.0)
    code, out, err = run(capsys, "measurements", "validate", str(path), "--json")
    report = json.loads(out)
    assert report["valid"] is False
    assert report["problems"][0] == {"key": "chest_girth", "severity": "error",
                                     "message": report["problems"][0]["message"]}
    assert_one_line_error(code, err, str(path), "chest_girth", "not valid")


@pytest.mark.parametrize("content, parts", [
    ("{nope", ["not valid JSON"]),
    ('{"format": "other/1", "units": "cm", "measurements": {}}', ["format", "other/1"]),
    ('{"format": "mtm-measurements/1", "units": "yards", "measurements": {}}',
     ["units", "yards"]),
    ('{"format": "mtm-measurements/1", "units": "cm", "measurements": {"height": "tall"}}',
     ["measurements.height", "expected a number"]),
    ('{"format": "mtm-measurements/1", "units": "cm", "measurements": {"height": NaN}}',
     ["measurements.height", "finite"]),
    ("", ["empty"]),
])
def test_malformed_json_via_cli(tmp_path, capsys, content, parts):
    path = tmp_path / "bad.json"
    path.write_text(content)
    for verb in (["validate", str(path)], ["convert", str(path), str(tmp_path / "o.csv")]):
        code, out, err = run(capsys, "measurements", *verb)
        assert_one_line_error(code, err, str(path), *parts)
    assert not (tmp_path / "o.csv").exists()


@pytest.mark.parametrize("name, part", [
    ("duplicate_names.vit", "waist_circ"),
    ("entity_bomb.vit", "DOCTYPE"),
    ("external_entity.vit", "DOCTYPE"),
    ("broken.vit", "not well-formed"),
])
def test_bad_seamly_files_via_cli(capsys, name, part):
    code, out, err = run(capsys, "measurements", "validate", str(DATA / name))
    assert_one_line_error(code, err, name, part)


@pytest.mark.parametrize("name, parts", [
    ("empty_value.vit", ["waist_circ", "has an empty value"]),
    ("bad_name.vit", ["waist circ", "invalid name"]),
    ("no_measurements.vit", ["no usable measurement"]),
])
def test_valentinas_broken_files_exit_2_in_one_line(capsys, tmp_path, name, parts):
    for verb in (["validate", str(DATA / name)],
                 ["convert", str(DATA / name), str(tmp_path / "o.json")]):
        code, out, err = run(capsys, "measurements", *verb)
        assert_one_line_error(code, err, str(DATA / name), *parts)
    assert not (tmp_path / "o.json").exists()


def test_a_json_file_without_measurements_is_not_valid(tmp_path, capsys):
    path = tmp_path / "none.json"
    path.write_text('{"format": "mtm-measurements/1", "units": "cm", "measurements": {}}')
    code, out, err = run(capsys, "measurements", "validate", str(path), "--json")
    assert json.loads(out)["valid"] is False
    assert_one_line_error(code, err, str(path), "no usable measurement")


def test_file_level_mistakes_via_cli(tmp_path, capsys):
    folder = tmp_path / "dir.json"
    folder.mkdir()
    binary = tmp_path / "b.csv"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    truncated = tmp_path / "t.csv"
    truncated.write_text("name,sex,units,height,chest_girth\nA,f,cm,165,90\nB,f,cm,1")
    huge = tmp_path / "huge.json"
    with open(huge, "wb") as handle:
        handle.truncate(64 * 1024 * 1024)
    empty = tmp_path / "e.vit"
    empty.write_text("")
    cases = [(tmp_path / "missing.json", "not found"), (folder, "folder"),
             (binary, "binary"), (truncated, "truncated"), (huge, "limit"), (empty, "empty")]
    for path, part in cases:
        code, out, err = run(capsys, "measurements", "validate", str(path))
        assert_one_line_error(code, err, str(path), part)


def test_convert_round_trip_and_units(tmp_path, capsys):
    src = write_json(tmp_path)
    vit = tmp_path / "anna.vit"
    code, out, err = run(capsys, "measurements", "convert", str(src), str(vit), "--units", "mm")
    assert code == 0 and err == ""
    assert b"<unit>mm</unit>" in vit.read_bytes()
    back = tmp_path / "back.json"
    assert run(capsys, "measurements", "convert", str(vit), str(back))[0] == 0
    data = json.loads(back.read_text())
    assert data["units"] == "cm" and data["sex"] == "female" and data["name"] == "Anna"
    for key, value in GOOD["measurements"].items():
        assert data["measurements"][key] == pytest.approx(value, abs=1e-3)


def test_convert_refuses_invalid_measurements_and_many_to_one(tmp_path, capsys):
    src = write_json(tmp_path, chest_girth=-1.0)
    code, out, err = run(capsys, "measurements", "convert", str(src), str(tmp_path / "o.vit"))
    assert_one_line_error(code, err, "chest_girth", "not converted")
    table = tmp_path / "t.csv"
    table.write_text("name,sex,units,height\nA,f,cm,160\nB,m,cm,180\n")
    code, out, err = run(capsys, "measurements", "convert", str(table), str(tmp_path / "o.json"))
    assert_one_line_error(code, err, "holds one customer but there are 2")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["m.json", "t.csv"]


def test_validate_whole_ansur_file(capsys):
    path = ansur_path("female")
    code, out, err = run(capsys, "measurements", "validate", str(path), "--json")
    assert code == 0, err
    assert json.loads(out)["valid"] is True


def test_help_on_every_verb(capsys):
    for argv in (["measurements", "--help"], ["measurements", "validate", "--help"],
                 ["measurements", "convert", "--help"]):
        with pytest.raises(SystemExit) as caught:
            main(argv)
        assert caught.value.code == 0
        assert "usage:" in capsys.readouterr().out


def mtm_command() -> list[str]:
    script = Path(sys.executable).with_name("mtm")
    return [str(script)] if script.exists() else [sys.executable, "-m", "mtm.app.cli"]


def test_real_entry_point_gives_one_line_and_no_traceback(tmp_path):
    bad = tmp_path / "bad.vit"
    bad.write_bytes((DATA / "entity_bomb.vit").read_bytes())
    good = tmp_path / "good.json"
    good.write_text(json.dumps(GOOD))
    result = subprocess.run([*mtm_command(), "measurements", "validate", str(bad)],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 2
    assert result.stdout == ""
    assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr
    result = subprocess.run([*mtm_command(), "measurements", "validate", str(good), "--json"],
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0 and json.loads(result.stdout)["valid"] is True

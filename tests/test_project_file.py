"""The .mtm project file: exact round trip, atomic saves, damaged files, recovery files."""

from __future__ import annotations

import io
import json
import os
import zipfile
from dataclasses import replace

import numpy as np
import pytest

from mtm.app import project as projects
from mtm.app.project import BodyMeshData, Project, load_project, project_to_dict, save_project
from mtm.core.drape.result import DrapedGarment
from mtm.core.errors import InputError
from mtm.core.measurements import MeasurementSet


def _drape(n: int = 30, seed: int = 1) -> DrapedGarment:
    rng = np.random.default_rng(seed)
    faces = rng.integers(0, n, size=(40, 3))
    return DrapedGarment(vertices=rng.normal(size=(n, 3)) * 20, faces=faces,
                         uvs=rng.normal(size=(n, 2)), piece_of_face=rng.integers(0, 3, 40),
                         piece_names=("front", "back", "sleeve (mirrored)"),
                         strain_warp=rng.normal(size=n) / 50, strain_weft=rng.normal(size=n) / 50,
                         ease=rng.normal(size=n), report={"seconds": 1.25, "converged": True,
                                                          "tightness": {"too_small": False}})


def _project() -> Project:
    ms = MeasurementSet(values={"height": 162.6, "chest_girth": 94.1, "waist_girth": 85.2},
                        sex="female", name="Ada Test", estimated=frozenset({"waist_girth"}))
    rng = np.random.default_rng(2)
    return Project(customer_name="Ada Test", customer_id=7, measurements=ms, units="in",
                   garment="tshirt", options={"fit": "slim", "length": 5.5, "buttons": 6},
                   fabric="denim", look="denim", color="#223344", resolution=2.5,
                   drape=_drape(), body=BodyMeshData(rng.normal(size=(12, 3)),
                                                     rng.integers(0, 12, size=(20, 3))))


def test_round_trip_is_exact(tmp_path):
    original = _project()
    path = save_project(original, tmp_path / "ada.mtm")
    back = load_project(path)
    assert project_to_dict(back) == project_to_dict(original)
    assert back.measurements == original.measurements
    for name in ("vertices", "faces", "uvs", "piece_of_face", "strain_warp", "strain_weft",
                 "ease"):
        np.testing.assert_array_equal(getattr(back.drape, name), getattr(original.drape, name))
    assert back.drape.piece_names == original.drape.piece_names
    np.testing.assert_array_equal(back.body.vertices, original.body.vertices)
    np.testing.assert_array_equal(back.body.faces, original.body.faces)


def test_project_without_drape(tmp_path):
    original = _project().without_drape()
    back = load_project(save_project(original, tmp_path / "p.mtm"))
    assert back.drape is None and back.body is None
    assert project_to_dict(back) == project_to_dict(original)


def test_failed_save_keeps_the_old_file(tmp_path, monkeypatch):
    path = save_project(_project(), tmp_path / "p.mtm")
    before = path.read_bytes()

    def broken(_project):
        raise OSError("disk full")

    monkeypatch.setattr(projects, "project_bytes", broken)
    with pytest.raises(OSError):
        save_project(_project(), path)
    assert path.read_bytes() == before
    assert [p.name for p in tmp_path.iterdir()] == ["p.mtm"]  # no temporary file left


def _zip(files: dict[str, bytes]) -> bytes:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue()


def _good_json() -> dict:
    return project_to_dict(_project().without_drape())


@pytest.mark.parametrize("make", [
    lambda: b"",
    lambda: b"this is not a project",
    lambda: projects.project_bytes(_project())[:200],  # truncated
    lambda: _zip({"other.txt": b"x"}),
    lambda: _zip({"project.json": b"{not json"}),
    lambda: _zip({"project.json": b"\xff\xfe\x00"}),
    lambda: _zip({"project.json": b"[1, 2]"}),
    lambda: _zip({"project.json": json.dumps({**_good_json(), "format": "other/9"}).encode()}),
    lambda: _zip({"project.json": json.dumps({**_good_json(), "garment": 5}).encode()}),
    lambda: _zip({"project.json": json.dumps({**_good_json(), "options": []}).encode()}),
    lambda: _zip({"project.json": json.dumps(
        {**_good_json(), "measurements": {"values": {"height": "tall"}}}).encode()}),
    lambda: _zip({"project.json": json.dumps(
        {**_good_json(), "drape": {"piece_names": []}}).encode()}),  # drape.npz missing
    lambda: _zip({"project.json": json.dumps(
        {**_good_json(), "drape": {"piece_names": []}}).encode(), "drape.npz": b"garbage"}),
], ids=["empty", "text", "truncated", "no-json", "bad-json", "bad-utf8", "not-object",
        "format", "garment-type", "options-type", "measurement-value", "no-npz", "bad-npz"])
def test_damaged_files_are_input_errors(tmp_path, make):
    path = tmp_path / "broken.mtm"
    path.write_bytes(make())
    with pytest.raises(InputError) as info:
        load_project(path)
    assert "broken.mtm" in str(info.value)


def test_inconsistent_drape_mesh_is_refused(tmp_path):
    bad = replace(_drape(), faces=np.array([[0, 1, 99]]))
    path = save_project(replace(_project(), drape=bad), tmp_path / "p.mtm")
    with pytest.raises(InputError, match="inconsistent"):
        load_project(path)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(InputError, match="no such project file"):
        load_project(tmp_path / "nope.mtm")
    with pytest.raises(InputError, match="folder"):
        load_project(tmp_path)


def test_recovery_files_of_dead_processes_only(tmp_path, monkeypatch):
    monkeypatch.setenv(projects.RECOVERY_ENV, str(tmp_path / "rec"))
    mine = projects.autosave(_project(), projects.new_session(), "/somewhere/ada.mtm")
    assert projects.recoverable() == []  # this process is alive: its autosave is its own
    dead_pid = 2 ** 22 + 12345  # above Linux's pid_max default range
    dead = mine.with_name(f"autosave-{dead_pid}-1{projects.SUFFIX}")
    os.replace(mine, dead)
    assert projects.recoverable() == [dead]
    assert load_project(dead).original_path == "/somewhere/ada.mtm"


# -- outfits ---------------------------------------------------------------------------------
def _outfit_project() -> Project:
    return replace(_project(), garment="shirt", outfit="trousers", outfit_fabric="wool_suiting",
                   outfit_drape=_drape(n=24, seed=5))


def test_outfit_round_trip_keeps_the_second_garment_and_its_drape(tmp_path):
    original = _outfit_project()
    back = load_project(save_project(original, tmp_path / "outfit.mtm"))
    assert back.outfit == "trousers" and back.outfit_fabric == "wool_suiting"
    assert project_to_dict(back) == project_to_dict(original)
    for name in ("vertices", "faces", "uvs", "piece_of_face", "strain_warp", "strain_weft",
                 "ease"):
        np.testing.assert_array_equal(getattr(back.outfit_drape, name),
                                      getattr(original.outfit_drape, name))
        np.testing.assert_array_equal(getattr(back.drape, name), getattr(original.drape, name))
    assert back.outfit_drape.piece_names == original.outfit_drape.piece_names
    assert back.outfit_drape.report == original.outfit_drape.report


def test_outfit_without_drape_keeps_only_the_garment_name(tmp_path):
    back = load_project(save_project(_outfit_project().without_drape(), tmp_path / "o.mtm"))
    assert back.outfit == "trousers"
    assert back.drape is None and back.outfit_drape is None and back.outfit_fabric == ""


def test_a_project_from_before_outfits_opens_as_before(tmp_path):
    """A project.json without the outfit keys (as saved before outfits existed) opens worn
    alone, and saving it again writes no outfit keys."""
    path = save_project(_project(), tmp_path / "old.mtm")
    with zipfile.ZipFile(path) as archive:
        data = json.loads(archive.read("project.json"))
        npz = np.load(io.BytesIO(archive.read("drape.npz")))
        assert "outfit" not in data and "outfit" not in data["drape"]
        assert not any(name.startswith("outfit_") for name in npz.files)
    back = load_project(path)
    assert back.outfit == "" and back.outfit_drape is None
    assert project_to_dict(back) == project_to_dict(_project())


def test_damaged_outfit_drape_is_refused(tmp_path):
    path = save_project(_outfit_project(), tmp_path / "o.mtm")
    with zipfile.ZipFile(path) as archive:
        data = archive.read("project.json")
        with np.load(io.BytesIO(archive.read("drape.npz"))) as npz:
            arrays = {k: npz[k] for k in npz.files if k != "outfit_uvs"}
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    broken = tmp_path / "broken.mtm"
    with zipfile.ZipFile(broken, "w") as archive:
        archive.writestr("project.json", data)
        archive.writestr("drape.npz", buffer.getvalue())
    with pytest.raises(InputError, match="outfit's drape lacks outfit_uvs"):
        load_project(broken)


def test_outfit_field_of_the_wrong_type_is_refused(tmp_path):
    data = project_to_dict(_project().without_drape())
    data["outfit"] = "trousers"  # must be an object
    path = tmp_path / "bad.mtm"
    with zipfile.ZipFile(path, "w") as archive:
        archive.writestr("project.json", json.dumps(data))
    with pytest.raises(InputError, match="'outfit'"):
        load_project(path)

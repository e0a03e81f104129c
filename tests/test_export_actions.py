"""app/export_actions.py: what the Export menu writes from the studio (cut files from the
pattern at once; 3D files from the drape shown as a job), the folder and settings it
remembers, and the share page's words in the studio's language. The fit and drape are quick
stand-ins (tests/studio_fakes.py)."""

from __future__ import annotations

import ezdxf
import pytest
import trimesh
from PySide6.QtWidgets import QFileDialog, QMessageBox
from studio_fakes import open_studio, record_status

from mtm.core import i18n as core_i18n

pytestmark = pytest.mark.gui


@pytest.fixture
def warnings(monkeypatch):
    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a: said.append(text))
    return said


def test_cut_files_are_written_at_once_and_their_settings_remembered(qtbot, book_path,
                                                                      monkeypatch, tmp_path):
    with open_studio(qtbot, book_path, monkeypatch) as (win, _fake):
        bench = win.workbench
        exports = bench.exports
        said = record_status(win)
        svg = tmp_path / "out" / "pattern.svg"
        svg.parent.mkdir()
        assert exports.export("svg", svg) == svg
        assert svg.read_text(encoding="utf-8").lstrip().startswith(("<?xml", "<svg"))
        assert bench.settings.value("folders/exports") == str(svg.parent)
        assert said == [f"Wrote {svg}"]

        dxf = tmp_path / "pattern.dxf"
        assert exports.export("dxf", dxf, mode="gerber", units="in") == dxf
        blocks = [b.name for b in ezdxf.readfile(dxf).blocks if not b.name.startswith("*")]
        assert len(blocks) == len(bench.garment.pieces)
        assert bench.settings.value("export/dxf_mode") == "gerber"
        assert bench.settings.value("export/dxf_units") == "in"
        assert bench.settings.value("folders/exports") == str(tmp_path)


def test_the_menu_asks_where_and_suggests_customer_and_garment(qtbot, book_path, monkeypatch,
                                                              tmp_path):
    asked: list[str] = []
    target = tmp_path / "chosen.svg"

    def save_name(_parent, _title, suggestion, *args):
        asked.append(suggestion)
        return str(target), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    with open_studio(qtbot, book_path, monkeypatch) as (win, _fake):
        bench = win.workbench
        bench.settings.setValue("folders/exports", str(tmp_path))
        bench.export_actions["svg"].trigger()
        name = win.form.measurements().name.replace(" ", "_")
        assert asked == [str(tmp_path / f"{name}-tshirt.svg")]
        assert target.exists()


def test_pictures_need_a_drape(qtbot, book_path, monkeypatch, warnings):
    with open_studio(qtbot, book_path, monkeypatch) as (win, _fake):
        # no file dialog is opened (conftest fails a test that opens one unpatched)
        win.workbench.exports.choose_export("glb")
        assert warnings == ["Drape the garment first (Ctrl+D)."]


def test_a_glb_holds_the_body_and_the_garment(qtbot, book_path, monkeypatch, tmp_path):
    with open_studio(qtbot, book_path, monkeypatch) as (win, _fake):
        bench = win.workbench
        with qtbot.waitSignal(bench.drapeShown, timeout=60_000):
            bench.start_drape()
        path = tmp_path / "look.glb"
        with qtbot.waitSignal(bench.jobs.finished, timeout=120_000) as blocker:
            job = bench.exports.export("glb", path)
        assert job is not None and blocker.args[1] == "done"
        scene = trimesh.load(path, force="scene")
        assert len(scene.geometry) >= 2  # the body and the garment, each its own mesh
        total = sum(len(g.vertices) for g in scene.geometry.values())
        assert total >= len(bench.drape.vertices) + len(bench.body_mesh.vertices)


def test_the_share_page_speaks_the_studio_language(qtbot, book_path, monkeypatch, tmp_path):
    with open_studio(qtbot, book_path, monkeypatch) as (win, _fake):
        bench = win.workbench
        with qtbot.waitSignal(bench.drapeShown, timeout=60_000):
            bench.start_drape()
        info = bench.exports.share_info()
        assert info.language == core_i18n.language() == "en"
        assert info.customer == win.current_customer().name
        assert info.measurements  # the drape shown was made from the pattern shown
        bench.auto_redrape_action.setChecked(False)
        bench.garment_panel.editor("length").setValue(9.0)
        assert bench.exports.share_info().measurements == ()  # stale: no girths claimed

        previous = core_i18n.language()
        core_i18n.set_language("vi")
        try:
            assert bench.exports.share_info().language == "vi"
            path = tmp_path / "share.html"
            with qtbot.waitSignal(bench.jobs.finished, timeout=120_000) as blocker:
                bench.exports.export("share", path)
            assert blocker.args[1] == "done"
        finally:
            core_i18n.set_language(previous)
        html = path.read_text(encoding="utf-8")
        assert '<html lang="vi">' in html and "data:model/gltf-binary;base64," in html

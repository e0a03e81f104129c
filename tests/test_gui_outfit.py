"""An outfit in the studio: the Garment dock offers a second garment of the other kind (tops
for a bottom, bottoms for a top); draping drapes both (the bottom first, the top over it,
``drape_outfit``) and the 3D view shows the body with two garment meshes. The cloth solver
and the fit are quick stand-ins (tests/studio_fakes.py): what is tested is the studio's flow;
``tests/test_drape_outfit.py`` drapes outfits for real."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest
import trimesh
from studio_fakes import open_studio

import mtm.core.drape.outfit

pytestmark = pytest.mark.gui


def _choose(combo, name: str) -> None:
    index = combo.findData(name)
    assert index >= 0, f"{name} is not offered"
    combo.setCurrentIndex(index)


def _offered(combo) -> list[str]:
    return [combo.itemData(i) for i in range(combo.count())]


def test_shirt_over_trousers_shows_two_garments(qtbot, book_path, monkeypatch, tmp_path):
    with open_studio(qtbot, book_path, monkeypatch) as (win, fake):
        monkeypatch.setattr(mtm.core.drape.outfit, "drape_garment", fake)
        bench = win.workbench
        panel = bench.garment_panel
        qtbot.waitUntil(lambda: panel.outfit_combo.isEnabled(), timeout=120_000)
        assert panel.outfit() == "" and panel.outfit_combo.currentData() == ""

        _choose(panel.garment_combo, "shirt")
        qtbot.waitUntil(lambda: bench.garment.name == "shirt" and not bench.drafting(),
                        timeout=20_000)
        offered = _offered(panel.outfit_combo)
        assert offered[0] == "" and {"trousers", "skirt"} <= set(offered)
        assert "tshirt" not in offered and "shirt" not in offered  # tops go over bottoms
        _choose(panel.outfit_combo, "trousers")
        assert panel.outfit() == "trousers" and bench.project_dirty

        bench.resolution_spin.setValue(3.0)
        with qtbot.waitSignal(bench.drapeShown, timeout=60_000):
            bench.start_drape()
        # the trousers first (on the body), the shirt over them, each in its own fabric
        assert [c["garment"] for c in fake.calls[-2:]] == ["trousers", "shirt"]
        assert [c["fabric"] for c in fake.calls[-2:]] == ["wool_suiting", "cotton_poplin"]
        drapes = bench.drapes
        assert len(drapes.others) == 1 and drapes.others[0][1:] == ("wool_suiting", "trousers")
        assert drapes.fresh() and drapes.inputs[-1] == "trousers"

        view = bench.view3d
        assert view.garment is not None and len(view.under) == 1
        actors = view.plotter.renderer.actors
        assert "body" in actors and "garment" in actors and "garment-2" in actors

        # the exports carry both garments
        assert bench.exports.share_info().garments == ["Shirt", "Trousers"]
        path = tmp_path / "outfit.glb"
        with qtbot.waitSignal(bench.jobs.finished, timeout=120_000) as blocker:
            bench.export("glb", path)
        assert blocker.args[1] == "done"
        scene = trimesh.load(path, force="scene")
        assert len(scene.geometry) == 3  # the body, the shirt and the trousers
        assert any("trousers" in node for node in scene.graph.nodes_geometry)

        # worn alone again: the drape shown is stale because the outfit changed
        bench.auto_redrape_action.setChecked(False)
        _choose(panel.outfit_combo, "")
        assert view.stale and "outfit" in view.banner_label.text()
        with qtbot.waitSignal(bench.drapeShown, timeout=60_000):
            bench.start_drape()
        assert drapes.others == [] and view.under == ()
        assert "garment-2" not in view.plotter.renderer.actors


def test_a_bottom_is_offered_tops_and_a_switch_drops_what_no_longer_fits(qtbot, book_path,
                                                                          monkeypatch):
    with open_studio(qtbot, book_path, monkeypatch) as (win, _fake):
        panel = win.workbench.garment_panel
        qtbot.waitUntil(lambda: panel.outfit_combo.isEnabled(), timeout=120_000)
        _choose(panel.garment_combo, "skirt")
        offered = _offered(panel.outfit_combo)
        assert {"tshirt", "shirt"} <= set(offered)
        assert "trousers" not in offered and "skirt" not in offered
        _choose(panel.outfit_combo, "tshirt")
        _choose(panel.garment_combo, "trousers")  # a T-shirt still goes over trousers
        assert panel.outfit() == "tshirt"
        _choose(panel.garment_combo, "shirt")  # a T-shirt does not go over a shirt
        assert panel.outfit() == "" and panel.outfit_combo.currentIndex() == 0


def _drape_outfit(qtbot, bench, top: str, bottom: str) -> None:
    """Choose ``top`` worn with ``bottom`` and drape both (3 cm, fakes)."""
    panel = bench.garment_panel
    qtbot.waitUntil(lambda: panel.outfit_combo.isEnabled(), timeout=120_000)
    _choose(panel.garment_combo, top)
    qtbot.waitUntil(lambda: bench.garment.name == top and not bench.drafting(), timeout=20_000)
    _choose(panel.outfit_combo, bottom)
    bench.resolution_spin.setValue(3.0)
    with qtbot.waitSignal(bench.drapeShown, timeout=60_000):
        bench.start_drape()


def test_showroom_shows_the_whole_outfit(qtbot, book_path, monkeypatch):
    """Both garment meshes in the showroom's view, its turntable and compare; the swatches
    dress the main garment, the second keeps its own look."""
    from mtm.app.showroom import COLOURWAYS

    with open_studio(qtbot, book_path, monkeypatch) as (win, fake):
        monkeypatch.setattr(mtm.core.drape.outfit, "drape_garment", fake)
        bench = win.workbench
        bench.auto_redrape_action.setChecked(False)
        bench.resolution_spin.setValue(3.0)
        _choose(bench.garment_panel.garment_combo, "shirt")
        qtbot.waitUntil(lambda: bench.garment.name == "shirt" and not bench.drafting(),
                        timeout=20_000)
        with qtbot.waitSignal(bench.drapeShown, timeout=60_000):  # the shirt alone first
            bench.start_drape()
        _drape_outfit(qtbot, bench, "shirt", "trousers")

        room = bench.open_showroom()
        qtbot.addWidget(room)
        qtbot.waitExposed(room)
        left, right = room.panes
        actors = left.plotter.renderer.actors
        assert {"body", "garment", "garment-2"} <= set(actors)
        assert left.caption.text().startswith("Shirt + Trousers")
        trousers_mesh = left.variant.under[0][0]
        assert len(trousers_mesh.vertices) == len(bench.drapes.others[0][0].vertices)

        # a swatch redresses the shirt only: the trousers keep their mesh and their look
        trousers_look = left.variant.under[0][1]
        shirt_actor = actors["garment"]
        navy = dict(COLOURWAYS)["Navy"]
        room.colour_buttons[navy].click()
        actors = left.plotter.renderer.actors
        assert "garment-2" in actors and actors["garment"] is not shirt_actor
        assert left.variant.color == navy
        assert left.variant.under[0] == (trousers_mesh, trousers_look)
        assert left.scene.under[0][1] is trousers_look
        points = actors["garment-2"].GetMapper().GetInput().GetNumberOfPoints()
        assert points == len(trousers_mesh.vertices)

        # the turntable turns the whole outfit
        room.turn_button.click()
        qtbot.wait(400)
        room.turn_button.click()
        assert left.azimuth > 0.0 and "garment-2" in left.plotter.renderer.actors

        # compare colourways: the outfit on both sides
        room.compare_colour_button.click()
        assert right.isVisible() and "garment-2" in right.plotter.renderer.actors
        assert right.variant.under is left.variant.under
        # compare with the drape before: the shirt alone beside the outfit
        room.compare_previous_button.click()
        assert right.variant.under == ()
        assert right.caption.text().startswith("Shirt") and "Trousers" not in \
            right.caption.text()
        assert "garment-2" not in right.plotter.renderer.actors
        assert "garment-2" in left.plotter.renderer.actors
        room.close()


def test_a_saved_outfit_reopens_with_both_garments(qtbot, book_path, monkeypatch, tmp_path):
    with open_studio(qtbot, book_path, monkeypatch) as (win, fake):
        monkeypatch.setattr(mtm.core.drape.outfit, "drape_garment", fake)
        bench = win.workbench
        panel = bench.garment_panel
        bench.auto_redrape_action.setChecked(False)
        _drape_outfit(qtbot, bench, "tshirt", "skirt")
        path = tmp_path / "outfit.mtm"
        assert bench.save_project(path)
        worn = bench.drapes.others[0][0]

        # worn alone, then the project opened again: "Worn with" and both garments are back
        _choose(panel.outfit_combo, "")
        bench.project_dirty = False
        calls = len(fake.calls)
        assert bench.open_project(path)
        assert panel.outfit() == "skirt" and panel.outfit_combo.currentData() == "skirt"
        drapes = bench.drapes
        assert len(drapes.others) == 1 and drapes.others[0][2] == "skirt"
        assert drapes.others[0][1] == "wool_suiting"  # the skirt's own fabric
        np.testing.assert_array_equal(drapes.others[0][0].vertices, worn.vertices)
        assert drapes.fresh() and not bench.view3d.stale and len(fake.calls) == calls
        assert "garment-2" in bench.view3d.plotter.renderer.actors

        # a project saved before outfits (no outfit in it) opens worn alone, as before
        from mtm.app import project as projects

        old = projects.load_project(path)
        plain = tmp_path / "plain.mtm"
        projects.save_project(replace(old, outfit="", outfit_drape=None, outfit_fabric=""),
                              plain)
        bench.project_dirty = False
        assert bench.open_project(plain)
        assert panel.outfit() == "" and panel.outfit_combo.currentIndex() == 0
        assert drapes.others == [] and drapes.fresh()
        assert "garment-2" not in bench.view3d.plotter.renderer.actors


def test_an_outfit_asked_for_before_garments_are_told_apart_is_kept(qtbot):
    """A project opened at start-up asks for its outfit before the warm-up knows which
    garments are bottoms: the outfit is kept (shown, greyed) and stays once it fits."""
    from mtm.app.garment_panel import GarmentPanel, catalogue

    panel = GarmentPanel(garment="shirt", specs=catalogue())
    qtbot.addWidget(panel)
    panel.set_outfit("trousers", emit=False)
    assert panel.outfit() == "trousers" and not panel.outfit_combo.isEnabled()
    assert panel.outfit_combo.currentData() == "trousers"
    panel.set_bottoms(frozenset({"trousers", "skirt"}))
    assert panel.outfit() == "trousers" and panel.outfit_combo.isEnabled()

    other = GarmentPanel(garment="shirt", specs=catalogue())
    qtbot.addWidget(other)
    other.set_outfit("tshirt", emit=False)  # two tops: dropped once they are told apart
    other.set_bottoms(frozenset({"trousers", "skirt"}))
    assert other.outfit() == "" and other.outfit_combo.currentIndex() == 0


def test_a_jacket_is_worn_over_a_shirt(qtbot, book_path, monkeypatch):
    """The jacket is offered the tops and bottoms it goes over; a shirt or trousers are not
    offered the jacket (it is chosen as the garment, the shirt worn under it). The shirt is
    draped first, the jacket over it, and the jacket is the garment the view dresses."""
    with open_studio(qtbot, book_path, monkeypatch) as (win, fake):
        monkeypatch.setattr(mtm.core.drape.outfit, "drape_garment", fake)
        bench = win.workbench
        panel = bench.garment_panel
        qtbot.waitUntil(lambda: panel.outfit_combo.isEnabled(), timeout=120_000)
        _choose(panel.garment_combo, "shirt")
        assert "jacket" not in _offered(panel.outfit_combo)
        _choose(panel.garment_combo, "trousers")
        assert "jacket" not in _offered(panel.outfit_combo)
        _choose(panel.garment_combo, "jacket")
        qtbot.waitUntil(lambda: bench.garment.name == "jacket" and not bench.drafting(),
                        timeout=20_000)
        offered = _offered(panel.outfit_combo)
        assert {"shirt", "tshirt", "trousers", "skirt"} <= set(offered)
        assert "jacket" not in offered
        _choose(panel.outfit_combo, "shirt")
        bench.resolution_spin.setValue(3.0)
        with qtbot.waitSignal(bench.drapeShown, timeout=60_000):
            bench.start_drape()
        assert [c["garment"] for c in fake.calls[-2:]] == ["shirt", "jacket"]
        assert [c["fabric"] for c in fake.calls[-2:]] == ["cotton_poplin", "wool_suiting"]
        drapes = bench.drapes
        assert drapes.drape.report["over"] == ["shirt"]
        assert drapes.others[0][1:] == ("cotton_poplin", "shirt")
        assert len(bench.view3d.under) == 1
        # a T-shirt chosen as the garment drops the shirt: two tops next to the skin
        _choose(panel.garment_combo, "tshirt")
        assert panel.outfit() == ""

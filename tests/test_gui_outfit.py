"""An outfit in the studio: the Garment dock offers a second garment of the other kind (tops
for a bottom, bottoms for a top); draping drapes both (the bottom first, the top over it,
``drape_outfit``) and the 3D view shows the body with two garment meshes. The cloth solver
and the fit are quick stand-ins (tests/studio_fakes.py): what is tested is the studio's flow;
``tests/test_drape_outfit.py`` drapes outfits for real."""

from __future__ import annotations

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

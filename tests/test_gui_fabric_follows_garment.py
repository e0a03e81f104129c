"""The studio's fabric follows the garment: each garment starts in the fabric it is designed for
(``GarmentSpec.fabric``), a fabric the user picks for a garment is remembered for it, and undoing
a garment switch brings the fabric back with it."""
from __future__ import annotations

import pytest

from mtm.app.fabric_panel import fabric_presets
from mtm.app.main_window import MainWindow
from mtm.core.store import CustomerBook
from mtm.patterns import get_garment

pytestmark = pytest.mark.gui


def _switch(panel, name: str) -> None:
    panel.garment_combo.setCurrentIndex(panel.garment_combo.findData(name))


def _pick(fabric_panel, name: str) -> None:
    fabric_panel.fabric_list.setCurrentRow([p[0] for p in fabric_presets()].index(name))


def test_fabric_follows_the_garment(qtbot, book_path, monkeypatch, tmp_path):
    monkeypatch.setenv("MTM_CONFIG_DIR", str(tmp_path / "config"))  # no remembered choices
    assert get_garment("skirt").fabric != get_garment("tshirt").fabric  # else nothing to see
    with CustomerBook(book_path) as book:
        win = MainWindow(book)
        qtbot.addWidget(win)
        win.show()
        bench = win.workbench
        qtbot.waitUntil(bench.garment_panel.ready, timeout=120_000)
        garments, fabrics = bench.garment_panel, bench.fabric_panel
        start = garments.garment()
        assert fabrics.fabric() == get_garment(start).fabric
        assert not bench.project_dirty  # the catalogue arriving is not a change

        _switch(garments, "skirt")
        assert fabrics.fabric() == get_garment("skirt").fabric  # not the T-shirt's jersey
        bench.undo_stack.undo()
        assert garments.garment() == start and fabrics.fabric() == get_garment(start).fabric
        bench.undo_stack.redo()
        assert garments.garment() == "skirt"
        assert fabrics.fabric() == get_garment("skirt").fabric

        _pick(fabrics, "linen")  # the user's choice for the skirt ...
        _switch(garments, "trousers")
        assert fabrics.fabric() == get_garment("trousers").fabric
        _switch(garments, "skirt")
        assert fabrics.fabric() == "linen"  # ... is remembered for the skirt
        _pick(fabrics, get_garment("skirt").fabric)  # back to its own: nothing to remember
        assert bench.settings.value("fabric/skirt") is None
        bench.project_dirty = False
        win.form.mark_saved()
        win.close()


def test_a_remembered_fabric_that_is_gone_is_forgotten(qtbot, book_path, monkeypatch, tmp_path):
    """A fabric remembered for a garment that is no longer a preset (removed or renamed since)
    is not selected: the garment gets its own fabric and the stale choice is dropped."""
    monkeypatch.setenv("MTM_CONFIG_DIR", str(tmp_path / "config"))
    with CustomerBook(book_path) as book:
        win = MainWindow(book)
        qtbot.addWidget(win)
        bench = win.workbench
        bench.settings.setValue("fabric/skirt", "velvet_discontinued")
        win.show()
        qtbot.waitUntil(bench.garment_panel.ready, timeout=120_000)
        _switch(bench.garment_panel, "skirt")
        assert bench.fabric_panel.fabric() == get_garment("skirt").fabric
        assert bench.settings.value("fabric/skirt") is None
        assert "no longer a preset" in win.statusBar().currentMessage()
        bench.project_dirty = False
        win.form.mark_saved()
        win.close()

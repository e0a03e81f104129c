"""Showroom mode under Xvfb: full-screen view, camera buttons, turntable, swatches that
change the look at once, and side-by-side compare of colourways or of two drapes.

The variants are the render room's stand-in mannequin and tube garment (no fitting or
draping needed); the studio flow drapes the sample customer twice at 3 cm.
"""

from __future__ import annotations

import numpy as np
import pytest
from PySide6.QtWidgets import QMessageBox

from mtm.app.showroom import COLOURWAYS, Showroom, Variant, drape_label
from mtm.render.standin import standin_body, standin_garment

pytestmark = pytest.mark.gui


@pytest.fixture
def variants():
    body = standin_body()
    snug = Variant("Tube: fit snug", body, standin_garment(86.0), "solid", "#b3202a")
    loose = Variant("Tube: fit loose", body, standin_garment(100.0), "solid", "#b3202a")
    return snug, loose


def _pane_image(pane) -> np.ndarray:
    return np.asarray(pane.plotter.screenshot(return_img=True))[..., :3].astype(int)


def _mean_garment_colour(pane) -> np.ndarray:
    """Mean colour over the middle of the view (the tube garment on the torso)."""
    img = _pane_image(pane)
    h, w = img.shape[:2]
    return img[int(h * 0.3):int(h * 0.45), int(w * 0.45):int(w * 0.55)].reshape(-1, 3).mean(0)


def test_showroom_walk(qtbot, variants):
    snug, loose = variants
    room = Showroom(snug, loose)
    qtbot.addWidget(room)
    room.start()
    qtbot.waitExposed(room)
    assert room.isFullScreen()
    left, right = room.panes
    assert left.scene is not None and not right.isVisible()
    assert "fit snug" in left.caption.text()

    # large camera buttons
    room.camera_buttons["back"].click()
    assert left.azimuth == pytest.approx(180.0)
    room.camera_buttons["front"].click()
    assert left.azimuth == pytest.approx(0.0)

    # a slow turntable that keeps the window responsive
    room.turn_button.click()
    qtbot.wait(600)
    assert 2.0 < left.azimuth < 40.0  # 20 deg/s: about 12 deg in 0.6 s
    room.turn_button.click()
    stopped = left.azimuth
    qtbot.wait(200)
    assert left.azimuth == stopped
    room.camera_buttons["front"].click()

    # a colour swatch changes the look at once, with the same meshes (no redrape)
    red = _mean_garment_colour(left)
    assert red[0] > 1.5 * red[2]
    navy = dict((n, c) for n, c in COLOURWAYS)["Navy"]
    room.colour_buttons[navy].click()
    assert left.variant.color == navy and left.variant.garment is snug.garment
    blue = _mean_garment_colour(left)
    assert blue[2] > blue[0]
    room.look_buttons["gingham"].click()
    assert left.variant.look == "gingham" and room.look_buttons["gingham"].isChecked()

    # compare two colourways: same drape both sides, swatches go to the right view
    room.compare_colour_button.click()
    assert right.isVisible() and right.scene is not None
    assert right.variant.garment is left.variant.garment
    assert right.variant.color != left.variant.color
    sage = dict((n, c) for n, c in COLOURWAYS)["Sage"]
    room.colour_buttons[sage].click()
    assert right.variant.color == sage and left.variant.color == navy
    # one camera for both views
    room.camera_buttons["three-quarter"].click()
    assert right.azimuth == pytest.approx(left.azimuth)
    np.testing.assert_allclose(right.camera_state()[0], left.camera_state()[0], atol=1e-6)

    # compare with the previous drape: the other fit, in the same look
    room.compare_previous_button.click()
    assert room.compare_mode == "previous" and not room.compare_colour_button.isChecked()
    assert right.variant.garment is loose.garment and "fit loose" in right.caption.text()
    assert right.variant.color == left.variant.color

    # back to one view; Esc closes
    room.compare_previous_button.click()
    assert not right.isVisible()
    with qtbot.waitSignal(room.closed, timeout=5000):
        room.close()
    assert left.plotter is None


def test_compare_with_previous_needs_a_previous_drape(qtbot, variants):
    room = Showroom(variants[0], None)
    qtbot.addWidget(room)
    room.start()
    assert not room.compare_previous_button.isEnabled()
    room.set_compare("previous")
    assert room.compare_mode == "" and not room.panes[1].isVisible()
    room.close()


def test_drape_label_names_what_differs():
    a = ((("chest_girth", 94.0),), "female", "tshirt", (("fit", "slim"), ("length", "2.0")),
         "cotton_jersey", 3.0)
    b = ((("chest_girth", 94.0),), "female", "tshirt", (("fit", "regular"), ("length", "2.0")),
         "cotton_jersey", 3.0)
    assert drape_label(a, b) == "Tshirt: fit slim"
    assert drape_label(b, None) == "Tshirt"


@pytest.mark.slow
def test_studio_opens_the_showroom_with_the_previous_fit(qtbot, book_path, monkeypatch,
                                                         tmp_path):
    from mtm.app.jobs import wait_for_jobs
    from mtm.app.main_window import MainWindow
    from mtm.app.samples import add_sample_customer_if_empty
    from mtm.core.store import CustomerBook

    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a: QMessageBox.StandardButton.No)
    with CustomerBook(book_path) as book:
        add_sample_customer_if_empty(book)
        win = MainWindow(book)
        qtbot.addWidget(win)
        win.show()
        win.customer_panel.select_first()
        bench = win.workbench
        qtbot.waitUntil(bench.garment_panel.ready, timeout=120_000)
        qtbot.waitUntil(lambda: bench.garment is not None and not bench.drafting(),
                        timeout=60_000)
        assert bench.open_showroom() is None  # nothing draped yet: a status message
        bench.resolution_spin.setValue(3.0)
        with qtbot.waitSignal(bench.drapeShown, timeout=600_000):
            bench.start_drape()
        bench.garment_panel.editor("fit").setCurrentText("slim")
        qtbot.waitUntil(lambda: bench.garment.options.get("fit") == "slim", timeout=60_000)
        with qtbot.waitSignal(bench.drapeShown, timeout=600_000):
            bench.start_drape()
        ms_before = win.form.measurements()
        room = bench.open_showroom()
        qtbot.waitExposed(room)
        assert "fit slim" in room.panes[0].caption.text()
        room.compare_previous_button.click()
        assert "fit regular" in room.panes[1].caption.text()
        room.close()
        assert win.form.measurements() == ms_before  # the showroom changed nothing

        # Export > Share page and Photo, in the background
        page, photo = tmp_path / "lan.html", tmp_path / "lan.png"
        for kind, path in (("share", page), ("photo", photo)):
            with qtbot.waitSignal(bench.jobs.finished, timeout=120_000) as blocker:
                bench.export(kind, path)
            assert blocker.args[1] == "done"
        text = page.read_text(encoding="utf-8")
        assert "median ANSUR II woman" in text and "Finished chest" in text
        assert "data:model/gltf-binary;base64," in text
        from PIL import Image

        with Image.open(photo) as im:
            assert im.size[0] == 800 and im.size[1] > 1000  # the caption band under it
        wait_for_jobs(30_000)
        win.form.mark_saved()
        bench.project_dirty = False
        win.close()

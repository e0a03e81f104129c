"""The studio's parts on their own: options form from declarations, fabric swatches, pattern
view (tape, checks, graded nest), background jobs (progress, cancel, error dialog), settings."""

from __future__ import annotations

import threading
import time

import numpy as np
import pytest
from PySide6.QtCore import QPointF, Qt
from PySide6.QtWidgets import QCheckBox, QComboBox, QDoubleSpinBox, QMessageBox

from mtm.app.fabric_panel import FabricPanel, fabric_presets
from mtm.app.garment_panel import GarmentPanel, catalogue
from mtm.app.jobs import Job, JobBar
from mtm.app.main_window import MainWindow
from mtm.app.pattern_view import PatternView, arc_position
from mtm.app.samples import sample_measurements
from mtm.core.errors import CancelledError, InputError
from mtm.patterns import garment_names, get_garment

pytestmark = pytest.mark.gui


@pytest.fixture(scope="module")
def specs():
    return catalogue()


def test_options_form_follows_the_declarations(qtbot, specs):
    panel = GarmentPanel(specs=specs)
    qtbot.addWidget(panel)
    for name in garment_names():
        panel.set_garment(name)
        assert panel.garment() == name
        for option in get_garment(name).options:
            editor = panel.editor(option.name)
            assert option.help in editor.toolTip()
            if option.kind == "number":
                assert isinstance(editor, QDoubleSpinBox)
                assert editor.minimum() == option.min and editor.maximum() == option.max
                assert editor.value() == pytest.approx(float(option.default))
                if option.unit == "cm":
                    assert editor.suffix() == " cm"
            elif option.kind == "choice":
                assert isinstance(editor, QComboBox)
                assert [editor.itemData(i) for i in range(editor.count())] == \
                    list(option.choices)
            else:
                assert isinstance(editor, QCheckBox)
        assert panel.options() == {o.name: o.default for o in get_garment(name).options}


def test_option_edit_signals_and_range(qtbot, specs):
    panel = GarmentPanel(specs=specs)
    qtbot.addWidget(panel)
    edits, changes = [], []
    panel.optionEdited.connect(lambda *a: edits.append(a))
    panel.optionsChanged.connect(lambda *a: changes.append(a))
    spin = panel.editor("length")
    spin.setValue(999.0)  # clamped by the declared range
    assert panel.options()["length"] == spin.maximum() == 20.0
    assert edits == [("length", 2.0, 20.0)] and changes[-1][0] == "tshirt"
    panel.set_option("length", 3.0)  # undo path: no optionEdited
    assert spin.value() == 3.0 and len(edits) == 1
    panel.reset_defaults()
    assert panel.options()["length"] == 2.0


def test_lazy_panel_remembers_the_wanted_garment(qtbot, specs):
    panel = GarmentPanel(garment="skirt", lazy=True)
    qtbot.addWidget(panel)
    assert not panel.ready() and not panel.isEnabled()
    panel.set_garment("trousers", {"front": "dart"})
    panel.set_specs(specs)
    assert panel.ready() and panel.garment() == "trousers"
    assert panel.options()["front"] == "dart"


def test_fabric_panel(qtbot):
    panel = FabricPanel()
    qtbot.addWidget(panel)
    presets = fabric_presets()
    panel.set_presets(presets)
    assert panel.fabric_list.count() == len(presets) >= 6
    fabrics, looks = [], []
    panel.fabricChanged.connect(fabrics.append)
    panel.lookChanged.connect(lambda look, color: looks.append((look, color)))
    row = [p[0] for p in presets].index("denim")
    panel.fabric_list.setCurrentRow(row)
    assert fabrics == ["denim"] and panel.look() == "denim"  # the look that suits it
    icon = panel.look_list.item(0).icon().pixmap(32, 32).toImage()
    assert not icon.isNull()
    panel.set_look("gingham", "#336699")
    assert looks[-1] == ("gingham", "#336699")


@pytest.fixture(scope="module")
def tshirt():
    return get_garment("tshirt").draft(sample_measurements().with_estimates(), {})


def test_pattern_view_draws_every_piece_and_measures(qtbot, tshirt):
    view = PatternView()
    qtbot.addWidget(view)
    view.resize(1000, 700)
    view.show()
    view.set_garment(tshirt)
    assert set(view.edges) == {(p.name, e.name) for p in tshirt.pieces for e in p.edges}
    notches = sum(n.count for p in tshirt.pieces for n in p.notches)
    drawn = [i for i in view.scene.items() if i.data(1) == "notch"]
    assert len(drawn) == notches
    assert len([i for i in view.scene.items() if i.data(1) == "grain"]) == len(tshirt.pieces)

    piece = tshirt.piece("front")
    edge = max(piece.edges, key=lambda e: e.length)
    assert view.measure_edge("front", edge.name) == pytest.approx(edge.length, rel=1e-9)
    assert view.last_tape[0].endswith("along the curve")
    assert view.measure_distance((0, 0), (3, 4)) == pytest.approx(5.0)
    item = view.edges[("front", edge.name)]
    pts = item.polyline
    half = view.measure_along("front", edge.name, tuple(pts[0]), tuple(pts[-1]))
    assert half == pytest.approx(item.length, rel=2e-3)  # flattened within 0.2 %
    view.set_units("in")
    assert view.measure_distance((0, 0), (2.54, 0)) == pytest.approx(2.54)
    assert view.last_tape[0] == "Distance: 1.00 in"


def test_tape_clicks_on_the_canvas(qtbot, tshirt):
    view = PatternView()
    qtbot.addWidget(view)
    view.show()
    view.set_garment(tshirt)
    view.tape_distance_action.trigger()
    assert view.canvas.tape_mode == "distance"
    view._on_tape_click(QPointF(0, 0), None)
    view._on_tape_click(QPointF(6, -8), None)
    assert view.last_tape[1] == pytest.approx(10.0)
    view.tape_curve_action.trigger()
    item = next(iter(view.edges.values()))
    a = QPointF(item.polyline[0][0], -item.polyline[0][1])
    view._on_tape_click(a, view.canvas.edge_near(a))
    assert view.last_tape[1] == pytest.approx(item.length)


def test_checks_listed_and_highlighted(qtbot, tshirt):
    view = PatternView()
    qtbot.addWidget(view)
    view.set_garment(tshirt)
    assert view.checks.count() == len(tshirt.checks)
    seam = tshirt.seams[0]
    keys = view.highlight_check(f"seam:{seam.label}")
    assert set(keys) == {(seam.a.piece, seam.a.edge), (seam.b.piece, seam.b.edge)}
    assert all(view.edges[k].zValue() == 5 for k in keys)
    others = [v for k, v in view.edges.items() if k not in keys]
    assert all(v.zValue() == 2 for v in others)
    view.checks.setCurrentRow(0)  # picking in the list highlights too
    name = view.checks.currentItem().data(Qt.ItemDataRole.UserRole)
    assert view.tape_label.text().startswith(name)


def test_graded_nest(qtbot, tshirt):
    view = PatternView()
    qtbot.addWidget(view)
    view.set_garment(tshirt)
    view.table_combo.setCurrentText("women")
    view.nest_action.setChecked(True)
    view._toggle_nest()
    assert len(view.nest_sizes) >= 5
    outlines = [i for i in view.scene.items() if i.toolTip().startswith("front, size")]
    assert len(outlines) == len(view.nest_sizes)
    view.nest_action.setChecked(False)
    view._toggle_nest()
    assert ("front", tshirt.piece("front").edges[0].name) in view.edges


def test_arc_position():
    line = np.array([[0.0, 0.0], [10.0, 0.0], [10.0, 10.0]])
    s, d = arc_position(line, (10.0, 4.0))
    assert s == pytest.approx(14.0) and d == pytest.approx(0.0)
    s, d = arc_position(line, (3.0, -2.0))
    assert s == pytest.approx(3.0) and d == pytest.approx(2.0)


def test_job_progress_result_and_no_freeze(qtbot):
    bar = JobBar()
    qtbot.addWidget(bar)
    seen = []

    def work(progress, cancelled):
        for i in range(5):
            time.sleep(0.05)
            progress((i + 1) / 5, f"step {i + 1}")
        return threading.current_thread() is not threading.main_thread()

    job = Job("counting", work)
    job.progressed.connect(lambda f, m: seen.append(f))
    ticks = []
    with qtbot.waitSignal(bar.finished, timeout=10_000) as blocker:
        bar.start(job)
        assert bar.isVisible()
        for _ in range(10):  # the GUI thread keeps running while the job works
            qtbot.wait(20)
            ticks.append(time.perf_counter())
    assert blocker.args[1] == "done" and job.result is True
    assert seen[-1] == 1.0 and not bar.isVisible()
    assert max(np.diff(ticks)) < 0.5


def test_job_cancel(qtbot):
    bar = JobBar()
    qtbot.addWidget(bar)

    def work(progress, cancelled):
        for _ in range(1000):
            if cancelled():
                raise CancelledError("stopped")
            time.sleep(0.01)
        return "finished"

    job = Job("long", work)
    with qtbot.waitSignal(bar.finished, timeout=10_000) as blocker:
        bar.start(job)
        qtbot.wait(50)
        bar.cancel_button.click()
    assert blocker.args[1] == "cancelled" and job.was_cancelled and job.result is None


def test_job_errors_say_what_to_fix(qtbot, monkeypatch):
    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda p, title, text, *a: shown.append(
        (title, text)))
    bar = JobBar()
    qtbot.addWidget(bar)

    def mistake(progress, cancelled):
        raise InputError("expected 0.5..3 cm", field="resolution")

    with qtbot.waitSignal(bar.finished, timeout=10_000):
        bar.start(Job("Draping", mistake))
    assert shown == [("Draping: problem", "resolution: expected 0.5..3 cm")]

    def bug(progress, cancelled):
        return 1 / 0

    with qtbot.waitSignal(bar.finished, timeout=10_000):
        bar.start(Job("Draping", bug))
    assert shown[-1][0] == "Draping: internal error" and "ZeroDivisionError" in shown[-1][1]


def test_settings_remembered(qtbot, book_path, monkeypatch, tmp_path):
    monkeypatch.setenv("MTM_CONFIG_DIR", str(tmp_path / "config"))
    from mtm.core.store import CustomerBook

    with CustomerBook(book_path) as book:
        first = MainWindow(book)
        qtbot.addWidget(first)
        first.form.set_units("in")
        first.workbench.fabric_panel.set_fabric("denim")
        first.workbench.fabric_panel.set_presets(fabric_presets())
        first.workbench.fabric_panel.fabric_list.setCurrentRow(
            [p[0] for p in fabric_presets()].index("denim"))
        first.close()
        second = MainWindow(book)
        qtbot.addWidget(second)
        assert second.form.units() == "in"
        assert second.workbench.fabric_panel.fabric() == "denim"
        assert second.workbench.pattern_view.units == "in"
        second.close()


def test_3d_exports_through_the_render_room(tmp_path):
    from PIL import Image

    from mtm.app.exports import Look3D, export_glb, export_png, export_turntable
    from mtm.render.glb import load_glb
    from mtm.render.standin import standin_body, standin_garment

    body, garment = standin_body(), standin_garment()
    look = Look3D(look="stripes", color="#204080", view="three-quarter")
    png = export_png(body, garment, tmp_path / "a.png", look, size=(120, 150))
    assert Image.open(png).size == (120, 150)
    gif = export_turntable(body, garment, tmp_path / "t.gif", look, frames=3, size=(64, 80))
    with Image.open(gif) as frames:
        assert frames.n_frames == 3
    glb = export_glb(body, garment, tmp_path / "m.glb", Look3D(fit_map="ease"))
    back_body, back_garment = load_glb(glb)
    assert len(back_body.vertices) == len(body.vertices)
    assert len(back_garment.faces) == len(garment.faces)

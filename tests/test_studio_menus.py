"""app/studio_menus.py: the workbench's menus, their entries, shortcuts and order, the
language choice, and the drape controls first in the 3D toolbar."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from mtm.app.main_window import MainWindow
from mtm.app.studio_menus import make_action

pytestmark = pytest.mark.gui


@pytest.fixture
def window(qtbot, tmp_path, monkeypatch):
    monkeypatch.setenv("MTM_CONFIG_DIR", str(tmp_path))
    made = MainWindow(None)
    qtbot.addWidget(made)
    yield made
    made.workbench.shutdown()


def _menu(window: MainWindow, title: str):
    for action in window.menuBar().actions():
        if action.text() == title:
            return action.menu()
    raise AssertionError(f"no menu {title!r}")


def _texts(menu) -> list[str]:
    return [a.text() if not a.isSeparator() else "-" for a in menu.actions()]


def test_make_action_calls_its_slot_and_shows_its_tip(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    calls: list[int] = []
    action = make_action(parent, "&Go", lambda: calls.append(1), "Ctrl+G", "Go there")
    assert isinstance(action, QAction) and action.text() == "&Go"
    assert action.shortcut() == QKeySequence("Ctrl+G")
    assert action.toolTip() == action.statusTip() == "Go there"
    action.trigger()
    assert calls == [1]


def test_the_menus_sit_between_the_window_own(window):
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles.index("&Edit") < titles.index("&Project") < titles.index("&Customer")
    assert titles.index("&Customer") < titles.index("&Garment") < titles.index("E&xport")
    assert titles.index("E&xport") < titles.index("&View")


def test_each_menu_holds_its_commands(window):
    bench = window.workbench
    assert _texts(_menu(window, "&Edit")) == [bench.undo_action.text(),
                                              bench.redo_action.text()]
    assert bench.undo_action.shortcut() == QKeySequence(QKeySequence.StandardKey.Undo)
    project = _texts(_menu(window, "&Project"))
    assert project[:4] == ["&New project", "&Open project…", "&Save project",
                           "Save project &as…"]
    assert project[4] == "Open &recent" and bench.recent_menu is bench.project.recent_menu
    assert not bench.recent_menu.isEnabled()  # no recent projects yet
    assert _texts(_menu(window, "&Garment")) == [
        "&Redraft now", "&Drape", "&Cancel job", "-", "Show &pattern", "Show &3D",
        "Sho&wroom"]
    assert bench.drape_action.shortcut() == QKeySequence("Ctrl+D")
    assert bench.showroom_action.shortcut() == QKeySequence("F11")
    assert bench.cancel_action in window.actions()  # Esc works wherever the focus is
    exports = _texts(_menu(window, "E&xport"))
    assert exports.index("-") == 4  # cut files, then pictures and 3D
    assert list(bench.export_actions) == ["dxf", "plain_dxf", "pdf", "svg", "png",
                                          "turntable", "glb", "photo", "share"]
    assert [a.text() for a in bench.export_actions.values()] == \
        [t for t in exports if t != "-"]
    view = _texts(_menu(window, "&View"))
    assert "Garment" in view and "Fabric" in view and "&Language" in view


def test_the_menu_entries_reach_the_workbench(window, qtbot):
    bench = window.workbench
    bench.show_tab("Pattern")
    _menu(window, "&Garment").actions()[5].trigger()  # Show 3D
    assert window.tabs.currentWidget() is bench.view3d
    said: list[str] = []
    window.statusBar().messageChanged.connect(said.append)
    bench.showroom_action.trigger()  # nothing draped: says so
    assert said[0].startswith("Drape the garment first")
    bench.language_actions["id"].trigger()
    assert bench.settings.value("language") == "id"
    assert bench.language_actions["id"].isChecked()
    assert not bench.language_actions["system"].isChecked()


def test_the_drape_controls_come_first_in_the_3d_toolbar(window):
    bench = window.workbench
    actions = bench.view3d.toolbar.actions()
    assert actions[0] is bench.drape_action
    widgets = [bench.view3d.toolbar.widgetForAction(a) for a in actions[1:3]]
    assert widgets[0].text().strip() == "mesh" and widgets[1] is bench.resolution_spin
    assert actions[3] is bench.auto_redrape_action and actions[4].isSeparator()
    assert bench.auto_redrape_action.isCheckable()

"""The menus the workbench adds to the main window: Edit, Project, Garment, Export, and the
garment and fabric docks and the Language choice under View.

``build_menus`` makes every action (kept on the workbench under the names the rest of the
studio and the tests use: ``undo_action``, ``drape_action``, ``export_actions``...) and files
it in its menu; the actions call the workbench, which hands the work to its parts. The 3D
toolbar's drape controls are placed here too, so all the studio's commands are in one place.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import partial
from typing import TYPE_CHECKING

from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QLabel, QMenu, QWidget

from mtm.core.i18n import LANGUAGE_NAMES, LANGUAGES

from .i18n import tr
from .settings import get_int, get_str

if TYPE_CHECKING:
    from .workbench import Workbench


def make_action(parent: QWidget, text: str, slot: Callable[[], object],
                shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
                tip: str = "") -> QAction:
    """An action showing ``text`` that calls ``slot()``, with its shortcut and tool tip (also
    shown in the status bar)."""
    action = QAction(text, parent)
    if shortcut is not None:
        action.setShortcut(QKeySequence(shortcut))
    if tip:
        action.setToolTip(tip)
        action.setStatusTip(tip)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(bench: Workbench) -> None:
    """Add the workbench's menus and actions to its window (before the Customer and View
    menus the window has), and the language choice under View."""
    w = bench.window
    act = partial(make_action, w)
    bar = w.menuBar()
    customer_anchor = w.customer_menu.menuAction()
    view_anchor = w.view_menu.menuAction()
    edit_menu = QMenu(tr("&Edit"), w)
    project_menu = QMenu(tr("&Project"), w)
    garment_menu = QMenu(tr("&Garment"), w)
    export_menu = QMenu(tr("E&xport"), w)
    bar.insertMenu(customer_anchor, edit_menu)
    bar.insertMenu(customer_anchor, project_menu)
    bar.insertMenu(view_anchor, garment_menu)
    bar.insertMenu(view_anchor, export_menu)

    bench.undo_action, bench.redo_action = bench.history.make_actions(w)
    edit_menu.addAction(bench.undo_action)
    edit_menu.addAction(bench.redo_action)

    project = bench.project
    bench.new_action = act(tr("&New project"), project.new_project, "Ctrl+Shift+N",
                           tr("Start a new project (customer, garment, fabric)"))
    bench.open_action = act(tr("&Open project…"), project.choose_open_project, "Ctrl+Shift+O")
    bench.save_action = act(tr("&Save project"), bench.save_project, "Ctrl+Shift+S")
    bench.save_as_action = act(tr("Save project &as…"), project.choose_save_as, "Ctrl+Alt+S")
    for action in (bench.new_action, bench.open_action, bench.save_action,
                   bench.save_as_action):
        project_menu.addAction(action)
    bench.recent_menu = project.recent_menu = project_menu.addMenu(tr("Open &recent"))
    project.fill_recent()

    bench.drape_action = act(tr("&Drape"), bench.start_drape, "Ctrl+D",
                             tr("Fit the body to the measurements and drape the garment on it "
                                "(runs in the background)"))
    bench.auto_redrape_action = act(
        tr("Auto"), bench.drapes.auto_redrape_toggled,
        tip=tr("Redrape by itself a moment after an edit, starting from the drape shown"))
    bench.auto_redrape_action.setCheckable(True)
    bench.auto_redrape_action.setChecked(bool(get_int(bench.settings, "auto_redrape", 1)))
    bench.cancel_action = act(tr("&Cancel job"), bench.jobs.cancel, "Esc",
                              tr("Stop the running fit or drape"))
    bench.redraft_action = act(tr("&Redraft now"), bench.schedule_draft, "F5")
    for action in (bench.redraft_action, bench.drape_action, bench.cancel_action):
        garment_menu.addAction(action)
    garment_menu.addSeparator()
    garment_menu.addAction(act(tr("Show &pattern"), lambda: bench.show_tab("Pattern"),
                               "Ctrl+1"))
    garment_menu.addAction(act(tr("Show &3D"), lambda: bench.show_tab("3D"), "Ctrl+2"))
    bench.showroom_action = act(tr("Sho&wroom"), bench.open_showroom, "F11",
                                tr("Show the draped garment to the customer full screen"))
    garment_menu.addAction(bench.showroom_action)
    bench.detailed_skin_action = act(
        tr("&Detailed body skin"), bench.drapes.detailed_skin_toggled,
        tip=tr("Show and drape on the detailed body skin instead of the smooth mannequin "
               "finish (from the next drape)"))
    bench.detailed_skin_action.setCheckable(True)
    bench.detailed_skin_action.setChecked(bool(get_int(bench.settings, "detailed_skin", 0)))
    w.view_menu.addSeparator()
    w.view_menu.addAction(bench.detailed_skin_action)

    export = bench.choose_export
    bench.export_actions = {
        "dxf": act(tr("Pattern &DXF (AAMA/ASTM)…"), lambda: export("dxf"), "Ctrl+Shift+D"),
        "plain_dxf": act(tr("&Cutter DXF…"), lambda: export("plain_dxf")),
        "pdf": act(tr("&PDF (plotter or tiled)…"), lambda: export("pdf"), "Ctrl+P"),
        "svg": act(tr("&SVG preview…"), lambda: export("svg")),
        "png": act(tr("3D picture (P&NG)…"), lambda: export("png")),
        "turntable": act(tr("&Turntable (GIF/MP4)…"), lambda: export("turntable")),
        "glb": act(tr("3D model (&GLB)…"), lambda: export("glb")),
        "photo": act(tr("P&hoto with caption (PNG)…"), lambda: export("photo"),
                     tip=tr("A picture with the customer's name, garment and fabric under it, "
                            "for messaging apps")),
        "share": act(tr("Share pa&ge (HTML)…"), lambda: export("share"),
                     tip=tr("One HTML file with the garment in 3D that the customer opens "
                            "offline, on a phone too")),
    }
    for key, action in bench.export_actions.items():
        if key == "png":
            export_menu.addSeparator()
        export_menu.addAction(action)
    if view_anchor is not None and view_anchor.menu() is not None:
        view_anchor.menu().addAction(bench.garment_dock.toggleViewAction())
        view_anchor.menu().addAction(bench.fabric_dock.toggleViewAction())
        view_anchor.menu().addSeparator()
        bench.language_actions = build_language_menu(bench, view_anchor.menu())
    w.addAction(bench.cancel_action)


def build_language_menu(bench: Workbench, parent: QMenu) -> dict[str, QAction]:
    """View > Language: the system's or one of the shipped languages; remembered in the
    settings and used from the next start (``--lang`` overrides it for one run). Returns the
    action of each choice ('system' and the language codes)."""
    menu = parent.addMenu(tr("&Language"))
    group = QActionGroup(menu)
    chosen = get_str(bench.settings, "language", "system") or "system"
    actions: dict[str, QAction] = {}
    for code in ("system", *LANGUAGES):
        text = tr("System language") if code == "system" else LANGUAGE_NAMES[code]
        action = menu.addAction(text)
        action.setCheckable(True)
        action.setChecked(code == chosen)
        group.addAction(action)
        action.triggered.connect(lambda _c=False, c=code: bench.choose_language(c))
        actions[code] = action
    return actions


def add_drape_controls(bench: Workbench) -> None:
    """The drape controls come first in the 3D toolbar (Drape, mesh size, Auto), so a
    narrow window keeps them."""
    bar = bench.view3d.toolbar
    first = bar.actions()[0]
    bar.insertAction(first, bench.drape_action)
    bar.insertWidget(first, QLabel(" " + tr("mesh") + " ", bench.view3d))
    bar.insertWidget(first, bench.resolution_spin)
    bar.insertAction(first, bench.auto_redrape_action)
    bar.insertSeparator(first)

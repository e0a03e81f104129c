"""The main window: customer book in the dock, form wiring, versions, unsaved changes."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QDockWidget, QLabel, QMessageBox

from mtm.app.dialogs import CustomerDialog
from mtm.app.main_window import MainWindow
from mtm.app.samples import add_sample_customer_if_empty, sample_measurements
from mtm.app.studio import open_book
from mtm.core.store import CustomerBook

pytestmark = pytest.mark.gui


@pytest.fixture
def book(book_path):
    with CustomerBook(book_path) as opened:
        yield opened


@pytest.fixture
def window(qtbot, book):
    add_sample_customer_if_empty(book)
    win = MainWindow(book)
    win.show()
    qtbot.waitExposed(win)
    win.customer_panel.select_first()
    yield win
    win.form.mark_saved()  # closing must not ask about unsaved changes in a test
    win.close()
    win.deleteLater()


@pytest.fixture
def answers(monkeypatch):
    """Answers to yes/no questions (popped in order) and the warnings shown."""
    record = {"yes": [], "asked": [], "warnings": []}

    def question(parent, title, text, *args):
        record["asked"].append(title)
        yes = record["yes"].pop(0)
        return QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda parent, title, text, *a: record["warnings"].append(text))
    return record


def type_value(qtbot, window: MainWindow, key: str, text: str) -> None:
    edit = window.form.fields[key].edit
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_window_layout(window):
    assert window.windowTitle() == "MTM Studio"
    tabs = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert tabs == ["Pattern", "3D"]
    docks = {d.windowTitle() for d in window.findChildren(QDockWidget)}
    assert docks == {"Customers", "Measurements", "Garment", "Fabric"}  # + workbench docks
    assert window.form.isVisible() and window.customer_panel.isVisible()
    icon = window.windowIcon().pixmap(64, 64).toImage()
    assert not icon.isNull() and icon.pixelColor(32, 4).name() == "#37474f"  # drawn from SVG


def test_a_later_view_replaces_the_note_and_follows_the_measurements(qtbot, window):
    view = QLabel("pattern view")
    seen = []
    window.form.measurementsChanged.connect(seen.append)
    window.set_view("Pattern", view)
    assert window.tabs.count() == 2
    assert window.tabs.widget(0) is view and window.tabs.tabText(0) == "Pattern"
    window.set_view("Fit", QLabel("fit"))
    assert [window.tabs.tabText(i) for i in range(3)] == ["Pattern", "3D", "Fit"]
    type_value(qtbot, window, "hip_girth", "103")
    assert seen and seen[-1]["hip_girth"] == 103.0


def test_first_start_shows_the_sample_customer(window, book):
    customers = book.customers()
    assert [c.name for c in customers] == [sample_measurements().name]
    assert window.customer_panel.customer_list.count() == 1
    assert window.current_customer().id == customers[0].id
    assert window.form.measurements().values == sample_measurements().values
    assert "version 1" in window.form.heading.text()
    # a second start adds nothing
    assert add_sample_customer_if_empty(book) is None
    assert len(book.customers()) == 1


def test_new_customer_measured_saved_twice_keeps_both_versions(qtbot, window, book, answers):
    ada = window.customer_panel.add_customer("Ada Lovelace", sex="female")
    assert ada is not None and window.current_customer().id == ada.id
    assert window.form.measurements().values == {}
    assert "not measured yet" in window.form.heading.text()
    assert not window.form.save_button.isEnabled()  # nothing to save yet

    for key, text in (("height", "165"), ("chest_girth", "92"), ("waist_girth", "74"),
                      ("hip_girth", "99")):
        type_value(qtbot, window, key, text)
    qtbot.mouseClick(window.form.save_button, Qt.MouseButton.LeftButton)
    type_value(qtbot, window, "waist_girth", "76")
    qtbot.mouseClick(window.form.save_button, Qt.MouseButton.LeftButton)

    versions = book.measurement_versions(ada.id)
    assert [v.version for v in versions] == [1, 2]
    assert versions[0].measurements["waist_girth"] == 74.0
    assert versions[1].measurements["waist_girth"] == 76.0
    assert versions[1].measurements.name == "Ada Lovelace"
    assert window.customer_panel.history_list.count() == 2
    assert not window.form.is_dirty()
    assert "version 2" in window.form.heading.text()
    assert "not saved" not in window.form.heading.text()
    assert answers["asked"] == [] and answers["warnings"] == []

    # picking the older version in the history loads it; with unsaved changes it asks once
    history = window.customer_panel.history_list
    qtbot.mouseClick(history.viewport(), Qt.MouseButton.LeftButton,
                     pos=history.visualItemRect(history.item(1)).center())  # newest first
    assert window.form.measurements()["waist_girth"] == 74.0
    assert "version 1" in window.form.heading.text()
    type_value(qtbot, window, "waist_girth", "75")
    answers["yes"] = [False]
    assert window.customer_panel.select_version(2)
    assert answers["asked"] == ["Unsaved measurements"]
    assert history.currentItem().text().startswith("Version 1")
    assert window.form.measurements()["waist_girth"] == 75.0
    answers["yes"] = [True]
    assert window.customer_panel.select_version(2)
    assert window.form.measurements()["waist_girth"] == 76.0
    assert answers["asked"] == ["Unsaved measurements"] * 2


def test_inches_are_remembered_with_the_version(qtbot, window, book):
    customer = window.customer_panel.add_customer("Inch Person", sex="male")
    window.form.set_units("in")
    type_value(qtbot, window, "chest_girth", "40")
    assert window.save_measurements(window.form.measurements()) == 1
    version = book.measurement_version(customer.id)
    assert version.units == "in"
    assert version.measurements["chest_girth"] == pytest.approx(101.6)
    window.form.set_units("cm")
    window.load_customer(customer)
    assert window.form.units() == "in"
    assert window.form.fields["chest_girth"].edit.text() == "40"


def test_saving_fills_in_an_unknown_sex_but_never_changes_a_known_one(qtbot, window, book):
    customer = window.customer_panel.add_customer("No Sex Given")
    window.form.sex_combo.setCurrentIndex(window.form.sex_combo.findData("male"))
    type_value(qtbot, window, "height", "180")
    assert window.save_measurements(window.form.measurements()) == 1
    assert book.get(customer.id).sex == "male"
    sample = book.customers()[-1]
    assert sample.sex == "female"
    window.customer_panel.select_customer(sample.id)
    window.form.sex_combo.setCurrentIndex(window.form.sex_combo.findData("male"))
    assert window.save_measurements(window.form.measurements()) == 2
    assert book.get(sample.id).sex == "female"


def test_search_filters_the_list_and_keeps_the_selection(window):
    panel = window.customer_panel
    for name in ("Ada Lovelace", "Grace Hopper", "Alan Turing"):
        panel.add_customer(name)
    selected = panel.current_customer()
    assert selected.name == "Alan Turing"
    panel.search_edit.setText("hop")
    names = [panel.customer_list.item(i).text().split("\n")[0]
             for i in range(panel.customer_list.count())]
    assert names == ["Grace Hopper"]
    assert panel.current_customer().id == selected.id
    panel.search_edit.setText("")
    assert panel.customer_list.count() == 4


def test_unsaved_changes_are_not_dropped_without_asking(qtbot, window, answers):
    panel = window.customer_panel
    sample = panel.current_customer()
    other = panel.add_customer("Other")
    panel.select_customer(sample.id)
    type_value(qtbot, window, "height", "170")
    assert window.form.is_dirty()
    assert "changed, not saved" in window.form.heading.text()

    answers["yes"] = [False]
    panel.select_customer(other.id)
    assert answers["asked"] == ["Unsaved measurements"]
    assert panel.current_customer().id == sample.id
    assert window.form.measurements()["height"] == 170.0

    answers["yes"] = [True]
    panel.select_customer(other.id)
    assert panel.current_customer().id == other.id
    assert window.form.measurements().values == {}


def test_a_refused_customer_is_a_message_not_a_crash(window, answers):
    assert window.customer_panel.add_customer("   ") is None
    assert len(answers["warnings"]) == 1


def test_customer_dialog_needs_a_name(qtbot):
    dialog = CustomerDialog()
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "Add customer"
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()
    qtbot.keyClicks(dialog.name_edit, "Mary Somerville")
    dialog.sex_combo.setCurrentIndex(dialog.sex_combo.findData("female"))
    assert ok.isEnabled()
    assert dialog.values() == {"name": "Mary Somerville", "sex": "female", "email": "",
                               "phone": "", "notes": ""}


def test_editing_a_customer_keeps_the_unsaved_form(qtbot, window, book, monkeypatch):
    panel = window.customer_panel
    sample = panel.current_customer()
    type_value(qtbot, window, "height", "164")

    def fill_and_accept(dialog):
        assert dialog.windowTitle() == "Edit customer"
        assert dialog.name_edit.text() == sample.name
        dialog.name_edit.setText("Median Woman")
        dialog.phone_edit.setText("+44 20 7946 0000")
        return CustomerDialog.DialogCode.Accepted

    monkeypatch.setattr(CustomerDialog, "exec", fill_and_accept)
    qtbot.mouseClick(panel.edit_button, Qt.MouseButton.LeftButton)
    changed = book.get(sample.id)
    assert (changed.name, changed.phone, changed.sex) == ("Median Woman", "+44 20 7946 0000",
                                                          "female")
    assert panel.customer_list.item(0).text().startswith("Median Woman")
    assert window.form.heading.text().startswith("Median Woman\nversion 1")
    assert window.form.measurements()["height"] == 164.0 and window.form.is_dirty()


def test_unreadable_book_opens_the_studio_without_it(qtbot, tmp_path):
    foreign = tmp_path / "not-a-book.sqlite"
    foreign.write_bytes(b"this is not a database at all\n" * 10)
    book, message = open_book(foreign)
    assert book is None and "not-a-book.sqlite" in message
    assert foreign.read_bytes().startswith(b"this is not a database")  # never overwritten
    win = MainWindow(None, message)
    qtbot.addWidget(win)
    assert not win.customer_panel.customer_list.isEnabled()
    assert message in win.customer_panel.status.text()
    assert not win.form.save_button.isEnabled()


def test_closing_with_unsaved_changes_asks_first(qtbot, window, answers):
    type_value(qtbot, window, "height", "171")
    answers["yes"] = [False]
    window.close()
    assert window.isVisible()
    answers["yes"] = [True]
    window.close()
    assert not window.isVisible()
    assert answers["asked"] == ["Unsaved measurements"] * 2

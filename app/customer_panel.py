"""The customer list: search the customer book, add customers, pick a measurement version.

A view over ``core.store.CustomerBook``; it emits the chosen customer and version and leaves
loading them into the form to the main window.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from mtm.core.errors import MtmError
from mtm.core.store import Customer, CustomerBook, MeasurementVersion

from .dialogs import CustomerDialog, show_error
from .i18n import tr


def _local_time(version: MeasurementVersion) -> str:
    return version.timestamp.astimezone().strftime("%Y-%m-%d %H:%M")


class CustomerPanel(QWidget):
    """Search box, customer list, tr("Add customer…") and the selected customer's history."""

    #: The selected customer (a ``Customer``), or None when the selection is cleared.
    customerSelected = Signal(object)
    #: A measurement version picked in the history list (a ``MeasurementVersion``).
    versionSelected = Signal(object)
    #: The selected customer's details were changed (the updated ``Customer``).
    customerEdited = Signal(object)

    def __init__(self, book: CustomerBook | None, parent: QWidget | None = None,
                 unavailable: str = ""):
        super().__init__(parent)
        self.book = book
        self._versions: list[MeasurementVersion] = []
        self._selected: Customer | None = None
        self._shown_version: int | None = None
        #: Asked before another customer or version replaces the form (unsaved changes).
        self.confirm_switch: Callable[[], bool] = lambda: True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)

        self.search_edit = QLineEdit(self)
        self.search_edit.setPlaceholderText(tr("Search name, email, phone, notes"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self.refresh)
        layout.addWidget(self.search_edit)

        self.customer_list = QListWidget(self)
        self.customer_list.setObjectName("customerList")
        self.customer_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.customer_list.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.customer_list.currentItemChanged.connect(self._on_current_changed)
        layout.addWidget(self.customer_list, 3)

        buttons = QHBoxLayout()
        self.add_button = QPushButton(tr("Add customer…"), self)
        self.add_button.clicked.connect(self.choose_new_customer)
        buttons.addWidget(self.add_button, 2)
        self.edit_button = QPushButton(tr("Edit…"), self)
        self.edit_button.setToolTip(tr("Change the selected customer's name, sex, email, "
                                       "phone or notes"))
        self.edit_button.setEnabled(False)
        self.edit_button.clicked.connect(self.choose_edit_customer)
        buttons.addWidget(self.edit_button, 1)
        layout.addLayout(buttons)

        self.history_label = QLabel(tr("Measurement history"), self)
        self.history_label.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.history_label)
        self.history_list = QListWidget(self)
        self.history_list.setObjectName("historyList")
        self.history_list.setToolTip(tr("Every saved version is kept; pick one to load it"))
        self.history_list.currentItemChanged.connect(self._on_version_changed)
        layout.addWidget(self.history_list, 2)

        self.status = QLabel(self)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        if book is None:
            for widget in (self.search_edit, self.customer_list, self.add_button,
                           self.history_list):
                widget.setEnabled(False)
            self.status.setText(tr("No customer book: {problem}").format(problem=unavailable))
            self.status.setStyleSheet("color: #c62828;")
        else:
            self.status.setText(tr("Book: {path}").format(path=book.path))
            self.status.setToolTip(str(book.path))
            self.status.setStyleSheet("color: #555555;")
            self.refresh()

    # -- public API -------------------------------------------------------------------------------
    def current_customer(self) -> Customer | None:
        """The customer last picked (it stays picked while a search hides it)."""
        return self._selected

    def versions(self) -> list[MeasurementVersion]:
        """The selected customer's saved versions, oldest first."""
        return list(self._versions)

    def refresh(self) -> None:
        """Re-read the customers matching the search text; the selection stays as it was."""
        if self.book is None:
            return
        try:
            customers = self.book.customers(self.search_edit.text().strip() or None)
            summary = self.book.measurement_summary()
        except MtmError as error:
            show_error(self, tr("Cannot read the customer book"), str(error))
            return
        self.customer_list.blockSignals(True)
        self.customer_list.clear()
        for customer in customers:
            count, latest = summary.get(customer.id, (0, None))
            if count:
                detail = (tr("{n} version, last {date}") if count == 1
                          else tr("{n} versions, last {date}")).format(
                    n=count, date=f"{latest.astimezone():%Y-%m-%d}")
            else:
                detail = tr("not measured yet")
            item = QListWidgetItem(f"{customer.name}\n    {detail}")
            item.setData(Qt.ItemDataRole.UserRole, customer)
            item.setToolTip("\n".join(x for x in (customer.name, tr(customer.sex or ""),
                                                   customer.email, customer.phone) if x))
            self.customer_list.addItem(item)
            if self._selected is not None and customer.id == self._selected.id:
                self._selected = customer
                self.customer_list.setCurrentItem(item)
        self.customer_list.blockSignals(False)

    def select_customer(self, customer_id: int) -> bool:
        """Select the customer with this id in the list (clearing the search if needed)."""
        for attempt in range(2):
            for row in range(self.customer_list.count()):
                item = self.customer_list.item(row)
                if item.data(Qt.ItemDataRole.UserRole).id == customer_id:
                    self.customer_list.setCurrentRow(row)
                    return True
            if attempt == 0 and self.search_edit.text():
                self.search_edit.clear()
        return False

    def select_first(self) -> bool:
        """Select the first customer in the list, if there is one."""
        if self.customer_list.count():
            self.customer_list.setCurrentRow(0)
            return True
        return False

    def add_customer(self, name: str, sex: str | None = None, email: str = "",
                     phone: str = "", notes: str = "") -> Customer | None:
        """Add a customer to the book and select it; a refused entry shows a message box."""
        if self.book is None:
            return None
        try:
            customer = self.book.add_customer(name, sex=sex, email=email, phone=phone,
                                              notes=notes)
        except MtmError as error:
            show_error(self, tr("Cannot add customer"), str(error))
            return None
        self.refresh()
        self.select_customer(customer.id)
        return customer

    def refresh_history(self, select_version: int | None = None) -> None:
        """Re-read the selected customer's measurement versions (newest shown first)."""
        customer = self.current_customer()
        self.history_list.blockSignals(True)
        self.history_list.clear()
        self._versions = []
        self._shown_version = None
        try:
            if customer is not None and self.book is not None:
                self._versions = self.book.measurement_versions(customer.id)
        except MtmError as error:
            show_error(self, tr("Cannot read the measurement history"), str(error))
        for version in reversed(self._versions):
            item = QListWidgetItem(tr("Version {number} · {time}").format(
                number=version.version, time=_local_time(version)))
            tip = tr("Saved {time}, entered in {units}").format(time=_local_time(version),
                                                                 units=version.units)
            item.setToolTip(tip + (f"\n{version.note}" if version.note else ""))
            item.setData(Qt.ItemDataRole.UserRole, version.version)
            self.history_list.addItem(item)
            if version.version == (select_version or self._versions[-1].version):
                self.history_list.setCurrentItem(item)
                self._shown_version = version.version
        self.history_list.blockSignals(False)

    def select_version(self, number: int) -> bool:
        """Pick a saved version in the history (as a click does); False if there is none."""
        for row in range(self.history_list.count()):
            item = self.history_list.item(row)
            if item.data(Qt.ItemDataRole.UserRole) == number:
                self.history_list.setCurrentItem(item)
                return True
        return False

    # -- reactions ----------
    def _on_current_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return  # the list was emptied by a search; the picked customer stays
        customer = current.data(Qt.ItemDataRole.UserRole)
        if self._selected is not None and customer.id == self._selected.id:
            return
        if not self.confirm_switch():
            self._show_selected()
            return
        self._selected = customer
        self.edit_button.setEnabled(True)
        self.refresh_history()
        self.customerSelected.emit(customer)

    def _show_selected(self) -> None:
        self.customer_list.blockSignals(True)
        self.customer_list.setCurrentRow(-1)
        for row in range(self.customer_list.count()):
            item = self.customer_list.item(row)
            if self._selected is not None and \
                    item.data(Qt.ItemDataRole.UserRole).id == self._selected.id:
                self.customer_list.setCurrentItem(item)
        self.customer_list.blockSignals(False)

    def _on_version_changed(self, current: QListWidgetItem | None, _previous: object) -> None:
        if current is None:
            return
        number = current.data(Qt.ItemDataRole.UserRole)
        if number == self._shown_version:
            return
        if not self.confirm_switch():
            self.history_list.blockSignals(True)
            self.history_list.setCurrentRow(-1)
            for row in range(self.history_list.count()):
                item = self.history_list.item(row)
                if item.data(Qt.ItemDataRole.UserRole) == self._shown_version:
                    self.history_list.setCurrentItem(item)
            self.history_list.blockSignals(False)
            return
        self._shown_version = number
        for version in self._versions:
            if version.version == number:
                self.versionSelected.emit(version)
                return

    def choose_new_customer(self) -> None:
        dialog = CustomerDialog(self)
        if dialog.exec() == CustomerDialog.DialogCode.Accepted:
            self.add_customer(**dialog.values())

    def choose_edit_customer(self) -> None:
        if self._selected is None:
            return
        dialog = CustomerDialog(self, self._selected)
        if dialog.exec() == CustomerDialog.DialogCode.Accepted:
            self.edit_customer(**dialog.values())

    def edit_customer(self, **changes: object) -> Customer | None:
        """Change the selected customer's details; a refused change shows a message box."""
        if self.book is None or self._selected is None:
            return None
        try:
            customer = self.book.update_customer(self._selected.id, **changes)
        except MtmError as error:
            show_error(self, tr("Cannot change the customer"), str(error))
            return None
        self._selected = customer
        self.refresh()
        self.customerEdited.emit(customer)
        return customer

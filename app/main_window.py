"""The studio's main window: customers on the left, measurements on the right, views between.

The central tab widget holds the views later steps add (the drafted pattern, the 3D body and
drape); each starts with a short note saying what arrives there. The window only wires the
parts together: the book is ``core.store``, the form and panel are views over it.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QIcon, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QDockWidget,
    QLabel,
    QMainWindow,
    QMessageBox,
    QTabWidget,
    QWidget,
)

from mtm.app import __version__
from mtm.core.errors import MtmError
from mtm.core.measurements import MeasurementSet
from mtm.core.store import Customer, CustomerBook, MeasurementVersion

from .customer_panel import CustomerPanel
from .dialogs import ask, show_error
from .i18n import tr
from .icons import icon_path
from .measurement_form import MeasurementForm
from .workbench import Workbench

WINDOW_TITLE = "MTM Studio"


class EmptyView(QLabel):
    """The first state of a view tab: what will be shown here and what it needs."""

    def __init__(self, text: str, parent: QWidget | None = None):
        super().__init__(text, parent)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setWordWrap(True)
        self.setMargin(40)
        self.setStyleSheet("color: #555555; font-size: 12pt;")


class MainWindow(QMainWindow):
    """MTM Studio: the customer book, the measurements form and the garment views."""

    def __init__(self, book: CustomerBook | None, book_error: str = "",
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.book = book
        self._docks_sized = False
        self._heading_version: MeasurementVersion | None = None
        self.setWindowTitle(WINDOW_TITLE)
        self.setWindowIcon(QIcon(str(icon_path("mtm-studio.svg"))))
        self._fit_to_screen(1440, 900)
        self.setDockOptions(QMainWindow.DockOption.AnimatedDocks
                            | QMainWindow.DockOption.AllowTabbedDocks)

        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("views")
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(EmptyView(tr(
            "Drafted patterns appear here.\n\nPick a garment and its style options, and its "
            "pieces are drafted from the measurements on the right, ready to check and to "
            "export as cut files."), self.tabs), tr("Pattern"))
        self.tabs.addTab(EmptyView(tr(
            "The customer's body and the draped garment appear here in 3D.\n\nThe body is "
            "built to match the measurements on the right."), self.tabs), tr("3D"))
        self.setCentralWidget(self.tabs)

        self.customer_panel = CustomerPanel(book, self, unavailable=book_error)
        self.customer_dock = self._dock(tr("Customers"), self.customer_panel,
                                        Qt.DockWidgetArea.LeftDockWidgetArea, "customers")
        self.form = MeasurementForm(self)
        self.form_dock = self._dock(tr("Measurements"), self.form,
                                    Qt.DockWidgetArea.RightDockWidgetArea, "measurements")

        self.customer_panel.confirm_switch = self.confirm_discard
        self.customer_panel.customerSelected.connect(self.load_customer)
        self.customer_panel.versionSelected.connect(self.load_version)
        self.customer_panel.customerEdited.connect(self._customer_edited)
        self.form.saveRequested.connect(self.save_measurements)

        self._build_menus()
        self.statusBar().showMessage(tr("Ready"))
        self.load_customer(None)
        # garment, fabric, pattern, 3D, jobs, projects, undo, export (app/workbench.py)
        self.workbench = Workbench(self)

    def _fit_to_screen(self, width: int, height: int) -> None:
        screen = self.screen() or QGuiApplication.primaryScreen()
        if screen is not None:
            room = screen.availableGeometry()
            width, height = min(width, room.width()), min(height, room.height())
        self.resize(width, height)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        super().showEvent(event)
        if not self._docks_sized:
            self._docks_sized = True
            self.resizeDocks([self.customer_dock, self.form_dock], [280, 480],
                             Qt.Orientation.Horizontal)

    def _dock(self, title: str, widget: QWidget, area: Qt.DockWidgetArea,
              name: str = "") -> QDockWidget:
        """A dock called ``title`` (translated); ``name`` (English) keys the saved layout."""
        dock = QDockWidget(title, self)
        dock.setObjectName(f"{(name or title).lower()}Dock")
        dock.setWidget(widget)
        dock.setFeatures(QDockWidget.DockWidgetFeature.DockWidgetMovable
                         | QDockWidget.DockWidgetFeature.DockWidgetFloatable
                         | QDockWidget.DockWidgetFeature.DockWidgetClosable)
        self.addDockWidget(area, dock)
        return dock

    def _action(self, text: str, slot, shortcut: QKeySequence | str | None = None) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def _build_menus(self) -> None:
        bar = self.menuBar()
        file_menu = bar.addMenu(tr("&File"))
        file_menu.addAction(self._action(tr("&Import measurements…"), self.form.choose_import_file,
                                         QKeySequence.StandardKey.Open))
        file_menu.addAction(self._action(tr("&Export measurements…"),
                                         self.form.choose_export_file, "Ctrl+E"))
        file_menu.addSeparator()
        file_menu.addAction(self._action(tr("&Quit"), self.close, QKeySequence.StandardKey.Quit))

        self.customer_menu = customer_menu = bar.addMenu(tr("&Customer"))
        self.add_customer_action = self._action(tr("&Add customer…"),
                                                self.customer_panel.choose_new_customer,
                                                QKeySequence.StandardKey.New)
        self.add_customer_action.setEnabled(self.book is not None)
        customer_menu.addAction(self.add_customer_action)
        customer_menu.addAction(self._action(tr("&Edit customer…"),
                                             self.customer_panel.choose_edit_customer))
        customer_menu.addAction(self._action(tr("&Save new version"),
                                             self.form.save_button.click,
                                             QKeySequence.StandardKey.Save))
        customer_menu.addAction(self._action(tr("&Estimate missing measurements"),
                                             self.form.estimate_missing))

        self.view_menu = view_menu = bar.addMenu(tr("&View"))
        view_menu.addAction(self.customer_dock.toggleViewAction())
        view_menu.addAction(self.form_dock.toggleViewAction())

        help_menu = bar.addMenu(tr("&Help"))
        help_menu.addAction(self._action(tr("&About MTM Studio"), self._about))

    # -- views ------------------------------------------------------------------------------
    def set_view(self, title: str, widget: QWidget) -> None:
        """Put ``widget`` in the central tab called ``title`` (replacing its first note),
        or add a new tab. Views follow the customer through ``form.measurementsChanged``."""
        for index in range(self.tabs.count()):
            if self.tabs.tabText(index) == title:
                old = self.tabs.widget(index)
                self.tabs.removeTab(index)
                self.tabs.insertTab(index, widget, title)
                old.deleteLater()
                return
        self.tabs.addTab(widget, title)

    # -- customers and versions ---------------------------------------------------------
    def current_customer(self) -> Customer | None:
        return self.customer_panel.current_customer()

    def load_customer(self, customer: Customer | None) -> None:
        """Show a customer's latest measurements (an empty form if never measured)."""
        if customer is None or self.book is None:
            self.form.set_measurements(MeasurementSet())
            self._heading_version = None
            self.form.set_heading(tr("No customer selected"))
            self.form.set_can_save(False)
            return
        try:
            latest = self.book.measurement_version(customer.id)
        except MtmError as error:
            show_error(self, tr("Cannot read the measurements"), str(error))
            return
        if latest is None:
            self.form.set_measurements(MeasurementSet(sex=customer.sex, name=customer.name))
            self._heading_version = None
            self.form.set_heading(self._heading(customer, None))
        else:
            self._show_version(customer, latest)
        self.form.set_can_save(True)
        self.statusBar().showMessage(tr("Customer: {name}").format(name=customer.name), 5000)

    def _customer_edited(self, customer: Customer) -> None:
        """New name or sex in the book: show it, keeping whatever the form holds."""
        self.form.set_heading(self._heading(customer, self._heading_version))

    def load_version(self, version: MeasurementVersion) -> None:
        """Show one saved version of the current customer's measurements."""
        customer = self.current_customer()
        if customer is not None:
            self._show_version(customer, version)

    def _show_version(self, customer: Customer, version: MeasurementVersion) -> None:
        units = version.units if version.units in ("cm", "in") else None
        self.form.set_measurements(version.measurements, units=units)
        self._heading_version = version
        self.form.set_heading(self._heading(customer, version))

    @staticmethod
    def _heading(customer: Customer, version: MeasurementVersion | None) -> str:
        if version is None:
            return customer.name + "\n" + tr("not measured yet")
        stamp = version.timestamp.astimezone().strftime("%Y-%m-%d %H:%M")
        return customer.name + "\n" + tr("version {number}, saved {stamp}").format(
            number=version.version, stamp=stamp)

    def save_measurements(self, ms: MeasurementSet) -> int | None:
        """Save ``ms`` as a new version for the current customer; returns its number."""
        customer = self.current_customer()
        if customer is None or self.book is None:
            show_error(self, tr("Cannot save"), tr("Select or add a customer first."))
            return None
        if not ms.name:
            ms = ms.replace(name=customer.name)
        try:
            number = self.book.save_measurements(customer.id, ms, units=self.form.units())
            version = self.book.measurement_version(customer.id, number)
            if customer.sex is None and ms.sex is not None:
                self.book.update_customer(customer.id, sex=ms.sex)  # fill what was unknown
        except MtmError as error:
            show_error(self, tr("Cannot save the measurements"), str(error))
            return None
        self.form.mark_saved()
        self.customer_panel.refresh()
        self.customer_panel.refresh_history(number)
        self._show_version(customer, version)
        self.statusBar().showMessage(
            tr("Saved version {number} for {name}").format(number=number, name=customer.name), 8000)
        return number

    def confirm_discard(self) -> bool:
        """True when there are no unsaved changes or the user agrees to drop them."""
        if not self.form.is_dirty():
            return True
        return ask(self, tr("Unsaved measurements"),
                   tr("The measurements were changed but not saved. Discard the changes?"))

    # -- window ---------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802 (Qt's name)
        if self.confirm_discard() and self.workbench.confirm_close():
            self.workbench.shutdown()
            event.accept()
        else:
            event.ignore()

    def _about(self) -> None:
        QMessageBox.about(
            self, tr("About MTM Studio"),
            f"MTM Studio {__version__}\n\n" + tr(
                "Made-to-measure clothing: measurements, bodies, drafted patterns, draping and "
                "cut files.") + "\nApache License 2.0.")

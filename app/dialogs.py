"""Small dialogs of the studio: error messages, questions and the customer form.

User mistakes reach the person as a message box with the project error's one-line message,
never as a traceback. Tests replace ``show_error``/``ask`` through monkeypatching QMessageBox.
"""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QMessageBox,
    QWidget,
)

from mtm.core.store import Customer

from .i18n import tr


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    """Tell the user what went wrong and what is expected (a modal warning box)."""
    QMessageBox.warning(parent, title, message)


def ask(parent: QWidget | None, title: str, question: str) -> bool:
    """A yes/no question; True when the user answers yes."""
    answer = QMessageBox.question(parent, title, question,
                                  QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                                  QMessageBox.StandardButton.No)
    return answer == QMessageBox.StandardButton.Yes


class CustomerDialog(QDialog):
    """Asks for a customer's name (required), sex, email, phone and notes.

    Empty for a new customer; filled in from ``customer`` when editing one."""

    def __init__(self, parent: QWidget | None = None, customer: Customer | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Edit customer") if customer else tr("Add customer"))
        layout = QFormLayout(self)
        self.name_edit = QLineEdit(self)
        self.name_edit.setPlaceholderText(tr("required"))
        layout.addRow(tr("Name"), self.name_edit)
        self.sex_combo = QComboBox(self)
        for text, value in ((tr("not given"), ""), (tr("female"), "female"), (tr("male"), "male")):
            self.sex_combo.addItem(text, value)
        layout.addRow(tr("Sex"), self.sex_combo)
        self.email_edit = QLineEdit(self)
        layout.addRow(tr("Email"), self.email_edit)
        self.phone_edit = QLineEdit(self)
        layout.addRow(tr("Phone"), self.phone_edit)
        self.notes_edit = QLineEdit(self)
        layout.addRow(tr("Notes"), self.notes_edit)
        if customer is not None:
            self.name_edit.setText(customer.name)
            self.sex_combo.setCurrentIndex(max(0, self.sex_combo.findData(customer.sex or "")))
            self.email_edit.setText(customer.email)
            self.phone_edit.setText(customer.phone)
            self.notes_edit.setText(customer.notes)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addRow(self.buttons)
        self.name_edit.textChanged.connect(self._update_ok)
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(bool(self.name_edit.text().strip()))

    def values(self) -> dict[str, str | None]:
        """The entered fields as keyword arguments for ``CustomerBook.add_customer`` or
        ``update_customer``."""
        return {
            "name": self.name_edit.text().strip(),
            "sex": self.sex_combo.currentData() or None,
            "email": self.email_edit.text().strip(),
            "phone": self.phone_edit.text().strip(),
            "notes": self.notes_edit.text().strip(),
        }

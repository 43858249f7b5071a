"""A dialog to add a contact on either side of a partnership."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from sistercity_desktop.errors import UserError
from sistercity_desktop.services.contacts import NewContact, add_contact
from sistercity_desktop.store import Store
from sistercity_desktop.ui.common import named
from sistercity_desktop.ui.i18n import localize
from sistercity_desktop.ui.labels import ROLES, SIDES


class ContactDialog(QDialog):
    def __init__(self, store: Store, partnership_id: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.partnership_id = store, partnership_id
        self.setWindowTitle(self.tr("Add contact"))
        form = QFormLayout(self)
        # labels.SIDES and labels.ROLES give their words already translated.
        self.side = QComboBox()
        for value, text in SIDES.items():
            self.side.addItem(text, value)
        self.role = QComboBox()
        for value, text in ROLES.items():
            self.role.addItem(text, value)
        self.name = QLineEdit()
        self.title = QLineEdit()
        self.organisation = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        for label, name, widget in (
                (self.tr("&Side"), self.tr("Side"), self.side),
                (self.tr("&Role"), self.tr("Role"), self.role),
                (self.tr("&Name"), self.tr("Name"), self.name),
                (self.tr("&Title"), self.tr("Title"), self.title),
                (self.tr("&Organisation"), self.tr("Organisation"), self.organisation),
                (self.tr("&Email"), self.tr("Email"), self.email),
                (self.tr("&Phone"), self.tr("Phone"), self.phone)):
            named(widget, name)
            form.addRow(label, widget)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.name.setFocus()

    def save(self) -> None:
        try:
            add_contact(self.store, self.partnership_id, NewContact(
                side=self.side.currentData(), role=self.role.currentData(),
                name=self.name.text(), title=self.title.text(),
                organisation=self.organisation.text(), email=self.email.text(),
                phone=self.phone.text(),
            ))
        except UserError as exc:
            self.error.setText(localize(exc))
            return
        self.accept()

"""File › Preferences: the interface language and the national sister cities body.

Each choice is saved as soon as it is made, like everywhere else. The interface
language is kept in the data folder's preferences file and used at the next start.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QVBoxLayout,
    QWidget,
)

from sistercity_desktop.errors import UserError
from sistercity_desktop.protocol.formulas import national_body_for
from sistercity_desktop.services.committee import committee_view, update_committee
from sistercity_desktop.store import Store
from sistercity_desktop.ui import i18n
from sistercity_desktop.ui.common import named, wrapped
from sistercity_desktop.ui.fields import CommitLineEdit
from sistercity_desktop.ui.i18n import localize

SYSTEM_DEFAULT = ""  # no saved choice: the system's language (else English)


class PreferencesDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.folder = store.path.parent
        self.setWindowTitle(self.tr("Preferences"))
        self.resize(620, 360)  # room for the wrapped explanations in every language
        layout = QVBoxLayout(self)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020; font-weight: bold")
        self.error.setWordWrap(True)
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()

        interface = QGroupBox(self.tr("Interface"))
        form = QFormLayout(interface)
        self.language = named(QComboBox(), self.tr("Interface language"),
                              self.tr("The language of menus, buttons and messages. Documents "
                                      "keep their own languages."))
        self.language.addItem(self.tr("System default"), SYSTEM_DEFAULT)
        for code, name in i18n.INTERFACE_LANGUAGES.items():
            self.language.addItem(name, code)  # each language in its own words
        self.language.addItem(self.tr("Pseudo-localisation (for testers)"), i18n.PSEUDO)
        saved = i18n.preferences(self.folder).get("language", SYSTEM_DEFAULT)
        self.language.setCurrentIndex(max(self.language.findData(saved), 0))
        self.language.activated.connect(self._language_chosen)
        form.addRow(self.tr("Interface &language:"), self.language)
        self.language_note = wrapped(
            self.tr("The new language is used the next time you start the app."))
        form.addRow(self.language_note)
        layout.addWidget(interface)

        body = QGroupBox(self.tr("National sister cities body"))
        form = QFormLayout(body)
        form.addRow(wrapped(self.tr("The national association your committee reports new "
                                    "partnerships to. Leave empty to use the usual body for "
                                    "your country, if known.")))
        view = committee_view(store)
        country = str(view.city.get("country") or "") if view else ""
        default_name, default_email = national_body_for(country)
        self.body_name = self._body_field(
            "national_body_name", getattr(view, "national_body_name", "") or "", default_name,
            self.tr("Name of the national body"))
        self.body_email = self._body_field(
            "national_body_email", getattr(view, "national_body_email", "") or "", default_email,
            self.tr("Email of the national body"))
        if view is None:
            body.setEnabled(False)
        form.addRow(self.tr("&Name:"), self.body_name)
        form.addRow(self.tr("&Email:"), self.body_email)
        layout.addWidget(body)
        layout.addWidget(self.error)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _body_field(self, key: str, value: str, default: str, name: str) -> CommitLineEdit:
        edit = CommitLineEdit()
        edit.load(value)
        if default:
            edit.setPlaceholderText(default)  # what is used while the field is empty
        named(edit, name)
        edit.committed.connect(lambda text: self._save(
            lambda: update_committee(self.store, key, text.strip()), edit))
        return edit

    def _save(self, action: Callable[[], object], edit: CommitLineEdit) -> None:
        try:
            action()
        except UserError as exc:
            self._show_error(localize(exc))
            edit.revert_to_last_saved()
            return
        self.error.hide()

    def _language_chosen(self, _index: int) -> None:
        try:
            i18n.save_preference(self.folder, "language", str(self.language.currentData()))
        except (UserError, OSError) as exc:
            self._show_error(self.tr("The language could not be saved: {0}").format(exc))
            return
        self.error.hide()

    def _show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()

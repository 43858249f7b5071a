"""File › Committee and city: edit the committee and its own city profile.

Each field saves as soon as it is committed, like everywhere else.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sistercity_desktop.errors import UserError
from sistercity_desktop.services.committee import (
    committee_view,
    update_city_field,
    update_committee,
)
from sistercity_desktop.store import Store
from sistercity_desktop.ui.common import named, wrapped
from sistercity_desktop.ui.fields import ChoiceField, CommitLineEdit, CommitTextEdit
from sistercity_desktop.ui.i18n import localize
from sistercity_desktop.ui.pickers import CountryPicker, LanguagePicker

# (key, caption, multi-line); captions are translated when the dialog is built.
CITY_FIELDS = (
    ("name", QT_TRANSLATE_NOOP("CommitteeDialog", "City"), False),
    ("region", QT_TRANSLATE_NOOP("CommitteeDialog", "Region or state"), False),
    ("official_name", QT_TRANSLATE_NOOP("CommitteeDialog", "Highest elected official"), False),
    ("official_title", QT_TRANSLATE_NOOP("CommitteeDialog", "Official's title"), False),
    ("local_organisation",
     QT_TRANSLATE_NOOP("CommitteeDialog", "Local sister city organisation"), False),
    ("languages", QT_TRANSLATE_NOOP("CommitteeDialog", "Languages spoken"), False),
    ("geography",
     QT_TRANSLATE_NOOP("CommitteeDialog", "Geography (port, river, mountains, climate…)"), True),
    ("industries", QT_TRANSLATE_NOOP("CommitteeDialog", "Main industries"), True),
    ("academic_institutions",
     QT_TRANSLATE_NOOP("CommitteeDialog", "Schools, colleges and universities"), True),
    ("cultural_institutions",
     QT_TRANSLATE_NOOP("CommitteeDialog", "Museums, music venues, community centres"), True),
)


class CommitteeDialog(QDialog):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Committee and city"))
        self.resize(720, 720)
        view = committee_view(store)
        assert view is not None, "the set-up wizard runs before this dialog can open"
        outer = QVBoxLayout(self)
        outer.addWidget(wrapped(self.tr(
            "Partners read about your city in letters and in the research comparison. Changes "
            "are saved as you leave each field.")))
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020; font-weight: bold")
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        body = QWidget()
        form = QFormLayout(body)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        outer.addWidget(scroll, 1)

        self.editors: dict[str, QWidget] = {}
        name = CommitLineEdit()
        name.load(view.name)
        self._connect(name, lambda v: update_committee(store, "name", v))
        form.addRow(self.tr("Committee &name:"), named(name, self.tr("Committee name")))
        language = LanguagePicker()
        language.set_code(view.language)
        language.activated.connect(
            lambda _i: self._save(lambda: update_committee(store, "language", language.code())))
        form.addRow(self.tr("Committee &language:"),
                    named(language, self.tr("Committee language")))
        email = CommitLineEdit()
        email.load(view.email)
        self._connect(email, lambda v: update_committee(store, "email", v))
        form.addRow(self.tr("Committee &email:"), named(email, self.tr("Committee email")))
        country = CountryPicker()
        country.set_code(str(view.city["country"]))
        country.activated.connect(lambda _i: country.code() and self._save(
            lambda: update_committee(store, "country", country.code())))
        form.addRow(self.tr("C&ountry:"), named(country, self.tr("Country")))
        population = CommitLineEdit()
        population.load(str(view.city["population"] or ""))
        self._connect(population, lambda v: update_committee(store, "population", v))
        form.addRow(self.tr("&Population:"), named(population, self.tr("Population")))
        gender = named(ChoiceField([("unspecified", self.tr("not specified")),
                                    ("female", self.tr("woman")), ("male", self.tr("man"))]),
                       self.tr("Official's gender"),
                       self.tr("Used for the correct title in letters (Maire, Bürgermeisterin…)"))
        gender.load(str(view.city.get("official_gender") or "unspecified"))
        gender.committed.connect(
            lambda v: self._save(lambda: update_city_field(store, "official_gender", v)))
        form.addRow(self.tr("Official's &gender:"), gender)
        self.editors.update(name=name, email=email, population=population, gender=gender)
        for key, english, multiline in CITY_FIELDS:
            caption = QCoreApplication.translate("CommitteeDialog", english)
            editor = CommitTextEdit() if multiline else CommitLineEdit()
            editor.load(str(view.city[key] or ""))
            self._connect(editor, lambda v, k=key: update_city_field(store, k, v))
            form.addRow(self.tr("{0}:", "form label").format(caption), named(editor, caption))
            self.editors[f"city.{key}"] = editor

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        # Enter commits a field here; it must not also close the dialog.
        buttons.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        outer.addWidget(buttons)

    def _connect(self, editor: CommitLineEdit | CommitTextEdit,
                 save: Callable[[str], None]) -> None:
        def committed(value: str) -> None:
            if not self._save(lambda: save(value)):
                editor.revert_to_last_saved()
        editor.committed.connect(committed)

    def _save(self, action: Callable[[], None]) -> bool:
        try:
            action()
        except UserError as exc:
            self.error.setText(localize(exc))
            self.error.show()
            return False
        self.error.hide()
        return True

    def reject(self) -> None:
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()  # save the field being typed in before closing
        super().reject()

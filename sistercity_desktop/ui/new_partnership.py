"""New partnership: the partner city (or not yet) and the two document languages."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
    QWizard,
    QWizardPage,
)

from sistercity_desktop.errors import UserError
from sistercity_desktop.process.steps import steps
from sistercity_desktop.protocol.languages import suggest_language
from sistercity_desktop.services.partnerships import NewPartnership, create_partnership
from sistercity_desktop.store import Store
from sistercity_desktop.ui import labels
from sistercity_desktop.ui.common import named, wrapped
from sistercity_desktop.ui.i18n import localize
from sistercity_desktop.ui.pickers import CountryPicker, LanguagePicker


class NewPartnershipWizard(QWizard):
    def __init__(self, store: Store, committee_language: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.partnership_id: str | None = None
        self.setWindowTitle(self.tr("New partnership"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)

        page = QWizardPage()
        page.setTitle(self.tr("Who is the partner?"))
        page.setSubTitle(self.tr("If you have not chosen a city yet, start with research and "
                                 "compare candidates first."))
        form = QFormLayout(page)
        self.undecided = named(QCheckBox(self.tr("We have not chosen a partner city yet")),
                               self.tr("Partner not chosen yet"))
        self.city = named(QLineEdit(), self.tr("Partner city"))
        self.country = named(CountryPicker(), self.tr("Partner country"))
        self.kind = named(QComboBox(), self.tr("Kind of partnership"),
                          self.tr("A sister city is a full, open-ended partnership; a "
                                  "friendship city is lighter and often a first stage."))
        for value, text in labels.KINDS.items():
            self.kind.addItem(text, value)
        form.addRow(self.undecided)
        form.addRow(self.tr("Partner &city:"), self.city)
        form.addRow(self.tr("C&ountry:"), self.country)
        form.addRow(self.tr("&Kind:"), self.kind)
        self.start = named(QComboBox(), self.tr("Starting step"),
                           self.tr("For a partnership already under way, start at the step it "
                                   "has reached."))
        for s in steps():
            self.start.addItem(self.tr("{0}. {1}").format(s.number, s.title), s.number)
        form.addRow(self.tr("&Starting at step:"), self.start)
        self.addPage(page)

        languages = QWizardPage()
        languages.setTitle(self.tr("Document languages"))
        languages.setSubTitle(self.tr("Letters and the agreement are written in both languages."))
        form = QFormLayout(languages)
        self.partner_language = named(LanguagePicker(), self.tr("Partner's language"))
        self.committee_language = named(LanguagePicker(), self.tr("Our language"))
        self.committee_language.set_code(committee_language)
        self.hint = wrapped("")
        form.addRow(self.tr("&Partner's language:"), self.partner_language)
        form.addRow(self.tr("&Our language:"), self.committee_language)
        form.addRow(self.hint)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        self.addPage(languages)

        self.undecided.toggled.connect(self._undecided_changed)
        self.country.currentIndexChanged.connect(self._suggest)

    def _undecided_changed(self, on: bool) -> None:
        self.city.setEnabled(not on)
        self.country.setEnabled(not on)
        self.partner_language.setEnabled(not on)

    def _suggest(self) -> None:
        code = self.country.code()
        if code:
            language = suggest_language(code)
            self.partner_language.set_code(language)
            self.hint.setText(self.tr("Suggested from the country's official language: {0}. "
                                      "Change it if the city uses another.").format(
                                          self.partner_language.currentText()))

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt name)
        if self.currentId() == self.pageIds()[0]:
            if not self.undecided.isChecked():
                if not self.city.text().strip():
                    self.currentPage().setSubTitle(self.tr("Enter the partner city's name, or "
                                                           "tick “not chosen yet”."))
                    return False
                if not self.country.code():
                    self.currentPage().setSubTitle(self.tr("Choose the partner city's country "
                                                           "from the list."))
                    return False
            return True
        undecided = self.undecided.isChecked()
        try:
            self.partnership_id = create_partnership(self.store, NewPartnership(
                partner_city="" if undecided else self.city.text(),
                partner_country="" if undecided else self.country.code(),
                partner_language="" if undecided else self.partner_language.code(),
                committee_language=self.committee_language.code(),
                kind=self.kind.currentData(),
                start_step=self.start.currentData(),
            ))
        except UserError as exc:
            self.error.setText(localize(exc))
            return False
        return True

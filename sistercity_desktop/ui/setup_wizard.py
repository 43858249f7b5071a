"""First run: who the committee is and what its own city is like."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QWidget,
    QWizard,
    QWizardPage,
)

from sistercity_desktop.errors import UserError
from sistercity_desktop.services.committee import CommitteeSetup, set_up_committee
from sistercity_desktop.store import Store
from sistercity_desktop.ui.common import named, wrapped
from sistercity_desktop.ui.i18n import localize
from sistercity_desktop.ui.pickers import CountryPicker, LanguagePicker


class SetupWizard(QWizard):
    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Welcome to Sister City Desktop"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)

        committee = QWizardPage()
        committee.setTitle(self.tr("Your committee"))
        committee.setSubTitle(self.tr("Sister City Desktop keeps your partnerships on this "
                                      "computer. Start by telling it who you are."))
        form = QFormLayout(committee)
        self.committee_name = named(QLineEdit(), self.tr("Committee name"))
        self.committee_name.setPlaceholderText(self.tr("e.g. Riverton Sister Cities Association"))
        self.language = named(LanguagePicker(), self.tr("Committee language"),
                              self.tr("The language your committee works in; documents get a "
                                      "copy in it."))
        self.email = named(QLineEdit(), self.tr("Committee email"))
        form.addRow(self.tr("Committee &name:"), self.committee_name)
        form.addRow(self.tr("Committee &language:"), self.language)
        form.addRow(self.tr("Committee &email:"), self.email)
        committee.registerField("committee_name*", self.committee_name)
        self.addPage(committee)

        city = QWizardPage()
        city.setTitle(self.tr("Your city"))
        city.setSubTitle(self.tr("Partners will want to know about your city; you can add more "
                                 "later."))
        form = QFormLayout(city)
        self.city_name = named(QLineEdit(), self.tr("City name"))
        self.country = named(CountryPicker(), self.tr("Country"))
        self.population = named(QSpinBox(), self.tr("Population"))
        self.population.setRange(0, 100_000_000)
        self.population.setGroupSeparatorShown(True)
        self.population.setSpecialValueText(self.tr("not known"))
        self.official_name = named(QLineEdit(), self.tr("Highest elected official"))
        self.official_title = named(QLineEdit("Mayor"), self.tr("Official's title"))
        self.organisation = named(QLineEdit(), self.tr("Local sister city organisation"))
        form.addRow(self.tr("&City:"), self.city_name)
        form.addRow(self.tr("C&ountry:"), self.country)
        form.addRow(self.tr("&Population:"), self.population)
        form.addRow(self.tr("Highest elected &official:"), self.official_name)
        form.addRow(self.tr("Official's &title:"), self.official_title)
        form.addRow(self.tr("Local &organisation:"), self.organisation)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        form.addRow(wrapped(self.tr("You can change all of this later.")))
        city.registerField("city_name*", self.city_name)
        self.addPage(city)
        self.committee_id: str | None = None

    def validateCurrentPage(self) -> bool:  # noqa: N802 (Qt name)
        if self.currentId() != self.pageIds()[-1]:
            return super().validateCurrentPage()
        try:
            self.committee_id = set_up_committee(self.store, CommitteeSetup(
                committee_name=self.committee_name.text(),
                language=self.language.code(),
                city_name=self.city_name.text(),
                country=self.country.code(),
                population=self.population.value() or None,
                official_name=self.official_name.text(),
                official_title=self.official_title.text(),
                local_organisation=self.organisation.text(),
                email=self.email.text(),
            ))
        except UserError as exc:
            self.error.setText(localize(exc))
            return False
        return True

"""One step of the workspace: guidance, checklist, fields, records and notes."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sistercity_desktop.errors import UserError
from sistercity_desktop.process.due import PartnershipFacts, step_done
from sistercity_desktop.process.steps import FieldKind, Step
from sistercity_desktop.services import partnerships as service
from sistercity_desktop.services.contacts import delete_contact
from sistercity_desktop.services.views import PartnershipDetail
from sistercity_desktop.store import Store
from sistercity_desktop.ui import i18n, labels
from sistercity_desktop.ui.common import heading, named, wrapped
from sistercity_desktop.ui.contact_dialog import ContactDialog
from sistercity_desktop.ui.fields import ChoiceField, CommitLineEdit, CommitTextEdit, DateField
from sistercity_desktop.ui.i18n import localize
from sistercity_desktop.ui.pickers import CountryPicker
from sistercity_desktop.ui.tables import record_table

GENDER_WORDS = labels.Words("step_page", {
    "unspecified": QT_TRANSLATE_NOOP("step_page", "not specified"),
    "female": QT_TRANSLATE_NOOP("step_page", "woman"),
    "male": QT_TRANSLATE_NOOP("step_page", "man"),
})
# Which letter each step proposes first.
LETTER_STEPS = {3: "introduction", 4: "delegation_invitation", 6: "national_body"}


class StepPage(QWidget):
    """Shows one step; every edit is saved at once through the services."""

    changed = Signal()  # something was saved: the list and header should refresh
    failed = Signal(str)  # a clear message for the user
    reload = Signal()  # records were added or removed: rebuild the page from the store

    def __init__(self, store: Store, detail: PartnershipDetail, step: Step,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store, self.detail, self.step = store, detail, step
        self.pid = detail.summary.id
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Step {0} of 7 · {1}").format(step.number, step.title),
                                 1.4))
        layout.addWidget(wrapped(step.purpose, italic=True))
        layout.addWidget(self._guidance())
        layout.addWidget(self._checklist())
        layout.addWidget(self._fields())
        for extra in self._extras():
            layout.addWidget(extra)
        layout.addWidget(self._notes())
        layout.addStretch(1)

    # --- sections -------------------------------------------------------------

    def _guidance(self) -> QGroupBox:
        box = QGroupBox(self.tr("Guidance"))
        column = QVBoxLayout(box)
        for paragraph in self.step.guidance:
            column.addWidget(wrapped(paragraph))
        return box

    def _checklist(self) -> QGroupBox:
        box = QGroupBox(self.tr("Checklist"))
        column = QVBoxLayout(box)
        self.checkboxes: dict[str, QCheckBox] = {}
        for item in self.step.checklist:
            check = QCheckBox(item.label)
            named(check, item.label, item.hint)
            check.setChecked(item.key in self.detail.ticked)
            check.toggled.connect(lambda on, key=item.key: self._tick(key, on))
            column.addWidget(check)
            self.checkboxes[item.key] = check
        self.done_label = wrapped("")
        column.addWidget(self.done_label)
        self._update_done()
        return box

    def _fields(self) -> QGroupBox:
        box = QGroupBox(self.tr("Details"))
        form = QFormLayout(box)
        self.editors: dict[str, QWidget] = {}
        for spec in self.step.fields:
            text = self.step.field_text[spec.key]
            value = self.detail.fields.get(spec.key)
            editor: QWidget
            if spec.kind == FieldKind.DATE:
                editor = DateField()
                editor.load(value)  # type: ignore[arg-type]
                editor.invalid.connect(self.failed)
            elif spec.kind == FieldKind.MULTILINE:
                editor = CommitTextEdit()
                editor.load(str(value or ""))
            elif spec.kind == FieldKind.CHOICE:
                editor = ChoiceField([(c, labels.label(labels.STYLES, c)) for c in spec.choices])
                editor.load(str(value or ""))
            else:
                editor = CommitLineEdit()
                editor.load(str(value or ""))
            named(editor, text.label, text.help)
            editor.committed.connect(lambda v, key=spec.key: self._save_field(key, v))
            form.addRow(self.tr("{0}:").format(text.label), editor)
            self.editors[spec.key] = editor
        return box

    def _extras(self) -> list[QWidget]:
        # Imported here, not at the top: each panel pulls in ReportLab or the gazetteer,
        # which the window does not need until a step page shows that panel.
        from sistercity_desktop.ui.agreement_panel import AgreementPanel
        from sistercity_desktop.ui.ceremony_panel import CeremonyPanel
        from sistercity_desktop.ui.correspondence_panel import CorrespondencePanel
        from sistercity_desktop.ui.evaluation_panel import EvaluationPanel
        from sistercity_desktop.ui.letter_panel import LetterPanel
        from sistercity_desktop.ui.research_panel import ResearchPanel
        from sistercity_desktop.ui.workplan_panel import WorkPlanPanel

        number = self.step.number
        extras: list[QWidget] = []
        if number == 2:
            research = ResearchPanel(self.store, self.pid)
            research.failed.connect(self.failed)
            research.changed.connect(self.changed)
            self.research_panel = research
            extras.append(research)
            extras.append(self._partner_city())
        if number in (3, 4, 6):
            extras.append(self._contacts())
        if number == 5:
            extras.append(self._hook(AgreementPanel(self.store, self.pid), "agreement_panel"))
        if number == 6:
            extras.append(self._hook(CeremonyPanel(self.store, self.pid), "ceremony_panel"))
        if number == 7:
            extras.append(self._hook(EvaluationPanel(self.store, self.pid),
                                     "evaluation_panel"))
        if number in (4, 7):
            extras.append(self._hook(WorkPlanPanel(self.store, self.pid), "work_plan_panel"))
            extras.append(self._hook(CorrespondencePanel(self.store, self.pid),
                                     "correspondence_panel"))
        if number == 7:
            # An evaluation's adjustments become work plan items: show them at once.
            self.evaluation_panel.changed.connect(self.work_plan_panel.reload)
        if number in LETTER_STEPS:
            panel = LetterPanel(self.store, self.pid, LETTER_STEPS[number])
            panel.failed.connect(self.failed)
            panel.changed.connect(self.changed)
            panel.changed.connect(self.reload)
            self.letter_panel = panel
            extras.append(panel)
        return extras

    def _partner_city(self) -> QGroupBox:
        box = QGroupBox(self.tr("Partner city"))
        form = QFormLayout(box)
        city = self.detail.partner
        values = {
            "name": city.name if city else "",
            "country": city.country if city else "",
            "population": str(city.population) if city and city.population is not None else "",
            "official_name": city.official_name if city else "",
            "official_title": city.official_title if city else "",
        }
        captions = {"name": self.tr("City"), "country": self.tr("Country"),
                    "population": self.tr("Population"),
                    "official_name": self.tr("Highest official"),
                    "official_title": self.tr("Official's title")}
        gender = named(ChoiceField(list(GENDER_WORDS.items())), self.tr("Official's gender"),
                       self.tr("Used for the correct title and salutation in letters"))
        gender.load(city.official_gender if city else "unspecified")
        gender.committed.connect(lambda v: self._save_city("official_gender", v, None))
        for key, caption in captions.items():
            if key == "country":
                picker = named(CountryPicker(), caption)
                picker.set_code(values[key])
                picker.activated.connect(
                    lambda _i, p=picker: p.code() and self._save_city("country", p.code(), None))
                form.addRow(self.tr("{0}:").format(caption), picker)
                continue
            edit = CommitLineEdit()
            edit.load(values[key])
            named(edit, caption)
            edit.committed.connect(lambda v, k=key, e=edit: self._save_city(k, v, e))
            form.addRow(self.tr("{0}:").format(caption), edit)
        form.addRow(self.tr("Official's gender:"), gender)
        return box

    def _hook(self, panel: QWidget, name: str) -> QWidget:
        """Wire a step panel's signals to the page and keep it as an attribute."""
        panel.failed.connect(self.failed)  # type: ignore[attr-defined]
        panel.changed.connect(self.changed)  # type: ignore[attr-defined]
        setattr(self, name, panel)
        return panel

    def _contacts(self) -> QGroupBox:
        box = QGroupBox(self.tr("Contacts"))
        column = QVBoxLayout(box)
        rows = [
            (labels.label(labels.SIDES, c.side), labels.label(labels.ROLES, c.role), c.name,
             c.title, c.email)
            for c in self.detail.contacts
        ]
        self.contact_table = record_table(
            self.tr("Contacts"),
            (self.tr("Side"), self.tr("Role"), self.tr("Name"), self.tr("Title"),
             self.tr("Email")), rows,
            self.tr("No contacts yet: add one at the mayor's office and a volunteer on each "
                    "side."))
        column.addWidget(self.contact_table)
        buttons = QHBoxLayout()
        add = QPushButton(self.tr("&Add contact…"))
        add.clicked.connect(self._add_contact)
        remove = QPushButton(self.tr("Remove contact"))
        remove.setEnabled(bool(self.detail.contacts))
        remove.clicked.connect(self._remove_contact)
        buttons.addWidget(add)
        buttons.addWidget(remove)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return box

    def _notes(self) -> QGroupBox:
        box = QGroupBox(self.tr("Notes and decisions"))
        column = QVBoxLayout(box)
        self.note_list = QListWidget()
        named(self.note_list, self.tr("Notes and decisions for this step"))
        for note in self.detail.notes:
            if note.step == self.step.number:
                kind = labels.label(labels.NOTE_KINDS, note.kind)
                item = QListWidgetItem(
                    f"{i18n.format_day(note.written_on)} · {kind}\n{note.text}")
                item.setData(256, note.id)
                self.note_list.addItem(item)
        self.note_list.setMaximumHeight(160)
        column.addWidget(self.note_list)
        self.note_text = QPlainTextEdit()
        self.note_text.setTabChangesFocus(True)
        self.note_text.setPlaceholderText(
            self.tr("Write a note or a decision the committee took…"))
        self.note_text.setMaximumHeight(80)
        named(self.note_text, self.tr("New note"))
        column.addWidget(self.note_text)
        row = QHBoxLayout()
        self.note_kind = QComboBox()
        for value, text in labels.NOTE_KINDS.items():
            self.note_kind.addItem(text, value)
        named(self.note_kind, self.tr("Kind of note"))
        add = QPushButton(self.tr("Add &note"))
        add.clicked.connect(self._add_note)
        remove = QPushButton(self.tr("Delete selected note"))
        remove.clicked.connect(self._delete_note)
        row.addWidget(self.note_kind)
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        column.addLayout(row)
        return box

    # --- actions --------------------------------------------------------------

    def _run(self, action: Callable[[], object]) -> bool:
        try:
            action()
        except UserError as exc:
            self.failed.emit(localize(exc))
            return False
        self.changed.emit()
        return True

    def _tick(self, key: str, on: bool) -> None:
        if self._run(lambda: service.set_checklist_item(self.store, self.pid, key, on)):
            ticked = set(self.detail.ticked)
            (ticked.add if on else ticked.discard)(key)
            self.detail = self._with(ticked=frozenset(ticked))
            self._update_done()

    def _save_field(self, key: str, value: object) -> None:
        if key == "next_evaluation_on" and self._confirm_evaluation_date(value):
            return
        if self._run(lambda: service.update_field(self.store, self.pid, key, value)):
            self.detail = self._with(fields={**self.detail.fields, key: value})
            self._update_done()
            if key == "ceremony_on" and hasattr(self, "ceremony_panel"):
                self.ceremony_panel.refresh_times()
            if key == "signed_on" and value:
                self.reload.emit()  # the proposed evaluation date shows on step 7
        else:  # put back what is stored, so the screen never shows unsaved text
            editor = self.editors[key]
            stored = self.detail.fields.get(key)
            editor.load(stored if isinstance(editor, DateField) else str(stored or ""))

    def _confirm_evaluation_date(self, value: object) -> bool:
        """Dates outside 6–24 months after signing need a reason; True if handled here."""
        from sistercity_desktop.services.evaluation import (
            EvaluationDateNeedsReason,
            set_next_evaluation,
        )

        try:
            set_next_evaluation(self.store, self.pid, value)  # type: ignore[arg-type]
        except EvaluationDateNeedsReason as exc:
            reason, ok = QInputDialog.getMultiLineText(
                self, self.tr("Evaluation date"),
                self.tr("{0}\n\nKeep this date anyway? Say why:").format(localize(exc)))
            if ok and reason.strip() and self._run(lambda: set_next_evaluation(
                    self.store, self.pid, value, reason)):  # type: ignore[arg-type]
                self.detail = self._with(fields={**self.detail.fields,
                                                 "next_evaluation_on": value})
                return True
            if ok and not reason.strip():
                self.failed.emit(self.tr("The date was not changed: a reason is needed for a "
                                         "date outside 6 to 24 months after signing."))
            self.editors["next_evaluation_on"].load(self.detail.fields.get("next_evaluation_on"))
            return True
        except UserError:
            return False  # let the normal path report it
        self.detail = self._with(fields={**self.detail.fields, "next_evaluation_on": value})
        self.changed.emit()
        self._update_done()
        return True

    def _save_city(self, key: str, value: str, editor: CommitLineEdit | None) -> None:
        if not self._run(lambda: service.update_partner_city(self.store, self.pid,
                                                             **{key: value})) and editor:
            values = {"name": "", "country": "", "population": "", "official_name": "",
                      "official_title": ""}
            city = self.detail.partner
            if city:
                values.update(name=city.name, country=city.country,
                              population=str(city.population or ""),
                              official_name=city.official_name, official_title=city.official_title)
            editor.load(values[key])

    def _with(self, **changes: object) -> PartnershipDetail:
        from dataclasses import replace

        return replace(self.detail, **changes)

    def _update_done(self) -> None:
        facts = PartnershipFacts(current_step=self.step.number, ticked=self.detail.ticked,
                                 fields=self.detail.fields)
        open_count = sum(1 for item in self.step.checklist if item.key not in self.detail.ticked)
        if step_done(facts, self.step.number):
            self.done_label.setText(
                self.tr("✔ This step is done. ({0})").format(self.step.done_when))
        elif open_count:
            self.done_label.setText(
                self.tr("%n of {0} items still open. Done when: {1}", "", open_count).format(
                    len(self.step.checklist), self.step.done_when))
        else:
            self.done_label.setText(
                self.tr("Almost there. Done when: {0}").format(self.step.done_when))

    def is_done(self) -> bool:
        facts = PartnershipFacts(current_step=self.step.number, ticked=self.detail.ticked,
                                 fields=self.detail.fields)
        return step_done(facts, self.step.number)

    def _add_note(self) -> None:
        text = self.note_text.toPlainText()
        if self._run(lambda: service.add_note(self.store, self.pid, text, self.step.number,
                                              self.note_kind.currentData())):
            self.note_text.clear()
            self.reload.emit()

    def _delete_note(self) -> None:
        item = self.note_list.currentItem()
        if item is None:
            self.failed.emit(self.tr("Select a note in the list first."))
            return
        answer = QMessageBox.question(self, self.tr("Delete note"),
                                      self.tr("Delete the selected note?"))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: service.delete_note(self.store, item.data(256)))
            self.reload.emit()

    def _add_contact(self) -> None:
        if ContactDialog(self.store, self.pid, self).exec():
            self.changed.emit()
            self.reload.emit()

    def _remove_contact(self) -> None:
        row = self.contact_table.currentRow()
        if not 0 <= row < len(self.detail.contacts):
            self.failed.emit(self.tr("Select a contact in the table first."))
            return
        contact = self.detail.contacts[row]
        answer = QMessageBox.question(self, self.tr("Remove contact"),
                                      self.tr("Remove {0}?").format(contact.name))
        if answer == QMessageBox.StandardButton.Yes:
            self._run(lambda: delete_contact(self.store, contact.id))
            self.reload.emit()

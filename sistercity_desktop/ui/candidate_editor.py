"""One candidate: facts, data points, ties, history, sources and the decision."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sistercity_desktop.errors import UserError
from sistercity_desktop.research.similarity import DATA_POINT_LABELS, TIE_KINDS
from sistercity_desktop.services import research
from sistercity_desktop.services.research_report import STATUS_LABELS, TIE_LABELS, fact_lines
from sistercity_desktop.store import Store
from sistercity_desktop.ui import i18n
from sistercity_desktop.ui.common import heading, named, wrapped
from sistercity_desktop.ui.data_points import DataPointsEditor, research_word
from sistercity_desktop.ui.fields import CommitTextEdit
from sistercity_desktop.ui.i18n import localize


class CandidateEditor(QWidget):
    changed = Signal()
    failed = Signal(str)

    def __init__(self, store: Store, row: research.CandidateRow) -> None:
        super().__init__()
        self.store, self.row = store, row
        detail = research.candidate_detail(store, row.id)
        self.detail = detail
        layout = QVBoxLayout(self)
        status = research_word(STATUS_LABELS.get(detail.status, detail.status))
        layout.addWidget(heading(self.tr("{0} ({1}) · {2}").format(
            detail.name, detail.country, status), 1.15))
        if detail.decision_reason:
            why = (self.tr("Why ({0}): {1}").format(i18n.format_day(detail.decided_on),
                                                    detail.decision_reason)
                   if detail.decided_on else self.tr("Why: {0}").format(detail.decision_reason))
            layout.addWidget(wrapped(why, italic=True))

        facts = QGroupBox(self.tr("What the map and the calendar say"))
        facts_form = QFormLayout(facts)
        for label, value in fact_lines(row):
            facts_form.addRow(self.tr("{0}:", "form label").format(research_word(label)),
                              wrapped(localize(value)))
        layout.addWidget(facts)

        scores = QGroupBox(self.tr("Similarity with your city, point by point"))
        scores_form = QFormLayout(scores)
        for part in row.similarity.parts:
            shown = self.tr("not known") if part.score is None else f"{part.score:.0%}"
            scores_form.addRow(self.tr("{0}:", "form label").format(
                research_word(DATA_POINT_LABELS[part.point])),
                wrapped(f"{shown} — {localize(part.explanation)}"))
        total = row.similarity.total
        scores_form.addRow(self.tr("Total:"), QLabel(self.tr("not known") if total is None
                                                     else f"{total:.0f}"))
        layout.addWidget(scores)

        points = QGroupBox(self.tr("Data points"))
        points_layout = QVBoxLayout(points)
        self.points = DataPointsEditor(
            detail.city, lambda key, value: research.update_candidate(store, row.id, key, value))
        self.points.failed.connect(self.failed)
        self.points.saved.connect(self.changed)
        points_layout.addWidget(self.points)
        layout.addWidget(points)
        layout.addWidget(self._ties())
        layout.addWidget(self._texts())
        layout.addLayout(self._decision_buttons())

    def _ties(self) -> QGroupBox:
        box = QGroupBox(self.tr("Preexisting relationships"))
        column = QVBoxLayout(box)
        self.tie_list = named(QListWidget(), self.tr("Relationships with this city"))
        self.tie_list.setMaximumHeight(110)
        for tie in self.detail.ties:
            text = self.tr("{0} · strength {1}").format(
                research_word(TIE_LABELS.get(tie.kind, tie.kind)), tie.strength)
            item = QListWidgetItem(text + (f" · {tie.note}" if tie.note else ""))
            item.setData(256, tie.id)
            self.tie_list.addItem(item)
        column.addWidget(self.tie_list)
        row = QHBoxLayout()
        self.tie_kind = named(QComboBox(), self.tr("Kind of relationship"))
        for kind in TIE_KINDS:
            self.tie_kind.addItem(research_word(TIE_LABELS.get(kind, kind)), kind)
        self.tie_strength = named(QSpinBox(), self.tr("Strength (1 slight, 3 strong)"))
        self.tie_strength.setRange(1, 3)
        self.tie_note = named(QLineEdit(), self.tr("About this relationship"))
        self.tie_note.setPlaceholderText(self.tr("e.g. our Rotary club has hosted their "
                                                 "students"))
        add = QPushButton(self.tr("Add &relationship"))
        add.clicked.connect(self._add_tie)
        remove = QPushButton(self.tr("Remove"))
        remove.clicked.connect(self._remove_tie)
        for widget in (self.tie_kind, self.tie_strength, self.tie_note, add, remove):
            row.addWidget(widget)
        column.addLayout(row)
        return box

    def _texts(self) -> QGroupBox:
        box = QGroupBox(self.tr("History, sources and notes"))
        form = QFormLayout(box)
        self.history_strength = named(QSpinBox(),
                                      self.tr("Strength of historical ties (0 none, 3 strong)"))
        self.history_strength.setRange(0, 3)
        self.history_strength.setValue(self.detail.history_strength)
        self.history_strength.valueChanged.connect(
            lambda v: self._save("history_strength", v))
        form.addRow(self.tr("Historical ties (0–3):"), self.history_strength)
        for key, caption in (("history", self.tr("Historical or ancestral connections")),
                             ("relationships", self.tr("Other relationships")),
                             ("sources", self.tr("Sources (where the facts come from)")),
                             ("notes", self.tr("Notes"))):
            editor = named(CommitTextEdit(), caption)
            editor.setMaximumHeight(80)
            editor.load(self.detail.texts[key])
            editor.committed.connect(lambda v, k=key: self._save(k, v))
            form.addRow(self.tr("{0}:", "form label").format(caption), editor)
        return box

    def _decision_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        choose = QPushButton(self.tr("&Choose this city…"))
        choose.clicked.connect(lambda: self._decide("chosen"))
        decline = QPushButton(self.tr("&Decline…"))
        decline.clicked.connect(lambda: self._decide("declined"))
        reopen = QPushButton(self.tr("Back to considering"))
        reopen.clicked.connect(lambda: self._decide("considering"))
        remove = QPushButton(self.tr("Remove candidate"))
        remove.clicked.connect(self._remove)
        for button in (choose, decline, reopen, remove):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _save(self, key: str, value: object) -> None:
        try:
            research.update_candidate(self.store, self.row.id, key, value)
        except UserError as exc:
            self.failed.emit(localize(exc))
            return
        self.changed.emit()

    def _add_tie(self) -> None:
        try:
            research.add_tie(self.store, self.row.id, self.tie_kind.currentData(),
                             self.tie_strength.value(), self.tie_note.text())
        except UserError as exc:
            self.failed.emit(localize(exc))
            return
        self.changed.emit()

    def _remove_tie(self) -> None:
        item = self.tie_list.currentItem()
        if item is None:
            self.failed.emit(self.tr("Select a relationship in the list first."))
            return
        research.remove_tie(self.store, item.data(256))
        self.changed.emit()

    def ask_reason(self, status: str) -> str | None:
        prompts = {"chosen": self.tr("Why is this the partner for your city? Future committees "
                                     "will read this."),
                   "declined": self.tr("Why not this city? Future committees will read this."),
                   "considering": self.tr("Why reopen this candidate? (optional)")}
        text, ok = QInputDialog.getMultiLineText(self, self.tr("Record the reason"),
                                                 prompts[status],
                                                 self.detail.decision_reason)
        return text if ok else None

    def _decide(self, status: str) -> None:
        reason = self.ask_reason(status)
        if reason is None:
            return
        try:
            research.decide(self.store, self.row.id, status, reason)
        except UserError as exc:
            self.failed.emit(localize(exc))
            return
        self.changed.emit()

    def _remove(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(
            self, self.tr("Remove candidate"),
            self.tr("Remove {0} and everything noted about it?").format(self.detail.name))
        if answer == QMessageBox.StandardButton.Yes:
            research.remove_candidate(self.store, self.row.id)
            self.changed.emit()

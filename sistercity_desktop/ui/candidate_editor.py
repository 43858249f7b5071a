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
from sistercity_desktop.ui.common import heading, named, wrapped
from sistercity_desktop.ui.data_points import DataPointsEditor
from sistercity_desktop.ui.fields import CommitTextEdit


class CandidateEditor(QWidget):
    changed = Signal()
    failed = Signal(str)

    def __init__(self, store: Store, row: research.CandidateRow) -> None:
        super().__init__()
        self.store, self.row = store, row
        detail = research.candidate_detail(store, row.id)
        self.detail = detail
        layout = QVBoxLayout(self)
        layout.addWidget(heading(f"{detail.name} ({detail.country}) · "
                                 f"{STATUS_LABELS.get(detail.status, detail.status)}", 1.15))
        if detail.decision_reason:
            when = f" ({detail.decided_on.isoformat()})" if detail.decided_on else ""
            layout.addWidget(wrapped(f"Why{when}: {detail.decision_reason}", italic=True))

        facts = QGroupBox("What the map and the calendar say")
        facts_form = QFormLayout(facts)
        for label, value in fact_lines(row):
            facts_form.addRow(f"{label}:", wrapped(value))
        layout.addWidget(facts)

        scores = QGroupBox("Similarity with your city, point by point")
        scores_form = QFormLayout(scores)
        for part in row.similarity.parts:
            shown = "not known" if part.score is None else f"{part.score:.0%}"
            scores_form.addRow(f"{DATA_POINT_LABELS[part.point]}:",
                               wrapped(f"{shown} — {part.explanation}"))
        total = row.similarity.total
        scores_form.addRow("Total:", QLabel("not known" if total is None else f"{total:.0f}"))
        layout.addWidget(scores)

        points = QGroupBox("Data points")
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
        box = QGroupBox("Preexisting relationships")
        column = QVBoxLayout(box)
        self.tie_list = named(QListWidget(), "Relationships with this city")
        self.tie_list.setMaximumHeight(110)
        for tie in self.detail.ties:
            item = QListWidgetItem(f"{TIE_LABELS.get(tie.kind, tie.kind)} · strength "
                                   f"{tie.strength}" + (f" · {tie.note}" if tie.note else ""))
            item.setData(256, tie.id)
            self.tie_list.addItem(item)
        column.addWidget(self.tie_list)
        row = QHBoxLayout()
        self.tie_kind = named(QComboBox(), "Kind of relationship")
        for kind in TIE_KINDS:
            self.tie_kind.addItem(TIE_LABELS.get(kind, kind), kind)
        self.tie_strength = named(QSpinBox(), "Strength (1 slight, 3 strong)")
        self.tie_strength.setRange(1, 3)
        self.tie_note = named(QLineEdit(), "About this relationship")
        self.tie_note.setPlaceholderText("e.g. our Rotary club has hosted their students")
        add = QPushButton("Add &relationship")
        add.clicked.connect(self._add_tie)
        remove = QPushButton("Remove")
        remove.clicked.connect(self._remove_tie)
        for widget in (self.tie_kind, self.tie_strength, self.tie_note, add, remove):
            row.addWidget(widget)
        column.addLayout(row)
        return box

    def _texts(self) -> QGroupBox:
        box = QGroupBox("History, sources and notes")
        form = QFormLayout(box)
        self.history_strength = named(QSpinBox(), "Strength of historical ties (0 none, 3 strong)")
        self.history_strength.setRange(0, 3)
        self.history_strength.setValue(self.detail.history_strength)
        self.history_strength.valueChanged.connect(
            lambda v: self._save("history_strength", v))
        form.addRow("Historical ties (0–3):", self.history_strength)
        for key, caption in (("history", "Historical or ancestral connections"),
                             ("relationships", "Other relationships"),
                             ("sources", "Sources (where the facts come from)"),
                             ("notes", "Notes")):
            editor = named(CommitTextEdit(), caption)
            editor.setMaximumHeight(80)
            editor.load(self.detail.texts[key])
            editor.committed.connect(lambda v, k=key: self._save(k, v))
            form.addRow(f"{caption}:", editor)
        return box

    def _decision_buttons(self) -> QHBoxLayout:
        row = QHBoxLayout()
        choose = QPushButton("&Choose this city…")
        choose.clicked.connect(lambda: self._decide("chosen"))
        decline = QPushButton("&Decline…")
        decline.clicked.connect(lambda: self._decide("declined"))
        reopen = QPushButton("Back to considering")
        reopen.clicked.connect(lambda: self._decide("considering"))
        remove = QPushButton("Remove candidate")
        remove.clicked.connect(self._remove)
        for button in (choose, decline, reopen, remove):
            row.addWidget(button)
        row.addStretch(1)
        return row

    def _save(self, key: str, value: object) -> None:
        try:
            research.update_candidate(self.store, self.row.id, key, value)
        except UserError as exc:
            self.failed.emit(str(exc))
            return
        self.changed.emit()

    def _add_tie(self) -> None:
        try:
            research.add_tie(self.store, self.row.id, self.tie_kind.currentData(),
                             self.tie_strength.value(), self.tie_note.text())
        except UserError as exc:
            self.failed.emit(str(exc))
            return
        self.changed.emit()

    def _remove_tie(self) -> None:
        item = self.tie_list.currentItem()
        if item is None:
            self.failed.emit("Select a relationship in the list first.")
            return
        research.remove_tie(self.store, item.data(256))
        self.changed.emit()

    def ask_reason(self, status: str) -> str | None:
        prompts = {"chosen": "Why is this the partner for your city? Future committees will "
                             "read this.",
                   "declined": "Why not this city? Future committees will read this.",
                   "considering": "Why reopen this candidate? (optional)"}
        text, ok = QInputDialog.getMultiLineText(self, "Record the reason", prompts[status],
                                                 self.detail.decision_reason)
        return text if ok else None

    def _decide(self, status: str) -> None:
        reason = self.ask_reason(status)
        if reason is None:
            return
        try:
            research.decide(self.store, self.row.id, status, reason)
        except UserError as exc:
            self.failed.emit(str(exc))
            return
        self.changed.emit()

    def _remove(self) -> None:
        from PySide6.QtWidgets import QMessageBox

        answer = QMessageBox.question(self, "Remove candidate",
                                      f"Remove {self.detail.name} and everything noted about it?")
        if answer == QMessageBox.StandardButton.Yes:
            research.remove_candidate(self.store, self.row.id)
            self.changed.emit()

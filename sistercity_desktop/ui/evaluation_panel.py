"""The evaluation on step 7: health in words, gathered facts, the rating form and past reports."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sistercity_desktop.errors import UserError
from sistercity_desktop.process.evaluation import (
    DIMENSION_LABELS,
    DIMENSION_QUESTIONS,
    DIMENSIONS,
    proposed_evaluation_date,
)
from sistercity_desktop.services import evaluation as service
from sistercity_desktop.services import followup_docs
from sistercity_desktop.services.documents import file_name
from sistercity_desktop.services.evaluation import EvaluationDateNeedsReason, EvaluationView
from sistercity_desktop.store import Store
from sistercity_desktop.ui.common import named, wrapped
from sistercity_desktop.ui.fields import DateField
from sistercity_desktop.ui.pdf_preview import PdfPreview
from sistercity_desktop.ui.worker import run_in_background
from sistercity_desktop.ui.workplan_panel import (
    ERROR_STYLE,
    MessageLabel,
    fit_height,
    read_date,
)

LEVEL_WORDS = {"good": "Good", "watch": "Watch", "at_risk": "At risk",
               "not_started": "Not started"}
# The word carries the meaning; the colour only helps at a glance.
LEVEL_COLOURS = {"good": "#1b5e20", "watch": "#8a5300", "at_risk": "#b00020",
                 "not_started": "#455a64"}
SCORES = ((1, "1 – poor"), (2, "2 – weak"), (3, "3 – fair"), (4, "4 – good"),
          (5, "5 – very good"))


def health_text(level: str, reasons: tuple[str, ...]) -> str:
    """'Watch: No contact for 7 months; 2 of 5 planned exchanges held'."""
    word = LEVEL_WORDS.get(level, level.replace("_", " ").capitalize())
    return f"{word}: {'; '.join(reasons)}" if reasons else word


def history_text(record: EvaluationView) -> str:
    score = f"overall {record.overall:.1f} of 5" if record.overall is not None else "not rated"
    summary = " ".join(record.summary.split()) or "no summary"
    return f"{record.held_on.isoformat()} · {score} · {summary}"


class EvaluationPanel(QGroupBox):
    """Review the partnership against its work plan and record the result."""

    failed = Signal(str)  # a clear message for the user
    changed = Signal()  # an evaluation (and its new work plan items) was saved

    def __init__(self, store: Store, pid: str, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__("Evaluation", parent)
        self.store, self.pid = store, pid
        self.today = today or date.today()
        self.preview: PdfPreview | None = None
        self._records: list[EvaluationView] = []
        self._proposed: date | None = None  # the next date the app proposed last
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(
            "Once a year, look back with the partner city: what the work plan promised, what "
            "happened, and what to change. The app gathers the facts it knows; the committee "
            "adds its judgement."))
        layout.addWidget(self._known_box())
        layout.addWidget(self._form_box())
        layout.addWidget(self._history_box())
        layout.addStretch(1)  # spare height goes below, not between the form's rows
        self.reload()
        self.clear_form()

    # --- building -------------------------------------------------------------

    def _known_box(self) -> QGroupBox:
        box = QGroupBox("What the app knows")
        column = QVBoxLayout(box)
        self.health_label = named(QLabel(), "Partnership health")
        self.health_label.setWordWrap(True)
        self.health_label.setTextFormat(Qt.TextFormat.PlainText)
        self.health_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.health_label.font()
        font.setBold(True)
        self.health_label.setFont(font)
        caption = QLabel("Health:")
        caption.setFont(font)
        row = QHBoxLayout()
        row.addWidget(caption, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.health_label, 1)
        column.addLayout(row)
        self.facts_form = QFormLayout()
        self.facts_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        column.addLayout(self.facts_form)
        return box

    def _form_box(self) -> QGroupBox:
        box = QGroupBox("Record an evaluation")
        column = QVBoxLayout(box)
        column.addWidget(wrapped(
            "Rate each part from 1 (poor) to 5 (very good) and say what shows it: numbers, "
            "events, what people said. Leave a part “not rated” if nobody can judge it."))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        for column_index, caption in enumerate(("Part and question", "Rating", "Evidence")):
            header = QLabel(caption)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            grid.addWidget(header, 0, column_index)
        self.rating_boxes: dict[str, QComboBox] = {}
        self.evidence_edits: dict[str, QLineEdit] = {}
        for row, dimension in enumerate(DIMENSIONS, start=1):
            name, question = DIMENSION_LABELS[dimension], DIMENSION_QUESTIONS[dimension]
            grid.addWidget(self._dimension_label(name, question), row, 0)
            rating = named(QComboBox(), f"{name} rating", question)
            rating.addItem("not rated", None)
            for score, text in SCORES:
                rating.addItem(text, score)
            evidence = named(QLineEdit(), f"{name} evidence", question)
            evidence.setPlaceholderText("What shows it?")
            grid.addWidget(rating, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(evidence, row, 2, Qt.AlignmentFlag.AlignTop)
            self.rating_boxes[dimension] = rating
            self.evidence_edits[dimension] = evidence
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 4)
        column.addLayout(grid)

        form = QFormLayout()
        self.adjustments_edit = named(
            QPlainTextEdit(), "Adjustments to the work plan",
            "One change per line; each line becomes a new item in the work plan")
        self.adjustments_edit.setTabChangesFocus(True)  # Tab moves on, keyboard users not trapped
        self.adjustments_edit.setPlaceholderText(
            "One change per line, e.g. “Find a Tartu owner for the e-services exchange”")
        self.adjustments_edit.setMaximumHeight(90)
        self.summary_edit = named(QPlainTextEdit(), "Summary", "The committee's conclusion in "
                                  "a few sentences; it opens the evaluation report")
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMaximumHeight(100)
        self.held_date = named(DateField(), "Held on", "The day the committee evaluated")
        self.next_date = named(DateField(), "Next evaluation",
                               "Proposed: a year after this one. Between 6 and 24 months is "
                               "recommended.")
        for field in (self.held_date, self.next_date):
            field.setMaximumWidth(220)
        self.held_date.invalid.connect(self._report)
        self.next_date.invalid.connect(self._report)
        self.held_date.committed.connect(self._held_changed)
        adjustments_label = QLabel("Ad&justments:")
        adjustments_label.setBuddy(self.adjustments_edit)
        form.addRow(adjustments_label, self.adjustments_edit)
        form.addRow("", wrapped("Each line becomes a new item in the work plan, so the change "
                                "is followed up.", italic=True))
        for caption, widget in (("&Summary:", self.summary_edit), ("&Held on:", self.held_date),
                                ("Ne&xt evaluation:", self.next_date)):
            label = QLabel(caption)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", wrapped("Proposed: a year after this evaluation. A date outside 6 to "
                                "24 months needs a reason.", italic=True))
        column.addLayout(form)
        self.error = MessageLabel(ERROR_STYLE)
        column.addWidget(self.error)
        self.status_label = MessageLabel()
        column.addWidget(self.status_label)
        buttons = QHBoxLayout()
        self.record_button = named(QPushButton("&Record evaluation"), "Record evaluation")
        self.record_button.clicked.connect(self.record)
        buttons.addWidget(self.record_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return box

    @staticmethod
    def _dimension_label(name: str, question: str) -> QWidget:
        cell = QWidget()
        column = QVBoxLayout(cell)
        column.setContentsMargins(0, 0, 0, 4)
        column.setSpacing(0)
        title = QLabel(name)
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        small = wrapped(question)
        font = small.font()
        font.setPointSizeF(font.pointSizeF() * 0.9)
        small.setFont(font)
        column.addWidget(title)
        column.addWidget(small)
        cell.setToolTip(question)
        return cell

    def _history_box(self) -> QGroupBox:
        box = QGroupBox("Past evaluations")
        column = QVBoxLayout(box)
        self.history_list = named(QListWidget(), "Past evaluations", "Newest first")
        self.history_list.setWordWrap(True)
        column.addWidget(self.history_list)
        buttons = QHBoxLayout()
        self.report_button = named(QPushButton("Evaluation repor&t…"), "Evaluation report",
                                   "Preview, print or save the latest evaluation as a PDF")
        self.report_button.clicked.connect(self.make_report)
        buttons.addWidget(self.report_button)
        buttons.addStretch(1)
        column.addLayout(buttons)
        return box

    # --- showing --------------------------------------------------------------

    def reload(self) -> None:
        """Read health, facts and past evaluations again (the form keeps what is typed)."""
        health = service.partnership_health(self.store, self.pid, self.today)
        self.health_label.setText(health_text(health.level, health.reasons))
        self.health_label.setStyleSheet(f"color: {LEVEL_COLOURS.get(health.level, '')}")
        self.health_label.setToolTip(f"Score {health.score} of 100")
        while self.facts_form.rowCount():
            self.facts_form.removeRow(0)
        for caption, value in service.gathered_facts(self.store, self.pid, self.today).items():
            shown = QLabel(value)
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(caption)
            self.facts_form.addRow(f"{caption}:", shown)
        self._records = service.evaluations(self.store, self.pid)
        self.history_list.clear()
        for record in reversed(self._records):
            item = QListWidgetItem(history_text(record))
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            changes = "\n".join(f"• {a}" for a in record.adjustments)
            item.setToolTip(record.summary + (f"\n\nAdjustments:\n{changes}" if changes else ""))
            self.history_list.addItem(item)
        if not self._records:
            empty = QListWidgetItem("No evaluation recorded yet.")
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)  # a message, not a record to select
            self.history_list.addItem(empty)
        fit_height(self.history_list, 160)
        self.report_button.setEnabled(bool(self._records))

    def clear_form(self) -> None:
        """An empty form: held today, next evaluation proposed a year later."""
        for box in self.rating_boxes.values():
            box.setCurrentIndex(0)
        for edit in self.evidence_edits.values():
            edit.clear()
        self.adjustments_edit.clear()
        self.summary_edit.clear()
        self.held_date.load(self.today)
        self._proposed = proposed_evaluation_date(self.today)
        self.next_date.load(self._proposed)

    def _held_changed(self, held: object) -> None:
        # Keep the proposal in step with the held date unless the user chose another one.
        if not isinstance(held, date):
            return
        current = self.next_date.value()
        if current is None or current == self._proposed or current <= held:
            self._proposed = proposed_evaluation_date(held)
            self.next_date.load(self._proposed)

    # --- recording ------------------------------------------------------------

    def _report(self, text: str) -> None:
        self.error.setText(text)
        self.failed.emit(text)

    def ratings(self) -> dict[str, object]:
        """{dimension: {"score", "evidence"}} for the rated parts; raises UserError for
        evidence written without a rating (it would be lost)."""
        ratings: dict[str, object] = {}
        for dimension in DIMENSIONS:
            score = self.rating_boxes[dimension].currentData()
            evidence = self.evidence_edits[dimension].text().strip()
            if score is None and evidence:
                raise UserError(f"{DIMENSION_LABELS[dimension]}: choose a rating from 1 to 5 "
                                "for the evidence you wrote, or clear the evidence.")
            if score is not None:
                ratings[dimension] = {"score": int(score), "evidence": evidence}
        return ratings

    def record(self) -> str | None:
        """Save the form as an evaluation; returns its id, or None after saying why not."""
        try:
            ratings = self.ratings()
            held = read_date(self.held_date, "Held on")
            next_on = read_date(self.next_date, "Next evaluation")
            if held is None:
                raise UserError("Say on which day the evaluation was held.")
            summary = self.summary_edit.toPlainText()
            if not ratings and not summary.strip():
                raise UserError("Rate at least one part or write a summary before recording.")
        except UserError as exc:
            self._report(str(exc))
            return None
        adjustments = self.adjustments_edit.toPlainText().splitlines()
        reason = ""
        try:
            try:
                evaluation_id = service.record_evaluation(
                    self.store, self.pid, held, ratings, adjustments, summary, next_on,
                    today=self.today)
            except EvaluationDateNeedsReason as exc:
                reason, ok = QInputDialog.getMultiLineText(
                    self, "Next evaluation date",
                    f"{exc}\n\nKeep this date anyway? Say why (for example, council "
                    "elections or a planned visit):")
                if not ok:
                    self.status_label.setText("Not recorded yet: choose another next "
                                              "evaluation date, or give a reason.")
                    return None
                if not reason.strip():
                    raise UserError("Not recorded: a date outside 6 to 24 months needs a "
                                    "reason.") from None
                evaluation_id = service.record_evaluation(
                    self.store, self.pid, held, ratings, adjustments, summary, next_on,
                    next_reason=reason, today=self.today)
        except UserError as exc:
            self._report(str(exc))
            return None
        added = sum(1 for line in adjustments if line.strip())
        self.error.clear()
        self.clear_form()
        self.reload()
        news = (f" {added} adjustment{'s were' if added != 1 else ' was'} added to the work "
                "plan as new items." if added else "")
        self.status_label.setText(f"Evaluation of {held.isoformat()} recorded.{news}")
        self.changed.emit()
        return evaluation_id

    # --- report ---------------------------------------------------------------

    def make_report(self) -> None:
        """Render the latest evaluation report off the UI thread, then show it."""
        store, pid = self.store, self.pid
        self.report_button.setEnabled(False)
        self.status_label.setText("Preparing the report…")

        def work() -> bytes:
            return followup_docs.render(store, pid, "evaluation_report")

        def done(pdf: bytes) -> None:
            self.report_button.setEnabled(True)
            self.status_label.clear()
            self.preview = PdfPreview(pdf, file_name(store, pid, "evaluation_report", []), self)
            self.preview.open()

        def failed(text: str) -> None:
            self.report_button.setEnabled(bool(self._records))
            self.status_label.clear()
            self._report(text)

        run_in_background(work, done, failed, owner=self)

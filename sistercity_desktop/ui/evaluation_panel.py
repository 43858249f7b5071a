"""The evaluation on step 7: health in words, gathered facts, the rating form and past reports."""

from __future__ import annotations

from datetime import date

from babel.numbers import format_decimal
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
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
from sistercity_desktop.text import Text
from sistercity_desktop.ui import i18n
from sistercity_desktop.ui.common import named, wrapped
from sistercity_desktop.ui.fields import DateField
from sistercity_desktop.ui.i18n import babel_locale, localize
from sistercity_desktop.ui.pdf_preview import PdfPreview
from sistercity_desktop.ui.worker import run_in_background
from sistercity_desktop.ui.workplan_panel import (
    ERROR_STYLE,
    MessageLabel,
    fit_height,
    read_date,
)

CONTEXT = "evaluation_panel"
# Health levels from process/health.py, in English; translated where shown (level_text).
LEVEL_WORDS = {"good": QT_TRANSLATE_NOOP("evaluation_panel", "Good"),
               "watch": QT_TRANSLATE_NOOP("evaluation_panel", "Watch"),
               "at_risk": QT_TRANSLATE_NOOP("evaluation_panel", "At risk"),
               "not_started": QT_TRANSLATE_NOOP("evaluation_panel", "Not started")}
# The word carries the meaning; the colour only helps at a glance.
LEVEL_COLOURS = {"good": "#1b5e20", "watch": "#8a5300", "at_risk": "#b00020",
                 "not_started": "#455a64"}
SCORES = ((1, QT_TRANSLATE_NOOP("evaluation_panel", "1 – poor")),
          (2, QT_TRANSLATE_NOOP("evaluation_panel", "2 – weak")),
          (3, QT_TRANSLATE_NOOP("evaluation_panel", "3 – fair")),
          (4, QT_TRANSLATE_NOOP("evaluation_panel", "4 – good")),
          (5, QT_TRANSLATE_NOOP("evaluation_panel", "5 – very good")))

# The evaluation dimensions of process/evaluation.py (DIMENSION_LABELS, DIMENSION_QUESTIONS),
# listed here for lupdate and translated where shown. A wording changed there and not here
# is simply shown in English until this list follows.
DIMENSION_CONTEXT = "evaluation"
_DIMENSION_WORDS = (
    QT_TRANSLATE_NOOP("evaluation", "Structure"),
    QT_TRANSLATE_NOOP("evaluation", "Relationships"),
    QT_TRANSLATE_NOOP("evaluation", "Communications"),
    QT_TRANSLATE_NOOP("evaluation", "Management"),
    QT_TRANSLATE_NOOP("evaluation", "Activities"),
    QT_TRANSLATE_NOOP("evaluation", "Implementation"),
    QT_TRANSLATE_NOOP("evaluation", "Outcomes"),
    QT_TRANSLATE_NOOP("evaluation", "Is there a committee with clear roles, enough members and "
                                    "a budget to carry the partnership?"),
    QT_TRANSLATE_NOOP("evaluation", "Do people on both sides know each other and keep in touch "
                                    "beyond official visits?"),
    QT_TRANSLATE_NOOP("evaluation", "Does the public hear about the partnership, and do both "
                                    "cities share news with each other?"),
    QT_TRANSLATE_NOOP("evaluation", "Are meetings held, records kept and money accounted for?"),
    QT_TRANSLATE_NOOP("evaluation", "How many exchanges took place, in how many fields, and who "
                                    "took part?"),
    QT_TRANSLATE_NOOP("evaluation", "Did the work plan happen as planned, on time?"),
    QT_TRANSLATE_NOOP("evaluation", "What changed for the two communities because of the "
                                    "partnership?"),
)

# Captions and fixed values of services.evaluation.gathered_facts (the keys are stored with
# each evaluation in English); the live values are Text, localised like any service message.
FACTS_CONTEXT = "evaluation_facts"
_FACT_WORDS = (
    QT_TRANSLATE_NOOP("evaluation_facts", "Exchanges held against planned"),
    QT_TRANSLATE_NOOP("evaluation_facts", "Time since last contact"),
    QT_TRANSLATE_NOOP("evaluation_facts", "Participants in the last year"),
    QT_TRANSLATE_NOOP("evaluation_facts", "Sectors involved"),
    QT_TRANSLATE_NOOP("evaluation_facts", "Overdue work plan items"),
    QT_TRANSLATE_NOOP("evaluation_facts", "no contact yet"),
    QT_TRANSLATE_NOOP("evaluation_facts", "none yet"),
)


def dimension_name(dimension: str) -> str:
    return QCoreApplication.translate(DIMENSION_CONTEXT, DIMENSION_LABELS[dimension])


def dimension_question(dimension: str) -> str:
    return QCoreApplication.translate(DIMENSION_CONTEXT, DIMENSION_QUESTIONS[dimension])


def fact_text(text: str) -> str:
    """A gathered fact's caption or fixed value in the interface language."""
    return QCoreApplication.translate(FACTS_CONTEXT, text) if text in _FACT_WORDS else text


def level_text(level: str) -> str:
    english = LEVEL_WORDS.get(level)
    if english is None:
        return level.replace("_", " ").capitalize()
    return QCoreApplication.translate(CONTEXT, english)


def health_text(level: str, reasons: tuple[str, ...]) -> str:
    """'Watch: No contact for 7 months; 2 of 5 planned exchanges held'.

    The level word and the reasons (Text from process/health.py) are translated.
    """
    word = level_text(level)
    if not reasons:
        return word
    return QCoreApplication.translate("evaluation_panel", "{0}: {1}").format(
        word, "; ".join(localize(reason) for reason in reasons))


def history_text(record: EvaluationView) -> str:
    if record.overall is not None:
        score = QCoreApplication.translate("evaluation_panel", "overall {0} of 5").format(
            format_decimal(record.overall, "0.0", locale=babel_locale()))
    else:
        score = QCoreApplication.translate("evaluation_panel", "not rated")
    summary = " ".join(record.summary.split()) or QCoreApplication.translate(
        "evaluation_panel", "no summary")
    return f"{i18n.format_day(record.held_on)} · {score} · {summary}"


class EvaluationPanel(QGroupBox):
    """Review the partnership against its work plan and record the result."""

    failed = Signal(str)  # a clear message for the user
    changed = Signal()  # an evaluation (and its new work plan items) was saved

    def __init__(self, store: Store, pid: str, today: date | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Evaluation"))
        self.store, self.pid = store, pid
        self.today = today or date.today()
        self.preview: PdfPreview | None = None
        self._records: list[EvaluationView] = []
        self._proposed: date | None = None  # the next date the app proposed last
        layout = QVBoxLayout(self)
        layout.addWidget(wrapped(self.tr(
            "Once a year, look back with the partner city: what the work plan promised, what "
            "happened, and what to change. The app gathers the facts it knows; the committee "
            "adds its judgement.")))
        layout.addWidget(self._known_box())
        layout.addWidget(self._form_box())
        layout.addWidget(self._history_box())
        layout.addStretch(1)  # spare height goes below, not between the form's rows
        self.reload()
        self.clear_form()

    # --- building -------------------------------------------------------------

    def _known_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("What the app knows"))
        column = QVBoxLayout(box)
        self.health_label = named(QLabel(), self.tr("Partnership health"))
        self.health_label.setWordWrap(True)
        self.health_label.setTextFormat(Qt.TextFormat.PlainText)
        self.health_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.health_label.font()
        font.setBold(True)
        self.health_label.setFont(font)
        caption = QLabel(self.tr("Health:"))
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
        box = QGroupBox(self.tr("Record an evaluation"))
        column = QVBoxLayout(box)
        column.addWidget(wrapped(self.tr(
            "Rate each part from 1 (poor) to 5 (very good) and say what shows it: numbers, "
            "events, what people said. Leave a part “not rated” if nobody can judge it.")))
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        captions = (self.tr("Part and question"), self.tr("Rating"), self.tr("Evidence"))
        for column_index, caption in enumerate(captions):
            header = QLabel(caption)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            grid.addWidget(header, 0, column_index)
        self.rating_boxes: dict[str, QComboBox] = {}
        self.evidence_edits: dict[str, QLineEdit] = {}
        for row, dimension in enumerate(DIMENSIONS, start=1):
            name, question = dimension_name(dimension), dimension_question(dimension)
            grid.addWidget(self._dimension_label(name, question), row, 0)
            rating = named(QComboBox(), self.tr("{0} rating").format(name), question)
            rating.addItem(self.tr("not rated"), None)
            for score, text in SCORES:
                rating.addItem(QCoreApplication.translate(CONTEXT, text), score)
            evidence = named(QLineEdit(), self.tr("{0} evidence").format(name), question)
            evidence.setPlaceholderText(self.tr("What shows it?"))
            grid.addWidget(rating, row, 1, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(evidence, row, 2, Qt.AlignmentFlag.AlignTop)
            self.rating_boxes[dimension] = rating
            self.evidence_edits[dimension] = evidence
        grid.setColumnStretch(0, 3)
        grid.setColumnStretch(2, 4)
        column.addLayout(grid)

        form = QFormLayout()
        self.adjustments_edit = named(
            QPlainTextEdit(), self.tr("Adjustments to the work plan"),
            self.tr("One change per line; each line becomes a new item in the work plan"))
        self.adjustments_edit.setTabChangesFocus(True)  # Tab moves on, keyboard users not trapped
        self.adjustments_edit.setPlaceholderText(self.tr(
            "One change per line, e.g. “Find a Tartu owner for the e-services exchange”"))
        self.adjustments_edit.setMaximumHeight(90)
        self.summary_edit = named(QPlainTextEdit(), self.tr("Summary"), self.tr(
            "The committee's conclusion in a few sentences; it opens the evaluation report"))
        self.summary_edit.setTabChangesFocus(True)
        self.summary_edit.setMaximumHeight(100)
        self.held_date = named(DateField(), self.tr("Held on"),
                               self.tr("The day the committee evaluated"))
        self.next_date = named(DateField(), self.tr("Next evaluation"),
                               self.tr("Proposed: a year after this one. Between 6 and 24 months "
                                       "is recommended."))
        for field in (self.held_date, self.next_date):
            field.setMaximumWidth(220)
        self.held_date.invalid.connect(self._report)
        self.next_date.invalid.connect(self._report)
        self.held_date.committed.connect(self._held_changed)
        adjustments_label = QLabel(self.tr("Ad&justments:"))
        adjustments_label.setBuddy(self.adjustments_edit)
        form.addRow(adjustments_label, self.adjustments_edit)
        form.addRow("", wrapped(self.tr("Each line becomes a new item in the work plan, so the "
                                        "change is followed up."), italic=True))
        for caption, widget in ((self.tr("&Summary:"), self.summary_edit),
                                (self.tr("&Held on:"), self.held_date),
                                (self.tr("Ne&xt evaluation:"), self.next_date)):
            label = QLabel(caption)
            label.setBuddy(widget)
            form.addRow(label, widget)
        form.addRow("", wrapped(self.tr("Proposed: a year after this evaluation. A date outside "
                                        "6 to 24 months needs a reason."), italic=True))
        column.addLayout(form)
        self.error = MessageLabel(ERROR_STYLE)
        column.addWidget(self.error)
        self.status_label = MessageLabel()
        column.addWidget(self.status_label)
        buttons = QHBoxLayout()
        self.record_button = named(QPushButton(self.tr("&Record evaluation")),
                                   self.tr("Record evaluation"))
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
        box = QGroupBox(self.tr("Past evaluations"))
        column = QVBoxLayout(box)
        self.history_list = named(QListWidget(), self.tr("Past evaluations"),
                                  self.tr("Newest first"))
        self.history_list.setWordWrap(True)
        column.addWidget(self.history_list)
        buttons = QHBoxLayout()
        self.report_button = named(QPushButton(self.tr("Evaluation repor&t…")),
                                   self.tr("Evaluation report"),
                                   self.tr("Preview, print or save the latest evaluation as a PDF"))
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
        self.health_label.setToolTip(self.tr("Score {0} of 100").format(health.score))
        while self.facts_form.rowCount():
            self.facts_form.removeRow(0)
        for caption, value in service.gathered_facts(self.store, self.pid, self.today).items():
            caption = fact_text(caption)
            shown = QLabel(localize(value) if isinstance(value, Text) else fact_text(value))
            shown.setWordWrap(True)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            shown.setAccessibleName(caption)
            self.facts_form.addRow(self.tr("{0}:").format(caption), shown)
        self._records = service.evaluations(self.store, self.pid)
        self.history_list.clear()
        for record in reversed(self._records):
            item = QListWidgetItem(history_text(record))
            item.setData(Qt.ItemDataRole.UserRole, record.id)
            changes = "\n".join(f"• {a}" for a in record.adjustments)
            item.setToolTip(record.summary + ("\n\n" + self.tr("Adjustments:") + "\n" + changes
                                              if changes else ""))
            self.history_list.addItem(item)
        if not self._records:
            empty = QListWidgetItem(self.tr("No evaluation recorded yet."))
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
                raise UserError(self.tr("{0}: choose a rating from 1 to 5 for the evidence you "
                                        "wrote, or clear the evidence.")
                                .format(dimension_name(dimension)))
            if score is not None:
                ratings[dimension] = {"score": int(score), "evidence": evidence}
        return ratings

    def record(self) -> str | None:
        """Save the form as an evaluation; returns its id, or None after saying why not."""
        try:
            ratings = self.ratings()
            held = read_date(self.held_date, self.tr("Held on"))
            next_on = read_date(self.next_date, self.tr("Next evaluation"))
            if held is None:
                raise UserError(self.tr("Say on which day the evaluation was held."))
            summary = self.summary_edit.toPlainText()
            if not ratings and not summary.strip():
                raise UserError(self.tr("Rate at least one part or write a summary before "
                                        "recording."))
        except UserError as exc:
            self._report(localize(exc))
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
                    self, self.tr("Next evaluation date"),
                    self.tr("{0}\n\nKeep this date anyway? Say why (for example, council "
                            "elections or a planned visit):").format(localize(exc)))
                if not ok:
                    self.status_label.setText(self.tr("Not recorded yet: choose another next "
                                                      "evaluation date, or give a reason."))
                    return None
                if not reason.strip():
                    raise UserError(self.tr("Not recorded: a date outside 6 to 24 months needs "
                                            "a reason.")) from None
                evaluation_id = service.record_evaluation(
                    self.store, self.pid, held, ratings, adjustments, summary, next_on,
                    next_reason=reason, today=self.today)
        except UserError as exc:
            self._report(localize(exc))
            return None
        added = sum(1 for line in adjustments if line.strip())
        self.error.clear()
        self.clear_form()
        self.reload()
        text = self.tr("Evaluation of {0} recorded.").format(i18n.format_day(held))
        if added == 1:
            text += " " + self.tr("%n adjustment was added to the work plan as new items.", "",
                                  added)
        elif added:
            text += " " + self.tr("%n adjustments were added to the work plan as new items.", "",
                                  added)
        self.status_label.setText(text)
        self.changed.emit()
        return evaluation_id

    # --- report ---------------------------------------------------------------

    def make_report(self) -> None:
        """Render the latest evaluation report off the UI thread, then show it."""
        store, pid = self.store, self.pid
        self.report_button.setEnabled(False)
        self.status_label.setText(self.tr("Preparing the report…"))

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

"""Inquiries and policy: weigh requests to partner against the committee's own questions.

Many committees agree on a few questions for every inbound request (from a city
abroad or from local residents) to manage the volume and to keep only
relationships they can sustain. Every change saves through the service at once.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from html import escape

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QScrollArea,
    QSpinBox,
    QSplitter,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sistercity_desktop.errors import UserError
from sistercity_desktop.protocol.languages import country_name
from sistercity_desktop.research.policy import Criterion
from sistercity_desktop.services import inquiries as service
from sistercity_desktop.services.inquiries import InquiryView
from sistercity_desktop.store import Store
from sistercity_desktop.ui import i18n
from sistercity_desktop.ui.common import named, wrapped
from sistercity_desktop.ui.i18n import babel_locale, localize
from sistercity_desktop.ui.pickers import CountryPicker

# Word tables hold English source texts; words() translates them when shown (context
# "inquiries"), so a change of interface language is picked up by the next dialog.
SOURCES = {"city_abroad": QT_TRANSLATE_NOOP("inquiries", "A city abroad"),
           "local_resident": QT_TRANSLATE_NOOP("inquiries", "A local resident")}
# "from a city abroad" in the heading of the selected inquiry.
FROM_SOURCE = {"city_abroad": QT_TRANSLATE_NOOP("inquiries", "from a city abroad"),
               "local_resident": QT_TRANSLATE_NOOP("inquiries", "from a local resident")}
FROM_COLUMN = {"city_abroad": QT_TRANSLATE_NOOP("inquiries", "City abroad"),
               "local_resident": QT_TRANSLATE_NOOP("inquiries", "Local resident")}
VERDICTS = {"meets": QT_TRANSLATE_NOOP("inquiries", "Meets the policy"),
            "fails": QT_TRANSLATE_NOOP("inquiries", "Does not meet"),
            "incomplete": QT_TRANSLATE_NOOP("inquiries", "Answers missing")}
VERDICT_COLOURS = {"meets": "#1b5e20", "fails": "#b00020", "incomplete": "#8a5300"}
DECISIONS = {"pending": QT_TRANSLATE_NOOP("inquiries", "Pending"),
             "accepted": QT_TRANSLATE_NOOP("inquiries", "Accepted"),
             "declined": QT_TRANSLATE_NOOP("inquiries", "Declined"),
             "deferred": QT_TRANSLATE_NOOP("inquiries", "Deferred")}
ANSWERS: tuple[tuple[str, bool | None], ...] = (
    (QT_TRANSLATE_NOOP("inquiries", "Not known"), None),
    (QT_TRANSLATE_NOOP("inquiries", "Yes"), True),
    (QT_TRANSLATE_NOOP("inquiries", "No"), False))
ERROR_STYLE = "color: #b00020; font-weight: bold"
NO_POLICY = QT_TRANSLATE_NOOP("inquiries", "No policy yet")
INQUIRY_HEADERS = (QT_TRANSLATE_NOOP("inquiries", "Received"),
                   QT_TRANSLATE_NOOP("inquiries", "City"),
                   QT_TRANSLATE_NOOP("inquiries", "Country"),
                   QT_TRANSLATE_NOOP("inquiries", "From"),
                   QT_TRANSLATE_NOOP("inquiries", "Verdict"),
                   QT_TRANSLATE_NOOP("inquiries", "Decision"))


def words(english: str) -> str:
    """An English text from the tables above, in the interface language."""
    return QCoreApplication.translate("inquiries", english)


def country_words(code: str) -> str:
    """A country's name in the interface language (CLDR through Babel)."""
    return country_name(code, str(babel_locale())) if code else ""


def parse_received(value: date | str | None) -> date | None:
    """The received date from the form; None means today. Refuses typos and future dates."""
    if isinstance(value, str):
        text = value.strip()
        try:
            value = date.fromisoformat(text) if text else None
        except ValueError:
            raise UserError(QCoreApplication.translate(
                "inquiries", "“{0}” is not a date. Type it as YYYY-MM-DD, e.g. 2026-03-14.")
                .format(text)) from None
    if value is not None and value > date.today():
        raise UserError(QCoreApplication.translate(
            "inquiries", "The date received cannot be in the future."))
    return value


def read_only_table(name: str, headers: tuple[str, ...]) -> QTableWidget:
    """A keyboard-navigable table where one whole row is selected at a time."""
    table = QTableWidget(0, len(headers))
    named(table, name)
    table.setHorizontalHeaderLabels(list(headers))
    table.verticalHeader().setVisible(False)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    table.setTabKeyNavigation(False)  # Tab leaves the table, arrows move inside it
    table.setWordWrap(True)
    table.setAlternatingRowColors(True)
    return table


def cell(text: str, key: str | None = None, tip: str = "") -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setToolTip(tip or text)
    if key is not None:
        item.setData(Qt.ItemDataRole.UserRole, key)
    return item


def plain_button(text: str, name: str, tip: str = "") -> QPushButton:
    button = QPushButton(text)
    named(button, name, tip)
    # Enter in a text field must not press some other button of the dialog.
    button.setAutoDefault(False)
    return button


class InquiriesDialog(QDialog):
    """The committee's policy on the left, inquiries and their evaluation on the right."""

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.setWindowTitle(self.tr("Inquiries and policy"))
        self.setSizeGripEnabled(True)
        self.resize(1000, 700)
        self._criteria: list[Criterion] = []
        self._views: dict[str, InquiryView] = {}
        self._current_id: str | None = None
        self._filling = False  # programmatic table fills must not count as user selection
        # The inquiry and questions the answer rows were built for; rebuilt only when they
        # change, so a combo box is never destroyed while it reports its own change.
        self._built_for: tuple[str, tuple[str, ...]] | None = None
        self.answer_boxes: dict[str, QComboBox] = {}

        outer = QVBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_policy())
        splitter.addWidget(self._build_inquiries())
        splitter.setSizes([390, 610])
        outer.addWidget(splitter, 1)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        outer.addWidget(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAutoDefault(False)
        outer.addWidget(buttons)
        self._reload()

    # ----- building -------------------------------------------------------------------------

    def _build_policy(self) -> QGroupBox:
        group = QGroupBox(self.tr("Your &policy"))
        layout = QVBoxLayout(group)
        layout.addWidget(wrapped(self.tr(
            "Agree on a few questions to ask about every request to partner, whether it comes "
            "from a city abroad or from local residents. They help you handle many requests "
            "and choose relationships you can keep up. A request must get Yes on every "
            "required question; the weight (1 to 5) says how much an optional one counts.")))
        self.criteria_table = read_only_table(
            self.tr("Policy questions"), (self.tr("Question"), self.tr("Required"),
                                          self.tr("Weight")))
        header = self.criteria_table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.criteria_table.itemSelectionChanged.connect(self._criterion_selected)
        layout.addWidget(self.criteria_table, 1)

        row = QHBoxLayout()
        self.remove_question_button = plain_button(
            self.tr("&Remove question"), self.tr("Remove question"),
            self.tr("Remove the selected question from the policy"))
        self.remove_question_button.clicked.connect(self.remove_question)
        self.suggest_button = plain_button(
            self.tr("Use su&ggested questions"), self.tr("Use suggested questions"),
            self.tr("Start from seven common questions; you can remove or add questions "
                    "afterwards"))
        self.suggest_button.clicked.connect(self.use_suggested)
        row.addWidget(self.remove_question_button)
        row.addStretch(1)
        row.addWidget(self.suggest_button)
        layout.addLayout(row)

        add_box = QGroupBox(self.tr("Add a question"))
        add_layout = QVBoxLayout(add_box)
        self.question_edit = QLineEdit()
        self.question_edit.setPlaceholderText(
            self.tr("e.g. The city has a direct train or flight to ours"))
        named(self.question_edit, self.tr("New question"),
              self.tr("A question answered Yes or No per inquiry"))
        self.question_edit.returnPressed.connect(self._add_clicked)
        caption = QLabel(self.tr("New &question:"))
        caption.setBuddy(self.question_edit)
        add_layout.addWidget(caption)
        add_layout.addWidget(self.question_edit)
        options = QHBoxLayout()
        self.required_check = QCheckBox(self.tr("Req&uired"))
        named(self.required_check, self.tr("Required"),
              self.tr("A required question must be answered Yes for the request to meet the "
                      "policy"))
        self.weight_spin = QSpinBox()
        self.weight_spin.setRange(1, 5)
        named(self.weight_spin, self.tr("Weight"),
              self.tr("How much an optional question counts, 1 to 5"))
        # The weight only counts for optional questions; say so by disabling it.
        self.required_check.toggled.connect(lambda on: self.weight_spin.setEnabled(not on))
        weight_caption = QLabel(self.tr("&Weight:"))
        weight_caption.setBuddy(self.weight_spin)
        self.add_button = plain_button(self.tr("&Add question"), self.tr("Add question"))
        self.add_button.clicked.connect(self._add_clicked)
        options.addWidget(self.required_check)
        options.addSpacing(12)
        options.addWidget(weight_caption)
        options.addWidget(self.weight_spin)
        options.addStretch(1)
        options.addWidget(self.add_button)
        add_layout.addLayout(options)
        layout.addWidget(add_box)
        return group

    def _build_inquiries(self) -> QGroupBox:
        group = QGroupBox(self.tr("I&nquiries"))
        layout = QVBoxLayout(group)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.setChildrenCollapsible(False)
        layout.addWidget(splitter)

        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.inquiries_table = read_only_table(self.tr("Inquiries"),
                                               tuple(words(h) for h in INQUIRY_HEADERS))
        header = self.inquiries_table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.inquiries_table.itemSelectionChanged.connect(self._inquiry_selected)
        top_layout.addWidget(self.inquiries_table, 1)
        row = QHBoxLayout()
        self.record_button = plain_button(
            self.tr("Record an &inquiry…"), self.tr("Record an inquiry"),
            self.tr("Note a request to partner from a city abroad or from local residents"))
        self.record_button.clicked.connect(self.open_inquiry_form)
        self.remove_inquiry_button = plain_button(
            self.tr("Remo&ve inquiry"), self.tr("Remove inquiry"),
            self.tr("Remove the selected inquiry"))
        self.remove_inquiry_button.clicked.connect(self.remove_inquiry)
        row.addWidget(self.record_button)
        row.addStretch(1)
        row.addWidget(self.remove_inquiry_button)
        top_layout.addLayout(row)
        splitter.addWidget(top)

        self.detail = QStackedWidget()
        self.detail.addWidget(wrapped(self.tr(
            "Select an inquiry above to answer your policy questions and record the "
            "committee's decision."), italic=True))
        self.detail.addWidget(self._build_detail())
        splitter.addWidget(self.detail)
        splitter.setSizes([200, 420])
        return group

    def _build_detail(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 6, 0, 0)
        self.heading_label = QLabel()
        self.heading_label.setWordWrap(True)
        self.heading_label.setTextFormat(Qt.TextFormat.PlainText)
        font = self.heading_label.font()
        font.setBold(True)
        self.heading_label.setFont(font)
        layout.addWidget(self.heading_label)
        self.summary_label = wrapped("")
        self.summary_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary_label)

        self.answers_widget = QWidget()
        self.answers_grid = QGridLayout(self.answers_widget)
        self.answers_grid.setColumnStretch(0, 1)
        self.answers_grid.setVerticalSpacing(4)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(self.answers_widget)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the boxes inside take focus
        layout.addWidget(scroll, 1)

        self.verdict_label = QLabel()
        self.verdict_label.setWordWrap(True)
        self.verdict_label.setTextFormat(Qt.TextFormat.RichText)
        named(self.verdict_label, self.tr("Policy check"))
        layout.addWidget(self.verdict_label)

        decision = QGridLayout()
        self.decision_box = QComboBox()
        for value, text in DECISIONS.items():
            self.decision_box.addItem(words(text), value)
        named(self.decision_box, self.tr("Decision"))
        self.reason_edit = QPlainTextEdit()
        self.reason_edit.setTabChangesFocus(True)  # Tab moves on; keyboard users are not trapped
        self.reason_edit.setPlaceholderText(self.tr("Why the committee decided this (needed "
                                                    "unless the decision is still pending)"))
        self.reason_edit.setFixedHeight(52)
        named(self.reason_edit, self.tr("Reason for the decision"))
        self.record_decision_button = plain_button(self.tr("Record d&ecision"),
                                                   self.tr("Record decision"))
        self.record_decision_button.clicked.connect(self.record_decision)
        decision_caption = QLabel(self.tr("&Decision:"))
        decision_caption.setBuddy(self.decision_box)
        reason_caption = QLabel(self.tr("Rea&son:"))
        reason_caption.setBuddy(self.reason_edit)
        self.recorded_label = wrapped("")
        named(self.recorded_label, self.tr("Recorded decision"))
        # Laid out in the order Tab visits them: decision, reason, then the button.
        decision.addWidget(decision_caption, 0, 0)
        decision.addWidget(self.decision_box, 0, 1, Qt.AlignmentFlag.AlignLeft)
        decision.addWidget(reason_caption, 1, 0, Qt.AlignmentFlag.AlignTop)
        decision.addWidget(self.reason_edit, 1, 1, 1, 2)
        decision.addWidget(self.recorded_label, 2, 1)
        decision.addWidget(self.record_decision_button, 2, 2, Qt.AlignmentFlag.AlignTop)
        decision.setColumnStretch(1, 1)
        layout.addLayout(decision)
        return page

    # ----- showing --------------------------------------------------------------------------

    def _reload(self) -> None:
        """Read policy and inquiries again and show them, keeping the selection."""
        self._criteria = service.criteria(self.store)
        views = service.inquiries(self.store)
        self._views = {view.id: view for view in views}
        if self._current_id not in self._views:
            self._current_id = None
        self._fill_criteria()
        self._fill_inquiries(views)
        self._show_selected()

    def _fill_criteria(self) -> None:
        table = self.criteria_table
        keep = self._selected_key(table)
        self._filling = True
        table.setRowCount(len(self._criteria))
        for row, criterion in enumerate(self._criteria):
            table.setItem(row, 0, cell(criterion.text, criterion.id))
            required = cell(words("Yes") if criterion.required else words("No"))
            required.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, 1, required)
            # A required question's weight never counts; a dash says so.
            weight = cell("—", tip=self.tr("Weight counts only for optional questions")) \
                if criterion.required else cell(str(criterion.weight))
            weight.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            table.setItem(row, 2, weight)
            if criterion.id == keep:
                table.selectRow(row)
        table.resizeRowsToContents()
        for row in range(table.rowCount()):  # a little air between wrapped questions
            table.setRowHeight(row, table.rowHeight(row) + 6)
        self._filling = False
        self.suggest_button.setEnabled(not self._criteria)
        self._criterion_selected()

    def _fill_inquiries(self, views: list[InquiryView]) -> None:
        table = self.inquiries_table
        self._filling = True
        table.clearSelection()
        table.setRowCount(len(views))
        for row, view in enumerate(views):
            values = (i18n.format_day(view.received_on), view.city_name,
                      country_words(view.country),
                      words(FROM_COLUMN.get(view.source, view.source)), self._verdict_words(view),
                      words(DECISIONS.get(view.decision, view.decision)))
            for column, text in enumerate(values):
                table.setItem(row, column, cell(text, view.id, view.summary or text))
            if view.id == self._current_id:
                table.selectRow(row)
        self._filling = False

    def _verdict_words(self, view: InquiryView) -> str:
        return words(VERDICTS.get(view.result.verdict, "")) if self._criteria else words(NO_POLICY)

    def _show_selected(self) -> None:
        view = self._views.get(self._current_id or "")
        self.remove_inquiry_button.setEnabled(view is not None)
        if view is None:
            self.detail.setCurrentIndex(0)
            self._built_for = None
            return
        self.detail.setCurrentIndex(1)
        country = country_words(view.country)
        place = (self.tr("{0}, {1}").format(view.city_name, country)
                 if view.city_name and country else view.city_name or country)
        source = (words(FROM_SOURCE[view.source]) if view.source in FROM_SOURCE
                  else self.tr("from {0}").format(view.source))
        parts = [place, source, self.tr("received {0}").format(i18n.format_day(view.received_on))]
        if view.contact_name:
            parts.append(self.tr("contact: {0}").format(view.contact_name))
        self.heading_label.setText(" · ".join(parts))
        self.summary_label.setText(view.summary or self.tr("No summary was noted."))
        key = (view.id, tuple(c.id for c in self._criteria))
        if key != self._built_for:
            self._build_answers(view)
            self._load_decision(view)
            self._built_for = key
        for criterion_id, box in self.answer_boxes.items():
            box.blockSignals(True)  # showing a saved answer is not a new answer
            box.setCurrentIndex(box.findData(view.answers.get(criterion_id)))
            box.blockSignals(False)
        self._show_verdict(view)
        self._show_recorded(view)

    def _build_answers(self, view: InquiryView) -> None:
        while self.answers_grid.count():
            widget = self.answers_grid.takeAt(0).widget()
            if widget is not None:
                widget.deleteLater()
        self.answer_boxes = {}
        if not self._criteria:
            self.answers_grid.addWidget(wrapped(self.tr(
                "Your policy has no questions yet. Add some on the left, or use the "
                "suggested questions."), italic=True), 0, 0, 1, 2)
            self._fix_tab_order()
            return
        for row, criterion in enumerate(self._criteria):
            text = (self.tr("{0} (required)").format(criterion.text) if criterion.required
                    else criterion.text)
            caption = wrapped(text)
            box = QComboBox()
            for answer, value in ANSWERS:
                box.addItem(words(answer), value)
            named(box, criterion.text, self.tr("Required question") if criterion.required
                  else self.tr("Optional question, weight {0}").format(criterion.weight))
            caption.setBuddy(box)
            box.currentIndexChanged.connect(
                lambda _index, cid=criterion.id, b=box: self._answered(cid, b))
            self.answers_grid.addWidget(caption, row, 0)
            self.answers_grid.addWidget(box, row, 1, Qt.AlignmentFlag.AlignTop)
            self.answer_boxes[criterion.id] = box
        self.answers_grid.setRowStretch(len(self._criteria), 1)
        self._fix_tab_order()

    def _fix_tab_order(self) -> None:
        # Answer boxes are created after everything else; put them where they are seen.
        chain: list[QWidget] = [self.inquiries_table, self.record_button,
                                self.remove_inquiry_button, *self.answer_boxes.values(),
                                self.decision_box, self.reason_edit,
                                self.record_decision_button, self.close_button]
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)

    def _show_verdict(self, view: InquiryView) -> None:
        if not self._criteria:
            summary = self.tr("No policy questions yet, so there is nothing to weigh.")
            colour = ""
        else:
            summary = view.result.summary  # the policy service's words (English)
            colour = VERDICT_COLOURS.get(view.result.verdict, "")
        # A label, not an error: a caption and a grey reminder keep it from reading as one.
        style = f"color: {colour}; font-weight: bold" if colour else ""
        caption = escape(self.tr("Policy check:"), quote=False)
        reminder = escape(self.tr("The policy is a guide; the committee decides."), quote=False)
        self.verdict_label.setText(
            f"{caption} <span style='{style}'>{escape(summary, quote=False)}</span> "
            f"<span style='color: #555'>{reminder}</span>")
        self.verdict_label.setAccessibleDescription(summary)

    def _load_decision(self, view: InquiryView) -> None:
        self.decision_box.setCurrentIndex(max(self.decision_box.findData(view.decision), 0))
        self.reason_edit.setPlainText(view.decision_reason)

    def _show_recorded(self, view: InquiryView) -> None:
        decision = words(DECISIONS.get(view.decision, view.decision))
        if view.decision == "pending":
            text = (self.tr("No decision recorded yet. Note: {0}").format(view.decision_reason)
                    if view.decision_reason else self.tr("No decision recorded yet."))
        elif view.decided_on:
            text = self.tr("Recorded: {0} on {1}. Reason: {2}").format(
                decision, i18n.format_day(view.decided_on), view.decision_reason)
        else:
            text = self.tr("Recorded: {0}. Reason: {1}").format(decision, view.decision_reason)
        self.recorded_label.setText(text)

    # ----- reacting -------------------------------------------------------------------------

    @staticmethod
    def _selected_key(table: QTableWidget) -> str | None:
        items = table.selectedItems()
        return str(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def _criterion_selected(self) -> None:
        if not self._filling:
            self.remove_question_button.setEnabled(
                self._selected_key(self.criteria_table) is not None)

    def _inquiry_selected(self) -> None:
        if self._filling:
            return
        self._current_id = self._selected_key(self.inquiries_table)
        self._clear_error()  # an earlier message was about another inquiry
        self._show_selected()

    def _show_error(self, message: str, label: QLabel | None = None) -> None:
        target = label or self.error
        target.setText(message)
        target.show()

    def _clear_error(self) -> None:
        self.error.clear()
        self.error.hide()

    def _attempt(self, action: Callable[[], object]) -> bool:
        """Run a service call; a UserError becomes the red message and nothing else happens."""
        try:
            action()
        except UserError as exc:
            self._show_error(localize(exc))
            return False
        self._clear_error()
        return True

    def _answered(self, criterion_id: str, box: QComboBox) -> None:
        if self._current_id is None:
            return
        inquiry_id, value = self._current_id, box.currentData()
        self._attempt(lambda: service.answer(self.store, inquiry_id, criterion_id, value))
        self._reload()  # on error this also puts back the saved answer

    # ----- actions (also used by tests) -----------------------------------------------------

    def add_question(self, text: str, required: bool, weight: int = 1) -> str | None:
        """Add a question to the policy; returns its id, or None after showing why not."""
        try:
            new_id = service.add_criterion(self.store, text, required, weight)
        except UserError as exc:
            self._show_error(localize(exc))
            return None
        self._clear_error()
        self._reload()
        return new_id

    def _add_clicked(self) -> None:
        if self.add_question(self.question_edit.text(), self.required_check.isChecked(),
                             self.weight_spin.value()) is not None:
            self.question_edit.clear()

    def use_suggested(self) -> None:
        """Fill an empty policy with the suggested questions."""
        self._attempt(lambda: service.use_default_policy(self.store))
        self._reload()

    def remove_question(self) -> None:
        criterion_id = self._selected_key(self.criteria_table)
        criterion = next((c for c in self._criteria if c.id == criterion_id), None)
        if criterion is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove question"),
            self.tr("Remove “{0}” from your policy? Answers already given to it will no longer "
                    "count.").format(criterion.text))
        if answer == QMessageBox.StandardButton.Yes:
            self._attempt(lambda: service.remove_criterion(self.store, criterion.id))
            self._reload()

    def record_inquiry(self, source: str, city: str, country: str, contact: str, summary: str,
                       received_on: date | str | None = None, *,
                       report: QLabel | None = None) -> str | None:
        """Save a new inquiry and select it; returns its id, or None after showing why not.

        `report` is where the message goes (the form's own label while the form is open).
        """
        try:
            new_id = service.add_inquiry(self.store, source, city, country, contact, summary,
                                         parse_received(received_on))
        except UserError as exc:
            self._show_error(localize(exc), report)
            return None
        self._clear_error()
        self._current_id = new_id
        self._reload()
        return new_id

    def open_inquiry_form(self) -> None:
        InquiryForm(self).exec()

    def remove_inquiry(self) -> None:
        view = self._views.get(self._current_id or "")
        if view is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Remove inquiry"),
            self.tr("Remove the inquiry from {0} received {1}, with its answers and "
                    "decision?").format(view.city_name, i18n.format_day(view.received_on)))
        if answer == QMessageBox.StandardButton.Yes:
            self._attempt(lambda: service.remove_inquiry(self.store, view.id))
            self._reload()

    def select_inquiry(self, inquiry_id: str) -> bool:
        """Select an inquiry in the table (and show its details); False if it is not there."""
        for row in range(self.inquiries_table.rowCount()):
            item = self.inquiries_table.item(row, 0)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == inquiry_id:
                self.inquiries_table.selectRow(row)
                self.inquiries_table.setCurrentCell(row, 0)
                return True
        return False

    def record_decision(self) -> bool:
        """Save the chosen decision and reason for the selected inquiry."""
        view = self._views.get(self._current_id or "")
        if view is None:
            self._show_error(self.tr("Select an inquiry first."))
            return False
        decision = str(self.decision_box.currentData())
        reason = self.reason_edit.toPlainText()
        saved = self._attempt(
            lambda: service.decide_inquiry(self.store, view.id, decision, reason))
        self._reload()
        if saved:
            self._load_decision(self._views[view.id])  # show the reason as it was stored
        return saved


class InquiryForm(QDialog):
    """A small form to record one inquiry; stays open with a red message until it saves."""

    def __init__(self, dialog: InquiriesDialog) -> None:
        super().__init__(dialog)
        self.dialog = dialog
        self.new_id: str | None = None
        self.setWindowTitle(self.tr("Record an inquiry"))
        self.setMinimumWidth(460)
        form = QFormLayout(self)
        self.source = QComboBox()
        for value, text in SOURCES.items():
            self.source.addItem(words(text), value)
        self.city = QLineEdit()
        self.city.setPlaceholderText(self.tr("The city abroad the request is about"))
        self.country = CountryPicker()
        self.contact = QLineEdit()
        self.summary = QPlainTextEdit()
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(90)
        self.summary.setPlaceholderText(self.tr("What they ask for and why"))
        self.received = QLineEdit(date.today().isoformat())
        self.received.setPlaceholderText(self.tr("YYYY-MM-DD"))
        self.received.setMaxLength(10)
        # Mnemonics avoid S and C, which Save and Cancel take on some desktops.
        for caption, name, widget in (
                (self.tr("&From:"), self.tr("From"), self.source),
                (self.tr("C&ity:"), self.tr("City"), self.city),
                (self.tr("C&ountry:"), self.tr("Country"), self.country),
                (self.tr("Co&ntact name:"), self.tr("Contact name"), self.contact),
                (self.tr("S&ummary:"), self.tr("Summary"), self.summary),
                (self.tr("&Received on (YYYY-MM-DD):"), self.tr("Received on"), self.received)):
            named(widget, name)
            form.addRow(caption, widget)
        self.error = QLabel()
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.setWordWrap(True)
        self.error.hide()
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.city.setFocus()

    def save(self) -> None:
        code = self.country.code()
        if self.country.currentText().strip() and not code:
            # Typed text that matches no country would otherwise be dropped silently.
            self.error.setText(self.tr("Choose the country from the list (type part of its "
                                       "name)."))
            self.error.show()
            return
        new_id = self.dialog.record_inquiry(
            str(self.source.currentData()), self.city.text(), code, self.contact.text(),
            self.summary.toPlainText(), self.received.text(), report=self.error)
        if new_id is not None:
            self.new_id = new_id
            self.accept()

"""The partnership workspace: a step navigator (the wizard) around a step page."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QButtonGroup,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from sistercity_desktop.errors import UserError
from sistercity_desktop.process.steps import STEP_COUNT, steps
from sistercity_desktop.protocol.languages import country_name, language_name
from sistercity_desktop.services import partnerships as service
from sistercity_desktop.services.committee import get_setting, put_setting
from sistercity_desktop.services.views import PartnershipSummary
from sistercity_desktop.store import Store
from sistercity_desktop.ui import i18n, labels
from sistercity_desktop.ui.common import heading
from sistercity_desktop.ui.i18n import localize
from sistercity_desktop.ui.step_page import StepPage


def view_step_key(partnership_id: str) -> str:
    return f"view_step:{partnership_id}"


class Workspace(QWidget):
    """Shows one partnership; remembers which step was on screen."""

    changed = Signal()
    message = Signal(str)

    def __init__(self, store: Store, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.store = store
        self.partnership_id: str | None = None
        self.viewed_step = 1
        self.page: StepPage | None = None
        self._head_parts: list[str] = []  # the subtitle before its "Next: …" part

        layout = QVBoxLayout(self)
        self.title = heading("", 1.6)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)

        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020; font-weight: bold")
        self.error.setAccessibleName(self.tr("Problem"))
        self.error.hide()
        layout.addWidget(self.error)

        nav = QHBoxLayout()
        self.step_buttons = QButtonGroup(self)
        self.step_buttons.setExclusive(True)
        for s in steps():
            button = QToolButton()
            button.setText(f"{s.number} {s.short_title}")
            button.setCheckable(True)
            button.setAccessibleName(self.tr("Step {0}: {1}").format(s.number, s.title))
            button.setToolTip(self.tr("{0}: {1} (Ctrl+{2})").format(s.title, s.purpose, s.number))
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            self.step_buttons.addButton(button, s.number)
            nav.addWidget(button)
            QShortcut(QKeySequence(f"Ctrl+{s.number}"), self, lambda n=s.number: self.jump(n))
        nav.addStretch(1)
        self.step_buttons.idClicked.connect(self.jump)
        layout.addLayout(nav)

        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        layout.addWidget(self.scroll, 1)

        bottom = QHBoxLayout()
        self.back = QPushButton(self.tr("◀ &Back"))
        self.back.setToolTip(self.tr("Previous step (Alt+Left)"))
        self.back.clicked.connect(lambda: self.jump(self.viewed_step - 1))
        self.position = QLabel()
        self.next = QPushButton(self.tr("&Next ▶"))
        self.next.setToolTip(self.tr("Next step (Alt+Right)"))
        self.next.clicked.connect(self.go_next)
        QShortcut(QKeySequence("Alt+Left"), self, lambda: self.jump(self.viewed_step - 1))
        QShortcut(QKeySequence("Alt+Right"), self, self.go_next)
        bottom.addWidget(self.back)
        bottom.addStretch(1)
        bottom.addWidget(self.position)
        bottom.addStretch(1)
        bottom.addWidget(self.next)
        layout.addLayout(bottom)

    # --- loading ----------------------------------------------------------------

    def open(self, partnership_id: str) -> None:
        """Show a partnership at the step it was last viewed on."""
        self.partnership_id = partnership_id
        detail = service.detail(self.store, partnership_id)
        saved = get_setting(self.store, view_step_key(partnership_id))
        step = int(saved) if saved.isdigit() else detail.current_step
        self.viewed_step = min(max(step, 1), detail.furthest_step)
        self.refresh()

    def refresh(self) -> None:
        if self.partnership_id is None:
            return
        detail = service.detail(self.store, self.partnership_id)
        summary = detail.summary
        city = summary.partner_city or self.tr("Partner not chosen yet")
        self.title.setText(self.tr("{0}: {1}").format(labels.label(labels.KINDS, summary.kind),
                                                     city))
        parts = []
        if summary.partner_country:
            parts.append(country_name(summary.partner_country, str(i18n.babel_locale())))
        languages = " / ".join(
            language_name(code, str(i18n.babel_locale())) for code in (summary.partner_language,
                                             summary.committee_language) if code)
        if languages:
            parts.append(self.tr("Documents in {0}").format(languages))
        parts.append(self.tr("Now at step {0}: {1}").format(detail.current_step,
                                                             summary.step_title))
        self._head_parts = list(parts)
        parts.append(self._next_text(summary))
        self.subtitle.setText(" · ".join(parts))

        for number in range(1, STEP_COUNT + 1):
            button = self.step_buttons.button(number)
            button.setEnabled(number <= detail.furthest_step)
            font = button.font()
            font.setBold(number == detail.current_step)
            button.setFont(font)
        self.step_buttons.button(self.viewed_step).setChecked(True)
        self.back.setEnabled(self.viewed_step > 1)
        self.next.setEnabled(self.viewed_step < STEP_COUNT)
        self.next.setText(self.tr("&Next ▶") if self.viewed_step < detail.current_step
                          else self.tr("Complete step and go o&n ▶"))
        if self.viewed_step >= STEP_COUNT:
            self.next.setText(self.tr("&Next ▶"))
        self.position.setText(self.tr("Step {0} of {1}").format(self.viewed_step, STEP_COUNT))

        scroll_value = self.scroll.verticalScrollBar().value() if self.page else 0
        page = StepPage(self.store, detail, steps()[self.viewed_step - 1])
        page.changed.connect(self._page_changed)
        page.failed.connect(self.show_error)
        page.reload.connect(self._reload_page)
        self.page = page
        self.scroll.setWidget(page)
        self.scroll.verticalScrollBar().setValue(scroll_value)
        self.detail = detail

    # --- navigation -------------------------------------------------------------

    def jump(self, number: int) -> None:
        if self.partnership_id is None or not 1 <= number <= STEP_COUNT:
            return
        if number > self.detail.furthest_step:
            self.show_error(self.tr("Steps are taken in order: finish the steps before it first."))
            self.step_buttons.button(self.viewed_step).setChecked(True)
            return
        self._commit_focus()
        self.viewed_step = number
        put_setting(self.store, view_step_key(self.partnership_id), str(number))
        self.clear_error()
        self.scroll.verticalScrollBar().setValue(0)
        self.page = None
        self.refresh()

    def go_next(self) -> None:
        """Next step; from the current step this moves the partnership on."""
        if self.partnership_id is None or self.viewed_step >= STEP_COUNT:
            return
        self._commit_focus()
        if self.viewed_step >= self.detail.current_step:
            if self.page is not None and not self.page.is_done():
                step = steps()[self.viewed_step - 1]
                answer = QMessageBox.question(
                    self, self.tr("Move on?"),
                    self.tr("“{0}” is not finished yet.\n\nDone when: {1}\n\nMove the "
                            "partnership to the next step anyway? You can come back at any "
                            "time.").format(step.title, step.done_when))
                if answer != QMessageBox.StandardButton.Yes:
                    return
            try:
                service.move_to_step(self.store, self.partnership_id, self.viewed_step + 1)
            except UserError as exc:
                self.show_error(localize(exc))
                return
            self.detail = service.detail(self.store, self.partnership_id)
            self.changed.emit()
            self.message.emit(self.tr("Moved on to step {0}.").format(self.viewed_step + 1))
        self.jump(self.viewed_step + 1)

    def _commit_focus(self) -> None:
        # Saving happens on focus out: make sure the field being typed in is saved.
        focused = self.focusWidget()
        if focused is not None:
            focused.clearFocus()

    # --- feedback -----------------------------------------------------------------

    def _page_changed(self) -> None:
        self.clear_error()
        self.changed.emit()
        self.message.emit(self.tr("Saved."))
        self._refresh_header_only()

    def _refresh_header_only(self) -> None:
        if self.partnership_id is None:
            return
        summary = service.detail(self.store, self.partnership_id).summary
        self.subtitle.setText(" · ".join([*self._head_parts, self._next_text(summary)]))

    def _next_text(self, summary: PartnershipSummary) -> str:
        """The subtitle's last part: "Next: <action> (due <date>)"."""
        if summary.next_due:
            return self.tr("Next: {0} (due {1})").format(summary.next_action,
                                                         i18n.format_day(summary.next_due))
        return self.tr("Next: {0}").format(summary.next_action)

    def _reload_page(self) -> None:
        self.refresh()

    def show_error(self, text: str) -> None:
        self.error.setText(text)
        self.error.show()
        self.message.emit(text)

    def clear_error(self) -> None:
        self.error.hide()
        self.error.clear()

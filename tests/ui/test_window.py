"""The window as a volunteer uses it: set up, create, edit, close, reopen."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLineEdit, QMessageBox, QWizard

from sistercity_desktop.process.steps import steps
from sistercity_desktop.services.committee import committee_view, has_committee
from sistercity_desktop.services.partnerships import detail, list_partnerships
from sistercity_desktop.store import Store, open_store
from sistercity_desktop.ui.fields import CommitTextEdit, DateField
from sistercity_desktop.ui.main_window import MainWindow
from sistercity_desktop.ui.new_partnership import NewPartnershipWizard
from sistercity_desktop.ui.setup_wizard import SetupWizard


def open_window(qtbot, store: Store) -> MainWindow:
    window = MainWindow(store)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()  # focus-out saving needs an active window, as on a desktop
    qtbot.waitUntil(window.isActiveWindow)
    return window


def type_and_commit(qtbot, widget: QLineEdit, text: str) -> None:
    widget.setFocus()
    widget.selectAll()
    qtbot.keyClicks(widget, text)
    qtbot.keyClick(widget, Qt.Key.Key_Return)


def test_first_run_wizard_sets_up_the_committee(qtbot, store: Store) -> None:
    wizard = SetupWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.committee_name, "Riverton Sister Cities")
    wizard.language.set_code("fr")
    wizard.next()
    qtbot.keyClicks(wizard.city_name, "Riverton")
    wizard.country.set_code("CA")
    wizard.population.setValue(85000)
    qtbot.keyClicks(wizard.official_name, "Alex Moreno")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    view = committee_view(store)
    assert view is not None
    assert (view.name, view.language) == ("Riverton Sister Cities", "fr")
    assert view.city["country"] == "CA" and view.city["population"] == 85000


def test_first_run_wizard_refuses_a_missing_country(qtbot, store: Store) -> None:
    wizard = SetupWizard(store)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.committee_name, "Riverton Sister Cities")
    wizard.next()
    qtbot.keyClicks(wizard.city_name, "Riverton")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert "country" in wizard.error.text()
    assert not has_committee(store)


def create_through_wizard(qtbot, window: MainWindow, city: str, country: str) -> str:
    wizard = NewPartnershipWizard(window.store, "en", window)
    qtbot.addWidget(wizard)
    wizard.show()
    qtbot.keyClicks(wizard.city, city)
    wizard.country.set_code(country)
    wizard.next()
    assert wizard.partner_language.code() == "ja"  # suggested from Japan
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert wizard.partnership_id
    window.reload_list()
    window.open_partnership(wizard.partnership_id)
    return wizard.partnership_id


def test_create_edit_close_and_reopen_keeps_everything(
        qtbot, committee_store: Store, data_dir: Path) -> None:
    window = open_window(qtbot, committee_store)
    assert window.model.rowCount() == 0
    pid = create_through_wizard(qtbot, window, "Nagoya & <Aichi>", "JP")
    assert window.model.rowCount() == 1
    assert "Nagoya & <Aichi> (JP)" in window.model.index(0, 0).data()

    page = window.workspace.page
    assert page is not None and page.step.number == 1
    # A multi-line field saves on focus out.
    purpose = page.editors["purpose"]
    assert isinstance(purpose, CommitTextEdit)
    purpose.setFocus()
    qtbot.keyClicks(purpose, "Youth exchanges & music")
    page.editors["lead_organisation"].setFocus()  # focus out commits
    type_and_commit(qtbot, page.editors["lead_organisation"], "Riverton Rotary")
    # A date typed wrong is refused with a message and changes nothing.
    date_field = page.editors["official_support_on"]
    assert isinstance(date_field, DateField)
    type_and_commit(qtbot, date_field.edit, "next tuesday")
    assert "is not a date" in window.workspace.error.text()
    assert detail(committee_store, pid).fields["official_support_on"] is None
    type_and_commit(qtbot, date_field.edit, "2026-09-01")
    first_item = steps()[0].checklist[0]
    page.checkboxes[first_item.key].click()

    saved = detail(committee_store, pid)
    assert saved.fields["purpose"] == "Youth exchanges & music"
    assert saved.fields["lead_organisation"] == "Riverton Rotary"
    assert first_item.key in saved.ticked

    # Move on to step 2 although step 1 is unfinished: the app asks first.
    answers = []

    def answer_yes(*args, **kwargs):
        answers.append(args[2] if len(args) > 2 else "")
        return QMessageBox.StandardButton.Yes

    original = QMessageBox.question
    QMessageBox.question = answer_yes  # type: ignore[method-assign]
    try:
        window.workspace.next.click()
    finally:
        QMessageBox.question = original  # type: ignore[method-assign]
    assert answers and "not finished" in answers[0]
    assert window.workspace.page.step.number == 2
    window.close()
    committee_store.close()

    # Reopen the store and the window, as after a restart.
    reopened = open_store(data_dir)
    try:
        again = open_window(qtbot, reopened)
        assert again.workspace.partnership_id == pid
        assert again.workspace.page.step.number == 2
        again.workspace.jump(1)
        page = again.workspace.page
        assert page.editors["purpose"].toPlainText() == "Youth exchanges & music"
        assert page.editors["official_support_on"].edit.text() == "2026-09-01"
        assert page.checkboxes[first_item.key].isChecked()
        assert again.model.index(0, 1).data() == "2 Research"
        again.close()
    finally:
        reopened.close()


def test_steps_not_reached_cannot_be_opened(qtbot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store)
    research = next(r for r in list_partnerships(demo_store) if r.step == 2)
    window.open_partnership(research.id)
    assert window.workspace.step_buttons.button(2).isEnabled()
    assert not window.workspace.step_buttons.button(3).isEnabled()
    window.workspace.jump(5)
    assert window.workspace.page.step.number == 2
    assert "in order" in window.workspace.error.text()


def test_keyboard_moves_between_steps(qtbot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store)
    japanese = next(r for r in list_partnerships(demo_store) if r.partner_language == "ja")
    window.open_partnership(japanese.id)
    window.activateWindow()
    window.workspace.jump(5)
    qtbot.keyClick(window, Qt.Key.Key_Left, Qt.KeyboardModifier.AltModifier)
    assert window.workspace.page.step.number == 4
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.workspace.page.step.number == 3


def test_contacts_and_notes_on_the_letter_step(qtbot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store)
    japanese = next(r for r in list_partnerships(demo_store) if r.partner_language == "ja")
    window.open_partnership(japanese.id)
    window.workspace.jump(3)
    page = window.workspace.page
    names = [page.contact_table.item(r, 2).text() for r in range(page.contact_table.rowCount())]
    assert any("佐藤" in name or "山田" in name for name in names) or len(names) >= 3
    page.note_text.setPlainText("Reply arrived <quickly> & warmly")
    page._add_note()
    page = window.workspace.page  # the page is rebuilt with the new note
    texts = [page.note_list.item(i).text() for i in range(page.note_list.count())]
    assert any("Reply arrived <quickly> & warmly" in text for text in texts)
    empty_before = len(detail(demo_store, japanese.id).notes)
    page.note_text.setPlainText("   ")
    page._add_note()
    assert "cannot be empty" in window.workspace.error.text()
    assert len(detail(demo_store, japanese.id).notes) == empty_before


def test_window_has_file_and_help_menus(qtbot, demo_store: Store) -> None:
    window = open_window(qtbot, demo_store)
    menus = [action.text().replace("&", "") for action in window.menuBar().actions()]
    assert menus == ["File", "View", "Help"]
    file_menu = window.menuBar().actions()[0].menu()
    file_actions = [a.text().replace("&", "") for a in file_menu.actions() if a.text()]
    assert "Inquiries and policy…" in file_actions
    assert "New partnership…" in file_actions and "Quit" in file_actions


def test_every_control_on_every_step_page_has_an_accessible_name(qtbot,
                                                                 demo_store: Store) -> None:
    window = open_window(qtbot, demo_store)
    signed = next(r for r in list_partnerships(demo_store) if r.step == 7)
    window.open_partnership(signed.id)
    for number in range(1, 8):
        window.workspace.jump(number)
        page = window.workspace.page
        assert page.step.number == number
        controls = page.findChildren(QLineEdit) + page.findChildren(QCheckBox)
        unnamed = [c for c in controls
                   if not c.objectName().startswith("qt_")  # Qt's own inner editors
                   and not c.accessibleName()]
        assert unnamed == [], f"step {number}"


def test_about_credits_geonames_and_the_fonts() -> None:
    from sistercity_desktop.ui.about import about_html

    text = about_html("/tmp/data <&>")
    assert "GeoNames" in text and "CC BY 4.0" in text
    assert "IPAex" in text and "Nanum" in text
    assert "/tmp/data &lt;&amp;&gt;" in text  # the folder is shown, escaped

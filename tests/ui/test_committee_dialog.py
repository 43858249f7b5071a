"""File › Committee and city: edits are saved as fields are left; bad ones are refused."""

from __future__ import annotations

from PySide6.QtCore import Qt

from sistercity_desktop.services.committee import committee_view
from sistercity_desktop.store import Store
from sistercity_desktop.ui.committee_dialog import CommitteeDialog


def commit(qtbot, editor, text: str) -> None:
    editor.setFocus()
    editor.selectAll()
    qtbot.keyClick(editor, Qt.Key.Key_Delete)
    qtbot.keyClicks(editor, text)
    qtbot.keyClick(editor, Qt.Key.Key_Return)


def test_edits_are_saved_and_bad_values_refused(qtbot, committee_store: Store) -> None:
    dialog = CommitteeDialog(committee_store)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    commit(qtbot, dialog.editors["population"], "91,500")
    commit(qtbot, dialog.editors["city.region"], "Oregon")
    assert dialog.isVisible()  # Enter saves the field; it does not close the dialog
    industries = dialog.editors["city.industries"]
    industries.setFocus()
    qtbot.keyClicks(industries, "timber & <software>")
    dialog.editors["name"].setFocus()  # leaving the field saves it
    commit(qtbot, dialog.editors["population"], "a lot")
    assert "not a whole number" in dialog.error.text()
    assert dialog.editors["population"].text() == "91500" or \
        dialog.editors["population"].text() == "91,500"
    commit(qtbot, dialog.editors["name"], "")
    assert "cannot be empty" in dialog.error.text()
    dialog.reject()

    view = committee_view(committee_store)
    assert view.name == "Riverton Sister Cities"
    assert view.city["population"] == 91500
    assert view.city["region"] == "Oregon"
    assert view.city["industries"] == "timber & <software>"

"""Export from the window: off the UI thread, then an email draft beside the packet."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices

from sistercity_desktop.services.partnerships import list_partnerships
from sistercity_desktop.store import Store
from sistercity_desktop.ui.export_dialog import ExportDialog


def test_export_then_email_draft(qtbot, demo_store: Store, tmp_path: Path,
                                 monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()))
    pid = next(r.id for r in list_partnerships(demo_store) if r.partner_language == "ja")
    dialog = ExportDialog(demo_store, pid)
    qtbot.addWidget(dialog)
    assert not dialog.boxes["evaluation_report"].isEnabled()  # nothing evaluated yet
    for kind, box in dialog.boxes.items():
        box.setChecked(kind in ("introduction", "contact_sheet"))
    dialog.folder.setText(str(tmp_path))
    dialog.export_button.click()
    qtbot.waitUntil(lambda: dialog.packet is not None, timeout=60_000)
    assert dialog.packet.exists() and dialog.packet.suffix == ".zip"
    assert str(dialog.packet) in dialog.status.text()
    dialog.recipients.item(0).setCheckState(Qt.CheckState.Checked)
    eml = dialog.make_email()
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert [p.get_filename() for p in message.iter_attachments()] == [dialog.packet.name]
    assert opened and opened[-1].endswith("email-draft.eml")

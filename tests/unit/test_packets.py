"""Export packets and email drafts, opened the way a recipient would open them."""

from __future__ import annotations

import email
import io
import zipfile
from email import policy
from pathlib import Path

import pytest
from pypdf import PdfReader

from sistercity_desktop import cli
from sistercity_desktop.errors import UserError
from sistercity_desktop.services import packets
from sistercity_desktop.services.partnerships import list_partnerships
from sistercity_desktop.sharing.packet import Cancelled
from sistercity_desktop.store import Store


def japanese(store: Store) -> str:
    return next(r.id for r in list_partnerships(store) if r.partner_language == "ja")


def test_zip_packet_has_each_pdf_a_bookmarked_merge_the_data_and_a_readme(
        demo_store: Store, tmp_path: Path) -> None:
    pid = japanese(demo_store)
    kinds = ["introduction", "agreement", "contact_sheet"]
    packet, _ = packets.export_packet(demo_store, pid, kinds, tmp_path, as_zip=True)
    assert packet.suffix == ".zip"
    with zipfile.ZipFile(packet) as bundle:
        names = [Path(n).name for n in bundle.namelist()]
        assert names[:3] == ["01 Letter of introduction.pdf",
                             "02 Partnership agreement, both originals.pdf",
                             "03 Contact sheet.pdf"]
        merged_name = next(n for n in bundle.namelist() if n.endswith("All documents.pdf"))
        merged = PdfReader(io.BytesIO(bundle.read(merged_name)))
        titles = [item.title for item in merged.outline]
        assert titles == ["Letter of introduction", "Partnership agreement, both originals",
                          "Contact sheet"]
        pages = [merged.get_destination_page_number(item) for item in merged.outline]
        assert pages[0] == 0 and pages == sorted(pages) and len(set(pages)) == 3
        data_name = next(n for n in bundle.namelist() if n.endswith("partnership-data.json"))
        import json

        data = json.loads(bundle.read(data_name))
        assert [p["id"] for p in data["partnerships"]] == [pid]
        assert data["format"] == "sistercity-desktop"
        readme = bundle.read(next(n for n in bundle.namelist()
                                  if n.endswith("README.txt"))).decode()
        assert "Matsumoto" in readme and "01 Letter of introduction.pdf" in readme


def test_folder_packet_and_existing_destination(demo_store: Store, tmp_path: Path) -> None:
    pid = japanese(demo_store)
    folder, files = packets.export_packet(demo_store, pid, ["contact_sheet"], tmp_path, False)
    assert folder.is_dir() and {f.name for f in files} >= {"01 Contact sheet.pdf",
                                                           "README.txt"}
    with pytest.raises(UserError, match="already exists"):
        packets.export_packet(demo_store, pid, ["contact_sheet"], tmp_path, False)


def test_cancel_leaves_nothing_behind(demo_store: Store, tmp_path: Path) -> None:
    pid = japanese(demo_store)
    seen: list[str] = []

    def cancel_after_first(done: int, total: int, what: str) -> None:
        seen.append(what)
        if len(seen) > 2:
            raise Cancelled()

    out = tmp_path / "out"
    with pytest.raises(Cancelled):
        packets.export_packet(demo_store, pid, ["introduction", "agreement", "contact_sheet"],
                              out, True, progress=cancel_after_first)
    assert not out.exists() or list(out.iterdir()) == []


def test_failed_write_leaves_nothing_behind(demo_store: Store, tmp_path: Path,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    from sistercity_desktop.sharing import packet as packet_module

    def full_disk(*_args: object, **_kwargs: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(packet_module.os, "replace", full_disk)
    out = tmp_path / "out"
    with pytest.raises(UserError, match="no space left"):
        packets.export_packet(demo_store, japanese(demo_store), ["contact_sheet"], out, True)
    assert not out.exists() or list(out.iterdir()) == []


def test_email_draft_parses_with_attachments_and_utf8(demo_store: Store,
                                                      tmp_path: Path) -> None:
    pid = japanese(demo_store)
    _, files = packets.export_packet(demo_store, pid, ["introduction", "contact_sheet"],
                                     tmp_path, False)
    pdfs = [f for f in files if f.suffix == ".pdf"]
    recipients = packets.contact_recipients(demo_store, pid)
    assert any("@" in r.email for r in recipients)
    draft = packets.email_draft(demo_store, pid, pdfs, recipients, language="ja")
    eml = packets.write_eml(draft, tmp_path / "draft.eml")
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert message["X-Unsent"] == "1"
    assert "Matsumoto" in message["Subject"] or "松本" in message["Subject"]
    assert all(r.email in message["To"] for r in recipients)
    body = message.get_body(("plain",)).get_content()
    assert "Contact sheet" in body or "連絡先" in body or "Contact" in body
    names = [part.get_filename() for part in message.iter_attachments()]
    assert names == [p.name for p in pdfs]
    first = next(message.iter_attachments()).get_content()
    assert first == pdfs[0].read_bytes()


def test_national_body_packet_after_signing(demo_store: Store, tmp_path: Path) -> None:
    signed = next(r.id for r in list_partnerships(demo_store) if r.step == 7)
    folder, eml = packets.national_body_packet(demo_store, signed, tmp_path)
    message = email.message_from_bytes(eml.read_bytes(), policy=policy.default)
    assert "membership@sistercities.org" in message["To"]
    assert len(list(message.iter_attachments())) >= 1
    with pytest.raises(UserError, match="signing date"):
        packets.national_body_packet(demo_store, japanese(demo_store), tmp_path / "x")


def test_cli_export_prints_the_paths(demo_store: Store, data_dir: Path, tmp_path: Path,
                                     capsys) -> None:
    pid = japanese(demo_store)
    demo_store.close()
    out = tmp_path / "out"
    assert cli.main(["--data-dir", str(data_dir), "export", pid[:8], "--out", str(out),
                     "--zip", "--email", "--documents", "introduction,contact-sheet"]) == 0
    printed = [Path(line) for line in capsys.readouterr().out.split("\n") if line]
    assert printed[0].suffix == ".zip" and printed[0].exists()
    assert printed[1].name == "email-draft.eml" and printed[1].exists()
    assert cli.main(["--data-dir", str(data_dir), "export", pid[:8], "--out", str(out),
                     "--documents", "memo"]) == 2
    assert "Unknown document" in capsys.readouterr().err


def test_cancel_while_writing_leaves_no_partial_zip(demo_store: Store, tmp_path: Path) -> None:
    out = tmp_path / "out"

    def cancel_at_readme(done: int, total: int, what: str) -> None:
        if what == "README.txt":
            raise Cancelled()

    with pytest.raises(Cancelled):
        packets.export_packet(demo_store, japanese(demo_store), ["contact_sheet"], out, True,
                              progress=cancel_at_readme)
    assert out.exists() and list(out.iterdir()) == []  # the hidden work folder is gone too

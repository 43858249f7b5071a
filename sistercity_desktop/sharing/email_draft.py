"""Email drafts: an .eml the mail client opens as a new message, and a mailto: fallback."""

from __future__ import annotations

import mimetypes
from collections.abc import Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import formataddr, formatdate
from pathlib import Path
from urllib.parse import quote

TYPICAL_LIMIT = 10 * 1024 * 1024  # many mail servers refuse messages above 10-25 MB


@dataclass(frozen=True)
class Recipient:
    name: str
    email: str


@dataclass(frozen=True)
class Draft:
    sender: Recipient | None
    to: tuple[Recipient, ...]
    subject: str
    body: str
    attachments: tuple[Path, ...] = ()


def attachments_size(paths: Sequence[Path]) -> int:
    return sum(p.stat().st_size for p in paths)


def too_large(paths: Sequence[Path], limit: int = TYPICAL_LIMIT) -> bool:
    # Base64 grows attachments by a third; that is what the mail server sees.
    return attachments_size(paths) * 4 // 3 > limit


def to_eml(draft: Draft, timestamp: float | None = None) -> bytes:
    """RFC 5322 / MIME bytes with UTF-8 headers and body; X-Unsent marks it a draft."""
    message = EmailMessage(policy=SMTP)
    if draft.sender and draft.sender.email:
        message["From"] = formataddr((draft.sender.name, draft.sender.email))
    if draft.to:
        message["To"] = ", ".join(formataddr((r.name, r.email)) for r in draft.to if r.email)
    message["Subject"] = draft.subject
    message["Date"] = formatdate(timestamp, localtime=True)
    message["X-Unsent"] = "1"  # Outlook, Thunderbird and Apple Mail open it as a new message
    message.set_content(draft.body, charset="utf-8")
    for path in draft.attachments:
        kind, _ = mimetypes.guess_type(path.name)
        maintype, subtype = (kind or "application/octet-stream").split("/", 1)
        message.add_attachment(path.read_bytes(), maintype=maintype, subtype=subtype,
                               filename=path.name)
    return message.as_bytes()


def mailto(draft: Draft) -> str:
    """A mailto: link with subject and body (no attachments: mailto cannot carry them)."""
    to = ",".join(quote(r.email, safe="@") for r in draft.to if r.email)
    return (f"mailto:{to}?subject={quote(draft.subject, safe='')}"
            f"&body={quote(draft.body, safe='')}")

"""Contacts on both sides of a partnership."""

from __future__ import annotations

from dataclasses import dataclass

from sistercity_desktop.errors import UserError
from sistercity_desktop.services.partnerships import _get, clean_text
from sistercity_desktop.store import Store
from sistercity_desktop.store.models import CONTACT_ROLES, CONTACT_SIDES, Contact
from sistercity_desktop.text import translate


@dataclass(frozen=True)
class NewContact:
    side: str
    role: str
    name: str
    title: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""


def add_contact(store: Store, partnership_id: str, new: NewContact) -> str:
    """Add a contact; returns its id. Bad values raise UserError and add nothing."""
    if new.side not in CONTACT_SIDES:
        raise UserError(translate("Errors", "Side must be one of {choices}.").format(
            choices=", ".join(CONTACT_SIDES)))
    if new.role not in CONTACT_ROLES:
        raise UserError(translate("Errors", "Role must be one of {choices}.").format(
            choices=", ".join(CONTACT_ROLES)))
    email = clean_text(new.email, translate("Errors", "The email address"), 300)
    if email and ("@" not in email or " " in email):
        raise UserError(translate("Errors", "“{email}” does not look like an email address.")
                        .format(email=email))
    contact = Contact(
        side=new.side,
        role=new.role,
        name=" ".join(clean_text(new.name, translate("Errors", "The name"),
                                 200, required=True).split()),
        title=" ".join(clean_text(new.title, translate("Errors", "The title"), 200).split()),
        organisation=" ".join(clean_text(new.organisation, translate("Errors", "The organisation"),
                                         300).split()),
        email=email,
        phone=" ".join(clean_text(new.phone, translate("Errors", "The phone number"), 100).split()),
    )
    with store.session() as session, session.begin():
        partnership = _get(session, partnership_id)  # keep a reference: the session's is weak
        partnership.contacts.append(contact)
        session.flush()
        return contact.id


def delete_contact(store: Store, contact_id: str) -> None:
    with store.session() as session, session.begin():
        contact = session.get(Contact, contact_id)
        if contact is not None:
            session.delete(contact)

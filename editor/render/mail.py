"""E-mail export: an ``.eml`` message (RFC 5322) that mail programs open as a draft.

Its structure::

    multipart/mixed
      multipart/alternative
        text/plain  (the wire-service text, quoted-printable UTF-8)
        multipart/related
          text/html (the template's web page, quoted-printable UTF-8)
          image/…   (each photo of the page, referred to by ``cid:``)
      application/vnd.openxmlformats-officedocument.wordprocessingml.document  (the DOCX)
      application/pdf                                                        (the PDF)

The subject is the headline, with "SPERRFRIST …" / "EMBARGOED UNTIL …" in front while the
embargo runs and "ENTWURF" / "DRAFT" in front of a draft for approval; header words
outside ASCII are encoded as RFC 2047 asks. The sender is the first press contact with an
e-mail address; ``X-Unsent`` makes Outlook open the file as a message still to be sent.
"""

from __future__ import annotations

import base64
import binascii
import re
from dataclasses import dataclass
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.policy import SMTP
from email.utils import format_datetime, make_msgid

from editor.render.viewmodel import ExportView

DOCX_TYPE = ("application", "vnd.openxmlformats-officedocument.wordprocessingml.document")
PDF_TYPE = ("application", "pdf")
FALLBACK_DOMAIN = "pressestelle.invalid"
"""The Message-ID's domain when no contact has an address (``.invalid`` is reserved)."""
_DATA_IMAGE = re.compile(
    r'(?P<attr>src=["\'])data:image/(?P<subtype>png|jpeg|webp|gif);base64,'
    r'(?P<data>[A-Za-z0-9+/=\s]+)(?P<end>["\'])')
"""A picture the web page carries as a ``data:`` address (how exported pages hold their
photos); mail programs show such pictures only as parts of the message."""
SUBJECT_WORDS: dict[str, dict[str, str]] = {
    "de": {"embargo": "SPERRFRIST {when}", "draft": "ENTWURF"},
    "en": {"embargo": "EMBARGOED UNTIL {when}", "draft": "DRAFT"},
}


@dataclass(frozen=True)
class Attachment:
    filename: str
    data: bytes
    media_type: tuple[str, str]


def _words(lang: str) -> dict[str, str]:
    return SUBJECT_WORDS.get(lang.split("-")[0].split("_")[0], SUBJECT_WORDS["en"])


def subject(view: ExportView) -> str:
    """ "SPERRFRIST 15. März 2021, 10:00 Uhr MEZ: Wirtschaftsförderer …" (first language)."""
    first = view.sections[0]
    words = _words(first.lang)
    head = " ".join((first.headline or view.title).split())
    front = []
    if view.draft:
        front.append(words["draft"])
    if first.embargoed and first.embargo_when:
        front.append(words["embargo"].format(when=first.embargo_when))
    return f"{' – '.join(front)}: {head}" if front else head


def _sender(view: ExportView) -> Address | None:
    for section in view.sections:
        for contact in section.contacts:
            address = contact.email.strip()
            if address.count("@") == 1 and " " not in address and "\n" not in address:
                user, domain = address.split("@")
                if user and domain:
                    name = " ".join(contact.name.split())
                    try:
                        return Address(display_name=name, username=user, domain=domain)
                    except (ValueError, IndexError):
                        continue
    return None


def _inline_images(html: str, domain: str) -> tuple[str, dict[str, tuple[str, bytes]]]:
    """``html`` with each ``data:`` picture replaced by a ``cid:`` reference, and the
    pictures by content id (the same picture twice is one part)."""
    images: dict[str, tuple[str, bytes]] = {}
    by_data: dict[str, str] = {}

    def swap(match: re.Match[str]) -> str:
        encoded = "".join(match.group("data").split())
        cid = by_data.get(encoded)
        if cid is None:
            try:
                data = base64.b64decode(encoded, validate=True)
            except (binascii.Error, ValueError):
                return match.group(0)
            cid = f"photo-{len(images) + 1}@{domain}"
            by_data[encoded] = cid
            images[cid] = (match.group("subtype"), data)
        return f"{match.group('attr')}cid:{cid}{match.group('end')}"

    return _DATA_IMAGE.sub(swap, html), images


def build_message(view: ExportView, text: str, html: str, attachments: list[Attachment],
                  now: datetime) -> bytes:
    """The bytes of the .eml file (CRLF line ends, as RFC 5322 has them)."""
    message = EmailMessage(policy=SMTP)
    message["Subject"] = subject(view)
    sender = _sender(view)
    if sender is not None:
        message["From"] = sender
    message["Date"] = format_datetime(now)
    message["Message-ID"] = make_msgid(
        domain=sender.domain if sender is not None else FALLBACK_DOMAIN)
    message["X-Unsent"] = "1"
    message.set_content(text, subtype="plain", charset="utf-8", cte="quoted-printable")
    page, images = _inline_images(html, sender.domain if sender is not None
                                  else FALLBACK_DOMAIN)
    message.add_alternative(page, subtype="html", charset="utf-8", cte="quoted-printable")
    if images:
        html_part = list(message.iter_parts())[1]
        assert isinstance(html_part, EmailMessage)
        for cid, (subtype, data) in images.items():
            html_part.add_related(data, maintype="image", subtype=subtype, cid=f"<{cid}>")
    message.make_mixed()  # mixed even without attachments: one structure for every file
    message["Content-Language"] = ", ".join(view.languages)
    for item in attachments:
        maintype, subtype = item.media_type
        message.add_attachment(item.data, maintype=maintype, subtype=subtype,
                               filename=item.filename)
    return message.as_bytes()

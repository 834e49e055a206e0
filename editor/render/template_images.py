"""The pictures of a DOCX template (a logo in the header, the preview picture Word keeps
in ``docProps``) without what their camera or program wrote into them.

A template may come from a stranger, and each export copies its pictures into a document
journalists receive: a logo could carry the place it was photographed (GPS), a name, a
thumbnail of the uncropped picture. So a template's pictures are cleaned as photos are
(:func:`editor.core.images.clean_photo`: the same checks of kind, size and pixels, the
same metadata removed), once, when the template is read; the prepared template (cached by
the template file's content) holds only the cleaned bytes. A picture in a format whose
metadata is not removed here (GIF, TIFF, BMP, EMF, WMF, SVG …) is refused with a message
naming the part: saved as PNG or JPEG it is taken.
"""

from __future__ import annotations

import posixpath
import re
from collections.abc import Mapping

from editor.core.images import PhotoError, clean_photo
from editor.render.errors import TemplateError

_CLEANED = (b"\xff\xd8\xff", b"\x89PNG\r\n\x1a\n")
_OTHER_SIGNATURES = {b"GIF87a": "GIF", b"GIF89a": "GIF", b"II*\x00": "TIFF",
                     b"MM\x00*": "TIFF", b"\xd7\xcd\xc6\x9a": "WMF"}
"""Pictures recognised by their first bytes (others by their name or content type)."""
_EMBEDDED = (b"PK\x03\x04", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
"""A package inside the template (an embedded workbook or document, an OLE object)."""
_IMAGE_EXTENSIONS = frozenset({
    "jpg", "jpeg", "jpe", "png", "webp", "gif", "tif", "tiff", "bmp", "dib", "emf", "wmf",
    "emz", "wmz", "svg", "svgz", "ico", "heic", "heif", "avif", "jxr", "wdp", "pict", "pct"})
_DEFAULT = re.compile(r'<Default\b[^>]*?\bExtension="([^"]+)"[^>]*?\bContentType="([^"]+)"'
                      r'|<Default\b[^>]*?\bContentType="([^"]+)"[^>]*?\bExtension="([^"]+)"')
_OVERRIDE = re.compile(r'<Override\b[^>]*?\bPartName="([^"]+)"[^>]*?\bContentType="([^"]+)"'
                       r'|<Override\b[^>]*?\bContentType="([^"]+)"[^>]*?\bPartName="([^"]+)"')


def _image_types(content_types: bytes) -> tuple[set[str], set[str]]:
    """The extensions and the part names ``[Content_Types].xml`` calls pictures."""
    text = content_types.decode("utf-8", "replace")
    extensions = {(m[0] or m[3]).lower() for m in _DEFAULT.findall(text)
                  if (m[1] or m[2]).lower().startswith("image/")}
    names = {(m[0] or m[3]).lstrip("/") for m in _OVERRIDE.findall(text)
             if (m[1] or m[2]).lower().startswith("image/")}
    return extensions, names


def _format(data: bytes) -> str | None:
    """The name of a picture format that is not cleaned, judged by the content."""
    for signature, name in _OTHER_SIGNATURES.items():
        if data.startswith(signature):
            return name
    if data[40:44] == b" EMF":
        return "EMF"
    head = data[:512].lstrip().lower()
    if head.startswith((b"<svg", b"<?xml")) and b"<svg" in head:
        return "SVG"
    return None


def clean_template_images(parts: Mapping[str, bytes], where: str) -> dict[str, bytes]:
    """``parts`` with every picture cleaned; :class:`TemplateError` naming the part for a
    picture that is broken, too large, or of a format that is not cleaned."""
    extensions, named = _image_types(parts.get("[Content_Types].xml", b""))
    out = dict(parts)
    for name, data in parts.items():
        extension = posixpath.splitext(name)[1].lstrip(".").lower()
        if _is_cleaned_kind(data):
            try:
                out[name] = clean_photo(data).data
            except PhotoError as exc:
                raise TemplateError(f"{where} ({name})", f"holds a picture that cannot be "
                                    f"used: {exc}") from None
        elif data.startswith(_EMBEDDED):
            raise TemplateError(f"{where} ({name})", "holds an embedded document or object "
                                "(a package of its own, whose pictures keep their metadata); "
                                "remove it from the template")
        elif _format(data) or extension in _IMAGE_EXTENSIONS or extension in extensions \
                or name in named:
            kind = _format(data) or extension.upper() or "unknown"
            raise TemplateError(f"{where} ({name})", f"holds a picture in a format whose "
                                f"metadata cannot be removed ({kind}); save it as PNG or "
                                "JPEG in the template")
    return out


_DATA_URI = re.compile(r"data:\s*(?:([\w.+-]*)/([\w.+-]*))?((?:;[^,;\"'\s)]*)*),",
                       re.IGNORECASE)
"""A ``data:`` address, its scheme and type in any case (as a browser reads them)."""
_BASE64 = re.compile(r"[A-Za-z0-9+/=]*")
_INLINE_KINDS = {"jpeg": "jpeg", "jpg": "jpeg", "pjpeg": "jpeg", "png": "png",
                 "webp": "webp"}


def _is_cleaned_kind(data: bytes) -> bool:
    return data.startswith(_CLEANED) or (data[:4] == b"RIFF" and data[8:12] == b"WEBP")


def clean_inline_images(source: str, where: str) -> str:
    """``source`` (the text of an HTML template) with the pictures it holds as ``data:``
    addresses (an inline logo) cleaned; :class:`TemplateError` naming the file for one
    that cannot be cleaned (another format, not base64, broken). An address of another
    type (``application/octet-stream``, none) is a picture too when its bytes are one: a
    browser shows it by its bytes; an address written with character references
    (``data&#58;image/…``) is one as well. A picture a template puts together from
    pieces while it renders is not seen here, but on the page it makes (see
    :mod:`editor.render.template_urls`), as is anything else it would load."""
    import base64
    import binascii

    from editor.render.template_urls import check_page, plain_data_addresses

    source = plain_data_addresses(source)
    out: list[str] = []
    pos = 0
    for found in _DATA_URI.finditer(source):
        if found.start() < pos:
            continue
        kind = (found.group(1) or "").lower()
        subtype = (found.group(2) or "").lower()
        params = found.group(3).lower().replace(" ", "")
        payload = _BASE64.match(source, found.end())
        assert payload is not None  # the pattern matches the empty text too
        if kind != "image":
            if ";base64" not in params:
                continue
            try:
                data = base64.b64decode(payload.group(0), validate=True)
            except (binascii.Error, ValueError):
                continue  # not a picture a browser could show
            if not _is_cleaned_kind(data):
                if _format(data):
                    raise TemplateError(where, f"holds a picture ({_format(data)}, as "
                                        f"data:{kind}/{subtype}) whose metadata cannot be "
                                        "removed; use a PNG or JPEG picture in base64")
                continue
        elif subtype not in _INLINE_KINDS or ";base64" not in params:
            raise TemplateError(where, f"holds a picture (data:image/{subtype}) in a form "
                                "whose metadata cannot be removed; use a PNG or JPEG "
                                "picture in base64")
        try:
            data = base64.b64decode(payload.group(0), validate=True)
            cleaned = clean_photo(data).data
        except (binascii.Error, ValueError):
            raise TemplateError(where, "holds a picture (data:image/"
                                f"{subtype}) that is not valid base64") from None
        except PhotoError as exc:
            raise TemplateError(where, f"holds a picture that cannot be used: {exc}") \
                from None
        out.append(source[pos:found.end()])
        out.append(payload.group(0) if cleaned is data
                   else base64.b64encode(cleaned).decode("ascii"))
        pos = payload.end()
    out.append(source[pos:])
    cleaned_source = "".join(out)
    check_page(cleaned_source, where, rendered=False)
    return cleaned_source

"""The :class:`~kam_desktop.domain.issuer.Issuer` of a report, made from what the user
typed in the window's Preferences or on the command line, checked."""
from __future__ import annotations

import io
from pathlib import Path

from kam_desktop.domain.issuer import TEXT_LIMIT, Issuer
from kam_desktop.domain.text import Text
from kam_desktop.services.errors import InputError
from kam_desktop.store.schema import text_problem

#: a logo larger than this is not a logo (and would swell every report)
LOGO_MAX_BYTES = 5 * 1024 * 1024
LOGO_FORMATS = ("PNG", "JPEG")


def make_issuer(*, company: str = "", logo: Path | bytes | None = None, name: str = "",
                position: str = "", phone: str = "", email: str = "") -> Issuer:
    """An :class:`Issuer` of texts on one line each and the logo (a file, or its
    bytes); InputError naming what is wrong (a text too long or with control
    characters, a logo that is not a readable PNG or JPEG picture)."""
    texts = {"company": company, "name": name, "position": position, "phone": phone,
             "email": email}
    for field, text in texts.items():
        problem = text_problem(text, TEXT_LIMIT)
        if problem is not None:
            raise InputError(field, problem)
    if isinstance(logo, bytes):
        logo = checked_logo(logo, "logo")
    elif logo is not None:
        logo = read_logo(logo)
    return Issuer(logo=logo,
                  **{field: " ".join(text.split()) for field, text in texts.items()})


def read_logo(path: Path) -> bytes:
    """The bytes of the PNG or JPEG picture at ``path``, checked to be one."""
    where = str(path)
    try:
        with open(path, "rb") as file:
            content = file.read(LOGO_MAX_BYTES + 1)
    except OSError as error:
        raise InputError(where, Text("cannot read the file: {reason}",
                                     reason=error.strerror or str(error))) from None
    return checked_logo(content, where)


def checked_logo(content: bytes, where: str) -> bytes:
    """``content``, checked to be a PNG or JPEG picture of a logo's size."""
    from PIL import Image, UnidentifiedImageError

    if len(content) > LOGO_MAX_BYTES:
        raise InputError(where, Text("the logo is larger than {size} MB",
                                     size=LOGO_MAX_BYTES // 1024 // 1024))
    try:
        with Image.open(io.BytesIO(content)) as picture:
            picture.load()
            kind = picture.format
    except (UnidentifiedImageError, OSError, ValueError):
        kind = None
    if kind not in LOGO_FORMATS:
        raise InputError(where, Text("the logo must be a PNG or JPEG picture"))
    return content

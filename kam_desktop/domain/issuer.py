"""Who a report is from: our company (its name and logo) and the person who prepared it.

Set once in the window's Preferences, or given on the command line. The value dossier
names them on its cover and in the footer of every page, so that the client knows whom
to call; the internal reports name their author.
"""
from __future__ import annotations

from dataclasses import dataclass

#: the longest company name, position, phone or e-mail (one line of a footer)
TEXT_LIMIT = 200


@dataclass(frozen=True)
class Issuer:
    company: str = ""
    #: the company's logo as the bytes of a PNG or JPEG picture
    logo: bytes | None = None
    name: str = ""
    position: str = ""
    phone: str = ""
    email: str = ""

    def person(self) -> str:
        """"Name, position", or whichever of the two is known."""
        return ", ".join(part for part in (self.name, self.position) if part)

    def contacts(self) -> str:
        return " · ".join(part for part in (self.phone, self.email) if part)

    def signature(self) -> str:
        """Everything but the logo on one line: company · person · contacts."""
        return " · ".join(part for part in (self.company, self.person(), self.contacts())
                          if part)

    def author(self) -> str:
        """The author in the PDF's properties: the person, else the company."""
        return self.name or self.company

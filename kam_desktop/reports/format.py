"""Numbers, money and dates written the way each report language expects.

Russian: ``1 234 567,89 ₽`` (narrow no-break spaces between groups), ``23.11.2026``.
English: ``RUB 1,234,567.89``, ``23 Nov 2026`` (no-break spaces: a date never wraps).
No Qt locale: reports are built outside the GUI too, and the report language is
independent of the interface.
"""
from __future__ import annotations

from dataclasses import dataclass
import datetime
from decimal import ROUND_HALF_UP, Decimal

from kam_desktop.domain.glossary import check_language

NNBSP = "\u202f"  # narrow no-break space: the Russian digit-group separator
NBSP = "\u00a0"
_EN_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun",
              "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_SYMBOLS = {"RUB": "₽", "USD": "$", "EUR": "€", "CNY": "¥", "KZT": "₸", "BYN": "Br"}


@dataclass(frozen=True)
class Formatter:
    language: str
    currency: str = "RUB"
    #: decimals of money amounts (0 when every amount of a report is whole)
    money_decimals: int = 2

    def __post_init__(self) -> None:
        check_language(self.language)

    def number(self, value: Decimal | float | int, decimals: int = 0) -> str:
        quantum = Decimal(1).scaleb(-decimals)
        rounded = Decimal(str(value)).quantize(quantum, rounding=ROUND_HALF_UP)
        sign = "−" if rounded < 0 else ""  # a real minus sign, not a hyphen
        whole, _, fraction = f"{abs(rounded):f}".partition(".")
        group = NNBSP if self.language == "ru" else ","
        point = "," if self.language == "ru" else "."
        groups = []
        while len(whole) > 3:
            whole, tail = whole[:-3], whole[-3:]
            groups.insert(0, tail)
        text = group.join([whole, *groups])
        return sign + text + (point + fraction if fraction else "")

    def statistic(self, value: float) -> str:
        """A recorded figure with the decimals it was recorded with (at most 2)."""
        rounded = Decimal(str(round(float(value), 2))).normalize()
        return self.number(rounded, max(0, -rounded.as_tuple().exponent))

    @property
    def currency_label(self) -> str:
        """The sign Russian text puts after amounts, or the ISO code English puts first."""
        return _SYMBOLS.get(self.currency, self.currency) if self.language == "ru" \
            else self.currency

    def money(self, value: Decimal) -> str:
        amount = self.number(value, self.money_decimals)
        if self.language == "ru":
            return f"{amount}{NNBSP}{self.currency_label}"
        return f"{self.currency_label}{NBSP}{amount}"

    def period(self, text: str) -> str:
        """A stored period ("2025", "2025-Q3") as the language writes it."""
        year, _, quarter = text.partition("-Q")
        if not quarter:
            return year
        return f"{quarter}{NBSP}кв. {year}" if self.language == "ru" else f"Q{quarter} {year}"

    def percent(self, fraction: Decimal | float, decimals: int = 1) -> str:
        value = self.number(Decimal(str(fraction)) * 100, decimals)
        return f"{value}{NNBSP}%" if self.language == "ru" else f"{value}%"

    def date(self, day: datetime.date) -> str:
        if self.language == "ru":
            return f"{day.day:02d}.{day.month:02d}.{day.year}"
        return f"{day.day}{NBSP}{_EN_MONTHS[day.month - 1]}{NBSP}{day.year}"

    def date_range(self, start: datetime.date, end: datetime.date) -> str:
        return f"{self.date(start)} – {self.date(end)}"

"""The Russian taxpayer number (ИНН): 10 digits for organisations, 12 for individuals,
with check digits computed from fixed weights."""
from __future__ import annotations

from kam_desktop.domain.text import Text

_W10 = (2, 4, 10, 3, 5, 9, 4, 6, 8)
_W11 = (7, 2, 4, 10, 3, 5, 9, 4, 6, 8)
_W12 = (3, 7, 2, 4, 10, 3, 5, 9, 4, 6, 8)


def _check_digit(digits: list[int], weights: tuple[int, ...]) -> int:
    return sum(d * w for d, w in zip(digits, weights)) % 11 % 10


def inn_problem(inn: str) -> str | None:
    """None when ``inn`` is a valid INN, else what is wrong with it, in words."""
    if not inn.isascii() or not inn.isdigit() or len(inn) not in (10, 12):
        return Text("an INN has 10 digits (organisation) or 12 digits (individual)")
    digits = [int(c) for c in inn]
    if len(inn) == 10:
        valid = _check_digit(digits, _W10) == digits[9]
    else:
        valid = (_check_digit(digits, _W11) == digits[10]
                 and _check_digit(digits, _W12) == digits[11])
    return None if valid else Text("the INN's check digit does not match")


def make_inn10(first_nine: str) -> str:
    """Complete nine digits to a valid 10-digit INN (used by the demo portfolio)."""
    digits = [int(c) for c in first_nine]
    return first_nine + str(_check_digit(digits, _W10))

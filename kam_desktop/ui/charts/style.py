"""The charts' look: colours from the application's palette (light or dark), and numbers,
money and shares written as the interface's locale writes them."""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QLocale
from PySide6.QtGui import QColor, QPalette

from kam_desktop.domain.enums import Category
from kam_desktop.reports.format import Formatter

LIGHT_SERIES = ("#2f6fb0", "#4f9d69", "#e0a030", "#8e6cc0", "#2aa1a1", "#c4633a", "#7f8c99")
DARK_SERIES = ("#5b9bd5", "#6cc08b", "#f0b85a", "#b093e0", "#4cc7c7", "#ec8a5e", "#a3afbb")


def _blend(a: QColor, b: QColor, amount: float) -> str:
    """``a`` moved towards ``b`` by ``amount`` (0..1), as #rrggbb."""
    mix = [round(x + (y - x) * amount) for x, y in zip(a.getRgb()[:3], b.getRgb()[:3])]
    return "#{:02x}{:02x}{:02x}".format(*mix)


@dataclass(frozen=True)
class Style:
    background: str
    text: str
    muted: str
    grid: str
    highlight: str
    series: tuple[str, ...]
    good: str
    bad: str
    font_size: float
    dark: bool

    @classmethod
    def from_palette(cls, palette: QPalette, font_size: float) -> Style:
        back = palette.color(QPalette.ColorRole.Base)
        text = palette.color(QPalette.ColorRole.Text)
        dark = back.lightness() < 128
        series = DARK_SERIES if dark else LIGHT_SERIES
        return cls(background=back.name(), text=text.name(), muted=_blend(back, text, 0.55),
                   grid=_blend(back, text, 0.14),
                   highlight=palette.color(QPalette.ColorRole.Highlight).name(),
                   series=series, good=series[1], bad="#ef6f5e" if dark else "#c62828",
                   font_size=font_size, dark=dark)

    @property
    def on_series(self) -> str:
        """Text written on a bar: the dark mode's bar colours are light."""
        return "#1a1a1a" if self.dark else "#ffffff"

    @property
    def category_colours(self) -> dict[Category, str]:
        return {Category.KEY: self.series[0], Category.DEVELOPING: self.series[1],
                Category.MAINTAINED: self.series[2], Category.OCCASIONAL: self.series[6]}

    def rc(self) -> dict:
        """matplotlib settings for the figures of this style."""
        return {"font.family": "DejaVu Sans", "font.size": self.font_size,
                "text.color": self.text, "axes.labelcolor": self.text,
                "axes.edgecolor": self.grid, "axes.facecolor": self.background,
                "figure.facecolor": self.background, "xtick.color": self.muted,
                "ytick.color": self.muted, "xtick.labelcolor": self.text,
                "ytick.labelcolor": self.text, "axes.titlesize": self.font_size + 1,
                "axes.titleweight": "bold", "axes.titlelocation": "left",
                "axes.titlepad": 8, "legend.frameon": False,
                "legend.fontsize": self.font_size, "axes.spines.top": False,
                "axes.spines.right": False, "axes.axisbelow": True,
                "grid.color": self.grid, "grid.linewidth": 0.6}


@dataclass(frozen=True)
class Numbers:
    """Numbers, money and shares written as the interface's locale writes them."""

    currency: str
    #: the words for thousand, million and billion on a money axis
    units: tuple[str, str, str]

    @property
    def russian(self) -> bool:
        return QLocale().language() == QLocale.Language.Russian

    def number(self, value: float, decimals: int = 0) -> str:
        return QLocale().toString(float(value), "f", decimals)

    def short(self, value: float) -> str:
        """At most three significant digits and no exponent: 1 200, 12,5, 0,25."""
        value = float(value)
        if abs(value) >= 100 or value == round(value):
            return self.number(value)
        text = QLocale().toString(value, "f", 1 if abs(value) >= 10 else 2)
        point = QLocale().decimalPoint()
        return text.rstrip("0").rstrip(point) if point in text else text

    def percent(self, fraction: float, decimals: int = 0) -> str:
        text = self.number(float(fraction) * 100, decimals)
        return f"{text}\u00a0%" if self.russian else f"{text}%"

    @property
    def currency_label(self) -> str:
        return Formatter("ru" if self.russian else "en", self.currency).currency_label

    def money_scale(self, largest: float) -> tuple[float, str]:
        """The divisor that keeps an axis's numbers short, and its unit with the
        currency ("M RUB", "млн ₽")."""
        thousand, million, billion = self.units
        for divisor, unit in ((1e9, billion), (1e6, million), (1e3, thousand)):
            if abs(float(largest)) >= divisor:
                return divisor, f"{unit}\u00a0{self.currency_label}"
        return 1.0, self.currency_label

    def money(self, value: float) -> str:
        """An amount with its unit: 12,5 млн ₽ / 12.5 M RUB."""
        divisor, unit = self.money_scale(value)
        return f"{self.short(float(value) / divisor)}\u00a0{unit}"

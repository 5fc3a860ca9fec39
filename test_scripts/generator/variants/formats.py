"""How numbers, money and dates are printed: US/UK (1,234.56; $, £) and European (1.234,56; €, EUR).

``Numbers`` is one document's convention; ``DATES`` lists the date spellings per language
(US month first, UK and continental day first).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

CENT = Decimal("0.01")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December")


@dataclass(frozen=True)
class Numbers:
    decimal: str = "."
    group: str = ","
    symbol: str = ""  # "$", "€", "EUR", "£" or ""
    suffix: bool = False  # "12,50 €" rather than "€12,50"

    def number(self, value: Decimal, places: int = 2) -> str:
        value = value.quantize(Decimal(1).scaleb(-places), ROUND_HALF_UP) if places >= _places(value) else value
        sign, text = ("-", f"{-value:f}") if value < 0 else ("", f"{value:f}")
        whole, _, fraction = text.partition(".")
        if self.group and len(whole) > 3:
            head = len(whole) % 3 or 3
            whole = self.group.join([whole[:head]] + [whole[i:i + 3] for i in range(head, len(whole), 3)])
        return sign + whole + (self.decimal + fraction if fraction else "")

    def money(self, value: Decimal, *, symbol: bool = False, places: int | None = None) -> str:
        text = self.number(value, max(2, _places(value)) if places is None else places)
        if not symbol or not self.symbol:
            return text
        if self.suffix:
            return f"{text} {self.symbol}"
        return f"{self.symbol} {text}" if self.symbol == "EUR" or self.decimal == "," else self.symbol + text

    def qty(self, value: int, places: int = 0) -> str:
        return self.number(Decimal(value), places) if places else str(value)


def _places(value: Decimal) -> int:
    return max(0, -value.normalize().as_tuple().exponent)


def amount(price: Decimal, qty: int) -> Decimal:
    return (price * qty).quantize(CENT, ROUND_HALF_UP)


def us_numbers(rng: random.Random, symbol: str = "$") -> Numbers:
    return Numbers(".", rng.choice((",", ",", "")), symbol)


def european_numbers(rng: random.Random, lang: str) -> Numbers:
    group = rng.choice((".", ".", "")) if lang != "fr" else rng.choice((" ", ".", ""))
    return Numbers(",", group, rng.choice(("€", "€", "EUR")), suffix=rng.random() < 0.5)


def _us(d: date) -> str:
    return f"{d.month}/{d.day}/{d.year}"


def _fmt(pattern: str) -> Callable[[date], str]:
    def spell(d: date) -> str:
        month = _MONTHS[d.month - 1]
        return pattern.format(d=d.day, m=d.month, y=d.year, yy=d.year % 100, B=month, b=month[:3])
    return spell


DATES: dict[str, tuple[Callable[[date], str], ...]] = {
    "en-US": (_us, _fmt("{m:02d}/{d:02d}/{y}"), _fmt("{B} {d}, {y}"), _fmt("{b} {d}, {y}"),
              _fmt("{m:02d}/{d:02d}/{yy:02d}"), _fmt("{y}-{m:02d}-{d:02d}"), _fmt("{d:02d}-{b}-{y}")),
    "en-GB": (_fmt("{d:02d}/{m:02d}/{y}"), _fmt("{d} {b} {y}"), _fmt("{d} {B} {y}"), _fmt("{d:02d}-{b}-{y}")),
    "de": (_fmt("{d:02d}.{m:02d}.{y}"), _fmt("{d}.{m}.{y}"), _fmt("{d:02d}.{m:02d}.{yy:02d}")),
    "fr": (_fmt("{d:02d}/{m:02d}/{y}"), _fmt("{d:02d}.{m:02d}.{y}")),
    "nl": (_fmt("{d:02d}-{m:02d}-{y}"), _fmt("{d}-{m}-{y}"), _fmt("{d:02d}.{m:02d}.{y}"), _fmt("{d:02d}/{m:02d}/{y}")),
    "es": (_fmt("{d:02d}/{m:02d}/{y}"), _fmt("{d:02d}-{m:02d}-{y}"), _fmt("{d}/{m}/{y}")),
}

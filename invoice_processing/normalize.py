"""Parse what vendors print into typed values: prices, quantities and dates.

Every function returns ``None`` for text it does not recognise instead of guessing; callers
decide whether a missing value is an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from decimal import Decimal, InvalidOperation

_PRICE = re.compile(r"^\(?-?\$?\s*-?\d{1,3}(?:,\d{3})*(?:\.\d+)?\)?$|^\(?-?\$?\s*-?\d+(?:\.\d+)?\)?$")
_QTY = re.compile(r"^\d{1,3}(?:,\d{3})*$|^\d+$")

_MONTHS = {
    m: i
    for i, names in enumerate(
        [
            ("jan", "january"), ("feb", "february"), ("mar", "march"), ("apr", "april"),
            ("may",), ("jun", "june"), ("jul", "july"), ("aug", "august"),
            ("sep", "sept", "september"), ("oct", "october"), ("nov", "november"), ("dec", "december"),
        ],
        start=1,
    )
    for m in names
} | {
    m: i
    for i, names in enumerate(
        [
            ("januari", "januar", "janvier"), ("februari", "februar", "février", "fevrier"),
            ("maart", "märz", "maerz", "mars"), ("avril",), ("mei", "mai"), ("juni", "juin"),
            ("juli", "juillet"), ("augustus", "août", "aout"), ("septembre",),
            ("oktober", "okt", "octobre"), ("novembre",), ("dezember", "dez", "décembre", "decembre"),
        ],
        start=1,
    )
    for m in names
}
_MONTH_RE = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"  # noqa: E501

DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    re.compile(r"\b(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:\b|(?=T\d))"),  # ISO, also 2025-01-17T10:32
    re.compile(r"\b(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})\b"),
    re.compile(r"\b(?P<m>\d{1,2})-(?P<d>\d{1,2})-(?P<y>\d{4}|\d{2})\b"),
    re.compile(r"\b(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})\b"),  # European 07.05.2014
    re.compile(rf"\b(?P<mn>{_MONTH_RE})\s+(?P<d>\d{{1,2}})(?:st|nd|rd|th)?,?\s+(?P<y>\d{{4}})\b", re.I),
    re.compile(rf"\b(?P<d>\d{{1,2}})\.?[\s-](?P<mn>{_MONTH_RE})[\s-](?P<y>\d{{4}}|\d{{2}})\b", re.I),
)

EXCEL_EPOCH = date(1899, 12, 30)


_CURRENCY = re.compile(r"^(?:US\$|USD|EUR|GBP|CAD|[€£])\s*|\s*(?:USD|EUR|GBP|CAD|[€£])$")
_COMMA_DECIMAL = re.compile(r"^(\(?-?\$?-?)(\d{1,3}(?:\.\d{3})+|\d+),(\d{1,2})(\)?)$")


def parse_price(text: str) -> Decimal | None:
    """``"$1,234.50"`` → ``Decimal("1234.50")``; ``"(3.00)"`` → ``-3.00``. Keeps every digit.

    European notation (``"€ 1.234,56"``, ``"399,00"``) is read when the comma is followed by
    one or two digits only; ``"12,345"`` stays twelve thousand three hundred forty-five.
    """
    raw = _CURRENCY.sub("", (text or "").strip()).replace(" ", "").replace("\u00a0", "")
    european = _COMMA_DECIMAL.match(raw)
    if european:
        sign, whole, cents, close = european.groups()
        raw = f"{sign}{whole.replace('.', '')}.{cents}{close}"
    if not raw or not _PRICE.match(raw):
        return None
    negative = raw.startswith("(") or "-" in raw
    digits = raw.strip("()").replace("$", "").replace(",", "").replace("-", "")
    try:
        value = Decimal(digits)
    except InvalidOperation:
        return None
    return -value if negative else value


_UNIT_SUFFIX = re.compile(r"\s*(?:x|ea|each|pcs?|pc|units?|st|stk|stuks?|kg|g|l|set|sets|pk|cs|bx)\.?$", re.I)


def parse_qty(text: str) -> int | None:
    """Whole quantities only: ``"1,200"`` → 1200; ``"2.5"`` → None; ``"3.00"`` → 3; ``"4 EA"`` → 4."""
    raw = _UNIT_SUFFIX.sub("", (text or "").strip())
    if re.fullmatch(r"\d+,0+", raw):
        raw = raw.split(",")[0]
    if _QTY.match(raw):
        return int(raw.replace(",", ""))
    if re.fullmatch(r"\d+\.0+", raw):
        return int(raw.split(".")[0])
    return None


def _year(text: str) -> int:
    y = int(text)
    return y + 2000 if y < 100 else y


def _build(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


def prefers_day_first(texts: Iterable[str]) -> bool:
    """True when a numeric date in ``texts`` can only be day-first (``22-9-2022``, ``31/01/2024``)."""
    for text in texts:
        for match in re.finditer(r"\b(\d{1,2})[/-](\d{1,2})[/-](\d{2,4})\b", text):
            if int(match.group(1)) > 12 >= int(match.group(2)):
                return True
    return False


def parse_date(text: str, *, day_first: bool = False) -> date | None:
    """The first date written in ``text`` in a format vendors use, else None.

    A bare number is never a date here (``2025`` is a year, ``45678`` may be anything): use
    ``excel_serial_date`` where the source is a spreadsheet-like numeric field.
    """
    for pattern in DATE_PATTERNS:
        match = pattern.search(text or "")
        if not match:
            continue
        parts = match.groupdict()
        month = _MONTHS[parts["mn"].lower().rstrip(".")] if parts.get("mn") else int(parts["m"])
        day = int(parts["d"])
        if day_first and not parts.get("mn") and pattern.pattern.startswith(r"\b(?P<m>"):
            month, day = day, month
        found = _build(_year(parts["y"]), month, day)
        if found:
            return found
    return None


def excel_serial_date(value: float | int | str) -> date | None:
    """A spreadsheet serial day number (1900 date system) → date, for numeric fields only."""
    try:
        serial = float(value)
    except (TypeError, ValueError):
        return None
    if not 20000 <= serial <= 80000:  # 1954..2119: anything else is not a plausible order date
        return None
    return EXCEL_EPOCH + timedelta(days=int(serial))


def format_date(value: date | None) -> str:
    return value.strftime("%m/%d/%Y") if value else ""


def format_decimal(value: Decimal) -> str:
    """Money as plain text: at least two decimals, every printed digit kept, no exponent.

    ``Decimal("4.995")`` → ``"4.995"``, ``Decimal("12.5")`` → ``"12.50"``, ``Decimal("3")`` → ``"3.00"``.
    """
    normalized = value.normalize()
    exponent = normalized.as_tuple().exponent
    if isinstance(exponent, int) and exponent > -2:
        normalized = normalized.quantize(Decimal("0.01"))
    return format(normalized, "f")


def iso_date(text: str) -> date | None:
    try:
        return datetime.strptime(text, "%Y-%m-%d").date()
    except (TypeError, ValueError):
        return None

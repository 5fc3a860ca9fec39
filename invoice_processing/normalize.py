"""Parse what vendors print into typed values: prices, quantities and dates.

Every function returns ``None`` for text it does not recognise instead of guessing; callers
decide whether a missing value is an error.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

_PRICE = re.compile(r"^\(?-?\$?\s*-?\d{1,3}(?:,\d{3})*(?:\.\d+)?\)?$|^\(?-?\$?\s*-?\d+(?:\.\d+)?\)?$")
_QTY = re.compile(r"^\d{1,3}(?:,\d{3})*$|^\d+$")

_MONTH_NAMES: tuple[tuple[str, ...], ...] = (  # English, German, French, Dutch, Spanish, Italian, Portuguese
    ("jan", "january", "januar", "jänner", "jän", "janvier", "janv", "januari", "enero", "ene", "gennaio", "janeiro"),
    ("feb", "february", "februar", "février", "fevrier", "févr", "fevr", "fév", "februari", "febrero", "febbraio",
     "fevereiro"),
    ("mar", "march", "märz", "maerz", "mrz", "mars", "maart", "mrt", "marzo", "março"),
    ("apr", "april", "avril", "avr", "abril", "abr", "aprile"),
    ("may", "mai", "mei", "mayo", "maggio", "maio"),
    ("jun", "june", "juni", "juin", "junio", "giugno", "junho"),
    ("jul", "july", "juli", "juillet", "juil", "julio", "luglio", "julho"),
    ("aug", "august", "août", "aout", "augustus", "agosto", "ago"),
    ("sep", "sept", "september", "septembre", "septiembre", "setiembre", "settembre", "setembro"),
    ("oct", "october", "oktober", "okt", "octobre", "octubre", "ottobre", "outubro"),
    ("nov", "november", "novembre", "noviembre"),
    ("dec", "december", "dezember", "dez", "décembre", "decembre", "déc", "diciembre", "dic", "dicembre",
     "dezembro"),
)
# Lithuanian, Polish (in the genitive a date writes them in), Turkish; Czech (genitive), Finnish (partitive) and the
# Nordic names the first list lacks
_MORE_MONTH_NAMES: tuple[tuple[str, ...], ...] = (
    ("sausio", "stycznia", "ocak", "ledna", "tammikuuta"),
    ("vasario", "lutego", "şubat", "subat", "února", "unora", "helmikuuta"),
    ("kovo", "marca", "mart", "března", "brezna", "maaliskuuta", "marts"),
    ("balandžio", "kwietnia", "nisan", "dubna", "huhtikuuta"),
    ("gegužės", "maja", "mayıs", "května", "kvetna", "toukokuuta", "maj"),
    ("birželio", "czerwca", "haziran", "června", "cervna", "kesäkuuta"),
    ("liepos", "lipca", "temmuz", "července", "cervence", "heinäkuuta"),
    ("rugpjūčio", "sierpnia", "ağustos", "srpna", "elokuuta", "augusti"),
    ("rugsėjo", "września", "eylül", "září", "zari", "syyskuuta"),
    ("spalio", "października", "ekim", "října", "rijna", "lokakuuta"),
    ("lapkričio", "listopada", "kasım", "listopadu", "marraskuuta"),
    ("gruodžio", "grudnia", "aralık", "prosince", "joulukuuta", "desember"),
)
_MONTHS = {name: number for number, names in enumerate(_MONTH_NAMES, start=1) for name in names} | {
    name: number for number, names in enumerate(_MORE_MONTH_NAMES, start=1) for name in names}
_MONTH_RE = "(" + "|".join(sorted(_MONTHS, key=len, reverse=True)) + r")\.?"

# a month's abbreviation printed against its day ("Apr16, 2025 order" on a shop's order page)
GLUED_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)(\d{1,2})(?=,?\s+\d{4}\b)", re.I)
DATE_PATTERNS: tuple[re.Pattern[str], ...] = (
    # numeric dates never inside a longer run of numbers ("2.05.04.03.082" is an article code)
    re.compile(r"(?<![\d./-])(?P<y>\d{4})-(?P<m>\d{1,2})-(?P<d>\d{1,2})(?:(?![./-]?\d)\b|(?=T\d))"),  # ISO, T10:32
    re.compile(r"(?<![\d./-])(?P<y>\d{4})[/.](?P<m>\d{1,2})[/.](?P<d>\d{1,2})(?![./-]?\d)\b"),  # 2025/01/17
    re.compile(r"(?<![\d./-])(?P<y>\d{4})\. (?P<m>\d{1,2})\. (?P<d>\d{1,2})\.(?!\d)"),  # Hungarian "2008. 10. 17."
    re.compile(r"(?<![\d./-])(?P<d>\d{1,2})\. (?P<m>\d{1,2})\. (?P<y>\d{4})(?!\d)"),  # Slovak, Czech "3. 7. 2024"
    re.compile(rf"(?<![\d./-])(?P<y>\d{{4}})\s*m\.\s*(?P<mn>{_MONTH_RE})\s+(?P<d>\d{{1,2}})\s*d\.", re.I),  # LT
    re.compile(r"ng[àa]y\s*(?P<d>\d{1,2})\s*th[áa]ng\s*(?P<m>\d{1,2})\s*n[ăa]m\s*(?P<y>\d{4})", re.I),  # Vietnamese
    re.compile(r"(?<![\d./-])(?P<m>\d{1,2})/(?P<d>\d{1,2})/(?P<y>\d{4}|\d{2})(?![./-]?\d)\b"),
    re.compile(r"(?<![\d./-])(?P<m>\d{1,2}) / (?P<d>\d{1,2}) / (?P<y>\d{4})(?![./-]?\d)\b"),  # 24 / 07 / 2026
    re.compile(r"(?<![\d./-])(?P<m>\d{1,2})-(?P<d>\d{1,2})-(?P<y>\d{4}|\d{2})(?![./-]?\d)\b"),
    re.compile(r"(?<![\d./-])(?P<d>\d{1,2})\.(?P<m>\d{1,2})\.(?P<y>\d{4}|\d{2})(?![./-]?\d)\b"),  # 07.05.2014
    # (also "Sep.28th.2025": an export invoice's dots)
    re.compile(rf"\b(?P<mn>{_MONTH_RE})(?:\s+|(?<=\.))(?P<d>\d{{1,2}})(?:st|nd|rd|th)?(?:\s*,?\s+|\.)(?P<y>\d{{4}})\b",
               re.I),
    re.compile(rf"\b(?P<mn>{_MONTH_RE})-(?P<d>\d{{1,2}})-(?P<y>\d{{4}}|\d{{2}})\b(?![-/]\d)", re.I),  # "Mar-03-25"
    # 17 Jan 2025, 17-Jan-25, 17. Januar 2025, 1er janvier 2025, 15 de marzo de 2025, 3rd of March, 2025
    re.compile(rf"\b(?P<d>\d{{1,2}})(?:(?:st|nd|rd|th)\s+of\s+|(?:st|nd|rd|th|er)?\.?[\s-]+(?:de\s+)?)(?P<mn>{_MONTH_RE}),?(?:[\s-]+|(?=\d{{4}}\b))"
               rf"(?:del?\s+)?(?P<y>\d{{4}}|\d{{2}}\b(?!\s*{_MONTH_RE}\b))\b(?![-/]\w)", re.I),  # ("del 2025")
    # (also "06 Feb2026"; not "4 SEP2024-BLK", nor a period's "1 Jan - 31 Dec 2025")
)

_MONTH_FIRST = frozenset(p for p in DATE_PATTERNS if 0 <= p.pattern.find("(?P<m>") < p.pattern.find("(?P<d>")
                         < p.pattern.find("(?P<y>"))  # 1/17/2025: read day first where the document says so

EXCEL_EPOCH = date(1899, 12, 30)


_CURRENCY = re.compile(r"^(?:US\$|CDN\$|CA\$|USD|EUR|GBP|CAD|[€£])\s*|\s*(?:USD|EUR|GBP|CAD|[€£])$")
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


_EXACT_PLACES = Decimal("0.000001")
_PRICE_PLACES = Decimal("0.0001")  # a total ÷ quantity that does not terminate is kept to 4 places


def per_unit(total: Decimal, qty: Decimal | int) -> Decimal:
    """The unit price of a line that prints only its total (``qty`` above 0): exact when the
    division ends within six places (712.50 for 10,000 envelopes: 0.07125, never rounded away),
    else rounded half up to four."""
    exact = total / qty
    return exact if exact == exact.quantize(_EXACT_PLACES) else exact.quantize(_PRICE_PLACES, ROUND_HALF_UP)


def _year(text: str) -> int:
    y = int(text)
    return y + 2000 if y < 100 else y


def _build(y: int, m: int, d: int) -> date | None:
    try:
        return date(y, m, d)
    except ValueError:
        return None


_NUMERIC_DATE = re.compile(r"\b(\d{1,2})([/.-]| / )(\d{1,2})\2(\d{4}|\d{2})\b")
_DAY_FIRST_HINTS = re.compile(  # European languages, currencies and taxes: dates are printed day first
    r"€|\bEUR\b|£|\bGBP\b|₹|\bINR\b|\bRs\.?\s?\d|\b(?:VAT|MwSt|USt|TVA|BTW|IVA|GST)\b|\b(?:rechnung|datum|"
    r"facture|factuur|factura|fecha|betrag|montant|bedrag|importe)"  # (and their compounds: "Factuurdatum")
    r"|(?<![\d,.])\d{1,3}(?:\.\d{3})*,\d\d(?![\d,.])",  # an amount with a decimal comma ("18,00", "2.833,15")
    re.I,
)
# the page states its dates' order: "(dates shown day/month/year)", "Datum (TT.MM.JJJJ)", "MM/DD/YYYY"
_STATED_ORDER = re.compile(r"\b(?:(?P<day>day|dd?|tt|jj)\s*[/.-]\s*(?:month|mm?)|(?:month|mm?)\s*[/.-]\s*(?:day|dd?))"
                           r"\s*[/.-]\s*(?:year|y{2,4}|j{2,4}|a{2,4})\b", re.I)
_DAY_FIRST_COUNTRY = re.compile(r"\b(?:ABN|ACN|NZBN|GSTIN|CNPJ|Pty\.?\s*Ltd)\b")
# dollars ("$" before points grouping thousands, "$27.166", is a peso's sign), sales tax, a US state and ZIP
_MONTH_FIRST_HINTS = re.compile(r"\$(?!\s?\d{1,3}(?:\.\d{3})+(?![\d,]))|\bUSD\b|\bsales\s+tax\b|"
                                r",\s[A-Z]{2}\s+\d{5}(?:-\d{4})?\b")


def date_votes(texts: Iterable[str]) -> tuple[int, int]:
    """(day-first, month-first) evidence in ``texts``: numeric dates only one reading allows
    (``22-9-2022``, ``9/22/2022``) and dotted dates, which are always day first."""
    day = month = 0
    for text in texts:
        for match in _NUMERIC_DATE.finditer(text):
            first, separator, second = int(match.group(1)), match.group(2), int(match.group(3))
            if separator == "." or first > 12 >= second:
                day += 1
            elif second > 12 >= first:
                month += 1
    return day, month


def prefers_day_first(texts: Iterable[str]) -> bool:
    """Whether the document's ambiguous numeric dates (``05/06/2025``) are day first.

    Decided by all the document's dates (a ``31/01/2024`` or a ``1/31/2024`` settles it), else by the
    order the page states ("dates shown day/month/year", "MM/DD/YYYY"); when
    none is unambiguous, the document's language, currency, taxes and number format are a weak
    hint (euro, pound, VAT, European words and decimal commas: day first; dollars, sales tax, US
    state and ZIP: month first).
    """
    texts = list(texts)
    day, month = date_votes(texts)
    if day != month:
        return day > month
    stated = next((found for text in texts if (found := _STATED_ORDER.search(text))), None)
    if stated is not None:
        return stated.group("day") is not None
    joined = "\n".join(texts)
    if _DAY_FIRST_COUNTRY.search(joined):
        return True  # Australian, New Zealand or Indian registration numbers: dollars, but dates day first
    return len(_DAY_FIRST_HINTS.findall(joined)) > len(_MONTH_FIRST_HINTS.findall(joined))


def _reading(match: re.Match[str], pattern: re.Pattern[str], day_first: bool) -> date | None:
    parts = match.groupdict()
    month = _MONTHS[parts["mn"].lower().rstrip(".")] if parts.get("mn") else int(parts["m"])
    day = int(parts["d"])
    if day_first and not parts.get("mn") and pattern in _MONTH_FIRST:
        month, day = day, month
    built = _build(_year(parts["y"]), month, day)
    if built is None and not parts.get("mn") and month > 12 >= day:
        return _build(_year(parts["y"]), day, month)  # only the other order is a date ("10.23.23": October 23)
    return built


def parse_date(text: str, *, day_first: bool = False) -> date | None:
    """The first date written in ``text`` in a format vendors use, else None.

    A bare number is never a date here (``2025`` is a year, ``45678`` may be anything): use
    ``excel_serial_date`` where the source is a spreadsheet-like numeric field.
    """
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text or ""):
            found = _reading(match, pattern, day_first)
            if found:
                return found
    return None


def date_span(text: str, *, day_first: bool = False) -> tuple[date, int, int] | None:
    """The leftmost date written in ``text`` with its start and end offsets, else None."""
    best: tuple[date, int, int] | None = None
    for pattern in DATE_PATTERNS:
        for match in pattern.finditer(text or ""):
            found = _reading(match, pattern, day_first)
            if found and (best is None or match.start() < best[1]):
                best = (found, match.start(), match.end())
            if found:
                break
    return best


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

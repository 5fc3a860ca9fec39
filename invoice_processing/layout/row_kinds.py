"""What a product table's body line is: a row, description text, a total, a charge or a break,
page furniture or a remark among the rows, and which of its words are the description's."""

from __future__ import annotations

import re
from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.flat_fees import flat_fee
from invoice_processing.layout.header_labels import Column
from invoice_processing.layout.labelled_remarks import labelled_cells, labels_again
from invoice_processing.layout.numbers import CENTS, NumberFormat, is_numeric, parse_amount, parse_quantity
from invoice_processing.layout.row_notes import is_note
from invoice_processing.layout.rows import Table
from invoice_processing.layout.totals_in_words import total_in_words
from invoice_processing.models import TextLine


def _number(values: dict[int, str], indexes: list[int], fmt: NumberFormat, quantity: bool) -> Decimal | None:
    for index in indexes:
        text = values.get(index, "")
        value = parse_quantity(text, fmt) if quantity else parse_amount(text, fmt)
        if value is not None:
            return value
    return None


def _wordy(text: str) -> bool:
    """Words starting with a letter: text, even under a number's label (a description set where
    the table has no text column, "Frosted Tea Towel Set/3" under "Your Price"); not a flag or a
    unit alone."""
    words = text.split()
    return bool(words) and words[0][:1].isalpha() and any(len(w) >= 3 and w.isalpha() for w in words) and not (
        len(words) == 1 and lx.UNITS.match(words[0])) and not is_numeric(text)  # "USD 40.25" is a number


_MAKERS = frozenset({"brand", "manufacturer", "hersteller", "marke", "marque", "merk", "marca", "maker", "mfr", "mfg"})


def text_of(values: dict[int, str], columns: tuple[Column, ...]) -> str:
    return " ".join(values[i] for i in sorted(values) if not columns[i].numeric or _wordy(values[i])).strip()


def description_text(values: dict[int, str], columns: tuple[Column, ...]) -> str:
    """A row's own description: its description column, else words in unnamed columns that read as
    text (a description printed under the RT column), not flags ("N", "*") or codes ("MEM")."""
    named = " ".join(values[i] for i in sorted(values) if columns[i].role == lx.DESCRIPTION).strip()
    if named:
        return named
    loose = [values[i] for i in sorted(values) if columns[i].role == lx.OTHER and not lx.is_variant(columns[i].label)
             and lx.normal_label(columns[i].label) not in _MAKERS]  # (a maker's name beside the name is not it)
    return " ".join(p for p in loose if any(ch.islower() for ch in p)).strip()


_TAX_NAME = re.compile(r"(?:sales\s*|use\s*)?tax(?:es)?", re.I)


def _tax_work(values: dict[int, str], columns: tuple[Column, ...], qty: Decimal | None) -> bool:
    """A service named for the tax it deals with, counted in hours ("Sales Tax | Wisconsin sales & use tax return
    preparation | 1.5 | 85.00" under "Activity | Description"): no tax charged, which is never so counted."""
    names = [values[i].strip() for i in sorted(values) if columns[i].role == lx.DESCRIPTION and values[i].strip()]
    return qty is not None and qty not in (0, 1) and len(names) >= 2 and bool(_TAX_NAME.fullmatch(names[0]))


# what else a row of the columns' numbers prints: the sums they name ("5 = 3 x 4"), a word of three capitals (the
# currency's "-RON-") and dashes
_FORMULA = re.compile(r"=\s*\d{1,2}\s*[x×*]\s*\d{1,2}|\b[A-Z]{3}\b|-")


def _column_ordinals(text: str) -> bool:
    """The columns' numbers under a header ("0 | 1 | 2 | 3 | 4 | 5 = 3 x 4 | 6" on a Romanian invoice): four or more
    counted on from nought or one, nothing else but the sums they name and the currency."""
    tokens = _FORMULA.sub(" ", text).split()
    return len(tokens) >= 4 and all(t.isdigit() for t in tokens) and [int(t) for t in tokens] == list(
        range(int(tokens[0]), int(tokens[0]) + len(tokens))) and tokens[0] in ("0", "1")


_BRACKETED = re.compile(r"^\s*\([^)]*\)\s*$")  # a total's qualifier: "(list)", "(USD)", "(excl. VAT)"


def kind_of(line: TextLine, values: dict[int, str], table: Table, fmt: NumberFormat) -> str:
    """What a body line is: "row", "total", "subtotal", "charge", "furniture", "text" or "numbers"."""
    columns = table.columns
    texts = [values[i] for i in sorted(values) if not columns[i].numeric or _wordy(values[i])]
    qty = _number(values, table.indexes(*lx.QTY_ROLES), fmt, quantity=True)
    money = _number(values, table.indexes(*lx.PRICE_ROLES), fmt, quantity=False)
    # (a box set right of the table's last column, "Total Units: 152" beside the last row, labels no line of it)
    right = max((c.x1 for c in columns), default=0.0) + 3 * max(line.size, 6.0)
    inside = [cell.text.strip() for cell in line.cells if cell.x0 <= right]
    labels = [t.strip() for t in texts] + inside + [
        line.text.strip() if len(inside) == len(line.cells) else " ".join(inside)]
    # not "TOTALS:", "Subtotal (list)"
    worded = any(any(ch.isalpha() for ch in _BRACKETED.sub("", lx.TOTALS.sub("", t.strip(), count=1))) for t in texts)
    notes_or_carried = _notes_or_carried(line, qty)
    if notes_or_carried:
        return notes_or_carried
    digits = any(ch.isdigit() for ch in line.text)
    if digits and (any(
            lx.SUBTOTALS.match(label) or (_SUBTOTAL_END.search(label) and _GROUP_SUBTOTAL.match(label))
            for label in texts) or (table.titles and any(_sums_a_group(label, table) for label in labels)) or any(
            _GROUP_COUNT.match(label) for label in labels)):
        return "subtotal"  # a group's: "Subtotal Penguin Books | 48 | 612.40", "Tidewater Collection subtotal | 158"
    if ((qty is None or not worded or _unpriced(values, table)) and any(
            lx.TOTALS.match(label) and not _named_total(label, qty, money) for label in labels)) or (
            _totals_among_numbers(values, table)) or any(lx.TOTAL_COUNTS.match(label) for label in labels) or (
            _tax_summary_head(line) or _totals_box_head(line)) or total_in_words(line.text):
        # (a subtotal's label without an amount heads the totals' box: "SUBTOTAL | ALICUOTA IVA | IVA" over its values)
        subtotal = digits and any(lx.SUBTOTALS.match(label) for label in labels)
        return "subtotal" if subtotal else "total"
    if lx.FURNITURE.match(line.text.strip()) or lx.CARRIED.match(line.text.strip()) or not any(
            ch.isalnum() for ch in line.text) or (
            qty is None and money is None and len(line.text.split()) <= 6 and lx.CONTINUED.search(line.text)) or (
            _column_ordinals(line.text)):
        return "furniture"  # page furniture, or a line of dots, rules or a lone flag (or the columns' numbers)
    if qty is None and money is None and not lx.IDENTITIES.fullmatch(line.text.strip()) and (
            lx.REFERENCES.match(line.text.strip()) or is_note(line.text) or lx.GROUP_HEADING.match(line.text.strip())
            or labelled_cells(line, table) or labels_again(line, table)):
        # ("SKU: CM4574  UPC: 810422305146" under a card's name: the product's own codes, its text)
        return "furniture"  # "Lieferschein 4711", "Ship Window 1: ...": a note or a heading among the rows
    # (a tax column's "TVA 5,5 %" beside a row's numbers names the row's rate, no charge)
    label = next((values[i] for i in sorted(values) if columns[i].role != lx.TAX and (
        not columns[i].numeric or _wordy(values[i]))), "")
    described = description_text(values, columns)
    if (lx.CHARGES.match(label.strip()) or lx.CHARGES.match(described) or lx.CARRIER_CHARGE.match(described) or any(
            lx.CHARGES.match(values[i].strip()) for i in values if columns[i].role == lx.DESCRIPTION)) and not (
            _tax_work(values, columns, qty)):
        return "charge"  # (or in one of two description columns: "Shipping | Freight - FedEx Ground, 3 cartons")
    has_numbers = any(columns[i].numeric and values[i] and not _wordy(values[i]) for i in values)
    if money is not None and qty is not None and (money < 0 or (_nil(values, table, fmt) and _free_carriage(
            texts, described))):
        return "charge"  # a negative price under a product (its discount, a credit), or free shipping
    if money is not None and (qty is not None or (not table.indexes(*lx.QTY_ROLES) and texts) or (
            money > 0 and described and flat_fee(line, values, table))):
        return "row"
    if not has_numbers:
        return ("numbers" if _summary_under_numbers(line, table, fmt) else "text") if texts else "furniture"
    return "text" if texts and qty is None and _numbers_in_prose(line, values, columns) else "numbers"


# a group's count among its sums ("Totals:: | 1 | Total Cooler Pieces | Amount:61.71 | Tax:0.10 | Total: 61.81")
_GROUP_COUNT = re.compile(r"^total\s+[a-z]+\s+(?:pieces|items|cases|units|cartons)$", re.I)
# a product named "Total ...": a capitalised word after it that names no sum ("Total War - Preworkout, Rainbow Candy")
_NAMED_TOTAL = re.compile(r"^(?i:total)\s+(?!(?i:amount|due|value|net|gross|price|cost|sum|qty|quantity|units|items|"
                          r"pieces|invoice|order|goods|merchandise|excl|incl|before|after|tax|vat|payable|eur|usd|gbp)\b)"
                          r"[A-Z][a-z]+\b")


def _unpriced(values: dict[int, str], table: Table) -> bool:
    """Nothing under the unit price (nor a code) of a table that prints one, but an amount: a sum's line
    ("TOTAL: | FOB NINGBO | 196 | 12,776 | 23,290.00", the pieces' sum under the quantity)."""
    prices, amounts = table.indexes(lx.PRICE), table.indexes(lx.AMOUNT)
    return bool(prices and amounts) and not any(values.get(i, "").strip() for i in [*prices, *table.indexes(
        lx.CODE)]) and any(values.get(i, "").strip() for i in amounts)  # (and no code: "TS-200 | Total Station ...")


def _named_total(label: str, qty: Decimal | None, money: Decimal | None) -> bool:
    """A description line naming a product "Total ..." in four words or more, with no count nor price on it."""
    return qty is None and money is None and len(label.split()) >= 4 and bool(_NAMED_TOTAL.match(label))


def _numbers_in_prose(line: TextLine, values: dict[int, str], columns: tuple[Column, ...]) -> bool:
    """Words with numbers that are counts in their prose ("Puzzle 1000 pc"); not a line standing
    right of the text, under the numbers ("Units | 259" under the last row: the totals block's count)."""
    if line.cells[0].x0 >= min(c.x0 for c in columns if c.numeric) - 2:
        return False
    return all(_count(values[i]) for i in values if columns[i].numeric)


def _summary_under_numbers(line: TextLine, table: Table, fmt: NumberFormat) -> bool:
    """A label and its amount with cents set wholly under the number columns right of the
    description's ("Merchandise 1,046.80" under "Unit Price | Amount" after the last row): a line of
    the totals' block, not a line of the description (which starts where the rows' text lines start)."""
    columns = table.columns
    described = [c for c in columns if c.role == lx.DESCRIPTION]
    numbers_after = [c.x0 for c in columns if c.numeric and described and c.x0 > described[0].x1]
    if not numbers_after or any(cell.x0 < min(numbers_after) - 2 for cell in line.cells):
        return False
    return not any(abs(line.cells[0].x0 - x) <= 2 for x in table.wrap_starts(first_only=True)) and any(
        CENTS.search(word) and parse_amount(word, fmt) is not None for word in line.text.split())



# (its count of lines after it: "DAIRY & EGGS Subtotal (8 items)", maybe wrapped after the count: "Subtotal (7")
_COUNT_AFTER = r"(?:\s*\(\s*\d+\s*(?:(?:items?|lines?|articles?|pcs|pieces|units|positions?)\s*)?\)?)?"
# (a group's name, maybe with its number: "Section 1 subtotal")
_GROUP_SUBTOTAL = re.compile(r"^(?:[^\d:]|(?<=\s)\d{1,3}(?=\s)){2,60}\b(?:sub\s*-?\s*total|zwischensumme|subtotaal|"
                             r"sous[\s-]*total)\s*:?" + _COUNT_AFTER + "$", re.I)
_TAX_WORD = re.compile(r"(?:^|[\s%.(])(?:iva|vat|mwst|ust|tva|t\.v\.a|btw|gst|hst|pst|tax(?:es)?|steuer|impuestos?|"
                       r"igv)\b", re.I)
_BASE_WORD = re.compile(r"\b(?:base|basis|bruto|brutto|net|neto|netto|taxable|imponible|grondslag|ht)\b", re.I)


# "Summe Material:", "Total Labour", "Subtotal for Spring Collection": a sum named after what it sums
_SUM_OF = re.compile(r"^(?:summe|total|sub\s*-?\s*total|zwischensumme|totaal|somme|suma|totale)\s+"
                     r"(?:(?:de|of|for|des|der|van|del)\s+)?(?P<group>[^\W\d][^\d:]{2,40}?)\s*:?$", re.I)


def _sums_a_group(label: str, table: Table) -> bool:
    """A sum whose name is a title printed among the table's rows, word for word but for the title's
    number ("1. Material" over them, then "Summe Material:"): a group's subtotal, the table goes on;
    "Summe netto" names no title, "Total Due" no more than a line "Due date 30 days" does."""
    found = _SUM_OF.match(label)
    if found is None:
        return False
    words = found["group"].casefold().split()
    return any(words == _TITLE_NUMBER.sub("", title).casefold().split() for title in table.titles)


_TITLE_NUMBER = re.compile(r"^\s*(?:\d+|[A-Za-z])[.)]\s*")  # "1. Material", "B) Arbeit": a group's number


# (a group's subtotal's label ends so)
_SUBTOTAL_END = re.compile(r"(?:total|summe|totaal)\s*:?" + _COUNT_AFTER + "$", re.I)


def _tax_summary_head(line: TextLine) -> bool:
    """The labels heading the tax summary under the rows ("Imp. Bruto | Dto. Fact. | Base | %IVA | Imp.
    IVA"): two taxes' labels or more and a tax base's, no number; the table ends there."""
    if any(ch.isdigit() for ch in line.text) or len(_TAX_WORD.findall(line.text)) < 2:
        return False
    texts = [cell.text for cell in line.cells]
    return sum(bool(_TAX_WORD.search(t)) for t in texts) >= 2 and any(
        _BASE_WORD.search(t) for t in texts)


def _totals_box_head(line: TextLine) -> bool:
    """A row of the totals' labels over their values ("MERCHANDISE | DELIVERY | SALES TAX | PLEASE PAY"): three
    labels or more, two of them a total's, a tax's or a charge's, no number; the table ends there."""
    texts = [cell.text.strip() for cell in line.cells]
    return len(texts) >= 3 and not any(ch.isdigit() for ch in line.text) and sum(
        bool(lx.TOTALS.match(t) or lx.CHARGES.match(t)) for t in texts) >= 2


def _totals_among_numbers(values: dict[int, str], table: Table) -> bool:
    """A totals label set outside the description's column of a table that has one ("Total produits
    | 198 | 2 778,56 €" beside a tax summary's titles): the line is the totals', whatever stands left."""
    columns = table.columns
    return bool(table.indexes(lx.DESCRIPTION)) and any(
        columns[i].role != lx.DESCRIPTION and lx.TOTALS.match(values[i].strip()) and not (
            columns[i].role == lx.OTHER and _COUNTED_OPTION.match(values[i].strip())) for i in values)


# an option's count under a column of its own ("Pieces: 500" beside a puzzle's numbers): no totals block's count
_COUNTED_OPTION = re.compile(r"^(?:pieces|items|units)\s*:\s*\d+$", re.I)


def _nil(values: dict[int, str], table: Table, fmt: NumberFormat) -> bool:
    """True when the row's prices and amount are all nought ("PU Brut 0,00" beside "PU Net 9,01" is no free line)."""
    return all(parse_amount(values.get(i, ""), fmt) in (None, 0) for i in table.indexes(*lx.PRICE_ROLES))


def _free_carriage(texts: list[str], described: str) -> bool:
    """A line at no charge naming its carriage ("Pallet Delivery EU", "UPS Standard", "***2-DAY AIR***") or
    described by a rule of marks ("003 /////", a separator set as an item): no free product."""
    return any(lx.CARRIAGE.search(text) for text in texts) or bool(lx.MARKS_ALONE.fullmatch(described))


def _notes_or_carried(line: TextLine, qty: Decimal | None) -> str:
    """"total" where the notes under the table begin ("NOTES:"); "furniture" for a sum carried to
    the next page ("Zwischensumme Übertrag": the table goes on); else ""."""
    if lx.NOTES.match(line.text.strip()):
        return "total"
    return "furniture" if qty is None and lx.CARRIED_OVER.search(line.text) else ""


def _count(text: str) -> bool:
    """A whole number, with unit words after it at most ("1000", "1000 pc")."""
    tokens = text.split()
    return bool(tokens) and tokens[0].isdigit() and all(lx.UNITS.match(t) for t in tokens[1:])

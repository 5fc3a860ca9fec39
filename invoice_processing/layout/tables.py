"""Product tables: rows under a column header, across pages, with wrapped descriptions attached.

A row is anchored on a line that carries the table's numbers (a quantity and a price or an
amount); lines of text only are parts of a description and go to the row they belong to: the
row below them when the table prints descriptions above the numbers, else the row above (also
across a page break). A table ends at a totals line (in any cell), and a later page continues
it under a repeated header. Lines of charges (shipping, tax, surcharges) are never rows.
"""

from __future__ import annotations

import re
from dataclasses import replace

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.body_items import body_item, body_item_at
from invoice_processing.layout.body_roles import by_body
from invoice_processing.layout.copies import drop_copies
from invoice_processing.layout.currency_wraps import joined_amounts
from invoice_processing.layout.edges import body_edges, body_numbered, body_starts
from invoice_processing.layout.entry_lines import joined_entries
from invoice_processing.layout.header_labels import Column, Header
from invoice_processing.layout.header_row import find_header, unpriced_header
from invoice_processing.layout.item_cards import item_cards
from invoice_processing.layout.label_roles import known_role
from invoice_processing.layout.labelled_entries import labelled_entries
from invoice_processing.layout.numbers import NumberFormat
from invoice_processing.layout.offered_tables import offered
from invoice_processing.layout.page_furniture import head_words, is_furniture, page_number, repeated_lines
from invoice_processing.layout.record_blocks import record_blocks
from invoice_processing.layout.rows import Item, Table
from invoice_processing.layout.two_up import single_panels
from invoice_processing.layout.wraps import run_over, settle
from invoice_processing.models import Page, TextLine


def _page_top(items: list[Item], first_row: Item, table: Table) -> list[Item]:
    """What a continued page prints before its first row that still belongs to the table: the run
    right over that row, its own description (printed above, or opened by its code: ``code_leads``)
    or the rest of the last row's broken by the page (standing where descriptions stand); a running
    head further up is neither."""
    kept = run_over(items, first_row)
    return kept if table.above or table.led_codes else [i for i in kept if _in_descriptions(i, table)]


def _in_descriptions(item: Item, table: Table) -> bool:
    """A text line standing where the table's descriptions stand (in the description's column, or
    starting where the wrapped descriptions of its rows start): on a page that continues a table,
    the rest of a description broken by the page, not the page's running head."""
    columns = table.columns
    if item.kind != "text" or not item.cells:
        return False
    if all(columns[index].role == lx.DESCRIPTION and cell.x0 >= columns[index].x0 - 2 for index, cell in item.cells):
        return True
    starts = {wrap.cells[0][1].x0 for row in table.rows[-8:] for wrap in row.below if wrap.cells}
    return not any(columns[index].numeric for index, _ in item.cells) and any(
        abs(item.cells[0][1].x0 - x) <= 2 for x in starts)


def read_tables(pages: tuple[Page, ...], fmt: NumberFormat) -> list[Table]:
    """Every product table of the document, in reading order."""
    tables: list[Table] = []
    table: Table | None = None
    # two panels side by side; items as blocks, as cards; numbers each with their own label; numbers on a line
    # of their own
    pages = joined_entries(labelled_entries(item_cards(record_blocks(single_panels(pages)), fmt)), fmt)
    pages = tuple(joined_amounts(page) for page in pages)  # a currency and its digits wrapped onto two lines
    furniture = repeated_lines(pages)
    head: set[str] = set()
    for page in pages:
        table = _read_page(page, table, tables, fmt, furniture, head)
    drop_copies(tables, pages)
    return _without_ledgers([t for t in tables if t.rows])


def _without_ledgers(tables: list[Table]) -> list[Table]:
    """Less an account's activity ("Date | ... | Charges | Payments") when another table bills by count and price."""
    counted = [t for t in tables if {c.role for c in t.columns} & {*lx.QTY_ROLES} and t.indexes(lx.PRICE)]
    return [t for t in tables if not counted or t in counted or {c.role for c in t.columns} & {*lx.QTY_ROLES, lx.PRICE}
            or not any(_PAYMENT.search(c.label) for c in t.columns)]


def _read_page(page: Page, table: Table | None, tables: list[Table], fmt: NumberFormat,
               furniture: frozenset[str] = frozenset(), head: set[str] | None = None) -> Table | None:
    """Read one page into ``tables``; the table still open at its end (continued on the next page).

    On a page that continues a table, what precedes its first row or repeated header is the page's
    running head (letterhead, "continued"), not description text.
    """
    lines = page.lines
    items: list[Item] = []
    carried = table is not None
    at = 0
    while at < len(lines):
        found = _repeated(_outside_descriptions(find_header(lines, at), table), lines, table if carried else None)
        header = _summary_or(found, tables)
        if found is not None and _ended(header, table, items, carried):
            items, table = [], None
            at = found.last + 1
            continue
        if header is not None:
            _note_head(head, tables, lines[:at])
            if table is not None:
                _close(table, items, carried)
                items, carried = [], False
            table = offered(_under(header, table, tables, lines[header.last + 1:], fmt), table, lines, header, tables)
            table.printed.update(" ".join(line.text.split()) for line in lines[header.first:header.last + 1])
            at = header.last + 1
            continue
        if table is None or is_furniture(lines[at], furniture, head if carried else None) or page_number(page, at):
            at += 1
            continue
        item, at = (None, at + 1) if found is None and _unpriced(lines[at], table, items) else body_item_at(
            lines, at, table, page.number, fmt)  # (backorders or a packing list under the products: not billed)
        if item is None:
            settle(table, items)
            items, table = [], None
        elif item.kind in ("row", "break") and carried:  # (a charge's line may come first: "TRF-CCOI ...")
            items = [*_page_top(items, item, table), item]
            carried = False
        elif item.kind != "skip":
            items.append(item)
    if table is not None:
        settle(table, [] if carried else items, ends=False)
    return table


def _outside_descriptions(header: Header | None, table: Table | None) -> Header | None:
    """``header``, unless all its labels stand inside the open table's description column (a
    wrapped description's words that name columns: "ON EACH UNIT" under "LETTUCE ... LABEL")."""
    if header is None or table is None:
        return header
    left, right = min(c.x0 for c in header.columns), max(c.x1 for c in header.columns)
    for index, column in enumerate(table.columns):
        if column.role != lx.DESCRIPTION:
            continue
        after = min((c.x0 for c in table.columns[index + 1:] if c.x0 > column.x1), default=float("inf"))
        if column.x0 - 2.0 <= left and right < after:
            return None
    return header


def _unpriced(line: TextLine, table: Table, items: list[Item]) -> bool:
    """A header naming products and counts but no price under the table's rows: the table ends."""
    return bool(table.rows or items) and unpriced_header(line)


def _note_head(head: set[str] | None, tables: list[Table], over: tuple[TextLine, ...]) -> None:
    """Keep the words printed over the document's first table (its running head on later pages)."""
    if not tables and head is not None:
        head.update(word for line in over for word in head_words(line))


def _ended(header: Header | None, table: Table | None, items: list[Item], carried: bool) -> bool:
    """Settle ``table`` at a summary's header ("Tax | Base | Amount", read as no ``header``) under
    its rows, and say so; False, touching nothing, for a product table's header or when no row was
    read yet (the summary's labels among a tall header's)."""
    if header is not None or table is None or not (table.rows or any(item.kind == "row" for item in items)):
        return False
    settle(table, [] if carried else items)
    return True


def _repeated(header: Header | None, lines: tuple[TextLine, ...], table: Table | None) -> Header | None:
    """A continued page's header without a last line that is one label the table it continues
    never printed ("Details" under "Code | UPC | Shp ..."): that line is the rest of a description
    broken by the page, read as body text."""
    if header is None or table is None:
        return header
    last = lines[header.last]
    label = " ".join(last.text.split())
    if header.last == header.first or len(last.cells) != 1 or label in table.printed or label in {
            c.label for c in table.columns}:
        return header
    return Header(tuple(c for c in header.columns if c.label != label), header.first, header.last - 1)


_PRODUCT = {lx.DESCRIPTION, lx.CODE, lx.UPC, *lx.QTY_ROLES}
# a tax breakdown's columns: "Jurisdiction", "Tax authority", "Tax, Fee or Surcharge Name"
_TAX_AUTHORITY = re.compile(r"(?:tax(?:ing)?\s*)?jurisdiction|tax\s*authority|surcharge", re.I)
# a tax summary's base amount: "Taxable amount", "Imponibile", "Base imponible", "Steuerpflichtiger Betrag"
_TAX_BASE = re.compile(r"\b(?:taxable|imponibile|imponible|base\s*ht|grondslag|bemessungsgrundlage|"
                       r"steuerpflichtig)", re.I)
_PAYMENT = re.compile(r"\b(?:method|payments?|paid|transaction|card)\b", re.I)  # "Method | Date | Total": payments


def _summary_or(header: Header | None, tables: list[Table]) -> Header | None:
    """None for a header that names neither a product nor a quantity, or names a payment, under a
    document whose product table named them ("Country of origin | Commodity code | Total NET | NET
    weight", "Method | Date | Total" after the totals; "Gravado | Impuestos | Sub Total | IVA": totals named
    as columns, no count nor price): a summary of the invoice, not more products."""
    totals = header is not None and not header.roles() & {lx.PRICE, *lx.QTY_ROLES} and (any(
        c.role == lx.AMOUNT and lx.TOTALS.match(c.label) for c in header.columns) and not any(
        known_role(c.label) in (lx.DESCRIPTION, lx.CODE) for c in header.columns)  # ("Concepto | Base Imponible")
        or (lx.TAX in header.roles() and any(_TAX_BASE.search(c.label) for c in header.columns) and any(
            {c.role for c in t.columns} & {lx.PRICE, *lx.QTY_ROLES} for t in tables)))
    # (a tax breakdown: "Charge Name | Tax, Fee or Surcharge Name | Jurisdiction | Charge Amount | Tax ... Amount")
    totals = totals or header is not None and not header.roles() & {lx.PRICE, *lx.QTY_ROLES} and any(
        _TAX_AUTHORITY.match(c.label) for c in header.columns)
    # ("Imponibile/Taxable amount | Al.IVA | Importo IVA | Totale merce / Goods amount" under a table of counts and
    # prices: the tax summary's; services billed by their "Base Imponible" print no count nor price in any table)
    if header is None or (header.roles() & _PRODUCT and not totals and not any(
            _PAYMENT.search(c.label) for c in header.columns)):
        return header
    named = any({c.role for c in t.columns} & _PRODUCT for t in tables)
    return None if named else header


def _close(table: Table, items: list[Item], carried: bool) -> None:
    """Settle the open table where another header starts: at a page's top (``carried``) what
    preceded it was the running head; further down the page, text over the header is a note,
    not the next table's first description."""
    settle(table, [] if carried else items)
    if not carried:
        table.pending = []


def _under(header: Header, table: Table | None, tables: list[Table], body: tuple[TextLine, ...],
           fmt: NumberFormat) -> Table:
    """The table a header heads: the open one again when it repeats its columns, else a new one
    (added to ``tables``, where its ``body`` says its numbers end)."""
    if table is not None and _same_columns(table.columns, header):
        if not _follow(table, header):
            _laid_out_again(table, header, body, fmt)
        return table
    # a repeated header with other labels still prints descriptions the same way
    # and a description run left at the foot of the last page goes on to its first row
    earlier = table if table is not None else (tables[-1] if tables else None)  # a document prints alike
    new = Table(by_body(header.columns, body, fmt), above=earlier.above if earlier is not None else None,
                printed=set(earlier.printed) if earlier is not None else set())  # header lines seen so far
    new.edges.update(body_edges(new.columns, body, fmt))
    new.starts.update(body_starts(new.columns, body))
    new.numbered = body_numbered(new.columns, body)
    if table is not None and table.led_codes:  # (entries opened by their code: one begun at the last page's foot)
        new.led_codes, new.leading, table.leading = True, table.leading, []
    for item in table.pending if table is not None else []:  # read again under the new columns
        again = body_item(item.line, new, item.page, fmt, wide_text=True)
        new.pending.append(again if again is not None and again.kind == "text" else item)
    if table is not None and table.rows and table.above is False:
        texts = [i for i, c in enumerate(table.columns) if c.role == lx.DESCRIPTION] or [
            i for i, c in enumerate(table.columns) if not c.numeric]
        new.previous = (table.rows[-1], texts[0]) if texts else None
    tables.append(new)
    return new


def _follow(table: Table, header: Header) -> bool:
    """A repeated header whose labels stand elsewhere than the last time (a page's table laid out
    again to its own contents): the table's columns move with their labels (where its rows' numbers
    end is still known from the rows, and learnt again from this page's). Only labels printed the
    same are followed ("Net" for "Your Price" is another width, not another place)."""
    if [c.label for c in header.columns] != [c.label for c in table.columns]:
        return False
    moves = [b.x0 - a.x0 for a, b in zip(table.columns, header.columns, strict=True)]
    if all(abs(move) < 1.0 for move in moves) or any(  # each label as wide as before: moved, not set otherwise
            abs((b.x1 - b.x0) - (a.x1 - a.x0)) > 1.0 for a, b in zip(table.columns, header.columns, strict=True)):
        return False
    table.columns = tuple(replace(c, x0=c.x0 + move, x1=c.x1 + move) for c, move in zip(table.columns, moves,
                                                                                       strict=True))
    table.placed_lines.clear()
    return True


def _laid_out_again(table: Table, header: Header, body: tuple[TextLine, ...], fmt: NumberFormat) -> None:
    """A repeated header naming the same columns in the same order, its numbers' labels standing
    clear of where they stood (a landscape page after portrait ones, "Description (cont.)" for
    "Description"): the columns stand where this header puts them, keeping the first page's labels
    and roles, and where this page's numbers end and texts start is learnt from its body."""
    old, new = table.columns, header.columns
    if [c.role for c in old] != [c.role for c in new] or not any(
            a.numeric and abs(a.x0 - b.x0) > 4 and abs(a.x1 - b.x1) > 4 for a, b in zip(old, new, strict=True)):
        return
    table.columns = tuple(replace(a, x0=b.x0, x1=b.x1) for a, b in zip(old, new, strict=True))
    table.placed_lines.clear()
    table.edges.clear()
    table.edges.update(body_edges(table.columns, body, fmt))
    table.starts.clear()
    table.starts.update(body_starts(table.columns, body))


def _same_columns(columns: tuple[Column, ...], header: Header) -> bool:
    """The same table's header again: the same roles, or the same numeric columns where they
    stood (a later page's abbreviated labels, "List | Net | Ext" for "List Price | Your Price |
    Your Extd Price": the first page's fuller labels keep deciding)."""
    if [c.role for c in columns] == [c.role for c in header.columns]:
        return True
    if len(columns) == len(header.columns) >= 3 and all(
            abs(a.x0 - b.x0) <= 4 for a, b in zip(columns, header.columns, strict=True)):
        return True  # every column where it stood, some named otherwise ("Net" for "Your Price")
    old = [c.x0 for c in columns if c.numeric]
    new = [c.x0 for c in header.columns if c.numeric]
    return len(old) == len(new) >= 2 and all(abs(a - b) <= 4 for a, b in zip(old, new, strict=True))

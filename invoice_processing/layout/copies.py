"""Copies of an invoice printed in the same file: a page that prints an earlier page's rows again and
says it is a copy ("DUPLICADO", "CUSTOMER COPY"), or prints the same text; an invoice printed twice on
one page (the customer's copy under the office's, "--- CUT HERE ---" between them). Their rows are not
ordered twice."""

from __future__ import annotations

import re

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.rows import Row, Table
from invoice_processing.models import Page, TextLine

_COPY = re.compile(r"\b(?:cop(?:y|ie|ia)|duplicate|duplicado|duplicata|triplicate|triplicado|kopie|zweitschrift)\b",
                   re.I)
_ORIGINAL = re.compile(r"\boriginal\b", re.I)


def _marked_copy(texts: dict[int, list[str]], page: int, earlier: int) -> bool:
    """True when ``page`` says it is a copy ("DUPLICADO", "TRIPLICADO") and prints the earlier page's
    text but for the words that name each one (an invoice printed as original and copies)."""
    def unmarked(number: int) -> list[str]:
        return [text for text in texts.get(number, []) if not (_COPY.search(text) or _ORIGINAL.search(text))]
    return any(_COPY.search(text) for text in texts.get(page, [])) and unmarked(page) == unmarked(earlier)


def _same_text(page: list[str], earlier: list[str]) -> bool:
    """The same text, or all of it but one line that one of the two prints with a mark more (a clerk's
    "U:5457" before the footer's "Página 1 de 1"), on pages of ten lines or more; never pages whose
    page numbers differ ("Seite 2 von 5", "Seite 3 von 5": a table's pages)."""
    if page == earlier:
        return True
    if len(page) != len(earlier) or len(page) < 10:
        return False
    differing = [(a, b) for a, b in zip(page, earlier, strict=True) if a != b]
    return len(differing) == 1 and any(" ".join(x.split()) in " ".join(y.split()) for x, y in (
        differing[0], differing[0][::-1]))


def drop_copies(tables: list[Table], pages: tuple[Page, ...]) -> None:
    """Leave out the rows of a page that prints exactly the rows of an earlier page and is a copy of
    it (it says so, "CUSTOMER COPY", or prints the same text): the same products are not ordered
    twice. Two stores' pages with the same rows are two orders."""
    texts = {page.number: [line.text for line in page.lines] for page in pages}
    by_page: dict[int, list[tuple[tuple[int, str], ...]]] = {}
    for table in tables:
        for row in table.rows:
            by_page.setdefault(row.page, []).append(_printed_row(row, table))
    seen: list[tuple[int, list[tuple[tuple[int, str], ...]]]] = []
    copies: set[int] = set()
    for page, rows in sorted(by_page.items()):
        earlier = [number for number, printed in seen if printed == rows]
        if earlier and (_same_text(texts.get(page, []), texts.get(earlier[0], [])) or (len(rows) >= 2 and any(
                _COPY.search(text) for text in texts.get(page, []))) or _marked_copy(texts, page, earlier[0])):
            copies.add(page)
        seen.append((page, rows))
    for table in tables if copies else ():
        table.rows = [row for row in table.rows if row.page not in copies]
    _drop_printed_twice(tables, {page.number: page.lines for page in pages})


def _drop_printed_twice(tables: list[Table], lines: dict[int, tuple[TextLine, ...]]) -> None:
    """Leave out a table that prints an earlier table's rows again on the same page, under the lines
    printed over the earlier one (its letterhead, number and customer): the same invoice twice."""
    kept: list[Table] = []
    for table in tables:
        if table.rows and any(_printed_again(earlier, table, lines) for earlier in kept):
            table.rows = []
        elif table.rows:
            kept.append(table)


def _printed_again(earlier: Table, table: Table, lines: dict[int, tuple[TextLine, ...]]) -> bool:
    page = earlier.rows[0].page
    if {row.page for row in (*earlier.rows, *table.rows)} != {page} or _printed(earlier) != _printed(table):
        return False
    top, end, start = earlier.rows[0].line.y, earlier.rows[-1].line.y, table.rows[0].line.y
    over = [" ".join(line.text.split()) for line in lines.get(page, ()) if line.y < top]
    between = {" ".join(line.text.split()) for line in lines.get(page, ()) if end < line.y < start}
    return len(over) >= 2 and sum(text in between for text in over) >= 0.8 * len(over)


def _printed(table: Table) -> list[tuple[tuple[int, str], ...]]:
    return [_printed_row(row, table) for row in table.rows]


def _printed_row(row: Row, table: Table) -> tuple[tuple[int, str], ...]:
    """A row as printed: its cells' texts by column, in column order, but for columns naming nothing
    of the product, its count or price (a warehouse's route code may differ from copy to copy)."""
    return tuple(sorted((index, text) for index, text in row.values.items()
                        if table.columns[index].role not in (lx.OTHER, "")))

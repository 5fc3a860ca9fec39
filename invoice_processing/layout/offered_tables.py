"""A table of options rather than billed lines: a heading over (or read into) its column header says its rows
are not in the total ("Optioneel (niet inbegrepen in het totaal)", "Optional items"), that it is printed for
reference, or names Odoo's "Optional Products" over a table that prints no amounts; or a summary of the lines a
table of counts or prices above it bills ("TIMEKEEPER SUMMARY | Timekeeper | Hours | Rate | Amount")."""

from __future__ import annotations

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.header_labels import Header
from invoice_processing.layout.remark_words import OPTIONAL_GOODS, SUMMARY_HEADING
from invoice_processing.layout.rows import Table
from invoice_processing.models import TextLine


def offered(opened: Table, table: Table | None, lines: tuple[TextLine, ...], header: Header,
            tables: list[Table]) -> Table:
    """``opened``, marked as a list of options when a heading over its header (or read into its first line)
    says they are not in the total ("Optioneel (niet inbegrepen in het totaal)"), that it is printed for
    reference, or "Optional Products" over a table without amounts; or that it sums up an earlier table's lines."""
    headings = [lines[at].text.strip() for at in (header.first - 1, header.first) if at >= 0]  # (or read into it)
    if opened is not table and any(lx.OPTIONS_HEADING.match(h) or lx.NOT_BILLED_HEADING.search(h) or (
            OPTIONAL_GOODS.match(h) and not opened.indexes(lx.AMOUNT)) or (SUMMARY_HEADING.match(h) and any(
            t is not opened and t.indexes(lx.PRICE, *lx.QTY_ROLES) for t in tables)) for h in headings):
        opened.offered = True
    return opened

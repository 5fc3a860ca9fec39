"""Item texts as the sheet gets them: the quotes and primes a typesetter curls are written plain."""

from __future__ import annotations

from invoice_processing.models import Backend, Document, Page
from invoice_processing.vendors import interpret
from test_scripts.unit.layout.lines import line


def test_items_are_written_with_plain_quotes_whichever_program_curled_them():
    lines = (line(40, (40, "Harbour Books Ltd")), line(60, (40, "Invoice No: HB-1042")),
             line(70, (40, "Date: 2025-03-14")),
             line(100, (40, "Description"), (300, "Qty"), (380, "Price"), (460, "Amount")),
             line(114, (40, "Charlotte’s Web"), (300, "8"), (380, "5.39"), (460, "43.12")),
             line(128, (40, "Vase 8”H, “Blue”"), (300, "2"), (380, "4.00"), (460, "8.00")))
    invoice = interpret(Document((Page(1, lines),), Backend.LOCAL))
    assert [item.item for item in invoice.line_items] == ["Charlotte's Web", 'Vase 8"H, "Blue"']

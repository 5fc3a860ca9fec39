"""Whether a page is a purchase order by its title ("PURCHASE ORDER", "Bestellung"): its supplier, not its
letterhead, is then the seller (``named_suppliers``), and its date the order's (``header``)."""

from __future__ import annotations

from invoice_processing.layout import field_labels as fl
from invoice_processing.layout.field_values import compiled
from invoice_processing.layout.fields import PageView

_PO_TITLE = compiled(fl.PO_TITLE)
_OTHER_TITLE = compiled(fl.OTHER_TITLE)
_INVOICE_WORD = compiled(rf"\W*(?:{fl.DOCUMENT_WORD})\W*")


def is_purchase_order(view: PageView) -> bool:
    """A purchase order's title in the page's first lines ("PURCHASE ORDER", "Re: Purchase Order No.
    ..."), unless another document's title tops it in bigger type ("Receipt" over a field
    "Purchase Order | 1110JPRINCE": the receipt names the buyer's order)."""
    titles = [p for row in view.rows[:12] for p in row if _PO_TITLE.match(p.text)]
    if not titles:
        return False
    size, first = max(view.lines[p.row].size for p in titles), min(p.row for p in titles)
    # (or an invoice's title alone above it, as big: "Rechnung | 90-2025-1147" over "Bestellung | 4711/25 vom ...")
    return not any(view.lines[p.row].size > size and _OTHER_TITLE.match(p.text) or p.row < first and view.lines[
        p.row].size >= size and _INVOICE_WORD.fullmatch(p.text) for row in view.rows[:12] for p in row)

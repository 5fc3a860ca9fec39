"""Whether a page is a purchase order by its title ("PURCHASE ORDER", "Bestellung"): its supplier, not its
letterhead, is then the seller (``named_suppliers``), and its date the order's (``header``)."""

from __future__ import annotations

from invoice_processing.layout import field_labels as fl
from invoice_processing.layout.field_values import compiled, whole_words
from invoice_processing.layout.fields import PageView, Phrase
from invoice_processing.vendors.number_forms import INVOICE_TITLE

_PO_TITLE = compiled(fl.PO_TITLE)
_OTHER_TITLE = compiled(fl.OTHER_TITLE)
# an invoice's word as a whole word ("Rechnung Nr. 2025-0117"; not "Rechnungsadresse")
_INVOICE_WORD = compiled(rf"\W*{whole_words(fl.DOCUMENT_WORD).pattern}")


def is_purchase_order(view: PageView) -> bool:
    """A purchase order's title in the page's first twelve lines ("PURCHASE ORDER", "Re: Purchase Order No.
    ..."), or a letter's subject under its window, over the first table (rows 12 to 20) on a page that names no
    invoice (DIN 5008 sets it bold at the body's size), unless another document's title tops it in bigger type
    ("Receipt" over a field "Purchase Order | 1110JPRINCE": the receipt names the buyer's order) or an invoice's
    field stands near it ("Rechnung" over "Bestellung Nr. ...")."""
    stop = min(min(view.table_rows(), default=0), 20)
    titles = [p for row in view.rows[:12] for p in row if _PO_TITLE.match(p.text)]
    if not titles and not any(_INVOICE_WORD.match(p.text) for row in view.rows[:stop] for p in row):
        titles = [row[0] for row in view.rows[12:stop]  # (a subject opens its line; never "Ihre Referenz | Bestellung")
                  if row and _PO_TITLE.match(row[0].text) and view.lines[row[0].row].size >= view.body_size]
    if not titles:
        return False
    top = view.rows[:max(12, stop)]
    size, first = max(view.lines[p.row].size for p in titles), min(p.row for p in titles)
    return not any(view.lines[p.row].size > size and _OTHER_TITLE.match(p.text) or (
        p.row < first or first >= 12) and view.lines[p.row].size >= size and _invoice_field(row, at)
        for row in top for at, p in enumerate(row))


def _invoice_field(row: list[Phrase], at: int) -> bool:
    """An invoice's word alone on its line ("Rechnung" over "Bestellung Nr. 4711 vom ...") or with its number right
    of it ("Rechnung | 90-2025-1147" over "Bestellung | 4711/25 vom ..."): the invoice's title or field, the order
    the buyer's (never a billing address's heading beside a delivery address's, "Lieferung | Rechnung")."""
    return bool(INVOICE_TITLE.fullmatch(row[at].text.strip(" :"))) and (len(row) == 1 or at + 1 < len(row) and any(
        ch.isdigit() for ch in row[at + 1].text))

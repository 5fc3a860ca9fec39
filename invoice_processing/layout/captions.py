"""Values printed over their captions: a row of labels (no digits) each right under a value with digits
("TB-250419 | 4 April 2025" over "INVOICE NUMBER | DATE"), maybe in a grid of such pairs ("F250318 | 18 februari
2025" over "factuurnummer | factuurdatum", then "PB-25-04172 | 14-02-2025" over "pakbon | leverdatum"). A grid
read label over value ("Invoice No. | Date" over "INV-1 | 1/1/25") ends in a row of values instead."""

from __future__ import annotations

from invoice_processing.layout.fields import PageView, Phrase, overlap


def captioned_value(view: PageView, label: Phrase) -> Phrase | None:
    """The value ``label`` captions from over it, else None: its own value stands under it (a grid read label
    over value), unless the grid of value and caption rows it is part of ends in captions."""
    row = label.row
    for above in (row - 1, row - 2):  # (the row right over the labels, or the one over it: a name set big between)
        if above < 0 or not view.near(above, row):
            continue
        pairs = _captions(view, above, row)
        if label not in pairs or len(pairs) < 2:
            continue
        under = [u for u in view.rows[row + 1] if not _heading(u)] if view.near(row, row + 1) else []
        values_under = sum(1 for u in under if any(overlap(u, p) > 0 for p in pairs))
        own = any(overlap(u, label) > 0 and ":" not in u.text for u in under)  # (its own value: a grid)
        under_it = own or values_under >= max(2, len(pairs) - 1)
        return pairs[label] if not under_it or _ends_in_captions(view, row) else None
    return None


def _captions(view: PageView, above: int, row: int) -> dict[Phrase, Phrase]:
    """The labels of ``row`` (no digits) each under one value with digits of row ``above``, with it."""
    return {p: over[0] for p in view.rows[row] if not any(ch.isdigit() for ch in p.text) and len(
        over := [v for v in view.rows[above] if overlap(v, p) > 0]) == 1 and any(
        ch.isdigit() for ch in over[0].text)}


def _ends_in_captions(view: PageView, row: int) -> bool:
    """Whether the grid of value and label rows that ``row`` (labels) is part of ends in a row of labels under
    its values: each label row under values, and nothing printed right under the last (a grid read label over
    value ends in values, with digits or without: "Salesperson | Ship Via" over "Anna Berg | DHL Express")."""
    while view.near(row, row + 1) and view.near(row + 1, row + 2) and len(_captions(view, row + 1, row + 2)) >= 2:
        row += 2
    if not view.near(row, row + 1):
        return True
    # (or only a block under one of them: "INVOICE TO" over the customer's address, beside "DELIVERY NOTE | TERMS")
    under = [u for u in view.rows[row + 1] if not _heading(u)]
    return sum(1 for p in _captions(view, row - 1, row) if any(overlap(u, p) > 0 for u in under)) == 0


def _heading(phrase: Phrase) -> bool:
    """A block's heading in capitals ("FORMA DE PAGO", "CLIENTE"): no value of a grid."""
    return phrase.text.isupper() and not any(ch.isdigit() for ch in phrase.text)

"""Remarks among a table's rows made of labels: "Label: value" pairs ("Req Date: 4/1/2025  Whse: MEM1"), and
the labels of the table's number columns printed again over a card's numbers. No text of a row."""

from __future__ import annotations

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.label_roles import role_of
from invoice_processing.layout.rows import Table
from invoice_processing.models import TextLine


def labelled_values(words: list[str]) -> bool:
    """True when the words are only "Label: value" pairs, two or more ("Req Date: 4/1/2025 Whse:
    MEM1 Disp: ALLOCATED"); a title with a colon or two ("Harbor: A Winter") is text."""
    labels = [at for at, word in enumerate(words) if word.endswith(":") and len(word) > 2]
    if len(labels) < 2 or labels[0] > 1:
        return False
    gaps = [b - a - 1 for a, b in zip(labels, labels[1:], strict=False)] + [len(words) - labels[-1] - 1]
    values = [words[at + 1] for at in labels if at + 1 < len(words)]  # a value reads as one: a date, a code
    return all(1 <= gap <= 2 for gap in gaps) and all(
        any(ch.isdigit() for ch in value) or (value.isupper() and len(value) >= 2) for value in values)


def labels_again(line: TextLine, table: Table) -> bool:
    """True when the line is the labels of some of the table's number columns printed again, each
    over its own column ("Qty | List | Extended" small over each card's numbers): no text of a row."""
    numeric = [c for c in table.columns if c.numeric]
    if len(line.cells) < 2 or any(ch.isdigit() for ch in line.text):
        return False
    return all(role_of(cell.text) in lx.NUMERIC_ROLES and any(
        role_of(cell.text) == c.role and min(cell.x1, c.x1) - max(cell.x0, c.x0) > 0 for c in numeric)
        for cell in line.cells)


def labelled_cells(line: TextLine, table: Table) -> bool:
    """True when every cell of the line is one "Label: value" (a label of up to three words), two
    or more, with a number among the values ("Ship Window: 11/30/2025 - 12/30/2025 | Country of
    Origin: China") or printed smaller than the rows ("Color: Multi | Size: O/S" in small type): a
    remark of labelled values; "Color: Red | Size: M" in the rows' own type stays the description's."""
    texts: list[str] = []
    for cell in line.cells:  # "Size:" | "12 x 12 in": a label and its value set apart
        if texts and texts[-1].endswith(":"):
            texts[-1] += " " + cell.text
        else:
            texts.append(cell.text)
    if len(texts) < 2:
        return False
    parts = [text.partition(":") for text in texts]
    if not all(colon and value.strip() and 1 <= len(label.split()) <= 3 and label[:1].isupper()
               for label, colon, value in parts):
        return False
    smaller = line.size < 0.9 * table.row_size
    return smaller or any(any(ch.isdigit() for ch in value) for _, _, value in parts)

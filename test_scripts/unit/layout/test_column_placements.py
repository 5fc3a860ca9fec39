"""A line's cells placed in the table's columns: numbers by where the column's numbers end."""

from __future__ import annotations

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.columns import placements
from invoice_processing.layout.header_labels import Column
from invoice_processing.layout.numbers import POINT
from test_scripts.unit.layout.lines import printed

# a title column widened by its long titles up to a left-aligned amount label the amounts end short of
_COLUMNS = (Column(lx.QTY, 20, 34, "Qty"), Column(lx.CODE, 40, 60, "ISBN"),
            Column(lx.DESCRIPTION, 120, 758, "Title"), Column(lx.AMOUNT, 759, 790, "Amount"))
_EDGES = {0: 34.0, 3: 757.1}  # where each numeric column's numbers end on the other rows


def _placed(amount_end: float) -> dict[str, list[str]]:
    line = printed(160, 8.25, (30, 34, "2"), (40, 60, "9780062"), (120, 330, "Another Book Title"),
                   (731.0, amount_end, "$23.91"))
    placed = placements(line, _COLUMNS, POINT, _EDGES)
    return {_COLUMNS[i].label: [c.text for c in cells] for i, cells in placed.items()}


def test_an_amount_ending_where_the_columns_amounts_end_is_the_amount():
    assert _placed(757.1)["Amount"] == ["$23.91"]


def test_an_amount_ending_a_narrow_digit_short_of_the_columns_edge_is_still_the_amount_not_title_text():
    placed = _placed(755.8)  # a proportional "1" ends it 1.3 points short of the "5" the others end in
    assert placed["Amount"] == ["$23.91"]
    assert placed["Title"] == ["Another Book Title"]

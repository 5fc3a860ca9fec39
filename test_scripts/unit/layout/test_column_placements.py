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


def test_a_currency_under_a_left_aligned_label_leads_the_amount_set_right_of_it():
    # "Tarief" and "Totaal" left-aligned over "EUR ..... 5.440,00": the currency marks the column
    from invoice_processing.layout.numbers import COMMA
    columns = (Column(lx.DESCRIPTION, 77, 139, "Omschrijving"), Column(lx.QTY, 298, 327, "Aantal"),
               Column(lx.PRICE, 337, 363, "Tarief"), Column(lx.TAX, 432, 454, "BTW"),
               Column(lx.AMOUNT, 462, 490, "Totaal"))
    line = printed(422.7, 10.1, (299.1, 315.1, "1,00"), (337.1, 355.2, "EUR"), (390.4, 424.2, "5.440,00"),
                   (431.5, 448.5, "21%"), (462.7, 480.8, "EUR"), (516.4, 550.2, "5.440,00"))
    placed = {columns[i].label: [c.text for c in cells] for i, cells in placements(line, columns, COMMA).items()}
    assert placed == {"Aantal": ["1,00"], "Tarief": ["5.440,00"], "BTW": ["21%"], "Totaal": ["5.440,00"]}

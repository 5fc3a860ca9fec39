"""A currency and its digits wrapped onto two lines in a narrow column."""

from __future__ import annotations

from invoice_processing.layout.currency_wraps import joined_amounts
from invoice_processing.models import Page
from test_scripts.unit.layout.lines import line


def test_a_currency_at_a_names_end_takes_the_number_under_it():
    page = Page(1, (line(456, (69, "2 of:"), (95, "The Haystack Syndrome,"), (518, "CDN$")),
                    line(468, (69, "Eliyahu M"), (518, "28.91"))))
    joined = joined_amounts(page)
    assert [line.text for line in joined.lines] == ["2 of:  The Haystack Syndrome,  CDN$ 28.91", "Eliyahu M"]
    assert [w.text for w in joined.lines[0].words][-1] == "CDN$ 28.91"  # the line's other words are kept


def test_a_row_of_currencies_under_a_header_is_left_alone():
    page = Page(1, (line(327, (411, "Einzelpreis"), (510, "Gesamt")), line(337, (411, "EUR"), (510, "EUR")),
                    line(347, (157, "Kaffeebecher"), (432, "14,50"), (505, "348,00"))))
    assert joined_amounts(page) is page

"""Typed cells for appendCells, and what makes two invoices the same."""

from __future__ import annotations

from invoice_processing.sheets.cells import expected, serial, typed_row
from invoice_processing.sheets.content import fingerprint, invoice_id

ROWS = [["01/17/2025", "Acme", "A-1", "HT-1 - Brass Hook", "4.995", 2], ["01/17/2025", "Acme", "A-1", "Y", "3.00", 1]]


def test_text_goes_as_string_values_and_numbers_as_numbers():
    cells = typed_row(["01/17/2025", "Acme", "'00123", "'=cmd", "4.995", 12])["values"]
    assert cells[0] == {}  # column A stays empty
    assert cells[1]["userEnteredValue"] == {"numberValue": serial("01/17/2025")} == {"numberValue": 45674}
    assert cells[1]["userEnteredFormat"]["numberFormat"]["type"] == "DATE"
    assert [c["userEnteredValue"] for c in cells[2:5]] == [
        {"stringValue": "Acme"}, {"stringValue": "00123"}, {"stringValue": "=cmd"}]  # the text mark is dropped
    assert cells[5]["userEnteredValue"] == {"numberValue": 4.995}
    assert cells[6]["userEnteredValue"] == {"numberValue": 12}


def test_a_missing_date_is_an_empty_cell_and_an_odd_one_stays_text():
    assert typed_row(["", "Acme", "A", "x", "1", 1])["values"][1] == {}
    assert typed_row(["2025", "Acme", "A", "x", "1", 1])["values"][1] == {"userEnteredValue": {"stringValue": "2025"}}


def test_expected_cells_compare_with_what_sheets_reads_back():
    assert expected(ROWS[0]) == ["", "45674", "Acme", "A-1", "HT-1 - Brass Hook", "4.995", "2"]
    assert expected(ROWS[1])[5] == "3"


def test_the_same_lines_in_another_order_or_file_are_the_same_invoice():
    assert fingerprint(ROWS) == fingerprint(list(reversed(ROWS)))
    assert fingerprint(ROWS) == fingerprint([[*r[:3], "'" + str(r[3]), "4.9950" if r[4] == "4.995" else r[4], r[5]]
                                             for r in ROWS])
    assert fingerprint([["02/01/2025", *ROWS[0][1:]], ROWS[1]]) == fingerprint(ROWS)  # the date does not count


def test_other_lines_quantities_or_numbers_are_another_invoice():
    assert fingerprint(ROWS) != fingerprint(ROWS[:1])
    assert fingerprint(ROWS) != fingerprint([ROWS[0], [*ROWS[1][:5], 2]])
    assert fingerprint(ROWS) != fingerprint([[*r[:2], "A-2", *r[3:]] for r in ROWS])
    assert invoice_id("Acme ", " a-1") == invoice_id("ACME", "A-1")

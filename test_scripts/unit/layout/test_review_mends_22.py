"""Cases a review of the twenty-second session's rules found: each reads as it did before those rules, or
as the rule meant it to."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from invoice_processing.layout.numbers import POINT
from invoice_processing.layout.printed_codes import codes_in_names
from invoice_processing.layout.products import ProductLine, product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Page, TextLine
from invoice_processing.normalize import parse_date
from invoice_processing.vendors.header_numbers import find_invoice_number
from invoice_processing.vendors.issuer import find_vendor
from invoice_processing.vendors.issuer_names import clean, name_like
from test_scripts.unit.layout.lines import line


def products(lines: list[TextLine]) -> list[ProductLine]:
    return [p for table in read_tables((Page(1, tuple(lines)),), POINT) for p in product_lines(table, POINT)]


def test_feet_are_a_quantitys_unit_not_forints():
    lines = [line(100, (40, "Description"), (300, "Qty"), (380, "Price"), (460, "Amount")),
             line(114, (40, "Chain link fence"), (300, "50 Ft"), (380, "2.00"), (460, "100.00")),
             line(128, (40, "Garden hose"), (300, "25 Ft"), (380, "1.00"), (460, "25.00"))]
    assert [(p.qty, p.price) for p in products(lines)] == [(50, Decimal("2.00")), (25, Decimal("1.00"))]


def test_sizes_and_packs_in_brackets_are_no_codes():
    assert codes_in_names(["Photo Frame (8X10)", "Canvas Print (16X20)", "Poster (11X14)"]) == [
        ("", "Photo Frame (8X10)"), ("", "Canvas Print (16X20)"), ("", "Poster (11X14)")]
    assert codes_in_names(["Soy Candle (12OZ)", "Soy Candle (16OZ)", "Tape (2-PACK)"])[0] == ("", "Soy Candle (12OZ)")


def test_a_price_equal_to_the_amount_on_rows_of_one_unit_says_nothing_of_the_column():
    head = line(100, (40, "Product"), (300, "Quantity"), (380, "Price"), (460, "Line Total"))
    rows = [line(114, (40, "Napkin Set"), (300, "1"), (380, "£18.00"), (460, "£18.00")),
            line(128, (40, "Tea Towel BOGOF"), (300, "2"), (380, "£9.00"), (460, "£9.00")),
            line(142, (40, "Apron"), (300, "1"), (380, "£22.00"), (460, "£22.00"))]
    assert [(p.price, p.mismatch) for p in products([head, *rows])][1] == (Decimal("9.00"), True)


def test_a_greeting_is_one_first_name_and_a_company_may_start_with_its_word():
    assert not name_like("Hi Maggie") and not name_like(clean("Dear Tom,"))
    assert name_like("Hi-Tec Sports UK Ltd") and name_like("Hello Baby Boutique Ltd") and name_like("Dear Lottie Ltd")
    lines = [line(40, (40, "Hi-Tec Sports UK Ltd"), size=16), line(60, (40, "12 Mill Lane, Leeds LS1 2AB")),
             line(100, (40, "Bill To:"), (300, "Invoice No: 4471")), line(112, (40, "Harbour Gifts"))]
    assert find_vendor(lines) == "Hi-Tec Sports UK Ltd"


def test_account_numbers_are_no_invoice_numbers():
    lines = [line(40, (40, "Számla"), size=20), line(60, (40, "Számlaszám: 11773016-01234567")),
             line(72, (300, "Számla sorszáma:"), (400, "E-MNT-2024-12"))]
    assert find_invoice_number(lines) == "E-MNT-2024-12"
    assert find_invoice_number([line(40, (40, "ΤΙΜΟΛΟΓΙΟ"), size=20),
                                line(60, (40, "Αριθμός Λογαριασμού: 0026.0123.45.0200123456"))]) != \
        "0026.0123.45.0200123456"
    lines = [line(40, (40, "Счет № 40702810900000012345")), line(60, (40, "Счет на оплату № 1057 от 12 мая 2024 г."))]
    assert find_invoice_number(lines) == "1057"


def test_packing_tape_is_a_product_and_a_case_is_no_codes_end():
    lines = [line(100, (40, "Item"), (120, "Description"), (300, "Qty"), (380, "Price"), (460, "Amount")),
             line(114, (40, "MUG12"), (120, "Stoneware Mug"), (300, "6"), (380, "2.00"), (460, "12.00")),
             line(123, (40, "CS6")),
             line(140, (40, "TP48"), (120, "Add Packing Tape 48mm"), (300, "6"), (380, "2.00"), (460, "12.00"))]
    assert [(p.code, p.description) for p in products(lines)] == [
        ("MUG12", "Stoneware Mug CS6"), ("TP48", "Add Packing Tape 48mm")]


def test_a_street_date_is_no_order_date_and_a_delegates_card_no_series():
    from invoice_processing.vendors.header import find_date

    assert find_date([line(40, (40, "Invoice Date: 04/02/2025")), line(52, (40, "Release Date: 03/15/2025"))]) == \
        date(2025, 4, 2)
    lines = [line(40, (240, "FACTURĂ"), size=18), line(60, (40, "Delegat: Ion Pop, CI seria RX nr. 123456"))]
    assert find_invoice_number(lines) != "RX 123456"


def test_labels_in_greek_and_cyrillic_and_lower_case_sentences_are_no_names():
    assert not name_like("Адрес") and not name_like("Телефон") and not name_like("ΑΦΜ")
    assert not name_like("all prices are quoted per kg") and name_like("Sayin Textiles Ltd")
    assert parse_date("03 Mar 25 Marketing") == date(2025, 3, 3)


def test_forints_after_an_amount_and_feet_after_a_quantity():
    from invoice_processing.layout.numbers import COMMA, parse_amount, parse_quantity

    assert parse_amount("4 890 Ft", COMMA) == Decimal("4890") and parse_quantity("50 Ft") == 50

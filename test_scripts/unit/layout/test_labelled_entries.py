"""Entries whose numbers each carry their own label, with no column header over them."""

from __future__ import annotations

from decimal import Decimal

from invoice_processing.layout.label_roles import known_role
from invoice_processing.layout.label_slots import NAMES
from invoice_processing.layout.labelled_entries import labelled_entries, strip_pairs
from invoice_processing.layout.numbers import POINT
from invoice_processing.layout.products import ProductLine, product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Page, TextLine
from test_scripts.unit.layout.lines import line


def products(*pages: list[TextLine]) -> list[ProductLine]:
    tables = read_tables(tuple(Page(number, tuple(lines)) for number, lines in enumerate(pages, 1)), POINT)
    return [p for t in tables for p in product_lines(t, POINT)]


def strip(y: float, ordered: str, price: str, amount: str, unit: str = "EA") -> TextLine:
    """Values after their labels, each pair as wide as its value makes it (the slots drift)."""
    return line(y, (55, "RT: N"), (82, f"Qty Ord: {ordered}"), (128, "Qty BkOrd: 0"), (180, f"U/M: {unit}"),
                (220, "List Price: 9.99"), (280 + 2 * len(price), f"Your Price: {price}"),
                (350 + 3 * len(amount), f"Your Extd Price: {amount}"))


def test_each_strip_of_labelled_values_belongs_to_the_entry_line_over_it():
    lines = [line(40, (40, "Order Confirmation"), (360, "ORDER NO: CS003972860")),
             line(60, (40, "Terms: Net 60"), (140, "Cancel After: 7/15/2025"), (260, "Ship Via: UPS")),
             line(100, (40, "CF2984"), (110, "788422379309"), (210, "Wool Felt Bell w/ Botanical")),
             line(106, (210, "Print")),  # the first entry's description wraps: the strip is still the entry's
             strip(112, "72", "6.392", "460.22"),
             line(134, (40, "EC3357"), (110, "657096419492"), (210, "Bamboo Wall Basket 8\"H")),
             line(144, (210, "w/ Tassels, Blush")),
             strip(156, "96", "9.00", "864.00", "ST"),
             line(178, (40, "DH9232B"), (110, "827217047754"), (210, "Cast Iron Pillow Cover")),
             strip(190, "48", "3.992", "1,191.62")]
    second = [line(100, (40, "DS1444"), (110, "719114845383"), (210, "Resin Bud Vase")),
              strip(112, "24", "35.20", "844.80"),
              line(200, (300, "Order Total"), (420, "3,360.64"))]
    assert [(p.code, p.upc, p.description, p.price, p.qty) for p in products(lines, second)] == [
        ("CF2984", "788422379309", "Wool Felt Bell w/ Botanical Print", Decimal("6.392"), 72),
        ("EC3357", "657096419492", "Bamboo Wall Basket 8\"H w/ Tassels, Blush", Decimal("9.00"), 96),
        ("DH9232B", "827217047754", "Cast Iron Pillow Cover", Decimal("3.992"), 48),
        ("DS1444", "719114845383", "Resin Bud Vase", Decimal("35.20"), 24)]


def test_a_strip_names_a_quantity_and_a_price_among_three_values_or_more():
    assert strip_pairs(line(60, (40, "Invoice No: 1042"), (140, "Date: 5/14/2025"), (260, "Terms: Net 30"))) is None
    assert strip_pairs(line(60, (40, "Qty: 2"), (140, "Price: 4.00"))) is None  # two values: too few to be a strip
    assert strip_pairs(line(60, (40, "Qty: 2"), (100, "Disc: 5%"), (160, "Tax: 0.40"))) is None  # no price
    assert strip_pairs(line(60, (40, "UOM: EA"), (100, "Price: 4.00"), (160, "Total: 8.00"))) is None  # no quantity
    assert strip_pairs(line(60, (40, "Qty: 2"), (100, "Price: 4.00"), (160, "Total: 8.00"))) is not None


def test_a_footer_of_labelled_sums_on_every_page_is_no_strip():
    def page(number: int) -> Page:
        return Page(number, (line(100, (40, "A-1"), (100, "Mug"), (300, "2"), (360, "4.00"), (420, "8.00")),
                             line(760, (40, "Units: 40"), (120, "Amount: 120.00"), (220, "Freight: 9.60"))))

    pages = (page(1), page(2))
    assert labelled_entries(pages) is pages


def test_the_labels_put_over_an_entry_line_are_the_lexicons():
    assert {role: known_role(name) for role, name in NAMES.items()} == {role: role for role in NAMES}


def test_a_document_with_one_strip_is_left_alone():
    pages = (Page(1, (line(100, (40, "A-1"), (100, "Mug")), strip(112, "2", "4.00", "8.00"))),)
    assert labelled_entries(pages) is pages

"""Descriptions in a grid whose cells are centred on their row's numbers: the lines over a row's
numbers are that row's, when the grid parts rows by a wider gap than a description's lines; a table
that prints its descriptions under the numbers keeps them there however near the next row they stand."""

from __future__ import annotations

from invoice_processing.layout.numbers import COMMA, POINT
from invoice_processing.layout.products import product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Page, TextLine
from test_scripts.unit.layout.lines import line

HEADER = line(100, (40, "Item"), (110, "Description"), (330, "Qty"), (380, "Price"), (440, "Amount"))


def descriptions(*pages: list[TextLine]) -> list[str]:
    tables = read_tables(tuple(Page(number, tuple(lines)) for number, lines in enumerate(pages, 1)), POINT)
    return [p.description for t in tables for p in product_lines(t, POINT)]


def row(y: float, code: str, text: str, qty: str, price: str, amount: str) -> TextLine:
    texts = [(40, code), (110, text)] if text else [(40, code)]
    return line(y, *texts, (330, qty), (380, price), (440, amount))


def test_three_line_cells_centred_on_their_numbers_in_a_padded_grid():
    # rows part by 18 points (a line's 12 and the cell's padding), lines of one cell by 12
    lines = [HEADER,
             line(118, (110, "Hand poured soy candle")), row(130, "A-1", "in an amber glass jar", "2", "3.50", "7.00"),
             line(142, (110, "with a cotton wick")),
             line(160, (110, "Linen napkin set")), row(172, "A-2", "of four, natural", "3", "4.00", "12.00"),
             line(184, (110, "with a hemstitch")),
             line(202, (110, "Walnut serving tray")), row(214, "A-3", "with brass handles", "1", "9.00", "9.00"),
             line(226, (110, "oiled finish")),
             line(244, (330, "Subtotal"), (440, "28.00"))]
    assert descriptions(lines) == [
        "Hand poured soy candle in an amber glass jar with a cotton wick",
        "Linen napkin set of four, natural with a hemstitch",
        "Walnut serving tray with brass handles oiled finish"]


def test_a_page_break_in_a_centred_grid_gives_the_next_pages_first_lines_to_its_first_row():
    first = [HEADER,
             line(118, (110, "Hand poured soy candle")), row(130, "A-1", "in an amber glass jar", "2", "3.50", "7.00"),
             line(142, (110, "with a cotton wick")),
             line(160, (110, "Linen napkin set")), row(172, "A-2", "of four, natural", "3", "4.00", "12.00"),
             line(184, (110, "with a hemstitch"))]
    second = [line(60, (110, "Walnut serving tray")), row(72, "A-3", "with brass handles", "1", "9.00", "9.00"),
              line(84, (110, "oiled finish")),
              line(102, (330, "Subtotal"), (440, "28.00"))]
    assert descriptions(first, second)[2] == "Walnut serving tray with brass handles oiled finish"


def test_descriptions_under_their_rows_stay_there_when_they_stand_nearer_the_next_row():
    # each description printed under its row, a little nearer the next row than its own
    lines = [HEADER,
             row(120, "B-1", "", "16", "6.40", "102.40"), line(137, (110, "Cotton cake stand, rust")),
             row(150, "B-2", "", "1", "14.40", "14.40"), line(165, (110, "Bamboo spreader, blush w/ gold rim")),
             line(174, (110, "Holiday collection")),
             row(186, "B-3", "", "8", "2.80", "22.40"), line(201, (110, "Wool felt bowl, speckled grey")),
             line(210, (110, "with jute tassel")),
             row(222, "B-4", "", "12", "5.16", "61.92"), line(239, (110, "Resin wall decor, rust")),
             line(260, (330, "Subtotal"), (440, "201.12"))]
    assert descriptions(lines) == ["Cotton cake stand, rust", "Bamboo spreader, blush w/ gold rim Holiday collection",
                                   "Wool felt bowl, speckled grey with jute tassel", "Resin wall decor, rust"]


def test_a_sheets_wrapped_text_spilling_over_fixed_rows_stays_with_its_row():
    # rows 15 points apart whether their text wraps or not: the wrapped line takes no room of its own
    lines = [HEADER,
             row(120, "C-1", "Stoneware candle holder, multi", "2", "1.60", "3.20"),
             row(135, "C-2", "Paulownia wood spreader, sage w/", "2", "17.60", "35.20"),
             line(144.5, (110, "stamped trim, sold only as shown")),
             row(150, "C-3", "Metal lumbar pillow, blue", "24", "1.60", "38.40"),
             row(165, "C-4", "Linen coaster set of 4", "4", "23.96", "95.84"),
             line(185, (330, "Subtotal"), (440, "172.64"))]
    assert descriptions(lines)[1] == "Paulownia wood spreader, sage w/ stamped trim, sold only as shown"


def test_cells_parted_by_a_little_more_than_a_line_and_numbers_half_a_line_between_two():
    # lines of a cell 12.5 apart, cells 16 apart; a row without text stands half a line under its cell's line
    lines = [HEADER,
             line(115.5, (110, "16in Terracotta")), line(128, (110, "Serving Spoon w/")),
             row(140.5, "A-1", "Gold Electroplating,", "3", "7.80", "23.40"),
             line(153, (110, "Set of 2")), line(165.5, (110, "(Each Piece Varies)")),
             line(181.5, (110, "4in Round Embossed")), line(194, (110, "Stoneware Planter")),
             row(200.25, "A-2", "", "12", "5.80", "69.60"),
             line(206.5, (110, "with Saying Merry,")), line(219, (110, "Terracotta")),
             line(235, (110, "16in Cotton")), row(247.5, "A-3", "Flannel Spoon", "4", "6.40", "25.60"),
             line(260, (110, "Set of 3")),
             line(280, (330, "Subtotal"), (440, "118.60"))]
    assert descriptions(lines) == [
        "16in Terracotta Serving Spoon w/ Gold Electroplating, Set of 2 (Each Piece Varies)",
        "4in Round Embossed Stoneware Planter with Saying Merry, Terracotta", "16in Cotton Flannel Spoon Set of 3"]


def test_a_centred_cells_lines_after_a_charges_line_are_the_next_rows():
    lines = [HEADER,
             line(160.75, (110, "8in Seagrass Cheese Board")), row(164.9, "HX2205B", "", "6", "36.00", "216.00"),
             line(169.2, (110, "Embroidered, Cream")),
             line(183.7, (110, "Tariff Surcharge 10% - HX2205B"), (440, "21.60")),
             line(197.9, (110, "16in Terracotta Lantern w/")), row(202.1, "HX7196A", "", "2", "18.00", "36.00"),
             line(206.5, (110, "Wood Bead Handle, Sage")),
             line(220.9, (110, "Tariff Surcharge 10% - HX7196A"), (440, "3.60")),
             line(235.1, (110, "3in Terracotta Napkin Set w/")),
             row(243.55, "HX6034", "Wood Bead Handle, Amber", "3", "46.40", "139.20"),
             line(252, (110, "One Will Vary")),
             line(280, (330, "Subtotal"), (440, "416.40"))]
    assert descriptions(lines) == ["8in Seagrass Cheese Board Embroidered, Cream",
                                   "16in Terracotta Lantern w/ Wood Bead Handle, Sage",
                                   "3in Terracotta Napkin Set w/ Wood Bead Handle, Amber One Will Vary"]


def test_the_first_rows_two_lines_around_its_numbers_with_its_tax_rate_in_words():
    header = line(220, (40, "Description"), (314, "Quantité"), (367, "Prix unitaire HT"), (453, "Taxes"),
                  (513, "Montant HT"))
    lines = [header,
             line(242.6, (41, "[CON-8556] Nougat tendre aux amandes et miel de Provence, barre")),
             line(247.5, (300, "6,00 Unité(s)"), (391, "12,96"), (439, "TVA 5,5 %"), (529, "77,76 €")),
             line(252.2, (40, "100 g")),
             line(269.6, (41, "[THE-2013] Sac isotherme 12 L logo"), (296, "12,00 Unité(s)"), (391, "15,19"),
                  (441, "TVA 20 %"), (524, "182,28 €")),
             line(290, (400, "Total HT"), (524, "260,04 €"))]
    tables = read_tables((Page(1, tuple(lines)),), COMMA)
    found = [(p.code, p.description, p.qty) for t in tables for p in product_lines(t, COMMA)]
    # (the code Odoo prints in brackets before the name is the line's code)
    assert found == [("CON-8556", "Nougat tendre aux amandes et miel de Provence, barre 100 g", 6),
                     ("THE-2013", "Sac isotherme 12 L logo", 12)]


def test_the_first_rows_cell_of_four_lines_keeps_both_lines_over_its_numbers():
    lines = [HEADER,
             line(126.5, (110, "10in Recycled Glass")), line(135.3, (110, "Ornament w/ Gold Finish, Set")),
             row(139.8, "XS8599", "", "24", "3.20", "76.80"),
             line(144.4, (110, "of 2 (Requires 2 AA Batteries,")), line(153.7, (110, "Not Included)")),
             line(170.4, (110, "10in Acacia Wood Tea")), row(174.9, "EC9410A", "", "4", "51.60", "206.40"),
             line(179.7, (110, "Towel, 4 Styles")),
             line(196.4, (110, "4in Round Embossed")), row(205.4, "XS4587B", "Porcelain Wall Decor", "8", "6.40",
                                                             "51.20"),
             line(214.6, (110, "Tassels, Blush")),
             line(240, (330, "Subtotal"), (440, "334.40"))]
    assert descriptions(lines) == [
        "10in Recycled Glass Ornament w/ Gold Finish, Set of 2 (Requires 2 AA Batteries, Not Included)",
        "10in Acacia Wood Tea Towel, 4 Styles", "4in Round Embossed Porcelain Wall Decor Tassels, Blush"]

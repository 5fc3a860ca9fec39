"""A till receipt without a column header: "quantity @ unit price ... amount" under each item's name."""

from __future__ import annotations

from decimal import Decimal

from invoice_processing.models import Backend, Document, Page
from invoice_processing.vendors import generic
from test_scripts.unit.layout.lines import line


def test_items_named_over_their_quantity_at_price_lines_and_totals_left_out():
    lines = [line(26, (60, "SUNRISE RESTAURANT SUPPLY")), line(113, (13, "Invoice No:"), (81, "0088213")),
             line(123, (13, "Date:"), (81, "12/09/2025")),
             line(165, (13, "CAKE BOARD 10IN ROUND GOLD")),
             line(175, (23, "10"), (36, "@"), (46, "12.99"), (188, "129.90")),
             line(186, (13, "CAKE BOX 10X10X5 WHITE")), line(196, (23, "10"), (36, "@"), (46, "9.95"), (192, "99.50")),
             line(207, (13, "SPRINKLES 2LB 1 x 6.75"), (197, "6.75")),
             line(365, (13, "SUBTOTAL"), (187, "236.15")), line(376, (12, "TAX 8.6%"), (192, "20.31")),
             line(387, (12, "TOTAL"), (187, "256.46")), line(398, (12, "VISA ****4421"), (187, "256.46"))]
    invoice = generic.to_invoice(Document(pages=(Page(number=1, lines=tuple(lines)),), backend=Backend.LOCAL))
    assert [(li.item, li.wholesale, li.qty) for li in invoice.line_items] == [
        ("CAKE BOARD 10IN ROUND GOLD", Decimal("12.99"), 10), ("CAKE BOX 10X10X5 WHITE", Decimal("9.95"), 10),
        ("SPRINKLES 2LB", Decimal("6.75"), 1)]


def test_a_quantity_at_a_price_that_does_not_make_the_amount_is_no_item():
    lines = [line(20, (13, "Corner Shop")), line(40, (13, "BREAD")), line(50, (23, "2"), (36, "@"), (46, "1.50"),
                                                                           (188, "9.99"))]
    invoice = generic.to_invoice(Document(pages=(Page(number=1, lines=tuple(lines)),), backend=Backend.LOCAL))
    assert invoice.line_items == ()


def test_a_count_before_the_name_and_the_lines_amount_after_it():
    lines = [line(51, (35, "Fern & Kiln Pottery"), (318, "Invoice"), size=22), line(73, (311, "Invoice no. 231")),
             line(86, (293, "4 December 2025")),
             line(209, (36, "6 x"), (70, "Speckled stoneware mug, oatmeal glaze"), (342, "£108.00")),
             line(253, (36, "4 x"), (70, "Serving bowl, large, sea-green glaze"), (342, "£190.00")),
             line(267, (70, "rim (each one slightly different)")),
             line(289, (37, "3 x"), (70, "Bud vase, mini"), (348, "£100.00")),
             line(372, (257, "Subtotal"), (342, "£398.00")), line(388, (204, "Postage & packing"), (348, "£12.50"))]
    invoice = generic.to_invoice(Document(pages=(Page(number=1, lines=tuple(lines)),), backend=Backend.LOCAL))
    assert [(li.item, li.wholesale, li.qty) for li in invoice.line_items] == [
        ("Speckled stoneware mug, oatmeal glaze", Decimal("18"), 6),
        ("Serving bowl, large, sea-green glaze rim (each one slightly different)", Decimal("47.5"), 4),
        ("Bud vase, mini", Decimal("33.3333"), 3)]


def test_a_name_and_its_amount_over_quantity_times_unit_price():
    lines = [line(69, (186, "Marigold Bakehouse & Provisions"), size=15), line(129, (86, "Invoice"), size=20),
             line(161, (86, "Invoice number"), (185, "000567")), line(175, (86, "Invoice date"), (185, "Dec 16, 2026")),
             line(274, (86, "Focaccia Slab, Rosemary & Sea Salt"), (497, "$38.60"), size=10),
             line(289, (85, "4 × $9.65")),
             line(316, (85, "Granola, Maple Pecan, 2 lb bag"), (497, "$34.50"), size=10),
             line(330, (85, "6 × $5.75")),
             line(357, (85, "Oat Milk Scones, dozen"), (497, "$21.75"), size=10),
             line(371, (85, "3 × $7.00")),  # 21.00, not the amount: no item
             line(573, (329, "Subtotal"), (491, "$73.10"), size=10), line(621, (329, "Amount due"), (491, "$73.10"))]
    invoice = generic.to_invoice(Document(pages=(Page(number=1, lines=tuple(lines)),), backend=Backend.LOCAL))
    assert [(li.item, li.wholesale, li.qty) for li in invoice.line_items] == [
        ("Focaccia Slab, Rosemary & Sea Salt", Decimal("9.65"), 4),
        ("Granola, Maple Pecan, 2 lb bag", Decimal("5.75"), 6)]


def test_a_count_after_its_sign_then_the_name_the_unit_price_and_the_amount():
    lines = [line(60, (73, "Maple Hollow Soap Co."), size=18), line(209, (73, "Date: November 18, 2024")),
             line(269, (77, "x6"), (123, "Lavender Oat Bar, 120 g"), (429, "$5.50"), (503, "$33.00")),
             line(292, (77, "x12"), (122, "Goat Milk Unscented Bar, 120 g"), (429, "$6.25"), (503, "$75.00")),
             line(314, (77, "x4"), (122, "Beard Oil 30 ml"), (429, "$9.99"), (503, "$12.60")),
             line(476, (417, "Subtotal"), (497, "$108.00"))]
    invoice = generic.to_invoice(Document(pages=(Page(number=1, lines=tuple(lines)),), backend=Backend.LOCAL))
    assert [(li.item, li.wholesale, li.qty) for li in invoice.line_items] == [  # (4 x 9.99 is no 12.60)
        ("Lavender Oat Bar, 120 g", Decimal("5.50"), 6), ("Goat Milk Unscented Bar, 120 g", Decimal("6.25"), 12)]


def _read(lines: list) -> list[tuple[str, Decimal, int]]:
    invoice = generic.to_invoice(Document(pages=(Page(number=1, lines=tuple(lines)),), backend=Backend.LOCAL))
    return [(li.item, li.wholesale, li.qty) for li in invoice.line_items]


def test_a_club_receipt_with_tax_flags_counts_under_some_items_and_a_deposit_in_its_subtotal():
    lines = [line(13, (76, "PRICEWISE"), size=14), line(90, (9, "TRANS # 0417-118823")),
             line(119, (9, "E 761205 GIFT BAG ASST 30CT"), (169, "14.99"), (196, "A")),
             line(128, (9, "E 901337 CURLING RIBBON 6PK"), (169, "29.96"), (196, "A")),
             line(138, (37, "4 @ 7.49")),
             line(147, (9, "E 290014 PW SPRING WATER 40"), (169, "10.98"), (196, "N")),
             line(157, (37, "2 @ 5.49")),
             line(166, (18, "BOTTLE DEPOSIT"), (174, "4.00"), (196, "N")),
             line(280, (10, "SUBTOTAL"), (174, "59.93")), line(299, (10, "**** TOTAL"), (174, "59.93")),
             line(318, (9, "BUSINESS VISA XXXX4471"), (174, "59.93"))]
    assert _read(lines) == [("761205 - GIFT BAG ASST 30CT", Decimal("14.99"), 1),
                            ("901337 - CURLING RIBBON 6PK", Decimal("7.49"), 4),
                            ("290014 - PW SPRING WATER 40", Decimal("5.49"), 2)]
    short = [*lines[:6], line(280, (10, "SUBTOTAL"), (174, "99.99"))]  # the amounts do not make the subtotal
    assert _read(short) == []


def test_item_numbers_over_each_name_or_under_it_beside_the_count():
    over = [line(13, (40, "RIDGELINE HARDWARE"), size=12), line(98, (7, "0044871")),
            line(108, (7, "ZIP TIES 8IN 100PK"), (140, "4.29 T")), line(118, (7, "0115506")),
            line(127, (7, "4 @ 9.49 EXT CORD 15FT BRN"), (137, "37.96 T")),
            line(214, (8, "PAPER BAG FEE"), (139, "0.08 N")), line(233, (7, "SUBTOTAL"), (139, "42.33"))]
    assert _read(over) == [("0044871 - ZIP TIES 8IN 100PK", Decimal("4.29"), 1),
                           ("0115506 - EXT CORD 15FT BRN", Decimal("9.49"), 4)]
    under = [line(13, (40, "Makers Mill Craft Supply"), size=12),
             line(96, (9, "Glue Sticks Mini 60ct"), (192, "33.96 T")),
             line(106, (16, "SKU 400220918"), (84, "4 @ 8.49")),
             line(116, (9, "Chalk Paint 8oz Linen"), (196, "9.99 T")), line(126, (16, "SKU 400602287")),
             line(249, (9, "Subtotal"), (195, "43.95"))]
    assert _read(under) == [("400220918 - Glue Sticks Mini 60ct", Decimal("8.49"), 4),
                            ("400602287 - Chalk Paint 8oz Linen", Decimal("9.99"), 1)]


def test_a_summary_of_charges_with_several_amounts_a_line_is_no_receipt():
    lines = [line(328, (41, "Facture n°562044387 du 02 Juillet 2015"), size=12),
             line(393, (40, "Abonnements, forfaits et options"), (336, "24.99"), (431, "5.00"), (531, "29.99")),
             line(402, (41, "Communications"), (341, "0.00"), (431, "0.00"), (536, "0.00")),
             line(428, (40, "Total facture"), (336, "24.99"), (431, "5.00"), (531, "29.99"))]
    assert _read(lines) == []


def test_prices_in_a_second_column_between_titles_and_counts_are_no_till_list():
    lines = [line(98, (64, "Thank you, Maya!"), size=17),
             line(113, (361, "Silver Jasmine Pearls, 100 g tin")),
             line(121, (330, "img"), (361, "SKU: LK-SJ-100"), (528, "$56.80")), line(129, (361, "Qty: 4")),
             line(160, (361, "Rooibos Vanilla Chai, 250 g pouch")),
             line(168, (330, "img"), (361, "SKU: LK-RO-250"), (528, "$51.90")), line(177, (361, "Qty: 6")),
             line(394, (318, "Subtotal"), (523, "$108.70"))]
    assert all(not item.startswith("img") for item, _, _ in _read(lines))


def test_a_receipts_date_over_its_first_item_is_no_item_number_and_a_one_letter_title_word_stays():
    lines = [line(13, (40, "PAGE TURNER BOOKS"), size=12), line(40, (9, "2025-03-05")),
             line(60, (9, "A WRINKLE IN TIME"), (169, "9.99"), (196, "T")), line(70, (9, "400220918")),
             line(80, (9, "1000 PC PUZZLE"), (169, "19.99"), (196, "T")), line(90, (9, "400118273")),
             line(120, (9, "SUBTOTAL"), (169, "29.98"))]
    assert _read(lines) == [("400220918 - A WRINKLE IN TIME", Decimal("9.99"), 1),
                            ("400118273 - 1000 PC PUZZLE", Decimal("19.99"), 1)]


def test_a_weighed_items_weight_and_price_per_kilo_under_its_name():
    lines = [line(172, (75, "REWE Mustermann oHG")), line(184, (95, "Muster-Str.1")), line(244, (225, "EUR")),
             line(256, (21, "BROT"), (219, "1,00"), (249, "B")),
             line(268, (20, "AUFSCHNITT"), (219, "0,50"), (249, "B")),
             line(280, (21, "BANANE"), (219, "2,99"), (249, "B")),
             line(292, (33, "1,500"), (69, "kg"), (87, "x"), (111, "1,99"), (141, "EUR/kg")),
             line(304, (21, "EIER"), (219, "1,00"), (249, "B")),
             line(316, (20, "SUMME"), (165, "EUR"), (216, "5,49")), line(472, (21, "Datum:"), (207, "01.01.2020"))]
    invoice = generic.to_invoice(Document(pages=(Page(number=1, lines=tuple(lines)),), backend=Backend.LOCAL))
    assert [(li.item, li.wholesale, li.qty) for li in invoice.line_items] == [
        ("BROT", Decimal("1.00"), 1), ("AUFSCHNITT", Decimal("0.50"), 1), ("BANANE", Decimal("2.99"), 1),
        ("EIER", Decimal("1.00"), 1)]


def test_a_pos_invoice_prints_the_item_number_with_its_variant_then_the_count_under_each_name():
    lines = [line(54, (245, "SALT & TIMBER"), size=16), line(111, (262, "Invoice #1347-B2B")),
             line(168, (175, "Maine Sea Salt, flaky, 4 oz tin"), (412, "$66.00")),
             line(176, (174, "SKU ST-SALT-04 - Natural")), line(184, (175, "12 x $5.50")),
             line(201, (175, "Wool Blend Throw Blanket"), (408, "$144.00")),
             line(209, (174, "SKU ST-THR-NVY - Navy / 50x60")), line(217, (175, "3 x $48.00")),
             line(370, (172, "Subtotal"), (410, "$210.00"))]
    assert _read(lines) == [("ST-SALT-04 - Maine Sea Salt, flaky, 4 oz tin", Decimal("5.50"), 12),
                            ("ST-THR-NVY - Wool Blend Throw Blanket", Decimal("48.00"), 3)]

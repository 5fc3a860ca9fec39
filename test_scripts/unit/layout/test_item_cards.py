"""Items printed as cards: a title, "12 × $15.75" beside the amount, labelled codes under it."""

from __future__ import annotations

from decimal import Decimal

from invoice_processing.layout.item_cards import item_cards
from invoice_processing.layout.numbers import POINT
from invoice_processing.models import Page, TextLine
from test_scripts.unit.layout.lines import line
from test_scripts.unit.layout.test_labelled_entries import products


def card(y: float, title: str, times: str, amount: str, codes: str = "") -> list[TextLine]:
    lines = [line(y, (110, title)), line(y + 8, (416, times), (522, amount))]
    return lines + ([line(y + 15, *((110 + 60 * i, pair) for i, pair in enumerate(codes.split(" | "))))]
                    if codes else [])


def test_cards_become_rows_with_their_codes_and_the_count_and_price_the_times_sign_names():
    head = [line(40, (55, "Order #180-612827 confirmed")), line(60, (55, "Order summary"))]
    lines = [*head, *card(100, "Flameless Pillar 3\"x6\"", "12 × $15.75", "$189.00", "SKU: F8026 | UOM: EA"),
             *card(160, "Dried Pampas Bundle", "6 × $15.75", "$94.50", "SKU: H1001 | UPC: 022915760411 | UOM: EA"),
             *card(220, "Taper Candle, Ivory 10\"", "48 × $3.125", "$150.00", "SKU: H9689"),
             line(300, (400, "Subtotal"), (522, "$433.50"))]
    assert [(p.code, p.upc, p.description, p.price, p.qty) for p in products(lines)] == [
        ("F8026", "", "Flameless Pillar 3\"x6\"", Decimal("15.75"), 12),
        ("H1001", "022915760411", "Dried Pampas Bundle", Decimal("15.75"), 6),
        ("H9689", "", "Taper Candle, Ivory 10\"", Decimal("3.125"), 48)]


def test_a_title_on_the_numbers_line_and_an_at_sign_make_cards_too():
    lines = [line(100, (60, "Linen napkins, set of 4"), (400, "3 @ 12.50"), (500, "37.50")),
             line(120, (60, "Beeswax wraps"), (400, "2 @ 9.00"), (500, "18.00"))]
    assert [(p.description, p.price, p.qty) for p in products(lines)] == [
        ("Linen napkins, set of 4", Decimal("12.50"), 3), ("Beeswax wraps", Decimal("9.00"), 2)]


def test_no_cards_where_the_amount_disagrees_or_only_one_is_printed():
    wrong = (Page(1, (*card(100, "Mug", "2 × 4.00", "9.00"), *card(160, "Bowl", "3 × 5.00", "16.00"))),)
    assert item_cards(wrong, POINT) is wrong
    one = (Page(1, tuple(card(100, "Mug", "2 × 4.00", "8.00"))),)
    assert item_cards(one, POINT) is one


def test_a_size_is_no_count_times_a_price():
    sizes = (Page(1, (line(100, (40, "Canvas print"), (200, "2"), (260, "15.00"), (320, "30.00"), (380, "8x10")),
                      line(120, (40, "Poster frame"), (200, "1"), (260, "9.00"), (320, "9.00"), (380, "11 x 14")))),)
    assert item_cards(sizes, POINT) is sizes


def test_a_point_of_sales_price_times_count_beside_the_total():
    lines = [line(186, (61, "Product"), (383, "Price × Qty"), (470, "Total")),
             line(209, (61, "Spoon rest, shell shape, rust"), (417, "$7.80 × 2"), (500, "$15.60")),
             line(221, (61, "SKU: TCS-SPN-RS")),
             line(247, (61, "Planter with saucer, medium"), (411, "$22.40 × 6"), (493, "$134.40")),
             line(259, (61, "SKU: TCS-PLN-MD"))]
    assert [(p.code, p.qty, p.price) for p in products(lines)] == [
        ("TCS-SPN-RS", 2, Decimal("7.80")), ("TCS-PLN-MD", 6, Decimal("22.40"))]


def test_the_amount_on_the_titles_line_and_a_variant_left_of_the_count_and_price_under_it():
    lines = [line(311, (40, "Stoneware Mug - Speckled White"), (538, "$108.00")),
             line(324, (41, "12 oz"), (80, "·"), (95, "6 × $18.00")),
             line(347, (40, "Bud Vase - Small"), (543, "$90.00")), line(360, (40, "8 × $11.25")),
             line(383, (40, "Sea Glass Dish"), (543, "$66.00")), line(396, (40, "4 × $16.50")),
             line(420, (440, "Subtotal"), (538, "$264.00"))]
    assert [(p.description, p.price, p.qty) for p in products(lines)] == [
        ("Stoneware Mug - Speckled White", Decimal("18.00"), 6), ("Bud Vase - Small", Decimal("11.25"), 8),
        ("Sea Glass Dish", Decimal("16.50"), 4)]


def test_the_amount_on_the_titles_line_and_a_variant_after_a_dot_right_of_the_count_and_price():
    lines = [line(311, (56, "House Blend - 1kg"), (510, "$231.00")),
             line(324, (56, "6 × $38.50"), (104, "·"), (114, "Whole bean")),
             line(347, (56, "Chai Syrup 750ml"), (515, "$97.50")), line(360, (56, "6 × $16.25")),
             line(383, (56, "Keep Cup 12oz"), (515, "$96.00")),
             line(396, (56, "4 × $24.00"), (104, "·"), (114, "Colour: Eucalypt")),
             line(420, (440, "Subtotal"), (510, "$424.50"))]
    assert [(p.description, p.price, p.qty) for p in products(lines)] == [
        ("House Blend - 1kg", Decimal("38.50"), 6), ("Chai Syrup 750ml", Decimal("16.25"), 6),
        ("Keep Cup 12oz", Decimal("24.00"), 4)]


def test_cards_beside_a_panel_of_fields_on_a_page_of_two_columns():
    lines = [line(156.7, (40, "A5 linen notebook, lined"), (324, "$144.00")), line(163.4, (395, "30 Mar 2025")),
             line(170.4, (40, "JA-NB-A5L"), (86, "·"), (100, "20 × $7.20")),
             line(196.4, (40, "A5 linen notebook, dot grid"), (324, "$144.00"), (396, "Net 30")),
             line(210.4, (40, "JA-NB-A5D"), (86, "·"), (100, "20 × $7.20")),
             line(236.0, (40, "Weekly desk planner, undated"), (324, "$117.60"), (396, "Inkwell & Oak")),
             line(249.8, (40, "JA-PL-WK"), (86, "·"), (100, "12 × $9.80"), (395, "Attn: Priya Nair")),
             line(334.7, (396, "Items"), (521, "$405.60"))]
    assert [(p.description, p.price, p.qty) for p in products(lines)] == [
        ("A5 linen notebook, lined", Decimal("7.20"), 20), ("A5 linen notebook, dot grid", Decimal("7.20"), 20),
        ("Weekly desk planner, undated", Decimal("9.80"), 12)]


def test_a_marketplaces_cards_with_the_count_and_amount_under_the_title_and_the_price_labelled_lower():
    lines = [line(235.6, (85, "Enamel Pie Dish 9in")), line(242.0, (398, "Qty 6"), (539, "$36.00")),
             line(248.4, (84, "Speckled Blue"), (140, "|"), (146, "SKU CHK-189"), size=8),
             line(259.3, (84, "Wholesale $6.00"), (170, "Retail $12.00")),
             line(279.6, (85, "Olive Wood Spoon 12in")), line(286.0, (398, "Qty 2"), (539, "$18.00")),
             line(292.4, (84, "SKU CHK-711"), size=8), line(303.3, (84, "Wholesale $9.00"), (170, "Retail $18.00")),
             line(323.8, (85, "Linen Tea Towel")), line(330.0, (398, "Qty 2"), (539, "$40.00")),
             line(347.3, (84, "Wholesale $18.50"), (170, "Retail $37.00")),
             line(380.0, (398, "Subtotal"), (539, "$94.00"))]
    read = products(lines)  # (the third card's count times its price is not its amount: no card)
    assert [(p.price, p.qty) for p in read] == [(Decimal("6.00"), 6), (Decimal("9.00"), 2)]
    assert read[0].description.startswith("Enamel Pie Dish 9in") and read[1].description.startswith("Olive Wood")


def test_a_title_ending_with_its_count_and_a_code_count_and_price_line_under_title_and_amount():
    counted = [line(248, (167, "Speckled Stoneware Mug × 12"), (408, "$216.00")), line(259, (174, "Glaze: Sea Glass")),
               line(271, (175, "$18.00 ea.")), line(286, (167, "Bud Vase, Small"), (247, "× 8"), (408, "$100.00")),
               line(297, (174, "Glaze: Matte Black")), line(309, (175, "$12.50 ea.")),
               line(406, (167, "Subtotal"), (410, "$316.00"))]
    assert [(p.price, p.qty) for p in products(counted)] == [(Decimal("18.00"), 12), (Decimal("12.50"), 8)]
    inline = [line(184, (88, "Hex Key Set, 30 Piece")), line(191, (519, "$356.00")),
              line(199, (89, "Item# 571204986"), (170, "|"), (180, "Qty 4"), (215, "|"), (225, "$89.00/ea")),
              line(230, (88, "Titanium Drill Bit Set")), line(235, (519, "$174.80")),
              line(243, (89, "Item# 562018837"), (170, "|"), (180, "Qty 10"), (215, "|"), (225, "$17.48/ea")),
              line(422, (365, "Subtotal"), (530, "$530.80"))]
    assert [(p.price, p.qty) for p in products(inline)] == [(Decimal("89.00"), 4), (Decimal("17.48"), 10)]


def test_a_count_and_a_price_on_lines_of_their_own_under_the_title_and_its_variant():
    lines = [line(224, (117, "Custom Bookplate Stamp - Hand Carved"), (525, "$72.00")),
             line(237, (117, "Rubber Stamp, Wood Handle")), line(249, (117, "Size: 1.5 inch round")),
             line(262, (117, "Quantity: 4")), line(274, (118, "$18.00 each")),
             line(294, (118, "Bookish Enamel Pin"), (525, "$75.00")), line(306, (117, "Color: Teal")),
             line(319, (117, "Quantity: 10")), line(331, (118, "$7.50 each")),
             line(583, (304, "Item total"), (521, "$147.00"))]
    assert [(p.price, p.qty) for p in products(lines)] == [(Decimal("18.00"), 4), (Decimal("7.50"), 10)]
    assert products(lines)[0].description.startswith("Custom Bookplate Stamp - Hand Carved Rubber Stamp, Wood Handle")
    wrong = [*lines[:4], line(274, (118, "$17.00 each")), *lines[5:]]  # 4 x 17.00 is not the 72.00 printed
    assert (Decimal("17.00"), 4) not in [(p.price, p.qty) for p in products(wrong)]


def test_a_count_set_apart_from_its_times_sign_and_price_under_a_title_ending_in_a_size():
    lines = [line(482, (37, "Rosemary Olive Oil Crackers 5 oz"), (527, "$118.80")), line(503, (37, "18 × $6.60")),
             line(534, (37, "Hot Honey Squeeze Bottle 8 oz"), (535, "$78.00")), line(555, (37, "12"), (57, "× $6.50")),
             line(585, (37, "Maple Granola 12 oz bag"), (527, "$184.50")), line(606, (37, "18 × $10.25")),
             line(644, (400, "Subtotal"), (511, "$380.40"))]
    assert [(p.description, p.price, p.qty) for p in products(lines)] == [
        ("Rosemary Olive Oil Crackers 5 oz", Decimal("6.60"), 18),
        ("Hot Honey Squeeze Bottle 8 oz", Decimal("6.50"), 12),
        ("Maple Granola 12 oz bag", Decimal("10.25"), 18)]


def test_a_deposit_under_each_row_of_a_table_makes_no_cards():
    # a nursery's invoice: "Container deposit ... | 6 @ 0.25 | 1.50" under each plant's row
    lines = [line(217, (64, "Qty"), (96, "Size"), (131, "Item Code"), (197, "Description"), (423, "Price Each"),
                  (496, "Amount")),
             line(250, (74, "6"), (100, "#1"), (131, "GW-P0112"), (197, "Hosta Francee"), (454, "8.75"),
                  (539, "52.50")),
             line(263, (208, "Container deposit #1 pot (refundable)"), (437, "6 @ 0.25"), (545, "1.50")),
             line(275, (74, "5"), (100, "#1"), (131, "GW-P0140"), (197, "Echinacea Magnus"), (454, "7.95"),
                  (538, "39.75")),
             line(288, (208, "Container deposit #1 pot (refundable)"), (437, "5 @ 0.25"), (545, "1.25")),
             line(300, (74, "12"), (100, "#1"), (131, "GW-P0188"), (197, "Heuchera Palace"), (454, "8.40"),
                  (538, "100.80")),
             line(312, (208, "Container deposit #1 pot (refundable)"), (437, "12 @ 0.25"), (545, "3.00"))]
    assert [(p.code, p.qty) for p in products(lines)] == [("GW-P0112", 6), ("GW-P0140", 5), ("GW-P0188", 12)]


def test_a_cards_count_and_price_under_its_description_line_with_the_amount_on_the_title():
    # Square: the title and its amount, a grey description line, then "4 × $62.00"
    from test_scripts.unit.layout.lines import printed

    lines = [printed(348.7, 10.5, (61, 222, "Ethiopia Guji Natural – 5 lb bag"), (509, 551, "$248.00")),
             printed(362.2, 8.5, (60, 159, "Whole bean, light roast")),
             printed(375.2, 8.5, (60, 107, "4 × $62.00")),
             printed(396.6, 10.5, (61, 230, "House Espresso Blend – 5 lb bag"), (509, 551, "$327.00")),
             printed(410.0, 8.5, (60, 173, "Whole bean, medium-dark")),
             printed(423.2, 8.5, (61, 107, "6 × $54.50")),
             printed(540.4, 10.5, (61, 156, "Cascara Tea – 1 lb"), (516, 551, "$22.00")),
             printed(554.2, 8.5, (61, 65, "1"), (69, 107, "× $22.00")),
             printed(627.6, 10.0, (301, 341, "Subtotal"), (511, 551, "$597.00"))]
    assert [(p.qty, p.price) for p in products(lines)] == [
        (4, Decimal("62.00")), (6, Decimal("54.50")), (1, Decimal("22.00"))]


def test_a_marketplace_card_with_its_count_beside_the_title_its_price_and_amount_under_it():
    # Etsy: "title | Quantity: 4", "Size: 8x10 inches | Price: $22.00", a variant, "$88.00", "SKU: ..."
    from test_scripts.unit.layout.lines import printed

    def card(y: float, title: str, count: str, variant: str, price: str, amount: str) -> list[TextLine]:
        return [printed(y, 10.5, (141, 354, title), (492, 540, f"Quantity: {count}")),
                printed(y + 14, 10, (140, 210, variant), (482, 540, f"Price: {price}")),
                printed(y + 25.4, 9, (141, 225, "Paper: Matte Archival")),
                printed(y + 32, 10, (510, 540, amount)), printed(y + 36.1, 9, (140, 232, "SKU: FHP-0810"))]
    lines = [*card(269.7, "Botanical Fern Print", "4", "Size: 8x10 inches", "$22.00", "$88.00"),
             *card(359.6, "Pressed Flower Map Print", "1", "Size: 11x14 inches", "$48.00", "$48.00"),
             printed(525.5, 10, (301, 340, "Item total"), (504, 540, "$136.00"))]
    assert [(p.qty, p.price) for p in products(lines)] == [(4, Decimal("22.00")), (1, Decimal("48.00"))]


def test_a_labelled_count_an_at_sign_and_an_amount_after_an_equals_sign_beside_the_title():
    lines = [line(100, (40, "Canvas Tote, Garden Party"), (391, "Qty 2"), (456, "@ $14.00"), (543, "$28.00")),
             line(114, (40, "Style BAG666")),
             line(140, (40, "Wedding Doves Card"), (391, "Qty 6"), (461, "@ $3.00"), (543, "= $18.00")),
             line(154, (40, "Style GCW557")), line(190, (400, "Subtotal"), (543, "$46.00"))]
    assert [(p.code, p.description, p.price, p.qty) for p in products(lines)] == [
        ("BAG666", "Canvas Tote, Garden Party", Decimal("14.00"), 2),
        ("GCW557", "Wedding Doves Card", Decimal("3.00"), 6)]


def test_a_count_with_its_unit_under_the_titles_codes_each_on_a_line_with_no_colon():
    def block(y: float, title: str, sku: str, upc: str, numbers: list[str], amount: str) -> list[TextLine]:
        return [line(y, (37, title)), line(y + 15, (37, "SKU"), (63, sku)), line(y + 27, (36, "UPC"), (64, upc)),
                line(y + 41, *((37 + 16 * i, word) for i, word in enumerate(numbers)), (514, amount))]
    lines = [*block(100, "Seed Bead Pumpkin 3-4\"", "H1650", "842596941882", ["24", "EA", "@", "$4.75"], "$114.00"),
             *block(168, "Frosted Pine Spray 18\"", "V3101", "842593273429", ["3", "EA", "@", "$12.00"], "$36.00")]
    assert [(p.code, p.upc, p.description, p.price, p.qty) for p in products(lines)] == [
        ("H1650", "842596941882", "Seed Bead Pumpkin 3-4\"", Decimal("4.75"), 24),
        ("V3101", "842593273429", "Frosted Pine Spray 18\"", Decimal("12.00"), 3)]
    not_a_unit = [*lines[:3], line(141, (37, "24"), (53, "Blue"), (69, "@"), (85, "$4.75"), (514, "$114.00")),
                  *lines[4:]]
    assert (Decimal("4.75"), 24) not in [(p.price, p.qty) for p in products(not_a_unit)]


def test_codes_count_and_price_per_unit_under_the_title_beside_a_panel_of_totals():
    lines = [line(165, (61, "Blown Glass Mushroom Clip")), line(170, (410, "Ship Window"), (487, "10/06 - 10/20/2025")),
             line(178, (60, "SKU: L2045"), (113, "UPC: 842591384424"), (235, "6 EA"), (281, "$9.75 / EA"),
                  (348, "$58.50")),
             line(245, (61, "Pressed Tin Flower Pot 5\""), (411, "Total"), (526, "$4,507.25")),
             line(258, (60, "SKU: H6412"), (115, "UPC: 842591224157"), (235, "3 EA"), (281, "$6.25 / EA"),
                  (348, "$18.75"), (411, "Subtotal"), (531, "$4,507.25"))]
    assert [(p.code, p.upc, p.description, p.price, p.qty) for p in products(lines)] == [
        ("L2045", "842591384424", "Blown Glass Mushroom Clip", Decimal("9.75"), 6),
        ("H6412", "842591224157", "Pressed Tin Flower Pot 5\"", Decimal("6.25"), 3)]
    other_unit = [*lines[:2], line(178, (60, "SKU: L2045"), (235, "6 EA"), (281, "$9.75 / CS"), (348, "$58.50")),
                  *lines[3:]]
    assert (Decimal("9.75"), 6) not in [(p.price, p.qty) for p in products(other_unit)]


def test_a_labelled_style_count_and_unit_price_under_the_title_and_its_amount_beside_a_summary_panel():
    lines = [line(123, (52, "2025 Botanical 12-Month Appointment Calendar"), (352, "$528.00"), (413, "Summary")),
             line(136, (52, "Style SHD918"), (130, "Quantity: 24"), (200, "Unit $22.00")),
             line(145, (413, "Styles"), (549, "26")),
             line(173, (52, "Pretty Petals Enamel Pin"), (358, "$36.00"), (413, "Subtotal"), (520, "$3,368.00")),
             line(187, (52, "Style CAM877"), (130, "Quantity: 6"), (200, "Unit $6.00"), (413, "Shipping"))]
    assert [(p.code, p.description, p.price, p.qty) for p in products(lines)] == [
        ("SHD918", "2025 Botanical 12-Month Appointment Calendar", Decimal("22.00"), 24),
        ("CAM877", "Pretty Petals Enamel Pin", Decimal("6.00"), 6)]


def test_a_cards_number_or_a_year_after_a_code_label_is_no_code():
    from invoice_processing.layout.card_codes import bare_codes as _bare_codes

    assert _bare_codes(line(100, (40, "SKU"), (63, "E8747"))) == [("SKU", "E8747")]
    assert _bare_codes(line(100, (40, "UPC"), (63, "842593280496"))) == [("UPC", "842593280496")]
    assert _bare_codes(line(100, (40, "Item 3"))) is None
    assert _bare_codes(line(100, (40, "Style 2024"))) is None


def test_a_flag_columns_x_between_a_rows_count_and_price_is_no_times_sign():
    rows = (Page(1, (line(289, (28, "WRP217"), (109, "24"), (146, "DS"), (737, "2.50"), (795, "60.00")),
                     line(309, (28, "WRP002"), (109, "24"), (146, "X"), (737, "3.00"), (795, "72.00")),
                     line(361, (29, "PZL448"), (109, "24"), (146, "X"), (734, "15.00"), (791, "360.00")))),)
    assert item_cards(rows, POINT) is rows


def test_a_web_receipts_code_count_and_price_each_between_dots_under_the_title_and_amount():
    lines = [line(177, (155, "Lavender & Oat Bar Soap, 4.5 oz"), (466, "$98.40")),
             line(189, (155, "SKU FB-SP-012"), (220, "·"), (227, "Qty: 24"), (262, "·"), (269, "$4.10 each")),
             line(229, (155, "Eucalyptus Shower Steamers, box of 6"), (459, "$105.00")),
             line(241, (155, "SKU FB-SS-006"), (220, "·"), (227, "Qty: 12"), (262, "·"), (270, "$8.75 each"))]
    assert [(p.code, p.description, p.price, p.qty) for p in products(lines)] == [
        ("FB-SP-012", "Lavender & Oat Bar Soap, 4.5 oz", Decimal("4.10"), 24),
        ("FB-SS-006", "Eucalyptus Shower Steamers, box of 6", Decimal("8.75"), 12)]
    # a price alone (no "each", no "/") on the count's line is no unit price
    alone = [line(ln.y, *((c.x0, c.text.replace(" each", "")) for c in ln.cells)) for ln in lines]
    assert products(alone) == []


def test_a_retail_price_printed_between_a_cards_title_and_its_count_and_price_is_no_word_of_the_title():
    lines = [line(221, (51, "Item"), (303, "MSRP"), (376, "Qty × Price"), (538, "Total")),
             line(239, (51, "Cedar & Sage Soy Candle"), (299, "$28.00"), (380, "6 × $14.00"), (531, "$84.00")),
             line(265, (51, "Fig Leaf Soy Candle"), (299, "$15.00"), (386, "6 × $7.50"), (531, "$45.00"))]
    assert [(p.code, p.description, p.price, p.qty) for p in products(lines)] == [
        ("", "Cedar & Sage Soy Candle", Decimal("14.00"), 6), ("", "Fig Leaf Soy Candle", Decimal("7.50"), 6)]
    unlabelled = [line(ln.y, *((c.x0, c.text) for c in ln.cells)) for ln in lines[1:]]  # (no header over them)
    assert [(p.code, p.description) for p in products(unlabelled)] == [
        ("", "Cedar & Sage Soy Candle"), ("", "Fig Leaf Soy Candle")]

"""Table and line rules from the twenty-seventh session's independent documents: each case is a layout a helper
drew or found, reduced to the lines that matter."""

from __future__ import annotations

from decimal import Decimal

from invoice_processing.layout.numbers import COMMA, POINT, NumberFormat
from invoice_processing.layout.products import ProductLine, product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Backend, Document, Page, TextLine
from invoice_processing.vendors.receipt_blocks import block_items
from test_scripts.unit.layout.lines import line, printed


def products(pages: list[list[TextLine]], mark: NumberFormat) -> list[ProductLine]:
    read = tuple(Page(n + 1, tuple(lines)) for n, lines in enumerate(pages))
    return [p for table in read_tables(read, mark) for p in product_lines(table, mark)]


def test_a_tax_named_with_its_rate_under_the_subtotal_bills_nothing():
    # "NC sales tax on supplies 7.25% | 35.52" under "Subtotal", a note's second line beside it: the totals' tax
    lines = [
        printed(222, 9, (48, 80, 'Service'), (82, 85, '/'), (88, 136, 'Description'), (387, 402, 'Qty'),
                (453, 472, 'Rate'), (522, 540, 'Line'), (543, 563, 'Total')),
        printed(313, 9, (48, 84, 'Supplies:'), (88, 99, 'roll'), (102, 125, 'towel,'), (128, 152, "6/800'"),
                (155, 173, 'case'), (397, 402, '6'), (450, 472, '42.75'), (537, 564, '256.50')),
        printed(328, 9, (48, 84, 'Supplies:'), (88, 107, 'foam'), (111, 130, 'hand'), (133, 152, 'soap'),
                (155, 174, '1000'), (178, 189, 'mL'), (193, 208, 'refill'), (393, 402, '12'), (455, 472, '9.85'),
                (537, 564, '118.20')),
        printed(365, 9, (45, 76, 'Janitorial'), (79, 108, 'services'), (111, 122, 'are'), (125, 136, 'not'),
                (138, 163, 'subject'), (166, 172, 'to'), (175, 186, 'NC'), (188, 207, 'sales'), (209, 221, 'tax;'),
                (436, 468, 'Subtotal'), (529, 564, '374.70')),
        printed(378, 9, (45, 56, 'tax'), (58, 83, 'applies'), (86, 92, 'to'), (95, 123, 'supplies'),
                (127, 147, 'resold'), (150, 166, 'only.'), (343, 355, 'NC'), (358, 378, 'sales'), (381, 393, 'tax'),
                (396, 405, 'on'), (408, 441, 'supplies'), (444, 469, '7.25%'), (542, 564, '27.17')),
        printed(393, 9, (448, 468, 'Total'), (524, 564, '$401.87')),
    ]
    assert [(p.qty, p.price) for p in products([lines], POINT)] == [(6, Decimal("42.75")), (12, Decimal("9.85"))]
    # a fee billed by its amount alone under the same table stays a line
    fee = printed(378, 9, (48, 84, 'Window'), (88, 120, 'cleaning'), (124, 150, 'visit'), (542, 564, '27.17'))
    assert len(products([[*lines[:3], fee]], POINT)) == 3


def test_polish_shipping_costs_are_a_charge():
    # "Koszty wysyłki: Paczkomat Inpost" priced among the products of a Polish VAT invoice
    head = line(300, (40, "Lp"), (60, "Nazwa"), (300, "Ilość"), (350, "Cena netto"), (450, "Wartość netto"))
    rows = [line(320, (40, "1"), (60, "Farby akrylowe zestaw 36x20ml"), (305, "2"), (350, "43,08"), (460, "86,16")),
            line(340, (40, "2"), (60, "Koszty wysyłki: Paczkomat Inpost"), (305, "1"), (350, "8,90"), (460, "8,90"))]
    assert [(p.qty, p.price) for p in products([[head, *rows]], COMMA)] == [(2, Decimal("43.08"))]


def _items(*lines: TextLine) -> list[tuple[str, int, Decimal]]:
    return [(i.item, i.qty, i.wholesale) for i in block_items(Document((Page(1, lines),), Backend.LOCAL), POINT)]


def test_a_receipt_that_prints_its_total_first_and_one_item_over_its_subtotal():
    # a ride's receipt: "Total $10.06" at the top, then "Trip fare $6.26" over "Subtotal $6.26"
    lines = (line(58, (450, "Tue, Dec 10, 2019")),
             line(130, (68, "Here's your updated trip receipt")),
             line(211, (66, "Total"), (483, "$10.06")),
             line(269, (66, "Trip fare"), (505, "$6.26")),
             line(324, (66, "Subtotal"), (505, "$6.26")),
             line(348, (66, "Tolls, Surcharges, and Fees"), (505, "$2.80")))
    assert _items(*lines) == [("Trip fare", 1, Decimal("6.26"))]
    # one item over a total its amount does not make, or over a total (not a subtotal), is no receipt's list
    assert _items(*lines[:3], line(269, (66, "Trip fare"), (505, "$6.20")), *lines[4:]) == []
    assert _items(line(269, (66, "Trip fare"), (505, "$6.26")), line(324, (66, "Total"), (505, "$6.26"))) == []


def test_an_estimate_s_whole_dollar_amounts_add_up_with_its_tax_to_the_total():
    lines = (line(60, (40, "Three Little Pigs Masonry")),
             line(90, (40, "Prepared for John Fritz @ 22 Erie Street South, Leamington, ON")),
             line(110, (40, "Roll more paint"), (400, "$100")),
             line(125, (40, 'Rgp parge minimum 8"above grade'), (400, "$200")),
             line(140, (40, "HST"), (400, "$39.00")),
             line(155, (40, "Total"), (400, "$339.00")))
    assert _items(*lines) == [("Roll more paint", 1, Decimal("100")), ('Rgp parge minimum 8"above grade', 1,
                                                                        Decimal("200"))]
    # whole numbers without a currency's sign are no amounts ("2017", a count)
    assert _items(*lines[:2], line(110, (40, "Roll more paint"), (400, "100")), *lines[3:]) == []


def test_a_farm_shop_s_counts_in_pieces_and_boxes_and_prices_per_piece():
    # "1 p." and "4 bte" (pièce, boîte) under "Quantité livrée", "3,50 € / p." under "Prix unitaire (TTC)"
    lines = [
        printed(322, 12.68, (34, 86, 'Désignation'), (340, 380, 'Quantité'), (391, 408, 'Prix'),
                (411, 446, 'unitaire'), (493, 531, 'Montant'), (547, 563, 'TVA')),
        printed(335, 11.12, (355, 380, 'livrée'), (424, 446, '(TTC)'), (509, 531, '(TTC)')),
        printed(362, 12.2, (34, 54, 'Chou'), (58, 87, 'chinois'), (90, 118, 'pë-tsaï'), (365, 368, '1'),
                (373, 379, 'p.'), (405, 422, '3,50'), (425, 430, '€'), (433, 436, '/'), (439, 445, 'p.'),
                (506, 523, '3,50'), (526, 531, '€'), (541, 553, '5.5'), (556, 563, '%')),
        printed(393, 10.76, (34, 63, 'Fenouil'), (365, 369, '2'), (373, 379, 'p.'), (406, 422, '1,50'),
                (425, 430, '€'), (433, 436, '/'), (439, 445, 'p.'), (506, 523, '3,00'), (526, 531, '€'),
                (541, 553, '5.5'), (556, 563, '%')),
        printed(420, 10.76, (34, 63, 'Oeufs'), (66, 100, 'extra-frais'), (365, 369, '4'), (373, 385, 'bte'),
                (406, 422, '2,70'), (425, 430, '€'), (433, 436, '/'), (439, 452, 'bte'), (500, 523, '10,80'),
                (526, 531, '€'), (541, 553, '5.5'), (556, 563, '%')),
    ]
    assert [(p.description, p.qty, p.price) for p in products([lines], COMMA)] == [
        ("Chou chinois pë-tsaï", 1, Decimal("3.50")), ("Fenouil", 2, Decimal("1.50")),
        ("Oeufs extra-frais", 4, Decimal("2.70"))]


def test_cases_shipped_at_a_price_per_each_are_the_eaches_the_packs_hold():
    # "Pack | Ord | Ship | UM | Price | Per | Amount": 3 cases of 12 at 2.75 each are 36 eaches for 99.00
    head = line(217, (41, "Item #"), (101, "Description"), (300, "Pack"), (334, "Ord"), (359, "Ship"), (383, "UM"),
                (431, "Price"), (457, "Per"), (542, "Amount"))
    rows = [line(233, (41, "HG-20411"), (100, "Sea glass votive holder"), (310, "12"), (344, "3"), (372, "3"),
                 (382, "CS"), (435, "2.75"), (457, "EA"), (552, "99.00")),
            line(248, (41, "HG-40023"), (100, "Mini starfish ornaments"), (309, "36"), (344, "1"), (372, "1"),
                 (382, "CS"), (430, "54.00"), (456, "CS"), (552, "54.00")),
            line(263, (41, "HG-50310"), (100, "Anchor bookends, cast iron"), (314, "1"), (344, "2"), (372, "2"),
                 (383, "PR"), (431, "18.50"), (457, "PR"), (552, "37.00"))]
    assert [(p.qty, p.price) for p in products([[head, *rows]], POINT)] == [
        (36, Decimal("2.75")), (1, Decimal("54.00")), (2, Decimal("18.50"))]


def test_a_surcharge_for_fuel_named_after_other_words_is_a_charge():
    head = line(100, (40, "Item"), (100, "Description"), (300, "Qty"), (350, "Price"), (450, "Ext Price"))
    rows = [line(120, (40, "5217449"), (100, "Knife Plas 7.5 Cornstarch"), (305, "2"), (350, "45.20"),
                 (455, "90.40")),
            line(135, (40, "9999"), (100, "Nonprod Chgs For Fuel Surcharge"), (305, "1"), (350, "5.90"),
                 (455, "5.90"))]
    assert [(p.qty, p.price) for p in products([[head, *rows]], POINT)] == [(2, Decimal("45.20"))]


def test_a_shop_s_line_prints_its_price_with_its_tax_rate_before_the_count():
    # "Miel zeep € 3,80 incl. 21 % × 1 = € 3,80": a Dutch honey shop's invoice, no table
    from invoice_processing.vendors.receipt_lines import receipt_items
    lines = (line(300, (40, "Uw boekingen")),
             line(320, (40, "Nederlandse Koolzaadhoning € 4,99 incl. 21 % × 4 = € 19,96")),
             line(335, (40, "Miel zeep € 3,80 incl. 21 % × 1 = € 3,80")),
             line(350, (40, "Bedrag van u ontvangen € 23,76")))
    items = receipt_items(Document((Page(1, lines),), Backend.LOCAL), COMMA)
    assert [(i.item, i.qty, i.wholesale) for i in items] == [("Nederlandse Koolzaadhoning", 4, Decimal("4.99")),
                                                             ("Miel zeep", 1, Decimal("3.80"))]
    # a count and price that do not make the amount are no line
    wrong = (line(320, (40, "Nederlandse Koolzaadhoning € 4,99 incl. 21 % × 4 = € 18,96")),)
    assert receipt_items(Document((Page(1, wrong),), Backend.LOCAL), COMMA) == []


def test_two_tables_side_by_side_are_read_one_after_the_other():
    # a landscape service invoice: "LABOUR | Description | Hrs | Rate | Amount" beside "MATERIALS | Part No. |
    # Description | Qty | Unit | Amount"; each line prints one row of each
    lines = [
        printed(153, 10, (41, 82, 'LABOUR'), (382, 439, 'MATERIALS')),
        printed(170, 8, (41, 83, 'Description'), (226, 239, 'Hrs'), (280, 297, 'Rate'), (325, 355, 'Amount'),
                (382, 396, 'Part'), (399, 411, 'No.'), (440, 482, 'Description'), (623, 636, 'Qty'),
                (679, 694, 'Unit'), (722, 752, 'Amount')),
        printed(190, 8.5, (40, 68, 'Service'), (71, 83, 'call'), (86, 88, '-'), (91, 125, 'diagnose'),
                (128, 154, 'walk-in'), (157, 180, 'cooler'), (227, 239, '2.0'), (276, 297, '95.00'),
                (330, 355, '190.00'), (381, 420, 'CPR-4410'), (439, 475, 'Copeland'), (478, 497, 'scroll'),
                (500, 544, 'compressor'), (632, 634, '1'), (662, 694, '1,184.00'), (720, 752, '1,184.00')),
        printed(216, 8.5, (41, 88, 'Refrigeration'), (91, 131, 'technician,'), (135, 160, 'regular'),
                (163, 184, 'hours'), (227, 239, '6.0'), (272, 297, '118.50'), (329, 355, '711.00'),
                (382, 415, 'FD-083S'), (439, 462, 'Sweat'), (465, 481, 'filter'), (484, 500, 'drier'),
                (631, 636, '2'), (673, 694, '21.35'), (731, 752, '42.70')),
        printed(300, 8.5, (230, 290, 'Labour subtotal'), (321, 355, '901.00')),
        printed(322, 8.5, (618, 690, 'Materials subtotal'), (718, 752, '1,226.70')),
    ]
    read = [(p.code, p.description, p.qty, p.price) for p in products([lines], POINT)]
    assert read == [("", "Service call - diagnose walk-in cooler", 2, Decimal("95.00")),
                    ("", "Refrigeration technician, regular hours", 6, Decimal("118.50")),
                    ("CPR-4410", "Copeland scroll compressor", 1, Decimal("1184.00")),
                    ("FD-083S", "Sweat filter drier", 2, Decimal("21.35"))]


def test_work_performed_over_a_time_and_materials_ticket_s_rows_is_their_description():
    head = line(120, (44, "Date"), (83, "Work performed"), (299, "Hrs"), (339, "Rate"), (380, "Amount"))
    rows = [line(135, (44, "May 12"), (84, "Demo existing tile floor & vanity"), (304, "14"), (337, "72.00"),
                 (381, "1,008.00")),
            line(160, (44, "May 13"), (83, "Subfloor repair, install membrane"), (301, "7.5"), (337, "72.00"),
                 (387, "540.00"))]
    assert [(p.description, p.qty, p.price) for p in products([[head, *rows]], POINT)] == [
        ("Demo existing tile floor & vanity", 14, Decimal("72.00")),
        ("Subfloor repair, install membrane", Decimal("7.5"), Decimal("72.00"))]


def test_dutch_cartons_and_italian_pieces_columns():
    # "Dozen | à st. | Stuks" (cartons, pieces per carton, pieces in all); "Pezzi | ... | Totale riga €"
    dutch = [line(371, (43, "Artikelnr."), (102, "Omschrijving"), (293, "Dozen"), (335, "à st."), (369, "Stuks"),
                  (425, "Prijs/st."), (521, "Bedrag")),
             line(385, (43, "HT-1021"), (103, "Stapeltoren regenboog"), (315, "4"), (350, "6"), (384, "24"),
                  (432, "€ 9,85"), (515, "€ 236,40"))]
    assert [(p.qty, p.price) for p in products([dutch], COMMA)] == [(24, Decimal("9.85"))]
    italian = [line(172, (43, "Articolo"), (97, "Variante"), (167, "Descrizione"), (496, "Pezzi"),
                    (535, "Prezzo unitario €"), (637, "Totale riga €"), (722, "Consegna")),
               line(188, (43, "SL-4410"), (97, "D.118 col.03"), (167, "Foulard twill di seta"), (508, "12"),
                    (581, "38,50"), (661, "462,00"), (727, "sett. 38"))]
    assert [(p.qty, p.price) for p in products([italian], COMMA)] == [(12, Decimal("38.50"))]


def test_a_local_delivery_line_with_its_own_code_is_a_charge():
    head = line(100, (40, "Quantity"), (100, "Product Code"), (200, "Details"), (400, "Unit Price"),
                (480, "Net Amount"))
    rows = [line(120, (40, "12.00"), (100, "OAK-SH-40"), (200, "Oak shelf 40cm"), (400, "18.50"), (480, "222.00")),
            line(135, (40, "1.00"), (100, "DELIV-LOC"), (200, "Local delivery within 20 miles"), (400, "35.00"),
                 (480, "35.00"))]
    assert [(p.qty, p.price) for p in products([[head, *rows]], POINT)] == [(12, Decimal("18.50"))]


def test_a_beer_distributor_s_abbreviated_deposits_are_charges():
    head = line(100, (40, "Qty"), (80, "Item"), (140, "Description"), (380, "Price"), (460, "Amount"))
    rows = [line(120, (40, "1"), (80, "60012"), (140, "Riverbend IPA 1/2 BBL"), (380, "189.00"), (460, "189.00")),
            line(132, (40, "1"), (140, "KEG DEP 1/2BBL"), (380, "30.00"), (460, "30.00")),
            line(144, (40, "4"), (80, "60310"), (140, "Pale Ale 12oz cans 24pk"), (380, "32.50"), (460, "130.00")),
            line(156, (40, "4"), (140, "CAN DEP .05 X24"), (380, "1.20"), (460, "4.80"))]
    assert [(p.qty, p.price) for p in products([[head, *rows]], POINT)] == [(1, Decimal("189.00")),
                                                                           (4, Decimal("32.50"))]


def test_a_portuguese_invoice_s_unit_price_and_net_value_labels():
    # "Artigo | Descrição | Qtd. | Un. | Pr. Unitário | Desc. | IVA | Valor Líquido", quantities with three decimals
    head = line(251, (48, "Artigo"), (104, "Descrição"), (298, "Qtd."), (327, "Un."), (350, "Pr. Unitário"),
                (414, "Desc."), (458, "IVA"), (486, "Valor Líquido"))
    row = line(267, (48, "ATU-200"), (103, "Atum posta em azeite 200g"), (284, "120,000"), (329, "UN"),
               (375, "4,9500"), (420, "0,00"), (455, "0,00"), (519, "594,00"))
    assert [(p.qty, p.price) for p in products([[head, row]], COMMA)] == [(120, Decimal("4.9500"))]

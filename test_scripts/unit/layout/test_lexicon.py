"""The lexicon's patterns for items a quotation offers but does not bill."""

from __future__ import annotations

import pytest

from invoice_processing.layout import lexicon as lx


@pytest.mark.parametrize("text, offered", [
    ("Alternative: LED panel 600x600", True),
    ("Junction box IP65 (alt.)", True),
    ("Alternativposition: Kabel NYM-J", True),
    ("Eventualposition: Montage", True),
    ("Alternative lamp shade, linen", False),  # a product's own name
    ("Alternate route planner", False),
])
def test_an_item_text_marking_an_offered_item(text, offered):
    assert bool(lx.OFFERED_ITEM.search(text)) is offered


@pytest.mark.parametrize("text, charge", [
    ("Discount", True), ("Discount 10% (early order)", True), ("Discount: -12.00", True), ("Deposit received", True),
    ("Credit Memo applied CM-20931", True), ("Payment - thank you", True), ("Credit card surcharge 3%", True),
    ("Payment costs Lightspeed Payments - MasterCard", True), ("Discount Item (Annual Contract Discount):", True),
    ("Discount Card Holder - Brass", False), ("Deposit Bag, Zippered", False), ("Credit Card Wallet", False),
    ("Payment Record Book", False), ("Credit Card", True), ("Payment Visa", True), ("Discount Coupon SAVE10", True),
    ("Deposit Keg 30L", True), ("Credit Return", True),
])
def test_an_adjustments_name_opens_a_charge_not_a_products_name(text, charge):
    assert bool(lx.CHARGES.match(text)) is charge


@pytest.mark.parametrize("text, remark", [
    ("ALTERNATIVE to item 50 - not included in total", True),
    ("(optional - price for reference only)", True),
    ("EN OPTION - non comprise dans le total", True),
    ("Optional lens cap - not part of kit", False),  # a description
    ("Optional wall bracket, not included in standard set", False),
])
def test_an_offers_remark_line(text, remark):
    assert bool(lx.SUBLINE.match(text)) is remark


@pytest.mark.parametrize("text", [
    "Éco-participation incluse : 6,00 €",
    "excl. statiegeld € 0,25 per fles (apart berekend)",
    "zzgl. Pfand 0,15 € je Flasche",
])
def test_a_fee_included_or_charged_apart_under_a_product_is_a_remark(text):
    assert lx.SUBLINE.match(text)


def test_a_lot_of_six_is_no_lot_number():
    assert lx.SUBLINE.match("Lot: K2407-63")
    assert not lx.SUBLINE.match("lot de 6 blocs")
    assert not lx.SUBLINE.match("Lot of 12 assorted cards")


@pytest.mark.parametrize("text, billed", [
    ("Option: extended warranty 3 yrs", True),  # an option the buyer took is billed
    ("Opt: chrome trim", True),
    ("Alternative: LED panel 600x600", False),
])
def test_only_alternatives_are_offered_items(text, billed):
    assert (lx.OFFERED_ITEM.search(text) is None) is billed


def test_port_wine_is_no_postage():
    assert not lx.CHARGES.match("Porto Tawny 10 Years Old")
    assert lx.CHARGES.match("Porto: 4,90 €")
    assert lx.CHARGES.match("Porto und Verpackung")


def test_french_and_german_short_quantity_labels():
    from invoice_processing.layout.label_roles import role_of

    assert [role_of(label) for label in ("Cdée", "Livrée", "Reliq.", "Rückst.")] == [
        lx.ORDERED, lx.SHIPPED, lx.BACKORDER, lx.BACKORDER]


def test_a_quebec_article_number_and_a_wine_merchants_bottles():
    import re

    from invoice_processing.layout.field_labels import CUSTOMER_LABELS
    from invoice_processing.layout.label_roles import role_of

    assert role_of("No d’article") == lx.CODE and role_of("N° d'article") == lx.CODE
    assert role_of("Bottles") == lx.QTY
    assert re.match(CUSTOMER_LABELS, "Vendu à", re.I)  # the buyer's block, never the seller


def test_labels_joined_by_and_a_rate_called_tarifa_and_a_price_after_the_discount():
    from invoice_processing.layout import lexicon as lx
    from invoice_processing.layout.header_labels import labels_of
    from invoice_processing.layout.label_roles import role_of
    from invoice_processing.models import Cell

    assert role_of("Artículo y descripción") == lx.DESCRIPTION  # Zoho's "Item & Description" in Spanish
    assert role_of("SKU und Bezeichnung") == lx.CODE  # a code and its name in one column
    assert role_of("Terms and Conditions") == ""
    assert role_of("Tarifa") == lx.PRICE
    words = (Cell(360, 378, "Preis"), Cell(388, 410, "Rabatt"), Cell(412, 419, "%"), Cell(429, 448, "Preis"),
             Cell(451, 456, "n."), Cell(459, 481, "Rabatt"))
    assert [(c.label, c.role) for c in labels_of(words, 7.5)] == [
        ("Preis", lx.PRICE), ("Rabatt %", lx.DISCOUNT), ("Preis n. Rabatt", lx.PRICE)]


def test_a_product_or_a_service_in_one_label_and_dutch_rates():
    from invoice_processing.layout import lexicon as lx
    from invoice_processing.layout.label_roles import role_of

    assert [role_of(t) for t in ("PRODUCT/DIENST", "Product/Service", "traject/cursus", "Prestations", "tarief")] == [
        lx.DESCRIPTION, lx.DESCRIPTION, lx.DESCRIPTION, lx.DESCRIPTION, lx.PRICE]
    assert role_of("Item/SKU") == lx.CODE and role_of("SKU/Description") == lx.CODE


def test_a_label_broken_in_a_narrow_column_without_a_hyphen_is_read_whole():
    from invoice_processing.layout import lexicon as lx
    from invoice_processing.layout.stacked_labels import stacked_words
    from invoice_processing.models import Cell, TextLine

    upper = (Cell(43, 81, "Producto"), Cell(272, 307, "Unidade"), Cell(382, 422, "Descuent"), Cell(456, 483, "Precio"))
    lower = (Cell(287, 291, "s"), Cell(399, 404, "o"), Cell(464, 483, "Neto"))
    words = stacked_words(TextLine(195, upper, 9.0, upper), TextLine(206, lower, 9.0, lower))
    assert [w.text for w in words] == ["Producto", "Unidades", "Descuento", "Precio Neto"]
    assert lx.LABEL_ROLES["unidades"] == lx.QTY


def test_a_label_set_letter_by_letter_and_an_argentine_wholesalers_labels():
    from invoice_processing.layout import lexicon as lx
    from invoice_processing.layout.header_labels import labels_of
    from invoice_processing.models import Cell

    words = [Cell(20, 37, "COD"), Cell(50, 82, "Cantidad")]
    x = 121.0
    for letter in "Descripcion":
        words.append(Cell(x, x + 4, letter))
        x += 5.8
    words += [Cell(391, 431, "PRE.LISTA"), Cell(443, 467, "%Bon1"), Cell(476, 501, "%Bon2"), Cell(551, 577, "Importe")]
    assert [(c.label, c.role) for c in labels_of(tuple(words), 8.0)] == [
        ("COD", lx.CODE), ("Cantidad", lx.QTY), ("Descripcion", lx.DESCRIPTION), ("PRE.LISTA", lx.LIST_PRICE),
        ("%Bon1", lx.DISCOUNT), ("%Bon2", lx.DISCOUNT), ("Importe", lx.AMOUNT)]


def test_german_hours_and_rates_and_a_kind_of_description():
    from invoice_processing.layout import lexicon as lx
    from invoice_processing.layout.label_roles import role_of

    assert [role_of(t) for t in ("Stunden-Leistungsbeschreibung", "Stunden", "Satz", "Stundensatz", "Uren")] == [
        lx.DESCRIPTION, lx.QTY, lx.PRICE, lx.PRICE, lx.QTY]
    assert lx.CHARGES.match("Lieferung ab Werk") and not lx.CHARGES.match("Lieferschein-Mappe A4")


def test_a_currency_after_a_comma_ends_a_label():
    from invoice_processing.layout import lexicon as lx
    from invoice_processing.layout.label_roles import role_of

    assert role_of("UNIT PRICE, USD") == lx.PRICE and role_of("TOTAL, USD") == lx.AMOUNT


@pytest.mark.parametrize("text, charge", [
    ("Tax", True), ("Sales Tax 8.25%", True), ("Tax (CA)", True), ("Tax on freight", True), ("Taxes & Fees", True),
    ("TAX: 4.00", True), ("Tax & Receipts Document Folio", False), ("Taxidermy Starter Kit", False),
])
def test_a_taxs_name_opens_a_charge_not_a_products_name(text, charge):
    assert bool(lx.CHARGES.match(text)) is charge


@pytest.mark.parametrize("text, remark", [
    ("Ships from: Memphis DC · Est. ship window 10/06/2025 - 10/20/2025", True),
    ("Special order - Non-returnable", True), ("Non-returnable if damaged", True),
    ("Backordered - ETA 5/01/2025", True), ("Substitute for DS1234", True), ("HTS 6913.10.50", True),
    ("Min Qty 2", True), ("Special Occasion Card Set", False), ("Backorder Bin Organizer", False),
    ("Ships in display box", False),
])
def test_how_a_product_ships_or_returns_printed_under_it_is_a_remark(text, remark):
    assert bool(lx.SUBLINE.match(text)) is remark


@pytest.mark.parametrize("text, remark", [
    ("Option: Color: Sage", True),
    ("Colorway: Cream", True),
    ("Size: Small", True),
    ("Hardcover | Pub: HarperCollins", True),
    ("Colour block mug", False),  # a product's own name
    ("Size 5/6 Rain Boots", False),
    ("Style Guide Notebook", False),
])
def test_the_option_ordered_named_by_its_label_is_a_remark(text, remark):
    assert bool(lx.SUBLINE.match(text)) is remark


def test_a_pallet_and_free_delivery_billed_as_lines_are_charges_and_a_pallet_sign_is_a_product():
    from invoice_processing.layout import lexicon as lx
    assert all(lx.CHARGES.match(text) for text in ("Pallet", "One Way Pallet", "Europalette", "Free Shipping",
                                                    "Free delivery charges / Free Shipping"))
    assert not any(lx.CHARGES.match(text) for text in ("Pallet Wood Sign 12in", "Palette Knife Set"))


def test_spanish_units_shortened_to_udades_are_the_quantity():
    from invoice_processing.layout.label_roles import role_of

    assert [role_of(label) for label in ("Udades", "Udades.", "Uds.")] == [lx.QTY, lx.QTY, lx.QTY]


@pytest.mark.parametrize("text, charge", [
    ("Delivery - next-day courier to Harrogate, 3 boxes", True), ("Delivery & setup at venue (local)", True),
    ("Delivery: 2 pallets", True), ("Delivery van toy, die-cast", False), ("Delivery Note Holder A5", False),
])
def test_a_delivery_set_apart_by_a_dash_or_with_its_setup_is_a_charge(text, charge):
    assert bool(lx.CHARGES.match(text)) is charge


def test_your_price_cut_to_your_pr_beside_the_trucks_tk_is_the_price():
    from invoice_processing.layout.header_row import find_header
    from test_scripts.unit.layout.lines import printed

    header = printed(178.0, 8.6, (31, 51, "ITEM"), (82, 97, "UPC"), (149, 205, "DESCRIPTION"), (278, 303, "SHIPD"),
                     (314, 334, "BACK"), (340, 350, "UM"), (376, 396, "LIST"), (402, 412, "TK"), (417, 438, "YOUR"),
                     (443, 453, "PR"), (469, 510, "EXTENDED"))
    found = find_header((header,), 0)
    assert found is not None and [(c.role, c.label) for c in found.columns][-3:] == [
        ("other", "TK"), (lx.PRICE, "YOUR PR"), (lx.AMOUNT, "EXTENDED")]


def test_a_confirmed_quantity_beside_the_ordered_one_is_the_one_billed():
    from invoice_processing.layout.label_roles import role_of

    assert [role_of(label) for label in ("Confirmed", "Qty Confirmed", "Conf. Qty", "Bestätigt", "Bevestigd")] == [
        lx.SHIPPED] * 5


@pytest.mark.parametrize("text, charge", [
    ("Container deposit #1 pot (refundable)", True), ("+ Keg deposit - stainless 19.5L", True),
    ("Core Charge - Reman Brake Caliper Front LH", True), ("Bottle deposit", True),
    ("CORE DEPOSIT (refundable on return)", True),
    ("Core Drill Bit Set", False), ("Keg Coupler, D-System", False),
])
def test_a_returnable_containers_deposit_and_a_core_charge_are_charges(text, charge):
    assert bool(lx.CHARGES.match(text)) is charge


def test_an_italian_one_way_pallet_is_a_charge():
    assert lx.CHARGES.match("PALETTE PERDERE 80 X 120") and lx.CHARGES.match("Pallet a perdere")
    assert not lx.CHARGES.match("Palette Knife Set")


@pytest.mark.parametrize("text, charge", [
    ("19% MwSt:", True), ("7 % USt.", True), ("21% IVA", True), ("20% VAT", True), ("5.5% TVA", True),
    ("100% Cotton Tee", False), ("50% Wool Scarf", False),
])
def test_a_tax_named_after_its_rate_is_a_charge(text, charge):
    assert bool(lx.CHARGES.match(text)) is charge


def test_a_unit_price_only_position_marked_n_e_p_is_offered():
    assert lx.OPTIONAL.match("N.E.P.") and lx.OPTIONAL.match("E.P.") and lx.OPTIONAL.match("NEP")
    assert not lx.OPTIONAL.match("NEPTUNE") and not lx.OPTIONAL.match("n.e.p.")


def test_units_billed_beside_cases_is_the_quantity_billed():
    from invoice_processing.layout.label_roles import role_of

    assert [role_of(label) for label in ("Units Billed", "Billed Units", "Units Invoiced")] == [lx.SHIPPED] * 3


@pytest.mark.parametrize("text, charge", [
    ("Lieferpauschale", True), ("Versandkostenpauschale", True), ("Frachtpauschale", True), ("Lieferkosten", True),
    ("Lieferschein-Mappe A4", False),
])
def test_a_german_delivery_flat_fee_is_a_charge(text, charge):
    assert bool(lx.CHARGES.match(text)) is charge


def test_bunches_bottles_and_a_price_per_unit_written_with_its_currency():
    from invoice_processing.layout.label_roles import role_of

    assert [role_of(label) for label in ("BUNCHES", "Nb bouteilles", "Stems")] == [lx.QTY] * 3
    assert [role_of(label) for label in ("$/BUNCH", "Prix btl HT", "€/kg")] == [lx.PRICE] * 3


def test_a_flower_wholesalers_header_is_a_header():
    from invoice_processing.layout.header_row import find_header
    from test_scripts.unit.layout.lines import printed

    header = printed(193.9, 8.2, (60, 93, "BUNCHES"), (102, 136, "PRODUCT"), (212, 286, "VARIETY / GRADE"),
                     (386, 406, "ORIG"), (426, 450, "ST/BU"), (472, 506, "$/BUNCH"), (527, 551, "TOTAL"))
    found = find_header((header,), 0)
    assert found is not None and {c.role for c in found.columns} >= {lx.QTY, lx.PRICE, lx.AMOUNT}


def test_dutch_hours_months_and_years_are_units():
    assert all(lx.UNITS.match(unit) for unit in ("uur", "uren", "mnd", "maand", "jaar", "Std."))


@pytest.mark.parametrize("text, charge", [
    ("Gastos de envío (agencia de transporte)", True), ("Gastos de transporte", True), ("Gastos de portes", True),
    ("Gastronomía española (libro)", False),
])
def test_a_spanish_delivery_charge_is_a_charge(text, charge):
    assert bool(lx.CHARGES.match(text)) is charge


def test_software_billed_per_user_or_seat_counts_them():
    from invoice_processing.layout.label_roles import role_of

    assert [role_of(label) for label in ("Users", "No. of Users", "Seats", "Licences")] == [lx.QTY] * 4
    assert role_of("User") != lx.QTY  # (a column of names: the user a line is billed for)


def test_a_german_software_invoices_labels():
    from invoice_processing.layout.label_roles import role_of

    assert [role_of(label) for label in ("PRODUKTBESCHREIBUNG", "SUMME NETTO", "SUMME BRUTTO")] == [
        lx.DESCRIPTION, lx.AMOUNT, lx.AMOUNT]


def test_an_amazon_business_invoices_german_labels():
    from invoice_processing.layout.label_roles import role_of

    assert [role_of(label) for label in ("Auftragsnummer", "Leistungszeitpunkt", "Zwischensumme")] == [
        lx.OTHER, lx.OTHER, lx.AMOUNT]


def test_a_price_per_a_unit_and_a_consignments_counts():
    from invoice_processing.layout.label_roles import role_of

    assert [role_of(label) for label in ("Price/Case", "Cost / Dozen", "Price/Unit")] == [lx.PRICE] * 3
    assert role_of("Qty/Hrs") == lx.QTY  # (parts naming one role)
    assert [role_of(label) for label in ("Units Sold", "Start On Hand", "End On Hand", "Consignor Price")] == [
        lx.QTY, lx.NUMBER, lx.NUMBER, lx.PRICE]


@pytest.mark.parametrize("text, charge", [
    ("+ éco-participation mobilier", True), ("Éco-participation DEEE", True), ("Eco-contribution", True),
    ("Écotaxe", True), ("Eco-part. meubles", True),
    ("Eco Tote Bag, Organic Cotton", False), ("Écologie du jardin (livre)", False),
    ("Eco-Part Stool oak", False), ("Eco Contribution Bin 60L", False),  # (products named so: review)
])
def test_a_french_recycling_levy_under_an_item_is_a_charge(text, charge):
    # the levy a French seller adds per piece of furniture or electrical goods ("éco-participation") is no product
    assert bool(lx.CHARGES.match(text)) is charge


def test_xeros_vat_rate_beside_its_amount_in_a_currency_are_two_labels_and_a_tax_amount_one():
    from invoice_processing.layout import lexicon as lx
    from invoice_processing.layout.header_labels import labels_of
    from invoice_processing.models import Cell

    xero = (Cell(383.8, 402.7, "Unit"), Cell(406.6, 429.6, "Price"), Cell(461.1, 479.9, "VAT"),
            Cell(485.0, 522.1, "Amount"), Cell(525.7, 544.6, "GBP"))
    assert [(c.label, c.role) for c in labels_of(xero, 8.5)] == [
        ("Unit Price", lx.PRICE), ("VAT", lx.TAX), ("Amount GBP", lx.AMOUNT)]
    spaced = (Cell(461.1, 479.9, "VAT"), Cell(482.0, 519.1, "Amount"), Cell(522.7, 541.6, "GBP"))  # a word's space
    assert [c.role for c in labels_of(spaced, 8.5)] == [lx.TAX]

"""The review of the twenty-fifth session's first rules (66b6cdc, 68cfc8c): each test is an ordinary layout
those rules misread (every one failed on them and passed before them), kept so the mends stay."""

from __future__ import annotations

from decimal import Decimal

from invoice_processing.layout import lexicon as lx
from invoice_processing.layout.numbers import COMMA, POINT, NumberFormat
from invoice_processing.layout.products import ProductLine, product_lines
from invoice_processing.layout.tables import read_tables
from invoice_processing.models import Page, TextLine
from invoice_processing.vendors.issuer import find_vendor
from test_scripts.unit.layout.lines import line


def products(lines: list[TextLine], mark: NumberFormat = POINT) -> list[ProductLine]:
    return [p for t in read_tables((Page(1, tuple(lines)),), mark) for p in product_lines(t, mark)]


def _table(y: float = 300) -> list[TextLine]:
    return [line(y, (52, "Item"), (150, "Description"), (350, "Qty"), (400, "Price"), (480, "Amount")),
            line(y + 14, (52, "A-100"), (150, "Desk lamp"), (355, "2"), (400, "24.50"), (480, "49.00"))]


# ---- "payable only to": the seller's own name after it is taken for a factor -----------------------------
def test_checks_payable_only_to_the_seller_keep_the_seller():
    lines = [line(47, (51, "Larkhaven Paper Goods"), (436, "INVOICE"), size=16),
             line(69, (51, "450 Mill Race Lane")),
             line(81, (51, "Asheville, NC 28801")),
             line(120, (51, "Bill To:"), (90, "Paper Lantern Books & Gifts")),
             line(132, (90, "12 Commercial St")),
             line(144, (90, "Provincetown, MA 02657")),
             *_table(),
             line(400, (51, "Checks are payable only to Larkhaven Paper Goods. Thank you for your order."), size=8)]
    assert find_vendor(lines) == "Larkhaven Paper Goods"


# ---- a salutation at a line's start: a company whose name starts with a title is taken for the customer ----
def test_a_seller_whose_name_starts_with_a_title_is_no_customer():
    lines = [line(40, (51, "Monsieur Bricolage"), (430, "FACTURE"), size=16),
             line(60, (51, "12 rue de la Gare")),
             line(72, (51, "45000 Orléans")),
             line(84, (51, "SIRET 123 456 789 00012")),
             line(130, (330, "Client :")),
             line(142, (330, "Atelier Dupuis SARL")),
             line(154, (330, "8 avenue Foch")),
             line(166, (330, "69006 Lyon")),
             *_table()]
    assert find_vendor(lines) == "Monsieur Bricolage"


def test_a_seller_named_miss_is_no_customer():
    lines = [line(40, (51, "Miss Daisy Bakery Supply"), (430, "INVOICE"), size=16),
             line(60, (51, "1207 E Cesar Chavez St")),
             line(72, (51, "Austin, TX 78702")),
             line(130, (330, "Bill To:")),
             line(142, (330, "Harbour Cafe Ltd")),
             line(154, (330, "8 Quay Street")),
             *_table()]
    assert find_vendor(lines) == "Miss Daisy Bakery Supply"


# ---- "Empfänger:" heads the customer's block; the seller's bank column beside it unblocks it --------------
def test_a_recipient_block_beside_the_sellers_bank_column_is_still_the_customers():
    lines = [line(40, (57, "Elektro Maier"), size=16),
             line(60, (57, "Elektro Maier · Bahnhofstr. 3 · 79098 Freiburg"), size=7),
             line(100, (57, "Empfänger:"), (380, "Bankverbindung:")),
             line(112, (57, "Schreinerei Holzwurm GmbH"), (380, "Sparkasse Freiburg")),
             line(124, (57, "Waldweg 12"), (380, "IBAN DE12 6805 0101 0012 3456 78")),
             line(136, (57, "79100 Freiburg"), (380, "BIC FRSPDE66XXX")),
             line(180, (57, "Rechnung Nr. 2025-114")),
             line(260, (57, "Pos."), (100, "Beschreibung"), (300, "Menge"), (360, "Einzelpreis"), (460, "Gesamt")),
             line(272, (57, "1"), (100, "Installation Steckdosen"), (300, "4"), (365, "45,00"), (465, "180,00"))]
    assert find_vendor(lines) == "Elektro Maier"


# ---- a party label alone with its value far right: the new peer-heading bound cuts the value off ---------
def test_a_customer_name_far_right_of_its_label_stays_in_the_customers_block():
    lines = [line(40, (51, "Blue Ridge Print Shop"), (430, "INVOICE"), size=14),
             line(56, (51, "88 Depot Street, Boone, NC 28607")),
             line(110, (51, "Bill To"), (200, "Appalachian Outfitters LLC")),
             line(122, (51, "Address"), (200, "1200 King Street")),
             line(134, (51, "City"), (200, "Blowing Rock, NC 28605")),
             *_table()]
    assert find_vendor(lines) == "Blue Ridge Print Shop"


# ---- "\w*zuschlag": a building-supply product named for its aggregate is read as a surcharge ---------------
def test_concrete_aggregate_is_a_product_not_a_surcharge():
    lines = [line(100, (40, "Art.-Nr."), (100, "Bezeichnung"), (300, "Menge"), (360, "Einzelpreis"), (460, "Gesamt")),
             line(114, (40, "4711"), (100, "Betonzuschlag 0/16 mm"), (305, "3"), (365, "38,50"), (465, "115,50")),
             line(128, (40, "4712"), (100, "Zement CEM II 25 kg"), (305, "10"), (365, "6,90"), (465, "69,00"))]
    assert [p.description for p in products(lines, COMMA)] == ["Betonzuschlag 0/16 mm", "Zement CEM II 25 kg"]


def test_aggregate_words_are_no_charges():
    for text in ("Betonzuschlag 0/16 mm", "Leichtzuschlag Blähton 4-8 mm"):
        assert not lx.CHARGES.match(text), text


# ---- "b/f" as board feet on a lumber yard's line without a quantity column ---------------------------------
def test_board_feet_are_no_carried_subtotal():
    lines = [line(100, (40, "Description"), (480, "Amount")),
             line(114, (40, "Red oak 4/4 FAS kiln dried 250 b/f"), (480, "1,300.00")),
             line(128, (40, "Walnut 8/4 select 120 b/f"), (480, "1,140.00"))]
    assert [p.amount for p in products(lines)] == [Decimal("1300.00"), Decimal("1140.00")]


# ---- speed's _in_a_grid: a footer printed as a grid under its headings loses the seller's name --------------
def test_a_seller_named_in_a_footer_grid_under_its_headings():
    lines = [line(60, (57, "RECHNUNG"), size=18),
             line(100, (57, "Kunde:"), (110, "Bäckerei Sonnenschein")),
             line(112, (110, "Marktplatz 2")),
             line(124, (110, "89073 Ulm")),
             line(200, (57, "Pos."), (100, "Beschreibung"), (300, "Menge"), (360, "Einzelpreis"), (460, "Gesamt")),
             line(214, (57, "1"), (100, "Ladentheke Eiche"), (305, "1"), (365, "2.400,00"), (460, "2.400,00")),
             line(760, (57, "Anschrift"), (230, "Bankverbindung"), (400, "Kontakt"), size=7),
             line(768, (57, "Schreinerei Keller"), (230, "Volksbank Ulm"), (400, "Tel. 0731 55501"), size=7),
             line(776, (57, "Lindenweg 4, 89075 Ulm"), (230, "IBAN DE12 6309 0100 0012 3456 78"),
                  (400, "info@schreinerei-keller.de"), size=7)]
    assert find_vendor(lines) == "Schreinerei Keller"


# ---- the page's stated order overrides the document's own unambiguous dates ------------------------------
def test_unambiguous_dates_beat_a_stated_order_elsewhere_on_the_page():
    from invoice_processing.normalize import prefers_day_first
    # a US form's patient field states MM/DD/YYYY; the clinic abroad prints its own dates day first
    assert prefers_day_first(["Patient DOB (MM/DD/YYYY): 04/05/1980", "Invoice date 31/01/2025",
                              "Due date 28/02/2025", "Service 13/01/2025"])

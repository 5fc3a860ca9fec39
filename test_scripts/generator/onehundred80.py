"""OneHundred80 (One Hundred 80 Degrees) invoices.

Columns ``SKU | UPC | QTY | UOM | Description | Unit Price | Extended`` (UOM ``EA`` or ``ST``),
some lines without a UPC, descriptions with inch marks and ranges (``5-5.75"``, ``72"L``) that
wrap. The PO number is what goes to the sheet as the invoice number. Per seed: positions and
widths, fonts, pitch, number and date formats, labels (inline or boxed), line count, pages.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from . import content as c
from .drawing import Column, Document, table_header, table_row

CANONICAL = "OneHundred80"
BRANDS = ("One Hundred 80 Degrees", "ONE HUNDRED 80 DEGREES", "OneHundred80")
THINGS = ("Beaded Tassel Garland", "Taper Candle Holder", "Felt Mushroom Ornament", "Glitter Pumpkin",
          "Wood Bead Garland", "Velvet Stocking", "Flocked Pine Tree", "Metal Star Tree Topper",
          "Paper Honeycomb Ball", "Glass Bauble Set", "Ceramic Gnome", "Jute Pom Pom Garland")
SIZES = ('72"L', '5-5.75"', '4"', '3.5"', '10"H', '6-8"', '12"', "", "", "")
EXTRAS = ("", "", "- Set of 2", "- Assorted", "Gold", "Blush Pink", "w/ Clip", "Natural / White",
          "- 3 Asst. Colors, Sold as a Set of Three in a Display Box")


def description(rng: random.Random) -> str:
    parts = [rng.choice(THINGS), rng.choice(SIZES), rng.choice(EXTRAS)]
    return " ".join(p for p in parts if p)


def upc(rng: random.Random) -> str:
    body = "7" + "".join(str(rng.randint(0, 9)) for _ in range(10))
    check = (10 - sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(body)) % 10) % 10
    return body + str(check)


def _columns(rng: random.Random) -> list[Column]:
    shift = rng.uniform(-8, 8)
    x = 40 + shift
    desc_w = rng.uniform(150, 185)
    sku = Column("SKU", x, 46)
    code = Column("UPC", x + 52, 62)
    qty = Column(rng.choice(("QTY", "Qty")), x + 52 + 62 + 26, 24, "right")
    uom = Column("UOM", qty.x + 8, 26)
    desc = Column("Description", uom.x + 34, desc_w)
    price = Column("Unit Price", desc.x + desc_w + rng.uniform(48, 60), 50, "right")
    ext = Column(rng.choice(("Extended", "Ext. Price", "Amount")), 572 + shift / 3, 58, "right")
    return [sku, code, qty, uom, desc, price, ext]


def _lines(rng: random.Random, count: int, fmt: dict, titles: list[str]) -> tuple[list, list]:
    rows, truth = [], []
    letters = rng.sample("ABCFHMNPST", 3)
    for _ in range(count):
        sku = f"{rng.choice(letters)}{rng.randint(1000, 9999)}{rng.choice(('', '', '', 'A'))}"
        code = upc(rng) if rng.random() < 0.85 else ""
        desc, uom = description(rng), rng.choice(("EA", "EA", "EA", "ST"))
        qty = rng.choice((2, 4, 6, 6, 12, 12, 24, 36, 48))
        price = Decimal(rng.randint(150, 4800)) / 100
        if rng.random() < 0.15:
            price += Decimal("0.005")
        ext = (price * qty).quantize(Decimal("0.01"))
        places = max(2, -price.normalize().as_tuple().exponent)
        rows.append({"SKU": sku, "UPC": code, titles[2]: str(qty), "UOM": uom, "Description": desc,
                     "Unit Price": c.money(price, **fmt, places=places), titles[6]: c.money(ext, **fmt)})
        item = f"{sku} - UPC: 0{code} - {desc}" if code else f"{sku} - {desc}"
        truth.append({"item": item, "wholesale": c.truth_decimal(price), "qty": qty})
    return rows, truth


def _header(doc: Document, rng: random.Random, fields: list[tuple[str, str]]) -> None:
    doc.text(50, 58, rng.choice(BRANDS), size=rng.choice((16, 18)), bold=True)
    doc.text(50, 74, "1220 W. Trade Center Dr.")
    doc.text(50, 86, "Santa Ana, CA 92704")
    doc.text(50, 98, rng.choice(("www.onehundred80degrees.com", "orders@onehundred80degrees.com")))
    doc.text(420, 58, "INVOICE", size=16, bold=True)
    boxed = rng.random() < 0.4
    for index, (label, value) in enumerate(fields):
        if boxed:  # labels above values in a row of boxes
            x = 240 + index * 72
            doc.text(x, 126, label, size=7.5, bold=True)
            doc.text(x, 138, value)
        else:
            doc.text(400, 76 + index * 12, label, bold=True)
            doc.text(480, 76 + index * 12, value)
    doc.text(50, 164, rng.choice(("Sold To:", "Bill To:")), bold=True)
    doc.text(300, 164, "Ship To:", bold=True)
    for offset, value in enumerate((rng.choice(c.CUSTOMERS), rng.choice(c.STREETS), rng.choice(c.CITIES))):
        doc.text(50, 176 + offset * 12, value)
        doc.text(300, 176 + offset * 12, value)
    doc.y = 236


def _fields(rng: random.Random, number: str, po: str, when: date) -> list[tuple[str, str]]:
    fmt = rng.choice(c.DATE_FORMATS)
    invoiced = when + timedelta(days=rng.randint(3, 30))
    fields = [("Invoice #:", number), ("Invoice Date:", invoiced.strftime(fmt)),
              (rng.choice(("Order Date:", "Order Date")), when.strftime(fmt)),
              (rng.choice(("PO #:", "P.O. Number", "Customer PO:")), po)]
    rng.shuffle(fields)
    return fields + [("Terms:", rng.choice(("Net 30", "Net 60")))]


def render(seed: int, lines: int | None = None) -> tuple[bytes, dict, int]:
    rng = random.Random(f"onehundred80-{seed}")
    number = str(rng.randint(300000, 399999))
    po = rng.choice(("{n}", "WP{n}", "MKT-{n}", "F24-{n}")).format(n=rng.randint(100, 99999))
    when = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
    fmt = {"dollar": rng.random() < 0.3, "thousands": rng.random() < 0.7}
    count = lines or rng.choice((rng.randint(4, 14), rng.randint(14, 30), rng.randint(40, 60)))
    doc = Document(size=rng.choice((7.5, 8.0, 8.5)))
    _header(doc, rng, _fields(rng, number, po, when))
    columns = _columns(rng)
    titles = [col.title for col in columns]
    rows, truth_lines = _lines(rng, count, fmt, titles)

    def page_top(d: Document) -> None:
        d.text(50, 50, BRANDS[0], bold=True)
        d.text(400, 50, f"Invoice {number} - continued")
        d.y = 78
        table_header(d, columns)

    def continued(d: Document) -> None:
        d.text(560, 760, f"Page {d.page}", align="right")

    doc.on_new_page = page_top
    table_header(doc, columns)
    pitch = doc.size * rng.uniform(1.5, 2.1)
    for row in rows:
        table_row(doc, columns, row, pitch=pitch, wrap_column="Description", before_break=continued)
    _footer(doc, columns, rows, titles[6], rng)
    doc.text(560, 760, f"Page {doc.page}", align="right")
    truth = {"order_date": when.isoformat(), "vendor": CANONICAL, "invoice_number": po,
             "line_items": truth_lines, "backorders": []}
    pages = doc.page
    return doc.finish(), truth, pages


def _footer(doc: Document, columns: list[Column], rows: list[dict], amount: str, rng: random.Random) -> None:
    subtotal = sum(Decimal(r[amount].replace("$", "").replace(",", "")) for r in rows)
    freight = Decimal(rng.randint(900, 6000)) / 100
    lines = [("Subtotal", subtotal), ("Freight", freight), ("Total", subtotal + freight)]
    if not doc.room(16 * len(lines) + 30):
        doc.new_page()
    doc.y += 10
    for label, value in lines:
        doc.text(430, doc.y, label, bold=label == "Total")
        doc.text(columns[-1].x, doc.y, c.money(value, dollar=True, thousands=True), align="right")
        doc.y += 14
    doc.text(50, doc.y + 10, "Returns require authorization within 10 days of receipt.")

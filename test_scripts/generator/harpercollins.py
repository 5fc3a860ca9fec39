"""HarperCollins purchase orders as the distributor Anne McGilvray & Company prints them.

``Order #: NS…`` (sometimes only a ``PO #``), ``Discount: 50.00% OFF``, and rows of ISBN-13,
library-inverted title (wraps), quantity, list price and net extended amount. Wholesale is
list × (1 − discount), exact. Per seed: column order, titles and positions, fonts, pitch,
number and date formats, label wording, line count (long orders break across pages).
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from . import content as c
from .drawing import Column, Document, table_header, table_row

CANONICAL = "HarperCollins"
DISTRIBUTOR = "Anne McGilvray & Company"
OPENERS = ("Little Blue", "Very Hungry", "Brave Little", "Sleepy", "Curious", "Grumpy", "Tiny Green",
           "Patient", "Midnight", "Lonely", "Fearless", "Snowy")
SUBJECTS = ("Truck", "Caterpillar", "Owl", "Mouse", "Lighthouse", "Dragon", "Tugboat", "Bear", "Garden",
            "Pumpkin", "Llama", "Kite")
ARTICLES = (", The", ", The", ", A", "")
SUBTITLES = ("", "", "", ": A Bedtime Story", ": Board Book Edition", " (Picture Book)",
             ": Collector's Anniversary Edition with Audio Read-Along", " 10th Anniversary Edition")
DATE_LABELS = ("Order Date:", "Date:", "PO Date:")
DISCOUNT_TEXTS = ("Discount: {d:.2f}% OFF", "Discount: {d:g}% OFF", "Discount: {d:.2f} % OFF")


def isbn13(rng: random.Random) -> str:
    body = "9780" + "".join(str(rng.randint(0, 9)) for _ in range(8))
    check = (10 - sum(int(d) * (3 if i % 2 else 1) for i, d in enumerate(body)) % 10) % 10
    return body + str(check)


def title(rng: random.Random) -> str:
    return f"{rng.choice(OPENERS)} {rng.choice(SUBJECTS)}{rng.choice(SUBTITLES)}{rng.choice(ARTICLES)}"


def list_price(rng: random.Random) -> Decimal:
    return Decimal(rng.randint(6, 34)) + Decimal(rng.choice(("0.99", "0.99", "0.95", "0.00", "0.50")))


def _columns(rng: random.Random) -> tuple[list[Column], list[str]]:
    """Columns in drawing order, and their titles in role order (ISBN, title, qty, list, extended)."""
    shift = rng.uniform(-10, 10)
    title_w = rng.uniform(160, 220)
    x = 50 + shift
    qty_first = rng.random() < 0.3  # some order systems print the quantity first
    qty_title, isbn_title = rng.choice(("Qty", "Quantity")), rng.choice(("ISBN", "ISBN-13", "ISBN"))
    if qty_first:
        qty = Column(qty_title, x + 35, 35, "right")
        x += 48
    isbn = Column(isbn_title, x, 80)
    name = Column(rng.choice(("Title", "Title", "Description")), x + 92, title_w)
    right = x + 92 + title_w
    if not qty_first:
        qty = Column(qty_title, right + rng.uniform(40, 55), 40, "right")
        right = qty.x
    lst = Column(rng.choice(("List", "List Price", "Retail")), right + rng.uniform(55, 75), 50, "right")
    ext = Column(rng.choice(("Extended", "Ext. Price", "Net Amount")), 562 + shift / 4, 60, "right")
    ordered = [qty, isbn, name, lst, ext] if qty_first else [isbn, name, qty, lst, ext]
    return ordered, [isbn.title, name.title, qty.title, lst.title, ext.title]


def _lines(rng: random.Random, count: int, discount: Decimal, fmt: dict, titles: list[str]) -> tuple[list, list]:
    rows, truth = [], []
    factor = 1 - discount / 100
    for _ in range(count):
        code, name = isbn13(rng), title(rng)
        qty = rng.choice((1, 2, 3, 4, 5, 6, 8, 10, 12, rng.randint(1, 30)))
        price = list_price(rng)
        net = price * factor
        ext = (net * qty).quantize(Decimal("0.01"))
        rows.append({titles[0]: code, titles[1]: name, titles[2]: str(qty),
                     titles[3]: c.money(price, **fmt), titles[4]: c.money(ext, **fmt)})
        truth.append({"item": f"{code} - {name}", "wholesale": c.truth_decimal(net), "qty": qty})
    return rows, truth


def _header(doc: Document, rng: random.Random, fields: list[tuple[str, str]], discount_text: str) -> None:
    doc.text(54, 58, DISTRIBUTOR, size=rng.choice((15, 16, 18)), bold=True)
    doc.text(54, 74, "Gift & Book Representatives")
    doc.text(54, 86, rng.choice(c.STREETS))
    doc.text(54, 98, rng.choice(c.CITIES))
    doc.text(400, 58, "PURCHASE ORDER", size=14, bold=True)
    for index, (label, value) in enumerate(fields):
        doc.text(400, 78 + index * 12, label, bold=True)
        doc.text(480, 78 + index * 12, value)
    mfr = rng.choice(("MFR: HarperCollins", "MFR: HarperCollins Publishers", "Vendor: Harper Collins Publishers"))
    doc.text(54, 122, mfr, bold=True)
    doc.text(54, 146, "Bill To:", bold=True)
    doc.text(300, 146, "Ship To:", bold=True)
    customer = rng.choice(c.CUSTOMERS)
    for offset, value in enumerate((customer, rng.choice(c.STREETS), rng.choice(c.CITIES))):
        doc.text(54, 158 + offset * 12, value)
        doc.text(300, 158 + offset * 12, value)
    doc.text(54, 206, rng.choice(("Terms: Net 60", "Terms: Net 30", "Terms: Net 90")))
    doc.text(200, 206, rng.choice(("Ship Via: Best Way", "Ship Via: UPS Ground")))
    doc.text(380, 206, discount_text, bold=rng.random() < 0.5)
    doc.y = 236


def _fields(rng: random.Random, ns: str, po: str, when: date) -> list[tuple[str, str]]:
    fmt = rng.choice(c.DATE_FORMATS)
    fields = [(rng.choice(("Order #:", "Order No.", "Sales Order:")), ns)] if ns else []
    fields.append((rng.choice(("PO #:", "PO Number:")), po))
    dates = [(rng.choice(DATE_LABELS), when.strftime(fmt)),
             ("Ship Date:", (when + timedelta(days=rng.randint(5, 40))).strftime(fmt)),
             ("Cancel Date:", (when + timedelta(days=rng.randint(60, 90))).strftime(fmt))]
    if rng.random() < 0.4:  # some POs print the ship window before the order date
        dates = dates[1:] + dates[:1]
    return fields + dates


def render(seed: int, discount: Decimal | None = None, lines: int | None = None) -> tuple[bytes, dict, int]:
    rng = random.Random(f"harpercollins-{seed}")
    discount = Decimal(str(discount)) if discount is not None else Decimal(rng.choice(("50", "46", "48", "45.5")))
    ns = f"NS{rng.randint(4000000, 4999999)}" if rng.random() < 0.8 else ""
    po = rng.choice(("{n}", "WP-{n}", "2025-{n}")).format(n=rng.randint(1000, 99999))
    when = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
    fmt = {"dollar": rng.random() < 0.3, "thousands": rng.random() < 0.7}
    count = lines or rng.choice((rng.randint(3, 12), rng.randint(12, 30), rng.randint(40, 70)))
    doc = Document(size=rng.choice((8.0, 8.5, 9.0)))
    _header(doc, rng, _fields(rng, ns, po, when), rng.choice(DISCOUNT_TEXTS).format(d=discount))
    columns, titles = _columns(rng)
    rows, truth_lines = _lines(rng, count, discount, fmt, titles)
    number = ns or f"PO #{po}"

    def page_top(d: Document) -> None:
        d.text(54, 50, DISTRIBUTOR, bold=True)
        d.text(380, 50, f"Purchase Order {number} (continued)")
        d.y = 80
        table_header(d, columns)

    def continued(d: Document) -> None:
        d.text(300, 760, f"Page {d.page}", align="right")

    doc.on_new_page = page_top
    table_header(doc, columns)
    pitch = doc.size * rng.uniform(1.45, 2.1)
    for row in rows:
        table_row(doc, columns, row, pitch=pitch, wrap_column=titles[1], before_break=continued)
    _footer(doc, columns, truth_lines, rows, titles, fmt)
    doc.text(300, 760, f"Page {doc.page}", align="right")
    truth = {"order_date": when.isoformat(), "vendor": CANONICAL, "invoice_number": ns or po,
             "line_items": truth_lines, "backorders": []}
    pages = doc.page
    return doc.finish(), truth, pages


def _footer(doc: Document, columns: list[Column], truth: list, rows: list, titles: list, fmt: dict) -> None:
    if not doc.room(60):
        doc.new_page()
    doc.y += 10
    units = sum(t["qty"] for t in truth)
    total = sum(Decimal(r[titles[4]].replace("$", "").replace(",", "")) for r in rows)
    doc.text(330, doc.y, f"Total Units: {units}", bold=True)
    doc.y += 14
    doc.text(330, doc.y, "Total:", bold=True)
    doc.text(columns[-1].x, doc.y, c.money(total, dollar=True, thousands=True), align="right")
    doc.y += 24
    doc.text(54, doc.y, "Please confirm availability and ship complete. Backorders cancel after 60 days.")

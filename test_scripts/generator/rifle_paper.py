"""Rifle Paper Co. invoices.

Style codes are three letters and three digits; descriptions keep years and "12-Month". The
table also carries lines that are not products: ``Not In Stock - ... oos qty N.`` notes under a
line, ``SHIP - <tracking>`` and freight lines; product names that merely contain "oos" or "ship"
("Goose", "Ship Model Kit") are products. Per seed: column titles, positions and widths,
qty-only or ordered/shipped columns (nothing shipped = a backorder), fonts, pitch, number and
date formats, line count, pages.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from . import content as c
from .drawing import Column, Document, table_header, table_row

CANONICAL = "Rifle Paper Co."
PREFIXES = ("CAL", "JOU", "GCB", "GCM", "NBK", "PLN", "STK", "WRP", "PCM", "PZL", "TAP")
THEMES = ("Peonies", "Garden Party", "Strawberry Fields", "Juliet Rose", "Wildwood", "Mother Goose",
          "Ship Model Kit", "Goose Parade", "Hydrangea", "Citrus Grove", "Menagerie", "Blossom")
KINDS = ("{year} Appointment Notebook", "{year} 12-Month Wall Calendar", "{year} 17-Month Planner",
         "Greeting Card", "Boxed Set of 8 Thank You Cards", "Sticker Book", "Wrapping Sheet",
         "Jigsaw Puzzle 1000 pc", "Pocket Notebook Set of 3", "Desk Calendar {year}",
         "Stitched Notebook - Large, Lined, with Elastic Closure and Ribbon Marker")
CARRIERS = ("1Z{n}", "9400{n}", "7749{n}")


def description(rng: random.Random, year: int) -> str:
    return f"{rng.choice(THEMES)} {rng.choice(KINDS).format(year=year)}"


def _columns(rng: random.Random, shipped: bool) -> list[Column]:
    shift = rng.uniform(-10, 10)
    x = 46 + shift
    desc_w = rng.uniform(170, 220) - (40 if shipped else 0)
    cols = [Column(rng.choice(("Style", "Item", "Style #")), x, 48), Column("Description", x + 62, desc_w)]
    right = x + 62 + desc_w
    if shipped:
        cols += [Column("Ordered", right + 48, 38, "right"), Column("Shipped", right + 96, 38, "right")]
        right += 96
    else:
        cols.append(Column(rng.choice(("Qty", "Quantity")), right + 50, 40, "right"))
        right += 50
    cols.append(Column(rng.choice(("Price", "Unit Price")), right + rng.uniform(60, 80), 50, "right"))
    cols.append(Column(rng.choice(("Amount", "Extended")), 566 + shift / 3, 60, "right"))
    return cols


def _product(rng: random.Random, codes: set[str], year: int, titles: list[str], fmt: dict) -> tuple[dict, dict]:
    code = f"{rng.choice(PREFIXES)}{rng.randint(1, 999):03d}"
    while code in codes:
        code = f"{rng.choice(PREFIXES)}{rng.randint(1, 999):03d}"
    codes.add(code)
    desc = description(rng, year)
    qty = rng.choice((4, 6, 6, 12, 12, 24, 36))
    price = Decimal(rng.choice(("2.50", "3.00", "4.00", "6.00", "9.00", "12.50", "15.00", "18.00", "24.00")))
    shipped = qty if rng.random() > 0.2 else 0
    row = {titles[0]: code, "Description": desc, titles[-2]: c.money(price, **fmt)}
    if len(titles) == 6:
        row.update({"Ordered": str(qty), "Shipped": str(shipped)})
    else:
        shipped = qty
        row[titles[2]] = str(qty)
    row[titles[-1]] = c.money((price * shipped).quantize(Decimal("0.01")), **fmt)
    return row, {"item": f"{code} - {desc}", "wholesale": c.truth_decimal(price), "qty": shipped}


def _lines(rng: random.Random, count: int, year: int, titles: list[str], fmt: dict) -> tuple[list, list, list]:
    rows, truth, backorders, codes = [], [], [], set()
    for _ in range(count):
        row, line = _product(rng, codes, year, titles, fmt)
        rows.append(row)
        if line["qty"]:
            truth.append(line)
        else:
            backorders.append(line["item"])
        if not line["qty"] or rng.random() < 0.1:  # a stock note printed under the line
            note = f"Not In Stock - {row['Description'][:28].strip()} oos qty {rng.randint(1, 24)}."
            rows.append({"Description": note})
    for _ in range(rng.randint(1, 2)):  # tracking numbers and freight among the lines
        tracking = rng.choice(CARRIERS).format(n=rng.randint(10**11, 10**12 - 1))
        rows.insert(rng.randint(1, len(rows)), {"Description": f"SHIP - {tracking}"})
    freight = c.money(Decimal(rng.randint(800, 4500)) / 100, **fmt)
    label = rng.choice(("Freight", "Shipping & Handling", "FREIGHT - UPS Ground"))
    rows.append({"Description": label, titles[-1]: freight, titles[-2]: freight,
                 (titles[2] if len(titles) == 5 else "Shipped"): "1"})
    return rows, truth, backorders


def _header(doc: Document, rng: random.Random, fields: list[tuple[str, str]]) -> None:
    doc.text(50, 58, rng.choice(("RIFLE PAPER CO.", "Rifle Paper Co.")), size=rng.choice((16, 18, 20)), bold=True)
    doc.text(50, 76, "558 W. New England Ave, Suite 200")
    doc.text(50, 88, "Winter Park, FL 32789")
    doc.text(50, 100, "wholesale@riflepaperco.com")
    doc.text(430, 58, "INVOICE", size=16, bold=True)
    for index, (label, value) in enumerate(fields):
        doc.text(390, 78 + index * 12, label, bold=True)
        doc.text(475, 78 + index * 12, value)
    doc.text(50, 150, "Bill To:", bold=True)
    doc.text(300, 150, "Ship To:", bold=True)
    for offset, value in enumerate((rng.choice(c.CUSTOMERS), rng.choice(c.STREETS), rng.choice(c.CITIES))):
        doc.text(50, 162 + offset * 12, value)
        doc.text(300, 162 + offset * 12, value)
    doc.y = 226


def render(seed: int, lines: int | None = None) -> tuple[bytes, dict, int]:
    rng = random.Random(f"rifle-paper-{seed}")
    number = rng.choice(("INV{n}", "SI-{n}", "{n}")).format(n=rng.randint(1000000, 9999999))
    when = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
    fmt = {"dollar": rng.random() < 0.3, "thousands": rng.random() < 0.7}
    date_fmt = rng.choice(c.DATE_FORMATS)
    fields = [("Invoice #:", number), ("Order Date:", when.strftime(date_fmt)),
              ("Invoice Date:", (when + timedelta(days=rng.randint(2, 20))).strftime(date_fmt)),
              ("PO #:", str(rng.randint(1000, 9999))), ("Customer #:", f"C{rng.randint(10000, 99999)}")]
    if rng.random() < 0.5:
        fields[1], fields[2] = fields[2], fields[1]
    count = lines or rng.choice((rng.randint(4, 12), rng.randint(12, 28), rng.randint(36, 60)))
    doc = Document(size=rng.choice((8.0, 8.5, 9.0)))
    _header(doc, rng, fields)
    columns = _columns(rng, shipped=rng.random() < 0.5)
    titles = [col.title for col in columns]
    rows, truth_lines, backorders = _lines(rng, count, when.year + 1, titles, fmt)

    def page_top(d: Document) -> None:
        d.text(50, 50, "Rifle Paper Co.", bold=True)
        d.text(390, 50, f"Invoice {number} (continued)")
        d.y = 80
        table_header(d, columns)

    def continued(d: Document) -> None:
        d.text(560, 760, f"Page {d.page}", align="right")

    doc.on_new_page = page_top
    table_header(doc, columns)
    pitch = doc.size * rng.uniform(1.5, 2.0)
    for row in rows:
        table_row(doc, columns, row, pitch=pitch, wrap_column="Description", before_break=continued)
    _footer(doc, columns, truth_lines)
    doc.text(560, 760, f"Page {doc.page}", align="right")
    truth = {"order_date": when.isoformat(), "vendor": CANONICAL, "invoice_number": number,
             "line_items": truth_lines, "backorders": backorders}
    pages = doc.page
    return doc.finish(), truth, pages


def _footer(doc: Document, columns: list[Column], truth: list[dict]) -> None:
    total = sum(Decimal(t["wholesale"]) * t["qty"] for t in truth)
    if not doc.room(50):
        doc.new_page()
    doc.y += 12
    doc.text(420, doc.y, "Merchandise Total", bold=True)
    doc.text(columns[-1].x, doc.y, c.money(total, dollar=True, thousands=True), align="right")
    doc.y += 26
    doc.text(50, doc.y, "Thank you for your order! Questions: wholesale@riflepaperco.com")

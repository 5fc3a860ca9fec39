"""Generic US-style invoices in three table layouts, with their ground truth.

- ``columns``: Item # | Description | Qty | Unit Price | Amount
- ``ordered_shipped``: SKU | Description | Ordered | Shipped | B/O | Price | Extended (backorders)
- ``amount_only``: Qty | Description | Amount (unit price = amount ÷ qty)

Per seed: vendor, fonts sizes, column positions and widths, row pitch, number formats, date
format, number label, line count, wrapped descriptions; long invoices break across pages with
the table header repeated.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from . import content as c
from .drawing import Column, Document, table_header, table_row


def _columns(layout: str, rng: random.Random) -> list[Column]:
    shift = rng.uniform(-12, 12)
    desc_width = rng.uniform(150, 210)
    if layout == "columns":
        x = 54 + shift
        return [Column("Item #", x, 60), Column("Description", x + 70, desc_width),
                Column("Qty", x + 90 + desc_width + 30, 30, "right"),
                Column("Unit Price", x + 90 + desc_width + 105, 60, "right"),
                Column("Amount", 558 + shift / 3, 70, "right")]
    if layout == "ordered_shipped":
        x = 50 + shift / 2
        d = min(desc_width, 170)
        return [Column("SKU", x, 55), Column("Description", x + 62, d),
                Column("Ordered", x + 62 + d + 45, 40, "right"), Column("Shipped", x + 62 + d + 95, 40, "right"),
                Column("B/O", x + 62 + d + 130, 25, "right"), Column("Price", x + 62 + d + 190, 50, "right"),
                Column("Extended", 560, 60, "right")]
    return [Column("Qty", 70 + shift, 30, "right"), Column("Description", 95 + shift, desc_width + 90),
            Column("Amount", 555 + shift / 3, 80, "right")]


def _lines(layout: str, rng: random.Random, count: int, fmt: dict) -> tuple[list[dict], dict]:
    rows, truth_lines, backorders = [], [], []
    prefix = "".join(rng.choice("ABCDEFGHKMNPRSTW") for _ in range(2))
    for _ in range(count):
        desc, qty = c.description(rng), rng.choice((1, 2, 3, 4, 6, 12, 24, 36, 48, 144, rng.randint(1, 60)))
        code = c.sku(rng, prefix)
        if layout == "amount_only":
            price = Decimal(rng.randint(50, 9000)) / 100
            if qty % 2 == 0 and rng.random() < 0.3:
                price += Decimal("0.005")
            amount = price * qty
            rows.append({"Qty": str(qty), "Description": desc, "Amount": c.money(amount, **fmt)})
            truth_lines.append({"item": desc, "wholesale": c.truth_decimal(price), "qty": qty})
            continue
        price = c.unit_price(rng, three_places=True)
        places = max(2, -price.normalize().as_tuple().exponent)
        if layout == "columns":
            rows.append({"Item #": code, "Description": desc, "Qty": str(qty),
                         "Unit Price": c.money(price, **fmt, places=places),
                         "Amount": c.money((price * qty).quantize(Decimal("0.01")), **fmt)})
            truth_lines.append({"item": f"{code} - {desc}", "wholesale": c.truth_decimal(price), "qty": qty})
            continue
        shipped = qty if rng.random() > 0.25 else rng.choice((0, 0, max(1, qty // 2)))
        rows.append({"SKU": code, "Description": desc, "Ordered": str(qty), "Shipped": str(shipped),
                     "B/O": str(qty - shipped) if qty - shipped else "",
                     "Price": c.money(price, **fmt, places=places),
                     "Extended": c.money((price * shipped).quantize(Decimal("0.01")), **fmt)})
        item = f"{code} - {desc}"
        if shipped:
            truth_lines.append({"item": item, "wholesale": c.truth_decimal(price), "qty": shipped})
        else:
            backorders.append(item)
    return rows, {"line_items": truth_lines, "backorders": backorders}


def _header(doc: Document, rng: random.Random, vendor: str, fields: list[tuple[str, str]]) -> None:
    doc.text(54, 60, vendor, size=rng.choice((16, 18, 20)), bold=True)
    doc.text(54, 78, rng.choice(c.STREETS))
    doc.text(54, 90, rng.choice(c.CITIES))
    doc.text(54, 102, f"Tel (555) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}")
    doc.text(400, 60, "INVOICE", size=16, bold=True)
    boxed = rng.random() < 0.4
    for index, (label, value) in enumerate(fields):
        if boxed:  # label above value, side by side boxes
            x = 300 + index * 95
            doc.text(x, 130, label, size=8, bold=True)
            doc.text(x, 142, value)
        else:
            doc.text(400, 80 + index * 13, label, bold=True)
            doc.text(490, 80 + index * 13, value)
    doc.text(54, 170, "Bill To:", bold=True)
    doc.text(54, 182, rng.choice(c.CUSTOMERS))
    doc.text(54, 194, rng.choice(c.STREETS))
    doc.text(54, 206, rng.choice(c.CITIES))
    doc.y = 240


def _footer(doc: Document, columns: list[Column], rows: list[dict], fmt: dict, rng: random.Random) -> None:
    amount_title = columns[-1].title
    subtotal = sum(Decimal(r[amount_title].replace("$", "").replace(",", "")) for r in rows)
    tax = (subtotal * Decimal("0.0725")).quantize(Decimal("0.01"))
    shipping = Decimal(rng.randint(500, 4000)) / 100
    lines = [("Subtotal", subtotal), ("Sales Tax (7.25%)", tax), (rng.choice(("Shipping", "Freight")), shipping)]
    if rng.random() < 0.4:
        lines.insert(1, ("Discount", -Decimal("10.00")))
    lines.append(("Total", sum(v for _, v in lines)))
    if not doc.room(14 * len(lines) + 40):
        doc.new_page()
    doc.y += 10
    for label, value in lines:
        doc.text(400, doc.y, label, bold=label == "Total")
        doc.text(columns[-1].x, doc.y, c.money(value, dollar=True, thousands=True), align="right")
        doc.y += 14
    doc.y += 14
    doc.text(54, doc.y, rng.choice(("Terms: Net 30", "Terms: Due on receipt", "Terms: 2% 10 Net 30")))
    doc.text(54, doc.y + 12, "Thank you for your business!")


def render(layout: str, seed: int, pages: int | None = None, lines: int | None = None) -> tuple[bytes, dict, int]:
    rng = random.Random(f"{layout}-{seed}")
    vendor = rng.choice(c.VENDORS)
    number = rng.choice(c.NUMBER_FORMATS).format(n=rng.randint(10000, 99999))
    when = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
    when_text = when.strftime(rng.choice(c.DATE_FORMATS))
    fmt = {"dollar": rng.random() < 0.4, "thousands": rng.random() < 0.7}
    count = lines or (pages * 38 if pages else rng.randint(8, 25))
    doc = Document(size=rng.choice((8.5, 9.0, 9.5)))
    fields = [(rng.choice(c.NUMBER_LABELS), number)]
    fields.append(("Order Date:" if layout == "ordered_shipped" else rng.choice(("Date:", "Invoice Date:")), when_text))
    if layout == "ordered_shipped":
        fields.append(("PO #:", str(rng.randint(1000, 9999))))
    _header(doc, rng, vendor, fields)
    columns = _columns(layout, rng)
    rows, truth = _lines(layout, rng, count, fmt)

    def continued(d: Document) -> None:
        d.text(54, d.y + 16, "Continued on next page")
        d.text(300, 760, f"Page {d.page}", align="right")

    def page_top(d: Document) -> None:
        d.text(54, 50, vendor, bold=True)
        d.text(400, 50, f"Invoice {number} (continued)")
        d.y = 80
        table_header(d, columns)

    doc.on_new_page = page_top
    table_header(doc, columns)
    pitch = doc.size * rng.uniform(1.5, 2.0)
    wrap_col = "Description"
    for row in rows:
        table_row(doc, columns, row, pitch=pitch, wrap_column=wrap_col, before_break=continued)
    _footer(doc, columns, rows, fmt, rng)
    doc.text(300, 760, f"Page {doc.page}", align="right")
    page_count = doc.page
    pdf = doc.finish()
    return pdf, {"order_date": when.isoformat(), "vendor": vendor, "invoice_number": number, **truth}, page_count

"""OneHundred80 and Rifle Paper Co. invoices (SPEC §7), laid out per ``Style``.

OneHundred80: ``SKU | UPC | QTY | UOM | Description | Unit Price | Extended`` (UOM ``EA`` or
``ST``, in a column or after the quantity), some lines without a UPC, inch marks and ranges
kept as printed; the PO number is the sheet's invoice number; the order date is column B.

Rifle Paper Co.: style codes (3 letters + 3 digits), descriptions with years and "12-Month";
``Not In Stock - ... oos qty N.`` and ``SHIP - <tracking>`` notes and a freight line among the
rows are not products; "Goose" and "Ship Model Kit" products are. With ordered and shipped
columns, a line with nothing shipped is a backorder.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from .. import content
from . import lines
from .catalogs import CARRIERS, OH80_BRANDS, RIFLE_PREFIXES, oh80_description, rifle_description, upc
from .compose import Spec, render
from .formats import DATES, amount, us_numbers
from .goods import Party
from .style import dice, draw
from .table import Row
from .words import LANGS

OH80_TITLES = {
    "code": (("SKU",),), "upc": (("UPC",),), "qty": (("QTY",), ("Qty",)), "unit": (("UOM",),),
    "desc": (("Description",),), "price": (("Unit Price",), ("Unit", "Price")),
    "list": (("MSRP",), ("Retail",)), "same": (("Price",),),
    "amount": (("Extended",), ("Ext. Price",), ("Amount",), ("Extended", "Amount")),
}
RIFLE_TITLES = {
    "code": (("Style",), ("Item",), ("Style #",)), "desc": (("Description",),),
    "qty": (("Qty",), ("Quantity",)), "ordered": (("Ordered",), ("Qty", "Ord")),
    "shipped": (("Shipped",), ("Qty", "Shp")),
    "backordered": (("B/O",), ("Back", "Order")), "price": (("Price",), ("Unit Price",), ("Wholesale",)),
    "list": (("MSRP",), ("Retail",)), "same": (("Price",),),
    "amount": (("Amount",), ("Extended",)),
}


def _header(rng: random.Random, number: str, po: str, when: date, invoiced: date) -> list[tuple[str, str]]:
    spell = rng.choice(DATES["en-US"])
    fields = [("Invoice #:", number), ("Invoice Date:", spell(invoiced)),
              (rng.choice(("Order Date:", "Order Date")), spell(when)),
              (rng.choice(("PO #:", "P.O. Number", "Customer PO:")), po)]
    rng.shuffle(fields)
    return fields


def _spec(family: str, seed: int, seller: Party, fields, cols, rows, totals, running: str) -> Spec:
    rng = dice(family, seed, "parties")
    customer = Party(rng.choice(content.CUSTOMERS), (rng.choice(content.STREETS), rng.choice(content.CITIES)))
    return Spec(look=dice(family, seed, "look"), lang=LANGS["en-US"], numbers=us_numbers(rng), seller=seller,
                customer=customer, title=rng.choice(("INVOICE", "Invoice")), fields=fields, cols=cols, rows=rows,
                totals=totals, running=running, ship_to=customer if rng.random() < 0.6 else None,
                bill_label=rng.choice(("Bill To:", "Sold To:")), notes=[rng.choice(("Terms: Net 30", "Terms: Net 60"))],
                footnotes=["Returns require authorization within 10 days of receipt."],
                legal=f"{seller.name} · {seller.lines[0]} · {seller.lines[1]}")


def onehundred80(seed: int) -> tuple[bytes, dict, int]:
    family = "onehundred80-variants"
    style = draw(family, seed)
    style = style if style.units != "none" else draw(family, seed, units="column")  # the UOM is always printed
    rng = dice(family, seed, "content")
    number, po = str(rng.randint(300000, 399999)), rng.choice(("{n}", "WP{n}", "MKT-{n}", "F24-{n}")).format(
        n=rng.randint(100, 99999))
    when = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
    numbers = us_numbers(rng)
    items, letters, pick = [], rng.sample("ABCFHMNPST", 3), dice(family, seed, "items")
    for _ in range(style.length):
        code = f"{pick.choice(letters)}{pick.randint(1000, 9999)}{pick.choice(('', '', '', 'A'))}"
        price = Decimal(pick.randint(150, 4800)) / 100 + (Decimal("0.005") if pick.random() < 0.15 else 0)
        qty = pick.choice((2, 4, 6, 6, 12, 12, 24, 36, 48))
        items.append(lines.Item({"code": code, "upc": upc(pick) if pick.random() < 0.85 else ""},
                                oh80_description(pick), qty, amount(price, qty), price,
                                list_price=lines.retail(pick, price) if style.extra_price != "none" else None,
                                unit=pick.choice(("EA", "EA", "EA", "ST")), flag=lines.flag(pick)))
    cols = lines.columns(style, LANGS["en-US"], dice(family, seed, "titles"), ids=["code", "upc"], qtys=["qty"],
                         prices=lines.price_roles(style), titles=OH80_TITLES)
    rows = [lines.row(item, style, numbers, n) for n, item in enumerate(items, 1)]
    merchandise = sum((i.amount for i in items), Decimal(0))
    totals = lines.totals(LANGS["en-US"], numbers, style, rng, merchandise, tax=False)
    brand = rng.choice(OH80_BRANDS)
    seller = Party(brand, ("1220 W. Trade Center Dr.", "Santa Ana, CA 92704",
                           rng.choice(("www.onehundred80degrees.com", "orders@onehundred80degrees.com"))))
    fields = _header(rng, number, po, when, when + timedelta(days=rng.randint(3, 30)))
    spec = _spec(family, seed, seller, fields, cols, rows, totals, f"{brand} - Invoice {number}")
    truth_lines = [{"item": (f"{i.codes['code']} - UPC: 0{i.codes['upc']} - {i.desc}" if i.codes["upc"]
                             else f"{i.codes['code']} - {i.desc}"),
                    "wholesale": content.truth_decimal(i.price), "qty": i.qty} for i in items]
    truth = {"order_date": when.isoformat(), "vendor": "OneHundred80", "invoice_number": po,
             "line_items": truth_lines, "backorders": []}
    pdf, pages = render(spec, style)
    return pdf, truth, pages


def _rifle_items(pick: random.Random, count: int, year: int, shipped_column: bool, style) -> list[lines.Item]:
    items, codes = [], set()
    for _ in range(count):
        code = f"{pick.choice(RIFLE_PREFIXES)}{pick.randint(1, 999):03d}"
        while code in codes:
            code = f"{pick.choice(RIFLE_PREFIXES)}{pick.randint(1, 999):03d}"
        codes.add(code)
        qty = pick.choice((4, 6, 6, 12, 12, 24, 36))
        shipped = qty if not shipped_column or pick.random() > 0.2 else 0
        price = Decimal(pick.choice(("2.50", "3.00", "4.00", "6.00", "9.00", "12.50", "15.00", "18.00", "24.00")))
        items.append(lines.Item({"code": code}, rifle_description(pick, year), shipped, amount(price, shipped), price,
                                qty if shipped_column else None,
                                lines.retail(pick, price) if style.extra_price != "none" else None,
                                pick.choice(("EA", "ea", "Each")), lines.flag(pick)))
    return items


def _rifle_rows(pick: random.Random, items: list[lines.Item], rows: list[Row], numbers) -> list[Row]:
    """Product rows with stock notes, tracking lines and a freight line among them."""
    found: list[Row] = []
    for item, product in zip(items, rows, strict=True):
        found.append(product)
        if not item.qty or pick.random() < 0.12:
            found.append(Row({}, f"Not In Stock - {item.desc[:28].strip()} oos qty {pick.randint(1, 24)}.", "note"))
    for _ in range(pick.randint(1, 2)):
        tracking = pick.choice(CARRIERS).format(n=pick.randint(10**11, 10**12 - 1))
        found.insert(pick.randint(1, len(found)), Row({}, f"SHIP - {tracking}", "note"))
    freight = Decimal(pick.randint(800, 4500)) / 100
    label = pick.choice(("Freight", "Shipping & Handling", "FREIGHT - UPS Ground"))
    found.append(Row({"amount": numbers.money(freight)}, label, "charge", freight))
    return found


def rifle_paper(seed: int) -> tuple[bytes, dict, int]:
    family = "rifle-paper-variants"
    style = draw(family, seed)
    rng = dice(family, seed, "content")
    number = rng.choice(("INV{n}", "SI-{n}", "{n}")).format(n=rng.randint(1000000, 9999999))
    when = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
    numbers = us_numbers(rng)
    shipped_column = rng.random() < 0.5
    pick = dice(family, seed, "items")
    items = _rifle_items(pick, style.length, when.year + 1, shipped_column, style)
    qtys = ["ordered", "shipped", "backordered"] if shipped_column else ["qty"]
    cols = lines.columns(style, LANGS["en-US"], dice(family, seed, "titles"), ids=["code"], qtys=qtys,
                         prices=lines.price_roles(style), titles=RIFLE_TITLES)
    rows = _rifle_rows(pick, items, [lines.row(i, style, numbers, n) for n, i in enumerate(items, 1)], numbers)
    merchandise = sum((i.amount for i in items), Decimal(0))
    totals = [("Merchandise Total", numbers.money(merchandise, symbol=style.currency != "none"), True)]
    brand = rng.choice(("RIFLE PAPER CO.", "Rifle Paper Co."))
    seller = Party(brand, ("558 W. New England Ave, Suite 200", "Winter Park, FL 32789", "wholesale@riflepaperco.com"))
    fields = _header(rng, number, str(rng.randint(1000, 9999)), when, when + timedelta(days=rng.randint(2, 20)))
    fields.append(("Customer #:", f"C{rng.randint(10000, 99999)}"))
    spec = _spec(family, seed, seller, fields, cols, rows, totals, f"Rifle Paper Co. - Invoice {number}")
    truth = {"order_date": when.isoformat(), "vendor": "Rifle Paper Co.", "invoice_number": number,
             "line_items": [{"item": f"{i.codes['code']} - {i.desc}", "wholesale": content.truth_decimal(i.price),
                             "qty": i.qty} for i in items if i.qty],
             "backorders": [f"{i.codes['code']} - {i.desc}" for i in items if not i.qty]}
    pdf, pages = render(spec, style)
    return pdf, truth, pages

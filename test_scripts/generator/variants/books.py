"""HarperCollins purchase orders from the distributor Anne McGilvray & Company (SPEC §7).

Invoice number: the ``NS`` + digits order number, else the PO number. ``Discount: 50.00% OFF``
(percentages vary) sits among the header notes or under the totals; wholesale = list x (1 -
discount), exact. Lines: ISBN-13, a library-inverted title ("Smith, Jane: The Long Road Home",
"Little Blue Truck, The") that may wrap, quantity, list price, extended. A manufacturer label
is printed on some orders only: the distributor alone makes it a HarperCollins order.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from .. import content
from ..harpercollins import isbn13
from . import lines
from .catalogs import book_title
from .compose import Spec, render
from .formats import DATES, amount, us_numbers
from .goods import Party
from .style import Style, dice, draw
from .words import LANGS

CANONICAL = "HarperCollins"
DISTRIBUTOR = "Anne McGilvray & Company"
DISCOUNTS = ("50", "46", "48", "45.5", "40", "42", "47.5", "52")
DISCOUNT_TEXTS = ("Discount: {d:.2f}% OFF", "Discount: {d:g}% OFF", "Discount: {d:.2f} % OFF")
TITLES = {
    "code": (("ISBN",), ("ISBN-13",), ("EAN",), ("ISBN", "13")),
    "desc": (("Title",), ("Description",), ("Author", "/ Title"), ("Book", "Title")),
    "qty": (("Qty",), ("Quantity",), ("Ord", "Qty"), ("Qty", "Ordered")),
    "list": (("List",), ("List", "Price"), ("Retail",), ("Retail", "Price")),
    "disc": (("Disc",), ("Disc %",), ("Discount",)),
    "amount": (("Extended",), ("Ext.", "Price"), ("Net", "Amount"), ("Extended", "Amount"), ("Total",)),
    "unit": (("UOM",), ("Unit",)),
}
FORMATS = ("HC", "PB", "BB", "TR", "MM")  # binding codes: two-letter tokens between the columns


def _fields(rng: random.Random, ns: str, po: str, when: date) -> list[tuple[str, str]]:
    spell = rng.choice(DATES["en-US"])
    fields = [(rng.choice(("Order #:", "Order No.", "Sales Order:")), ns)] if ns else []
    fields.append((rng.choice(("PO #:", "PO Number:", "P.O. #")), po))
    dates = [(rng.choice(("Order Date:", "Date:", "PO Date:")), spell(when)),
             ("Ship Date:", spell(when + timedelta(days=rng.randint(5, 40)))),
             ("Cancel Date:", spell(when + timedelta(days=rng.randint(60, 90))))]
    if rng.random() < 0.4:  # the ship window printed before the order date
        dates = dates[1:] + dates[:1]
    return fields + dates


def _items(rng: random.Random, style: Style, discount: Decimal) -> list[lines.Item]:
    found = []
    unit = rng.choice(("ea", "EA", "each"))
    for _ in range(style.length):
        price = Decimal(rng.randint(6, 34)) + Decimal(rng.choice(("0.99", "0.99", "0.95", "0.00", "0.50")))
        qty = rng.choice((1, 2, 3, 4, 5, 6, 8, 10, 12, rng.randint(1, 30)))
        net = price * (1 - discount / 100)
        item = lines.Item({"code": isbn13(rng)}, book_title(rng), qty, amount(net, qty), list_price=price,
                          unit=unit, flag=rng.choice(FORMATS))
        found.append(item)
    return found


def build(seed: int) -> tuple[Spec, Style, dict]:
    family = "harpercollins-variants"
    style = draw(family, seed)
    rng = dice(family, seed, "content")
    lang = LANGS["en-US"]
    discount = Decimal(rng.choice(DISCOUNTS))
    ns = f"NS{rng.randint(4000000, 4999999)}" if rng.random() < 0.8 else ""
    po = rng.choice(("{n}", "WP-{n}", "2025-{n}")).format(n=rng.randint(1000, 99999))
    when = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
    numbers = us_numbers(rng)
    items = _items(dice(family, seed, "items"), style, discount)
    prices = ["list", "disc"] if style.extra_price != "none" else ["list"]
    cols = lines.columns(style, lang, dice(family, seed, "titles"), ids=["code"], qtys=["qty"], prices=prices,
                         titles=TITLES)
    rows = [lines.row(item, style, numbers, n) for n, item in enumerate(items, 1)]
    for row in rows:
        row.cells["disc"] = f"{discount:g}%"
    seller = Party(DISTRIBUTOR, ("Gift & Book Representatives", rng.choice(content.STREETS), rng.choice(content.CITIES),
                                 "orders@annemcgilvray.com"))
    discount_text = rng.choice(DISCOUNT_TEXTS).format(d=discount)
    notes = [rng.choice(("Terms: Net 60", "Terms: Net 30", "Terms: Net 90")),
             rng.choice(("Ship Via: Best Way", "Ship Via: UPS Ground"))]
    mfr = rng.choice(("MFR: HarperCollins", "MFR: HarperCollins Publishers", "Vendor: Harper Collins Publishers",
                      "Publisher: HarperCollins", "", ""))
    in_header = rng.random() < 0.7
    notes = [n for n in [mfr, *notes, discount_text if in_header else ""] if n]
    merchandise = sum((i.amount for i in items), Decimal(0))
    units = sum(i.qty for i in items)
    totals = [(f"Total Units: {units}", "", True), ("Total:", numbers.money(merchandise, symbol=True), True)]
    footnotes = ([] if in_header else [discount_text]) + ["Please confirm availability and ship complete."]
    customer = Party(rng.choice(content.CUSTOMERS), (rng.choice(content.STREETS), rng.choice(content.CITIES)))
    spec = Spec(look=dice(family, seed, "look"), lang=lang, numbers=numbers, seller=seller, customer=customer,
                title=rng.choice(("PURCHASE ORDER", "Purchase Order")), fields=_fields(rng, ns, po, when), cols=cols,
                rows=rows, totals=totals, running=f"{DISTRIBUTOR} - Purchase Order {ns or po}", ship_to=customer,
                remit_label=rng.choice(("Issued By:", "Ordered Through:")), notes=notes, footnotes=footnotes,
                legal=f"{DISTRIBUTOR} · {seller.lines[1]} · {seller.lines[2]}")
    truth = {"order_date": when.isoformat(), "vendor": CANONICAL, "invoice_number": ns or po,
             "line_items": [{"item": f"{i.codes['code']} - {i.desc}",
                             "wholesale": content.truth_decimal(i.list_price * (1 - discount / 100)), "qty": i.qty}
                            for i in items],
             "backorders": []}
    return spec, style, truth


def render_po(seed: int) -> tuple[bytes, dict, int]:
    spec, style, truth = build(seed)
    pdf, pages = render(spec, style)
    return pdf, truth, pages

"""Any other wholesale supplier (SPEC §7 "Any other vendor"), in US/UK English, German, French,
Dutch or Spanish.

Kinds: ``columns`` (code, description, quantity, unit price, amount), ``ordered_shipped``
(quantity = shipped; nothing shipped = a backorder, not a product), ``amount_only`` (unit price
= amount ÷ quantity) and ``no_code`` (the item is the description alone). Some documents also
print an EAN/UPC beside the code (item: code - EAN - description). Truth: the seller's name as
printed, the invoice number as printed, the order date where one is printed (else the invoice
date), every product line.
"""

from __future__ import annotations

import random
from datetime import date, timedelta
from decimal import Decimal

from .. import content
from . import goods, lines
from .compose import Spec, render
from .formats import DATES, amount, european_numbers, us_numbers
from .style import Style, dice, draw
from .table import Row
from .words import LANGS, Lang

KINDS = ("columns", "columns", "ordered_shipped", "amount_only", "no_code")
NUMBER_FORMATS = {
    "en-US": ("{n}", "INV-{n}", "A-{n}", "{y}-{k}"), "en-GB": ("{n}", "INV{k}", "SI-{n}"),
    "de": ("RE-{y}-{k}", "{n}", "R{n}", "{y}{k}"), "fr": ("F{y}-{k}", "FA{n}", "{n}"),
    "nl": ("{y}{k}", "F-{n}", "{n}"), "es": ("FV{y}/{k}", "A-{n}", "{y}-{k}"),
}
LEGAL = {
    "en-US": "{name} · {street} · {city}", "en-GB": "{name} · Registered in England No. 0{d8} · VAT GB {d9}",
    "de": "{name} · {street} · {city} · USt-IdNr. DE{d9} · IBAN DE12 3004 0000 0{d8} 00",
    "fr": "{name} · SIRET {d9} 000{d2} · TVA FR{d2}{d9}", "nl": "{name} · KvK {d8} · BTW NL{d9}B01",
    "es": "{name} · CIF B{d8} · {street}, {city}",
}


def _number(rng: random.Random, lang: str, year: int) -> str:
    pattern = rng.choice(NUMBER_FORMATS[lang])
    return pattern.format(n=rng.randint(10000, 999999), y=year, k=f"{rng.randint(1, 9999):04d}")


def _fields(rng: random.Random, lang: Lang, number: str, when: date, ordered: date | None) -> list[tuple[str, str]]:
    spell = rng.choice(DATES[lang.code])
    fields = [(rng.choice(lang.number), number), (rng.choice(lang.date), spell(when))]
    if ordered:
        fields.append((rng.choice(lang.order_date), spell(ordered)))
    if rng.random() < 0.6:
        fields.append((rng.choice(lang.other_dates), spell(when + timedelta(days=rng.choice((14, 30, 60))))))
    for label in rng.sample(lang.other_numbers, rng.randint(0, 2)):
        fields.append((label, str(rng.randint(10000, 99999))))
    head, rest = fields[:1], fields[1:]
    rng.shuffle(rest)
    fields = head + rest
    if rng.random() < 0.3:  # some print the customer number before the invoice number
        fields.reverse()
    return [(label if label.endswith(":") or rng.random() < 0.5 else label + ":", value) for label, value in fields]


def _item(rng: random.Random, lang: Lang, kind: str, style: Style, prefix: str, unit: str) -> lines.Item:
    desc = goods.product(rng, lang.code)
    qty = rng.choice((1, 2, 3, 4, 6, 6, 8, 10, 12, 12, 24, 36, 48, rng.randint(1, 60)))
    codes = {} if kind == "no_code" else {"code": content.sku(rng, prefix)}
    if kind == "amount_only":
        price = Decimal(rng.randint(50, 9000)) / 100 + (Decimal("0.005") if qty % 2 == 0 and rng.random() < 0.3 else 0)
        return lines.Item(codes, desc, qty, amount(price, qty), unit=unit, flag=lines.flag(rng))
    price = content.unit_price(rng, three_places=rng.random() < 0.5)
    ordered = None
    if kind == "ordered_shipped":
        ordered = qty
        qty = qty if rng.random() > 0.25 else rng.choice((0, 0, max(1, qty // 2)))
    listed = lines.retail(rng, price) if style.extra_price != "none" else None
    return lines.Item(codes, desc, qty, amount(price, qty), price, ordered, listed, unit,
                      lines.flag(rng))


def _items(rng: random.Random, lang: Lang, kind: str, style: Style) -> list[lines.Item]:
    prefix = "".join(rng.choice("ABCDEFGHKMNPRSTW") for _ in range(rng.choice((1, 2, 3))))
    unit = rng.choice(lang.units)
    found = []
    for _ in range(style.length):
        item = _item(rng, lang, kind, style, prefix, rng.choice(lang.units) if rng.random() < 0.2 else unit)
        if rng.random() < 0.15 and item.codes:  # an EAN / UPC beside the code
            item.codes["upc"] = "".join(str(rng.randint(0, 9)) for _ in range(13 if lang.code != "en-US" else 12))
        found.append(item)
    return found


def _truth_line(item: lines.Item) -> dict:
    name = " - ".join([*(item.codes[r] for r in ("code", "upc") if item.codes.get(r)), item.desc])
    price = item.price if item.price is not None else item.amount / item.qty
    return {"item": name, "wholesale": content.truth_decimal(price), "qty": item.qty}


def build(family: str, seed: int, langs: tuple[str, ...]) -> tuple[Spec, Style, dict]:
    style = draw(family, seed)
    rng = dice(family, seed, "content")
    lang = LANGS[rng.choice(langs)]
    kind = dice(family, seed, "kind").choice(KINDS)
    numbers = us_numbers(rng, "$" if lang.code == "en-US" else "£") if lang.code.startswith("en") \
        else european_numbers(rng, lang.code)
    seller, customer = goods.party(rng, lang.code, goods.SELLERS), goods.party(rng, lang.code, goods.CUSTOMERS, False)
    when = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
    ordered = when - timedelta(days=rng.randint(1, 20)) if rng.random() < 0.3 else None
    number = _number(rng, lang.code, when.year)
    items = _items(dice(family, seed, "items"), lang, kind, style)
    has_upc = any("upc" in i.codes for i in items)
    for item in items if has_upc else []:  # the column is there for every line
        item.codes.setdefault("upc", "")
    qtys = ["ordered", "shipped", "backordered"] if kind == "ordered_shipped" else ["qty"]
    ids = [] if kind == "no_code" else ["code"] + (["upc"] if has_upc else [])
    cols = lines.columns(style, lang, dice(family, seed, "titles"), ids=ids, qtys=qtys,
                         prices=lines.price_roles(style, unit_price=kind != "amount_only"))
    qty_places = 2 if lang.code in ("de", "nl") and rng.random() < 0.3 else 0
    rows = [lines.row(item, style, numbers, n, qty_places=qty_places) for n, item in enumerate(items, 1)]
    merchandise = sum((i.amount for i in items), Decimal(0))
    rows = _with_note(rng, lang, rows)
    charge = _charge(rng, lang, numbers, merchandise) if rng.random() < 0.25 else None
    if charge:  # a shipping or discount line inside the table: not a product
        rows.append(charge)
        merchandise += charge.amount
    spec = Spec(
        look=dice(family, seed, "look"), lang=lang, numbers=numbers, seller=seller, customer=customer,
        title=rng.choice(lang.titles), fields=_fields(rng, lang, number, when, ordered), cols=cols, rows=rows,
        totals=lines.totals(lang, numbers, style, rng, merchandise, shipping=charge is None),
        running=f"{seller.name} - {number}",
        ship_to=goods.party(rng, lang.code, goods.CUSTOMERS, False) if rng.random() < 0.5 else None,
        bill_label=rng.choice(lang.bill_to), ship_label=rng.choice(lang.ship_to), remit_label=rng.choice(lang.remit),
        sender_label=rng.choice(lang.sender), notes=rng.sample(lang.terms, rng.randint(0, 2)),
        footnotes=rng.sample(lang.footnotes, rng.randint(0, 2)), legal=_legal(rng, lang, seller))
    truth = {"order_date": (ordered or when).isoformat(), "vendor": seller.name, "invoice_number": number,
             "line_items": [_truth_line(i) for i in items if i.qty],
             "backorders": [_truth_line(i)["item"] for i in items if not i.qty]}
    return spec, style, truth


def _with_note(rng: random.Random, lang: Lang, rows: list[Row]) -> list[Row]:
    """Now and then a note among the lines (a delivery-note reference): text only, not a product."""
    if rng.random() >= 0.25:
        return rows
    note = {"de": "Lieferschein {n}", "fr": "Bon de livraison {n}", "nl": "Pakbon {n}", "es": "Albarán {n}"}
    text = note.get(lang.code, "Packing slip #{n}").format(n=rng.randint(1000, 9999))
    at = rng.randint(0, len(rows) - 1)
    return rows[:at] + [Row({}, text, "note")] + rows[at:]


def _charge(rng: random.Random, lang: Lang, numbers, merchandise: Decimal) -> Row:
    if rng.random() < 0.6:
        value = Decimal(rng.randint(500, 4500)) / 100
        label = rng.choice(lang.shipping)
    else:
        value = -(merchandise * Decimal("0.05")).quantize(Decimal("0.01"))
        label = rng.choice(lang.discount) + " 5%"
    return Row({"amount": numbers.money(value)}, label, "charge", value)


def _legal(rng: random.Random, lang: Lang, seller: goods.Party) -> str:
    digits = {f"d{k}": "".join(str(rng.randint(0, 9)) for _ in range(k)) for k in (2, 8, 9)}
    return LEGAL[lang.code].format(name=seller.name, street=seller.lines[0], city=seller.lines[1], **digits)


def render_supplier(family: str, seed: int, langs: tuple[str, ...]) -> tuple[bytes, dict, int]:
    spec, style, truth = build(family, seed, langs)
    pdf, pages = render(spec, style)
    return pdf, truth, pages

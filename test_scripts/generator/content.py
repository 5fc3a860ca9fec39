"""Invented but realistic names, products and number formats for generated invoices."""

from __future__ import annotations

import random
from decimal import Decimal

VENDORS = (
    "Blue Heron Home Goods", "Maple & Main Gifts Inc.", "Copper Kettle Supply Co.", "Northwind Paper Goods",
    "Sparrow Lane Ceramics LLC", "Tidewater Candle Company", "Prairie Loom Textiles", "Hollow Oak Toys Ltd.",
)
CUSTOMERS = ("Willow & Pine Boutique LLC", "The Curious Fox Shop", "Harbor Street Mercantile Inc.")
STREETS = ("1420 Industrial Pkwy", "88 Mill Street, Suite 200", "3075 Commerce Dr.", "12 Harbor Rd")
CITIES = ("Portland, OR 97214", "Asheville, NC 28801", "Madison, WI 53703", "Burlington, VT 05401")
ADJECTIVES = ("Amber", "Linen", "Speckled", "Hammered", "Woven", "Vintage", "Matte Black", "Sage Green",
              "Hand-Painted", "Frosted", "Stoneware", "Reclaimed Wood", "Brass", "Cotton")
NOUNS = ("Glass Vase", "Tea Towel Set/3", "Candle Holder", "Serving Bowl", "Picture Frame 5x7", "Throw Pillow",
         "Coaster Set/4", "Wall Hook", "Jute Basket", "Ceramic Mug", "Table Runner", "Bud Vase", "Photo Album",
         "Ornament", "Notebook", "Puzzle 500 pc")
EXTRAS = ('8"', '12" x 18"', "- Amber", "w/ Lid", "& Saucer", "Large", "2025 Edition", "Assorted Colors",
          "in Gift Box with Ribbon and Card", "Set of 2, Dishwasher Safe", '5-5.75"')


def description(rng: random.Random) -> str:
    parts = [rng.choice(ADJECTIVES), rng.choice(NOUNS)]
    for _ in range(rng.choice((0, 1, 1, 2, 3))):
        parts.append(rng.choice(EXTRAS))
    return " ".join(parts)


def sku(rng: random.Random, prefix: str) -> str:
    return f"{prefix}-{rng.randint(100, 9999)}{rng.choice(('', '', 'A', 'B'))}"


def unit_price(rng: random.Random, three_places: bool) -> Decimal:
    cents = rng.randint(50, 12000)
    if three_places and rng.random() < 0.3:
        return Decimal(cents * 10 + 5) / 1000
    return Decimal(cents) / 100


def money(value: Decimal, *, dollar: bool, thousands: bool, places: int = 2) -> str:
    quantum = Decimal(1).scaleb(-places)
    value = value.quantize(quantum) if value.as_tuple().exponent > -places else value
    text = f"{value:,f}" if thousands else f"{value:f}"
    return ("$" if dollar else "") + text


def truth_decimal(value: Decimal) -> str:
    return format(value.normalize(), "f")


DATE_FORMATS = ("%m/%d/%Y", "%B %d, %Y", "%Y-%m-%d", "%d-%b-%Y", "%m/%d/%y")
NUMBER_LABELS = ("Invoice #:", "Invoice No.", "Invoice Number:", "INVOICE #")
NUMBER_FORMATS = ("{n}", "A-{n}", "INV-00{n}")

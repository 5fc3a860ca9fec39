"""Invented Creative Co-op products, customers and per-seed number styles for generated documents.

Codes follow the shapes SPEC §7 names (D + letter + 4 digits, XS + digits, two letters + 4
digits, optional trailing letter); UPCs are 12 digits; Your Price is 80% of List except on a
few lines (the quality warning case); runs of lines share one price and quantity on purpose.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from decimal import Decimal

from . import content as c

MATERIALS = ("Stoneware", "Mango Wood", "Recycled Glass", "Cotton", "Metal", "Resin", "Paper Mache",
             "Terracotta", "Embroidered Cotton", "Woven Seagrass", "Marble", "Enameled Metal", "Wool Felt")
THINGS = ("Vase", "Bowl", "Bottle", "Tea Towel", "Wall Decor", "Mushroom", "Ornament", "Pillow", "Planter",
          "Tray", "Candle Holder", "Garland", "Basket", "Mug", "Frame", "Bird", "Bell", "Dish")
DETAILS = ('6"H', '4-1/2" Round', "Reactive Glaze", "w/ Gold Finish", "2 Colors", "Boxed", "Set of 3",
           '8"L x 5"W', "Distressed Finish", "Cream & Rust", "Hand-Stamped", "(Holds 3\" Pot)", "Set of 4",
           "3 Styles", "Natural", "Matte White", "with Jute Hanger")
PREFIXES = ("CF", "CD", "HX", "XT", "AH", "EC", "DA", "DF", "DE", "DH")
LIST_PRICES = tuple(Decimal(p) for p in ("2.00", "3.00", "4.00", "6.00", "8.00", "9.50", "12.00", "15.00",
                                          "16.00", "20.00", "24.00", "3.99", "7.49", "32.00", "45.00"))
QUANTITIES = (2, 4, 6, 6, 8, 12, 12, 24, 24, 36, 48, 3, 16)
STREETS = ("4100 Lakeshore Commerce Dr", "77 Depot Street, Unit B", "1900 Riverbend Pkwy")
CUSTOMERS = c.CUSTOMERS
CITIES = c.CITIES


@dataclass
class Product:
    code: str
    upc: str  # "" for the tariff line
    description: str
    list_price: Decimal
    your_price: Decimal
    qty: int
    numbers: dict[str, int] = field(default_factory=dict)  # per-document quantity columns

    @property
    def item(self) -> str:
        return f"{self.code} - UPC: 0{self.upc} - {self.description}"


def money(value: Decimal) -> str:
    """Two decimals unless the value needs more (3.192 stays 3.192): as the vendor prints it."""
    return f"{value:.2f}" if value == value.quantize(Decimal("0.01")) else f"{value.normalize():f}"


def _code(rng: random.Random) -> str:
    shape = rng.random()
    tail = rng.choice(("", "", "A", "B"))
    if shape < 0.35:
        return f"D{rng.choice('AEFHK')}{rng.randint(1000, 9999)}{tail}"
    if shape < 0.5:
        return f"XS{rng.randint(1000, 9999)}{tail}"
    return f"{rng.choice(PREFIXES)}{rng.randint(1000, 9999)}{tail}"


def _description(rng: random.Random) -> str:
    words = [rng.choice(MATERIALS), rng.choice(THINGS)]
    words += rng.sample(DETAILS, rng.choice((1, 1, 2, 2, 3, 5)))
    text = ", ".join([" ".join(words[:2]), *words[2:]])
    return text.replace("(", "").replace(")", "") if rng.random() < 0.5 else text


def products(rng: random.Random, count: int) -> list[Product]:
    """``count`` distinct products; about a fifth repeat the previous price × quantity."""
    found: list[Product] = []
    codes: set[str] = set()
    while len(found) < count:
        code = _code(rng)
        if code in codes:
            continue
        codes.add(code)
        upc = f"{rng.choice(('191009', '889110'))}{rng.randint(0, 999999):06d}"
        if found and rng.random() < 0.2:
            list_price, qty = found[-1].list_price, found[-1].qty
        else:
            list_price, qty = rng.choice(LIST_PRICES), rng.choice(QUANTITIES)
        your = list_price * Decimal("0.8")
        if rng.random() < 0.03:  # the vendor's price is not 80% of list: kept, but warned about
            your = (list_price * Decimal("0.75")).quantize(Decimal("0.01"))
        your = Decimal(money(your))
        found.append(Product(code, upc, _description(rng), list_price, your, qty))
    return found


def tariff(rng: random.Random) -> Product:
    amount = Decimal(rng.randint(2000, 30000)) / 100
    return Product("TRF-CCOI", "", rng.choice(("Tariff Surcharge - 10%", "Tariff Surcharge on imported goods")),
                   amount, amount, 1)

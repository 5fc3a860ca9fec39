"""Creative Co-op order confirmations and invoices whose layouts vary independently per seed.

``creative_coop`` draws the two documents one way (modelled on the vendor's samples); the
vendor rules read them exactly, and read documents drawn independently to the same SPEC §7
descriptions badly. This module draws the same documents with every layout choice taken on its
own from the seed's ``random.Random``, so a reader that leans on one of them is caught:

- description position: in a Description column on the code row, on the line(s) below or
  above the numbers, under the RT column (under the UPC on invoices), or with the code on one
  line and the numbers on the next; descriptions wrap onto 1-3 lines (words joined by single
  spaces give the truth back);
- column header: one line or stacked over two ("Qty / Ord"), or English over French; label
  wording ("Qty Ordered", "Ord Qty", "Net Price", "Ext Price", "Unit of Measure", ...); column
  order (UPC before or after the description, U/M before or after the quantities, an Ordered
  column on invoices); titles over number columns right-, left- or centre-aligned;
- unit words and case (EA, ea, Ea, each, EACH, PC, pcs, SET, Set, ST, DZ, CS);
- stray tokens in unlabelled or labelled columns (a flag "N" / "*", a warehouse code) between
  the quantities and the unit, between code and UPC, or after the unit;
- tariff surcharge sub-lines under some products (text, with a ``TRF-CCOI`` code and product-like
  numbers, or dot leaders) with their own small amounts, a single tariff row, freight lines,
  "discontinued" remarks under cancelled lines: never products;
- page breaks anywhere in a product (numbers on one page, description on the next) or only
  between products; continuation pages with the full letterhead or a one-line header, the
  column header repeated in full, abbreviated or on one line; "Page 3 of 15" in several
  wordings and places, "Continued...", the document number and a print stamp in the footer;
- totals left, right-aligned under the amounts, or on one line; section subtotals; notes
  paragraphs between tables (orders split by ship window or warehouse);
- fonts (Helvetica, Times, Courier), 7-10 pt, line and row spacing, margins, portrait or
  landscape; runs of products with one price and quantity (1.60 x 24).

Order confirmations: quantity = Qty Ord; lines with Qty Ord 0 are not products. Most are 2-6
pages (a few 1); every fifth seed (4, 9, 14, ...) gives 15-16 pages with 130+ lines; ``pages=``
asks for a page count. Invoices:
quantity = Shipped; lines with nothing shipped are backorders (truth ``backorders``). Your
Price is 80% of List, printed exactly (3 decimals where 80% needs them: 7.49 -> 5.992).

Truth is the package's format plus ``price_mismatches`` (always empty here: every Your Price is
80% of List) and ``layout`` (the choices this seed made, to group misses by cause).
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import TYPE_CHECKING

from .creative_coop_content import CITIES, CUSTOMERS, DETAILS, MATERIALS, STREETS, THINGS, money
from .creative_coop_variants_layout import (
    Block,
    Cell,
    Col,
    Face,
    Frame,
    Ink,
    Row,
    draw,
    page_size,
    paginate,
    place_columns,
)

if TYPE_CHECKING:
    from . import GeneratedInvoice

VENDOR = "Creative Co-op"
CENT = Decimal("0.01")

# ---------------------------------------------------------------------------------------------
# Products

MORE_THINGS = ("Stocking", "Tree Topper", "Pumpkin", "Snowflake Ornament", "Nutcracker", "Banner", "Cake Stand",
               "Lantern", "Wreath", "Napkins", "Throw", "Vessel", "Pitcher", "Coasters", "Votive Holder", "Bud Vase")
MORE_DETAILS = ("Assorted Styles, Priced Individually", "Holds Tealight, Not Included", "Food Safe",
                "Battery Operated with 6 Hour Timer", "Hand-Painted Details", "Each One Will Vary",
                "Sold in Multiples of 4", "Includes Gift Tag", "Multi Color", "Antique Brass Finish",
                '10" Dia. x 3"H', "Whitewashed", "Gold Foil Edge", "Set of 6 in Printed Box")
FOREIGN = ("Joyeux Noël", "Feliz Navidad", "Día de los Muertos", "Café", "Crème Brûlée", "Hygge", "Bonjour",
           "Merci", "Fleur-de-Lis", "Jardín", "Papier-mâché", "Noël", "Olé", "Maison", "Bienvenue", "Bon Appétit")
LISTS = tuple(Decimal(p) for p in ("2.00", "3.00", "4.00", "5.00", "6.00", "8.00", "9.50", "12.00", "15.00", "16.00",
                                   "20.00", "24.00", "32.00", "45.00", "3.99", "7.49", "4.99", "12.99", "6.24", "1.99"))
QTYS = (2, 3, 4, 6, 6, 8, 12, 12, 12, 16, 24, 24, 36, 48, 72, 96)
PREFIXES = ("CF", "CD", "HX", "XT", "AH", "EC", "DA", "DF", "DE", "DH", "XM", "GA", "HD", "EW", "BB")


@dataclass
class Product:
    code: str
    upc: str
    description: str
    list_price: Decimal
    your_price: Decimal
    qty: int  # ordered
    shipped: int = 0
    alloc: int = 0
    unit: str = "EA"
    rt: str = ""
    flag: str = ""
    whse: str = ""
    tariff: bool = False
    remark: str = ""  # a note under a cancelled line

    @property
    def item(self) -> str:
        return f"{self.code} - UPC: 0{self.upc} - {self.description}"


def _code(rng: random.Random, taken: set[str]) -> str:
    while True:
        tail = rng.choice(("", "", "", "A", "B", "C"))
        shape = rng.random()
        if shape < 0.35:
            code = f"D{rng.choice('AEFHKLM')}{rng.randint(1000, 9999)}{tail}"
        elif shape < 0.55:
            code = f"XS{rng.randint(10 ** (n := rng.choice((3, 4, 4, 4, 5))) // 10, 10 ** n - 1)}{tail}"
        else:
            code = f"{rng.choice(PREFIXES)}{rng.randint(1000, 9999)}{tail}"
        if code not in taken:
            taken.add(code)
            return code


def _description(rng: random.Random, foreign: float) -> str:
    thing = rng.choice(THINGS + MORE_THINGS)
    words = [f"{rng.choice(MATERIALS)} {thing}"]
    if rng.random() < foreign:
        words[0] = rng.choice((f'{rng.choice(FOREIGN)} {words[0]}', f'{words[0]} "{rng.choice(FOREIGN)}"'))
    words += rng.sample(DETAILS + MORE_DETAILS, rng.choice((0, 1, 1, 2, 2, 3)))
    return " ".join(", ".join(words).replace("(", "").replace(")", "").split())


def _units(rng: random.Random) -> dict[str, str]:
    """This document's unit words: case and the word for a single piece vary per document."""
    case = rng.choice(("upper", "upper", "lower", "title"))
    each = rng.choice(("EA", "EA", "EA", "EACH", "PC"))
    words = {"each": each, "set": rng.choice(("SET", "SET", "ST")), "dz": "DZ", "cs": "CS"}
    if case == "lower":
        words = {k: ("pcs" if v == "PC" else v.lower()) for k, v in words.items()}
    elif case == "title":
        words = {k: v.title() for k, v in words.items()}
    return words


def products(rng: random.Random, count: int, style: Style) -> list[Product]:
    """``count`` products with unique codes; about a quarter repeat the previous price and
    quantity, and some documents have a run of 3-8 lines at 1.60 x 24."""
    taken: set[str] = set()
    found: list[Product] = []
    run = 0
    while len(found) < count:
        if run == 0 and rng.random() < 0.04:
            run = rng.randint(3, 8)
        if run:
            run -= 1
            list_price, qty = Decimal("2.00"), 24
        elif found and rng.random() < 0.25:
            list_price, qty = found[-1].list_price, found[-1].qty
        else:
            list_price, qty = rng.choice(LISTS), rng.choice(QTYS)
        unit = rng.choices(("each", "set", "dz", "cs"), (80, 12, 4, 4))[0]
        p = Product(_code(rng, taken), f"{rng.choice(('191009', '889110'))}{rng.randint(0, 999999):06d}",
                    _description(rng, style.foreign), list_price, Decimal(money(list_price * Decimal("0.8"))), qty,
                    unit=style.units[unit], rt=rng.choice(("", "", "R", "N")),
                    flag=rng.choice(style.flag_tokens) if style.flag_tokens else "",
                    whse=rng.choice(style.whse_tokens) if style.whse_tokens else "",
                    tariff=rng.random() < style.tariff_share)
        if style.kind == "CS":
            if rng.random() < 0.05:
                p.qty = 0
                p.remark = rng.choice(("", "** Discontinued - no longer available **", "CANCELLED PER CUSTOMER"))
            p.alloc = p.qty if rng.random() < 0.7 else rng.randint(0, p.qty)
        else:
            roll = rng.random()
            p.shipped = 0 if roll < 0.15 else rng.randint(1, max(1, qty - 1)) if roll < 0.22 else qty
        found.append(p)
    return found


# ---------------------------------------------------------------------------------------------
# Layout choices

LABELS: dict[str, dict[str, tuple[str, ...]]] = {
    "CS": {
        "code": ("Product Code", "Product Code", "Item Number", "Prod Code", "Item #", "Product"),
        "upc": ("UPC", "UPC", "UPC Code", "UPC/EAN"),
        "desc": ("Description", "Description", "Item Description", "Product Description"),
        "rt": ("RT", "RT", "Rt", "R/T"),
        "q_ord": ("Qty Ord", "Qty Ord", "Qty Ordered", "Ord Qty", "Order Qty", "Ordered"),
        "q_alloc": ("Qty Alloc", "Qty Alloc", "Allocated", "Alloc Qty", "Qty Allocated"),
        "q_ship": ("Qty Shipped", "Qty Shipped", "Qty Shp", "Ship Qty", "Shipped"),
        "q_bko": ("Qty BkOrd", "Qty BkOrd", "Back Ordered", "Qty B/O", "BkOrd Qty"),
        "um": ("U/M", "U/M", "UM", "UOM", "Unit", "Unit of Measure"),
        "list": ("List Price", "List Price", "List", "Lst Price"),
        "your": ("Your Price", "Your Price", "Net Price", "Your Cost", "Net"),
        "ext": ("Your Extd Price", "Your Extd Price", "Extd Price", "Ext Price", "Extended", "Amount"),
    },
    "CI": {
        "code": ("Item", "Item", "Item No", "Item Number", "Product Code"),
        "upc": ("UPC", "UPC", "UPC Code", "UPC/EAN"),
        "desc": ("Description", "Description", "Item Description"),
        "q_ord": ("Ordered", "Qty Ord", "Ord Qty", "Qty Ordered"),
        "q_ship": ("Shipped", "Shipped", "Qty Shipped", "Ship Qty"),
        "q_bko": ("Back", "Back", "Back Ordered", "B/O", "Backord"),
        "um": ("UM", "UM", "U/M", "UOM", "Unit of Measure"),
        "list": ("List Price", "List Price", "List", "Lst Price"),
        "truck": ("Truck", "Truck", "Trk"),
        "your": ("Your Price", "Your Price", "Net Price", "Your Cost"),
        "ext": ("Extended Amount", "Extended Amount", "Ext Price", "Extd Price", "Amount", "Extension"),
    },
}
FRENCH = {"code": "Code article", "upc": "CUP", "desc": "Description", "rt": "RT", "q_ord": "Qté cmd",
          "q_alloc": "Qté alloc", "q_ship": "Qté exp", "q_bko": "Qté diff", "um": "U/M", "list": "Prix liste",
          "your": "Votre prix", "ext": "Montant", "truck": "Camion", "flag": "", "whse": "Entr"}
SHORT = {"code": "Code", "upc": "UPC", "desc": "Desc", "rt": "RT", "q_ord": "Ord", "q_alloc": "Alloc",
         "q_ship": "Shp", "q_bko": "B/O", "um": "UM", "list": "List", "your": "Net", "ext": "Ext", "truck": "Trk",
         "flag": "", "whse": "Wh"}
NUMERIC = {"q_ord", "q_alloc", "q_ship", "q_bko", "list", "your", "ext", "truck"}
NOTES = (
    "Thank you for your order! Please review all quantities and prices carefully. Changes or cancellations "
    "must be received within 48 hours of receipt.",
    "Items shown as backordered will ship as soon as they become available unless cancelled. Allocated quantities "
    "are reserved for 30 days.",
    "A tariff surcharge applies to imported merchandise and is shown under each affected item. The surcharge is "
    "not subject to trade discounts.",
    "Holiday merchandise ships separately from everyday merchandise. Freight is prepaid and added on orders "
    "under the minimum.",
    "Merci pour votre commande. Les prix sont en dollars US. Veuillez vérifier les quantités.",
    "Claims for shortage or damage must be made within 10 days of receipt. Returns require prior authorization.",
)


@dataclass
class Style:
    """Every layout choice of one document (each drawn on its own from the seed's generator)."""

    kind: str
    orientation: str
    family: str
    size: float
    leading: float  # line step inside a product, x size
    gap: float  # extra space between products, points
    margin: float
    top: float
    bottom: float
    desc_pos: str
    desc_width: float
    desc_indent: float
    desc_header: bool
    header: str  # single | stacked | bilingual
    labels: dict[str, str]
    title_align: str
    upc_after_desc: bool
    um_first: bool
    ordered_col: bool
    col_gap: float
    units: dict[str, str]
    stray: str
    stray_at: str
    flag_tokens: tuple[str, ...]
    whse_tokens: tuple[str, ...]
    zero: str
    thousands: bool
    tariff: str  # none | sub | single
    tariff_style: str
    tariff_rate: Decimal
    tariff_share: float
    freight: str
    split_rows: bool
    continuation: str  # full | short (letterhead on pages after the first)
    cont_header: str  # full | abbreviated | one_line
    page_label: str
    page_at: str
    continued: str
    footer_number: bool
    stamp: bool
    totals: str
    qty_total: bool
    sections: int
    notes: str  # none | between | end | top
    rules: bool
    fields: str  # inline | boxed | right_table
    letterhead: str
    foreign: float
    truck: str = ""

    def describe(self) -> dict[str, object]:
        keep = ("orientation", "family", "size", "desc_pos", "header", "upc_after_desc", "um_first", "ordered_col",
                "stray", "stray_at", "tariff", "tariff_style", "freight", "split_rows", "continuation", "cont_header",
                "page_at", "totals", "sections", "notes", "fields")
        return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in vars(self).items() if k in keep} | {
            "labels": dict(self.labels), "units": sorted(set(self.units.values()))}


def choose_style(rng: random.Random, kind: str) -> Style:
    pick = rng.choice
    desc_pos = pick(("same", "below", "below", "above", "under_rt", "numbers_below") if kind == "CS"
                    else ("same", "same", "below", "above", "under_rt", "numbers_below"))
    stray = pick(("none", "none", "flag", "whse", "both"))
    tariff = pick(("none", "sub", "sub", "single"))
    labels = {key: pick(words) for key, words in LABELS[kind].items()}
    labels |= {"flag": pick(("", "", "St", "Flg")), "whse": pick(("", "Whse", "Loc", "WH"))}
    return Style(
        kind=kind, orientation=pick(("portrait", "portrait", "landscape")),
        family=pick(("Helvetica", "Helvetica", "Times", "Courier")),
        size=pick((7.0, 7.5, 8.0, 8.5, 9.0, 9.5, 10.0)), leading=rng.uniform(1.08, 1.35), gap=0.0,
        margin=rng.uniform(18, 54), top=rng.uniform(24, 50), bottom=rng.uniform(24, 48),
        desc_pos=desc_pos, desc_width=rng.uniform(95, 210), desc_indent=pick((0, 0, 8, 16)),
        desc_header=rng.random() < 0.5, header=pick(("single", "single", "stacked", "stacked", "bilingual")),
        labels=labels, title_align=pick(("right", "right", "left", "center")),
        upc_after_desc=rng.random() < 0.35, um_first=rng.random() < 0.3,
        ordered_col=kind == "CI" and rng.random() < 0.3, col_gap=rng.uniform(5, 14), units=_units(rng),
        stray=stray, stray_at=pick(("qty_um", "qty_um", "code_upc", "after_um")),
        flag_tokens=("", "", "", "N", "*", "Y") if stray in ("flag", "both") else (),
        whse_tokens=pick((("MEM",), ("01", "01", "02"), ("WH1", "WH2"), ("TN",))) if stray in ("whse", "both") else (),
        zero=pick(("0", "")), thousands=rng.random() < 0.5,
        tariff=tariff, tariff_style=pick(("text", "coded", "dotted")),
        tariff_rate=pick((Decimal("10"), Decimal("10"), Decimal("7.5"), Decimal("15"), Decimal("25"))),
        tariff_share=rng.uniform(0.15, 0.6) if tariff == "sub" else 0.0,
        freight=pick(("none", "line", "coded")) if kind == "CI" else pick(("none", "none", "line")),
        split_rows=rng.random() < 0.65, continuation=pick(("full", "short")),
        cont_header=pick(("full", "full", "abbreviated", "one_line")),
        page_label=pick(("Page {i} of {n}", "Page {i} of {n}", "Pg {i}/{n}", "{i} of {n}", "Page: {i} of {n}")),
        page_at=pick(("top", "bottom", "bottom_center")),
        continued=pick(("", "Continued...", "Continued on next page", "*** CONTINUED ***")),
        footer_number=rng.random() < 0.5, stamp=rng.random() < 0.4,
        totals=pick(("left", "right", "right", "under_list", "one_line")), qty_total=rng.random() < 0.35,
        sections=pick((1, 1, 1, 2, 3)), notes=pick(("none", "between", "end", "top")), rules=rng.random() < 0.3,
        fields=pick(("inline", "inline", "boxed", "right_table")),
        letterhead=pick(("Creative Co-op, Inc.", "CREATIVE CO-OP", "Creative Co-op", "Creative Co-Op, Inc.")),
        foreign=pick((0.0, 0.0, 0.1, 0.3)), truck=pick(("", "", "0.00", "N")),
    )


# ---------------------------------------------------------------------------------------------
# Columns and table rows


def _keys(style: Style) -> list[str]:
    if style.kind == "CS":
        head, qty, tail = ["code", "upc", "rt"], ["q_ord", "q_alloc", "q_ship", "q_bko"], ["list", "your", "ext"]
    else:
        head, qty, tail = ["code", "upc"], ["q_ship", "q_bko"], ["list", "truck", "your", "ext"]
        qty = ["q_ord", *qty] if style.ordered_col else qty
    if style.desc_pos == "same":
        head.insert(1 if style.upc_after_desc else 2, "desc")
    stray = [k for k, on in (("flag", bool(style.flag_tokens)), ("whse", bool(style.whse_tokens))) if on]
    if style.stray_at == "code_upc":
        head[1:1] = stray
        stray = []
    if style.stray_at == "qty_um":  # between the quantities and the unit, whichever comes first
        middle = ["um", *stray, *qty] if style.um_first else [*qty, *stray, "um"]
    else:  # after the unit and the quantities, before the prices
        middle = ["um", *qty, *stray] if style.um_first else [*qty, "um", *stray]
    return head + middle + tail


def _titles(style: Style, key: str, mode: str) -> list[str]:
    """The header lines over one column: one line, stacked over two, or English over French."""
    label = SHORT[key] if mode == "abbreviated" else style.labels.get(key, "")
    if mode != "full" or style.header == "single":
        return [label]
    if style.header == "bilingual":
        return [label, FRENCH[key]]
    words = label.split()
    if len(words) < 2:
        return ["", label]
    cut = 1 if len(words) == 2 else len(words) - 1
    return [" ".join(words[:cut]), " ".join(words[cut:])]


class Table:
    """Column layout and the rows of one document's table(s)."""

    def __init__(self, style: Style, items: list[Product], tariff_amount: Decimal):
        self.style = style
        self.items = items
        self._fit(tariff_amount)

    # -- layout ----------------------------------------------------------------------------

    def _content(self, key: str, face: Face, tariff_amount: Decimal) -> float:
        s, ps = self.style, self.items
        texts: list[str] = {
            "code": [p.code for p in ps] + ["TRF-CCOI", "FREIGHT"],
            "upc": ["0" * 12], "rt": ["R"], "desc": [],
            "um": [*s.units.values()], "truck": [s.truck],
            "list": [money(p.list_price) for p in ps] + [money(tariff_amount)],
            "your": [money(p.your_price) for p in ps] + [money(tariff_amount)],
            "ext": [self.amount(p.your_price * max(p.qty, 1)) for p in ps] + [self.amount(tariff_amount)],
            "flag": ["*"], "whse": [*s.whse_tokens],
        }.get(key, ["999"])
        width = max((face.width(t) for t in texts), default=0.0)
        return s.desc_width if key == "desc" else width

    def _measure(self, tariff_amount: Decimal) -> list[Col]:
        s = self.style
        face = Face(s.family, s.size)
        cols = []
        for key in _keys(s):
            titles = [*_titles(s, key, "full"), *_titles(s, key, s.cont_header)]
            width = max(self._content(key, face, tariff_amount), *(face.width(t, bold=True) for t in titles))
            cols.append(Col(key, s.labels.get(key, ""), "right" if key in NUMERIC else "left", width))
        return cols

    def _fit(self, tariff_amount: Decimal) -> None:
        """Shrink until the table fits across the page: gaps, the description column (while the
        longest description still takes at most 3 lines), stacked titles, font size, then the
        description column narrower still, and at last the description moves off the code row."""
        s = self.style
        page_width = page_size(s.orientation)[0]
        while True:
            cols = self._measure(tariff_amount)
            used = sum(c.width for c in cols) + s.col_gap * (len(cols) - 1)
            over = used - (page_width - 2 * s.margin)
            if over <= 0:
                break
            face = Face(s.family, s.size)
            three_lines = max(face.width(p.description) for p in self.items) / 2.6
            if s.col_gap > 5:
                s.col_gap = max(5.0, s.col_gap - over / max(1, len(cols) - 1))
            elif s.desc_pos == "same" and s.desc_width > max(110.0, three_lines):
                s.desc_width = max(110.0, three_lines, s.desc_width - over)
            elif s.header == "single":
                s.header = "stacked"
            elif s.size > 7:
                s.size -= 0.5
            elif s.desc_pos == "same" and s.desc_width > 90:
                s.desc_width = max(90.0, s.desc_width - over)
            elif s.desc_pos == "same":
                s.desc_pos = "below"
            elif s.margin > 18:
                s.margin = 18.0
            else:
                s.cont_header = "abbreviated"
                break
        place_columns(cols, s.margin, s.col_gap)
        self.face = Face(s.family, s.size)
        self.cols = {c.key: c for c in cols}
        self.line = s.size * s.leading
        self.right = page_width - s.margin
        self.desc_x, self.desc_w = self._description_place()

    def _description_place(self) -> tuple[float, float]:
        s, cols = self.style, self.cols
        if s.desc_pos == "same":
            return cols["desc"].x, s.desc_width
        if s.desc_pos == "under_rt":
            x = cols["rt" if "rt" in cols else "upc"].x
        elif s.desc_pos == "numbers_below":
            x = cols["upc"].right + s.col_gap
        else:
            x = cols["code"].x + s.desc_indent
        three_lines = max(self.face.width(p.description) for p in self.items) / 2.6
        return x, min(max(s.desc_width, three_lines), self.right - x)

    # -- cells -----------------------------------------------------------------------------

    def amount(self, value: Decimal) -> str:
        value = value.quantize(CENT, ROUND_HALF_UP)
        return f"{value:,}" if self.style.thousands else f"{value}"

    def _zero(self, value: int) -> str:
        return str(value) if value else self.style.zero

    def numbers(self, p: Product) -> dict[str, str]:
        s = self.style
        if s.kind == "CS":
            qty = {"q_ord": str(p.qty), "q_alloc": self._zero(p.alloc), "q_ship": self._zero(0),
                   "q_bko": self._zero(p.qty - p.alloc)}
            ext = p.your_price * p.qty
        else:
            qty = {"q_ord": str(p.qty), "q_ship": str(p.shipped), "q_bko": self._zero(p.qty - p.shipped)}
            ext = p.your_price * p.shipped
        return qty | {"code": p.code, "upc": p.upc, "rt": p.rt, "um": p.unit, "list": money(p.list_price),
                      "your": money(p.your_price), "ext": self.amount(ext), "truck": s.truck, "flag": p.flag,
                      "whse": p.whse}

    def cells(self, values: dict[str, str]) -> list[Cell]:
        return [self.cols[k].cell(v) for k, v in values.items() if k in self.cols and v]

    def label_at_desc(self, options: tuple[str, ...]) -> Cell:
        """A label where a product's description would start on its row, as long as fits there."""
        if self.style.desc_pos == "same":
            x, room = self.desc_x, self.style.desc_width
        else:
            upc = self.cols["upc"]
            later = [c.left for c in self.cols.values() if c.left > upc.x and c.key not in ("flag", "whse", "rt")]
            x, room = upc.x, min(later, default=self.right) - upc.x - 4
        return Cell(x, next((o for o in options if self.face.width(o) <= room), options[-1]))

    # -- rows ------------------------------------------------------------------------------

    def product(self, p: Product) -> Block:
        s = self.style
        nums = self.numbers(p)
        desc = [Cell(self.desc_x, part) for part in self.face.wrap(p.description, self.desc_w)]
        if s.desc_pos == "same":
            lines = [[*self.cells(nums), desc[0]], *([d] for d in desc[1:])]
        elif s.desc_pos == "above":
            lines = [*([d] for d in desc), self.cells(nums)]
        elif s.desc_pos == "numbers_below":
            ident = {k: nums.pop(k) for k in ("code", "upc")}
            lines = [[*self.cells(ident), desc[0]], *([d] for d in desc[1:]), self.cells(nums)]
        else:
            lines = [self.cells(nums), *([d] for d in desc)]
        if p.remark:
            lines.append([Cell(self.desc_x, p.remark)])
        lines += self.tariff_lines(p)
        rows = [Row(cells, self.line) for cells in lines]
        if s.rules:
            rows[-1].rules.append((self.cols["code"].left, self.right, s.size * 0.5 + s.gap / 2))
        return Block(rows, keep=not s.split_rows, table="items", before=s.gap)

    def tariff_label(self) -> str:
        rate = f"{self.style.tariff_rate:f}"
        french = " / Surtaxe tarifaire" if self.style.header == "bilingual" else ""
        return f"Tariff Surcharge{french} {rate}%"

    def tariff_lines(self, p: Product) -> list[list[Cell]]:
        s = self.style
        qty = p.qty if s.kind == "CS" else p.shipped
        if s.tariff != "sub" or not p.tariff or not qty:
            return []
        unit = max(CENT, (p.your_price * s.tariff_rate / 100).quantize(CENT, ROUND_HALF_UP))
        label, total = self.tariff_label(), self.amount(unit * qty)
        your, ext = self.cols["your"], self.cols["ext"]
        if s.tariff_style == "coded":
            quantity = "q_ord" if s.kind == "CS" else "q_ship"
            values = {"code": "TRF-CCOI", quantity: str(qty), "um": s.units["each"], "list": money(unit),
                      "your": money(unit), "ext": total}
            return [[*self.cells(values), self.label_at_desc((label, "Tariff Surcharge", "Tariff Surch", "Tariff"))]]
        x = self.cols["code"].x + 12
        if s.tariff_style == "dotted":
            room = your.left - 8 - x
            label += " "
            while self.face.width(label + "..") <= room:
                label += "."
        return [[Cell(x, label), your.cell(money(unit)), ext.cell(total)]]

    def tariff_row(self, amount: Decimal) -> Block:
        """One tariff row for the whole document, drawn like a product row."""
        quantity = "q_ord" if self.style.kind == "CS" else "q_ship"
        values = {"code": "TRF-CCOI", quantity: "1", "um": self.style.units["each"], "list": money(amount),
                  "your": money(amount), "ext": self.amount(amount)}
        rate = f"{self.style.tariff_rate:f}%"
        label = self.label_at_desc((f"Tariff Surcharge - {rate}", "Tariff Surcharge", f"Tariff {rate}", "Tariff"))
        return Block([Row([*self.cells(values), label], self.line)], table="items", before=self.style.gap)

    def freight_row(self, label: str, amount: Decimal) -> Block:
        if self.style.freight == "coded":
            quantity = "q_ord" if self.style.kind == "CS" else "q_ship"
            values = {"code": "FREIGHT", quantity: "1", "your": money(amount), "ext": self.amount(amount)}
            cells = [*self.cells(values), self.label_at_desc((label, "Freight", "Frt"))]
        else:
            cells = [Cell(self.cols["code"].x + 12, label), self.cols["ext"].cell(self.amount(amount))]
        return Block([Row(cells, self.line)], table="items", before=self.style.gap)

    def header(self, mode: str) -> list[Row]:
        """The column header: ``full`` (the document's style), ``abbreviated`` or ``one_line``."""
        s = self.style
        titles = {k: _titles(s, k, mode) for k in self.cols}
        depth = max(len(t) for t in titles.values())
        rows = []
        for level in range(depth):
            cells = []
            for key, col in self.cols.items():
                lines = [""] * (depth - len(titles[key])) + titles[key]
                if lines[level]:
                    cells.append(self._title(col, lines[level]))
            rows.append(Row(cells, s.size * 1.15))
        if mode == "full" and s.desc_pos != "same" and s.desc_header:
            rows.append(Row([Cell(self.desc_x, s.labels["desc"], bold=True)], s.size * 1.15))
        rows[-1].step = s.size * 1.7
        rows[-1].rules.append((self.cols["code"].left, self.right, s.size * 0.45))
        return rows

    def _title(self, col: Col, text: str) -> Cell:
        if col.align == "left" or self.style.title_align == "right":
            return Cell(col.x, text, col.align, bold=True)
        if self.style.title_align == "left":
            return Cell(col.left, text, "left", bold=True)
        return Cell((col.left + col.right) / 2, text, "center", bold=True)


# ---------------------------------------------------------------------------------------------
# Page furniture

CANADIAN = ("Boutique Le Jardin Inc.", "1450 Rue Sainte-Catherine O", "Montréal, QC H3G 1R5")


class Furniture:
    """Letterhead, header fields, addresses, page numbers and footers (drawn once the page count
    is known); ``top_first`` / ``top_next`` / ``bottom`` bound the body of the pages."""

    def __init__(self, style: Style, rng: random.Random, number: str, when: date):
        s = self.style = style
        self.width, self.height = page_size(s.orientation)
        self.number = number
        upper = rng.random() < 0.6
        word = "ORDER" if s.kind == "CS" else "INVOICE"
        self.title = {("CS", True): "ORDER CONFIRMATION", ("CS", False): "Order Confirmation",
                      ("CI", True): "INVOICE", ("CI", False): "Invoice"}[s.kind, upper]

        def label(text: str) -> str:
            return text.upper() if upper else text

        self.fields = [(label(f"{word.title()} No"), number), (label(f"{word.title()} Date"), _mdy(when))]
        self.ordered = when  # (the date column B takes: an invoice's order's date, which it prints)
        if s.kind == "CI":
            ordered = self.ordered = when - timedelta(days=rng.randint(3, 40))
            self.fields += [(label("Order No"), f"CS00{rng.randint(1000000, 9999999)}"),
                            (label("Order Date"), _mdy(ordered))]
        self.fields += [(label("Cust PO"), str(rng.randint(1000, 99999))), (label("Sales Rep"), rng.choice(
            ("HOUSE", "J. MORENO", "K. LINDQVIST", "042")))]
        customer = CANADIAN if s.header == "bilingual" else (
            rng.choice(CUSTOMERS), rng.choice(STREETS), rng.choice(CITIES))
        self.sold, self.ship = customer, customer if rng.random() < 0.7 or s.header == "bilingual" else (
            customer[0], rng.choice(STREETS), rng.choice(CITIES))
        self.terms = (f"SHIP VIA: {rng.choice(('UPS GROUND', 'FEDEX GROUND', 'BEST WAY', 'CUSTOMER PICKUP'))}"
                      f"    TERMS: {rng.choice(('NET 30', 'NET 60', '2% 10 NET 30', 'CREDIT CARD'))}")
        printed = when + timedelta(days=rng.randint(0, 3))
        self.stamp = f"{_mdy(printed)} {rng.randint(7, 11)}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d} AM"
        self.top_first = self.first(Ink(), 1, 1)
        self.top_next = self.top_first if s.continuation == "full" else self.short(Ink(), 2, 2)
        self.bottom = self.footer(Ink(), 1, 1)

    def page_text(self, page: int, total: int) -> str:
        text = self.style.page_label.format(i=page, n=total)
        return f"{text} / Page {page} de {total}" if self.style.header == "bilingual" else text

    def __call__(self, page: int, total: int) -> Ink:
        ink = Ink()
        if page == 1 or self.style.continuation == "full":
            self.first(ink, page, total)
        else:
            self.short(ink, page, total)
        self.footer(ink, page, total)
        return ink

    def first(self, ink: Ink, page: int, total: int) -> float:
        s, width = self.style, self.width
        m, y = s.margin, s.top
        if s.page_at == "top":
            ink.text(width - m, y, self.page_text(page, total), size=8, align="right")
        y += 16
        ink.text(m, y, s.letterhead, size=15, bold=True)
        ink.text(width - m, y, self.title, size=12.5, bold=True, align="right")
        ink.text(m, y + 12, "2800 Harbor Commerce Dr, Memphis, TN 38118", size=7)
        ink.text(m, y + 21, "Tel (901) 555-0142  |  www.creativeco-op.com", size=7)
        y = self.header_fields(ink, y + 38)
        half = m + (width - 2 * m) / 2
        for x, title, lines in ((m, "SOLD TO:", self.sold), (half, "SHIP TO:", self.ship)):
            ink.text(x, y, title, size=8, bold=True)
            for i, value in enumerate(lines):
                ink.text(x, y + 10 + 9.5 * i, value, size=8)
        y += 50
        ink.text(m, y, self.terms, size=8)
        if s.kind == "CS":
            y += 11
            ink.text(m, y, "Requested ship date: upon availability. Prices are subject to change.", size=7)
        return y + 18 + s.size

    def header_fields(self, ink: Ink, y: float) -> float:
        s, right = self.style, self.width - self.style.margin
        if s.fields == "boxed":
            box = min(92.0, (right - s.margin) / len(self.fields))
            x0 = right - box * len(self.fields)
            for i, (name, value) in enumerate(self.fields):
                ink.box(x0 + i * box, y - 8, box, 26)
                ink.text(x0 + i * box + 3, y, name, size=6.5, bold=True)
                ink.text(x0 + i * box + 3, y + 12, value, size=8)
            return y + 34
        for i, (name, value) in enumerate(self.fields):
            if s.fields == "inline":
                ink.text(right - 190, y + i * 10.5, f"{name}:", size=8, bold=True)
                ink.text(right - 110, y + i * 10.5, value, size=8)
            else:
                ink.text(right - 100, y + i * 10.5, f"{name}:", size=8, bold=True, align="right")
                ink.text(right - 94, y + i * 10.5, value, size=8)
        return y + len(self.fields) * 10.5 + 12

    def short(self, ink: Ink, page: int, total: int) -> float:
        s, width = self.style, self.width
        y = s.top + 10
        ink.text(s.margin, y, s.letterhead, size=10, bold=True)
        ink.text(width / 2, y, f"{self.title} {self.number} - continued", size=8.5, align="center")
        if s.page_at == "top":
            ink.text(width - s.margin, y, self.page_text(page, total), size=8, align="right")
        ink.rule(s.margin, width - s.margin, y + 5)
        return y + 22 + s.size

    def footer(self, ink: Ink, page: int, total: int) -> float:
        s, width = self.style, self.width
        m, y = s.margin, self.height - s.bottom
        ink.text(m, y, "Claims for shortage or damage must be made within 10 days of receipt.", size=6.5)
        if s.page_at == "bottom":
            ink.text(width - m, y, self.page_text(page, total), size=8, align="right")
        elif s.page_at == "bottom_center":  # under the claims line, clear of it
            ink.text(width / 2, y + 10, self.page_text(page, total), size=8, align="center")
        if s.footer_number:
            ink.text(m, y - 11, f"{self.fields[0][0]} {self.number}", size=7)
        if s.stamp:
            ink.text(width - m, y - 11, f"Printed {self.stamp}", size=7, align="right")
        if s.continued and page < total:
            ink.text(width / 2, y - 23, s.continued, size=8, bold=True, align="center")
        return y - 36


def _mdy(day: date) -> str:
    return f"{day.month}/{day.day}/{day.year}"


# ---------------------------------------------------------------------------------------------
# The document: sections, totals, notes; page count; truth

SECTION_TITLES = {
    "CS": ("Ship Window {k}: {a} - {b}", "Warehouse: {w}", "Program: {p} - Ships {a}"),
    "CI": ("Shipment {k} - Shipped {a}", "Ship From: {w}"),
}


@dataclass
class Plan:
    """One document before pagination: the table, the products, the extra rows' content."""

    style: Style
    table: Table
    furniture: Furniture
    items: list[Product]
    blocks: list[Block]  # one per product
    fractions: list[float]  # where sections begin (shares of the products)
    headings: list[str]
    notes: list[str]
    tariff_at: float
    tariff_amount: Decimal
    freight: tuple[str, Decimal]
    totals: dict[str, str]

    def counted(self, p: Product) -> int:
        """The quantity that makes a line a product (Qty Ord / Shipped), 0 for the others."""
        return p.qty if self.style.kind == "CS" else p.shipped

    def assemble(self, n: int) -> list[Block]:
        s, t = self.style, self.table
        bounds = [0, *sorted({min(n, max(1, round(n * f))) for f in self.fractions}), n]
        bounds = sorted(set(bounds))
        out: list[Block] = []
        if s.notes == "top":
            out.append(self.paragraph(self.notes[0]))
        tariff_index = int(n * self.tariff_at) if s.tariff == "single" else -1
        for k, (start, stop) in enumerate(zip(bounds, bounds[1:], strict=False)):
            if len(bounds) > 2:
                out.append(Block([Row([Cell(s.margin, self.headings[k], bold=True)], s.size * 1.6)],
                                 need=s.size * 6, before=s.size))
            out.append(Block(t.header("full"), need=t.line * 2, before=s.size * 0.6))
            for index in range(start, stop):
                if index == tariff_index:
                    out.append(t.tariff_row(self.tariff_amount))
                block = self.blocks[index]
                out.append(replace(block, before=0.0) if index == start else block)
            if stop == n and s.freight != "none":
                out.append(t.freight_row(*self.freight))
            if len(bounds) > 2:
                out.append(self.money_rows([("Subtotal", self.merchandise(self.items[start:stop]))], before=4))
            if s.notes == "between" and stop < n:
                out.append(self.paragraph(self.notes[k % len(self.notes)]))
        out.append(self.total_block(self.items[:n]))
        if s.notes == "end" or (s.notes == "between" and len(bounds) == 2):
            out.append(self.paragraph(self.notes[-1]))
        return out

    def merchandise(self, items: list[Product]) -> Decimal:
        """The sum of the printed (rounded) extended amounts, as the vendor's system adds them."""
        lines = ((p.your_price * self.counted(p)).quantize(CENT, ROUND_HALF_UP) for p in items)
        return sum(lines, start=Decimal(0))

    def surcharge(self, items: list[Product]) -> Decimal:
        s = self.style
        if s.tariff == "single":
            return self.tariff_amount
        if s.tariff != "sub":
            return Decimal(0)
        units = (max(CENT, (p.your_price * s.tariff_rate / 100).quantize(CENT, ROUND_HALF_UP)) * self.counted(p)
                 for p in items if p.tariff)
        return sum(units, start=Decimal(0))

    def total_block(self, items: list[Product]) -> Block:
        merchandise, surcharge = self.merchandise(items), self.surcharge(items)
        freight = self.freight[1] if self.style.freight != "none" else Decimal(0)
        pairs = [(self.totals["merchandise"], merchandise)]
        pairs += [(self.totals["tariff"], surcharge)] if surcharge else []
        pairs += [("Freight", freight)] if freight else []
        pairs.append((self.totals["total"], merchandise + surcharge + freight))
        units = sum(self.counted(p) for p in items)
        quantity = f"{self.totals['units']}: {units}" if self.style.qty_total else ""
        return self.money_rows(pairs, before=self.style.size * 2, quantity=quantity)

    def money_rows(self, pairs: list[tuple[str, Decimal]], before: float, quantity: str = "") -> Block:
        """Totals, placed per style: at the left margin, right-aligned under the amounts, from the
        List Price column, or all on one line."""
        s, t = self.style, self.table
        ext, step = t.cols["ext"], s.size * 1.45
        texts = [(name, t.amount(value)) for name, value in pairs]
        rows: list[Row] = []
        if s.totals == "one_line":
            line = "    ".join(f"{name}: {value}" for name, value in texts)
            if t.face.width(line) <= ext.x - s.margin - t.face.width(quantity) - 20:
                rows = [Row([Cell(ext.x, line, "right", bold=True)], step)]
        if not rows:
            for name, value in texts:
                if s.totals == "left":
                    cells = [Cell(s.margin, f"{name}:", bold=True), Cell(s.margin + 190, value, "right")]
                elif s.totals == "under_list":  # from the List Price column, left as far as the label needs
                    room = ext.x - t.face.width(value) - 10 - t.face.width(name, bold=True)
                    cells = [Cell(min(t.cols["list"].left, room), name, bold=True), ext.cell(value)]
                else:
                    cells = [Cell(ext.left - 14, name, "right", bold=True), ext.cell(value)]
                rows.append(Row(cells, step))
        if quantity:
            at = s.margin if s.totals != "left" else s.margin + 230
            rows[0].cells.append(Cell(at, quantity))
        return Block(rows, keep=True, before=before)

    def paragraph(self, text: str) -> Block:
        s, t = self.style, self.table
        width = min(t.right - s.margin, 460.0)
        rows = [Row([Cell(s.margin, "NOTES:", bold=True)], s.size * 1.3)] if s.size < 9 else []
        rows += [Row([Cell(s.margin, part)], s.size * 1.25) for part in t.face.wrap(text, width)]
        return Block(rows, before=s.size * 1.8)

    def pages(self, n: int) -> list:
        frame = Frame(self.furniture.top_first, self.furniture.top_next, self.furniture.bottom,
                      lambda _table: self.table.header(self.style.cont_header))
        return paginate(self.assemble(n), frame)


def _plan(rng: random.Random, style: Style, count: int, number: str, when: date) -> Plan:
    items = products(rng, count, style)
    tariff_amount = Decimal(rng.randint(1500, 30000)) / 100
    table = Table(style, items, tariff_amount)
    furniture = Furniture(style, rng, number, when)
    sections = style.sections
    fractions = sorted(rng.uniform(0.2, 0.8) for _ in range(sections - 1))
    after = when + timedelta(days=rng.randint(10, 40))
    headings = [rng.choice(SECTION_TITLES[style.kind]).format(
        k=k + 1, a=_mdy(after + timedelta(days=30 * k)), b=_mdy(after + timedelta(days=30 * k + 27)),
        w=rng.choice(("MEMPHIS DC", "WAREHOUSE 2 - OLIVE BRANCH", "DROP SHIP")),
        p=rng.choice(("Holiday 2025", "Spring Everyday", "Fall Harvest", "Market Special"))) for k in range(sections)]
    kind_word = "Ordered" if style.kind == "CS" else "Shipped"
    totals = {"merchandise": rng.choice(("Merchandise Total", "Subtotal", "Merchandise Subtotal")),
              "tariff": rng.choice(("Tariff Surcharge Total", "Tariff Surcharge", "Total Tariff Surcharge")),
              "total": rng.choice(("Order Total", "Total Order Amount", "ORDER TOTAL") if style.kind == "CS"
                                  else ("Invoice Total", "Total Due", "Amount Due", "INVOICE TOTAL")),
              "units": rng.choice((f"Total Qty {kind_word}", "Total Units", f"Total Units {kind_word}"))}
    freight = (rng.choice(("Freight Charges", "UPS Ground Freight", "Shipping & Handling")),
               Decimal(rng.randint(1250, 9500)) / 100)
    if style.kind == "CS":
        freight = ("Estimated Freight - billed at shipment", Decimal("0.00"))
    plan = Plan(style, table, furniture, items, [], fractions, headings, rng.sample(NOTES, 3), rng.random(),
                tariff_amount, freight, totals)
    plan.blocks = [table.product(p) for p in items]
    return plan


def _target_pages(rng: random.Random, seed: int) -> int:
    """Every fifth seed (4, 9, 14, ...) a long confirmation of 15-16 pages; else mostly 2-6."""
    if seed % 5 == 4:
        return rng.randint(15, 16)
    return 1 if rng.random() < 0.06 else rng.randint(2, 6)


def _spacing(plan: Plan, per_page: float) -> None:
    """Space between products so that a page holds about ``per_page`` of them."""
    f = plan.furniture
    body = (f.top_next - f.top_first) / 8 + (f.bottom - f.top_next)
    average = sum(b.height for b in plan.blocks) / len(plan.blocks)
    least = plan.style.size * (0.25 if plan.style.desc_pos == "same" else 0.7)  # rows stay told apart
    plan.style.gap = max(least, body / per_page - average)
    for block in plan.blocks:
        block.before = plan.style.gap
        for row in block.rows:
            row.rules = [(x0, x1, plan.style.size * 0.5 + plan.style.gap / 2) for x0, x1, _ in row.rules]


def _denser(style: Style, attempt: int) -> None:
    if attempt == 0:
        style.continuation = "short"
    elif attempt == 1:
        style.leading = 1.08
        style.desc_width += 60
    else:
        style.size = max(7.0, style.size - 1)


def _fill(plan: Plan, pages: int) -> int:
    """The most products that fit on ``pages`` pages (totals included)."""
    low, high = 1, len(plan.items)
    while low < high:
        middle = (low + high + 1) // 2
        if len(plan.pages(middle)) <= pages:
            low = middle
        else:
            high = middle - 1
    return low


def _truth(plan: Plan, n: int, number: str) -> dict:
    chosen = plan.items[:n]
    written = [p for p in chosen if plan.counted(p)]
    backorders = [p.item for p in chosen if not plan.counted(p)] if plan.style.kind == "CI" else []
    return {"order_date": plan.furniture.ordered.isoformat(), "vendor": VENDOR, "invoice_number": number,
            "line_items": [{"item": p.item, "wholesale": money(p.your_price), "qty": plan.counted(p)} for p in written],
            "backorders": backorders, "price_mismatches": [], "layout": plan.style.describe()}


def render(kind: str, seed: int, *, pages: int | None = None, lines: int | None = None) -> tuple[bytes, dict, int]:
    """Draw one document; orders fill ``pages`` pages (the seed's choice by default), invoices
    hold ``lines`` products (the seed's choice by default)."""
    rng = random.Random(f"creative-coop-variants-{kind}-{seed}")
    style = choose_style(rng, kind)
    when = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
    number = f"{kind}00{rng.randint(1000000, 9999999)}"
    if kind == "CS" and lines is None:
        target = pages or _target_pages(rng, seed)
        per_page = rng.uniform(9.4, 11.0) if target >= 15 else rng.uniform(8.0, 22.0)
        state = rng.getstate()
        for attempt in range(5):
            plan = _plan(rng, style, int(target * per_page * 1.5) + 20, number, when)
            _spacing(plan, per_page)
            n = _fill(plan, target)
            if target < 15 or sum(1 for p in plan.items[:n] if p.qty) >= 130 or attempt == 4:
                break
            _denser(style, attempt)  # a long confirmation holds 130+ lines: pack this layout tighter
            rng.setstate(state)
    else:
        count = lines or rng.choice((rng.randint(3, 8), *[rng.randint(8, 40)] * 6, rng.randint(40, 90)))
        plan = _plan(rng, style, count, number, when)
        _spacing(plan, rng.uniform(12, 45) if kind == "CI" else rng.uniform(6, 22))
        n = count
    placed = plan.pages(n)
    pdf = draw(style.orientation, plan.table.face, placed, plan.furniture)
    return pdf, _truth(plan, n, number), len(placed)


def make_order_variant(seed: int, *, pages: int | None = None) -> GeneratedInvoice:
    """An order confirmation (CS number); most seeds give 2-6 pages, about one in five 15-16
    pages with 130+ lines; ``pages`` asks for a page count instead."""
    from . import GeneratedInvoice

    pdf, truth, count = render("CS", seed, pages=pages)
    return GeneratedInvoice(f"creative-coop-order-variant-s{seed}", pdf, truth, count)


def make_invoice_variant(seed: int, *, lines: int | None = None) -> GeneratedInvoice:
    """An invoice (CI number) with backorders; usually 8-40 lines, sometimes fewer or up to 90."""
    from . import GeneratedInvoice

    pdf, truth, count = render("CI", seed, lines=lines)
    return GeneratedInvoice(f"creative-coop-invoice-variant-s{seed}", pdf, truth, count)


VARIANT_GROUPS: list[tuple[str, Callable[[int], GeneratedInvoice]]] = [
    ("Creative Co-op CS variants", make_order_variant),
    ("Creative Co-op CI variants", make_invoice_variant),
]

__all__ = ["VARIANT_GROUPS", "make_invoice_variant", "make_order_variant", "render"]

"""Creative Co-op's two documents, drawn the way the vendor's system prints them, with truth.

Layout assumptions (modelled on the vendor's samples, varied per seed):

- Every page repeats the letterhead, the document number and date (``LABEL: value`` on one
  line, or labels in boxes with values underneath), "Page N of M" (top right or bottom), the
  SOLD TO / SHIP TO address blocks, a customer-PO line and the table header; a footer line
  sits at the bottom of every page.
- Order confirmation (``CS`` + 9 digits): the product-code row carries UPC, RT, the four
  quantity columns, U/M and the three prices; the description sits on its own line(s) under
  the code row (most seeds) or over it, wrapping inside its width. An item may break across a
  page: its description (or its code row) continues at the top of the next page. Zero
  quantities print as ``0`` or blank (per seed); Qty Ord is always printed.
- Invoice (``CI`` + 9 digits): one row per item with the description in its own column,
  wrapping onto following lines (also across a page break); Back prints ``0`` or blank.
- Column positions, widths, gaps, font size and row pitch vary per seed; a ``TRF-CCOI`` tariff
  row sits among the products, totals (with a tariff surcharge) follow the table.

Truth adds ``price_mismatches`` (items whose Your Price is not 80% of List) to the package's
truth format, so tests can check the quality warning too.
"""

from __future__ import annotations

import random
from datetime import date, timedelta

from reportlab.pdfbase.pdfmetrics import stringWidth

from .creative_coop_content import CITIES, CUSTOMERS, STREETS, Product, money, products, tariff
from .drawing import Document

VENDOR = "Creative Co-op"
ORDER_COLUMNS = ("Product Code", "UPC", "RT", "Qty Ord", "Qty Alloc", "Qty Shipped", "Qty BkOrd", "U/M",
                 "List Price", "Your Price", "Your Extd Price")
INVOICE_COLUMNS = ("Item", "UPC", "Description", "Shipped", "Back", "UM", "List Price", "Truck", "Your Price",
                   "Extended Amount")
LEFT = {"Product Code", "UPC", "RT", "U/M", "Item", "Description", "UM"}
BODY_BOTTOM = 700.0


def _positions(rng: random.Random, titles: tuple[str, ...], size: float, widths: dict[str, float]) -> dict:
    """title -> (x, align): left edge for text columns, right edge for numbers (titles aligned alike)."""
    x = rng.uniform(24, 40)
    gap = rng.uniform(6, 11)
    placed = {}
    for title in titles:
        width = max(widths.get(title, 0), stringWidth(title, "Helvetica-Bold", size)) + rng.uniform(0, 6)
        placed[title] = (x, "left") if title in LEFT else (x + width, "right")
        x += width + gap
    return placed


def _numbers_order(p: Product, rng: random.Random, blank_zero: bool) -> dict[str, str]:
    alloc = p.qty if rng.random() > 0.2 else rng.randint(0, p.qty)
    cells = {"Qty Ord": p.qty, "Qty Alloc": alloc, "Qty Shipped": 0, "Qty BkOrd": p.qty - alloc}
    text = {k: "" if (blank_zero and v == 0 and k != "Qty Ord") else str(v) for k, v in cells.items()}
    return text | {"Product Code": p.code, "UPC": p.upc, "RT": rng.choice(("", "", "R", "N")), "U/M": "EA",
                   "List Price": money(p.list_price), "Your Price": money(p.your_price),
                   "Your Extd Price": money(p.your_price * p.qty)}


def _numbers_invoice(p: Product, shipped: int, blank_zero: bool, truck: str) -> dict[str, str]:
    back = p.qty - shipped
    return {"Item": p.code, "UPC": p.upc, "Shipped": str(shipped), "Back": "" if blank_zero and not back else str(back),
            "UM": "EA", "List Price": money(p.list_price), "Truck": truck, "Your Price": money(p.your_price),
            "Extended Amount": money(p.your_price * shipped)}


class _Sheet:
    """Draws pages: letterhead, boxes, table header, footer; ``emit`` places one visual line."""

    def __init__(self, rng, kind, number, when, size, columns, total_pages):
        self.rng, self.kind, self.number, self.when, self.columns = rng, kind, number, when, columns
        self.doc = Document(size=size)
        self.total = total_pages
        self.boxed, self.page_top = rng.random() < 0.4, rng.random() < 0.5
        self.customer = (rng.choice(CUSTOMERS), rng.choice(STREETS), rng.choice(CITIES))
        self.extra = [("ORDER NO:", f"CS00{rng.randint(1000000, 9999999)}"),
                      ("ORDER DATE:", f"{(when - timedelta(days=9)):%-m/%-d/%Y}")] if kind == "CI" else []
        self.pitch = size * (rng.uniform(2.6, 3.4) if kind == "CS" else rng.uniform(1.3, 1.8))
        self._page_header()

    def _page_header(self) -> None:
        d, label = self.doc, "ORDER" if self.kind == "CS" else "INVOICE"
        d.text(36, 44, self.rng.choice(("Creative Co-op, Inc.", "CREATIVE CO-OP")), size=14, bold=True)
        d.text(36, 58, "2800 Harbor Commerce Dr, Memphis, TN 38118", size=7)
        d.text(400, 40, "ORDER CONFIRMATION" if self.kind == "CS" else "INVOICE", size=12, bold=True)
        fields = [(f"{label} NO:", self.number), (f"{label} DATE:", f"{self.when:%-m/%-d/%Y}"), *self.extra]
        for i, (name, value) in enumerate(fields):
            if self.boxed:
                d.text(300 + i * 72, 76, name.rstrip(":"), size=7, bold=True)
                d.text(300 + i * 72, 88, value, size=8)
            else:
                d.text(400, 56 + i * 11, name, size=8, bold=True)
                d.text(470, 56 + i * 11, value, size=8)
        page = f"Page {d.page} of {self.total}"
        d.text(570, 100 if self.page_top else 770, page, size=8, align="right")
        for x, title in ((36, "SOLD TO:"), (300, "SHIP TO:")):
            d.text(x, 122, title, size=8, bold=True)
            for i, value in enumerate(self.customer):
                d.text(x, 134 + i * 10, value, size=8)
        if self.kind == "CS":
            d.text(36, 192, "Requested ship date: upon availability. Prices are subject to change.", size=7)
        d.text(36, 178, f"CUST PO: {self.rng.randint(1000, 99999)}    SHIP VIA: UPS GROUND    TERMS: NET 30", size=8)
        d.text(36, 760, "Claims for shortage or damage must be made within 10 days of receipt.", size=7)
        d.y = (230 if self.kind == "CS" else 200) + self.rng.uniform(0, 10)
        for title, (x, align) in self.columns.items():
            d.text(x, d.y, title, bold=True, align=align)
        d.line(24, 590, d.y + 3)
        d.y += d.size * 1.8

    def new_page(self) -> None:
        self.doc.canvas.showPage()
        self.doc.page += 1
        self._page_header()

    def emit(self, values: dict, step: float) -> None:
        """Draw one visual line (keys: column titles, or (x, align) for free text)."""
        if self.doc.y > BODY_BOTTOM:
            self.new_page()
        for title, text in values.items():
            x, align = self.columns.get(title, (title, "left")) if isinstance(title, str) else title
            if text:
                self.doc.text(x, self.doc.y, text, align=align)
        self.doc.y += step


def _wrap(text: str, size: float, width: float) -> list[str]:
    from .drawing import wrap
    return wrap(text, "Helvetica", size, width)


def _draw_order(sheet: _Sheet, items: list[Product], above: bool, blank_zero: bool, width: float) -> None:
    size, desc_x = sheet.doc.size, sheet.columns["Product Code"][0]
    for p in items:
        row = _numbers_order(p, sheet.rng, blank_zero)
        desc = [{(desc_x, "left"): part} for part in _wrap(p.description, size, width)]
        lines = [*desc, row] if above else [row, *desc]
        for index, values in enumerate(lines):
            sheet.emit(values, size * 1.2 if index + 1 < len(lines) else sheet.pitch)


def _draw_invoice(sheet: _Sheet, rows: list[tuple[Product, int]], blank_zero: bool, truck: str, width: float):
    size, desc_x = sheet.doc.size, sheet.columns["Description"][0]
    for p, shipped in rows:
        parts = _wrap(p.description, size, width)
        first = _numbers_invoice(p, shipped, blank_zero, truck) | {"Description": parts[0]}
        lines = [first, *({(desc_x, "left"): part} for part in parts[1:])]
        for index, values in enumerate(lines):
            sheet.emit(values, size * 1.2 if index + 1 < len(lines) else sheet.pitch)


def _totals(sheet: _Sheet, merchandise, surcharge) -> None:
    d = sheet.doc
    if d.y > BODY_BOTTOM - 40:
        sheet.new_page()
    d.y += 24
    label = "Order Total" if sheet.kind == "CS" else "Invoice Total"
    for name, value in (("Merchandise Total", merchandise), ("Tariff Surcharge", surcharge),
                        (label, merchandise + surcharge)):
        d.text(430, d.y, name, bold=True)
        d.text(575, d.y, f"{value:,.2f}", align="right")
        d.y += 12


def render(kind: str, seed: int, lines: int | None = None) -> tuple[bytes, dict, int]:
    """Draw the document twice: once to count pages (for "Page N of M"), once for real."""
    pdf, truth, pages = _render(kind, seed, lines, total_pages=0)
    return _render(kind, seed, lines, total_pages=pages)


def _order_body(sheet: _Sheet, rng: random.Random, items: list[Product], rows: list[Product], blank_zero: bool):
    for p in rng.sample(items, len(items) // 30):
        p.qty = 0  # cancelled lines print Qty Ord 0: not products
    _draw_order(sheet, rows, rng.random() < 0.35, blank_zero, rng.uniform(130, 190))
    return [(p, p.qty) for p in items if p.qty], []


def _invoice_body(sheet: _Sheet, rng: random.Random, rows: list[Product], blank_zero: bool, width: float):
    shipped = [(p, p.qty) if not p.upc or rng.random() > 0.25 else (p, rng.choice((0, 0, rng.randint(1, p.qty - 1))))
               for p in rows]
    _draw_invoice(sheet, shipped, blank_zero, rng.choice(("", "", "0.00")), width)
    return [(p, s) for p, s in shipped if s and p.upc], [p.item for p, s in shipped if not s and p.upc]


def _render(kind: str, seed: int, lines: int | None, total_pages: int) -> tuple[bytes, dict, int]:
    rng = random.Random(f"creative-coop-{kind}-{seed}")
    when = date(2024, 1, 1) + timedelta(days=rng.randint(0, 700))
    number = f"{kind}00{rng.randint(1000000, 9999999)}"
    size = rng.choice((8.0, 8.5, 9.0)) if kind == "CS" else rng.choice((7.0, 7.5))
    items = products(rng, lines or (rng.randint(138, 152) if kind == "CS" else rng.randint(25, 60)))
    blank_zero = rng.random() < 0.5
    code_width = stringWidth("DF6419AB", "Helvetica", size)
    widths = {"Product Code": code_width, "Item": code_width, "UPC": stringWidth("0" * 12, "Helvetica", size),
              "Description": rng.uniform(110, 150), "List Price": 30, "Your Price": 30, "Your Extd Price": 36,
              "Extended Amount": 36}
    columns = _positions(rng, ORDER_COLUMNS if kind == "CS" else INVOICE_COLUMNS, size, widths)
    sheet = _Sheet(rng, kind, number, when, size, columns, total_pages)
    rows = list(items)
    rows.insert(rng.randint(0, len(rows)), tariff(rng))
    if kind == "CS":
        written, backorders = _order_body(sheet, rng, items, rows, blank_zero)
    else:
        written, backorders = _invoice_body(sheet, rng, rows, blank_zero, widths["Description"])
    _totals(sheet, sum((p.your_price * q for p, q in written), start=0), next(p for p in rows if not p.upc).your_price)
    ordered = when - timedelta(days=9) if kind == "CI" else when  # (an invoice prints its order's date)
    truth = {"order_date": ordered.isoformat(), "vendor": VENDOR, "invoice_number": number,
             "line_items": [{"item": p.item, "wholesale": money(p.your_price), "qty": q} for p, q in written],
             "backorders": backorders,
             "price_mismatches": [p.item for p, _ in written if p.your_price != p.list_price * 8 / 10]}
    return sheet.doc.finish(), truth, sheet.doc.page


def creative_coop_order(seed: int, *, lines: int | None = None):
    """An order confirmation (CS number), by default 138-152 lines over about 12-16 pages."""
    from . import GeneratedInvoice  # the package imports this module first

    pdf, truth, pages = render("CS", seed, lines)
    return GeneratedInvoice(f"creative-coop-order-s{seed}", pdf, truth, pages)


def creative_coop_invoice(seed: int, *, lines: int | None = None):
    """An invoice (CI number) with backorders, by default 25-60 lines over one to three pages."""
    from . import GeneratedInvoice

    pdf, truth, pages = render("CI", seed, lines)
    return GeneratedInvoice(f"creative-coop-invoice-s{seed}", pdf, truth, pages)

"""Document AI's ``Document`` → this product's pages and fields. Pure functions, no I/O.

Layout: each page's ``lines`` give the visual lines; the ``tokens`` whose text anchors fall inside
a line are its words, with normalized bounding boxes. Boxes become points by multiplying with
the PDF page's own size (the response's ``dimension`` is in rendered pixels), and words are
joined into cells exactly as the local backend does: a gap of less than 0.6 line heights is a
word gap, a wider one is a column gap and starts a new cell. So the vendor rules see the same
columns whichever backend read the page.

Entities (``invoice_id``, ``invoice_date``, ``supplier_name``, ``purchase_order``, ``line_item``
with its ``line_item/*`` properties, in any order) become plain values in ``Document.fields``,
normalized values (``money_value``, ``date_value``, an integer or whole float quantity) preferred
over the text as printed (``mention_text``), which is the fallback. The functions take the raw protobuf message
(``documentai.Document.pb(doc)``): attribute access on it is many times faster than proto-plus
on a 15-page response with thousands of tokens.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from datetime import date
from decimal import Decimal
from typing import Any

from invoice_processing.models import Cell, Page, TextLine
from invoice_processing.normalize import parse_date, parse_price, parse_qty

_SIZE_PER_HEIGHT = 1.4  # font size per glyph height, as in pdf.text_layer
HEADER_ENTITIES = ("invoice_id", "invoice_date", "supplier_name", "purchase_order")
_Word = tuple[float, float, float, float, str]  # x0, x1, top, bottom (points), text
# A raw protobuf message of Document AI's ``Document`` or one of its parts (``documentai.Document.pb``):
# its classes are generated at run time and carry no type information.
PbMessage = Any


def _span(layout: PbMessage) -> tuple[int, int]:
    segments = layout.text_anchor.text_segments
    if not segments:
        return 0, 0
    return int(segments[0].start_index), int(segments[-1].end_index)


def _box(layout: PbMessage, width: float, height: float) -> tuple[float, float, float, float]:
    vertices = layout.bounding_poly.normalized_vertices
    if not vertices:
        return 0.0, 0.0, 0.0, 0.0
    xs, ys = [v.x for v in vertices], [v.y for v in vertices]
    return min(xs) * width, max(xs) * width, min(ys) * height, max(ys) * height


def page_lines(text: str, page: PbMessage, width: float, height: float) -> tuple[TextLine, ...]:
    """The page's lines as ``TextLine``s in points; ``width``/``height`` are the PDF page size."""
    tokens = sorted(((*_span(t.layout), t.layout) for t in page.tokens), key=lambda t: t[0])
    starts = [t[0] for t in tokens]
    lines: list[TextLine] = []
    for line in page.lines:
        begin, end = _span(line.layout)
        words: list[_Word] = []
        for start, stop, layout in tokens[bisect_left(starts, begin):bisect_right(starts, end - 1)]:
            word = text[start:stop].strip()
            if word:
                words.append((*_box(layout, width, height), word))
        if not words:  # a line without tokens: one cell from the line's own box
            word = text[begin:end].strip()
            if not word:
                continue
            words = [(*_box(line.layout, width, height), word)]
        lines.append(_to_line(words))
    return tuple(sorted(lines, key=lambda line: line.y))


def _to_line(words: list[_Word]) -> TextLine:
    words.sort(key=lambda w: w[0])
    height = max(w[3] - w[2] for w in words)
    y = sum(w[2] + w[3] for w in words) / (2 * len(words))
    return TextLine.of_words(round(y, 2), tuple(Cell(w[0], w[1], w[4]) for w in words),
                             round(_SIZE_PER_HEIGHT * height, 2), height, estimated=True)


def document_pages(document: PbMessage, sizes: list[tuple[float, float]], first_page: int = 1) -> list[Page]:
    """Every page of one response, numbered from ``first_page`` (a part of a split PDF)."""
    pages: list[Page] = []
    for index, page in enumerate(document.pages):
        width, height = sizes[index] if index < len(sizes) else (612.0, 792.0)
        pages.append(Page(first_page + index, page_lines(document.text, page, width, height)))
    return pages


def _money(entity: PbMessage) -> Decimal | None:
    money = entity.normalized_value.money_value
    if money.units or money.nanos:
        return Decimal(money.units) + Decimal(money.nanos).scaleb(-9).normalize()
    return parse_price(entity.mention_text.strip())


def _date(entity: PbMessage) -> date | None:
    value = entity.normalized_value.date_value
    if value.year and value.month and value.day:
        return date(value.year, value.month, value.day)
    return parse_date(entity.mention_text)


def _quantity(entity: PbMessage) -> int | None:
    value = entity.normalized_value
    kind = value.WhichOneof("structured_value")
    if kind == "integer_value":
        return int(value.integer_value)
    if kind == "float_value" and float(value.float_value).is_integer():
        return int(value.float_value)
    return parse_qty(value.text or entity.mention_text.strip())


def _line_item(entity: PbMessage) -> dict[str, Any]:
    """A ``line_item`` entity's properties by name, whatever their order. Numbers: the first
    mention wins; texts read in several pieces (a wrapped description) are joined."""
    item: dict[str, Any] = {"text": " ".join(entity.mention_text.split())}
    for prop in entity.properties:
        name = prop.type_.removeprefix("line_item/")
        if name in ("unit_price", "amount"):
            item.setdefault(name, _money(prop))
        elif name == "quantity":
            item.setdefault(name, _quantity(prop))
        else:
            text = " ".join(prop.mention_text.split())
            item[name] = f"{item[name]} {text}" if item.get(name) and text else (text or item.get(name, ""))
    return item


def entity_fields(document: PbMessage) -> dict[str, Any]:
    """Header entities (first mention wins) and line items in document order."""
    fields: dict[str, Any] = {"line_items": []}
    for entity in document.entities:
        if entity.type_ == "line_item":
            fields["line_items"].append(_line_item(entity))
        elif entity.type_ in HEADER_ENTITIES and entity.type_ not in fields:
            text = " ".join(entity.mention_text.split())
            fields[entity.type_] = _date(entity) if entity.type_ == "invoice_date" else text
    return fields


def merge_fields(parts: list[dict[str, Any]]) -> dict[str, Any]:
    """Fields of a split PDF's parts in page order: header from the first part that has it."""
    merged: dict[str, Any] = {"line_items": []}
    for fields in parts:
        merged["line_items"].extend(fields.get("line_items", []))
        for name in HEADER_ENTITIES:
            if name in fields and name not in merged:
                merged[name] = fields[name]
    return merged

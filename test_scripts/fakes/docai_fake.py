"""A Document AI fake: ``POST /v1/projects/*/locations/*/processors/*:process`` on 127.0.0.1.

Driven through the real google-cloud-documentai client (REST transport, ``http://`` endpoint).
An "ok" answer is what the invoice parser returns for the PDF it was sent: the full text, and
per page the ``lines`` and ``tokens`` with normalized bounding boxes read from the PDF's own
text layer (PDFium word boxes, as OCR of a rendered page would find them), ``dimension`` in
rendered pixels; plus entities from the generator's ground truth when the PDF is known
(``know``). "bad_json" answers a body that is not JSON, "empty" a document with no text.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Sequence

from invoice_processing.pdf.document import open_document
from invoice_processing.pdf.text_layer import _page_runs

from .server import LoopbackFake, error_body

PIXELS_PER_POINT = 200 / 72  # the parser renders pages at about 200 dpi


class DocumentAiFake(LoopbackFake):
    def __init__(self, mode: str | Sequence[str] = "ok", delay: float = 0.0, *, processor: str = "proc-1"):
        self.processor = processor
        self.truths: dict[str, dict] = {}
        self._layouts: dict[str, dict] = {}  # the same PDF laid out again costs nothing
        super().__init__(mode, delay)

    def know(self, pdf: bytes, truth: dict) -> None:
        self.truths[hashlib.sha256(pdf).hexdigest()] = truth

    def answer(self, path: str, headers: dict[str, str], body: dict, mode: str) -> tuple[int, object]:
        if not path.endswith(f"/processors/{self.processor}:process"):
            return 404, error_body(404, "processor not found")
        if mode == "bad_json":
            return 200, b"<html>upstream proxy error</html>"
        pdf = base64.b64decode(body["rawDocument"]["content"])
        if mode == "empty":
            return 200, {"document": {"text": "", "pages": [{"pageNumber": 1}]}}
        key = content_key(pdf)
        if key not in self._layouts:
            self._layouts[key] = layout_document(pdf)
        document = dict(self._layouts[key])
        truth = self.truths.get(hashlib.sha256(pdf).hexdigest())
        if truth:
            document["entities"] = truth_entities(truth)
        return 200, {"document": document}


_FILE_ID = re.compile(rb"/ID\s*\[\s*<[0-9A-Fa-f]*>\s*<[0-9A-Fa-f]*>\s*\]|/(?:CreationDate|ModDate)\s*\([^)]*\)")


def content_key(pdf: bytes) -> str:
    """A PDF's hash without its random file /ID and its dates: parts split again from the
    same PDF match."""
    return hashlib.sha256(_FILE_ID.sub(b"", pdf)).hexdigest()


def _layout(start: int, end: int, box: tuple[float, float, float, float], width: float, height: float) -> dict:
    x0, x1 = round(box[0] / width, 6), round(box[1] / width, 6)  # float32 precision, as the API sends
    top, bottom = round(box[2] / height, 6), round(box[3] / height, 6)
    vertices = [{"x": x0, "y": top}, {"x": x1, "y": top}, {"x": x1, "y": bottom}, {"x": x0, "y": bottom}]
    return {"textAnchor": {"textSegments": [{"startIndex": str(start), "endIndex": str(end)}]},
            "boundingPoly": {"normalizedVertices": vertices}}


def _visual_lines(runs: list) -> list[list]:
    """Word runs grouped into lines by vertical centre, each line left to right."""
    lines: list[list] = []
    for run in sorted(runs, key=lambda r: (r[0], r[1])):
        centre, height = run[0] / 2, run[3] - run[2]
        if lines:
            last = lines[-1]
            last_centre = sum(r[0] for r in last) / (2 * len(last))
            if abs(centre - last_centre) <= max(2.0, 0.45 * min(height, last[0][3] - last[0][2])):
                last.append(run)
                continue
        lines.append([run])
    return [sorted(line, key=lambda r: r[1]) for line in lines]


def layout_document(pdf: bytes) -> dict:
    text: list[str] = []
    offset = 0
    pages = []
    with open_document(pdf) as doc:
        for index in range(len(doc)):
            page = doc[index]
            width, height = page.get_size()
            runs = _page_runs(page)
            page.close()
            lines, tokens = [], []
            for line in _visual_lines(runs):
                line_start = offset
                for position, run in enumerate(line):
                    word = run[5] + (" " if position < len(line) - 1 else "\n")
                    tokens.append({"layout": _layout(offset, offset + len(word), (run[1], run[4], run[2], run[3]),
                                                     width, height), "detectedBreak": {"type": "SPACE"}})
                    text.append(word)
                    offset += len(word)
                box = (min(r[1] for r in line), max(r[4] for r in line), min(r[2] for r in line),
                       max(r[3] for r in line))
                lines.append({"layout": _layout(line_start, offset, box, width, height)})
            pages.append({"pageNumber": index + 1, "lines": lines, "tokens": tokens,
                          "dimension": {"width": width * PIXELS_PER_POINT, "height": height * PIXELS_PER_POINT,
                                        "unit": "pixels"}})
    return {"text": "".join(text), "pages": pages, "mimeType": "application/pdf"}


def _money(value: str) -> dict:
    units, _, fraction = value.partition(".")
    return {"currencyCode": "USD", "units": units, "nanos": int((fraction + "000000000")[:9])}


def truth_entities(truth: dict) -> list[dict]:
    year, month, day = (int(p) for p in truth["order_date"].split("-"))
    entities = [
        {"type": "invoice_id", "mentionText": truth["invoice_number"], "confidence": 0.97},
        {"type": "invoice_date", "mentionText": truth["order_date"],
         "normalizedValue": {"text": truth["order_date"], "dateValue": {"year": year, "month": month, "day": day}}},
        {"type": "supplier_name", "mentionText": truth["vendor"]},
    ]
    for line in truth["line_items"]:
        entities.append({"type": "line_item", "mentionText": line["item"], "properties": [
            {"type": "line_item/description", "mentionText": line["item"]},
            {"type": "line_item/quantity", "mentionText": str(line["qty"]),
             "normalizedValue": {"text": str(line["qty"])}},
            {"type": "line_item/unit_price", "mentionText": str(line["wholesale"]),
             "normalizedValue": {"moneyValue": _money(str(line["wholesale"]))}},
        ]})
    return entities

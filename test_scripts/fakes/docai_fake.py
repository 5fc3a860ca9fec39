"""A Document AI fake: ``POST /v1/projects/*/locations/*/processors/*:process`` on 127.0.0.1.

Driven through the real google-cloud-documentai client (REST transport, ``http://`` endpoint).
An "ok" answer is what the invoice parser returns for the PDF it was sent: the full text, and
per page the ``lines`` and ``tokens`` with normalized bounding boxes read from the PDF's own
text layer (PDFium word boxes, as OCR of a rendered page would find them), ``dimension`` in
rendered pixels; plus invoice entities (``docai_entities``) from the generator's ground truth
when the PDF is known (``know``; each part of a split PDF carries its own pages' line items), or
the entities a test wrote (``know_entities``). ``normalized=False`` answers entities with their
mention text only; ``page_lines=False`` answers pages without lines and tokens (the text and the
entities only). "bad_json" answers a body that is not JSON, "empty" a document with no text.
"""

from __future__ import annotations

import base64
import hashlib
import re
from collections.abc import Sequence

from invoice_processing.pdf.document import open_document, split_pages
from invoice_processing.pdf.text_layer import _page_runs

from .docai_entities import truth_entities
from .server import LoopbackFake, error_body

MAX_PAGES_PER_CALL = 15  # the synchronous API's limit: the parts a known PDF arrives in

PIXELS_PER_POINT = 200 / 72  # the parser renders pages at about 200 dpi


class DocumentAiFake(LoopbackFake):
    def __init__(self, mode: str | Sequence[str] = "ok", delay: float = 0.0, *, processor: str = "proc-1",
                 normalized: bool = True, page_lines: bool = True):
        self.processor = processor
        self.normalized, self.page_lines = normalized, page_lines
        self.truths: dict[str, dict] = {}
        self._layouts: dict[str, dict] = {}  # the same PDF laid out again costs nothing
        self._entities: dict[str, list[dict]] = {}  # content key -> the entities to answer
        super().__init__(mode, delay)

    def know(self, pdf: bytes, truth: dict) -> None:
        """Answer ``pdf`` (and each part it is split into) with entities drawn from ``truth``."""
        self.truths[hashlib.sha256(pdf).hexdigest()] = truth
        whole = self._layout_of(pdf)
        starts = [int(page["lines"][0]["layout"]["textAnchor"]["textSegments"][0]["startIndex"])
                  if page.get("lines") else len(whole["text"]) for page in whole["pages"]]
        parts = split_pages(pdf, MAX_PAGES_PER_CALL)
        for first, data in parts:
            pages = range(first, first + MAX_PAGES_PER_CALL) if len(parts) > 1 else range(1, len(starts) + 1)
            self._entities[content_key(data)] = truth_entities(truth, whole["text"], starts, pages,
                                                               normalized=self.normalized)

    def know_entities(self, pdf: bytes, entities: list[dict]) -> None:
        """Answer ``pdf`` with these entities (REST JSON shape), whatever its pages print."""
        self._entities[content_key(pdf)] = entities

    def _layout_of(self, pdf: bytes) -> dict:
        key = content_key(pdf)
        if key not in self._layouts:
            self._layouts[key] = layout_document(pdf)
        return self._layouts[key]

    def answer(self, path: str, headers: dict[str, str], body: dict, mode: str) -> tuple[int, object]:
        if not path.endswith(f"/processors/{self.processor}:process"):
            return 404, error_body(404, "processor not found")
        if mode == "bad_json":
            return 200, b"<html>upstream proxy error</html>"
        pdf = base64.b64decode(body["rawDocument"]["content"])
        if mode == "empty":
            return 200, {"document": {"text": "", "pages": [{"pageNumber": 1}]}}
        document = dict(self._layout_of(pdf))
        if not self.page_lines:
            document["pages"] = [{k: v for k, v in page.items() if k not in ("lines", "tokens")}
                                 for page in document["pages"]]
        entities = self._entities.get(content_key(pdf))
        if entities:
            document["entities"] = entities
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

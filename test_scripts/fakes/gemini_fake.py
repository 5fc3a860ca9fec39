"""A Gemini API fake: ``POST /{version}/models/{model}:generateContent`` on 127.0.0.1.

Driven through the real google-genai SDK by its ``base_url``. An "ok" answer is what a good
model returns for the invoice: the generator's ground truth for that PDF (registered with
``know``), as JSON text in the first candidate, with usage metadata like the real API's
(258 prompt tokens per PDF page). Other modes: see ``server.MODES``; "bad_json" answers text
that is not JSON, "bad_schema" JSON that breaks the schema, "empty" an invoice without products.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
from collections.abc import Sequence

from .server import LoopbackFake, error_body

TOKENS_PER_PAGE = 258
_PATH = re.compile(r"^/(?P<version>v1\w*)/models/(?P<model>[^/:]+):generateContent$")


def truth_answer(truth: dict) -> dict:
    """The JSON a correct model returns for an invoice with this ground truth."""
    return {
        "vendor": truth["vendor"], "invoice_number": truth["invoice_number"], "order_date": truth["order_date"],
        "line_items": [{"item": li["item"], "wholesale": str(li["wholesale"]), "qty": int(li["qty"])}
                       for li in truth["line_items"]],
        "backorders": list(truth.get("backorders", [])),
    }


class GeminiFake(LoopbackFake):
    def __init__(self, mode: str | Sequence[str] = "ok", delay: float = 0.0, *, api_key: str = "test-key",
                 models: Sequence[str] = ("gemini-2.5-flash",)):
        self.api_key, self.models = api_key, tuple(models)
        self.truths: dict[str, dict] = {}
        super().__init__(mode, delay)

    def know(self, pdf: bytes, truth: dict) -> None:
        self.truths[hashlib.sha256(pdf).hexdigest()] = truth

    def answer(self, path: str, headers: dict[str, str], body: dict, mode: str) -> tuple[int, object]:
        match = _PATH.match(path)
        if not match:
            return 404, error_body(404, "unknown method")
        if headers.get("x-goog-api-key") != self.api_key:
            return 400, error_body(400, "API key not valid. Please pass a valid API key.")
        if match["model"] not in self.models:
            return 404, error_body(404, f"models/{match['model']} is not found for API version {match['version']}")
        pdf = _inline_pdf(body)
        if mode == "bad_json":
            text = '{"vendor": "Harbor Test Supply", "line_items": [{"item": "HT-1", "wholes'
        elif mode == "bad_schema":
            text = json.dumps({"vendor": "X", "invoice_number": "1", "order_date": "2025-01-01",
                               "line_items": [{"item": "HT-1", "wholesale": "about five dollars", "qty": 0}]})
        else:
            truth = self.truths.get(hashlib.sha256(pdf).hexdigest())
            answer = truth_answer(truth) if truth else {"vendor": "", "invoice_number": "", "order_date": "",
                                                         "line_items": []}
            if mode == "empty":
                answer["line_items"] = []
            text = json.dumps(answer)
        pages = max(1, pdf.count(b"/Type /Page") - pdf.count(b"/Type /Pages"))
        return 200, _response(text, TOKENS_PER_PAGE * pages + 600, len(text) // 4, path)


def _inline_pdf(body: dict) -> bytes:
    for content in body.get("contents", []):
        for part in content.get("parts", []):
            inline = part.get("inlineData") or part.get("inline_data")
            if inline and inline.get("mimeType", inline.get("mime_type")) == "application/pdf":
                data = inline["data"]  # the SDK sends URL-safe base64, maybe unpadded
                return base64.urlsafe_b64decode(data + "=" * (-len(data) % 4))
    return b""


def _response(text: str, prompt_tokens: int, output_tokens: int, path: str) -> dict:
    return {
        "candidates": [{"content": {"parts": [{"text": text}], "role": "model"}, "finishReason": "STOP",
                        "index": 0}],
        "usageMetadata": {"promptTokenCount": prompt_tokens, "candidatesTokenCount": output_tokens,
                          "totalTokenCount": prompt_tokens + output_tokens},
        "modelVersion": _PATH.match(path)["model"],
    }

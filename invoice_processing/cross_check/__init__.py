"""Cross-check: what was read against what is printed, and against a second reading at hand.

For every tier, with the page text the backend had (text layer, or Document AI's OCR):
- every written price and quantity is printed on the page (``printed``);
- the product lines add up to the printed subtotal, where one is printed.
When a second reading is already at hand, the two are compared line by line (``readings``):
- Document AI, for a vendor with rules: the processor's invoice entities vs the rules run on
  its lines;
- Gemini: its answer vs the vendor rules run on the PDF's own text layer (cheap: no network).

Disagreements never block the write: ``apply`` lowers the quality score and names each reason
in the report's warnings (so ``needs_review`` is set), and ``CrossCheck.record`` is the log
record's ``cross_check`` field (codes only, never invoice text), which the rollout report
compares between the arms.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from invoice_processing.cross_check.printed import printed_numbers, subtotal_gap, unprinted
from invoice_processing.cross_check.readings import Difference, compare, name
from invoice_processing.models import Backend, Document, Invoice
from invoice_processing.quality import QualityReport
from invoice_processing.vendors import detect, registry

_log = logging.getLogger(__name__)

AGREE, DISAGREE, UNCHECKED = "agree", "disagree", "unchecked"
ENTITIES, LOCAL_TEXT = "document_ai_entities", "local_text"
SECOND_LABELS = {ENTITIES: "Document AI's invoice entities", LOCAL_TEXT: "the local text reading"}
PENALTY_BASE, PENALTY_SHARE = 0.15, 0.35
MAX_WARNINGS = 8


@dataclass(frozen=True)
class CrossCheck:
    checks: tuple[str, ...] = ()  # printed | subtotal | <second reading name>
    findings: tuple[Difference, ...] = ()
    second_reading: str = ""
    lines_read: int = 0

    @property
    def status(self) -> str:
        if self.findings:
            return DISAGREE
        return AGREE if self.checks else UNCHECKED

    def record(self) -> dict[str, Any]:
        """The log record's ``cross_check`` field."""
        return {"status": self.status, "checks": list(self.checks), "second_reading": self.second_reading,
                "reasons": sorted({f.code for f in self.findings})}


def check(invoice: Invoice, document: Document, interpret: Callable[[Document], Invoice]) -> CrossCheck:
    """Every check the document allows for the invoice read from it."""
    checks: list[str] = []
    findings: list[Difference] = []
    lines = invoice.line_items
    page_lines = [line.text for line in document.lines]
    if page_lines:
        numbers = printed_numbers("\n".join(page_lines))
        checks.append("printed")
        for index, (code, text) in sorted(unprinted(lines, numbers).items()):
            findings.append(Difference(code, f"{name(index, lines[index])}: {text}", index))
        gap = subtotal_gap(lines, page_lines)
        checks.append("subtotal")
        if gap:
            findings.append(Difference("subtotal_mismatch", gap))
    second, label = second_reading(document, interpret)
    if second is not None:
        checks.append(label)
        findings += compare(lines, second.line_items, SECOND_LABELS[label])
    return CrossCheck(tuple(checks), tuple(findings), label if second is not None else "", len(lines))


def second_reading(document: Document, interpret: Callable[[Document], Invoice]) -> tuple[Invoice | None, str]:
    """The other reading already at hand for this document, and its name (None, '' without one)."""
    if document.backend is Backend.DOCUMENT_AI:
        entities = document.fields.get("entities")
        if isinstance(entities, Invoice) and entities.line_items and detect(document) is not registry()[-1]:
            return entities, ENTITIES
    elif document.backend is Backend.GEMINI and any(page.lines for page in document.pages):
        try:
            local = interpret(Document(document.pages, Backend.LOCAL))
        except Exception as exc:  # a rule's bug must not cost the invoice: no second reading then
            _log.error("local reading for the cross-check raised %s", type(exc).__name__)
            return None, ""
        if local.line_items:
            return local, LOCAL_TEXT
    return None, ""


def apply(report: QualityReport, checked: CrossCheck) -> QualityReport:
    """The quality report with the cross-check's findings: a lower score and one warning each."""
    if not checked.findings:
        return report
    named = len({f.line for f in checked.findings if f.line is not None})
    named += sum(1 for f in checked.findings if f.line is None)
    score = report.score - PENALTY_BASE - PENALTY_SHARE * min(1.0, named / max(1, checked.lines_read))
    messages = [f.message for f in checked.findings]
    if len(messages) > MAX_WARNINGS:
        messages = [*messages[:MAX_WARNINGS], f"... and {len(messages) - MAX_WARNINGS} more like these"]
    return QualityReport(round(max(0.0, score), 3), (*report.warnings, *(f"cross-check: {m}" for m in messages)))

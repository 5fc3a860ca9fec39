"""Test-invoice generator: realistic PDFs with real text layers, and their ground truth.

Truth format (JSON-serialisable)::

    {"order_date": "YYYY-MM-DD", "vendor": str, "invoice_number": str,
     "line_items": [{"item": str, "wholesale": "<decimal string>", "qty": int}],
     "backorders": [item strings of lines not written because nothing shipped]}
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from . import generic, harpercollins, onehundred80, rifle_paper
from .creative_coop import creative_coop_invoice, creative_coop_order

GENERIC_LAYOUTS: tuple[str, ...] = ("columns", "ordered_shipped", "amount_only")


@dataclass(frozen=True)
class GeneratedInvoice:
    name: str
    pdf: bytes
    truth: dict
    pages: int


def generic_invoice(layout: str, seed: int, *, pages: int | None = None, lines: int | None = None) -> GeneratedInvoice:
    if layout not in GENERIC_LAYOUTS:
        raise ValueError(f"unknown layout {layout!r}; choose from {GENERIC_LAYOUTS}")
    pdf, truth, count = generic.render(layout, seed, pages=pages, lines=lines)
    return GeneratedInvoice(f"generic-{layout}-s{seed}", pdf, truth, count)


def harpercollins_po(seed: int, *, discount=None, lines: int | None = None) -> GeneratedInvoice:
    """A HarperCollins purchase order from Anne McGilvray & Company; ``discount`` in percent (50, "46")."""
    pdf, truth, count = harpercollins.render(seed, discount=discount, lines=lines)
    label = f"-d{discount}" if discount is not None else ""
    return GeneratedInvoice(f"harpercollins{label}-s{seed}", pdf, truth, count)


def onehundred80_invoice(seed: int, *, lines: int | None = None) -> GeneratedInvoice:
    pdf, truth, count = onehundred80.render(seed, lines=lines)
    return GeneratedInvoice(f"onehundred80-s{seed}", pdf, truth, count)


def rifle_paper_invoice(seed: int, *, lines: int | None = None) -> GeneratedInvoice:
    pdf, truth, count = rifle_paper.render(seed, lines=lines)
    return GeneratedInvoice(f"rifle-paper-s{seed}", pdf, truth, count)


def corpus(seeds: Iterable[int] = range(3)) -> list[GeneratedInvoice]:
    return [generic_invoice(layout, seed) for seed in seeds for layout in GENERIC_LAYOUTS]


def write_corpus(directory: Path, seeds: Iterable[int] = range(3)) -> list[Path]:
    """Write NAME.pdf and NAME.truth.json for every generated invoice; returns the paths."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    for invoice in corpus(seeds):
        pdf_path = directory / f"{invoice.name}.pdf"
        pdf_path.write_bytes(invoice.pdf)
        truth_path = directory / f"{invoice.name}.truth.json"
        truth_path.write_text(json.dumps(invoice.truth, indent=2))
        written += [pdf_path, truth_path]
    return written


__all__ = [
    "GENERIC_LAYOUTS", "GeneratedInvoice", "corpus", "generic_invoice", "harpercollins_po", "onehundred80_invoice",
    "creative_coop_invoice", "creative_coop_order",
    "rifle_paper_invoice", "write_corpus",
]

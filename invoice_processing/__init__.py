"""Invoice processing: PDF invoices in, one sheet row per product out.

The public surface is small: load settings, build dependencies, process one PDF. The names are
loaded on first use (PEP 562), so importing a sub-package, as the parser helper process does,
does not import the whole pipeline.

Stages, in the order a request meets them (``pipeline.py`` joins them):
``intake/`` (request modes, token, safe download) → ``pdf/`` (checks, text layer, helper
processes) → ``extraction/`` (backends and the fallback chain) → ``vendors/`` (document →
invoice) → ``quality.py`` → ``sheets/`` (rows, CSV and Google sheets, ledger) → ``metrics.py``.
"""

from __future__ import annotations

from importlib import import_module
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from invoice_processing.config import Settings, load_settings
    from invoice_processing.errors import InvoiceError
    from invoice_processing.models import Backend, Invoice, LineItem, PdfInput
    from invoice_processing.pipeline import Deps, Outcome, process
    from invoice_processing.wiring import build_deps

_HOMES = {
    "Settings": "config", "load_settings": "config", "InvoiceError": "errors", "Backend": "models",
    "Invoice": "models", "LineItem": "models", "PdfInput": "models", "Deps": "pipeline", "Outcome": "pipeline",
    "process": "pipeline", "build_deps": "wiring",
}
__all__ = [
    "Backend", "Deps", "Invoice", "InvoiceError", "LineItem", "Outcome", "PdfInput", "Settings",
    "build_deps", "load_settings", "process",
]


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(f"invoice_processing.{_HOMES[name]}"), name)
    raise AttributeError(f"module 'invoice_processing' has no attribute {name!r}")

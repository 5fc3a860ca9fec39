"""Invoice processing: PDF invoices in, one sheet row per product out.

The public surface is small: load settings, build dependencies, process one PDF.
"""

from invoice_processing.config import Settings, load_settings
from invoice_processing.errors import InvoiceError
from invoice_processing.models import Backend, Invoice, LineItem, PdfInput
from invoice_processing.pipeline import Deps, Outcome, process
from invoice_processing.wiring import build_deps

__all__ = [
    "Backend", "Deps", "Invoice", "InvoiceError", "LineItem", "Outcome", "PdfInput", "Settings",
    "build_deps", "load_settings", "process",
]

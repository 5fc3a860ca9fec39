"""Invoice processing: PDF invoices in, one sheet row per product out.

The public surface is small: load settings, build dependencies, process one PDF.
"""

from .config import Settings, load_settings
from .errors import InvoiceError
from .models import Backend, Invoice, LineItem, PdfInput
from .pipeline import Deps, Outcome, process
from .wiring import build_deps

__all__ = [
    "Backend", "Deps", "Invoice", "InvoiceError", "LineItem", "Outcome", "PdfInput", "Settings",
    "build_deps", "load_settings", "process",
]

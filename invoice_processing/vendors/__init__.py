"""Vendor rules: one module per vendor, each with ``NAME``, ``matches(document)`` and
``to_invoice(document)``. ``REGISTRY`` lists them in detection order; ``generic`` is last and
matches everything.

The rules (and the table engine under them) load on first use, not when the function starts:
``import main`` stays as cheap as a cold start needs (``python -m bench --only 1``).
"""

from __future__ import annotations

import functools
from dataclasses import replace
from typing import Any, Protocol

from invoice_processing.models import Document, Invoice
from invoice_processing.vendors import catalog


class VendorRules(Protocol):
    """What a vendor module provides (the modules themselves satisfy it)."""

    NAME: str

    def matches(self, document: Document) -> bool: ...

    def to_invoice(self, document: Document) -> Invoice: ...


@functools.cache
def registry() -> tuple[VendorRules, ...]:
    """The vendors' rules in detection order, the generic rules last (imported on first use)."""
    from invoice_processing.vendors import creative_coop, generic, harpercollins, onehundred80, rifle_paper

    return (harpercollins, creative_coop, onehundred80, rifle_paper, generic)


def __getattr__(name: str) -> Any:  # ``vendors.REGISTRY`` as before, loaded when first asked for
    if name == "REGISTRY":
        return registry()
    raise AttributeError(name)


def detect(document: Document) -> VendorRules:
    return next(rules for rules in registry() if rules.matches(document))


def interpret(document: Document) -> Invoice:
    """Turn a backend's document into an invoice with the rules of the vendor that issued it.

    A backend that read the invoice itself (Gemini: ``fields["invoice"]``) is checked against
    the text instead: the vendor printed on the page gives the canonical name. Document AI's
    invoice entities (``fields["entities"]``) are the reading for a vendor without rules of its
    own; a vendor with rules gets its rules run on Document AI's lines (the entities then serve
    the cross-check).
    """
    read = document.fields.get("invoice")
    if isinstance(read, Invoice):
        return _plain_quotes(replace(read, vendor=catalog.vendor_of(document) or read.vendor))
    rules = detect(document)
    entities = document.fields.get("entities")
    if rules is registry()[-1] and isinstance(entities, Invoice) and entities.line_items:
        return _plain_quotes(_with_printed_header(entities, document))
    return _plain_quotes(rules.to_invoice(document))


_TYPESET_QUOTES = str.maketrans({"’": "'", "‘": "'", "′": "'", "“": '"', "”": '"', "″": '"'})


def _plain_quotes(invoice: Invoice) -> Invoice:
    """The items with the quotes and primes a typesetter curls written plain ("Charlotte’s Web",
    8”H): one product reads the same whichever program printed its invoice."""
    items = tuple(replace(line, item=line.item.translate(_TYPESET_QUOTES)) if line.item.translate(
        _TYPESET_QUOTES) != line.item else line for line in invoice.line_items)
    return replace(invoice, line_items=items) if items != invoice.line_items else invoice


def _with_printed_header(invoice: Invoice, document: Document) -> Invoice:
    """The entities' header, its gaps filled from the page text as the generic rules read it
    (the purchase order entity stands in for a missing invoice number last)."""
    from invoice_processing.vendors.header import document_date, document_number
    from invoice_processing.vendors.issuer import document_vendor

    return replace(
        invoice,
        vendor=invoice.vendor or document_vendor(document),
        invoice_number=(invoice.invoice_number or document_number(document)
                        or str(document.fields.get("purchase_order", ""))),
        order_date=invoice.order_date or document_date(document),
    )


__all__ = ["REGISTRY", "detect", "interpret"]

"""Vendor rules: one module per vendor, each with ``NAME``, ``matches(document)`` and
``to_invoice(document)``. ``REGISTRY`` lists them in detection order; ``generic`` is last and
matches everything.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Protocol

from invoice_processing.models import Document, Invoice
from invoice_processing.vendors import catalog, creative_coop, generic, harpercollins, onehundred80, rifle_paper


class VendorRules(Protocol):
    """What a vendor module provides (the modules themselves satisfy it)."""

    NAME: str

    def matches(self, document: Document) -> bool: ...

    def to_invoice(self, document: Document) -> Invoice: ...


REGISTRY: tuple[VendorRules, ...] = (harpercollins, creative_coop, onehundred80, rifle_paper, generic)


def detect(document: Document) -> VendorRules:
    return next(rules for rules in REGISTRY if rules.matches(document))


def interpret(document: Document) -> Invoice:
    """Turn a backend's document into an invoice with the rules of the vendor that issued it.

    A backend that read the invoice itself (Gemini: ``fields["invoice"]``) is checked against
    the text instead: the vendor printed on the page gives the canonical name.
    """
    read = document.fields.get("invoice")
    if isinstance(read, Invoice):
        return replace(read, vendor=catalog.vendor_of(document) or read.vendor)
    return detect(document).to_invoice(document)


__all__ = ["REGISTRY", "detect", "interpret"]

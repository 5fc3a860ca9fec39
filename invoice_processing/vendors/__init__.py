"""Vendor rules: one module per vendor, each with ``NAME``, ``matches(document)`` and
``to_invoice(document)``. ``REGISTRY`` lists them in detection order; ``generic`` is last and
matches everything.
"""

from __future__ import annotations

from types import ModuleType

from ..models import Document, Invoice
from . import creative_coop, generic, harpercollins, onehundred80, rifle_paper

REGISTRY: tuple[ModuleType, ...] = (harpercollins, creative_coop, onehundred80, rifle_paper, generic)


def detect(document: Document) -> ModuleType:
    return next(rules for rules in REGISTRY if rules.matches(document))


def interpret(document: Document) -> Invoice:
    """Turn a backend's document into an invoice with the rules of the vendor that issued it."""
    return detect(document).to_invoice(document)


__all__ = ["REGISTRY", "detect", "interpret"]

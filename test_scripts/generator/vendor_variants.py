"""Vendor documents whose layout varies one dimension at a time, for measuring the vendor rules
beyond the layouts the other generator modules draw.

``VARIANT_GROUPS`` lists one maker per vendor family: HarperCollins purchase orders from Anne
McGilvray & Company, OneHundred80 invoices, Rifle Paper Co. invoices, and generic suppliers in
English and in German, French, Dutch and Spanish. ``maker(seed)`` returns a
``GeneratedInvoice`` (truth format: see the package docstring), the same for the same seed.

Each layout dimension (``variants.style.Style``) is drawn from the seed on its own: where the
description sits (its own column, the line below or above the numbers) and how it wraps; one-
or two-line column titles, their wording and the column order; unit words after the quantity or
in a column, in any case; one- or two-letter flags between columns; currency symbols on some
amounts; a second price column (retail / MSRP) titled so that only qty x price = amount tells
the unit price; rows broken across pages, repeated titles, running heads, carried-forward sums
and page footers; totals anywhere on the line; the seller at top left or right, under a logo,
in a "Remit To:" or "From:" block or over a window-envelope address; number and date labels
left of, above or boxed with their values; fonts, sizes, margins, paper and orientation.
"""

from __future__ import annotations

from collections.abc import Callable

from . import GeneratedInvoice
from .variants.books import render_po
from .variants.brands import onehundred80, rifle_paper
from .variants.suppliers import render_supplier

EUROPEAN = ("de", "fr", "nl", "es")


def harpercollins_variant(seed: int) -> GeneratedInvoice:
    pdf, truth, pages = render_po(seed)
    return GeneratedInvoice(f"harpercollins-variant-s{seed}", pdf, truth, pages)


def onehundred80_variant(seed: int) -> GeneratedInvoice:
    pdf, truth, pages = onehundred80(seed)
    return GeneratedInvoice(f"onehundred80-variant-s{seed}", pdf, truth, pages)


def rifle_paper_variant(seed: int) -> GeneratedInvoice:
    pdf, truth, pages = rifle_paper(seed)
    return GeneratedInvoice(f"rifle-paper-variant-s{seed}", pdf, truth, pages)


def generic_en_variant(seed: int) -> GeneratedInvoice:
    pdf, truth, pages = render_supplier("generic-en", seed, ("en-US", "en-US", "en-GB"))
    return GeneratedInvoice(f"generic-en-variant-s{seed}", pdf, truth, pages)


def generic_eu_variant(seed: int) -> GeneratedInvoice:
    pdf, truth, pages = render_supplier("generic-eu", seed, EUROPEAN)
    return GeneratedInvoice(f"generic-eu-variant-s{seed}", pdf, truth, pages)


VARIANT_GROUPS: list[tuple[str, Callable[[int], GeneratedInvoice]]] = [
    ("HarperCollins variants", harpercollins_variant),
    ("OneHundred80 variants", onehundred80_variant),
    ("Rifle Paper Co. variants", rifle_paper_variant),
    ("generic variants (en)", generic_en_variant),
    ("generic variants (de/fr/nl/es)", generic_eu_variant),
]

__all__ = ["VARIANT_GROUPS", "generic_en_variant", "generic_eu_variant", "harpercollins_variant",
           "onehundred80_variant", "rifle_paper_variant"]

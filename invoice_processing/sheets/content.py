"""What makes two invoices "the same": vendor, invoice number and line items, whatever the file.

A re-exported or re-downloaded PDF has other bytes (so another idempotency key) but the same
rows. ``fingerprint`` hashes what staff see in C..G (vendor, number, and each line's item, price
and quantity, as a multiset) so both sheets can answer ``duplicate`` for it; ``invoice_id`` is
the vendor and number alone, which flags a second invoice under a number already written.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Sequence
from decimal import Decimal, InvalidOperation

FINGERPRINT_HEX = 32  # 128 bits: collisions are out of reach for any number of invoices a store sees


def _plain(cell: object) -> str:
    """A cell as staff see it: the formula-guard apostrophe is not part of the text, spaces fold."""
    text = str(cell)
    return " ".join((text[1:] if text.startswith("'") else text).split())


def _number(cell: object) -> str:
    try:
        return format(Decimal(str(cell)).normalize(), "f")
    except (InvalidOperation, ValueError):
        return _plain(cell)


def invoice_id(vendor: str, invoice_number: str) -> str:
    """Vendor and invoice number, case and spacing folded (``Acme`` / `` a-1`` = ``acme`` / ``a-1``)."""
    return f"{_plain(vendor).casefold()}\x1f{_plain(invoice_number).casefold()}"


def fingerprint(rows: Sequence[Sequence[str | int]]) -> str:
    """Hash of vendor, invoice number and the multiset of (item, price, quantity) of ``rows``
    (sheet rows B..G). Line order, the order date and the file's bytes do not count."""
    if not rows:
        return ""
    head = invoice_id(str(rows[0][1]), str(rows[0][2]))
    lines = sorted([_plain(r[3]).casefold(), _number(r[4]), _number(r[5])] for r in rows)
    digest = hashlib.sha256(json.dumps([head, lines], ensure_ascii=False).encode("utf-8")).hexdigest()
    return digest[:FINGERPRINT_HEX]

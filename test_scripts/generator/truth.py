"""Compare an extracted invoice with generator ground truth (used by tests and benchmarks)."""

from __future__ import annotations

from decimal import Decimal


def expected_lines(truth: dict) -> list[tuple[str, Decimal, int]]:
    return [(li["item"], Decimal(str(li["wholesale"])), int(li["qty"])) for li in truth["line_items"]]


def got_lines(payload: dict) -> list[tuple[str, Decimal, int]]:
    return [(li["item"], Decimal(str(li["wholesale"])), int(li["qty"])) for li in payload["line_items"]]


def header_mismatches(payload: dict, truth: dict) -> dict[str, tuple]:
    fields = ("order_date", "vendor", "invoice_number")
    return {f: (payload.get(f), truth.get(f)) for f in fields if payload.get(f) != truth.get(f)}

"""The PDFs the benchmarks run on, drawn by the test-invoice generator (never committed).

- ``generic(pages)``: a generic "columns" invoice with exactly ``pages`` pages (the generator
  takes a line count, so we search for the count that fills that many pages);
- ``creative_coop_order()``: the generated Creative Co-op order confirmation (15+ pages), or
  ``None`` while the generator does not have it;
- ``distinct(pdf, n)``: the same PDF made a different file (a comment after ``%%EOF``), so
  the sheet's replay ledger does not answer it before extraction (it is still the same invoice:
  once extracted, the sheet answers it as a duplicate by content and writes nothing).
"""

from __future__ import annotations

import functools

from test_scripts import generator

from .timing import ROOT

CACHE = ROOT / ".cache" / "bench"

GENERIC_LAYOUT = "columns"
GENERIC_SEED = 7


@functools.cache
def generic(pages: int, layout: str = GENERIC_LAYOUT, seed: int = GENERIC_SEED):
    """A generated invoice with exactly ``pages`` pages (else the closest found in a few tries).

    The line count that fills ``pages`` is remembered under ``.cache/`` so reruns draw once.
    """
    memo = CACHE / f"generic-{layout}-{seed}-{pages}p.lines"
    if memo.exists():
        made = generator.generic_invoice(layout, seed, lines=int(memo.read_text()))
        if made.pages == pages:
            return made
    lines, closest = max(4, pages * 34), None
    for _ in range(16):
        made = generator.generic_invoice(layout, seed, lines=lines)
        if closest is None or abs(made.pages - pages) < abs(closest[1].pages - pages):
            closest = (lines, made)
        if made.pages == pages:
            break
        per_page = lines / made.pages
        step = round((pages - made.pages) * per_page * 0.6)
        lines = max(1, lines + (step or (1 if made.pages < pages else -1)))
    CACHE.mkdir(parents=True, exist_ok=True)
    memo.write_text(str(closest[0]))
    return closest[1]


@functools.cache
def creative_coop_order(seed: int = 0):
    make = getattr(generator, "creative_coop_order", None)
    return make(seed) if make else None


def distinct(pdf: bytes, n: int) -> bytes:
    return pdf + b"\n%bench-copy-" + str(n).encode() + b"\n"

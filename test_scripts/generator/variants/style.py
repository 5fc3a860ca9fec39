"""One document's layout, each dimension drawn from the seed on its own.

Every dimension has its own ``random.Random`` (seeded with family, seed and the dimension's
name), so the description position does not decide the header style, and changing one
dimension's options leaves the others' draws as they were. A family may pin a dimension.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, fields


@dataclass(frozen=True)
class Style:
    font: str  # Helvetica | Times | Courier
    size: float
    paper: str  # letter | A4
    landscape: bool
    margin: float
    desc: str  # inline (own column) | below (line under the numbers) | above | above_code (code on that line)
    desc_width: float  # where the description wraps, in points
    header_lines: int  # column titles on one or two lines
    title_align: str  # numeric column titles: right | center
    header_look: str  # rules | band | box
    units: str  # none | after (after the quantity) | column
    unit_case: str  # as_is | upper | lower
    flags: str  # none | after_code | after_qty | before_amount: one- or two-letter tokens between columns
    currency: str  # none | amounts | prices | totals | first
    extra_price: str  # none | titled | same (several price columns, titled or not)
    list_first: bool  # the other price column comes before the unit price
    order: str  # code_desc_qty | qty_code_desc | code_qty_desc | desc_code_qty
    qty_after_price: bool
    totals: str  # left | desc | mid | right: where total labels start
    seller: str  # top_left | top_right | logo | remit | sender | window
    fields: str  # inline | above | grid
    notes: str  # stack | spread
    repeat_header: bool
    running_head: bool
    footer: str  # none | page | legal
    split_rows: bool
    carry: bool  # carried-forward line at page breaks
    pitch: float
    row_rules: bool
    line_numbers: bool
    footnote: str  # left | center | right
    length: int  # product lines


_OPTIONS: dict[str, tuple] = {
    "font": ("Helvetica", "Helvetica", "Times", "Courier"),
    "size": (7.0, 7.5, 8.0, 8.0, 8.5, 9.0, 9.5, 10.0),
    "paper": ("letter", "A4"),
    "landscape": (False, False, False, False, True),
    "margin": (28.0, 36.0, 42.0, 50.0, 60.0),
    "desc": ("inline", "inline", "below", "above", "above_code"),
    "desc_width": (100.0, 130.0, 160.0, 200.0, 260.0),
    "header_lines": (1, 2),
    "title_align": ("right", "center"),
    "header_look": ("rules", "band", "box"),
    "units": ("none", "after", "column"),
    "unit_case": ("as_is", "as_is", "upper", "lower"),
    "flags": ("none", "none", "after_code", "after_qty", "before_amount"),
    "currency": ("none", "amounts", "prices", "totals", "first"),
    "extra_price": ("none", "none", "titled", "same"),
    "list_first": (True, False),
    "order": ("code_desc_qty", "code_desc_qty", "qty_code_desc", "code_qty_desc", "desc_code_qty"),
    "qty_after_price": (False, False, True),
    "totals": ("left", "desc", "mid", "right", "right"),
    "seller": ("top_left", "top_right", "logo", "remit", "sender", "window"),
    "fields": ("inline", "above", "grid"),
    "notes": ("stack", "spread"),
    "repeat_header": (True, True, False),
    "running_head": (True, False),
    "footer": ("none", "page", "page", "legal"),
    "split_rows": (True, False),
    "carry": (False, False, True),
    "pitch": (1.35, 1.5, 1.7, 2.0, 2.3),
    "row_rules": (False, False, True),
    "line_numbers": (False, False, False, True),
    "footnote": ("left", "center", "right"),
}


def _length(rng: random.Random) -> int:
    band = rng.choices(((3, 10), (10, 24), (24, 45), (50, 90)), (35, 35, 20, 10))[0]
    return rng.randint(*band)


def draw(family: str, seed: int, **pinned) -> Style:
    """The style of ``family``'s document ``seed``; ``pinned`` fixes dimensions (name=value)."""
    values = {}
    for spec in fields(Style):
        rng = random.Random(f"{family}:{seed}:{spec.name}")
        if spec.name in pinned:
            values[spec.name] = pinned[spec.name]
        elif spec.name == "length":
            values[spec.name] = _length(rng)
        else:
            values[spec.name] = rng.choice(_OPTIONS[spec.name])
    return Style(**values)


def dice(family: str, seed: int, part: str) -> random.Random:
    """The random source of one part of the content (numbers, names, products, ...)."""
    return random.Random(f"{family}:{seed}:{part}")

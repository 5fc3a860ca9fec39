"""A1 ranges of the Google sheet: quoting, parsing, the B..G check, and finding written rows.

Pure functions, so the checks that guard what lands in the sheet are tested without HTTP.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

_RANGE = re.compile(r"^(?:'(?P<quoted>(?:[^']|'')*)'|(?P<plain>[^!']+))!(?P<c1>[A-Z]+)(?P<r1>\d+)"
                    r"(?::(?P<c2>[A-Z]+)(?P<r2>\d+))?$")


def quote_tab(tab: str) -> str:
    """A tab name as it must appear in A1 notation (always quoted; quotes doubled)."""
    return "'" + tab.replace("'", "''") + "'"


def parse_range(a1: str) -> tuple[str, str, int, str, int] | None:
    """``'Tab'!B5:G7`` -> (tab, first column, first row, last column, last row)."""
    match = _RANGE.match(a1 or "")
    if not match:
        return None
    tab = match["plain"] if match["plain"] is not None else match["quoted"].replace("''", "'")
    last_col, last_row = match["c2"] or match["c1"], int(match["r2"] or match["r1"])
    return tab, match["c1"], int(match["r1"]), last_col, last_row


def range_ok(a1: str, tab: str, rows: int) -> bool:
    """True when ``a1`` is exactly ``rows`` rows of columns B..G of ``tab``.

    Sheets' append looks for a "table" in the given range and writes after it, from the
    table's first column; what it reports in ``updatedRange`` is the only proof of where the
    rows went.
    """
    parsed = parse_range(a1)
    return parsed is not None and parsed[0] == tab and parsed[1::2] == ("B", "G") and parsed[4] - parsed[2] + 1 == rows


def end_row(a1: str) -> int:
    parsed = parse_range(a1)
    return parsed[4] if parsed else 0


def _shown(cell: object) -> str:
    """What Sheets shows for a cell we sent with USER_ENTERED: a leading apostrophe only
    marks text and is not part of the value."""
    text = str(cell)
    return text[1:] if text.startswith("'") else text


def find_block(tab: str, values: Sequence[Sequence[object]], top: int, rows: Sequence[Sequence[str | int]],
               taken: Sequence[tuple[int, int]] = ()) -> str:
    """The range of the last block in ``values`` (read from B``top``:G) whose vendor, invoice
    number and items (C, D, E) equal those of ``rows``; empty when there is none. Blocks that
    overlap a ``taken`` span of rows (first, last: another invoice's recorded write) are skipped."""
    have = [tuple(str(c) for c in (list(r) + [""] * 6)[1:4]) for r in values]
    want = [tuple(_shown(c) for c in list(r)[1:4]) for r in rows]
    for start in range(len(have) - len(want), -1, -1):
        first, last = top + start, top + start + len(want) - 1
        if have[start:start + len(want)] == want and not any(a <= last and first <= b for a, b in taken):
            return f"{quote_tab(tab)}!B{first}:G{last}"
    return ""


def span_rows(a1: str) -> tuple[int, int] | None:
    """(first row, last row) of a reported range; ``None`` when it does not parse."""
    parsed = parse_range(a1)
    return (parsed[2], parsed[4]) if parsed else None

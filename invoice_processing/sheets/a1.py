"""A1 ranges of the Google sheet: quoting, parsing, and the B..G check.

Pure functions, so the checks that guard what lands in the sheet are tested without HTTP.
"""

from __future__ import annotations

import re

_RANGE = re.compile(r"^(?:'(?P<quoted>(?:[^']|'')*)'|(?P<plain>[^!']+))!(?P<c1>[A-Z]+)(?P<r1>\d+)"
                    r"(?::(?P<c2>[A-Z]+)(?P<r2>\d+))?$")
_PLAIN_TAB = re.compile(r"[A-Za-z0-9_]+")


def quote_tab(tab: str) -> str:
    """A tab name as it must appear in A1 notation (always quoted; quotes doubled)."""
    return "'" + tab.replace("'", "''") + "'"


def block(tab: str, first: int, last: int) -> str:
    """Rows ``first``..``last`` of columns B..G, written the way Sheets reports a range
    (the tab quoted only when it needs to be)."""
    name = tab if _PLAIN_TAB.fullmatch(tab) else quote_tab(tab)
    return f"{name}!B{first}:G{last}"


def parse_range(a1: str) -> tuple[str, str, int, str, int] | None:
    """``'Tab'!B5:G7`` -> (tab, first column, first row, last column, last row)."""
    match = _RANGE.match(a1 or "")
    if not match:
        return None
    tab = match["plain"] if match["plain"] is not None else match["quoted"].replace("''", "'")
    last_col, last_row = match["c2"] or match["c1"], int(match["r2"] or match["r1"])
    return tab, match["c1"], int(match["r1"]), last_col, last_row


def range_ok(a1: str, tab: str, rows: int) -> bool:
    """True when ``a1`` is exactly ``rows`` rows of columns B..G of ``tab``."""
    parsed = parse_range(a1)
    return parsed is not None and parsed[0] == tab and parsed[1::2] == ("B", "G") and parsed[4] - parsed[2] + 1 == rows


def end_row(a1: str) -> int:
    parsed = parse_range(a1)
    return parsed[4] if parsed else 0

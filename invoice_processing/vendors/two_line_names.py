"""A firm's name set in two lines of a letterhead, read as one ("VAN DIJK" over "Woonaccessoires B.V.")."""

from __future__ import annotations

from invoice_processing.layout.fields import PageView, pitch
from invoice_processing.vendors.issuer_names import LEGAL_FORM, clean, formed, name_key, name_like


def form_under(name: str, view: PageView, customer_names: set[str]) -> str:
    """A letterhead's name without a legal form joined with the line right under it, in smaller type and aligned
    with it, that is one word and a form ("VAN DIJK" over "Woonaccessoires B.V."): the firm's name set in two lines
    (never a franchisee's own firm under its brand, "RE/MAX" over "Harbour Realty Ltd", a name by itself)."""
    if formed(name):
        return name
    for at, row in enumerate(view.rows[:8]):  # (a letterhead's lines)
        mine = [p for p in row if clean(p.text) == name]
        below = view.rows[at + 1] if at + 1 < len(view.rows) else []
        under = [p for p in below if mine and abs(p.x0 - mine[0].x0) <= 2]
        rest = clean(under[0].text) if under else ""
        form = LEGAL_FORM.search(rest)
        if form is None or not formed(rest) or len(rest[:form.start()].split()) != 1 or form.end() < len(rest.rstrip(
                ". ")):
            continue
        if name_like(rest) and name_key(rest) not in customer_names and pitch(under[0]) < pitch(mine[0]):
            return f"{name} {rest}" if name_like(f"{name} {rest}") else name
    return name

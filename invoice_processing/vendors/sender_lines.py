"""A window envelope's sender line: the small line of the sender's name, street and town over the addressee's block
("X GmbH · Hauptstr. 5 · 12345 Berlin"), its name and the block under it; a legal line's name (``sender_name``).
``parties`` takes the addressee's block for the customer's; ``named_suppliers`` a purchase order's supplier from it."""

from __future__ import annotations

import re
from collections.abc import Iterator

from invoice_processing.layout import field_labels as fl
from invoice_processing.layout.field_values import UK_CA_POSTCODE, compiled
from invoice_processing.layout.fields import SPACING, PageView, Phrase, pitch
from invoice_processing.vendors.issuer_names import LEGAL_FORM, POSTAL, REGISTRY, STREET, name_like

_ADDRESS, _SEPARATORS, _JOINERS = compiled(fl.ADDRESS), compiled(fl.SEPARATORS), compiled(fl.JOINERS)
_REGION_POSTCODE = re.compile(fl.REGION_POSTCODE)  # (case matters: capitals)
# a county or province before a British or Canadian postcode: "Suffolk IP7 6EG", "ON M5V 2T6"
_COUNTY_POSTCODE = re.compile(rf"(?:(?:[A-Z][a-z]+|[A-Z]{{2}})\s+)?(?:{UK_CA_POSTCODE.pattern})")

_DOT = compiled(fl.DOTS)
_POSTCODE_CITY = re.compile(fl.POSTCODE_CITY)  # (case matters: capitals)


def over_window(view: PageView, row: int) -> bool:
    """A line of parts set apart by dots ("Kerstin Humm • Straße ... 1 • 54321 Potsdam") right over
    an address block that starts where it starts, with a postcode: a window envelope's sender line,
    in whatever size it prints."""
    phrases = view.rows[row]
    text = " ".join(p.text for p in phrases)
    if not phrases or len(_DOT.findall(text)) < 2 or not postcode(text) or not name_like(
            _DOT.split(text)[0]):
        return False  # (its parts a name, a street and a postcode with its city; "Home | My Account | ..." is none)
    return bool(_window_under(view, row, phrases[0].x0))


def _window_under(view: PageView, row: int, x0: float) -> list[list[Phrase]]:
    """The address block with a postcode under ``row``, starting where ``x0`` does (its lines' phrases there), else
    none."""
    block = [under for r in range(row + 1, min(row + 12, len(view.rows)))
             if view.y(r) - view.y(row) <= 7 * SPACING and (under := [p for p in view.rows[r] if abs(p.x0 - x0) <= 12])]
    return block if len(block) >= 2 and any(postcode(p.text) for line in block for p in line) else []


def _comma_sender(view: PageView, phrase: Phrase) -> bool:
    """A sender line in commas ("HEV, Rütiweg 20, 9230 Flawil") over a window's address block, beside other print,
    set smaller than the addressee's name under it (a seller's branches listed alike are no sender line)."""
    parts = phrase.text.split(", ")
    if len(parts) < 3 or any(c.isdigit() for c in parts[0]) or not name_like(parts[0]) or not postcode(parts[-1]):
        return False
    block = _window_under(view, phrase.row, phrase.x0)
    return bool(block) and pitch(phrase) < 0.9 * pitch(block[0][0])


def postcode(text: str) -> bool:
    """A postcode with its town ("54321 Potsdam") or a region's ("Asheville, NC 28801")."""
    return bool(_POSTCODE_CITY.search(text) or _REGION_POSTCODE.search(text))


def sender_name(view: PageView, row: int) -> str:
    """The name a sender or legal line starts with ("X GmbH · street · city", "X, street 7, 12345
    City", "X B.V. KvK ..."): in small print, in the footer or with a legal form."""
    first = view.rows[row][0].text if view.rows[row] else ""
    parts = [p.strip() for p in _SEPARATORS.split(" ".join(p.text for p in view.rows[row])) if p.strip()]
    if len(parts) >= 2 and LEGAL_FORM.fullmatch(parts[1]):
        parts[:2] = [f"{parts[0]}, {parts[1]}"]  # "Kraxi Systems, Inc. • ..."
    if len(parts) >= 3 and STREET.search(parts[0]) and (view.is_small(row) or view.in_footer(row)):
        # "Rue Saint Denis, 112 - 1190 Bruxelles - Belgique - Nutrimea": the address first, the name after it
        names = [p for p in parts[1:] if not _ADDRESS.search(p) and name_like(p)]
        return names[-1] if len(names) == 1 else ""
    if len(parts) == 2 and (_REGION_POSTCODE.fullmatch(parts[1]) or (
            _COUNTY_POSTCODE.fullmatch(parts[1]) and not LEGAL_FORM.search(parts[0]))):
        return ""  # a city line ("Providence, RI 02903", "Kersey, Suffolk IP7 6EG"; not "X Ltd, London SW1A 1AA")
    if len(parts) >= 2 and first.startswith(parts[0]) and not any(c.isdigit() for c in parts[0]):
        where = view.is_small(row) or view.in_footer(row) or LEGAL_FORM.search(parts[0]) or over_window(view, row)
        if where and any(_ADDRESS.search(p) or REGISTRY.search(p) for p in parts[1:]):
            return parts[0]
    cut = REGISTRY.search(first) or POSTAL.search(first)
    prefix = _JOINERS.sub("", first[: cut.start()]) if cut else ""
    return prefix if prefix and LEGAL_FORM.search(prefix.split()[-1] + " ") else ""


def window_addressee(view: PageView) -> str:
    """The first line of the address block under a sender line (a window envelope's addressee)."""
    senders = list(sender_lines(view))
    for sender in (s for s in senders if not any(t.row == s.row + 1 for t in senders)):  # (the last of a letterhead's)
        for row in view.rows[sender.row + 1:sender.row + 3]:
            under = [p for p in row if abs(p.x0 - sender.x0) <= 12]
            if under:
                return under[0].text
    return ""


def sender_lines(view: PageView) -> Iterator[Phrase]:
    """Where the sender lines at the top stand (over a window address, the customer's), as phrases without text: a
    row in small print or over a window, from its start to its first wide gap; else a phrase in commas beside other
    print on its row, set smaller than the addressee under it."""
    for row in range(min(len(view.rows), 30)):
        if view.rows[row] and (view.is_small(row) or over_window(view, row)) and sender_name(view, row):
            yield Phrase(view.rows[row][0].x0, _line_end(view.rows[row]), "", row)
        else:
            yield from (Phrase(p.x0, p.x1, "", row) for p in view.rows[row]
                        if len(view.rows[row]) > 1 and _comma_sender(view, p))


def _line_end(phrases: list[Phrase]) -> float:
    """Where a sender line ends: its last phrase before a wide gap (a line set beside it on its row, "AU NOM ET POUR
    LE COMPTE DE" far right of a legal line, is another's)."""
    end = phrases[0].x1
    for phrase in phrases[1:]:
        if phrase.x0 - end > 40:
            break
        end = phrase.x1
    return end

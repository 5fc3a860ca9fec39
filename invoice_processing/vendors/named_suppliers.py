"""The seller an order names outright: a purchase order's supplier (under a seller label, a
letter's addressee or a bare "To:") and a marketplace order's shop (its page's link). ``issuer``
asks these first."""

from __future__ import annotations

import re

from invoice_processing.layout import field_labels as fl
from invoice_processing.layout.field_values import compiled
from invoice_processing.layout.fields import PageView, Phrase
from invoice_processing.vendors.issuer_names import clean, name_key, name_like
from invoice_processing.vendors.order_titles import is_purchase_order
from invoice_processing.vendors.seller_labels import labelled_sellers
from invoice_processing.vendors.sender_lines import window_addressee

_CUSTOMER = compiled(fl.CUSTOMER_LABELS)
_ADDRESSEE = re.compile(r"^to\s*:\s*(?P<name>[^,·|]+)", re.I)  # "To: Blue Heron Puzzles Inc., 17 Rue ..."
_BARE_TO = re.compile(r"^(?:issued\s*)?to\s*:?$", re.I)  # (a purchase order's "ISSUED TO" over its supplier)


def po_supplier(view: PageView, customer: set[Phrase], customer_names: set[str]) -> str:
    """On a purchase order, the supplier named under a seller label ("Vendor", "Supplier Name &
    Address:"): the buyer's own letterhead tops the page, the vendor is the one it orders from."""
    if not is_purchase_order(view):
        return ""
    named = [(-depth, clean(text)) for text, depth in labelled_sellers(view, customer)]
    named = [(score, name) for score, name in named if name_like(name) and name_key(name) not in customer_names
             and not _CUSTOMER.search(name)]  # "BILL TO SHIP TO" beside the vendor's label
    if named:
        return max(named, key=lambda found: found[0])[1]
    # a letter's addressee: "To: Blue Heron Puzzles Inc., 17 Rue Saint-Paul Est, ..."
    addressees = [clean(found["name"]) for row in view.rows[:25] for p in row if (found := _ADDRESSEE.match(p.text))]
    addressee = next((name for name in addressees if name_like(name) and name_key(name) not in customer_names), "")
    windowed = clean(window_addressee(view))  # (the supplier in the window under the buyer's sender line)
    return addressee or (windowed if name_like(windowed) else "") or _addressed_block(view)


def _addressed_block(view: PageView) -> str:
    """A purchase order's bare "To:" over the block it is sent to (its first line under the label
    or a little right of it): the supplier, though "To:" heads the customer's block on an invoice."""
    for row in view.rows[:25]:
        for label in row:
            if not _BARE_TO.match(label.text):
                continue
            beside = [p for p in row if 0 <= p.x0 - label.x1 <= 40]  # ("To: | Fern & Fig Provisions" over its dept.)
            if beside:
                name = clean(beside[0].text)
                return name if name_like(name) else ""
            for under in view.rows[label.row + 1:label.row + 3]:
                near = [p for p in under if label.x0 - 5 <= p.x0 <= label.x1 + 40]
                if near:
                    name = clean(near[0].text)
                    return name if name_like(name) else ""
    return ""


# a marketplace shop's own page ("etsy.com/shop/FernhillPrintShop"): the shop sells, not the marketplace
_SHOP_LINK = re.compile(r"\b(?:etsy|faire|storenvy|bigcartel)\.com/shop/([A-Za-z0-9][\w-]{2,40})", re.I)


def linked_shop(view: PageView) -> str:
    """The shop a marketplace's order names by its page's link, when the page also prints the shop's
    name as a phrase of its own; else ''."""
    for row in view.rows[:25]:
        for phrase in row:
            found = _SHOP_LINK.search(phrase.text)
            named = [p.text for r in view.rows[:25] for p in r if found and p.text.strip().casefold() == (
                found.group(1).casefold())]
            if named:
                return named[0].strip()
    return ""

"""The wording of remarks printed among a table's rows: the notes' labels, the lines under a product
that name its serial, lot, pack, origin or shipping ("Ships from:", "Special order"), and the items a
quotation offers but does not bill. Part of the lexicon (``lexicon`` names them all)."""

from __future__ import annotations

import re

# A label alone on its line that opens the notes under a table ("NOTES:", "Bemerkungen:"): the table ends.
NOTES = re.compile(r"^(?:notes?|remarks?|comments?|bemerkungen|hinweise?|anmerkungen|opmerkingen|observaciones|"
                   r"remarques|commentaires)\s*:$", re.I)
# The words that mark an item offered but not billed (see ``OPTIONAL``)
_OFFERED = (r"(?:optional|option|opt|alternativ|alternative|alternate|alternatief|alternativa|optionnel(?:le)?|"
            r"en\s+option|opcional|optioneel|wahlweise|eventualposition|bedarfsposition|"
            r"(?-i:(?:N\.\s?)?E\.\s?P\.|NEP\b))")  # "E.P.", "N.E.P." (Nur-Einheitspreis) where the sum would
# stand: its unit price only (a German quotation's)
# A note's label with its text after it ("Note: ...", "Hinweis: ...", "NB: ...")
NOTE_LABEL = r"(?:note|nb|remark|comment|hinweis|bemerkung|remarque|opmerking|nota)\s*:\s*\S"
# A line under a product naming its serial, batch or lot number ("Serial No.: LS6341008", "Sr. No.
# 24293/85", "Batch: K2407-63"), or a fee it includes ("dont éco-participation : 0,50 €",
# "inkl. Entsorgungspauschale 0,50 EUR je Stk"), its case pack, origin or availability: a remark, never
# the product's description.
# (never a line that closes a bracket opened above it, "non-returnable) — on backorder": the row's text goes on)
SUBLINE = re.compile(
    r"(?![^()]*\))"
    r"(?:^(?:serial\s*(?:no|number|#)?|s/n|sr\.?\s*no|batch(?:\s*no)?|lot(?!\s+(?:de|of|d')\b)(?:\s*no)?|charge(?:n)?\s*-?nr|lote|"
    r"serien-?(?:nr|nummer)|num[ée]ro\s*de\s*s[ée]rie|n°\s*de\s*s[ée]rie|matricola|chargennummer)\b\.?\s*[:#]?\s*.{0,8}?\d"
    rf"|^{NOTE_LABEL}"  # "NOTE: SUBSTITUTED ..."
    r"|^(?:dont|davon|inkl\.?|incl\.?|including|incluye|inclusief|excl\.?|exkl\.?|exclusief|zzgl\.?|hors)\s.*\d[.,]\d{2}"
    r"|^[ée]co-?\s*participation\b.*\d[.,]\d{2}"  # "Éco-participation incluse : 6,00 €"
    r"|^(?:sku|variation|variant|model\s*(?:no|#)?|part\s*(?:no|#)|mpn|item\s*code)\s*:\s*\S"  # "SKU: RPS-8802"
    # the option ordered, named by its label ("Option: Color: Sage", "Colorway: Cream", "Size: Small"), a book's
    # format and publisher ("Hardcover | Pub: HarperCollins")
    r"|^(?:options?|colou?r(?:way)?|size|style|finish|scent)\s*:\s*\S|^(?:[^|]{1,30}\|\s*)?pub(?:lisher)?\s*:\s*\S"
    r"|^(?:sold\s*by|(?:sold\s*and\s*|fulfilled\s*)?shipped\s*by|fulfilled\s*by|condition)\s*:\s*\S"  # a web order's
    # how it is packed, where it is made, when it comes ("Case Pack 6 - Country of Origin India - Est Avail 10/6")
    r"|^(?:case\s*pack\s*:?\s*\d|country\s*of\s*origin\b|est\.?(?:imated)?\s*avail(?:able|ability)?\b)"
    # how it ships and may be returned ("Ships from: Memphis DC", "Special order - Non-returnable", "Backordered -
    # ETA 5/01", "Substitute for DS1234", "HTS 6913.10", "Min Qty 2")
    r"|^(?:ships?\s*from\s*:|special\s*order\b|non-?\s*returnable\b|final\s*sale\b|back\s*-?\s*order(?:ed)?\s*[-–:]"
    r"|substitut(?:e[sd]?|ion)\s*(?:for\b|:)|hts(?:\s*(?:code|no|#))?\s*:?\s*\d|min(?:imum)?\.?\s*(?:order\s*)?qty\b)"
    r"|^\*\s+[A-Za-z]"  # a remark after an asterisk ("* NYP - will ship on publication date")
    # an offer's remark: "ALTERNATIVE to item 50 - not included in total", "EN OPTION - non comprise dans le total"
    rf"|^\(?\s*{_OFFERED}(?!\w).{{0,40}}?(?:not\s+(?:included|part)\s+(?:in|of)\s+(?:the\s+)?(?:quote\s+|quotation\s+|"
    r"order\s+)?total|for\s+reference\s+only|to\s+(?:item|pos(?:ition)?)\s*\d|non\s+compris\w*\s+dans\s+le\s+total|"
    r"nicht\s+(?:im|in\s+der)\s+(?:gesamt|summe)\w*|no\s+incluid\w*\s+en\s+el\s+total|niet\s+in\s+(?:het\s+)?totaal)"
    r"|^(?!(?:upc|ean|isbn|gtin|asin)\b)(?-i:[A-Z]{2,5})\s*:\s*\d[\d\s./-]*$"  # "FID: 72179": an internal id
    # a billing period alone ("Mar 4 – Apr 4, 2024", "01/03/2024 - 31/03/2024")
    r"|^(?:[A-Za-z]{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})\s*[–-]\s*"
    r"(?:[A-Za-z]{3,9}\.?\s+\d{1,2},?\s*\d{4}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})$)",
    re.I,
)
# An item offered but not billed: a quotation's optional or alternative position, marked in its amount's
# column ("optional", "Alternative") or on a line of its own ("ALTERNATIVE to item 50 - not included in total")
OPTIONAL = re.compile(rf"^\(?\s*{_OFFERED}(?!\w)", re.I)
# ... or a heading over a table of them ("Optioneel (niet inbegrepen in het totaal)", "Optional items", "Optionen")
OPTIONS_HEADING = re.compile(rf"^(?:{_OFFERED}|options|optionen|optionale\s+positionen|alternatives|alternativen)"
                             r"(?!\w)(?:\s+(?:items?|positions?|positionen|extras?))?\s*(?:[(:–-].*)?$", re.I)
# ... or Odoo's "Optional Products" over a table with no amounts (a rental's billed "Optional Services" have them)
OPTIONAL_GOODS = re.compile(r"^optional\s+(?:products?|services?)\s*$", re.I)
# ... or over a table kept for reference ("Entry summary (CBP 7501) — for reference"): nothing in it is billed
NOT_BILLED_HEADING = re.compile(r"\b(?:for\s+(?:your\s+)?(?:reference|information)(?:\s+only)?|"
                                r"not\s+(?:billed|invoiced)(?:\s+again)?|nicht\s+berechnet|zur\s+information|pour\s+information|"
                                r"ter\s+informatie|"
                                r"a\s+t[ií]tulo\s+informativo)\s*\)?\s*$", re.I)
# ... or a summary of lines billed above it ("TIMEKEEPER SUMMARY", "Fee summary by attorney", "Staff summary (hours
# worked 09/06)", "Récapitulatif"): its rows repeat them (under a table of counts or prices only: ``offered_tables``)
SUMMARY_HEADING = re.compile(r"^(?:(?:timekeeper|staff|time|hours?|fees?|attorney|lawyer|professional|labou?r|"
                             r"categor(?:y|ies)|department)\s+(?:summary|recap)(?:\s+(?:by|per)\s+[\w'’-]+)?|"
                             r"(?:summary|recap)\s+(?:by|per)\s+(?:timekeeper|"
                             r"attorney|lawyer|staff|role|person|category|department)|recap(?:itulation)?|r[ée]capitulatif|"
                             r"zusammenfassung)\s*:?(?:\s*\(.*\))?$", re.I)  # (not "Expense summary": it may bill them)
# ... or in the item's own text ("Alternative: LED panel", "Junction box (alt.)")
# (an "Option: extended warranty" is billed: only alternatives are marked so)
OFFERED_ITEM = re.compile(r"\(alt\.?\)|^(?:alternativ(?:e|position)?|eventualposition|bedarfsposition)\s*:"
                          # ... or saying it is not in the total ("... (Optionsposition, nicht in Summe enthalten)")
                          r"|not\s+included\s+in\s+(?:the\s+)?total|nicht\s+in\s+(?:der\s+)?(?:gesamt)?summe\s+enthalten"
                          r"|non\s+compris\w*\s+dans\s+le\s+total|niet\s+(?:inbegrepen\s+)?in\s+(?:het\s+)?totaal"
                          r"|no\s+incluid\w*\s+en\s+el\s+total"
                          r"|(?:options|alternativ|eventual|bedarfs)position(?!\w)", re.I)

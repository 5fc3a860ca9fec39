"""Header labels as printed by vendors in English, German, French, Dutch and Spanish (data only).

Each entry is a regular expression matched, case-insensitively, at the start of a phrase (a run
of words on one line, see ``layout.fields``). Tuples are tiers, strongest first: a value found
under an earlier tier wins over any found under a later one.
"""

from __future__ import annotations

_NO = r"(?:#|no\b\.?|nr\b\.?|num(?:ber|ero|éro)?\b\.?|id\b|n\s*[°º]|n\.\s*º)"  # "number" in any of the five

# ---- invoice / order / document numbers -------------------------------------------------------
INVOICE_NUMBER: tuple[str, ...] = (
    rf"(?:tax\s*|sales\s*)?invoice\s*{_NO}",
    rf"inv\.?\s*{_NO}",
    rf"bill\s*{_NO}",
    r"rechnungs?\s*-?\s*(?:nummer|nr\b\.?|no\b\.?)",
    r"r[eg]\.?\s*-\s*nr\b\.?",  # Re.-Nr., Rg.-Nr.
    r"(?:n\s*[°º]|num[ée]ro|no\.?)\s*(?:de\s*)?(?:la\s*)?facture",
    rf"facture\s*{_NO}",
    r"factuur\s*-?\s*(?:nummer|nr\b\.?|no\b\.?)",
    r"(?:n\.?\s*[°º]|n[úu]m(?:ero|\.)?|no\.?)\s*(?:de\s*)?factura",
    rf"factura\s*{_NO}",
    r"invoice(?=\s*:)",
)
DOCUMENT_WORD = r"(?:invoice|rechnung|facture|factuur|factura)"  # the title itself, with its number beside it
ORDER_NUMBER: tuple[str, ...] = (
    rf"(?:sales\s*)?order\s*{_NO}",
    r"(?:auftrags|bestell)\s*-?\s*(?:nummer|nr\b\.?)",
    r"(?:n\s*[°º]|num[ée]ro)\s*(?:de\s*)?commande",
    rf"commande\s*{_NO}",
    r"(?:order|bestel)\s*-?\s*(?:nummer|nr\b\.?)",
    r"(?:n\.?\s*[°º]|n[úu]mero)\s*(?:de\s*)?pedido",
    rf"pedido\s*{_NO}",
)
OTHER_DOCUMENT: tuple[str, ...] = (  # receipts, quotations, contracts and confirmations
    rf"(?:receipt|contract|quote|quotation|proforma|confirmation|credit\s*note)\s*{_NO}?",
    r"(?:angebot|auftrag|auftragsbest[äa]tigung|gutschrift|quittung)(?:s?\s*-?\s*(?:nummer|nr\b\.?))?",
    rf"(?:devis|avoir|re[çc]u|offerte|creditnota|presupuesto|recibo)\s*{_NO}?",
    r"order",
)
REFERENCE: tuple[str, ...] = (
    rf"(?:reference|ref\.?)\s*{_NO}?",
    rf"(?:booking|transaction|document|doc\.?)\s*{_NO}",
    r"beleg\s*-?\s*(?:nummer|nr\b\.?)",
    r"referen(?:z|tie|cia)",
)
PO_NUMBER: tuple[str, ...] = (  # the buyer's purchase-order number (word-bounded: "Portland" is no "PO")
    r"\bp\.?\s*o\.?\s*(?:#|no\b\.?|num(?:ber)?\b\.?)",
    r"\b(?:customer|cust\.?)\s*p\.?\s*o\b\.?",
    r"\bp\.?\s*o\.?\s*:",
    r"purchase\s*order\s*(?:#|no\b\.?|num(?:ber)?\b\.?)?",
)

# ---- dates -------------------------------------------------------------------------------------
ORDER_DATE: tuple[str, ...] = (
    r"(?:order|p\.?\s*o\.?)\s*date",
    r"date\s*(?:ordered|of\s*order)",
    r"(?:bestell|auftrags)\s*-?\s*datum",
    r"date\s*de\s*(?:la\s*)?commande",
    r"(?:order|bestel)\s*-?\s*datum",
    r"fecha\s*(?:de\s*|del\s*)?pedido",
)
INVOICE_DATE: tuple[str, ...] = (
    r"(?:tax\s*)?invoice\s*date",
    r"inv\.?\s*date",
    r"date\s*of\s*(?:invoice|issue)",
    r"(?:issue|receipt|billing|document|quote|quotation)\s*date",
    r"rechnungs\s*-?\s*datum",
    r"(?:angebots|beleg)\s*-?\s*datum",
    r"date\s*(?:de\s*)?(?:la\s*)?facture",
    r"factuur\s*-?\s*datum",
    r"fecha\s*(?:de\s*)?(?:la\s*)?factura",
    r"(?:fecha\s*(?:de\s*)?emisi[óo]n|date\s*d['’]\s*[ée]mission|ausstellungsdatum|factuurdatum)",
)
BARE_DATE: tuple[str, ...] = (r"(?:date|datum|fecha|dated)(?=\s*[:.]?\s*$|\s*[:.]?\s*\d|\s*:)",)
NOT_THE_ORDER_DATE = (  # dates that are never column B, whatever label or position they have
    r"\b(?:due|f[äa]llig|zahlbar|[ée]ch[ée]ance|limite|vencimiento|verval\w*|ship\w*|versand\w*|liefer\w*|"
    r"deliver\w*|livraison|entrega|lever\w*|valid\w*|g[üu]ltig|geldig|v[áa]lid\w*|expir\w*|period\w*|"
    r"zeitraum|p[ée]riode|per[íi]odo|leistung\w*|next|paid|payment|zahlung|paiement|betaling|pago|"
    r"check[\s-]*(?:in|out)|sale|registration)\b"
)

# ---- tables ------------------------------------------------------------------------------------
MONEY = r"(?:^|\s)[-(]?[$€£]?\s?-?\d{1,3}(?:[.,\s]?\d{3})*[.,]\d{2,3}\b(?![.,/]\d)|[$€£]\s?\d|\b(?:EUR|USD|GBP)\s?\d"

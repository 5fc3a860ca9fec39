"""Date labels as printed by vendors in English, German, French, Dutch and Spanish (data only):
which date a label names (the order's, the invoice's, a due or a sale date), as
``layout.field_labels`` keeps the other header labels. The readers make tiers of these tuples, strongest first
(``vendors.header.DATE_LABELS``); within one tuple the label printed first, top to bottom, wins.
"""

from __future__ import annotations

# an order desk's "Order # NS4480317 | Entered 03/28/2026": the order's date where no label names it otherwise
# (a sales order's "Entered: 01/09/2025" over its "Order Date: 01/08/2025" is the day it was keyed in)
ORDER_ENTERED = r"(?:order\s*|date\s*)?entered(?:\s*on)?"
ORDER_DATE: tuple[str, ...] = (
    r"(?:order|ord\.?|(?:l\.?\s*)?p\.?\s*o\.?)\s*(?:date|dt\b\.?)",  # ("Order Dt 04/03/25"; "LPO Date")
    r"sipari[şs]\s*tarihi|ημ(?:ερομηνία|/ν[ίι]α)\s*παραγγελ[ίι]ας|data\s*zam[óo]wienia|datum\s*objedn[áa]vky|"
    r"дата\s*заказа|data\s*comenzii|"  # TR, EL, PL, CZ, RU, RO
    r"(?:rif(?:erimento)?\.?\s*)?vs\.?\s*ordine|rif(?:erimento)?\.?\s*ordine",  # IT ("Vs. ordine": your order)
    r"order\s*(?:received|placed)(?:\s*on)?",  # "Order received Mar 28, 2025"
    r"(?:buyer'?s?|customer'?s?|cust\.?|your)\s*(?:order|p\.?\s*o\.?)\s*date",  # "Customer PO date 02/27/2025"
    # "Your PO dated: 28 February 2025", "Customer order 17 Feb 2025, by phone"
    r"(?:your\s*)?(?:p\.?\s*o\.?|purchase\s*order|order)\s*dated",
    r"(?:customer|your)\s*order"
    r"(?=\s*:?\s*$|\s*:?\s*\d{1,2}[\s./-](?:\d{1,2}|[A-Za-z]{3,9})[\s./-]\d{2,4})",
    # a field naming the buyer's order with its colon: "Your order of: March 30, 2025", "Ihre Bestellung vom: ..."
    r"(?:customer|your)\s*order\s*(?:of|from)(?=\s*:)|(?:ihre\s+)?(?:bestellung|auftrag)\s+vom(?=\s*:)",
    r"ordered(?:\s*on)?",  # a sidebar's "ORDERED 2026-08-30" beside "INVOICED 2026-11-24"
    r"date\s*(?:ordered|of\s*order)",
    r"(?:bestell|auftrags|kauf)\s*-?\s*datum",  # ("Kaufdatum": a marketplace's date of purchase)
    r"date\s*(?:de\s*)?(?:la\s*)?commande",
    r"(?:order|bestel)\s*-?\s*datum",
    r"(?:ordre|bestillings)\s*-?\s*dato",  # Danish, Norwegian
    r"fecha\s*(?:de\s*|del\s*)?pedido|data\s*(?:da\s*|de\s*)?encomenda",  # ES, PT
    r"(?:order\s*)?(?:placed|submitted)(?:\s*on)?",  # a web order's "Order placed: June 2, 2025", "Submitted:"
    r"(?:sales\s*)?order\s*(?:no\.?|#)?\s*[A-Z0-9][\w-]*\d[\w-]*\s+placed(?:\s*on)?",  # "Sales order 771204 placed"
    ORDER_ENTERED,
    r"command[ée]e?\s*(?:pass[ée]e\s*)?le|commande\s+du",  # "Commande passée le 05/03/2025", "Commande du"
    r"(?:bestellt|bestellung)\s*(?:am|vom)|besteld\s*op|pedido\s*(?:realizado\s*)?el",
)
# the buyer's own order named on the seller's document ("Ihre Bestellung vom 28.01.2025"): its date is the
# order's where the document prints no date of its own
CUSTOMER_ORDER_DATE: tuple[str, ...] = (
    r"(?:ihre\s+)?(?:bestellung|auftrag)\s+vom",  # "Ihre Bestellung vom 02.05.2024"
    r"ihre\s+bestellung",  # a box's "Ihre Bestellung" over "vom 02.06.2025" (a date must follow)
)
INVOICE_DATE: tuple[str, ...] = (
    r"(?:tax\s*)?invoice\s*date",
    # a credit or debit note's own date, read before the invoice's it names ("Credit Date" over "Invoice Date")
    r"(?:credit\s*(?:note\s*|memo\s*)?|debit\s*note\s*)date|gutschriftsdatum|date\s*(?:de\s*l['’]\s*)?avoir",
    r"inv\.?\s*date|inv(?:oice)?\.?\s*dt\b\.?",
    r"date\s*of\s*(?:invoice|issue)",
    r"(?:issue|receipt|billing|document|quote|quotation)\s*date",
    r"(?:date\s*)?issued(?:\s*on)?|datum\s*vystaven[íi]",  # "Issued: 2025-04-02", "Date issued", Czech
    r"rechnungs\s*-?\s*datum",
    r"(?:angebots|beleg)\s*-?\s*datum",
    r"date\s*(?:de\s*)?(?:la\s*)?facture",
    r"factuur\s*-?\s*datum",
    r"fecha\s*(?:de\s*)?(?:la\s*)?factura",
    r"(?:fecha\s*(?:y\s*hora\s*)?(?:de\s*)?emisi[óo]n|date\s*d['’]\s*[ée]mission|ausstellungsdatum|factuurdatum)",
    r"data\s*(?:della\s*)?fattura",
    r"faktura\s*-?\s*dat(?:o|um)",
    r"(?:laskun\s*)?p[äa]iv[äa]ys|laskun\s*p[äa]iv[äa]m[äa]{2}r[äa]",  # Finnish
    r"fatura\s*tarihi|d[üu]zenle(?:n)?me\s*tarihi|sz[áa]mla\s*kelte|ki[áa]ll[íi]t[áa]s\s*d[áa]tuma",  # TR, HU
)
# "Dated" set beside the buyer's order number (Tally's "Buyer's Order No. | Dated"): the order's date
ORDER_NUMBER_BESIDE = r"(?:buyer'?s?|customer'?s?|purchase)?\s*order\s*(?:#|no\b\.?|number)"
# the date of sale or payment: never column B while another date is there (it may be the delivery's or a
# later payment's), else the only one (a receipt's "Date Paid")
SALE_DATE = (r"(?:date\s*of\s*sale|sale\s*date|data\s*sprzeda[żz]y|verkaufsdatum|date\s*paid|paid\s*on|"
             r"payment\s*date|date\s*of\s*payment)")
# the goods' shipping or delivery date: column B only when the page prints no other date
SHIP_DATE = (r"(?:ship(?:ped|ping)?\s*date|date\s*shipped|shipped\s*on|dispatch\s*date|delivery\s*date|lieferdatum|"
             r"date\s*de\s*livraison)")
BARE_DATE: tuple[str, ...] = (r"(?:date|datum|fecha|dated|data)(?=\s*[:.]?\s*$|\s*[:.]?\s*\d|\s*:)",)
# the date payment is due: never before the document's own date (it tells "06/02/2024" from "02/06/2024")
DUE_DATE = (r"(?:due\s*(?:date|on|by)|date\s*due|payment\s*due|f[äa]llig(?:keit)?(?:s\s*-?\s*datum|\s*am)?|"
            r"zahlbar\s*bis|(?:date\s*d['’]\s*)?[ée]ch[ée]ance|vervaldatum|(?:fecha\s*de\s*)?vencimiento)")
NOT_THE_ORDER_DATE = (  # dates that are never column B, whatever label or position they have
    r"\b(?:due|f[äa]llig|zahlbar|[ée]ch[ée]ance|limite|vencimiento|verval\w*|ship\w*|versand\w*|liefer\w*|"
    r"deliver\w*|livraison|entrega|lever\w*|valid\w*|g[üu]ltig|geldig|v[áa]lid\w*|expir\w*|period\w*|"
    r"zeitraum|p[ée]riode|per[íi]odo|leistung\w*|next|paid|payment|zahlung|paiement|betaling|pago|"
    r"check[\s-]*(?:in|out)|sale|registration|flight)\b"
)
# SAP Business One's document date ("Posting Date"), below the invoice's own (a buyer's AP stamp prints one too)
POSTING_DATE = r"posting\s*date"

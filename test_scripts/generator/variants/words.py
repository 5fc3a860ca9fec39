"""Printed words per language: titles, header labels, column titles, totals, units, page words.

A column title is a tuple of parts: one-line headers join them ("Unit Price"; "Einzel-" and
"preis" make "Einzelpreis"), two-line headers stack them ("Unit" over "Price"). Labels are as
vendors print them, colon or not.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

Titles = tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Lang:
    code: str
    titles: tuple[str, ...]
    number: tuple[str, ...]
    date: tuple[str, ...]
    order_date: tuple[str, ...]
    other_dates: tuple[str, ...]  # due / ship dates: not the order date
    other_numbers: tuple[str, ...]  # customer, PO and delivery-note numbers: not the invoice number
    bill_to: tuple[str, ...]
    ship_to: tuple[str, ...]
    columns: dict[str, Titles]
    subtotal: tuple[str, ...]
    tax: tuple[str, ...]
    shipping: tuple[str, ...]
    discount: tuple[str, ...]
    total: tuple[str, ...]
    tax_rate: Decimal
    units: tuple[str, ...]
    page: tuple[str, ...]  # "{n}" and "{total}"
    continued: tuple[str, ...]
    carried: tuple[str, ...]
    footnotes: tuple[str, ...]
    terms: tuple[str, ...]
    remit: tuple[str, ...] = ("Remit To:", "Remit Payment To:", "Please remit to:")
    sender: tuple[str, ...] = ("From:", "Sold By:", "Vendor:")


_EN_COLUMNS: dict[str, Titles] = {
    "line": (("#",), ("Line",), ("Ln",)),
    "code": (("Item #",), ("Item", "Number"), ("SKU",), ("Product", "Code"), ("Part #",), ("Item",), ("Style",)),
    "upc": (("UPC",), ("UPC", "Code")),
    "desc": (("Description",), ("Item", "Description"), ("Product",), ("Product", "Description")),
    "qty": (("Qty",), ("Quantity",), ("QTY",), ("Units",)),
    "ordered": (("Qty", "Ordered"), ("Ordered",), ("Ord",), ("Qty", "Ord")),
    "shipped": (("Qty", "Shipped"), ("Shipped",), ("Ship",), ("Qty", "Shp")),
    "backordered": (("B/O",), ("Back", "Order"), ("BO",), ("Qty", "B/O")),
    "unit": (("UOM",), ("Unit",), ("U/M",), ("UM",)),
    "price": (("Unit", "Price"), ("Price",), ("Your", "Price"), ("Net", "Price"), ("Unit", "Cost"), ("Each",)),
    "list": (("List", "Price"), ("Retail",), ("MSRP",), ("Sugg.", "Retail"), ("SRP",)),
    "amount": (("Extended", "Amount"), ("Amount",), ("Extended",), ("Ext.", "Price"), ("Line", "Total"), ("Total",)),
    "same": (("Price",), ("Unit",), ("Price", "Each")),
}
_EN = dict(
    titles=("INVOICE", "Invoice", "SALES INVOICE", "Commercial Invoice"),
    number=("Invoice #", "Invoice No.", "Invoice Number", "Invoice:", "Inv. No.", "Invoice ID"),
    date=("Invoice Date", "Date", "Date of Invoice", "Inv. Date"),
    order_date=("Order Date", "Date Ordered"),
    other_dates=("Due Date", "Ship Date", "Payment Due"),
    other_numbers=("Customer #", "Customer No.", "PO Number", "Cust. PO", "Account No."),
    bill_to=("Bill To:", "Sold To:", "BILL TO", "Customer:", "Invoice To:"),
    ship_to=("Ship To:", "SHIP TO", "Deliver To:"),
    columns=_EN_COLUMNS,
    subtotal=("Subtotal", "Sub-Total", "Merchandise Total", "Net Total"),
    shipping=("Shipping", "Freight", "Shipping & Handling", "Delivery"),
    discount=("Discount", "Less Discount", "Trade Discount"),
    total=("Total", "Invoice Total", "Total Due", "Amount Due", "Balance Due", "TOTAL"),
    page=("Page {n} of {total}", "Page {n}", "{n}/{total}"),
    continued=("Continued on next page", "Continued...", "*** Continued ***"),
    carried=("Carried forward", "Balance forward"),
    footnotes=("Thank you for your business!", "Prices subject to change without notice.",
               "All claims must be made within 10 days of receipt.", "* Items marked T are taxable."),
)
LANGS: dict[str, Lang] = {
    "en-US": Lang(code="en-US", tax=("Sales Tax ({rate}%)", "Tax", "Sales Tax"), tax_rate=Decimal("7.25"),
                  units=("EA", "ea", "each", "pcs", "Set", "units", "PC"),
                  terms=("Terms: Net 30", "Terms: Due on receipt", "Terms: 2% 10 Net 30", "Ship Via: UPS Ground"),
                  **_EN),
    "en-GB": Lang(code="en-GB", tax=("VAT {rate}%", "VAT @ {rate}%", "VAT"), tax_rate=Decimal("20"),
                  units=("EA", "ea", "each", "pcs", "Set", "units"),
                  terms=("Payment terms: 30 days", "VAT Reg. No. GB 123 4567 89", "Terms: Net 30"), **_EN),
    "de": Lang(
        code="de", titles=("Rechnung", "RECHNUNG", "Rechnung / Lieferschein"),
        number=("Rechnungsnummer", "Rechnung Nr.", "Rechnungs-Nr.", "Re.-Nr.", "Rechnungsnr."),
        date=("Datum", "Rechnungsdatum", "Rechnungsdatum:"), order_date=("Bestelldatum", "Auftragsdatum"),
        other_dates=("Lieferdatum", "Fällig am", "Leistungsdatum"),
        other_numbers=("Kundennummer", "Kunden-Nr.", "Ihre Bestellung", "Lieferschein-Nr."),
        bill_to=("Rechnungsadresse", "Rechnungsanschrift:", "Kunde:"), ship_to=("Lieferadresse", "Lieferanschrift:"),
        columns={
            "line": (("Pos.",), ("Pos",)),
            "code": (("Art.-Nr.",), ("Artikel", "Nr."), ("Artikelnummer",), ("Art.Nr.",)),
            "upc": (("EAN",),),
            "desc": (("Bezeichnung",), ("Beschreibung",), ("Artikel-", "bezeichnung"), ("Artikel",)),
            "qty": (("Menge",), ("Anzahl",)),
            "ordered": (("Bestellt",), ("Menge", "bestellt")), "shipped": (("Geliefert",), ("Menge", "geliefert")),
            "backordered": (("Rückstand",), ("offen",)),
            "unit": (("Einheit",), ("ME",), ("Einh.",)),
            "price": (("Einzelpreis",), ("E-Preis",), ("Einzel-", "preis"), ("Netto-", "preis"), ("Stück-", "preis")),
            "list": (("UVP",), ("VK-Preis",), ("Listen-", "preis")),
            "amount": (("Gesamt",), ("Gesamtpreis",), ("Betrag",), ("Gesamt-", "preis"), ("Summe",)),
            "same": (("Preis",), ("Preis", "EUR")),
        },
        subtotal=("Zwischensumme", "Summe netto", "Warenwert", "Nettobetrag"),
        tax=("MwSt. {rate}%", "zzgl. {rate}% MwSt.", "USt. {rate} %"), tax_rate=Decimal("19"),
        shipping=("Versandkosten", "Versand", "Fracht"), discount=("Rabatt", "Nachlass"),
        total=("Gesamtbetrag", "Summe", "Rechnungsbetrag", "Endbetrag", "Gesamt brutto"),
        units=("Stk", "Stk.", "St.", "Set", "Stück"), page=("Seite {n} von {total}", "Seite {n}", "- {n} -"),
        continued=("Fortsetzung auf der nächsten Seite", "Fortsetzung folgt"),
        carried=("Übertrag", "Zwischensumme Übertrag"),
        footnotes=("Vielen Dank für Ihren Auftrag!", "Die Ware bleibt bis zur vollständigen Bezahlung unser Eigentum.",
                   "Bitte geben Sie bei Zahlung die Rechnungsnummer an."),
        terms=("Zahlbar innerhalb 14 Tagen netto", "Lieferbedingung: frei Haus", "Zahlungsziel: 30 Tage"),
        remit=("Bankverbindung:", "Zahlung an:"), sender=("Absender:", "Lieferant:")),
    "fr": Lang(
        code="fr", titles=("FACTURE", "Facture"),
        number=("N° de facture", "Facture N°", "Numéro de facture", "Facture n°"),
        date=("Date", "Date de facture", "Date de la facture"), order_date=("Date de commande",),
        other_dates=("Échéance", "Date de livraison", "Date d'échéance"),
        other_numbers=("N° client", "Code client", "Votre commande", "Bon de livraison"),
        bill_to=("Adresse de facturation", "Facturé à :", "Client :"), ship_to=("Adresse de livraison", "Livré à :"),
        columns={
            "line": (("N°",), ("Ligne",)),
            "code": (("Réf.",), ("Référence",), ("Code", "article"), ("Réf", "article")),
            "upc": (("EAN",), ("Gencod",)),
            "desc": (("Désignation",), ("Description",), ("Libellé",)),
            "qty": (("Quantité",), ("Qté",)),
            "ordered": (("Qté", "cdée"), ("Commandé",)), "shipped": (("Qté", "livrée"), ("Livré",)),
            "backordered": (("Reliquat",), ("Qté", "restante")),
            "unit": (("Unité",), ("U.",)),
            "price": (("Prix", "unitaire"), ("P.U. HT",), ("P.U.",), ("Prix", "net")),
            "list": (("Prix public",), ("PVC",), ("Prix", "conseillé")),
            "amount": (("Montant",), ("Montant HT",), ("Total HT",), ("Montant", "HT")),
            "same": (("Prix",), ("Prix", "HT")),
        },
        subtotal=("Sous-total", "Total HT", "Montant HT"), tax=("TVA {rate}%", "TVA ({rate} %)"),
        tax_rate=Decimal("20"), shipping=("Frais de port", "Port", "Livraison"), discount=("Remise",),
        total=("Total TTC", "Montant total", "Net à payer", "Montant TTC"), units=("pcs", "pce", "u.", "unité", "lot"),
        page=("Page {n} sur {total}", "Page {n}/{total}", "Page {n}"),
        continued=("Suite page suivante", "À reporter"), carried=("Report", "À reporter"),
        footnotes=("Merci de votre confiance.", "Pas d'escompte pour paiement anticipé.",
                   "Indemnité forfaitaire pour frais de recouvrement : 40 €."),
        terms=("Conditions de paiement : 30 jours", "Mode de règlement : virement", "Échéance à réception"),
        remit=("Règlement à l'ordre de :",), sender=("Émetteur :", "Fournisseur :")),
    "nl": Lang(
        code="nl", titles=("FACTUUR", "Factuur"),
        number=("Factuurnummer", "Factuur nr.", "Factuurnr.", "Factuurnummer:"),
        date=("Datum", "Factuurdatum"), order_date=("Orderdatum", "Besteldatum"),
        other_dates=("Vervaldatum", "Leverdatum"), other_numbers=("Klantnummer", "Uw referentie", "Ordernummer"),
        bill_to=("Factuuradres", "Klant:"), ship_to=("Afleveradres", "Leveradres:"),
        columns={
            "line": (("Regel",), ("Nr.",)),
            "code": (("Artikelnr.",), ("Art.nr.",), ("Artikel-", "nummer"), ("Code",)),
            "upc": (("EAN",),),
            "desc": (("Omschrijving",), ("Artikel",), ("Product",)),
            "qty": (("Aantal",), ("Aant.",)),
            "ordered": (("Besteld",),), "shipped": (("Geleverd",),), "backordered": (("Nalevering",), ("Backorder",)),
            "unit": (("Eenheid",), ("Eenh.",)),
            "price": (("Prijs",), ("Stukprijs",), ("Prijs", "per stuk"), ("Netto-", "prijs")),
            "list": (("Adviesprijs",), ("Consumenten-", "prijs")),
            "amount": (("Bedrag",), ("Totaal",), ("Regel-", "totaal")),
            "same": (("Prijs",), ("Prijs", "EUR")),
        },
        subtotal=("Subtotaal", "Totaal excl. BTW"), tax=("BTW {rate}%", "BTW ({rate}%)"), tax_rate=Decimal("21"),
        shipping=("Verzendkosten", "Vracht"), discount=("Korting",), total=("Totaal", "Totaal incl. BTW", "Te betalen"),
        units=("st", "stuks", "set", "st."), page=("Pagina {n} van {total}", "Pagina {n}", "Blad {n}/{total}"),
        continued=("Vervolg op volgende pagina", "Zie volgende pagina"), carried=("Transport",),
        footnotes=("Bedankt voor uw bestelling.",
                   "Op al onze leveringen zijn onze algemene voorwaarden van toepassing."),
        terms=("Betaling binnen 30 dagen", "Betalingstermijn: 14 dagen"),
        remit=("Betaling aan:",), sender=("Leverancier:", "Afzender:")),
    "es": Lang(
        code="es", titles=("FACTURA", "Factura"),
        number=("Número de factura", "Factura N.º", "Nº Factura", "Factura nº"),
        date=("Fecha", "Fecha de factura", "Fecha factura"), order_date=("Fecha de pedido",),
        other_dates=("Vencimiento", "Fecha de envío", "Fecha de entrega"),
        other_numbers=("N.º cliente", "Su pedido", "Albarán"),
        bill_to=("Facturar a:", "Cliente:", "Datos del cliente"), ship_to=("Enviar a:", "Dirección de entrega"),
        columns={
            "line": (("Lín.",), ("N.º",)),
            "code": (("Código",), ("Ref.",), ("Referencia",), ("Cód.", "artículo")),
            "upc": (("EAN",),),
            "desc": (("Descripción",), ("Artículo",), ("Concepto",)),
            "qty": (("Cantidad",), ("Cant.",), ("Uds.",)),
            "ordered": (("Pedido",), ("Cant.", "pedida")), "shipped": (("Enviado",), ("Cant.", "servida")),
            "backordered": (("Pendiente",),),
            "unit": (("Unidad",), ("Ud.",)),
            "price": (("Precio", "unitario"), ("Precio",), ("P. unit.",), ("Precio", "neto")),
            "list": (("PVP",), ("P.V.P.",), ("Precio", "tarifa")),
            "amount": (("Importe",), ("Total",), ("Importe", "neto")),
            "same": (("Precio",), ("Precio", "EUR")),
        },
        subtotal=("Subtotal", "Base imponible"), tax=("IVA {rate}%", "IVA ({rate}%)"), tax_rate=Decimal("21"),
        shipping=("Envío", "Portes", "Gastos de envío"), discount=("Descuento",),
        total=("Total", "Total factura", "Importe total", "TOTAL A PAGAR"), units=("uds", "ud.", "u", "pza", "set"),
        page=("Página {n} de {total}", "Pág. {n}"), continued=("Continúa en la página siguiente", "Suma y sigue"),
        carried=("Suma anterior", "Suma y sigue"),
        footnotes=("Gracias por su confianza.", "Inscrita en el Registro Mercantil de Valencia, Tomo 1234, Folio 56."),
        terms=("Forma de pago: transferencia 30 días", "Vencimiento: 30 días fecha factura"),
        remit=("Pagar a:",), sender=("Proveedor:", "Emisor:")),
}

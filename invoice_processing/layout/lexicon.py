"""The words documents use, as data: column labels by role, totals, charges, footers.

Labels are lower case with punctuation dropped (``normal_label``), in English, German, French,
Dutch and Spanish. A column header is read by matching the longest known phrase over the
header's words, so "Unit Price" is one label and "BTW Hoeveelheid" two.
"""

from __future__ import annotations

import functools
import re

from invoice_processing.layout import column_labels as _labels
from invoice_processing.layout.more_column_labels import MORE_LABELS
from invoice_processing.layout.regional_column_labels import REGIONAL_LABELS
from invoice_processing.layout.remark_words import NOT_BILLED_HEADING as NOT_BILLED_HEADING
from invoice_processing.layout.remark_words import NOTE_LABEL as NOTE_LABEL  # the wording of remarks and offers
from invoice_processing.layout.remark_words import NOTES as NOTES
from invoice_processing.layout.remark_words import OFFERED_ITEM as OFFERED_ITEM
from invoice_processing.layout.remark_words import OPTIONAL as OPTIONAL
from invoice_processing.layout.remark_words import OPTIONS_HEADING as OPTIONS_HEADING
from invoice_processing.layout.remark_words import SUBLINE as SUBLINE
from invoice_processing.layout.unit_words import UNITS as UNITS  # the words a quantity is counted in

# Column roles (the numeric ones are read as numbers, the others as text) and their labels, as data
CODE, DESCRIPTION, UPC, UOM = _labels.CODE, _labels.DESCRIPTION, _labels.UPC, _labels.UOM
QTY, ORDERED, SHIPPED, BACKORDER = _labels.QTY, _labels.ORDERED, _labels.SHIPPED, _labels.BACKORDER
PRICE, LIST_PRICE, AMOUNT = _labels.PRICE, _labels.LIST_PRICE, _labels.AMOUNT
TAX, DISCOUNT, OTHER, NUMBER = _labels.TAX, _labels.DISCOUNT, _labels.OTHER, _labels.NUMBER
QTY_ROLES, PRICE_ROLES = _labels.QTY_ROLES, _labels.PRICE_ROLES
NUMERIC_ROLES, TEXT_ROLES = _labels.NUMERIC_ROLES, _labels.TEXT_ROLES
COLUMN_LABELS = _labels.COLUMN_LABELS
VARIANT_WORDS = _labels.VARIANT_WORDS
PICTURE_LABELS = frozenset(_labels.PICTURE_LABELS)
LINE_NUMBER_LABELS = frozenset(_labels.LINE_NUMBER_LABELS)
PER_LABELS = frozenset(_labels.PER_LABELS)

# A subtotal closes a section of the table; rows may follow it (Odoo prints one per section; "GROUP TOTAL****").
SUBTOTALS = re.compile(r"^(?:sub\s*-?\s*total|zwischensumme|sous[\s-]*total|subtotaal|subtotal|"
                       r"(?:group|category|section|department|dept\.?)\s+total\b(?=\s*(?:$|[*:]|[$€£]?\d))|"
                       # a German quotation's sum of one title ("Summe Titel 1", "Titelsumme 2")
                       r"(?:summe|zwischensumme)\s+(?:titel|los|abschnitt)\b|titelsumme|"
                       # a delivery note's sum in a collective invoice ("Summe Lieferschein 4711", "Total BL 8812")
                       r"(?:summe|total|totaal|totale)\s+(?:lieferschein|bl|bon\s+de\s+livraison|pakbon|"
                       r"delivery\s+note|albar[aá]n|ddt))\b", re.I)
# Lines whose text says the product table ends (a total of some kind).
TOTALS = re.compile(
    r"^(?:total\s*(?:goods|merchandise|products?)(?:\s*(?:fee|value|amount|cost))?|"  # "Total Goods Fee： | 51 | ..."
    r"sub\s*-?\s*total|total|grand\s*total|invoice\s*total|order\s*total|merchandise\s*total|net\s*total|"
    r"(?:order|merchandise|product|goods|items?(?:\(s\))?)\s*sub\s*-?\s*total|"
    r"amount\s*due|balance\s*due|total\s*due|paid\s*to\s*date|(?:amount|total)\s*paid|payments?\s*(?:received|made)|total\s*amount|totals?\b|zwischensumme|summen?|gesamtsumme|"
    r"gesamtbetrag|gesamt(?:\s*(?:netto|brutto))?|endbetrag|rechnungsbetrag|rechnungs-?\s*s?umm?e|sous[\s-]*total|"
    r"montant\s*total|total\s*ht|total\s*ttc|net\s*à\s*payer|"
    r"subtotaal|totaal|factuur\s*totaal|te\s*betalen|subtotal|importe\s*total|base\s*imponible|"
    r"gross\s*value|net\s*(?:invoice\s*)?value|invoice\s*value|please\s*pay|amount\s*payable|tot(?=\.\s|\.$)|"
    r"(?:netto)?warenwert|nettobetrag|bruttobetrag|montant\s*ht|montant\s*ttc|total\s*net|netto\s*bedrag|"
    r"importe\s*neto|totale(?:\s*(?:imponibile|documento|fattura|iva\s*inclusa))?|imponibile|summa|att\s*betala|"
    r"varuv[äa]rde|totalt|i\s*alt|at\s*betale|å\s*betale|yhteens[äa]|maksettava|razem|do\s*zap[łl]aty|celkem|"
    r"k\s*[úu]hrad[ěe]|toplam|ödenecek\s*tutar|vergiler\s*dahil|hesaplanan\s*kdv|összesen|fizetendő|"
    r"(?:sve)?ukupno|za\s*platiti|celkom|spolu|k\s*úhrade|общо|итого|всего|разом|всього|σύνολο|iš\s*viso|kopā|"
    r"kokku|skupaj)\b"
    # (Nordic, Finnish, Polish, Czech, Turkish, Hungarian: "Att betala", "I alt", "Razem", "Celkem", "Toplam")
    r"|^(?:lines|units|items|pieces|cartons)\s*:"  # the counts of the totals block ("Lines: 92  Units: 436")
    # a sum's label taken net with its amount alone after it ("Leihgebühr netto: 110,00"; not "Poids net : 1,5 kg")
    r"|^[^\d:]{2,30}\s(?:netto|net|nett)\s*:\s*[$€£]?\s*\d[\d.,\s]*[.,]\d{2}\s*(?:€|eur|e)?\s*$"
    # the goods' sum ("Merchandise: $1,178.80" over "Freight: $24.50", "Merchandise   1,954.75")
    r"|^(?:merchandise|mercadorias?)(?:\s*:\s*[$€£]?\s*\d|\s+[$€£]?\s*\d{1,3}(?:[ .,]?\d{3})*[.,]\d{2}\s*$)"
    # the sum before a discount ("Gross: $2,120.73"; not a weight, "Gross: 14.2 kg")
    r"|^gross\s*(?:total|amount)?\s*:\s*[$€£]?\s*\d[\d.,]*[.,]\d{2}\s*$",
    re.I,
)
# A group's heading among the rows, by its label ("Category: Frames", "Item Group: Nuts & Washers", "Warengruppe:
# Schrauben"): no description of the row above
GROUP_HEADING = re.compile(
    r"^(?:item\s*|product\s*|article\s*)?(?:category|group|section|family|kategorie|warengruppe|"
    r"artikelgruppe|produktgruppe|gruppe|cat[ée]gorie|famille|rubrique|categor[ií]a|grupo|familia|secci[oó]n|"
    r"afdeling|groep|productgroep|ship\s*window(?:\s*\d+)?|shipment\s*\d+)\s*:\s*\S"
    r"|^ship\s*window\b.*\d", re.IGNORECASE)  # "SHIP WINDOW 2 - 11/03/2025": a heading without its colon
# A line free of tax, in words, as printed under the tax label ("Exempt", "Exonéré", "Steuerfrei", "Zero-rated"),
# maybe with its reason after it ("Exempt (resale)")
TAX_EXEMPT = re.compile(r"^(?:tax[- ]?)?exempt|^tax[- ]?free|^exon[ée]r[ée]e?|^(?:steuer|mwst\.?[- ]?)frei|^exent[oa]|"
                        r"^vrijgesteld|^zero[- ]?rated|^non[- ]?taxable|^untaxed", re.IGNORECASE)
_REASON = re.compile(r"(?:\s*\([^()]*\))?$")


def tax_exempt(text: str) -> bool:
    """True when ``text`` says, in words, that a line bears no tax."""
    found = TAX_EXEMPT.match(text.strip())
    return found is not None and _REASON.fullmatch(text.strip()[found.end():]) is not None


# The ISO 4217 codes of currencies an invoice is likely to be written in (a code is a currency only as a
# word of its own: "PEN" yes, "PENS" no)
CURRENCY_CODES = ("USD", "EUR", "GBP", "CAD", "AUD", "NZD", "CHF", "INR", "JPY", "CNY", "RMB", "HKD", "SGD", "SEK",
                  "NOK", "DKK", "ISK", "PLN", "CZK", "HUF", "RON", "BGN", "TRY", "ZAR", "MXN", "BRL", "ARS", "CLP",
                  "COP", "PEN", "UYU", "AED", "SAR", "QAR", "KWD", "BHD", "OMR", "JOD", "ILS", "EGP", "MAD", "THB",
                  "MYR", "PHP", "IDR", "KRW", "TWD", "PKR", "TND", "DZD", "KES", "NGN", "GHS", "VND", "LKR",
                  "BDT", "NPR")
# Local abbreviations beside amounts (rupees, koruna, złoty, krona/krone, dinars, shillings, dirhams, lira, forints,
# kuna, lei, leva, roubles, hryvnias, rand "R 899") and signs (a quantity's "Ft" is feet: ``numbers.parse_quantity``)
_LOCAL_CURRENCY = (r"\b(?:Rs|Kč|zł|kr|KD|(?-i:DT|Ksh|DH|Dhs|TL|Ft|kn|lei|Fr|SFr|лв|руб|грн))\b\.?|(?-i:\bR)(?=\s?\d)|"
                   r"[€£$¥₹₺₽₩₪₱₫฿₦₴]")
# A currency as printed with an amount ("$", "CDN$", "EUR", "Rs.", "€", "R$", "250 Kč", "USD5.85")
CURRENCY = (r"(?:(?:US|NZ|AU|CA|CDN|HK|SG|NT|MX|R|A|C|S)\$|(?-i:(?<![A-Za-z])(?:" + "|".join(CURRENCY_CODES)
            + r")(?:\b|(?=\d[\d.,]*[.,]\d\d\b)))|" + _LOCAL_CURRENCY + ")")
# A size printed among a description's words: 8", 5-5.75", 6', 8-1/4", 1/2"
_SIZE_NUMBER = r"(?<![\d.,])\d+(?:[.,]\d+)?(?:[-\s]\d+/\d+|/\d+)?"
MEASURE = re.compile(rf"{_SIZE_NUMBER}(?:\s*[-–]\s*{_SIZE_NUMBER})?\s*[\"'”″′]")
# A count of what the table holds ("TOTAL QTES FACTUREES | 254", "Total Units 259"): the totals' line, whatever
# words follow the count's name
TOTAL_COUNTS = re.compile(
    r"^(?:total(?:e|es|s)?|gesamt)[\s_]*(?:des\s*|of\s*)?(?:units|qtys?|quantit(?:y|ies|és?|es?)|qt[ée]s?|items|pieces|"
    r"pcs|pièces|lines|lignes|cartons|colis|stück|menge|aantal|articles|art[íi]culos|unidades|units shipped)\b", re.I)
# Shipping or freight as a charge ("Shipping", "Shipping & Handling", "Freight - LTL", "Shipping: UPS
# Ground"), not a product's name that starts with the word ("Shipping Out Bon Voyage Card")
SHIPPING = (r"(?:shipping|freight)(?=\s*(?:$|[-:&(–$€£\d/]|(?:and|charges?|costs?|fees?|handling|via|ups|fedex|"
            r"dhl|usps|ground|standard|express|method|ltl|prepaid|collect|allowed)\b))")
# where a tax's name ends a charge's label ("Tax", "Sales Tax 8.25%", "Tax (CA)", "Tax on freight"; not the
# product "Tax & Receipts Document Folio" nor "Taxidermy Kit")
_TAX_ENDS = (r"(?=\s*(?:$|[:(%$€£\d@-]|(?:rate|amount|total|on|at|exempt|due|collected|charged?)\b|"
             r"(?:&|and)\s*(?:fees?|charges?|duties|dues)\b))")
# an adjustment's name opens a charge ("Discount 10%", "Deposit received", "Credit Memo applied", "Payment Visa",
# "Credit Card") unless a product's noun follows it ("Discount Card Holder", "Deposit Bag", "Credit Card Wallet")
_ADJUSTMENT_ENDS = (r"(?!\w*\s*(?:card\s*)?(?:holders?|wallets?|cases?|sleeves?|organi[sz]ers?|bags?|pouch(?:es)?|"
                    r"books?|slips?|envelopes?|stamps?|tickets?|pads?|forms?|ledgers?|record\s*books?|"
                    r"tags?|labels?|stickers?|boxes|box|signs?)\b)")
# a tax named after its rate anywhere in the line ("Stripe Tax Line Item 7.75% Tax by Avalara", "Sales tax - 8.875%
# Sales Tax"), not a product's "0% VAT" (a rate of nought) nor a remark "... 20% tax included"
_RATED_TAX = (r"(?:\w+\s+){0,2}tax\s+line\s+item\b|(?:(?:state|county|city|local|sales|use|provincial|federal|district)"
              r"\s+)*[1-9]\d?(?:[.,]\d{1,3})?\s*%\s*(?:sales\s+|use\s+)?tax(?=\s*(?:$|by\b|on\b)|\s+[-–])")
# Lines that are charges or adjustments inside a table: never products (a tax's short name only as a
# word, "GST", "VAT20%": "PST137" is a style code).
CHARGES = re.compile(
    rf"^(?:(?:sales\s*)?tax(?:es)?{_TAX_ENDS}|mwst|{_RATED_TAX}|(?:vat|gst|[cisu]gst|utgst|hst|pst|ust|btw|tva|iva)(?:(?![a-z\d]|-\d)|(?=\d+(?:[.,]\d+)?\s*%))|{SHIPPING}|handling|(?:local|standard)\s+delivery(?=\s*(?:$|[-–:(]|charges?\b|fees?\b|within\b|\d))|delivery(?:\s*(?:charges?|fees?|costs?|&\s*(?:handling|set\s*-?up))\b|\s*(?:[:$€£\d(]|[-–]\s|$))|postage|"
    r"s\s*&\s*h|add\s+(?=(?:freight|shipping|carriage|postage|forwarding)\b)|\w*belasting(?:en)?\b|impuestos?\b|(?:discount|deposit|payment|credit)"
    rf"{_ADJUSTMENT_ENDS}|rabatt|remise|korting|\w+korting\b|\w+rabatt\b|descuento|rounding|versand(?:\b|spesen)|"
    # "Verpackung und Versand", "Anlieferung frei Baustelle mit Kranentladung"
    r"verpackung(?:\s*(?:und|&|\+)\s*versand)?\b|anlieferung\b|lieferung\s+(?:ab|frei)\s+(?:haus|baustelle|werk|lager|hof)\s*$|kurier(?:zustellung|dienst|gebühr|pauschale)|"
    r"porto(?:\s*(?:und|&)\s*verpackung|kosten)?\s*(?:[:€\d(]|$)|"  # never "Porto Tawny 10 Years Old"
    r"courier(?:\s*(?:delivery|charges?|fees?|service)\b|(?=\s*(?:$|[:$€£]|\(\s*\d|[-–]\s*(?:the\s+)?\w*\s*courier)))|"
    r"(?:packing|packaging|crating)(?:\s*(?:&|and)\s*(?:crating|packing|handling))?\s*(?:fees?|charges?|costs?)\b|"
    r"verzendkosten|frais\s*de\s*port|participation\s*(?:aux\s*)?frais\s*(?:de\s*port|d'envoi|de\s*transport|de\s*livraison)\b|"
    r"fragt(?:\s*(?:og|&)\s*emballage)?\b|frakt(?:avgift|kostnad)?\b|doprava\b|koszty?\s*(?:wysy[łl]ki|dostawy|przesy[łl]ki|transportu)\b|wysy[łl]ka\b|przesy[łl]ka\b|dopravn[ée]\b|(?:[\w-]+\s+){0,2}(?:crate|bottle|keg|container)\s+deposits?\b|leeggoed\b|po[šs]tovn[ée]\b|dobierka\b|kuri[ée]r(?![\w-])|recargos?\b|(?:mindermengen|kleinmengen|gefahrgut|energie|maut|diesel|kraftstoff|teuerungs|express|logistik)?zuschlag\b|envío|(?:[\w.]+\s+){0,4}fuel\s*surcharges?\b|index(?:ation)?\s*gazole\b|transport\s+sur\s+(?:vente|achat)\b|pal(?:l)?ett?e?s?\s+(?:europe|euro|eur)\b|(?:[a-z]+\s+){1,2}surcharge(?=\s*(?:$|[\d(%:$€£-])|\s+[a-z]{2}$)|less\b|tariff|surcharge|trf\b(?!-\d)|trf-(?!\d)|fracht(?:kosten|zuschlag)|(?:[\w]+-)?pfand\b|leergut\b|"
    r"(?:service|liefer|versand|zustell)gebühr(?:en)?\s*(?:lieferung|versand|zustellung)?\s*(?:\(.*\))?\s*$|"
    r"frais\s*(?:de\s*|d')?(?:livraison|envoi|exp[ée]dition)\b|consigne\b|statiegeld\b|"
    # a French recycling levy per piece ("+ éco-participation mobilier", "Écotaxe", "Eco-part. DEEE")
    r"\+?\s*[ée]co[\s-]?(?:participation|contribution|part\b\.?|taxe)"
    r"(?=\s*(?:$|[:(\d€+]|mobili\w*|meubles?|d3e|deee|incluse?))|"  # (never "Eco-Part Stool oak")
    r"carriage(?:\s*(?:&|and)\s*(?:packing|handling|delivery|insurance)|\s*charges?|\s*costs?|\s*paid)?"
    r"(?=\s*(?:[:$€£\d(-]|$))|"
    # a pallet billed as a line ("Pallet", "One Way Pallet", "Europalette"), free delivery as a priced line
    r"(?:(?:one[\s-]?way|euro|eur|returnable|wooden)\s*)?pal(?:l)?et(?:te)?n?(?:\s*(?:charges?|fees?|costs?|deposit))?\s*$|"
    r"\d{1,2}(?:[.,]\d{1,2})?\s*%\s*(?:mwst|ust|vat|iva|tva|btw|gst|igic|moms)\b|"  # a tax after its rate: "19% MwSt:"
    r"(?:liefer|versand|fracht|transport|zustell)(?:kosten)?(?:pauschale|kosten)\b|"  # "Lieferpauschale"
    r"free\s+(?:delivery|shipping)\b|pal(?:l)?et(?:te|ta|s)?\s+(?:a\s+)?perdere\b|"  # ("PALETTE PERDERE 80 X 120")
    # a returnable container's deposit ("Container deposit #1 pot", "+ Keg deposit", California's "CA CRV 12 @ 0.05"),
    # a part's core charge; a provincial stewardship fee ("Environmental Handling Fee - battery", "Eco Fee", "Tire
    # Stewardship SK levy")
    r"environmental\s*(?:handling\s*)?(?:fees?|levy|charges?)\b|eco\s*-?\s*fees?\b|ehf(?=\s*[-–:(]|\s*$)|(?:tire|tyre)\s+stewardship\b|"
    r"ekologick[ýy]\s+poplatek|recykla\w*\s+poplatek|entsorgungsgeb[üu]hr|contributo\s+(?:raee|conai)\b|"
    r"\+?\s*(?:container|keg|bottle|crate|case|cask|cylinder|drum|tote|pot|core)\s*deposit\b|(?:keg|can|btl|bottle|cyl|crate|case)\s*dep(?:osit)?\b|core\s*charge\b|ca\s*crv\b|crv\s*(?:\d|@)|"
    # a shop's shipping and promotion lines in Italian, Spanish and Portuguese ("Costi di spedizione € 3,02",
    # "Promozioni -€ 15,49"), never a product named after them ("Promotion Pack Lipstick")
    r"(?:costi\s*di\s*(?:spedizione|trasporto|consegna)|promozion[ei]|promoci[oó]n(?:es)?|promotions?|sconto|"
    r"descontos?|frete)(?=\s*(?:$|:|[-–]?\s*[$€£]?\s*[-–]?\s*\d+(?:[.,]\d+)*\s*%?\s*$))|"
    r"transportkosten|transport\s*(?:[-:–,]|charges?\b|costs?\b|$)|frais\s*d[ue]\s*transport|portes\b|spese\s*di\s*(?:trasporto|spedizione)|gastos\s*de\s*(?:env[ií]os?|transportes?|portes?)\b|abzgl\b|abzüglich|zzgl\b|zuzüglich)",
    re.I,
)
# Words that name a shipment's carriage wherever they stand in a line (a free one is no product).
CARRIAGE = re.compile(
    r"\b(?:delivery|shipping|shipment|freight|carriage|postage|porto|versand|lieferung|livraison|envío|envio|"
    r"verzending|spedizione|transport|ups|dhl|fedex|gls|dpd|tnt|usps|(?:next|second|2nd|\d)[\s-]day\s+air)\b",
    re.I,
)
MARKS_ALONE = re.compile(r"(?:\d{1,4}\s+)?[\W_]{3,}")  # a row's number and a rule of marks: "003 /////"
# A carrier's service billed as a line ("DPD CLASSIC EU Courier Delivery (15.3 kg)"): shipping, not a product
# (a carrier's name alone may be a product's: "UPS 1500VA")
CARRIER_CHARGE = re.compile(
    r"^(?:dpd|ups|dhl|gls|fedex|tnt|usps|colissimo|chronopost|postnl|bpost|royal\s*mail|la\s*poste|correos)\b.*"
    r"\b(?:courier|delivery|shipping|freight|express|livraison|versand|lieferung|env[íi]o|parcel|paket|colis)\b",
    re.I,
)
# A line naming only the product's own codes by their labels ("SKU: CM4574  UPC: 810422305146"): its text, no
# note (``item_text.labelled_code`` and ``labelled_upc`` take them out of the description)
UPC_LABEL = r"(?:UPC|EAN|GTIN)"  # a barcode's label ("UPC: 810422305146", "EAN 4006381333931")
IDENTITIES = re.compile(
    rf"(?:(?:SKU|{UPC_LABEL}|Item\s*(?:#|No\b\.?))\s*[:#]?\s*[A-Z0-9][\w./-]*\d[\w./-]*\s*)+", re.I)
# A reference to another document printed among the lines ("Lieferschein 4711 vom 02.05.",
# "Packing slip #8284"): it groups or annotates the rows and is never a product's description.
REFERENCES = re.compile(
    r"^(?:lieferschein|bon\s+de\s+livraison|pakbon|albar[aá]n|packing\s+slip|delivery\s+note|"
    r"auftrag|auftragsbestätigung|order\s+confirmation)(?:[\s-]*(?:nr|no|n°|nº|#)\.?)?\s*[:#]?\s*[A-Z0-9-]*\d",
    re.I,
)
# The same reference anywhere in a short note ("Delivered per delivery note DN-30917 of 06/05/2025",
# "Ref. Quote Q-2231", "Lt. Lieferschein Nr. LS 25-0881 vom 05.05.2025:"): a note, never a description.
REFERENCE_NOTE = re.compile(
    r"\b(?:lieferschein|bon\s+de\s+livraison|\bBL\b|pakbon|leveringsbon|albar[aá]n|packing\s+slip|"
    r"delivery\s+note|ddt|documento\s+di\s+trasporto|quote|quotation|angebot|offerte|devis|presupuesto)"
    r"(?:[\s-]*(?:nr|no|n°|nº|#|n)\.?)?\s*[:#]?\s*[A-Z]{0,4}[\s-]?\d[\d-]{2,}",
    re.I,
)
# Page furniture that may sit inside a table's area without ending it.
FURNITURE = re.compile(
    r"^[\W_]*(?:page\s*\d+(?:\s*(?:of|/)\s*\d+)?|seite\s*\d+|pagina\s*\d+|continued|cont(?:'|i)?d?\.?(?!\w)|\(continued\)|"
    r"carried\s*forward|brought\s*forward|balance\s*forward|übertrag|zu\s*übertragen|report\s*page|à\s*reporter|"
    r"report\s*(?:de\s*la\s*page|précédent)|suma\s*anterior|suma\s*y\s*sigue|saldo\s*anterior|"
    r"transport\s*van\s*vorige\s*pagina|van\s*vorige\s*pagina|\d+\s*/\s*\d+\s*$)",
    re.I,
)
# A page's running head says the document goes on ("INVOICE CI009176148 - continued").
CONTINUED = re.compile(r"(?:\bcontinued\b|\bcontinues\b|\bcont'd\b|\(cont(?:'d|d|\.)?\)|\bfortsetzung\b|\bvervolg\b|"
                       r"\bcontinuación\b|\(suite\)|"
                       r"suite\s+(?:page\s+suivante|au\s+verso)|\bà\s+suivre\b|wird\s+fortgesetzt|"
                       r"contin[úu]a\s+en)", re.I)
# a web shop's count before an item's name ("2 of: The Choice"), printed without a quantity column
COUNT_PREFIX = re.compile(r"^(\d{1,4})(?:\s+of\s*:|\s*[x×](?=\s+[^\W\d]))\s*")  # "2 of: ...", "6 x Subscription ..."
# A subtotal that is carried to the next page ("Zwischensumme Übertrag", "Subtotal carried forward").
CARRIED_OVER = re.compile(r"übertrag|(?:carried|brought)\s*(?:forward|fwd)|à\s*reporter|suma\s*y\s*sigue|"
                          # "Total c/f", "Balance b/fwd" (never a lumber yard's "250 b/f", board feet)
                          r"(?:^|total|balance|amount|sum)\W*[cb]\s*/\s*f(?:wd)?\b|"
                          r"suma\s*anterior|van\s*vorige\s*pagina|naar\s*volgende\s*pagina", re.I)
# A carried-forward sum: one of these words and the amount alone on a line ("Transport 14.590,32").
CARRIED = re.compile(r"^transporte\s*:?\s*[€$]?\s*\d{1,3}(?:[ .,]\d{3})*[.,]\d{2}\s*€?$|^(?:transport|report|vortrag|"
                     r"übertrag|saldo|a\s*transportar)\s*:?\s*[€$£]?\s*[\d.,' ]+\s*[€$£]?$", re.I)

_PUNCTUATION = re.compile(r"[.:#()\[\]]+")
_HYPHEN = re.compile(r"\s*-\s*")
_INITIALS = re.compile(r"(?<!\S)\w(?: \w)+(?!\S)")  # letters set apart by dots: one abbreviation


_CURRENCY_WORD = re.compile(r"(?:^|[\s,-])(?:" + "|".join(CURRENCY_CODES).lower() + r"|us\$|€|\$|£)$")
_PRICE_TAIL = re.compile(r"\s(?:fob|exw|cif|cfr|cnf|fca|dap|ddp)$|/(?:pcs?|ea|unit|stk|kg)$")  # "US$ FOB", "/pc"
# (not "NIF / CIF")
_PRICED = re.compile(r"price|prix|preis|precio|prezzo|prijs|rate|value|amount|total|montant|importe")


@functools.lru_cache(maxsize=4096)  # (header words repeat on every page and every try)
def normal_label(text: str) -> str:
    """A header word or phrase as the lexicon spells it: lower case, no dots, colons or brackets,
    no currency named after it ("Preis-EUR", "Amount (USD)")."""
    lowered = text.lower().replace("n.º", "no").replace("n.°", "no").replace("nº", "no").replace("n°", "no")
    lowered = lowered.replace("_", " ").replace("’", "'").replace("\u0307", "")  # "order_no"; "d’article"; "İ"
    label = " ".join(_PUNCTUATION.sub(" ", lowered.rstrip("*")).split())  # ("Colis*": a footnote's mark)
    label = _HYPHEN.sub("-", label)  # "Art.-Nr." reads "art-nr"
    if " " in label and all(len(part) == 1 for part in label.split()):
        label = label.replace(" ", "")  # "P.V.P." reads "pvp"
    elif _INITIALS.search(label):
        label = _INITIALS.sub(lambda m: m.group().replace(" ", ""), label)  # "P.U. HT" reads "pu ht"
    stripped = _CURRENCY_WORD.sub("", _PRICE_TAIL.sub("", label) if _PRICED.search(label) else label)
    # (the comma before a currency goes with it, "unit price, usd"; a word's own comma stays, "details,")
    stripped = stripped.strip(" -,") if stripped != label else stripped.strip(" -")
    return stripped or label


def _index() -> dict[str, str]:
    found: dict[str, str] = {}
    for role, labels in [*COLUMN_LABELS.items(), *MORE_LABELS.items(), *REGIONAL_LABELS.items()]:
        for label in labels:
            for spelling in {normal_label(label), normal_label(label.replace("#", "no"))} - {""}:
                found.setdefault(spelling, role)
    return found


LABEL_ROLES: dict[str, str] = _index()
LONGEST_LABEL = max(len(label.split()) for label in LABEL_ROLES)
_JOINERS = frozenset({"at", "@", "of", "&", "de", "la", "le", "du", "des", "van", "per", "the", "x", "and", "to",
                      "in", "for", "di", "della", "del", "der", "die", "das", "en", "y", "et", "or"})
# words of known labels, for a quick test of whether a line may be a header ("at", "of" alone say nothing)
LABEL_WORDS = frozenset(word for label in LABEL_ROLES for word in label.replace("/", " ").split()
                        if len(word) > 1) - _JOINERS  # a flag "N" or "x" alone says nothing either


def is_variant(label: str) -> bool:
    """True for the label of a column naming a product's variant ("Colour", "Length / Size"; not
    "Option Code", nor a packing's size, "Pack Size"): its last word names one."""
    words = normal_label(re.sub(r"\(.*?\)", " ", label)).replace("/", " ").split()  # "SIZE (mL)": a size
    return bool(words) and words[-1] in VARIANT_WORDS and not PACKING.intersection(words)


# a packing's words: "Pack Size" is no variant of the product
PACKING = frozenset({"pack", "case", "carton", "box", "inner", "outer", "packung", "verpackung", "colis"})
# a packing's words in a quantity's or a price's label ("Cases", "Case Price", "Price/Ctn"): counted by the case
BY_THE_CASE = PACKING - {"inner", "outer", "packung", "verpackung"} | {
    "cases", "cs", "ctn", "ctns", "cartons", "karton", "kartons", "boxes", "bx", "pk", "packs"}


def worded(text: str) -> bool:
    """Text of words: two words or more with a letter in each (no number, code or flag alone)."""
    return sum(1 for word in text.split() if any(ch.isalpha() for ch in word)) >= 2


def looks_like_code(token: str) -> bool:
    """A product code, SKU or UPC: a token with a digit and no lower-case letter (a warehouse
    "MEM" or a flag has no digit; a word has lower-case letters), and at least four digits when it
    has no letter (a warehouse "02" or a line number is no code); never a size with inch marks."""
    digits = sum(ch.isdigit() for ch in token)
    if any(ch in token for ch in "\"″'’,"):
        return False  # a size ('5-5.75"', '12"') or a count in prose ("4,")
    return digits > 0 and not any(ch.islower() for ch in token) and (digits >= 4 or any(ch.isalpha() for ch in token))

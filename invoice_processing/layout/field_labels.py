"""Header labels as printed by vendors in English, German, French, Dutch and Spanish (data only).

Each entry is a regular expression matched, case-insensitively, at the start of a phrase (a run
of words on one line, see ``layout.fields``). Tuples are tiers, strongest first: a value found
under an earlier tier wins over any found under a later one.
"""

from __future__ import annotations

# the dates' labels are kept in ``date_labels`` (re-exported: ``fl.ORDER_DATE`` and its kin)
from invoice_processing.layout.date_labels import BARE_DATE as BARE_DATE
from invoice_processing.layout.date_labels import CUSTOMER_ORDER_DATE as CUSTOMER_ORDER_DATE
from invoice_processing.layout.date_labels import DUE_DATE as DUE_DATE
from invoice_processing.layout.date_labels import INVOICE_DATE as INVOICE_DATE
from invoice_processing.layout.date_labels import NOT_THE_ORDER_DATE as NOT_THE_ORDER_DATE
from invoice_processing.layout.date_labels import ORDER_DATE as ORDER_DATE
from invoice_processing.layout.date_labels import ORDER_ENTERED as ORDER_ENTERED
from invoice_processing.layout.date_labels import ORDER_NUMBER_BESIDE as ORDER_NUMBER_BESIDE
from invoice_processing.layout.date_labels import SALE_DATE as SALE_DATE
from invoice_processing.layout.date_labels import SHIP_DATE as SHIP_DATE

# the parties' labels are kept in ``party_labels`` (re-exported: ``fl.SELLER_LABELS`` and its kin)
from invoice_processing.layout.party_labels import CUSTOMER_LABELS as CUSTOMER_LABELS
from invoice_processing.layout.party_labels import NAME_LABEL as NAME_LABEL
from invoice_processing.layout.party_labels import SELLER_LABELS as SELLER_LABELS

# "number" in any of the five languages (and the Nordic "nummer", the sign "№", the Croatian and Serbian "br.", "бр.")
_NO = r"(?:#|no\b\.?|nro?\b\.?|nbr\b\.?|num(?:ber|ero|éro|mer)?\b\.?|id\b|n\s*[°º]|n\.\s*º|№|br\b\.?|бр\b\.?)"
NUMBER_SIGN = _NO

# ---- invoice / order / document numbers -------------------------------------------------------
INVOICE_NUMBER: tuple[str, ...] = (
    # ("VENDOR INVOICE #": a buyer's record of the invoice; "INVOICE n. US/2025/004969": an Italian-made form's)
    rf"(?:tax\s*|sales\s*|vat\s*|gst\s*|draft\s*|vendor\s*|supplier\s*|deposit\s*)?invoice\s*(?:{_NO}|n\.)"
    r"(?:\s*(?:&|and)\s*date\b)?",
    rf"inv\.?\s*{_NO}|c\.?\s?i\.?\s*{_NO}",  # (an export's commercial invoice: "CI No. 130326-07")
    r"our\s+invoice(?=\s*:?\s*$)",  # a broker's "Our invoice | LGB-CB-2506-0442" over its file reference
    rf"p\.?\s*/?\s*f?\.?\s*i\.?\s*{_NO}|pro-?\s*forma\s*invoice\s*{_NO}",  # a proforma's "P/I No.:", "PFI No.:"
    r"n\s*[°º]\s*(?:de\s*)?pi[èe]ce",  # Sage's "N° pièce" over "FA0004821"
    rf"bill\s*{_NO}",
    r"invoice\s*ref(?:erence)?\b\.?",  # "Invoice Reference 0417", "Invoice Ref: WM-1182"
    rf"billing\s*doc(?:ument)?\b\.?(?:\s*{_NO})?",  # an SAP form's "Billing document 90041877"
    r"rechnungs?\s*-?\s*(?:nummer|nr\b\.?|no\b\.?)",
    r"r[eg]\.?\s*-\s*(?:nr\b\.?|nummer)",  # Re.-Nr., Rg.-Nr., RE-Nummer
    r"(?:n\s*[°º]|num[ée]ro|num\b\.?|no\.?)\s*(?:de\s*)?(?:la\s*)?facture",
    rf"facture\s*{_NO}",
    r"(?:factuur|nota)\s*-?\s*(?:nummer|nr\b\.?|no\b\.?)",  # (a Dutch utility's bill: "Notanummer")
    r"(?:n\.?\s*[°º]|n[úu]m(?:ero|\.)?|no\.?)\s*(?:de\s*)?(?:la\s*)?factura(?:ci[óo]n)?",  # "Número de la factura"
    # ("FACTURA N. 001-901-000004043", "Factura simplificada Nº 118")
    rf"factura\s*(?:(?:simplificada|rectificativa|comercial|electr[óo]nica(?:\s*de\s*venta)?)\s*)?"
    rf"(?:{_NO}|n\.)",  # (Colombia's "FACTURA ELECTRÓNICA DE VENTA No")
    rf"fatura(?:\s*-\s*recibo)?\s*{_NO}",  # Portuguese "FATURA-RECIBO Nº"
    # ("FATTURA ACCOMPAGNATORIA N. FV/2025/000512": an invoice travelling with the goods, or a deferred one)
    rf"fattura\s*(?:(?:accompagnatoria|differita|immediata|elettronica|commerciale)\s*)?(?:{_NO}|n\b\.?)",
    r"(?:n\.?\s*[°º]?|numero)\s*(?:di\s*)?fattura",
    rf"numero\s*(?:del\s*)?documento|documento\s*(?:{_NO}|n\b\.?)",  # an Italian invoice's "Documento n. 0418/FE"
    r"faktura\s*-?\s*(?:vat\s*)?(?:nummer|numer|nr\b\.?|no\b\.?)",  # Nordic; Polish "Faktura VAT nr"
    r"(?:faktura|(?:faktura\s*-\s*)?da[ňn]ov[ýy]\s*doklad|doklad)\s*(?:č\.|číslo)|číslo\s*(?:faktury|dokladu)",
    # (Czech, Slovak "Faktura č. 2025010233", "Faktura - daňový doklad č.FV5040011231")
    r"laskun\s*numero|laskunumero|arve\s*(?:nr\b\.?|number)",  # Finnish, Estonian
    # (never "Számlaszám", on Hungarian invoices a bank account's number)
    r"fatura\s*numaras[ıi]|sorsz[áa]m|sz[áa]mla\s*(?:sorsz[áa]ma|sz[áa]ma)",  # Turkish, Hungarian
    # Greek (never "Αριθμός Λογαριασμού", an account's), Croatian
    r"αριθμ[όο]ς(?=\s*:|\s*$)|αριθμ[όο]ς\s*παραστατικο[ύυ]|broj\s*ra[čc]una",
    # ("RAČUN br. 142-1-1", "Счет на оплату № 57"; never a bank's "Счет № 40702810...")
    rf"(?:ra[čc]un|(?:про\s*)?фактура|сч[её]т\s*на\s*оплату|сч[её]т-фактура|рахунок|τιμολ[όο]γιο|r[ēe]ķins)\s*{_NO}",
    r"invoice(?=\s*:)",
    # Latin America's folio and voucher ("N° de Folio", "Comp. Nro", "Comprobante N°"), Dutch "Volgnummer"
    rf"(?:(?:n\.?\s*[°º]|n[úu]m(?:ero|\.)?)\s*(?:de\s*)?folio|folio(?:\s*{_NO}|(?=\s*:)|(?=\s*$))|compr?(?:obante)?\.?\s*{_NO})",
    r"(?:factuur\s*)?volgnummer",
    rf"serie\s*(?:y|-)\s*folio|nf-?e\s*(?:{_NO}|n\.)|(?:no\.?|nomor)\s*faktur|ncf\b",  # MX CFDI, BR NF-e, ID, DO NCF
)
# the title itself, with its number beside it ("Sales - Invoice PSI-103245", "VENDOR INVOICE" over "VINV-20260090")
DOCUMENT_WORD = (r"(?:(?:posted\s*)?(?:tax|vat|sales|commercial|vendor|supplier|statement|final|interim|purchase|"
                 r"z[áa]lohov[áa]|про)\s*[-–]?\s*)?"
                 r"(?:invoice|(?:verkaufs|sammel|schluss|abschlags|teil)?rechnung|facture|factuur|factura|fattura|fatura|faktura|lasku|faktúra|ra[čc]un|factur[ăa]|"
                 r"фактура|сч[её]т(?:\s*на\s*оплату|-фактура)|рахунок|τιμολ[όο]γιο|s[ąa]skaita(?:\s*fakt[ūu]ra)?|r[ēe]ķins|"
                 r"(?<=vendor )bill|(?<=supplier )bill|da[ňn]ov[ýy]\s*doklad)(?:\s+(?:de\s+proveedor|fournisseur))?")
ORDER_NUMBER: tuple[str, ...] = (
    rf"(?:sales\s*|draft\s*|web\s*|online\s*|wholesale\s*|release\s*|repair\s*|work\s*)?order\s*{_NO}",
    rf"[rsw]\.?\s?o\.?\s*{_NO}",  # SO #, S.O. No.; a garage's repair order "RO #", a work order's "WO #"
    r"(?:auftrags|bestell(?:ungs?)?)\s*-?\s*(?:nummer|nr\b\.?)",
    r"(?:n\s*[°º]|num[ée]ro|num\b\.?)\s*(?:de\s*)?commande",
    r"(?:vs\.?\s*)?ordine(?:\s*n\.?)?",
    rf"commande\s*{_NO}", r"(?:order|bestel|ordre)\s*-?\s*(?:nummer|nr\b\.?)",
    r"(?:n\.?\s*[°º]|n[úu]mero)\s*(?:de\s*)?pedido",
    rf"pedido\s*{_NO}",
)
OTHER_DOCUMENT: tuple[str, ...] = (  # receipts, quotations, contracts and confirmations
    rf"(?:receipt|ticket|contract|quote|quotation|estimate|pro-?\s*forma|credit\s*(?:note|memo)|"
    rf"confirmation(?:\s*de\s*(?:la\s*)?commande)?|"
    rf"(?:p\.?\s*o\.?|order)\s*acknowledge?ment|"  # DigiKey's "PO Acknowledgement 94482282"
    rf"acknowledge?ment|packing\s*slip|statement|consignment)\s*{_NO}?",
    rf"(?:cash\s*sale|sales\s*receipt)\s*(?:{_NO}|n\b\.?)?",  # "CASH SALE n. US/2025/026002/COR"
    rf"offer\s*{_NO}",  # "Offer No." (never "Offer: OF-2291", the offer an invoice follows)
    rf"(?:sale|trans\.?|venda)\s*{_NO}",  # a till's "Sale #: 220417", "TRANS # 0417-118823"
    rf"bon\s*-?\s*(?:nr\b\.?|{_NO})|bonnr\b\.?|trans(?=\s+\d[\d-]*\d\b)",  # "Bon-Nr.: 4182", "TRANS 55-208814"
    r"(?:angebot|auftrag|auftragsbest[äa]tigung|gutschrift|quittung|ab)(?:s?\s*-?\s*(?:nummer|nr\b\.?))",
    r"(?:angebot|auftrag|auftragsbest[äa]tigung|gutschrift|quittung)",
    rf"(?:devis|avoir|re[çc]u|offerte?|tilbud|creditnota|presupuesto|cotizaci[óo]n|recibo|or[çc]amento)\s*{_NO}?",
    r"r[ée]f[ée]rence\s*(?:de\s*(?:la\s*)?)?cotation",  # a French quotation's "Référence Cotation"
    rf"voucher\s*{_NO}",  # Tally's "Voucher No." (a hotel's booking voucher ranks below an invoice's own number)
    r"(?:n\.?\s*[°º]|n[úu]m(?:ero|\.)?|num[ée]ro)\s*(?:de\s*|du\s*)?(?:presupuesto|cotizaci[óo]n|devis|offerte|recibo|ticket|"
    r"re[çc]u)", r"order",
)
# the numbers of the papers that go with a delivery, read last of all: an invoice often names its
# delivery note ("Albarán: 20251007" under "Número: 0454/25"), a delivery note or sales order only itself
# the papers that go with a delivery, by their title ("PACKING LIST", "Lieferschein", "Bon de livraison")
DELIVERY_TITLE = r"(?:packing\s*(?:list|slip)|delivery\s*note|lieferschein|pakbon|bon\s*de\s*livraison|albar[áa]n)"
DELIVERY_DOCUMENT: tuple[str, ...] = (
    rf"(?:packing\s*list|delivery\s*note|d[ei]spatch\s*note|sales\s*order)\s*{_NO}?",
    r"lieferschein\s*-?\s*(?:nummer|nr\b\.?)",
    rf"(?:bon\s*de\s*livraison|pakbon|albar[áa]n)\s*{_NO}?",
)
# an order's number with a word before its label ("Amazon.ca order number: 701-..."), read last of all: the
# buyer's "Your order no:" on an invoice or acknowledgement is not the document's own number
QUALIFIED_ORDER = (r"(?!(?:purchase|your|customer|cust|client|buyer|buyer's)\b)[\w.]+\s+order\s*"
                   r"(?:number|no\b\.?|#)(?=\s*:)")
# the document's own number by its plain name ("Document No. INV-118402"), before an order's number printed beside it
DOCUMENT_NUMBER = rf"(?:document|doc\.?)\s*{_NO}|beleg\s*-?\s*(?:nr\b\.?|nummer)"  # (German "Beleg-Nr.")
REFERENCE: tuple[str, ...] = (
    rf"(?:reference|ref\.?)\s*{_NO}?",
    rf"serial\s*{_NO}",  # an invoice package's "Serial No: VSG.00314"
    r"serial(?=\s*:?\s*[A-Z]{2,}[-.]\d)",  # and its "Serial SMP-00000318" (a template's series), not "Serial ATA3"
    rf"(?:booking|transaction)\s*{_NO}",
    r"(?:n\.?\s*[°º]|num[ée]ro)\s*(?:de\s*)?transaction",  # "N° De transaction"
    r"our\s*ref(?:erence)?\b\.?",  # the seller's own reference ("Your Reference" is the buyer's)
    r"(?:numero|n\.?\s*[°º]?)\s*(?:doc\.?|documento)",  # Italian "Numero doc."
    r"beleg\s*-?\s*(?:nummer|nr\b\.?)",
    r"referen(?:z|tie|cia)",
)
# "N°" alone beside or over a number (under the title "FACTURE"): the document's number, when no
# label names it better (a table's "N°" column is read last of all)
BARE_NUMBER = (r"(?:n\s*[°º]|n\.\s*º|nr\.?|nro\.?|no\.|no(?=\s*:)|num[ée]ro|n[úu]mero|nummer|number|номер|"
               r"n\.(?=\s*\w*[A-Za-z]\w*[/-]\d))"  # (Italian "N. CO/2025/0381"; never "N. 2-4")
               r"(?:\s+(?:de|du|di)(?=\s*:?\s*$))?"  # "N.º de" over "presupuesto": the rest of a label wrapped
               r"(?=\s*:?\s*$|\s*:?\s*[A-Za-z0-9_\-/]*\d)")  # ("No. RSI/EXP/0925")
# a purchase order in the other languages ("Purchase Order" itself has labels of its own below)
_PO_WORDS = r"(?:orden\s+de\s+compra|bon\s+de\s+commande|inkooporder|ordine\s+(?:di\s+)?acquisto)"
PO_NUMBER: tuple[str, ...] = (  # the buyer's purchase-order number (word-bounded: "Portland" is no "PO")
    r"\bp\.?\s*/?\s*o\.?\s*(?:#|no\b\.?|num(?:ber)?\b\.?|№)",  # ("P/O No. 436919")
    r"\b(?:customer|cust\.?|retailer|buyer|store|client|your)\s*p\.?\s*o\b\.?(?:\s*(?:#|no\b\.?|num(?:ber)?\b\.?))?",
    r"\bp\.?\s*/?\s*o\.?\s*:",
    r"\bp\.?\s*o\.?(?=\s+[A-Z]*-?[A-Z0-9-]*\d)",  # "PO PO-887315", "PO 7781-B" (never "PO Box")
    r"\bp\.\s*o\.(?=\s*$)",  # "P.O." alone beside its number (a box's is "P.O. Box")
    r"purchase\s*order\s*(?:#|no\b\.?|num(?:ber)?\b\.?)?",
    rf"{_PO_WORDS}\s*{_NO}?",
)

# a tax or company register number's name before it: never a document's number ("CIF B98765432")
TAX_ID_WORDS = frozenset({"CIF", "NIF", "NIE", "VAT", "TVA", "UID", "ABN", "ACN", "GST", "GSTIN", "EIN", "TIN", "BTW",
                          "IVA", "RFC", "CUIT", "RUT", "SIRET", "SIREN", "KVK", "HRB", "UST-IDNR", "UST-ID", "UST",
                          "MWST", "NIP", "REGON", "IČO", "DIČ"})
TAX_ID_NAMES = "|".join(sorted((word.lower() for word in TAX_ID_WORDS), key=lambda w: (-len(w), w)))

# a cover sheet's own words ("FAX COVER SHEET", "document follows this cover sheet", "Pages (including cover)")
COVER_SHEET = (r"\bcover\s*(?:sheet|page|letter)\b|"
               r"\b(?:fax|e-?mail)(?:\s*/\s*(?:fax|e-?mail))?\s*(?:cover|transmittal)\b|"  # "FAX / EMAIL TRANSMITTAL"
               r"\bdocuments?\s+follows?\b|\bincluding\s+cover\b|\bdeckblatt\b|\bpage\s+de\s+garde\b")

# an e-mail's header lines printed before the document it carries ("From:", "Sent:", "To:", "Subject:")
EMAIL_HEADER = r"^(?:from|sent|to|cc|subject|regarding|attachments?|date)\s*:"


# a letter's subject line before its label or title ("Re: Purchase Order No. BB-2025-114")
SUBJECT = r"(?:re|subject|betreff|objet)\s*:\s*"
# a purchase order's title (never "Purchase Order:", a field's label)
# (also "DROP SHIP PURCHASE ORDER", "BLANKET ORDER RELEASE")
PO_TITLE = (rf"^\W*(?:{SUBJECT})?(?:(?:drop[\s-]*ship|blanket|standing|local|import)\s+)?"
            rf"(?:purchase\s+order|bestellung|blanket\s+order|{_PO_WORDS})\b(?!\s*:)")
# another document's title: printed bigger over a "Purchase Order" field, that field is no title
OTHER_TITLE = (rf"^\W*(?:{DOCUMENT_WORD}|receipt|quot(?:e|ation)|estimate|credit\s*note|pro-?\s*forma|packing\s*slip|"
               r"quittung|re[çc]u|devis|angebot|presupuesto|offerte)\b")

DOCUMENT_TITLE_WORDS = (  # a phrase made only of these words is a title or a stamp, never a name
    r"invoices?|rechnung|facture|factuur|factura|fattura|fatura|faktura|faktúra|lasku|bill|receipt|quote|quotation|angebot|offerte|devis|"
    r"presupuesto|orders?|auftrag|bestellung|confirmation|best[äa]tigung|auftragsbest[äa]tigung|statement|"
    r"orderbevestiging|ordrebekr[æe]ftelse|ordrebekreftelse|orderbekr[äa]ftelse|"
    r"advice|note|credit|gutschrift|lieferschein|proforma|pro-forma|tax|sales|commercial|official|billing|"
    r"payment|buyer|retail|original|copy|duplicate|kopie|copie|draft|paid|void|handelsrechnung|for|recipient|"
    r"delivery|packing|slip|purchase|order|contract|form|wholesale|list|ticket|remittance|estimate|summary|"
    r"acknowledge?ment|bon|albar[áa]n|pedido|recibo|nota|memo|customer|the|of|de|la|du|van|der|die|rental|service|"
    r"interim|final|advance|deposit|export|drop|ship|drop-?ship|show|trade|blanket|release|reorder|re-order|"
    r"pvm|s[ąa]skaita|fakt[ūu]ra|τιμολ[όο]γιο|π[ώω]λησης|ra[čc]un|factur[ăa]|оригинал|avansa|r[ēe]ķins|"
    r"danfe|nf-?e|nfs-?e|[áa]raj[áa]nlat|sz[áa]mla|d[íi]jbek[ée]r[őo]"
)
LEGAL_FORM = (
    r"\b(?:inc|llc|l\.l\.c|llp|ltd|limited|co|company|corp|corporation|gmbh|mbh|ag|kg|ohg|gbr|ug|e\.\s?k|"
    r"e\.?\s?g|eg|e\.\s?v|b\.?\s?v|n\.?\s?v|s\.?\s?a\.?\s?s|s\.?\s?a|s\.?\s?l|s\.?\s?l\.?\s?u|sarl|sas|(?-i:GAEC|EARL|SCEA)|"
    r"s\.?\s?r\.?\s?l|s\.?\s?n\.?\s?c|(?<!&\s)s\.?\s?p\.?\s?a|pvt|plc|pty|oü|as|a/s|aps|ab|oy|uab|sia|s\.?\s?c|kft|s\.?\s?r\.?\s?o|lda|ltda|bvba|sprl|"
    r"sp\.?\s?z\s?o\.?\s?o|sp[óo]łka(?:\s+z\s+ograniczon[ąa]\s+odpowiedzialno[śs]ci[ąa]|\s+akcyjna|\s+jawna)?|"
    r"zrt|nyrt|a\.\s?ş|ltd\.?\s?şti|(?:limited|anonim)\s+şirketi|"  # HU, TR
    r"a\.\s?s|v\.\s?o\.\s?s|k\.\s?s|d\.\s?o\.\s?o|d\.\s?d|"  # CZ, SK ("ELKOV elektro a.s."), HR, SI, RS
    # Bulgarian, Russian, Ukrainian, Serbian (Cyrillic), Greek
    r"е?оод|е?ад|ооо|[оз]?ао|пао|тов|д\.?о\.?о|α\.\s?ε|ε\.\s?π\.\s?ε|ο\.\s?ε|ι\.\s?κ\.\s?ε)\b\.?"
)
# a street named by its kind first ("Rue Saint Denis", "Via Roma", "Calle Mayor") or in one compound word
# ("Hauptstraße", "Keizersgracht"): an address line, not a company's name
STREET = (
    r"^(?:rue|avenue|av\.|boulevard|bd\.?|chemin|all[ée]e|impasse|quai|via|viale|piazza|corso|calle|avenida|paseo|"
    r"carrer|rua|travessa)\s|^\w+(?:straße|strasse|str\.|gasse|laan|straat|gracht|kade|plein)(?:\s|$)|"
    r"\b(?:road|rd|street|st|avenue|ave|lane|drive|dr|boulevard|blvd|nagar|layout|marg|sector)\.?\s*,|"
    r"\s(?:rd|ave|blvd)\.?$|"  # "Gampaha Rd" (the number on the line before; "Abbey Road" may be a name)
    # an Indian address's house number ("No,300 Senthamarai nagar", "No. 12, Gandhi Road") and its locality
    r"^no[.,]\d|^no\.\s*\d+[A-Za-z/-]*\s*,|\s(?:nagar|colony)$"
)
# a country's name alone on a line: the last line of an address, never a company's name
COUNTRY = (
    r"^(?:france|francia|frankreich|frankrijk|germania|alemania|allemagne|duitsland|inghilterra|germany|deutschland|poland|polska|spain|espa[ñn]a|italy|italia|netherlands|the\s+netherlands|"
    r"nederland|belgium|belgique|belgi[ëe]|luxembourg|united\s+kingdom|great\s+britain|england|scotland|wales|"
    r"ireland|u\.?\s?k\.?|u\.?\s?s\.?\s?a\.?|united\s+states(?:\s+of\s+america)?|canada|australia|new\s+zealand|"
    r"austria|[öo]sterreich|switzerland|schweiz|suisse|svizzera|portugal|sweden|sverige|norway|norge|denmark|"
    r"danmark|finland|suomi|czech\s+republic|czechia|slovakia|hungary|romania|bulgaria|greece|croatia|slovenia|"
    r"estonia|latvia|lithuania|india|china|japan|singapore|south\s+africa|mexico|m[ée]xico|brazil|brasil)$"
)
LEGAL_REGISTRY = (  # words of the legal lines printed under or beside an issuer's name
    r"\b(?:kvk|hrb|hra|amtsgericht|registergericht|handelsregister|siret|siren|rcs|rsc|naf|ape|cif|nif|"
    r"ust\.?\s*-?\s*id\w*|ust\.?\s*-?\s*nr|steuer\s*-?\s*nr|vat\s*(?:reg|no|number)?\w*|btw\s*-?\s*n\w*|tva|"
    r"registered\s*(?:in|office|no)|company\s*(?:no|number|reg)|reg\.?\s*no|iban|bic|swift|capitale?(?=\s*(?:social|sociale|variable|:|de\s|of\s|\d|€|£|\$|eur\b|usd\b|gbp\b|chf\b))|"
    r"si[èe]ge\s*social|sitz|gesch[äa]ftsf[üu]hr\w*|kamer\s*van\s*koophandel|cin|gstin|gst\s*reg\w*|(?:uen|abn|acn|nzbn)(?=\s*:?\s*\d))\b"
)
POSTAL = r"\b(?:postbus|postfach|p\.?\s*o\.?\s*box|box\s+\d+(?=,)|bp\s*\d|apartado)\b"  # a postal address, not a name

# ---- what a name is not, and where names are printed ---------------------------------------------
PERSON_TITLE = r"(?:herr|frau|mevrouw|meneer|dhr|mevr|mr|mrs|ms)"  # a person's title before the name ("Mr. Luis ...")
NOT_A_NAME = (  # amounts, contact data, labels, totals, page words, salutations, street lines
    r"^[\d(+#€$£-]|@|www\.|https?:|:|\w*(?:datum|nummer)\b|\w{3,}nr\b\.?|^(?:uw|your|ihre?|votre|vos|su|sus)\s+(?:ref\w*|bestel\w*|order\w*|kenmerk|auftrag\w*|commande|pedido|n[°º]|nr|no)\b|\bdate\b|\d[.,]\d\d\b|%|\b\w*bank\b|sparkasse|banque|bancaires?|"
    r"banco|^(?:page|seite|pagina|p[áa]gina|p[áa]g|(?:sub)?-?totals?|totaux|totaal|summe|gesamt|less|amount|balance|"
    rf"discount|{PERSON_TITLE}|firma|attn|z\.\s?hd|t\.a\.v|c/o|powered\s+by|thank|vielen|merci)\b|"
    r"\bname\b|signature|unterschrift|\bdetails\b|responsable\s+inscripto|monotribut|exento\b|consumidor\s+final|timbre\s+electr|"
    # a tax id's label alone or with its value ("UID / MwSt.-Nr.", "VAT: GB123"; not "UST Global Inc")
    rf"^(?:(?:{TAX_ID_NAMES}|ust-?id\w*|steuer-?n(?:r|ummer)\w*|nr|no|number|nummer|id|reg|n°)\b[\s/.\-:#]*)+"
    r"(?:[A-Z]{0,3}\s*\d[\w\s.-]*)?$|"
    # the labels of a period, notes and a value alone ("Periode", "Notes:"; not "Period Living Ltd")
    r"^(?:periode|period|zeitraum|wartość|notes?|remarks?|bemerkungen?|remarques?|opmerkingen?|comments?|"
    r"kommentare?|commentaires?|currency|w[äa]hrung|devise|valuta|moneda|divisa|moeda)\s*:?$|"  # (and a currency's)
    r"^(?:customer|client|cust\.?|kunden?)\s*-?\s*ref(?:erence|erenz)?\b|^zahlungs(?:informationen|bedingungen|art)\b|"
    r"\s(?:no|nr)\.?$|^fatura\s+notu$|"  # a field's number label ("Özelleştirme No", "Mat No."); "Fatura Notu"
    r"^(?:agente?|agent|sales\s+agent|vertreter|repr[ée]sentant)\s*:?$|"  # the sales agent's field
    r"^(?:hi|hello|hey|dear|hallo|bonjour|hola|ciao)\s+[A-Z][a-z]+,?$|"  # a letter's greeting ("Hi Maggie,")
    r"^(?:sku|upc|ean|gtin)\b|"  # a product's code by its label ("SKU FF-NB-204")
    r"^opp\.?\s|^opposite\s|"  # an Indian address's landmark ("Opp. Fiat Company, Kurla (W)")
    r"^(?:адрес|телефон|тел|банка?|инн|кпп|еик|огрн|бик|мол|ддс|αφμ|δου|διε[ύυ]θυνση|τηλ|τρ[άα]πεζα)\b|"  # labels
    r"^(?:peso\s+(?:lordo|netto|bruto|neto)|(?:gross|net)\s+weight|poids\s+(?:brut|net)|(?:brutto|netto)gewicht)\b|"
    r"^(?:address|adresse|anschrift|contact(?:\s*person|persoon)?|ansprechpartner(?:in)?|phone|tel(?:ephone)?|mobile|fax|e-?mail|website)(?:\s+-\s|\s*:|$)|"
    r"^[a-z]{1,4}(?:[-_/#.]\d{2,}|\d{3,})$|"  # a document's number ("INV_004", "PO-118"; "Hub88" may be a name)
    r"^(?:you|your|uw|ihre?|votre)\s+(?-i:[a-zà-ÿ])|"  # a sentence ("You rode with", "Uw boekingen")
    r"^\D{0,40}\s\d+[a-z]?$"
)
# a letter's sign-off ("Kind regards", "Yours sincerely", "Mit freundlichen Grüßen"): no name, and a cover letter's end
SIGN_OFF = (r"(?:with\s+)?(?:(?:kind|best|warm)\s+)?regards|(?:yours\s+)?sincerely|yours\s+(?:truly|faithfully)|"
            r"mit\s+freundlichen\s+gr[üu](?:ß|ss)en|met\s+vriendelijke\s+groet|cordialement|atentamente|distinti\s+saluti")
YEAR = r"(?:19|20)\d\d"  # a year's four digits (a series' year before its number: "2025 / 0142")
SENTENCE_END = r"\b(?!(?:inc|ltd|lt[ée]e|corp|cie|enr)\.$)[a-zà-ÿ]{3,}[.!?]$"  # (never "... Fleuve Bleu inc.")
TRAILING_TITLE = r"\s+(?:pro-?\s*forma\s+)?(?:invoice|rechnung|facture|factuur|factura)\.?$"  # "Amazon ... Invoice"
SELLER_LABEL_TAIL = (  # "Seller Name:" is still the seller's label; "Seller Signature" is another field
    r"(?:(name(?:\s*(?:&|and|/)\s*address)?|details|info\w*|address|adresse|anschrift)|signature|sign|no|nr|num\w*|#|id|code|date|datum|tax|"
    r"vat|phone|tel|e-?mail|account|ref\w*|sku|item|part|style|article|cost|price|"  # "Supplier SKU"
    r"['’]s\s+(?!name|address|details)\w+)(?=\W|$)\.?"  # "Seller's permit 102-884417": another field
)
ADDRESS = rf"^(?=.*[a-z]{{2}}).*\d|@|www\.|{POSTAL}"  # street or postcode and city, phone, e-mail, web
# a state and its postcode, as a US or Australian city line ends: "Providence, RI 02903", "Sydney NSW 2000"
REGION_POSTCODE = r"[A-Z]{2,3}\s+\d{4,5}(?:-\d{4})?"
# a postcode with its city, as an address's last line prints it: "12345 Musterstadt", "D-97950 Gerchsheim",
# "Providence, RI 02903", "London SW1A 1AA"
POSTCODE_CITY = (r"\b(?:[A-Z]{1,2}-)?\d{4,5}\s+[A-ZÄÖÜ][a-zäöüß]|\b[A-Z]{2}\s+\d{5}\b|"
                 r"\b[A-Z]{1,2}\d[A-Z\d]?\s*\d[A-Z]{2}\b")
# words that lead from a name to its postal address on one line ("Henry Schein, Inc. Box 371952")
BOX_WORDS = frozenset({"box", "po", "p.o.", "p.o", "pob", "suite", "ste", "unit", "postfach", "postbus", "bp", "dept",
                       "dept.", "department", "lockbox", "attn", "attn:", "c/o", "apartado"})
CREDIT = (r"\b(?:(?:powered|generated|created|made|built)\s+(?:by|with)|vystaven[oáé]\s+ve?\b|"  # the software's;
          r"verifi\w*\s+(?:(?:este|el|il)\s+)?(?:documento|comprobante))\b")  # a tax office's ("Verifique documento")
DOMAIN = r"(?:www\.|@|https?://(?:www\.)?)(?:[a-z0-9-]+\.)*?([a-z0-9-]+)\.[a-z]{2,}\b"
FREE_MAIL = frozenset({"gmail", "googlemail", "yahoo", "hotmail", "outlook", "live", "msn", "gmx", "web", "tonline",
                       "icloud", "aol", "protonmail", "mail", "example"})
DOTS = r"\s+[·|•]\s+|(?<=\w)[·•]\s+"  # between the parts of a line set apart by dots or bars ("X Ltd · street · city";
# "X AG· street · city": a dot set against the word before it)
PART_SEPARATORS = DOTS + r"|\s+[-–—]\s+"  # between a name and its address ("X Ltd - The Old Dairy")
# between a sender line's name, street and city (also a comma between letters without a space:
# "K&K Kommunikationssysteme GmbH,Haunstetter Str 19,86161 Augsburg")
SEPARATORS = PART_SEPARATORS + r"|\s*,\s+|(?<=[^\W\d]),(?=[^\W\d_])"
JOINERS = r"[\s,;|·•-]+(?:au|with|mit|met|con)?[\s,;|·•-]*$"  # "Free SAS au capital ..."
MONEY = r"(?:^|\s)[-(]?[$€£]?\s?-?\d{1,3}(?:[.,\s]?\d{3})*[.,]\d{2,4}\b(?![.,/]\d)|[$€£]\s?\d|\b(?:EUR|USD|GBP)\s?\d"

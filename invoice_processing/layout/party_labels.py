"""The parties' labels as printed by vendors in many languages (data only): the seller's ("Sold by", "Remit to",
"Lieferant", "Fournisseur", ...), a party's name field in its block ("Name", "Firma", "Raison sociale", ...) and
the customer's ("Bill to", "Kunde", "Client", ...). Each is a regular expression matched, case-insensitively, at
the start of a phrase; ``field_labels`` re-exports them."""

from __future__ import annotations

SELLER_LABELS = (
    r"(?:seller|sold\s*by|vendor|supplier|from|(?:shipper\s*/\s*)?exporter|order(?:ed)?\s*(?:placed\s*)?(?:with|from)|(?:bill|invoice)(?:d)?\s*from|rechnungssteller|auftragnehmer|remit(?:\s*payments?)?\s*to|remit\s*address|please\s*remit(?:\s*payments?)?\s*to|"
    r"dispatch(?:ed)?\s*from|pay(?:able)?\s*to|send\s*(?:all\s*)?payments?\s*to|beneficiary(?:\s*name)?(?!\s*(?:address|bank|account|iban|details))|(?:please\s*)?make\s*(?:all\s*)?(?:checks?|cheques?|payments?)\s*payable\s*to|payee|service\s*provider|issuer|verk[äa]ufer|lieferant|absender|anbieter|"
    r"aussteller|verfasser|zahlung(?:sempf[äa]nger)?\s*an|(?:zahlbar\s*an|payable\s*[àa]|pagabile\s*a)(?=\s*:?\s*$)|zahlungsempf[äa]nger|kontoinhaber|vendeur|fournisseur|[ée]metteur|"
    r"r[èe]glement\s*[àa]\s*l'ordre\s*de|titulaire\s*du\s*compte|verkoper|leverancier|afzender|"
    r"betaling\s*aan|rekeninghouder|vendedor|proveedor|emisor|pagar\s*a|titular|"
    r"sprzedawca|dodavatel|cedente(?:\s*/\s*prestatore)?|fornitore|venditore|"  # PL, CZ, IT
    r"sz[áa]ll[íi]t[óo]|elad[óo]|sat[ıi]c[ıi]|"  # HU, TR
    r"доставчик|продавач|поставщик|продавец|постачальник|продавець|pardav[ėe]jas|furnizor|dodávateľ|dodavatelj|"
    r"dobavlja[čc]|prodavatelj|pieg[āa]d[āa]t[āa]js|pakalpojumu\s*sniedz[ēe]js|m[üu][üu]ja|προμηθευτ[ήη]ς|"
    r"fornecedor|(?:identifica[çc][ãa]o\s*do\s*)?emitente|leverant[öo]r|s[æa]lger|saaja(?=\s*/)|"  # PT (a DANFE's
    # issuer), Nordic (a Finnish giro's payee, "Saaja / Mottagare")
    r"marque|"  # a French marketplace order's brand block beside its retailer's ("MARQUE / BRAND"; "Brand" alone
    # is a product's or an advertiser's)
    r"order(?:ed)?\s*from|purchased?\s*from|to\s*\(\s*(?:supplier|vendor)\s*\)|purchase\s*order\s*to(?=\s*:|\s*$)|"
    r"au\s*nom\s*et\s*pour\s*le\s*compte\s*de|pour\s*le\s*compte\s*de|(?:for\s*and\s*)?on\s*behalf\s*of|im\s*namen\s*(?:und\s*f[üu]r\s*rechnung\s*)?von)"
)
# a party's name as a field of its block ("Verkäufer" over "Name | Bürobedarf Schaller GmbH")
NAME_LABEL = (r"^(?:name|firma|firmenname|company(?:\s*name)?|raison\s*sociale|nom|nombre|naam|bedrijfsnaam|empresa|"
              r"nazwa|raz[óo]n\s*social|denominazione|n[áa]zev|n[áa]zov|naziv|nosaukums|denumire|[üu]nvan[ıi]?)\s*:?$")
CUSTOMER_LABELS = (
    r"(?:bill(?:ed)?\s*-?\s*to|sold\s*-?\s*to|ship(?:ped)?\s*(?:directly\s*)?-?\s*to|send\s*goods\s*to|deliver(?:y)?\s*(?:to|address)|"
    r"invoice(?:d)?\s*to|issued\s*to|(?:quot(?:e|ation)|estimate)\s*to|invoice\s*for(?!\s*:?\s*[#\d])|customer(?:\s*details)?|client|buyer|purchaser|billing\s*address|shipping\s*address|attn|"
    r"attention|recipient|(?:invoice\s*)?receiver|consignee|notify(?:\s*party)?|prepared\s*for|billing\s*contact|technical\s*contact|licensed\s*to|(?:to|[àa]|an|aan|para)(?=\s*:)|rechnungs\s*(?:adresse|anschrift|empf[äa]nger)|"
    r"liefer\s*(?:adresse|anschrift)|kunde|k[äa]ufer|empf[äa]nger|warenempf[äa]nger|auftraggeber|"
    r"erstellt\s*f[üu]r|adresse\s*de\s*(?:facturation|livraison)|factur[ée]\s*[àa]|livr(?:[ée]|er)\s*[àa]|vendu\s*[àa]|acheteur|"
    r"destinataire|factuuradres|factuur\s*aan|gefactureerd\s*aan|rechnung\s*an(?=\s*:)|afleveradres|leveradres|klant|koper|factuurontvanger|afnemer|facturar\s*a|"
    r"enviar\s*a|cliente|da[dt]os\s*d[eo]l?\s*cliente|direcci[óo]n\s*de\s*(?:entrega|facturaci[óo]n)|comprador|"
    r"destinatario|receptor|vev[őo]|(?:say[ıi]n|kupac)(?=\s*:|\s*$)|al[ıi]c[ıi]|получател|купувач|покупатель|плательщик|"
    r"покупець|pirk[ėe]jas|cump[ăa]r[ăa]tor|odberateľ|pirc[ēe]js|sa[ņn][ēe]m[ēe]js|ostja|στοιχεία\s*πελάτη|πελάτης|"
    r"retailer|advertiser|agency|spett\.?\s*le|spettabile|mess?e?rs\b|"
    r"(?:by\s*order\s*)?for\s*account(?:\s*and\s*risk)?(?:\s*of)?|(?:and\s*)?risk\s*of\s*mess?e?rs|"
    r"nabywca|odbiorca|odb[ěe]ratel|ostaja|cessionario(?:\s*/\s*committente)?|kund|mottagare)"
)

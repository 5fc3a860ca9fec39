"""Column labels by role, as data: every label a column header may print for a code, a
description, a quantity, a price, an amount and the other columns, in English, German, French,
Dutch and Spanish (and some Italian and Portuguese; Nordic, Polish, Czech and Finnish ones in
``more_column_labels``), lower case and without punctuation (``lexicon.normal_label``). ``lexicon``
reads headers with them."""

from __future__ import annotations

CODE, DESCRIPTION, UPC, UOM = "code", "description", "upc", "uom"
QTY, ORDERED, SHIPPED, BACKORDER = "qty", "ordered", "shipped", "backorder"
PRICE, LIST_PRICE, AMOUNT = "price", "list_price", "amount"
TAX, DISCOUNT, OTHER = "tax", "discount", "other"
NUMBER = "number"  # a numeric column the product line does not use (Qty Alloc, Payments, Balance)
QTY_ROLES = (SHIPPED, QTY, ORDERED)  # in the order a quantity is taken (shipped wins when printed)
PRICE_ROLES = (PRICE, LIST_PRICE, AMOUNT)
NUMERIC_ROLES = frozenset({QTY, ORDERED, SHIPPED, BACKORDER, PRICE, LIST_PRICE, AMOUNT, TAX, DISCOUNT, NUMBER})
TEXT_ROLES = frozenset({CODE, DESCRIPTION, UPC, UOM, OTHER})
# words of the label of a column naming which variant of a product a line is (its colour, its size):
# printed beside the name, part of the item ("Linen Tea Towel - Fog - OS")
VARIANT_WORDS = frozenset({
    "colour", "color", "colours", "colors", "farbe", "couleur", "kleur", "colore", "color/colour", "size", "sizes",
    "größe", "grösse", "taille", "maat", "talla", "variant", "variante", "option", "metal", "finish",
    "scent", "fragrance", "flavour", "flavor"})  # the label's last word ("Length / Size"; not "Option Code")

# a column of product photos (its cells hold a placeholder's words where no photo is printed: "no image")
# a column counting the lines ("Ln", "#", "Pos."): never a price, never the product's name
LINE_NUMBER_LABELS = ("#", "line", "line #", "line no", "ln", "ln no", "ln #", "line nbr", "pos", "position", "lp",
                      "s no", "sr no", "sl no", "sno", "srno", "sr", "s", "no", "nr",
                      # Romanian, Croatian, Polish, Greek, Lithuanian, Russian, Turkish
                      "rel line", "nr crt", "r br", "rbr", "poz", "α/α", "eil nr", "№", "№ п/п", "п/п", "sıra no")
PICTURE_LABELS = ("photo", "image", "picture", "bild", "foto", "afbeelding", "imagen", "img")

# how many units a price is for ("Per" over "C" or "M": per hundred, per thousand; ``price_units``)
PER_LABELS = ("per", "pe", "preiseinheit", "price unit", "prijseenheid", "pr einh", "pr-einh", "pro", "je", "par",
              "por", "pricing uom", "price uom", "pricing unit", "pricing u/m", "price u/m", "price basis",
              "pricing basis")  # ("M": per thousand; "Per 1000")

COLUMN_LABELS: dict[str, tuple[str, ...]] = {
    CODE: (
        "item", "item #", "item no", "item number", "item code", "item id", "sku", "sku #", "product code",
        "service code", "stock code", "part code", "catalog code", "catalogue code", "article code", "service id",
        "our ref", "our code", "p/n", "mfr p/n", "mfg p/n", "style/color", "style/colour", "style / color",
        "product #", "product no", "product id", "style", "style #", "style no", "part", "part #", "part no",
        "part number", "catalog #", "cat #", "model", "model #", "isbn", "isbn 13", "isbn-13", "isbn13", "ean/isbn",
        "code", "ref", "reference", "art", "art nr", "art-nr", "artnr", "artikelnr", "artikelnummer", "artikel-nr",
        "art no", "réf", "référence", "code article", "codigo", "código", "referencia", "ref no", "no", "#",
        "no d'article", "numéro d'article", "réf d'article", "no article",
        "isbn 10", "isbn10",
        "isbn number", "isbn-13 number", "isbn 13 number", "isbn13 number", "isbn no",
        "custom sku", "vendor sku", "supplier sku", "mfr sku", "supp code",
        "catalogue no", "catalog no", "cat no", "catalogue #", "vendor #", "vendor no",
        "prod code", "prod #", "prod no", "material", "material no", "materialnummer", "materiaal",
        "materiaalnummer", "material number", "matnr", "mat-nr", "item cd", "itm #", "vendor item", "mfr #",
        "mfg #", "stock #", "stock no", "cód artículo", "cod articulo", "cód art", "código artículo",
        "código de artículo", "ref artículo", "réf article", "code art", "réf produit", "artikelcode", "art code",
        "artikelnr", "bestelnummer", "bestelnr", "n° article", "no article", "artikel nr", "artikel no",
        "article no", "article nr", "produkt nr", "produktnr", "produktnummer", "bestell nr", "bestellnr",
        "bestellnummer", "artikel nummer", "artikelnummer lieferant", "nummer", "asin", "fnsku", "mpn", "part no",
        "item sku", "item sku no", "sku code", "style code", "inventory id", "inventory no", "inventory item",
        "your item", "your item no", "your item #", "vendor item #", "vend item", "vend id",
        "customer item", "customer item no", "customer item #", "customer item number", "cust item", "cust item #",
        "customer part", "customer part #", "customer part no", "customer part number", "job #", "job no",
        "job number",
        "stock code", "product sku", "item id no",
        "artigo", "ref artigo", "referência", "código artigo",  # Portuguese
        "supplier code", "supplier ref", "supplier item", "vendor code", "vendor item no", "supplier part no",
        "supplier part", "supplier part #", "vendor part", "vendor part #", "mfr part #", "mfr part",
        "codice", "cod", "codice articolo", "cod articolo",  # Italian
        "cip", "code cip", "cip13", "cip 13",  # French medicines
    ),
    DESCRIPTION: (
        "what", "what?", "item / description",
        "description", "item description", "product description", "product", "articles", "produit", "produto",
        "items ordered", "charge description",
        "articolo", "nom", "naam", "nome", "produits", "product name", "products",
        "name", "item name", "items", "title", "details", "desc", "item desc", "particulars", "service", "services",
        "product/service", "activity", "product / service", "description of goods", "description of services", "goods",
        "artikel", "artikelbezeichnung", "artikelname", "bezeichnung", "beschreibung", "leistung", "produkt",
        "omschrijving",
        "beschrijving", "product omschrijving", "description rapide", "désignation", "designation",
        "désignation du produit", "désignation article", "libellé",
        "libelle", "article",
        "descripción", "descripcion", "concepto", "artículo", "articulo", "producto", "omschrijving artikel",
        "item & description",
        "book title", "author / title", "author/title", "title / author", "title/author", "program", "programme",
        "text", "artikeltext", "positionstext", "leistungstext", "leistungsbeschreibung",
        "descrizione", "descrizione articolo", "prodotto", "denominazione", "produktbeschreibung",
        "descrição", "descricao", "designação", "artikelbeschreibung", "positionsbeschreibung",
        "code et désignation", "code désignation", "réf désignation", "référence désignation",
        "dienst", "diensten", "dienstverlening", "prestation", "prestations", "servicio", "servicios", "leistungen",
        "cursus", "course", "titel", "work performed", "work done", "description of work", "labour performed",
        "labor performed", "services performed", "task", "tasks", "task description",
    ),
    UPC: ("upc", "ean", "barcode", "gtin", "upc code", "ean code", "cup", "code cup", "code-barres", "gencod",
          "code ean", "ean13", "ean 13", "ean-13", "code barre", "código de barras", "cód barras", "streepjescode",
          "ean-code", "ean nr", "ean-nr", "ean no", "ean no.", "upc no", "barcode no"),
    UOM: (
        "u/m", "um", "uom", "unit of measure", "units of measure", "unit", "einheit", "eh", "me", "eenheid",
        "unité", "unite", "unidad", "pack", "ud", "unid", "u", "eenh", "einh", "me", "mengeneinheit", "um",
        "unit of meas", "unit of measurement", "units of meas", "u of m", "unit meas", "un", "unid", "uf",
        "uv", "uni",
    ),
    QTY: (
        "how many", "how many?", "pairs", "prs", "q'ty", "q’ty",
        "qty", "quantity", "qty.", "q", "quan", "qnty", "units", "count", "pcs", "menge", "anzahl", "stück", "stk",
        "bottles", "btls", "bouteilles", "nb bouteilles", "nombre de bouteilles", "nb btl", "bunches", "stems",
        "quantité", "quantite", "qté", "qte", "aantal", "hoeveelheid", "cantidad", "cant", "uds", "udes", "udades",
        "unidades",
        "unités", "unites",
        "hours", "hrs", "months", "month", "mos", "qty/hrs", "hours/qty", "qty (hrs)", "aant", "hoev", "anz",
        "mng", "ctd", "cdad", "qte",
        "stunden", "stundenzahl", "anzahl stunden", "fahrten", "uren", "heures", "horas",
        # software billed per user
        "users", "no of users", "number of users", "seats", "licenses", "licences",
        "nombre", "nb", "unidades", "pcs/qty", "spots", "# spots", "no of spots", "quantità", "qtà", "q tà", "qta",
        "qtd", "qtde", "quantidade", "colis", "nb colis", "nombre de colis", "pièces", "pieces", "pièce", "qt",
        "pezzi", "n pezzi", "nr pezzi",
    ),
    ORDERED: (
        "qty ord", "qty ordered", "quantity ordered", "ordered", "ord qty", "ord", "order qty", "qty order",
        "bestellt", "bestellmenge", "menge bestellt", "bestellte menge", "commandé", "qté commandée", "besteld",
        "pedido", "ordered qty", "qté cmd", "qté comm", "cant pedida", "cdé", "cdée", "commandée", "qté cdée",
        "cde", "qté cde", "qté cdé", "orderd", "qty orderd", "cant ped",
    ),
    SHIPPED: (
        "qty shipped", "quantity shipped", "shipped", "ship qty", "qty shp", "shp", "ship", "qty ship",
        "supplied", "qty supplied", "quantity supplied", "shipd", "shpd", "qty shipd",
        "supp", "sup", "qty supp", "supp qty",  # a book distributor's "Ord | Supp"
        # an order confirmation's "Ordered | Confirmed": the quantity the supplier bills
        "confirmed", "qty confirmed", "confirmed qty", "conf qty", "conf. qty", "bestätigt", "menge bestätigt",
        "bevestigd", "confirmé", "qté confirmée", "confirmada", "cant confirmada",
        "cant surt", "cant surtida",  # a Mexican invoice's "Cant. Ped. | Cant. Surt." (supplied)
        "units billed", "billed units", "units invoiced", "invoiced units",  # beside "Cases": the eaches billed
        "delivered", "qty delivered", "del", "qty del", "geliefert", "liefermenge", "livré", "qté livrée", "geleverd",
        "enviado",
        "shipped qty", "qté exp", "qté expédiée", "expédié", "cant enviada", "cant servida", "servida",
        "servido", "liv", "qté liv", "servidas", "servidos", "entregado", "entregados", "fornito", "consegnato",
        "cantidad servida", "cant entregada", "entregada", "cantidad entregada", "qté livr", "geliefert menge",
        "gelieferte menge", "menge geliefert", "geleverd aantal", "aantal geleverd", "qty invoiced", "invoiced",
        "quantity invoiced", "qty inv", "inv qty", "qty billed", "billed qty", "qte facturée", "qté facturée",
        "quantité facturée", "qté fact", "qte fact", "qte livrée", "quantité livrée", "livrée", "livrés", "livrées",
        "gel",  # "Best. | Gel. | Rückst." (bestellt, geliefert, Rückstand)
    ),
    BACKORDER: (
        "back", "b/o", "bo", "backorder", "back order", "back ordered", "backordered", "qty bkord", "bkord",
        "b/order", "bckord", "bck ord", "bk ord", "bk/ord", "qty bk/ord",
        "qty bo", "qty b/o", "qty backordered", "bkord qty", "bo qty", "b/o qty", "backorder qty", "qty back ordered",
        "qty back order",
        "rückstand", "rückst", "reliquat", "reliq", "qté diff", "en souffrance",
        "pendiente", "cant pendiente", "offen", "nachlieferung", "restant", "reste à livrer", "nalevering",
    ),
    PRICE: (
        # a price for a thousand or a hundred pieces (a print shop's "Price per M"): ``price_units`` divides it
        "price per m", "price/m", "price per 1000", "price per 1,000", "price per thousand", "price per c",
        "price/c", "price per 100", "price per hundred", "rate per m", "cost per m",
        "unit price", "price", "rate", "unit cost", "cost", "each", "ea", "@", "price each", "your price", "net price",
        "unit prc", "net prc", "your prc", "prc", "price ea", "unit pr", "your pr", "net pr", "ea price", "your cost",
        "net cost",
        "dealer cost", "cost each", "cost price", "dealer price", "wholesale cost", "selling price", "sell price",
        "unit net", "unit amount", "price/unit", "price per unit", "unit rate", "price (each)", "sale price",
        "wholesale", "wholesale price", "prijs", "prijs per stuk", "stukprijs", "eenheidsprijs", "einzelpreis",
        "preis", "e-preis", "ep", "vk-preis", "nettopreis",
        "netto ep", "netto-ep", "stückpreis", "prix unitaire", "prix", "pu", "p.u", "prix / pièce", "prix/pièce",
        "prix btl", "prix btl ht", "prix bouteille", "prix bouteille ht",
        "prix par pièce",
        "prix u", "prix unit", "prix unitaire ht", "pu ht", "prix ht", "prix net", "prix net ht",
        "precio", "precio unitario", "precio unit", "tarifa", "tarif", "tarief", "satz", "stundensatz", "uurtarief",
        "taux horaire",
        "p unitario", "p uni", "precio uni", "p neto", "pr neto", "p net", "pu net", "pu net ht", "p net ht",
        "unit price excl vat", "unit price (excl vat)", "price excl vat", "rate/price", "votre prix",
        "prix net", "su precio", "p unit", "pr unit", "nettoprijs", "netto prijs", "verkoopprijs", "stuksprijs",
        "prijs/st", "prijs per st", "prijs per eenheid", "prijs per eenheid excl btw",
        "prezzo", "prezzo unitario", "prezzo unit", "pr unitario", "prezzo netto", "prezzo un", "pr un",
        "precio neto", "precio unidad", "prix net unitaire", "netto-einzelpreis", "einzelpreis netto",
        "prix u ht", "prix unit ht", "prix unitaire net",
        "prix net uf", "prix net uf eur", "net each", "net ea", "cost ea", "net unit price",
        "price after discount", "price after disc", "unit price after discount", "discounted price",
        "whsl", "wsp", "whsl price", "whsle", "whsle price", "wholesale each", "whsl each",
        "preço", "preço unit", "preço unitário", "preco unitario", "pr unitário", "pr unitario", "nett price",
        "price excl", "unit price excl", "preço un", "preco un", "prix un", "precio un",
        "unit base cost", "base cost", "unit base price", "base price", "basic price", "basic rate", "basic cost",
        "customer price", "cust price", "customer cost",  # an ERP's "Customer / Price" beside "List / Price"
    ),
    LIST_PRICE: (
        "list", "list price", "retail", "retail price", "msrp", "srp", "rrp", "suggested retail", "listenpreis",
        "lst", "lst price", "lst prc", "list prc", "retail prc", "sugg retail",
        "prix catalogue", "prix brut", "prix brut ht", "pu brut", "pu brut ht", "prix base", "prix de base",
        "prix base uf",
        "catalogusprijs", "precio de lista", "pvp", "prix liste", "prix de liste", "uvp",
        "empf vk", "vk-preis empf", "adviesprijs", "prix public", "ppc", "list each", "retail each", "list ea",
        "sugg retail", "suggested retail price", "srp each",
        "retail list", "list retail", "retail list price", "mrp", "pre lista", "precio lista", "p lista",
    ),
    AMOUNT: (
        "amount", "total", "line total", "total item", "item total", "valor item", "extended", "ext", "ext price",
        "ext amount", "extended price", "extd",
        "ext amt", "amt", "net amt", "extended amt", "total amt", "line amt", "nett amount",
        "extended amount", "your extd price", "extd price", "extension", "net amount", "net", "net total",
        "base imponible", "importe neto",
        "total price", "amount (usd)", "amount usd", "total amount", "subtotal", "sub total", "line amount",
        "bedrag", "totaal", "totaalbedrag", "betrag", "gesamt", "gesamtpreis", "gp", "g-preis", "gesamtbetrag",
        "summe",
        "montant", "montant ht", "sum", "somme", "total ht", "importe", "importes", "total línea", "prijs incl btw",
        "amount excl vat",
        "total excl vat", "net value", "value", "charges", "charge", "cost (usd)", "price (usd)", "taxable value", "ht",
        "taxable amount", "amount excl tax", "net line amount", "waarde", "wert", "valeur", "valor", "$",
        "importe neto", "importe bruto", "importe total", "importe línea", "nettobetrag", "netto", "gesamt netto",
        "nettowert", "positionswert", "gesamtwert",  # an SAP form's "Nettowert EUR"
        "summe netto", "netto summe", "summe brutto", "brutto summe", "zwischensumme",
        "total exc vat", "montant net", "montant total", "total net", "mtt", "mtt ht", "mt ttc", "mt ht", "nettobedrag",
        "bedrag excl btw", "totaal excl btw", "regeltotaal", "regelbedrag", "subtotaal item",
        "positionsbetrag", "zeilenbetrag", "montant ligne", "total ligne",
        "importo", "totale", "importo riga", "totale riga", "imp netto",
        "importo netto", "imponibile", "item subtotal", "line subtotal", "nett", "nett excl",
        "valor", "valor total", "valor líquido", "valor liquido", "g-preis", "gpreis", "g preis", "total excl",
        # an extension at a named price ("Ext. Retail", "Ext @ List", "Extension @ Retail", "Extended Net")
        "ext retail", "ext list", "ext net", "ext cost", "extended retail", "extended list", "extended net",
        "extended cost", "extension retail", "extension list", "extension net", "ext @ retail", "ext @ list",
        "ext @ net", "extension @ retail", "extension @ list", "extension @ net", "extended @ list",
        "extended @ net", "extended @ retail", "ext at list", "ext at net", "extended at list", "extended at net",
        "net ext", "list ext", "retail ext",  # the price named first ("Net" over "Ext.")
        "customer extension", "customer ext", "cust extension", "cust ext", "customer extended", "customer amount",
    ),
    TAX: (
        "vat", "vat %", "vat rate", "tax", "tax %", "tax rate", "tax code", "gst code", "vat code", "btw", "btw %",
        "mwst", "mwst %", "ust", "ust %", "umsatzsteuer", "gst rate",
        "tva", "tva %", "iva", "iva %", "gst", "gst %", "igst", "cgst", "sgst", "taxable", "taxes", "tax amount",
        "vat amount", "btw bedrag", "mwst betrag", "montant tva", "gst amount", "igst amount", "tax amt", "tx",
        "tx tva", "impôt", "impot", "impôts", "taxe", "montant de la taxe", "montant taxe",
        "tax total", "vat total", "total tax", "total vat", "vat%", "tax%", "iva%", "steuersatz", "mwst-satz",
        "igic", "% igic", "igic %", "cuota igic", "cuota iva", "% iva", "igv", "% igv",
        "mwst satz", "ust-satz", "ust satz", "taux tva", "taux de tva", "btw-tarief", "btw tarief",
        "belasting", "belastingen", "steuer", "steuern", "impuesto", "impuestos",
    ),
    DISCOUNT: (
        "disc", "disc %", "discount", "discount %", "rabatt", "rabatt %", "remise", "korting", "descuento", "dto",
        "% dto", "%dto",
        "sconto", "sconto %", "remises", "rem", "rem %", "rem%", "sconti", "sc 1/2/3%", "sc 1/2/3", "sc 1+2",
        "sc 1/2%", "sc %", "disc%", "desconto", "desc %", "%ds", "ds%", "% sc", "sc%", "%sc", "rab", "rab %",
        "bonif", "bonificación", "bonificacion", "% bonif", "%bon", "%bon1", "%bon2", "%bon3", "% bon",
    ),
    OTHER: (
        "rt", "fl", "flg", "flag", "wh", "whs", "warehouse", "whse", "loc", "hs code", "invoice to", "account", "entr",
        "date cde", "date liv",
        "truck", "camion", "trk", "tk",  # the carrier's code ("01", "LTL", "UPS", "T1"): text, never a count or a price
        *PICTURE_LABELS,
        "entrepôt", "origen", "origin", "country of origin", "coo", "nro despacho", "despacho",
        "zeitpunkt der leistung", "leistungszeitraum", "leistungsdatum", "entfernung", "leistungszeitpunkt",
        "auftragsnummer",  # an Amazon Business invoice's order number per line: no product's code
        # columns that describe when, what kind or a remark: never a price, never the product's name
        *(label for label in LINE_NUMBER_LABELS if label not in ("#", "no", "nr")),  # ("#", "No": a code's too)
        "date", "datum", "fecha", "day", "days", "time", "time worked", "date worked", "date of service",
        "service date",
        "type", "format", "status", "remarks", "remark", "notes", "note", "comments", "comment", "bemerkung",
        "opmerking",
        "observaciones", "channel", "ch", "length", "len", "duration", "dauer", "period", "zeitraum", "start",
        "end", "start date", "end date", "start time", "end time", "air date", "air time", "ad-id", "isci",
        "copy", "break", "rating", "rtg", "priority", "pri", "scheduled", "scheduled time", "schedule",
        "reconciliation", "delivery date", "lieferdatum", "leistungsdatum", "order date", "ship date",
        "dates", "times", "run times", "sec", "spw", "station", "entered", "mo", "tu", "we", "th", "fr", "sa", "su",
        "safr", "mon", "tue", "wed", "thu", "fri", "sat", "sun", "dp", "daypart", "cpp", "grp",
        # what a product is besides its name: its maker, variant and customs data
        "brand", "manufacturer", "hersteller", "marke", "marque", "merk", "marca", "flavour", "flavor", "colour",
        "color", "clr", "farbe", "couleur", "kleur", "variant", "colore",
        "size", "größe", "taille", "maat", "cn code", "taric",
        # an apparel order's size run, a count of each size beside the style's total units
        "xxs", "xs", "s", "m", "l", "xl", "xxl", "2xl", "3xl", "xxxl", "os",
        "tariff code", "commodity code", "customs code", "zolltarifnummer", "warentarifnummer", "country of origin",
        "origin", "orig", "ursprungsland", "hsn", "hsn code", "hsn/sac", "sac", "sac code",
        "variety", "grade", "variety / grade", "variety/grade", "st/bu", "stems/bu", "stems per bunch",
        "provenance", "calibre", "cal", "certif", "certification", "référentiel", "label",
        # how many units a price is for ("Per" over "C" or "M": per hundred, per thousand)
        *PER_LABELS,
        # a food's dates, never the Swedish "Best." (ordered) they start with
        "best before", "best before date", "best by", "bb date", "use by",
        # a book's people and edition beside its title
        "author", "authors", "contributor", "contributors", "binding", "publisher", "imprint",
    ),
    NUMBER: (
        "qty alloc", "qty allocated", "alloc qty", "alloc", "allocated", "allocd", "qty allocd", "weight", "payments",
        "gross weight", "net weight", "poids", "poids brut", "poids net", "gewicht", "bruttogewicht", "nettogewicht",
        "peso", "peso bruto", "peso neto", "gewicht bruto", "gewicht netto",
        "payment", "balance", "credit", "debit", "paid",
        # a unit price with tax beside the net one: the wholesale price is the net (the amount may be gross)
        "prix u ttc", "prix unit ttc", "prix unitaire ttc", "pu ttc", "prix ttc", "unit price incl vat",
        "price incl vat", "unit price (incl vat)", "einzelpreis brutto", "bruttopreis", "brutto-einzelpreis",
        "precio con iva", "precio unitario con iva", "prijs incl btw per stuk", "stukprijs incl btw",
        "stückpreis inkl ust", "stückpreis inkl mwst", "einzelpreis inkl ust", "einzelpreis inkl mwst",
        "stückpreis inkl", "einzelpreis inkl", "unit price incl tax", "price incl tax", "unit price incl",  # (and cut)
    ),
}


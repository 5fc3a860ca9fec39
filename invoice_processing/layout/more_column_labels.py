"""Column labels by role in Swedish, Danish, Norwegian, Polish, Czech, Finnish, Turkish and Hungarian, German "Best. |
Lief." abbreviations and a wholesaler's case packs, as data beside ``column_labels``' main list
(``lexicon`` reads both); a consignment's counts and prices."""

from __future__ import annotations

from invoice_processing.layout.column_labels import (
    AMOUNT,
    BACKORDER,
    CODE,
    DESCRIPTION,
    DISCOUNT,
    NUMBER,
    ORDERED,
    PRICE,
    QTY,
    SHIPPED,
    TAX,
    UOM,
    UPC,
)

# Swedish, Danish and Norwegian labels, Polish and Czech ones, German "Best. | Lief." abbreviations, and a
# wholesaler's case packs ("Case Pack | Cases Ord. | Cases Ship. | Price per Case": quantities and prices by the
# case, the pack size no quantity)
MORE_LABELS: dict[str, tuple[str, ...]] = {
    CODE: ("varenr", "varenummer", "artikkelnr", "artikkelnummer",
           "kod", "kod towaru", "indeks", "symbol", "kód", "kód zboží",  # PL, CZ
           "tuotenro", "tuotenumero",  # FI
           "stok kodu", "ürün kodu", "mal kodu", "cikkszám", "termékkód",  # TR, HU
           # the order's or the delivery's number beside a French wholesaler's "CDE | LIV" counts
           "réf cde", "ref cde", "no cde", "cde no", "no liv", "liv no", "no bl"),
    DESCRIPTION: ("benämning", "beskrivning", "beskrivelse", "varebeskrivelse", "varetekst", "tekst",
                  "nazwa", "nazwa towaru", "nazwa usługi", "nazwa towaru lub usługi", "nazwa towaru / usługi",
                  "nazwa towaru/usługi", "nazwa usługi / towaru", "nazwa usługi/towaru", "towar / usługa",
                  "towar/usługa", "opis", "název", "název zboží", "popis", "označení", "položka",  # PL, CZ
                  "tuotekuvaus", "tuote", "kuvaus", "nimike",  # FI
                  "mal hizmet", "mal/hizmet", "mal / hizmet", "hizmet / ürün adı", "hizmet/ürün adı", "ürün adı",
                  "ürün / hizmet", "ürün/hizmet", "açıklama", "megnevezés", "termék megnevezése", "leírás"),  # TR, HU
    ORDERED: ("cases ord", "cases ordered", "cs ord", "cs ordered",
              "beställt", "bestilt", "best", "best antal", "best ant",
              "pedidas", "zam", "zamówiono", "obj", "objednáno", "tilattu",  # ES, PL, CZ, FI
              "q tà ord", "qtà ord", "qta ord", "quantità ordinata", "qtà ordinata", "ordinata", "ordinato"),  # IT
    SHIPPED: ("cases ship", "cases shipped", "cs ship", "cs shipped",
              "levererat", "leveret", "levert", "lev", "lev antal", "lev ant", "lief",
              "servidas", "entregadas", "wyd", "wydano", "dod", "dodáno", "toim", "toimitettu",
              "q tà cons", "qtà cons", "qta cons", "quantità consegnata", "qtà consegnata", "consegnata",
              "q tà evasa", "qtà evasa", "evasa", "evaso"),  # IT
    BACKORDER: ("cases b/o", "cases bo", "restnoterat", "restordre", "rest",
                "pendientes", "brak", "nedod", "nedodáno", "jälkitoim", "jälkitoimitus"),
    PRICE: ("á-pris", "a-pris", "à-pris", "á pris", "a pris", "à pris", "styckpris", "enhetspris", "enhedspris",
            "stykpris", "stk pris", "pris", "nettopris", "netto pris", "price per case", "case price", "per case",
            "consignor price",
            "cena", "cena netto", "cena jedn", "cena jedn netto", "cena jednostkowa", "cena jednostkowa netto",
            "cena za mj", "cena/mj", "jedn cena", "jednotková cena", "cena za položku", "cena za kus",
            "cena za jednotku",  # PL, CZ
            "prijs p/st", "prijs/verp", "prijs per verp", "prix/cond", "prix par cond",  # NL, FR per piece or pack
            "case cost", "cost per case", "carton cost",
            "hinta", "yksikköhinta", "à-hinta", "a-hinta", "yks hinta",  # FI
            "birim fiyat", "birim fiyatı", "fiyat", "fiyatı", "egységár", "nettó egységár"),  # TR, HU
    AMOUNT: ("belopp", "beløb", "beløp", "summa", "sum netto", "sum eks mva", "beløp eks mva", "sum ekskl mva",
             "belopp exkl moms", "summa exkl moms", "beløb ekskl moms",
             "wartość netto", "wartosc netto", "wartość", "kwota netto", "cena celkem", "celkem bez dph",
             "celkem bez daně", "celkem",
             "yhteensä", "veroton", "veroton hinta", "release value",
             "mal hizmet tutarı", "tutar", "tutarı", "toplam", "nettó", "nettó érték", "nettó ár",  # TR, HU
             "végösszeg",
             # the goods' value beside its tax's and the line's total with tax ("Goods Value | VAT Value | Line Total
             # Incl. VAT": the net value, which the line's arithmetic confirms)
             "goods value"),
    DISCOUNT: ("rabat", "sleva", "ale", "ale %", "alennus",  # PL, CZ, FI
               "iskonto", "iskonto oranı", "iskonto tutarı", "iskonto/ arttırım oranı",
               "iskonto/ arttırım tutarı", "iskonto/arttırım oranı", "iskonto/arttırım tutarı", "engedmény",
               "kedvezmény", "kedvezmény %"),
    TAX: ("moms", "moms %", "mva", "stawka vat", "kwota vat", "stawka", "dph", "sazba dph", "sazba", "alv", "alv %",
          "alv €", "alv-%",
          "kdv", "kdv oranı", "kdv tutarı", "kdv %", "diğer vergiler", "áfa", "áfa %", "áfaérték", "áfa érték",
          "áfakulcs", "bruttó", "bruttó érték",  # TR, HU (a gross amount beside the net: the tax's)
          "vat value"),
    UPC: ("unit upc", "case upc", "each upc"),  # (a wholesaler's "Unit UPC" beside its case counts)
    UOM: ("enhet", "enhed", "enh", "jm", "jednostka", "jedn", "mj", "yksikkö", "yks", "birim", "mee"),
    NUMBER: ("case pack", "pack size", "units per case", "inner pack", "units/pk", "units/pack", "units per pack",
             "pk size", "units/case", "units/cs", "confezione",
             # a consignment's stock counts ("Start On Hand | Units Sold | End On Hand"): no billed quantity
             "on hand", "start on hand", "end on hand", "qty on hand", "opening stock", "closing stock",
             # an export invoice's packing: weights and measures per carton and in all ("G.W | N.W. | MEAS | CBM")
             "gw", "nw", "tgw", "tnw", "gw kg", "nw kg", "tgw kgs", "meas", "t meas", "t meas cbm", "cbm", "kg", "kgs",
             "packing", "packing pcs/ctn", "pcs/ctn", "qty ctns", "ctns",
             # a weight a line may be billed by ("Net Lbs" beside "Qty | Unit", priced per pound)
             "net lbs", "net lb", "lbs", "net wt", "catch wt", "catch weight", "wt", "net kg", "net kgs",
             "pcs/ ctn", "pcs / ctn", "pcs per ctn", "qty/ctn", "qty / ctn", "no of ctns", "no of cartons", "cartons",
             # a blanket order's release: what was agreed and released before is no quantity of this order
             "agreed qty", "agreed quantity", "prev released", "previously released", "released to date",
             # the pieces a Dutch carton holds beside the cartons and the pieces in all ("Dozen | à st. | Stuks")
             "à st", "a st", "st/doos", "stuks per doos",
             # a carton's size, and the singles an Irish wholesaler sells beside whole cases ("Case Size | Cases |
             # Singles | Total Units")
             "carton size", "ctn size", "singles"),
    QTY: ("antal", "antall", "mängd", "stk", "packs", "cases", "ilość", "ilosc", "množství", "počet", "määrä", "kpl",
          "aantal verp", "nbre cond", "nb cond",  # NL, FR: the packs counted
          "qty cs", "qty cases", "qty ctn", "qty ctns", "cs qty", "case qty",  # cases counted (a case's cost after)
          "miktar", "mennyiség", "menny",  # TR, HU
          "this release", "release qty", "qty this release",  # a blanket order's release
          "qty+free", "qty + free",  # an Indian chemist's wholesaler bills the free goods in the rate
          "stuks", "aantal stuks",  # Dutch pieces in all (beside the cartons and the pieces each holds)
          "qty pcs",  # an export invoice's pieces beside its cartons ("Qty (CTNS) | Packing (PCS/CTN) | Qty (PCS)")
          "total pcs", "total qty", "total quantity", "total pieces",  # (the same: "Pcs/Ctn | No. of Ctns | Total Pcs")
          "total units", "units total",  # (an Irish wholesaler's cases and singles in all)
            "sold", "units sold", "qty sold", "quantity sold"),  # (a consignment bills what was sold)
}

"""Column labels by role in Croatian, Serbian, Slovenian, Slovak, Romanian, Bulgarian, Russian,
Ukrainian, Greek, Lithuanian, Latvian and Estonian, and an export invoice's English and Chinese
ones (none that ``column_labels`` or ``more_column_labels`` already hold), as data beside them
(``lexicon`` reads all three), as ``lexicon.normal_label`` spells them."""

from __future__ import annotations

from invoice_processing.layout.column_labels import AMOUNT, CODE, DESCRIPTION, DISCOUNT, OTHER, PRICE, QTY, TAX, UOM

REGIONAL_LABELS: dict[str, tuple[str, ...]] = {
    CODE: ("šifra", "šifra artikla", "sifra", "kód položky",  # HR/SR/SL, SK
           "cod produs", "cod articol",  # RO
           "код", "артикул", "κωδικός", "κωδ", "prekės kodas", "kodas", "kods", "artikuls", "kood"),
    DESCRIPTION: ("naziv", "naziv proizvoda / usluge", "naziv proizvoda/usluge", "naziv proizvoda", "naziv artikla",
                  "naziv robe", "názov položky", "názov",  # HR/SR/SL, SK
                  "denumirea produselor", "denumirea produselor sau a serviciilor", "denumire", "produs",  # RO
                  "наименование", "наименование на стоката/услугата", "наименование на стоката", "стока",  # BG
                  "наименование товара", "товар", "товары (работы, услуги)", "найменування", "назва",  # RU, UK
                  "περιγραφή", "περιγραφή είδους", "είδος",  # EL
                  "pavadinimas", "prekės pavadinimas", "prekė", "nosaukums", "preces nosaukums", "pakalpojums",
                  "nimetus", "kauba nimetus", "toode",  # LT, LV, ET
                  "货物名称", "品名", "名称", "商品名称", "产品名称"),  # an export invoice's Chinese
    QTY: ("kol", "količina", "kolicina", "množstvo", "mn", "cantitate",  # HR/SR/SL, SK, RO
          "количество", "кол-во", "кол", "кількість", "к-сть",  # BG, RU, UK
          "ποσότητα", "ποσ", "kiekis", "daudzums", "skaits", "kogus",  # EL, LT, LV, ET
          "no of units", "数量"),  # an export invoice's
    UOM: ("jed. mj.", "enota",  # HR/SR/SL
          "мярка", "ед", "ед. изм", "од", "од. вим", "μ.μ.", "mato vnt", "mato", "mērvienība",
          "mērv", "ühik"),
    PRICE: ("cijena", "cijena kn", "jed. cijena", "jedinična cijena", "cena za jednotku",  # HR/SR/SL, SK
            "cena/mj bez dph", "cena za mj bez dph",  # SK (a price before tax)
            "preț unitar", "pret unitar", "preț unitar (fără tva)", "preţ unitar",  # RO
            "ед. цена", "единична цена", "цена", "ціна", "τιμή", "τιμή μονάδας",  # BG, RU, UK, EL
            "kaina", "kaina be pvm", "hind", "ühiku hind",  # LT, LV, ET
            "unit value", "u price", "单价"),  # an export invoice's
    AMOUNT: ("iznos", "iznos kn", "vrijednost", "ukupno", "znesek",  # HR/SR/SL
             "bez dph", "suma bez dph", "celkom", "spolu", "spolu bez dph", "celkem",  # SK, CZ
             "valoarea", "valoare",  # RO
             "стойност", "сумма", "сума", "сумма без ндс",  # BG, RU, UK
             "καθαρή αξία", "αξία",  # EL
             "suma", "suma be pvm", "kokku",  # LT, LV, ET
             "总值", "总价", "金额"),  # an export invoice's Chinese
    DISCOUNT: ("popust", "zľava", "reducere", "отстъпка", "скидка", "έκπτ", "έκπτωση",
               "nuolaida", "atlaide", "allahindlus"),
    TAX: ("pdv", "pdv %", "dph %", "s dph", "spolu s dph", "cota tva", "valoarea tva", "ддс", "ндс", "пдв",
          "φπα", "φπα %", "αξία φπα", "pvm", "pvm tarifas, %", "pvm tarifas", "pvn", "käibemaks"),
    # an export invoice's shipping marks ("Marks & Nos.", "唛头"): no product's code
    OTHER: ("marks & nos", "marks and nos", "mark&no", "mark & no", "marks & numbers", "shipping marks", "唛头",
            "唛头号码"),
}

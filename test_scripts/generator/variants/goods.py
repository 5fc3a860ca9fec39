"""Invented sellers, customers, addresses and products per language (nothing real is looked up).

``party(rng, lang)`` is a company with its address lines; ``product(rng, lang)`` a description
long enough, now and then, to wrap onto two or three lines.
"""

from __future__ import annotations

import random
import re
import unicodedata
from dataclasses import dataclass

from .. import content

SELLERS = {
    "en-US": content.VENDORS + ("Juniper Ridge Trading Co.", "Lantern & Loom Inc.", "Saltbox Goods Co.",
                                "Fernhill Stationery LLC"),
    "en-GB": ("Thistle & Thorn Homewares Ltd", "Bramble Cottage Gifts Ltd", "Kingfisher Paper Co. Ltd",
              "Wrenfield Ceramics Ltd"),
    "de": ("Waldhaus Wohnaccessoires GmbH", "Lindenhof Papeterie GmbH", "Nordlicht Dekoration GmbH & Co. KG",
           "Keramikwerkstatt Sonnenberg AG", "Kranich Spielwaren GmbH"),
    "fr": ("Atelier des Tilleuls SARL", "Maison Lavande SAS", "Papeterie du Vieux Port SARL",
           "Céramiques de Provence SA"),
    "nl": ("De Gouden Lepel B.V.", "Tulpenhof Woonaccessoires B.V.", "Molenwiek Papierwaren B.V.", "Huis & Haard B.V."),
    "es": ("Cerámica del Sur S.L.", "Papelería La Alameda S.L.", "Casa Olivo Decoración S.A.", "Textiles Brisa S.L."),
}
CUSTOMERS = {
    "en-US": content.CUSTOMERS + ("Main Street Gift Gallery LLC", "Hearth & Home Boutique Inc."),
    "en-GB": ("The Old Post Office Gift Shop Ltd", "Hartley's of Harrogate Ltd"),
    "de": ("Geschenkeladen Elbblick GmbH", "Papier & Mehr Inh. Anna Weber"),
    "fr": ("La Boutique du Marché SARL", "Au Petit Bonheur SAS"),
    "nl": ("Cadeauwinkel Het Anker B.V.", "Wonen & Zo V.O.F."),
    "es": ("Regalos Mediterráneo S.L.", "Tienda El Faro S.C."),
}
STREETS = {
    "en-US": content.STREETS + ("560 Harbor Blvd, Unit 4", "PO Box 1187"),
    "en-GB": ("14 Mill Lane", "Unit 7, Riverside Park"),
    "de": ("Hauptstraße 12", "Industriestr. 45", "Am Mühlbach 3"), "fr": ("12 rue des Lilas", "45 avenue Jean Jaurès"),
    "nl": ("Kerkstraat 21", "Industrieweg 8a"), "es": ("Calle Mayor 14", "Avda. de la Constitución 27, 2º"),
}
CITIES = {
    "en-US": content.CITIES + ("Austin, TX 78701", "Savannah, GA 31401"),
    "en-GB": ("York YO1 7HH", "Bath BA1 1LT", "Norwich NR2 4PD"),
    "de": ("10115 Berlin", "80331 München", "20095 Hamburg", "50667 Köln"),
    "fr": ("69002 Lyon", "13001 Marseille", "33000 Bordeaux"), "nl": ("3511 AB Utrecht", "2011 CD Haarlem"),
    "es": ("46001 Valencia", "41001 Sevilla", "29001 Málaga"),
}
_GOODS = {
    "de": (("Windlicht", "Keramikvase", "Geschirrtuch-Set 3-tlg.", "Kerzenständer", "Duftkerze Zeder 200 g",
            "Notizbuch A5 liniert", "Holzspielzeug Eisenbahn", "Teelichthalter", "Kissenbezug Leinen"),
           ("Glas rauchgrau", "matt", "Messing", "Steingut handbemalt", "Ø 12 cm", "H 25 cm", "40 x 40 cm",
            "im Geschenkkarton mit Schleife", "sortiert in 3 Farben", "naturweiß")),
    "fr": (("Vase en grès", "Torchon lin lot de 3", "Bougie parfumée figue 180 g", "Photophore", "Carnet A5 ligné",
            "Bougeoir", "Plaid coton", "Mug émaillé", "Housse de coussin"),
           ("verre fumé", "laiton", "fait main", "Ø 12 cm", "H 25 cm", "40 x 40 cm", "coloris assortis",
            "en coffret cadeau avec ruban", "blanc cassé")),
    "nl": (("Vaas aardewerk", "Theedoek linnen set/3", "Geurkaars vijg 200 g", "Kandelaar", "Notitieboek A5 gelinieerd",
            "Waxinelichthouder", "Plaid katoen", "Mok geglazuurd", "Kussenhoes"),
           ("rookglas", "messing", "handgemaakt", "Ø 12 cm", "H 25 cm", "40 x 40 cm", "assorti kleuren",
            "in geschenkdoos met lint", "gebroken wit")),
    "es": (("Jarrón de cerámica", "Paño de cocina lino pack 3", "Vela aromática higo 200 g", "Portavelas",
            "Cuaderno A5 rayado", "Candelabro", "Manta de algodón", "Taza esmaltada", "Funda de cojín"),
           ("vidrio ahumado", "latón", "hecho a mano", "Ø 12 cm", "Alt. 25 cm", "40 x 40 cm", "colores surtidos",
            "en caja regalo con lazo", "blanco roto")),
}


_LEGAL = re.compile(r"\b(inc|llc|ltd|co|gmbh|kg|ag|sarl|sas|sa|b\.v|s\.l|s\.a)\b\.?|&", re.I)


@dataclass(frozen=True)
class Party:
    name: str
    lines: tuple[str, ...]  # address, then phone / e-mail / web


def party(rng: random.Random, lang: str, names: dict[str, tuple[str, ...]], contact: bool = True) -> Party:
    name = rng.choice(names[lang])
    lines = [rng.choice(STREETS[lang]), rng.choice(CITIES[lang])]
    if lang == "en-GB":
        lines.append("United Kingdom")
    elif lang not in ("en-US",) and rng.random() < 0.5:
        lines.append({"de": "Deutschland", "fr": "France", "nl": "Nederland", "es": "España"}[lang])
    if contact:
        ascii_name = unicodedata.normalize("NFKD", _LEGAL.sub("", name.lower())).encode("ascii", "ignore").decode()
        domain = "".join(ch for ch in ascii_name if ch.isalnum())[:18]
        tld = {"en-US": "com", "en-GB": "co.uk", "de": "de", "fr": "fr", "nl": "nl", "es": "es"}[lang]
        country = {"en-GB": 44, "de": 49, "fr": 33, "nl": 31, "es": 34}.get(lang, 1)
        phone = f"Tel. +{country} {rng.randint(20, 99)} {rng.randint(100000, 999999)}"
        if lang == "en-US":
            phone = f"Phone ({rng.randint(200, 989)}) {rng.randint(200, 999)}-{rng.randint(1000, 9999)}"
        lines += rng.sample([phone, f"www.{domain}.{tld}", f"info@{domain}.{tld}"], rng.randint(1, 3))
    return Party(name, tuple(lines))


def product(rng: random.Random, lang: str) -> str:
    if lang.startswith("en"):
        parts = [rng.choice(content.ADJECTIVES), rng.choice(content.NOUNS)]
        return " ".join(parts + rng.sample(content.EXTRAS, rng.choice((0, 1, 1, 2, 3))))
    nouns, extras = _GOODS[lang]
    parts = [rng.choice(nouns)] + rng.sample(extras, rng.choice((0, 1, 1, 2, 3)))
    return " ".join(parts)

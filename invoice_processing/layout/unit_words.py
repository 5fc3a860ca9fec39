"""The words a quantity is counted in ("12 EA", "1000 pc", "3 Stk", "2,5 m²", "6 hrs", "2 NUM"): a unit beside a
number belongs to it. Part of the lexicon (``lexicon`` names it)."""

from __future__ import annotations

import re

UNITS = re.compile(
    r"^(?:ea|each|pc|pcs|pce|pces|piece|pieces|pièces?|unit|units|u|st|stk|stck|stück|stuks?|set|sets|pk|pack|pr|"
    r"pair|dz|doz|cs|case|bx|box|kg|g|lb|lbs|l|m|m2|m²|㎡|m3|㎥|hr|hrs|h|hour|hours|x|no\.s|nos|no|pza|pzas|ud|uds|unid|"
    r"unidad(?:es)?|unité?s?|un|rol|roll|rolls|btl|bottle|bottles|kit|kits|ct|ctn|carton|pkg|bag|pac|each\.|"
    r"strp|strip|strips|tab|tabs|cap|caps|tube|tubes|jar|jars|can|cans|tin|bdl|bundle|ream|sheet|sheets|sht|"
    r"dozen|gal|oz|ml|ltr|ft|yd|sqft|plt|pallet|pallets|sack|sacks|tray|trays|lfm|lfdm|rl|bund|krt|karton|"
    r"stuk|paar|paire?s?|lot|lots|jeu|juego|boxes|cases|packs|packets?|cartons|bags|pairs|dozens|reams|ktn|pkt|"
    r"pak|paket|fl|fass|dose|beutel|rolle|rollen|satz|pz|pezzi|conf|days?|tage?|jours?|dagen|dag|d[ií]as?|psch|pausch|"
    r"pauschal|std|zak|zakken|doos|dozen|fles|flessen|krat|kratten|emmers?|sacs?|bo[iî]tes?|btes?|p(?=\.)|flacons?|bidons?|"
    r"cajas?|bolsas?|botellas?|paquetes?|rollos?|sack|säcke|kisten?|flaschen?|eimer|kgs|kilos?|mtrs?|ltrs|"
    r"liters?|litres?|meters?|metres?|pkts|pcs\.|lyd|yds|yards?|lm|lnm|sqm|sqyd|sq\s?m|cm|mm|gms?|grams?|"
    # what a service bills by ("12 Products", "86 Miles", "3 Licences"), a German packing unit, Polish pieces
    r"services?|products?|items?|miles?|km|weeks?|months?|nights?|licen[cs]es?|users?|seats?|persons?|ve|pck|"
    r"szt|sztuk|uur|uren|mnd|maand(?:en)?|jaar|"  # (Dutch hours, months, years)
    r"fp|frp|förp|kpl|tim|ks|bal|"  # (Swedish packs and hours, Finnish pieces, Czech and Slovak pieces and packs)
    r"mon|mo|mos|mth|mths|monat(?:e)?|jahre?|yrs?|years?|wk|wks|wochen?|"  # (a service's months, years, weeks)
    # the packs of a trade ("12 bunch", "3 spool", "2 bolt")
    r"bunch|bunches|bu|stems?|spools?|bundles|sleeves?|flats?|crates?|tubs?|cones?|skeins?|bolts?|pails?|"
    r"num)"  # (Tally's "2 NUM | 38,628.15 | NUM": numbers of an item)
    r"(?:\((?:s|es|e)\))?\.?$",  # "Unité(s)", "pièce(s)"
    re.I,
)

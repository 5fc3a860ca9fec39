"""What the named vendors sell, as printed on their documents: ISBN-13s and library-inverted
titles, OneHundred80 decor with inch marks, Rifle Paper Co. paper goods with years.

The picture-book titles are HarperCollins' own (``generator.harpercollins.title``); the rest
is kept here rather than imported from the vendor modules beside this package.
"""

from __future__ import annotations

import random

from .. import harpercollins

SURNAMES = ("Smith", "Okafor", "Lindqvist", "Moreno", "Haddad", "Whitfield", "Nakamura", "Brennan", "Castillo")
FIRST = ("Jane", "Kwame", "Ingrid", "Lucia", "Samir", "Eleanor", "Kenji", "Maeve", "Rafael")
BOOKS = ("The Long Road Home", "A Lantern in the Orchard", "Where the River Bends", "Small Hours",
         "The Cartographer's Daughter", "Snow on the Harbor: A Winter Picture Book",
         "Bears Who Bake: Twelve Recipes for Little Chefs and Their Grown-Ups", "The Night Garden")

OH80_THINGS = ("Beaded Tassel Garland", "Taper Candle Holder", "Felt Mushroom Ornament", "Glitter Pumpkin",
               "Wood Bead Garland", "Velvet Stocking", "Flocked Pine Tree", "Metal Star Tree Topper",
               "Paper Honeycomb Ball", "Glass Bauble Set", "Ceramic Gnome", "Jute Pom Pom Garland")
OH80_SIZES = ('72"L', '5-5.75"', '4"', '3.5"', '10"H', '6-8"', '12"', "", "", "")
OH80_EXTRAS = ("", "", "- Set of 2", "- Assorted", "Gold", "Blush Pink", "w/ Clip", "Natural / White",
               "- 3 Asst. Colors, Sold as a Set of Three in a Display Box")
OH80_BRANDS = ("One Hundred 80 Degrees", "ONE HUNDRED 80 DEGREES", "OneHundred80")

RIFLE_PREFIXES = ("CAL", "JOU", "GCB", "GCM", "NBK", "PLN", "STK", "WRP", "PCM", "PZL", "TAP")
RIFLE_THEMES = ("Peonies", "Garden Party", "Strawberry Fields", "Juliet Rose", "Wildwood", "Mother Goose",
                "Ship Model Kit", "Goose Parade", "Hydrangea", "Citrus Grove", "Menagerie", "Blossom")
RIFLE_KINDS = ("{year} Appointment Notebook", "{year} 12-Month Wall Calendar", "{year} 17-Month Planner",
               "Greeting Card", "Boxed Set of 8 Thank You Cards", "Sticker Book", "Wrapping Sheet",
               "Jigsaw Puzzle 1000 pc", "Pocket Notebook Set of 3", "Desk Calendar {year}",
               "Stitched Notebook - Large, Lined, with Elastic Closure and Ribbon Marker")
CARRIERS = ("1Z{n}", "9400{n}", "7749{n}")


def book_title(rng: random.Random) -> str:
    """Library-inverted: "Smith, Jane: The Long Road Home" or "Little Blue Truck, The"."""
    if rng.random() < 0.5:
        return harpercollins.title(rng)
    return f"{rng.choice(SURNAMES)}, {rng.choice(FIRST)}: {rng.choice(BOOKS)}"


def upc(rng: random.Random) -> str:
    body = "7" + "".join(str(rng.randint(0, 9)) for _ in range(10))
    check = (10 - sum(int(d) * (3 if i % 2 == 0 else 1) for i, d in enumerate(body)) % 10) % 10
    return body + str(check)


def oh80_description(rng: random.Random) -> str:
    parts = [rng.choice(OH80_THINGS), rng.choice(OH80_SIZES), rng.choice(OH80_EXTRAS)]
    return " ".join(p for p in parts if p)


def rifle_description(rng: random.Random, year: int) -> str:
    return f"{rng.choice(RIFLE_THEMES)} {rng.choice(RIFLE_KINDS).format(year=year)}"

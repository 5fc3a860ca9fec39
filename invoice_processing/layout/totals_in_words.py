"""A total written out in words ("US$ ONE THOUSAND NINE HUNDRED ... AND THIRTY CENTS ONLY", "SON TREINTA Y DOS
MIL PESOS"): a line of the totals, never a product."""

from __future__ import annotations

import re

_EN_NUMBER = (r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|fifty|"
              r"sixty|seventy|eighty|ninety|ninty|hundred|thousand|million|and|cents?|dollars?|rupees?|dirhams?)")
_ES_NUMBER = (r"(?:un|uno|una|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|trece|catorce|quince|"
              r"\w*ci[eé]nt[oa]s?|cien|veinti\w*|veinte|treinta|cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|mil|millones|mill[oó]n|y|con)")
_IN_WORDS = re.compile(rf"(?:^|\s)(?:{_EN_NUMBER}[\s-]+){{2,}}only\b|"
                       rf"^son\s*:?\s*(?:{_ES_NUMBER}\s+)+(?:pesos|soles|euros|d[oó]lares)\b", re.I)


def total_in_words(text: str) -> bool:
    """The total in words (``_IN_WORDS``, two number words besides "and": "One and Only Ivan" is a title)."""
    return ("only" in text.lower() or text.lower().startswith("son")) and any(len(set(re.split(
        r"[\s:-]+", m.group().lower())) - {"", "and", "only", "son"}) >= 2 for m in _IN_WORDS.finditer(text))

"""Notices that name the seller in a sentence: a copyright line, "Sold by X", a registration notice
after the name; and "Sold on <marketplace> by", whose marketplace sells nothing."""

from invoice_processing.layout.field_labels import LEGAL_FORM

COPYRIGHT = r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?)?\s*([^|·•]+)"
SOLD_BY = (r"\b(?:sold|operated|provided)(?:\s+(?:&|and)\s+(?:shipped|fulfilled))?"  # "Sold & shipped by X"
           r"(?:\s+on\s+[^\W\d]\S*(?:\s+[^\W\d]\S*)?)?\s+by\s*:?\s+(.+)$")
# a company's registration notice after its name ("Fabeiro S.L. Inscrita en el Registro Mercantil de Madrid ...")
REGISTERED = (rf"^\W*(?!(?:we|this|the|our|it|a|an|is)\b)([^\W\d][^|·•:]{{1,60}}?{LEGAL_FORM})[\s,\-–]*"
              r"(?:inscrit[ao]|inscrite|registered|eingetragen|ingeschreven|iscritta|registrada)\b")
SOLD_ON = r"\bsold\s+on\s+(\S+(?:\s+\S+)?)\s+by\b"  # "Sold on Faire by ...": the marketplace, no seller

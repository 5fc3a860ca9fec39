"""Words the drawing leaves wrong, mended where the page's own geometry or words say how.

A report may draw a row's amount before its description with no space in the text between them
("37.50Paper": ``apart`` reads them apart); a rotated page may carry a note set upright in its
margin, whose words would otherwise join the rows they cross (``level``); and a hyphen that ends a
line inside a word is kept or dropped by the document's own words (``unbroken``); a font embedded
with glyphs of no height leaves PDFium's word rectangles empty, so such a page's words are measured
by their chars (``boxless_page``, ``from_chars``); and words PDFium squashed into one glyph's box (a
span drawn glyph by glyph under its ``ActualText``) are laid out again (``spread``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, cast

from invoice_processing.pdf.word_repairs import BOTTOM, SIZE, TEXT, TOP, X0, Run

if TYPE_CHECKING:
    import pypdfium2 as pdfium

HYPHENATED = "\ufffe"  # PDFium's mark for a hyphen ending a line inside a word (see ``unbroken``)
# one line, flat: [y, size, height, x0, x1, text, x0, x1, text, ...]; one page: [number, lines]
FlatLine = list[float | str]
FlatPage = list[int | list[FlatLine]]
BROKEN = "\u00ad"  # a hyphen that ended a line inside a word, until the document's own words decide it
_WORD_EDGES = ".,;:!?()[]\"'"


def unbroken(pages: list[FlatPage]) -> list[FlatPage]:
    """The pages with each hyphen that ended a line inside a word decided by the document's own
    words: dropped where the word is printed whole elsewhere ("work-" over "shop" beside another
    row's "workshop"), else kept ("laser-" over "engraved": a compound broken at its own hyphen,
    the usual case on invoices)."""
    texts = [item for _, lines in pages for line in cast("list[FlatLine]", lines) for item in line[5::3]]
    if not any(BROKEN in str(text) for text in texts):
        return pages
    whole = {str(text).strip(_WORD_EDGES).lower() for text in texts if BROKEN not in str(text)}
    for _, lines in pages:
        for line in cast("list[FlatLine]", lines):
            for at in range(5, len(line), 3):
                text = str(line[at])
                if BROKEN in text:
                    joined = text.replace(BROKEN, "")
                    line[at] = joined if joined.strip(_WORD_EDGES).lower() in whole else text.replace(BROKEN, "-")
    return pages


WIDE = 1.2  # a word wider than this many times its height per letter holds words drawn apart
Piece = tuple[float, float, float, float, str]  # left, top, right, bottom (PDFium's frame, y up), text


def apart(textpage: pdfium.PdfTextPage, text: str, start: int, end: int) -> list[Piece]:
    """A word's letters in groups set apart: a new group where the next letter stands back left of
    the last, or further right than the word's letters usually stand apart (three times their usual
    gap and a point): a report drew the amount, then the description, with no space in the text
    between them ("37.50Paper"); letters evenly spaced ("I N V O I C E", a rule of "=") stay one word."""
    boxes = [textpage.get_charbox(index) for index in range(start, end)]  # left, bottom, right, top
    gaps = sorted(b[0] - a[2] for a, b in zip(boxes, boxes[1:], strict=False))
    usual = max(gaps[len(gaps) // 2], 0.0) if gaps else 0.0
    pieces: list[Piece] = []
    for index, (left, bottom, right, top) in zip(range(start, end), boxes, strict=True):
        if pieces and pieces[-1][2] - 1 <= left <= pieces[-1][2] + 3 * usual + 1:
            x0, y1, x1, y0, part = pieces[-1]
            pieces[-1] = (x0, max(y1, top), max(x1, right), min(y0, bottom), part + text[index])
        else:
            pieces.append((left, top, right, bottom, text[index]))
    return pieces


def run_of(piece: Piece, size: float, height: float) -> Run:
    """A run from one group of a word's letters (see ``apart``), in the page's frame (y down)."""
    left, top, right, bottom, text = piece
    return (2 * height - top - bottom, left, height - top, height - bottom, right, text.replace(HYPHENATED, BROKEN),
            size)


def _standing(run: Run) -> bool:
    """A word set upright, its letters one over the other (three or more, the box over twice as tall as wide)."""
    return len(run[5]) >= 3 and run[3] - run[2] > 2 * (run[4] - run[1])


def level(runs: list[Run]) -> list[Run]:
    """The runs without the few words set upright in a margin ("Orders are non-cancellable once
    shipped" up the left edge, a printer's note along a fold): no word of the lines they cross. A
    page whose words mostly stand upright (a page turned by its drawing, not by /Rotate) keeps them."""
    standing = [run for run in runs if _standing(run)]
    if not standing or 4 * len(standing) >= len(runs):
        return runs
    return [run for run in runs if not _standing(run) and not any(_along(run, other) for other in standing)]


def _along(run: Run, standing: Run) -> bool:
    """A short word ("of", "1") in an upright word's column, near it: part of the same upright text."""
    return len(run[5]) <= 2 and standing[1] - 1 <= run[1] and run[4] <= standing[4] + 1 and (
        standing[2] - 60 <= run[2] <= standing[3] + 60)


def _flat(charbox: tuple[float, float, float, float]) -> bool:
    """A char's box (left, bottom, right, top) of no height."""
    return charbox[3] - charbox[1] < 0.01


def boxless_page(textpage: pdfium.PdfTextPage, samples: list[int]) -> bool:
    """A page whose font was embedded with glyphs of no height (some JavaScript PDF libraries'
    subsets): a quarter of the sampled chars' boxes are flat, and PDFium's word rectangles are
    empty or cover a letter or two, so its words are measured by their chars (``from_chars``)."""
    return sum(1 for at in samples if _flat(textpage.get_charbox(at))) >= 4


def narrow(box: tuple[float, ...], letters: int) -> bool:
    """A word's rectangle (left, top, right, bottom) of no height or narrower than its letters."""
    return box[1] - box[3] < 0.01 or box[2] - box[0] < 1.8 * letters


def from_chars(textpage: pdfium.PdfTextPage, start: int, end: int, size: float) -> tuple[float, ...] | None:
    """A word's box (left, top, right, bottom, y up) from its first and last chars' boxes, its height from
    the font's size over their baseline: a font embedded with glyphs of no height (some JavaScript
    PDF libraries' subsets) leaves PDFium's rectangles empty or covering a letter or two."""
    left, base, _, _ = textpage.get_charbox(start)
    _, _, right, _ = textpage.get_charbox(end - 1)
    if right - left < 0.01 or size <= 0:
        return None
    return left, base + 0.75 * size, right, base - 0.25 * size


SQUASHED = 0.06  # two words of four letters or more narrower than this many ems a letter: a squashing page
_SHORT = 0.4  # on a page with squashed words, a shorter word this narrow (ems a letter) is too
_EM_PER_LETTER, _EM_PER_SPACE = 0.5, 0.25  # a text face's usual advance, for a squashed word's width


def spread(runs: list[Run]) -> list[Run]:
    """Words PDFium squashed into one glyph's box laid out again, in text order: a producer that
    draws each glyph with its own command inside a span carrying the text as ``ActualText`` gets the
    span's whole text placed inside its first glyph ("Hydrangea Pocket Notebook Set" in 4 pt).
    Each squashed word keeps where its span starts and is given a face's usual width; the next
    words of the span follow it, so a cell's words keep their spaces and its width. Only a page
    with two words of four letters or more squashed is given here (``text_layer`` counts them as it
    reads the words): "12" squashed into its "1" is as wide as a word of two narrow letters."""
    span_x0 = span_end = -1.0  # where the span starts, and where its last word ends as laid out
    for at, run in enumerate(runs):
        x0, top, x1, text, size = run[X0], run[TOP], run[4], run[TEXT], run[SIZE]
        width, letters = x1 - x0, len(text)
        if span_end >= 0 and abs(top - runs[at - 1][TOP]) < 0.5 and span_x0 <= x0 <= span_x0 + size and (
                width < size):
            x0 = span_end + _EM_PER_SPACE * size
        elif letters > 1 and width < _SHORT * size * letters and run[BOTTOM] - top < 2 * size:
            span_x0 = x0
        else:
            span_x0 = span_end = -1.0
            continue
        span_end = x0 + _EM_PER_LETTER * size * letters
        runs[at] = (run[0], x0, top, run[BOTTOM], span_end, text, size)
    return runs

"""The PDF's own text layer, read with PDFium: words with their boxes grouped into lines.

PDFium reports text as rectangles (runs of characters on one line). We group them into
visual lines and keep each run as a ``Cell`` with its x extent, so the vendor rules can tell
columns apart. Measured on a generated 15-page table (ms/page): pypdfium2 text runs 5,
pypdf 8 (layout mode 10), pdfplumber 57; pypdfium2 is also the only one of the three that
keeps cell positions at that speed.

Speed (``python -m bench``): a word's box costs two or three PDFium calls (count rects, get rect,
font size; a char's angle or a space's origin only for the rare word that needs them), so those
calls go through bare ctypes prototypes (no per-call argument conversion, about 2.5x cheaper) and
the rectangle is read with one ``struct`` unpack; runs carry their sort key first so sorting and
grouping use C-level key functions.

Marks added by later tools are read as the page means them: a word set at a slant across the
page (a "COPY" watermark) is left out, and a capital a renderer set apart from the rest of its word
("P aper") is joined again (see ``word_repairs.diagonal`` and ``parted``); the words are grouped into
lines by ``text_lines``.
"""

from __future__ import annotations

import re
import struct
from collections.abc import Callable
from itertools import islice
from typing import TYPE_CHECKING, Any, cast

from invoice_processing.models import Cell, Page, TextLine
from invoice_processing.pdf.document import open_document
from invoice_processing.pdf.drawn_words import (
    BROKEN,
    HYPHENATED,
    SQUASHED,
    WIDE,
    FlatPage,
    apart,
    boxless_page,
    from_chars,
    narrow,
    run_of,
    spread,
    unbroken,
)
from invoice_processing.pdf.isolation import ParserFailed
from invoice_processing.pdf.page_marks import common_slant, level_skew
from invoice_processing.pdf.text_lines import ESTIMATED_SIZE, group_lines
from invoice_processing.pdf.word_repairs import (
    BOTTOM,
    SIZE,
    TALL,
    TEXT,
    TOP,
    X0,
    Run,
    diagonal,
    parted,
)

if TYPE_CHECKING:
    import pypdfium2 as pdfium

_WORD = re.compile(r"\S+")
_RECT = struct.Struct("4d")  # left, top, right, bottom as PDFium writes them
# PDFium's CountRects, GetRect, GetFontSize, GetCharAngle and IsGenerated (see _text_calls)
_TextCalls = tuple[Callable[..., int], Callable[..., int], Callable[..., float], Callable[..., float],
                   Callable[..., int]]
_calls: _TextCalls | None = None


def read_pages(data: bytes) -> list[Page]:
    """The pages, read in this process (tests and tools; requests use a helper process)."""
    return pages_from_json(pages_job(data))


def pages_job(data: bytes, first: int = 0) -> list[FlatPage]:
    """Every page (the first ``first``, when above 0) as ``[number, lines]``, each line flat:
    ``[y, size, height, x0, x1, text, x0, ...]`` (one triple per word).

    Runs in a helper process (``pdf.helper``); the flat lists keep the JSON small and quick to
    encode and decode, which is most of what the process boundary costs.
    """
    pages: list[FlatPage] = []
    with open_document(data) as doc:
        for index in range(len(doc))[:first or None]:
            page = doc[index]
            try:
                runs = _page_runs(page)
            finally:
                page.close()
            pages.append([index + 1, group_lines(runs)])
    return unbroken(pages)


def pages_from_json(pages: list[Any], estimated: bool = False) -> list[Page]:
    """``pages_job``'s answer as ``Page``s; anything else is the parser's failure, not ours. The lines'
    sizes are ``estimated`` (OCR), or estimated where ``text_lines`` gave a size from the glyphs'
    height because the font's meant nothing."""
    try:
        return [Page(number=int(number), lines=tuple(
            TextLine.of_words(float(flat[0]), tuple(map(Cell, map(float, flat[3::3]), map(float, flat[4::3]),
                                                        map(str, flat[5::3]))), float(flat[1]), float(flat[2]),
                              estimated or abs(float(flat[1]) - ESTIMATED_SIZE * float(flat[2])) < 0.01)
            for flat in lines)) for number, lines in pages]
    except (TypeError, ValueError, IndexError):
        raise ParserFailed(False, "the parser answered with malformed pages") from None


def _text_calls() -> _TextCalls:
    """PDFium's CountRects, GetRect, GetFontSize (scaled by GetMatrix), GetCharAngle and IsGenerated
    as bare prototypes (same functions, no argtypes).

    pypdfium2's typed bindings convert and check every argument on every call; a page has
    hundreds of words and each word needs three calls, which made that conversion the largest
    cost of the backend. The arguments passed below are already C values (a ``c_void_p``
    handle, ints, ``byref`` pointers), so nothing needs converting.
    """
    global _calls
    if _calls is None:
        import ctypes

        import pypdfium2.raw as pdfium_c

        def bare(function: Any, restype: type[ctypes._SimpleCData[Any]]) -> Callable[..., Any]:
            # function: a pypdfium2.raw prototype (untyped); the copy is a ctypes function pointer
            copy = type(function)(ctypes.cast(function, ctypes.c_void_p).value)
            copy.restype = restype
            return cast("Callable[..., Any]", copy)

        font_size, get_matrix = bare(pdfium_c.FPDFText_GetFontSize, ctypes.c_double), bare(
            pdfium_c.FPDFText_GetMatrix, ctypes.c_int)
        matrix = pdfium_c.FS_MATRIX()
        at_matrix = ctypes.byref(matrix)

        def printed_size(handle: Any, index: int) -> float:
            # the font's size as drawn: PDFium's is the font's own, before the text and page matrices
            # scale it (an HTML renderer's 13 drawn at 0.64, a Qt page's 367 at 0.06)
            size = float(font_size(handle, index))
            if get_matrix(handle, index, at_matrix):
                scale = abs(matrix.a * matrix.d - matrix.b * matrix.c) ** 0.5
                size = size * scale if scale > 0 else size
            return size

        _calls = (bare(pdfium_c.FPDFText_CountRects, ctypes.c_int), bare(pdfium_c.FPDFText_GetRect, ctypes.c_int),
                  printed_size, bare(pdfium_c.FPDFText_GetCharAngle, ctypes.c_float),
                  bare(pdfium_c.FPDFText_IsGenerated, ctypes.c_int))
    return _calls


def _page_runs(page: pdfium.PdfPage) -> list[Run]:
    """Words of the page with their boxes: PDFium's text (its own word spacing) split on
    whitespace, each word's box the union of the rectangles PDFium reports for its chars."""
    import ctypes  # loaded on first use with PDFium: keeps cold start small

    count_rects, get_rect, font_size, char_angle, is_generated = _text_calls()
    unpack = _RECT.unpack_from
    height = page.get_height()
    textpage = page.get_textpage()
    try:
        handle = ctypes.c_void_p(ctypes.cast(textpage.raw, ctypes.c_void_p).value)
        count = textpage.count_chars()
        text = textpage.get_text_range(0, count) if count > 0 else ""
        box = (ctypes.c_double * 4)()
        left_p, top_p, right_p, bottom_p = (ctypes.byref(box, 8 * i) for i in range(4))
        runs: list[Run] = []
        append = runs.append
        last_height, size = -1.0, 0.0
        slanted = squashed = 0
        samples = _samples(text)
        angles = [char_angle(handle, at) for at in samples]
        page_slant = common_slant(angles)  # (a page set at one slant throughout: no stamp's, its own)
        boxless = False  # a font's glyphs without height, told by the page's first empty rectangle
        shifting = _shifting(is_generated, handle, text)
        for word in _WORD.finditer(text):
            start, end = word.span()
            rects = -1 if shifting else count_rects(handle, start, end - start)
            first = start  # the word's first char that PDFium read from the page (see ``_shifted``)
            found: tuple[float, ...] | None
            if rects >= 0:  # (a word hyphenated across two lines stands where it ends; any other spans its rectangles)
                found = unpack(box) if rects == 1 and get_rect(handle, 0, left_p, top_p, right_p, bottom_p) else _union(
                    [unpack(box) for index in ((rects - 1,) if HYPHENATED in text[start:end] else range(rects))
                     if get_rect(handle, index, left_p, top_p, right_p, bottom_p)])
            else:
                found, first = _shifted(textpage, start, end) or (None, start)
            # (an empty rectangle: maybe the font's glyphs have no height)
            boxless = boxless or (found is not None and not any(found) and boxless_page(textpage, samples))
            if found is not None and (not any(found) or (boxless and narrow(found, end - start))):
                found = from_chars(textpage, start, end, font_size(handle, first))
            if found is None:
                continue
            x0, y1, x1, y0 = found
            if x1 - x0 > WIDE * (y1 - y0) * (end - start) and end - start > 1:
                pieces = apart(textpage, text, start, end)  # far wider than its letters: words drawn apart
                if len(pieces) > 1:
                    size = font_size(handle, first)
                    runs.extend(run_of(piece, size, height) for piece in pieces)
                    last_height = -1.0
                    continue
            if y1 - y0 != last_height:  # same box height, same font: skip one foreign call a word
                last_height, size = y1 - y0, font_size(handle, first)
            if (slanted or y1 - y0 > TALL * (x1 - x0) / (end - start)) and diagonal(char_angle(handle, first),
                                                                                  page_slant):
                slanted = 3  # (the next few words are looked at too, whatever their box: a stamp's "MAR 18")
                continue  # a watermark or stamp set across the page ("COPY", "PAID"): no word of a line
            slanted = max(slanted - 1, 0)
            top, bottom = height - y1, height - y0
            # (see ``spread``; a word set upright is none)
            squashed += end - start > 3 and x1 - x0 < SQUASHED * size * (end - start) and y1 - y0 < 2 * size
            word_text = text[start:end].replace(HYPHENATED, BROKEN)  # decided by ``_unbroken``
            if (runs and runs[-1][TEXT][-1:].isupper() and parted(runs[-1], word_text, x0, text, start)
                    and is_generated(handle, start - 1) == 1):
                last = runs[-1]  # "P aper": a renderer's gap after a capital, no space in the text drawn
                runs[-1] = (last[0], last[X0], last[TOP], last[BOTTOM], x1, last[TEXT] + word_text, last[SIZE])
                continue
            append((top + bottom, x0, top, bottom, x1, word_text, size))
        runs = level_skew(spread(runs) if squashed >= 2 else runs, page_slant, height)
        rotation = page.get_rotation()
        return _upright(runs, rotation, height, page.get_mediabox()) if rotation else runs
    finally:
        textpage.close()


def _shifting(is_generated: Callable[..., Any], handle: Any, text: str) -> bool:
    """True for a page whose words PDFium opens with a char it made up (see ``_shifted``): its
    first words tell."""
    return any(is_generated(handle, word.start()) == 1 for word in islice(_WORD.finditer(text), 40))


def _shifted(textpage: pdfium.PdfTextPage, start: int, end: int) -> tuple[tuple[float, ...], int] | None:
    """The box of a word on a page whose glyphs' boxes each went to the char after their own (a
    browser's page drawn glyph by glyph, Skia's: PDFium makes up the first char of each run of
    glyphs, a point for its box): the boxes of the chars from the word's second to the one after
    it (its space or line break), less a space's (no height); with the index of the word's first
    char read from the page. None when none of those chars has a box."""
    boxes: list[tuple[float, ...]] = [(b[0], b[3], b[2], b[1]) for at in range(start + 1, min(end + 1,
                                                                                          textpage.count_chars()))
             if abs((b := textpage.get_charbox(at))[3] - b[1]) >= 0.01]  # (left, top, right, bottom)
    found = _union(boxes)
    return (found, start + 1) if found is not None else None


def _union(boxes: list[tuple[float, ...]]) -> tuple[float, ...] | None:
    """The rectangle (left, top, right, bottom, y up) around ``boxes``; None for none."""
    if not boxes:
        return None
    return (min(b[0] for b in boxes), max(b[1] for b in boxes), max(b[2] for b in boxes), min(b[3] for b in boxes))


def _samples(text: str, most: int = 16) -> list[int]:
    """Up to ``most`` places of the page's text, spread over it, each on a printed char."""
    step = max(len(text) // most, 1)
    places = []
    for at in range(0, len(text), step):
        while at < len(text) and text[at].isspace():
            at += 1
        if at < len(text):
            places.append(at)
    return places[:most]


def _upright(runs: list[Run], rotation: int, height: float, box: tuple[float, float, float, float]) -> list[Run]:
    """The runs as the page is shown: a page turned by its /Rotate (a landscape contract stored
    upright and shown on its side) is read in the reader's frame, so its lines are lines.

    ``runs`` were measured as if unturned (``top = height - y``); PDF turns pages clockwise."""
    _, _, right, top_edge = box
    turned: list[Run] = []
    for _, x0, top, bottom, x1, text, size in runs:
        y1, y0 = height - top, height - bottom  # back to the PDF's own y (up)
        if rotation == 90:
            new_x0, new_x1, new_top, new_bottom = y0, y1, x0, x1
        elif rotation == 180:
            new_x0, new_x1, new_top, new_bottom = right - x1, right - x0, y0, y1
        else:  # 270
            new_x0, new_x1, new_top, new_bottom = top_edge - y1, top_edge - y0, right - x1, right - x0
        turned.append((new_top + new_bottom, new_x0, new_top, new_bottom, new_x1, text, size))
    return turned

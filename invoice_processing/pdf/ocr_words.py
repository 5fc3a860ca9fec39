"""OCR text boxes → the words and lines the text layer gives: the same page shape for the layout.

A recogniser answers with text boxes (a detected run of text, often several words, sometimes
with the spaces dropped: "WhippedSheaBodyButter8oz") in image pixels, on a page that may be
turned by a small angle. Here they become what ``pdf.text_layer`` makes of a PDF's own text:
words with their boxes in points (y grows down), grouped into visual lines, so the table engine
and vendor rules read a scan exactly as they read a text PDF.

- Skew: the page's angle is the median slope of the long boxes; every box is turned back by it
  before lines are formed, so a row stays one line across the page.
- Words: a box is split at its spaces and, where the recogniser placed each character, at gaps
  wider than ``WORD_GAP`` of the box's height (the dropped spaces). Without character places,
  characters share the box's width evenly.
- Size: the detector's box is taller than the glyphs by a near constant factor; the line's font
  size and glyph height are estimated from it (``SIZE_PER_BOX``, ``GLYPHS_PER_BOX``).

Pure functions, no I/O and no recogniser import: tests feed boxes directly.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Sequence
from typing import NamedTuple

from invoice_processing.pdf.text_lines import group_lines

WORD_GAP = 0.21  # a blank wider than this share of the box height between two characters is a space
_NEVER = float("inf")
_ONE_MARGIN = 0.12  # a "1" is a narrow glyph in a wide advance: its own margins look like a space
_OPENING = frozenset('("[#$')
SIZE_PER_BOX = 0.9  # font size (pt) per point of detector box height, measured on generated scans
GLYPHS_PER_BOX = 0.72  # glyph box height per detector box height (what PDFium reports for text)
_LONG_BOX = 4.0  # boxes at least this many times wider than tall tell the page's skew
_MAX_SKEW = math.radians(10)


class CharBox(NamedTuple):
    """One recognised character and its horizontal extent in image pixels."""

    text: str
    x0: float
    x1: float


class TextBox(NamedTuple):
    """One detected run of text: its recognised text, its corners (pixels, clockwise from the
    top left) and, when the recogniser gives them, its characters' places."""

    text: str
    quad: tuple[tuple[float, float], ...]
    chars: tuple[CharBox, ...] = ()
    gaps: tuple[tuple[float, float], ...] = ()  # blank column runs inside the box, image pixels


# a word on its way to a line: the run shape ``text_lines.group_lines`` takes
_Run = tuple[float, float, float, float, float, str, float]


def page_lines(boxes: Sequence[TextBox], scale: float) -> list[list[float | str]]:
    """The page's lines, flat as ``text_layer.pages_job`` gives them, from boxes found on an
    image rendered at ``scale`` pixels per point."""
    skew = page_skew(boxes)
    runs: list[_Run] = []
    for box in boxes:
        runs += _box_runs(box, skew, scale)
    return group_lines(runs)


def page_skew(boxes: Sequence[TextBox]) -> float:
    """The page's angle (radians, positive when text rises to the right... downward in image
    terms): the median slope of the top edges of long boxes; 0 when none is long."""
    angles = []
    for box in boxes:
        (x0, y0), (x1, y1) = box.quad[0], box.quad[1]
        width, height = math.hypot(x1 - x0, y1 - y0), _height(box.quad)
        if width >= _LONG_BOX * height and width > 0:
            angles.append(math.atan2(y1 - y0, x1 - x0))
    if not angles:
        return 0.0
    angle = statistics.median(angles)
    return angle if abs(angle) <= _MAX_SKEW else 0.0


def split_words(box: TextBox) -> list[tuple[str, float, float]]:
    """The box's words as ``(text, start, end)``, offsets in pixels from the box's left edge.

    Breaks at the recognised spaces, after a comma followed by a letter, and, when the
    characters are placed, between two neighbours with a blank gap wider than ``WORD_GAP`` of the
    box's height between their centres (a space the recogniser dropped).
    """
    left = min(x for x, _ in box.quad)
    placed = _placed_chars(box)
    chars = placed or _even_chars(box, left)
    height = _height(box.quad)
    words: list[tuple[str, float, float]] = []
    text, start, centre, last, spaced = "", _ink_start(box, chars[0].x0), 0.0, 0.0, False
    for index, char in enumerate(chars):
        if not char.text.strip():
            spaced = True
            continue
        middle = (char.x0 + char.x1) / 2
        comma = text[-1:] in (",", ";") and char.text.isalpha()  # "Lighthouse,A": print spaces them
        if text:
            gap = _blank_between(box.gaps, centre, middle)
            if spaced or comma or (placed and gap[1] - gap[0] > _word_gap(chars, index) * height):
                found = gap[1] > gap[0]
                words.append((text, start - left, (gap[0] if found else last) - left))
                # a space at least as wide as the lines' word joiner reads one (``TextLine.of_words``)
                text, start = "", gap[1] if found else max(char.x0, last + 0.2 * height)
        text, centre, last, spaced = text + char.text, middle, char.x1, False
    if text:
        words.append((text, start - left, _ink_end(box, last) - left))
    return words


def _word_gap(chars: Sequence[CharBox], index: int) -> float:
    """The blank (share of the box height) that makes a space before ``chars[index]``.

    Measured on generated scans: between letters, or a letter and a digit, a dropped space
    leaves a blank over ``WORD_GAP``; inside numbers ("11", "1.", "4-1/2") and before closing
    punctuation ("l,", "t.") the glyphs' own margins reach 0.45, so those never split, and a
    "1" beside a letter ("XT9091B") needs ``_ONE_MARGIN`` more.
    """
    before, after = chars[index - 1].text, chars[index].text
    if before.isdigit() and not after.isalpha():
        return _NEVER
    if not before.isalnum() and after.isdigit() and index > 1 and chars[index - 2].text.isdigit():
        return _NEVER  # "1,116" "5.75" "4-1/2"
    if before.isalnum() and not after.isalnum() and after not in _OPENING:
        return _NEVER
    return WORD_GAP + _ONE_MARGIN if "1" in (before, after) else WORD_GAP


def _blank_between(gaps: Sequence[tuple[float, float]], x0: float, x1: float) -> tuple[float, float]:
    """The widest blank gap centred between two character centres (``(0, 0)`` when none); the
    whole gap counts, as a recogniser places narrow marks (",") off their ink."""
    return max(((start, end) for start, end in gaps if x0 < (start + end) / 2 < x1),
               key=lambda gap: gap[1] - gap[0], default=(0.0, 0.0))


def _ink_start(box: TextBox, guess: float) -> float:
    """Where the box's ink starts: after the blank its box opens with (the detector's margin)."""
    first = box.gaps[0] if box.gaps else None
    return first[1] if first and first[0] <= min(x for x, _ in box.quad) + 1 and first[1] <= guess + 2 else guess


def _ink_end(box: TextBox, guess: float) -> float:
    last = box.gaps[-1] if box.gaps else None
    return last[0] if last and last[1] >= max(x for x, _ in box.quad) - 1 and last[0] >= guess - 2 else guess


def _box_runs(box: TextBox, skew: float, scale: float) -> list[_Run]:
    if not box.text.strip() or len(box.quad) != 4:
        return []
    cx = sum(x for x, _ in box.quad) / 4
    cy = sum(y for _, y in box.quad) / 4
    cos, sin = math.cos(-skew), math.sin(-skew)
    centre_x, centre_y = cx * cos - cy * sin, cx * sin + cy * cos
    width = math.hypot(box.quad[1][0] - box.quad[0][0], box.quad[1][1] - box.quad[0][1])
    box_height = _height(box.quad)
    left = centre_x - width / 2
    size = SIZE_PER_BOX * box_height / scale
    half_glyph = GLYPHS_PER_BOX * box_height / scale / 2
    top, bottom = centre_y / scale - half_glyph, centre_y / scale + half_glyph
    along = 1.0 / math.cos(skew)  # offsets along a turned box are a little longer than in x
    return [(top + bottom, (left + start / along) / scale, top, bottom, (left + end / along) / scale, text, size)
            for text, start, end in split_words(box)]


def _height(quad: tuple[tuple[float, float], ...]) -> float:
    (x0, y0), (x3, y3) = quad[0], quad[3]
    return math.hypot(x3 - x0, y3 - y0)


def _placed_chars(box: TextBox) -> tuple[CharBox, ...]:
    """The box's text with each character at its recognised place and the recognised spaces
    kept (recognisers place printed characters only); empty when the places do not spell the
    text."""
    placed = [char for char in box.chars if char.text.strip()]
    if not placed or "".join(c.text for c in placed) != "".join(box.text.split()):
        return ()
    found: list[CharBox] = []
    queue = iter(placed)
    for char in box.text:
        found.append(CharBox(" ", 0.0, 0.0) if char.isspace() else next(queue))
    return tuple(found)


def _even_chars(box: TextBox, left: float) -> tuple[CharBox, ...]:
    """Characters sharing the box's width (a recogniser that gives no places): a space takes
    half a share, as it is about half a letter wide in most fonts."""
    width = max(x for x, _ in box.quad) - left
    weights = [0.5 if char.isspace() else 1.0 for char in box.text]
    share = width / max(1.0, sum(weights))
    chars, at = [], left
    for char, weight in zip(box.text, weights, strict=True):
        chars.append(CharBox(char, at, at + weight * share))
        at += weight * share
    return tuple(chars)

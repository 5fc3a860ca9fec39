"""Marks laid over a page's text, and a page's text laid at a slant: a watermark drawn level across
a table, a registered or trade mark set small and raised after a word, and a scan's OCR layer
turned with its slightly skewed picture. The text layer leaves the first out, puts the second back
on its line (``text_lines.group_lines``) and turns the third level (``level_skew``)."""

from __future__ import annotations

import math

from invoice_processing.pdf.word_repairs import Run

_LEAST_SKEW, _MOST_SKEW = math.radians(0.15), math.radians(8.0)


def without_watermarks(runs: list[Run]) -> list[Run]:
    """The runs without a word set many times taller than the page's text over two of its words or
    more, or ten times taller or more wherever it stands (a "COPY" watermark drawn level across a
    table, in the gap between its columns): no word of the lines it crosses."""
    if len(runs) < 8:
        return runs
    heights = sorted(run[3] - run[2] for run in runs)
    usual = heights[len(heights) // 2]
    giants = [run for run in runs if run[3] - run[2] > 6 * usual]
    if not giants:
        return runs
    covering = {id(giant) for giant in giants if giant[3] - giant[2] > 10 * usual or sum(
        1 for run in runs if run is not giant and giant[1] < run[4] and run[1] < giant[4]
        and giant[2] < run[3] and run[2] < giant[3]) >= 2}
    return [run for run in runs if id(run) not in covering]


_MARKS = frozenset({"®", "™", "©", "℠"})


def marked(line: list[Run], marks: list[Run]) -> list[Run]:
    """``line`` with its raised marks: each glued to the word it touches ("Rosa" + "®"), else a word
    of its own."""
    words = list(line)
    for mark in marks:
        touching = [i for i, word in enumerate(words) if 0 <= mark[1] - word[4] <= 0.3 * (word[3] - word[2])]
        if touching:
            at = touching[0]
            word = words[at]
            words[at] = (word[0], word[1], word[2], word[3], mark[4], word[5] + mark[5], word[6])
        else:
            words.append(mark)
    return words


def raised(small: list[Run], line: list[Run]) -> bool:
    """True when ``small`` is a mark set small and raised on ``line`` (a superscript "®" or "™"
    after a name): its words far shorter than the line's, their middle inside the line's height, and
    none over a word of the line."""
    if not all(r[5] in _MARKS for r in small) or max(r[3] - r[2] for r in small) >= 0.6 * min(
            r[3] - r[2] for r in line):
        return False
    top, bottom = min(r[2] for r in line), max(r[3] for r in line)
    return all(top <= r[0] / 2 <= bottom for r in small) and not any(
        a[1] < b[4] and b[1] < a[4] for a in small for b in line)


def common_slant(angles: list[float]) -> float:
    """The one slant nearly all of the page's sampled words share (radians, as PDFium turns them,
    -pi to pi), else 0.0: ``angles`` are PDFium's char angles of words spread over the page (-1 for
    unknown)."""
    known = sorted((a - 2 * math.pi if a > math.pi else a) for a in angles if a >= 0)
    if len(known) < 5:
        return 0.0
    slant = known[len(known) // 2]
    agree = sum(1 for a in known if abs(a - slant) <= math.radians(0.2))
    return slant if agree >= 0.8 * len(known) else 0.0


def level_skew(runs: list[Run], slant: float, height: float) -> list[Run]:
    """The runs turned level when the page's text is set at one small slant (``common_slant``; a
    scanned page's OCR layer follows the picture's skew, 0.15 to 8 degrees: a row's words would step
    from one line to the next across the page)."""
    if not _LEAST_SKEW <= abs(slant) <= _MOST_SKEW:
        return runs
    cos, sin = math.cos(slant), math.sin(slant)
    level: list[Run] = []
    for _, x0, top, bottom, x1, text, size in runs:
        cx, cy = (x0 + x1) / 2, height - (top + bottom) / 2  # the word's middle, y up as the PDF has it
        nx, ny = cx * cos - cy * sin, cx * sin + cy * cos  # turned back by the slant
        half_w, half_h = (x1 - x0) / 2, (bottom - top) / 2
        new_top, new_bottom = height - ny - half_h, height - ny + half_h
        level.append((new_top + new_bottom, nx - half_w, new_top, new_bottom, nx + half_w, text, size))
    return level

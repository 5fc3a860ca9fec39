"""A page's words grouped into lines: runs whose middles are level join a line, a line whose
baseline drifts across the page is one line again, a raised trade mark rejoins its word, a level
watermark is left out, and each line is written flat (``drawn_words.FlatLine``) for the trip out
of the helper process. ``text_layer`` reads the runs; OCR words (``ocr_words``) come here too."""

from __future__ import annotations

from operator import itemgetter

from invoice_processing.pdf.drawn_words import FlatLine, level
from invoice_processing.pdf.page_marks import marked, raised, without_watermarks
from invoice_processing.pdf.word_repairs import Run, capital_split, unspaced

_BY_CENTRE_THEN_X = itemgetter(0, 1)
ESTIMATED_SIZE = 1.4  # a font's size per point of its glyphs' box height, where the font's own says nothing
_BY_X = itemgetter(1)


def group_lines(runs: list[Run]) -> list[FlatLine]:
    """Cluster runs whose vertical centres are close into lines (flat, see ``pages_job``).

    A run whose box or size is not a finite number (a PDF's absurd text matrix) has no place on
    the page and is dropped: it could not be sorted, and JSON has no infinity to carry it.
    """
    lines: list[list[Run]] = []
    group: list[Run] = []
    top = bottom = 0.0
    runs = level([run for run in runs if (run[0] + run[1] + run[4] + run[6]) * 0.0 == 0.0])  # inf or nan: nan
    runs = without_watermarks(runs)
    runs.sort(key=_BY_CENTRE_THEN_X)  # stable, like sorting on (centre, x0)
    for run in runs:
        run_top, run_bottom = run[2], run[3]
        if group:
            line_height, run_height = bottom - top, run_bottom - run_top
            tolerance = 0.45 * (line_height if line_height < run_height else run_height)
            if tolerance < 2.0:
                tolerance = 2.0
            # near the line's centre, or level with the word before (a big title beside it moves the centre)
            # or a flat mark of a character or two (a dash, a comma: its box says nothing of its line; never a rule
            # line, "________") inside the line's band
            if abs(run[0] / 2 - (top + bottom) / 2) <= tolerance or abs(run[0] - group[-1][0]) <= 0.5 * min(
                    run_height, group[-1][3] - group[-1][2]) or (run_height < 0.3 * run[6] and len(run[5]) <= 2
                                                                  and top <= run[0] / 2 <= bottom):
                group.append(run)
                if run_top < top:
                    top = run_top
                if run_bottom > bottom:
                    bottom = run_bottom
                continue
        group = [run]
        lines.append(group)
        top, bottom = run_top, run_bottom
    return [_flat_line(group) for group in _rejoined(lines)]


def _rejoined(lines: list[list[Run]]) -> list[list[Run]]:
    """Neighbouring lines whose words never overlap across the page, each word level with its
    nearest neighbour on the other line: one line whose words' baselines drift (a scanner app's
    text layer, a slightly turned page), split where a word stood a little lower than the rest."""
    out: list[list[Run]] = []
    for group in lines:
        if out and _drifted(out[-1], group):
            out[-1].extend(group)
            continue
        if out and (raised(out[-1], group) or raised(group, out[-1])):
            small, line = (out[-1], group) if raised(out[-1], group) else (group, out[-1])
            out[-1] = marked(line, small)
            continue
        out.append(group)
    return out


def _drifted(last: list[Run], group: list[Run]) -> bool:
    """True when ``group`` is the rest of ``last``: no word over another, and each word of the
    shorter line level with the other line's word nearest to it across the page."""
    if min(r[2] for r in group) >= max(r[3] for r in last):
        return False  # (the usual case: the next line starts below the last one's lowest word)
    if any(a[1] < b[4] and b[1] < a[4] for a in last for b in group):
        return False
    few, many = (group, last) if len(group) <= len(last) else (last, group)
    for word in few:
        near = min(many, key=lambda other: max(other[1] - word[4], word[1] - other[4]))
        if abs(near[0] - word[0]) / 2 > 0.45 * min(near[3] - near[2], word[3] - word[2]):
            return False
    return True




def _flat_line(group: list[Run]) -> FlatLine:
    """One line, words left to right: ``[y, size, height, x0, x1, text, ...]``, positions to 0.01 pt."""
    if len(group) > 1:
        group.sort(key=_BY_X)
        short = [run[5] for run in group if len(run[5]) <= 2]
        if len(short) >= 3:
            group = unspaced(group)
        if any(len(text) == 1 and text.isupper() for text in short):
            group = capital_split(group)
    first = group[0]
    twice_y: float
    height, twice_y, font_size = first[3] - first[2], 0, first[6]  # tallest run, sum of (top + bottom), max size
    for run in group:
        if run[3] - run[2] > height:
            height = run[3] - run[2]
        twice_y += run[0]
        if run[6] > font_size:
            font_size = run[6]
    if font_size < 0.8 * height:  # text scaled by the page matrix: PDFium's size is meaningless
        font_size = ESTIMATED_SIZE * height
    flat: FlatLine = [round(twice_y / (2 * len(group)), 2), round(font_size, 2), height]
    last: Run | None = None
    for run in group:
        if last is not None and run[5] == last[5] and abs(run[1] - last[1]) < 1 and abs(run[4] - last[4]) < 1:
            continue  # the same word printed twice in place (text made bold by overprinting)
        flat += (round(run[1], 2), round(run[4], 2), run[5])
        last = run
    return flat

"""Marks laid over a page's text: a watermark drawn level across a table, and a registered or
trade mark set small and raised after a word. The text layer leaves the first out and puts the
second back on its line (``text_layer.group_lines``)."""

from __future__ import annotations

from invoice_processing.pdf.word_repairs import Run


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

"""Text lines drawn from words at given places, as the text layer gives them (9-point type)."""

from __future__ import annotations

from invoice_processing.models import Cell, TextLine


def line(y: float, *texts: tuple[float, str], size: float = 9.0, char: float = 4.5, gap: float = 2.0) -> TextLine:
    """A line whose texts start at the given x; a text's words are ``char`` points a letter wide
    and ``gap`` points apart (close enough to read as one cell)."""
    words: list[Cell] = []
    for x, text in texts:
        for word in text.split():
            width = char * len(word)
            words.append(Cell(x, x + width, word))
            x += width + gap
    return TextLine.of_words(y, tuple(words), size, size)


def spaced(y: float, x: float, text: str, gap: float = 7.0) -> TextLine:
    """A line of words set wide apart (letter-spaced), one cell per word."""
    return line(y, *_placed(x, text, gap))


def _placed(x: float, text: str, gap: float) -> list[tuple[float, str]]:
    places = []
    for word in text.split():
        places.append((x, word))
        x += 4.5 * len(word) + gap
    return places


def printed(y: float, size: float, *words: tuple[float, float, str]) -> TextLine:
    """A line from words at their measured places (x0, x1, text), as a real page's text layer gave them."""
    return TextLine.of_words(y, tuple(Cell(*word) for word in words), size, size)

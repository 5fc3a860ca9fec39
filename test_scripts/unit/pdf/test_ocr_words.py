"""OCR text boxes become the words and lines the text layer gives (no recogniser needed)."""

from __future__ import annotations

import math

import pytest

from invoice_processing.models import TextLine
from invoice_processing.pdf.ocr_words import CharBox, TextBox, page_lines, page_skew, split_words
from invoice_processing.pdf.text_layer import pages_from_json

HEIGHT = 20.0  # box height in pixels


def _box(text: str, left: float = 100.0, top: float = 50.0, pitch: float = 10.0, spaces: dict[int, float] | None = None,
         wide: dict[int, float] | None = None) -> TextBox:
    """A box whose characters stand ``pitch`` apart; ``spaces`` (index -> extra pixels) adds a
    blank before a character, ``wide`` a blank inside a glyph pair without extra room."""
    chars, gaps, x = [], [], left + 2
    for index, char in enumerate(text):
        extra = (spaces or {}).get(index, 0.0)
        if index:
            blank = 2.0 + extra + (wide or {}).get(index, 0.0)
            gaps.append((x - blank, x))
        x += extra
        chars.append(CharBox(char, x, x + pitch - 2))
        x += pitch
    right = x + 2
    quad = ((left, top), (right, top), (right, top + HEIGHT), (left, top + HEIGHT))
    return TextBox(text, quad, tuple(chars), ((left, left + 2), *gaps, (x - 2, right)))


def test_a_dropped_space_is_found_by_the_blank_between_characters():
    box = _box("WhippedSheaBodyButter8oz", spaces={7: 6.0, 11: 6.0, 15: 6.0, 21: 6.0})
    assert [word for word, _, _ in split_words(box)] == ["Whipped", "Shea", "Body", "Butter", "8oz"]


def test_glyph_margins_inside_numbers_never_split_them():
    box = _box("889110831904", wide={4: 6.0, 8: 6.0})  # the blank a "1" leaves beside its neighbours
    assert [word for word, _, _ in split_words(box)] == ["889110831904"]
    assert [word for word, _, _ in split_words(_box("1,116.00", wide={2: 6.0, 5: 6.0}))] == ["1,116.00"]


def test_recognised_spaces_split_and_words_end_where_their_ink_ends():
    box = _box("Unit Price", spaces={4: 6.0})
    words = split_words(box)
    assert [word for word, _, _ in words] == ["Unit", "Price"]
    (_, _, first_end), (_, second_start, _) = words
    assert second_start - first_end >= 6.0  # the blank between them is kept: the layout sees a word gap


def test_without_character_places_characters_share_the_box():
    box = TextBox("Qty Ordered", ((0, 0), (105, 0), (105, HEIGHT), (0, HEIGHT)))
    assert split_words(box) == [("Qty", 0.0, 30.0), ("Ordered", 35.0, 105.0)]  # a space: half a letter


def test_a_row_on_a_turned_page_stays_one_line_in_column_order():
    angle = math.radians(0.8)
    boxes = []
    for x, text in ((100, "AB-1234"), (600, "Brass Hook"), (1700, "12"), (2100, "4.50")):
        top = 200 + x * math.tan(angle)  # the row climbs down the image as it goes right
        width = 9.0 * len(text)
        quad = ((x, top), (x + width, top + width * math.tan(angle)),
                (x + width, top + width * math.tan(angle) + HEIGHT), (x, top + HEIGHT))
        boxes.append(TextBox(text, quad))
    boxes.append(TextBox("Long line that tells the skew", ((100, 600 + 100 * math.tan(angle)),
                                                              (1000, 600 + 1000 * math.tan(angle)),
                                                              (1000, 620 + 1000 * math.tan(angle)),
                                                              (100, 620 + 100 * math.tan(angle)))))
    assert page_skew(boxes) == pytest.approx(angle, abs=1e-3)
    (page,) = pages_from_json([[1, page_lines(boxes, 2.0)]])
    row = page.lines[0]
    assert [cell.text for cell in row.cells] == ["AB-1234", "Brass Hook", "12", "4.50"]
    assert isinstance(row, TextLine) and 8.0 <= row.size <= 10.0  # a 20-pixel box at 2x: about 9 pt text


def test_a_comma_before_a_word_reads_as_a_space_in_the_line():
    box = _box("Lighthouse,A 1,250")  # the recogniser dropped the space after the comma; none in 1,250
    assert [word for word, _, _ in split_words(box)] == ["Lighthouse,", "A", "1,250"]
    line = pages_from_json([[1, page_lines([box], 1.0)]])[0].lines[0]
    assert line.text.startswith("Lighthouse, A")

"""The text layer as the page is shown: lines of words left to right, whatever the page's /Rotate."""

from __future__ import annotations

import io
import math
from collections.abc import Callable

import pytest
from reportlab.pdfgen import canvas

from invoice_processing.models import TextLine
from invoice_processing.pdf.text_layer import read_pages
from invoice_processing.pdf.text_lines import group_lines
from test_scripts.raw_pdf import one_page

ROWS = ("Line Description Qty Rate Amount", "1 Morning News 2 75.00 150.00", "2 Evening News 1 40.00 40.00")


def turned_pdf(rotation: int) -> bytes:
    """A landscape table stored on a portrait page turned by ``rotation`` degrees for display
    (the way contracts are often printed), its text drawn so that it reads upright when shown."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(612, 792))
    pdf.setPageRotation(rotation)
    shown_width = 792 if rotation in (90, 270) else 612
    shown_height = 612 if rotation in (90, 270) else 792
    for row, text in enumerate(ROWS):
        x, y = 40.0, shown_height - 60.0 - 14 * row  # where the line stands as shown, y up
        pdf.saveState()
        if rotation == 90:
            pdf.translate(shown_height - y, x)  # shown (x, y) comes from stored (shown_height - y, x)
            pdf.rotate(90)
        elif rotation == 180:
            pdf.translate(612 - x, 792 - y)
            pdf.rotate(180)
        elif rotation == 270:
            pdf.translate(y, shown_width - x)
            pdf.rotate(270)
        else:
            pdf.translate(x, y)
        pdf.setFont("Helvetica", 9)
        pdf.drawString(0, 0, text)
        pdf.restoreState()
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


@pytest.mark.parametrize("rotation", [0, 90, 180, 270])
def test_a_turned_page_reads_as_shown(rotation):
    page = read_pages(turned_pdf(rotation))[0]
    assert [line.text.replace("  ", " ") for line in page.lines] == list(ROWS)
    assert all(line.y > 0 for line in page.lines)



def test_words_printed_twice_in_place_read_once():
    """Some printers make text bold by drawing the page's text twice over, in two passes PDFium
    does not merge: each word comes twice with the same box. Words that merely repeat along the
    line stay."""
    def run(x0: float, text: str, top: float = 100.0) -> tuple[float, float, float, float, float, str, float]:
        return (2 * top + 8, x0, top, top + 8, x0 + 5 * len(text), text, 9.0)
    words = [run(40, "Inlead"), run(75, "Nutrition"), run(125, "GmbH")]
    repeated = [run(40, "Bora", 120), run(65, "Bora", 120), run(90, "2", 120), run(100, "2", 120)]
    lines = group_lines(words + [run(x + 0.2, text) for _, x, _, _, _, text, _ in words] + repeated)
    assert [line[5::3] for line in lines] == [["Inlead", "Nutrition", "GmbH"], ["Bora", "Bora", "2", "2"]]


def test_words_of_one_line_whose_baselines_drift_read_as_one_line():
    """A scanner app's text layer places each word with a little noise (these boxes are one such
    row's, drifting upwards to the right): the code standing lower than the rest of its row is
    still on that row; the next row, a line's height below, is not."""
    boxes = [(28.6, 52.4, 244.56, 249.71, "XM1197"), (79.1, 128.4, 242.38, 248.33, "191009011811"),
             (137.1, 156.8, 242.48, 247.87, '11"Dia'), (160.3, 163.9, 244.55, 248.63, "x"),
             (167.1, 177.6, 242.40, 247.68, '5"H'), (180.9, 211.2, 242.36, 247.91, "Paulownia"),
             (214.2, 230.8, 242.19, 247.51, "Wood"), (317.0, 320.1, 242.26, 247.30, "6"),
             (396.8, 414.0, 241.05, 246.47, "29.50"), (426.7, 430.1, 240.83, 245.78, "N"),
             (473.3, 490.0, 240.19, 245.47, "23.60"), (559.9, 580.0, 240.45, 245.65, "141.60"),
             (137.0, 170.0, 252.00, 257.50, "Reactive"), (175.0, 195.0, 252.20, 257.60, "Glaze")]
    lines = group_lines([(top + bottom, x0, top, bottom, x1, text, 7.4) for x0, x1, top, bottom, text in boxes])
    assert [line[5::3] for line in lines] == [[b[4] for b in boxes[:12]], ["Reactive", "Glaze"]]


def test_letter_spaced_capitals_read_as_words():
    """Text set with wide letter spacing comes letter by letter ("S T Y L E", with a kerned pair
    in "T O TA L"); its letters are one word, and a wider gap starts the next ("B I L L  T O").
    Small letters set apart are words of their own ("Fa La La", "C x C"), and so are capitals that
    join into no word the lexicon knows ("AV DE LA", "S M L XL")."""
    def letters(x0: float, text: str, gap: float = 2.2, top: float = 100.0) -> list[
            tuple[float, float, float, float, float, str, float]]:
        runs = []
        for part in text.split("|"):
            for letter in part.split():
                runs.append((2 * top + 5.2, x0, top, top + 5.2, x0 + 3.6 * len(letter), letter, 9.3))
                x0 += 3.6 * len(letter) + gap
            x0 += 3.0  # between words
        return runs

    header = letters(61, "S T Y L E") + letters(400, "T O TA L")
    party = letters(223, "B I L L|T O", top=120)
    plain = letters(40, "Fa La La", top=140) + letters(200, "C x C x C", top=140)
    # capitals apart by ordinary spaces: only words the lexicon knows are joined
    street = letters(40, "AV DE LA", top=160) + letters(200, "S M L XL", top=160)
    # a name set with tracking: letters evenly apart, twice as far from the next word ("R I F L E  P A P E R")
    tracked = letters(37, "R I F L E", gap=6.0, top=180) + letters(130, "P A P E R", gap=6.0, top=180)
    lines = group_lines(header + party + plain + street + tracked)
    assert [line[5::3] for line in lines] == [["STYLE", "TOTAL"], ["BILL", "TO"],
                                               ["Fa", "La", "La", "C", "x", "C", "x", "C"],
                                               ["AV", "DE", "LA", "S", "M", "L", "XL"], ["RIFLE", "PAPER"]]


def test_a_labels_capital_parted_from_the_rest_is_joined_again():
    """A renderer that places a label's first capital apart from a kerned pair ("T itle", "Q ty",
    "L ist Price"): the label is one word again; "A" before other words stays alone ("A mount")."""
    def run(x0: float, text: str, top: float = 100.0) -> tuple[float, float, float, float, float, str, float]:
        return (2 * top + 7, x0, top, top + 7, x0 + 4.6 * len(text), text, 9.0)

    header = [run(163, "T"), run(170, "itle"), run(367, "Q"), run(374, "ty"), run(402, "L"), run(409, "ist"),
              run(426, "Price")]
    prose = [run(40, "A", 120), run(47, "mount", 120), run(75, "bracket", 120), run(110, "nails", 120)]
    assert [line[5::3] for line in group_lines(header + prose)] == [["Title", "Qty", "List", "Price"],
                                                                     ["A", "mount", "bracket", "nails"]]


def rows_under(marks: Callable[[canvas.Canvas], None]) -> tuple[TextLine, ...]:
    """The lines read from ``ROWS`` drawn in two cells each, with ``marks`` drawn over them."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(612, 792))
    pdf.setFont("Helvetica", 9)
    for row, text in enumerate(ROWS):
        x = 40.0
        for cell in text.split(" ", 1)[:1] + text.split(" ", 1)[1:]:
            pdf.drawString(x, 700 - 14 * row, cell)
            x += 200
    marks(pdf)
    pdf.showPage()
    pdf.save()
    return read_pages(buffer.getvalue())[0].lines


def test_a_diagonal_watermark_over_the_rows_is_no_word_of_them():
    def copy(pdf: canvas.Canvas) -> None:
        pdf.setFont("Helvetica-Bold", 72)
        pdf.setFillGray(0.85)
        pdf.translate(150, 640)
        pdf.rotate(33)
        pdf.drawString(0, 0, "COPY")

    lines = rows_under(copy)
    assert "COPY" not in " ".join(line.text for line in lines)
    assert [len(line.cells) for line in lines] == [2, 2, 2]


def test_a_capital_a_renderer_set_apart_joins_the_rest_of_its_word():
    """A renderer (poppler's cairo) sets a capital and the rest of its word as two runs a little
    apart ("P" | "aper", "J" | "RN471"): PDFium infers a space there, the page text drew none. A
    space the page does draw ("J hook") stays a space, and so do capitals and digits set apart as
    two words ("NET" | "30")."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(612, 792))
    pdf.setFont("Helvetica", 9)
    for y, first, rest, gap in ((700, "P", "aper Mache Bowl", 1.9), (686, "NET", "30", 2.5), (658, "J", "RN471", 1.4)):
        pdf.drawString(40, y, first)
        pdf.drawString(40 + stringWidth(first, "Helvetica", 9) + gap, y, rest)
    pdf.drawString(40, 672, "J hook, galvanised")
    pdf.showPage()
    pdf.save()
    texts = [line.text for line in read_pages(buffer.getvalue())[0].lines]
    assert texts == ["Paper Mache Bowl", "NET 30", "J hook, galvanised", "JRN471"]


def test_a_page_scanned_a_little_askew_keeps_its_words():
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(612, 792))
    pdf.saveState()
    pdf.translate(40, 700)
    pdf.rotate(3)  # the whole text layer a few degrees off, as a skewed scan's OCR leaves it
    pdf.scale(9, 9)  # type set at 1 pt and scaled by the matrix, as some renderers do
    pdf.setFont("Helvetica", 1)
    for row, text in enumerate(ROWS):
        pdf.drawString(0, -1.6 * row, text)
    pdf.restoreState()
    pdf.showPage()
    pdf.save()
    words = " ".join(line.text for line in read_pages(buffer.getvalue())[0].lines).split()
    assert words == " ".join(ROWS).split()


def words_of(*strings: tuple[float, str]) -> list[str]:
    """The words read back from a page drawing each string at x 137 and its y, in 9-point Helvetica."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(612, 792))
    pdf.setFont("Helvetica", 9)
    for y, text in strings:
        pdf.drawString(137, y, text)
    pdf.save()
    return [cell.text for line in read_pages(buffer.getvalue())[0].lines for cell in line.words]


def test_a_compound_broken_at_its_hyphen_keeps_the_hyphen():
    words = words_of((700, "Maple rolling pin, natural oil finish, laser-"), (689, "engraved logo on back"))
    assert "laser-engraved" in words or ("laser-" in words and "engraved" in words)
    assert "laserengraved" not in words


def test_a_word_hyphenated_at_a_line_end_is_whole_where_the_document_prints_it_whole():
    words = words_of((700, "Bar tape, cork, black with finishing plugs, work-"), (689, "shop pack"),
                     (660, "Chain lubricant, 100 ml, workshop pack"))
    assert words.count("workshop") == 2 and "work-shop" not in words


def test_words_drawn_right_to_left_with_no_space_between_read_apart_in_place():
    # as a report distilled from PostScript draws a row: amount first, then back left to the description
    # (PDFium's text: "18.7537.50Paper Star"), and a rule in a monospaced font that stays one word
    row = "[(18.75)-6439.18(37.50)41411.9(Paper Star)]TJ"
    pdf = one_page(f"BT /F1 8.5 Tf 1 0 0 1 480 700 Tm {row} ET BT /F2 8 Tf 1 0 0 1 92 680 Tm ({'=' * 40}) Tj ET")
    lines = read_pages(pdf)[0].lines
    assert [(c.text, round(c.x0 / 5) * 5) for c in lines[0].words] == [("Paper", 225), ("Star", 250), ("18.75", 480),
                                                                        ("37.50", 555)]
    assert [c.text for c in lines[1].words] == ["=" * 40]
    spaced = one_page("BT /F1 9 Tf 6 Tc 1 0 0 1 72 700 Tm (INVOICE) Tj ET BT /F2 1 Tf 8 0 0 8 92 680 Tm "
                      f"({'=' * 40}) Tj ET")  # letters evenly spaced, and a rule under a scaled matrix
    assert [[c.text for c in line.words] for line in read_pages(spaced)[0].lines] == [["INVOICE"], ["=" * 40]]


def test_words_set_upright_in_a_margin_are_no_words_of_the_rows_they_cross():
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(612, 792))
    pdf.setFont("Helvetica", 9)
    for row in range(8):
        pdf.drawString(116, 700 - 14 * row, f"VL56{row}5-A   Felt Gnome Ornament   4   EA   4.50   18.00")
    pdf.saveState()
    pdf.translate(30, 560)
    pdf.rotate(90)
    pdf.drawString(0, 0, "Orders are non-cancellable once shipped")
    pdf.restoreState()
    pdf.save()
    texts = [line.text for line in read_pages(buffer.getvalue())[0].lines]
    assert len(texts) == 8 and all(text.startswith("VL56") for text in texts)


def test_a_registered_mark_set_small_and_raised_stays_on_its_line_after_its_word():
    # the runs a toolkit's PDF gave (cairo): the "®" set in 4-point type a little over "Rosa"
    runs = [(757.56, 42.09, 375.47, 382.08, 74.04, "AHK954", 12.0),
            (757.65, 80.43, 375.57, 382.08, 106.04, "Heart", 12.0),
            (757.65, 113.05, 375.57, 382.08, 132.99, "Rosa", 12.0),
            (753.14, 134.05, 375.14, 378.0, 136.9, "®", 4.0),
            (757.2, 142.95, 375.11, 382.08, 163.39, "Gift", 12.0)]
    (line,) = group_lines(runs)
    assert line[5::3] == ["AHK954", "Heart", "Rosa®", "Gift"]


def test_a_stamp_set_a_little_aslant_and_a_level_watermark_ten_times_the_text_are_no_words_of_the_rows():
    def stamp_and_copy(pdf: canvas.Canvas) -> None:
        pdf.saveState()
        pdf.setFont("Helvetica-Bold", 11)
        pdf.translate(330, 672)
        pdf.rotate(14)  # a rubber stamp: "RECEIVED" over its date, both at 14 degrees
        pdf.drawString(0, 12, "RECEIVED")
        pdf.drawString(0, 0, "MAR 18 2024")
        pdf.restoreState()
        pdf.setFont("Helvetica-Bold", 110)
        pdf.setFillGray(0.9)
        pdf.drawString(300, 640, "COPY")  # level, in the gap right of the rows

    lines = rows_under(stamp_and_copy)
    text = " ".join(line.text for line in lines)
    assert not any(word in text for word in ("RECEIVED", "MAR", "2024", "COPY"))
    assert [len(line.cells) for line in lines] == [2, 2, 2]


def test_a_scans_ocr_layer_turned_with_its_picture_reads_in_level_rows():
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(792, 612))
    pdf.rotate(0.8)  # the whole text layer turned with a skewed scan, as an OCR engine lays it
    pdf.setFont("Helvetica", 8)
    rows = [("Item", "Description", "Qty", "Price", "Amount")] + [
        (f"XS{1000 + i}", f"Enameled Metal Bird {i}", str(2 + i), "4.00", f"{(2 + i) * 4:.2f}") for i in range(12)]
    for row, cells in enumerate(rows):
        for x, cell in zip((40, 110, 560, 640, 720), cells, strict=True):
            pdf.drawString(x, 560 - 11 * row, cell)
    pdf.showPage()
    pdf.save()
    lines = read_pages(buffer.getvalue())[0].lines
    assert [len(line.cells) for line in lines] == [5] * 13


def test_a_page_set_at_one_steep_slant_keeps_every_word():
    turn = math.radians(12)  # steeper than a scan's skew is levelled, but the page's own slant: no stamp's
    cos, sin = math.cos(turn), math.sin(turn)
    rows = [("Item", "Description", "Qty", "Price")] + [
        (f"A{i:03d}", f"Widget{i}", str(i), f"{i}.50") for i in range(1, 13)]
    words = []
    for row, cells in enumerate(rows):
        for x, cell in zip((50, 100, 300, 360), cells, strict=True):
            y = 700 - row * 16
            px, py = 300 + (x - 300) * cos - (y - 400) * sin, 400 + (x - 300) * sin + (y - 400) * cos
            words.append(f"BT /F1 10 Tf {cos:.5f} {sin:.5f} {-sin:.5f} {cos:.5f} {px:.2f} {py:.2f} Tm ({cell}) Tj ET")
    lines = read_pages(one_page("\n".join(words)))[0].lines
    assert sum(len(line.words) for line in lines) == 13 * 4


def test_a_quantity_and_a_price_drawn_apart_with_no_space_between_read_as_two_words():
    # a table justified by groff: the quantity's "6" and the price's first "6" drawn as "66" with 28 pt of
    # character spacing, then ",20" (PDFium's text: "66,20"); wider than its letters, but not by half again
    pdf = one_page("BT /F1 9 Tf 1 0 0 1 194 700 Tm (Encre en flacon) Tj ET BT /F1 9 Tf 1 0 0 1 416 700 Tm "
                   "27.99 Tc (66) Tj 0 Tc 38 0 Td (,20) Tj ET BT /F1 9 Tf 1 0 0 1 552 700 Tm (37,20) Tj ET")
    assert [c.text for c in read_pages(pdf)[0].lines[0].words] == ["Encre", "en", "flacon", "6", "6,20", "37,20"]


def test_a_word_in_a_font_whose_glyphs_have_no_height_is_measured_by_its_chars():
    """Some JavaScript PDF libraries embed subsets whose glyphs have no height: PDFium's rectangle
    for "INV1139960" is empty, each char's box a flat line on the baseline. The word's box runs from
    its first char's left to its last char's right, its height from the font's size."""
    from invoice_processing.pdf.drawn_words import _flat, from_chars

    class FlatChars:  # the boxes PDFium gave for that word's chars (left, bottom, right, top)
        boxes = [(530.5, 706.0, 532.6, 706.0), (532.6, 706.0, 537.9, 706.0), (563.5, 706.0, 567.8, 706.0)]

        def get_charbox(self, index: int) -> tuple[float, float, float, float]:
            return self.boxes[min(index, 2)]

    assert from_chars(FlatChars(), 0, 10, 8.0) == (530.5, 712.0, 567.8, 704.0)  # type: ignore[arg-type]
    assert _flat(FlatChars.boxes[0]) and not _flat((110.5, 544.9, 114.7, 551.6))


def test_a_fonts_size_is_the_size_it_is_drawn_at_through_the_page_matrix():
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=(612, 792))
    pdf.setFont("Helvetica", 9)
    pdf.drawString(40, 700, "Drawn at nine points")
    pdf.saveState()
    pdf.scale(0.06, 0.06)  # a renderer's own units: a 150-point font drawn at 9
    pdf.setFont("Helvetica", 150)
    pdf.drawString(40 / 0.06, 680 / 0.06, "Scaled down to nine")
    pdf.restoreState()
    pdf.save()
    sizes = [round(line.size, 1) for line in read_pages(buffer.getvalue())[0].lines]
    assert sizes == [9.0, 9.0]


def test_a_span_whose_glyphs_are_drawn_one_by_one_under_its_actual_text_keeps_its_words_and_width():
    """A spreadsheet exporter draws each glyph with its own command inside a span carrying the
    cell's text as ActualText; PDFium places the span's whole text inside its first glyph's box."""
    from reportlab.pdfbase.pdfmetrics import stringWidth

    def span(x: float, text: str) -> str:
        glyphs, at = [], x
        for letter in text:
            if letter != " ":
                glyphs.append(f"BT /F1 8 Tf 1 0 0 1 {at:.2f} 700 Tm ({letter}) Tj ET")
            at += stringWidth(letter, "Helvetica", 8)
        return f"/Span << /ActualText ({text}) >> BDC {' '.join(glyphs)} EMC"

    row = [(57, "NBK094"), (104, "Hydrangea Pocket Notebook Set"), (370, "12"), (398, "9.00"), (440, "108.00")]
    line = read_pages(one_page("\n".join(span(x, text) for x, text in row)))[0].lines[0]
    assert [cell.text for cell in line.cells] == [text for _, text in row]
    description = line.cells[1]
    assert description.x1 - description.x0 > stringWidth("Hydrangea Pocket Notebook Set", "Helvetica", 8) * 0.8
    assert all(a.x1 < b.x0 for a, b in zip(line.cells, line.cells[1:], strict=False))


class _SkiaTextPage:
    """PDFium's reading of a page a browser drew glyph by glyph (Skia): each run of glyphs opens
    with a char PDFium made up (a point for its box), and each glyph's box went to the char after
    its own; a space's glyph has no height. "12" right-aligned in its cell, then "EA"."""

    boxes = [(132.9, 636.0, 132.9, 636.0), (184.2, 636.0, 187.1, 641.8), (187.7, 636.0, 190.8, 641.8),
             (192.4, 636.0, 192.4, 636.0), (196.2, 636.0, 199.9, 641.8), (200.2, 636.0, 204.7, 641.8)]
    text = "12 EA\r"
    generated = {0, 3}

    def get_charbox(self, index: int) -> tuple[float, float, float, float]:
        return self.boxes[index]

    def count_chars(self) -> int:
        return len(self.boxes)


def test_a_browsers_glyph_by_glyph_page_whose_boxes_went_to_the_next_char_reads_each_word_where_it_stands():
    from invoice_processing.pdf.text_layer import _shifted, _shifting

    page = _SkiaTextPage()
    assert _shifting(lambda handle, at: int(at in page.generated), None, page.text)
    assert not _shifting(lambda handle, at: 0, None, page.text)
    count = _shifted(page, 0, 2)
    unit = _shifted(page, 3, 5)
    assert count is not None and unit is not None
    assert [round(v, 1) for v in count[0]] == [184.2, 641.8, 190.8, 636.0] and count[1] == 1  # left, top, right, bottom
    assert [round(v, 1) for v in unit[0]] == [196.2, 641.8, 204.7, 636.0]


def test_a_dash_whose_glyph_box_is_flat_stays_on_its_line_beside_a_bigger_title():
    """A hyphen's box is a thin bar at the middle of its line: beside a title set bigger on the same line (which
    lifts the line's middle) it is still on the line, not a line of its own; a rule under the line is not."""
    runs = [(158.72, 40.22, 74.54, 84.18, 94.96, 'Purchase', 14.0), (158.58, 99.21, 74.33, 84.25, 135.9, 'Order', 14.0),
            (161.61, 340.15, 77.44, 84.17, 352.86, 'PO', 9.5), (161.46, 355.61, 77.35, 84.11, 362.7, '#:', 9.5),
            (161.7, 400.11, 77.58, 84.12, 449.54, 'LARKSPUR', 9.5), (161.68, 497.92, 77.56, 84.12, 516.04, '2025', 9.5),
            (163.72, 519.38, 81.56, 82.16, 521.71, '-', 9.5), (161.81, 524.64, 77.71, 84.09, 540.76, 'JEN', 9.5),
            (173.0, 340.0, 86.3, 86.7, 540.0, '________', 9.5)]
    lines = group_lines(runs)
    assert [line[5::3] for line in lines] == [["Purchase", "Order", "PO", "#:", "LARKSPUR", "2025", "-", "JEN"],
                                              ["________"]]

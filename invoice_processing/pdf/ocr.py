"""Pages without a text layer (scans, photos), read by OCR in the parser helper process.

The recogniser is RapidOCR (``rapidocr``: PP-OCR detection and recognition models run by
onnxruntime), whose wheel carries its models: nothing is downloaded, at run time or at build
(``docs/ocr.md`` compares it with the other candidates). It is imported only when a page has no
text and carries a picture, inside a helper (``pdf.isolation``), so the worker never loads it
and a page that makes it misbehave costs a helper; the helper keeps the loaded models for its
next job. A page with neither text nor picture (blank, or drawn as paths) is not read.

A page is rendered at ``RENDER_SCALE`` pixels per point: the detector finds 7-10 pt text well
there and the recogniser scales every line to 48 pixels high anyway, so more pixels cost time
and memory and read no better (measured in ``docs/ocr.md``). The recogniser's boxes, its
character places and the ink gaps inside each box (``ink_gaps``) go to ``pdf.ocr_words``, which
makes of them the words and lines ``pdf.text_layer`` gives for a text PDF.
"""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any

from invoice_processing.pdf.document import open_document
from invoice_processing.pdf.ocr_words import CharBox, TextBox, page_lines

if TYPE_CHECKING:
    import numpy as np
    import numpy.typing as npt
    import pypdfium2 as pdfium

RENDER_SCALE = 2.0  # pixels per point (144 dpi)
INK_LEVEL = 140  # grey level (0 black .. 255 white) under which a pixel is ink
MAX_THREADS = 4  # onnxruntime threads per helper, at most (one per core the instance has)
STRAY_INK = 0  # a column with this many ink pixels or fewer is blank (a letter's thin bar is not)
_engine: Any = None


def ocr_job(data: bytes, pages: list[int]) -> list[list[Any]]:
    """The given pages (1-based) read by OCR, as ``[number, lines]`` with lines flat like
    ``text_layer.pages_job`` gives them. Runs in a helper process (``pdf.helper``)."""
    found: list[list[Any]] = []
    with open_document(data) as doc:
        for number in pages:
            page = doc[number - 1]
            try:
                bitmap = page.render(scale=RENDER_SCALE, grayscale=True) if _has_image(page) else None
            finally:
                page.close()
            if bitmap is None:  # no picture to read: no reason to load the models
                found.append([number, []])
                continue
            image = _grey(bitmap.to_numpy())
            found.append([number, page_lines(read_boxes(_recogniser(), image), RENDER_SCALE)])
    return found


def read_boxes(engine: Any, image: npt.NDArray[np.uint8]) -> list[TextBox]:
    """The recogniser's text boxes on a grey image, with character places and ink gaps."""
    result = engine(image, return_word_box=True, return_single_char_box=True)
    if result.boxes is None:
        return []
    places = result.word_results or [()] * len(result.txts)
    boxes = []
    for quad, text, chars in zip(result.boxes.tolist(), result.txts, places, strict=False):
        corners = tuple((float(x), float(y)) for x, y in quad)
        placed = tuple(CharBox(str(char), float(min(p[0] for p in box)), float(max(p[0] for p in box)))
                       for char, _, box in chars)
        boxes.append(TextBox(str(text), corners, placed, ink_gaps(image, corners)))
    return boxes


def ink_gaps(image: npt.NDArray[np.uint8], quad: tuple[tuple[float, float], ...]) -> tuple[tuple[float, float], ...]:
    """Blank column runs inside a text box, as ``(x0, x1)`` image pixels: where the box's rows,
    followed along its (slightly turned) edges, hold no ink. The gaps between words."""
    import numpy as np

    (left_x, top_left), (right_x, top_right) = quad[0], quad[1]
    bottom_left, bottom_right = quad[3][1], quad[2][1]
    x0, x1 = max(0, int(min(left_x, quad[3][0]))), min(image.shape[1], int(max(right_x, quad[2][0])) + 1)
    if x1 - x0 < 2:
        return ()
    columns = np.arange(x0, x1)
    share = (columns - left_x) / max(1.0, right_x - left_x)
    tops = np.clip(top_left + share * (top_right - top_left), 0, image.shape[0] - 1).astype(int)
    bottoms = np.clip(bottom_left + share * (bottom_right - bottom_left), 0, image.shape[0] - 1).astype(int)
    rows = np.arange(int(tops.min()), int(bottoms.max()) + 1)[:, None]
    inside = (rows >= tops[None, :]) & (rows <= bottoms[None, :])
    ink = ((image[rows[:, 0]][:, x0:x1] < INK_LEVEL) & inside).sum(axis=0)
    blank = np.concatenate(([False], ink <= STRAY_INK, [False]))
    edges = np.flatnonzero(np.diff(blank.astype(np.int8)))
    return tuple((float(x0 + start), float(x0 + end)) for start, end in zip(edges[::2], edges[1::2], strict=True))


def _recogniser() -> Any:
    """The recogniser, loaded once per helper process (models from the installed package)."""
    global _engine
    if _engine is None:
        from rapidocr import RapidOCR  # loaded on first use: only helpers that read a scan pay for it

        logging.getLogger("RapidOCR").setLevel(logging.ERROR)
        threads = max(1, min(MAX_THREADS, len(os.sched_getaffinity(0))))  # the cores this instance has
        _engine = RapidOCR(params={"Global.log_level": "error", "Global.use_cls": False,
                                   "EngineConfig.onnxruntime.intra_op_num_threads": threads,
                                   "EngineConfig.onnxruntime.inter_op_num_threads": 1})
    return _engine


def _has_image(page: pdfium.PdfPage) -> bool:
    """The page carries a picture (a scan or photo is one); text drawn as paths is not read."""
    import pypdfium2.raw as pdfium_c

    return any(obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE for obj in page.get_objects(max_depth=4))


def _grey(pixels: npt.NDArray[np.uint8]) -> npt.NDArray[np.uint8]:
    import numpy as np

    grey = pixels[:, :, 0] if pixels.ndim == 3 else pixels
    return np.ascontiguousarray(grey)

"""Scanned invoices: a generated invoice printed, scanned and sent back as an image-only PDF.

``scanned(generated, seed)`` renders every page of a generated PDF to a grey image (pypdfium2)
at a resolution drawn from the seed between 150 and 300 dpi, turns it by a small angle (at most
``MAX_TILT_DEGREES`` either way), adds mild sensor noise and a few specks, stores it as JPEG the
way office scanners do, and wraps the pages as a PDF with no text layer (Pillow's PDF writer,
page size kept from the resolution). The ground truth is the original's: a scan changes how the
invoice is stored, not what it says.

``SCAN_GROUPS`` lists one maker per vendor layout (Creative Co-op order confirmations and
invoices, HarperCollins, OneHundred80, Rifle Paper Co., generic): ``maker(seed)`` returns a
``GeneratedInvoice`` named ``<original>-scan``, the same for the same seed.
"""

from __future__ import annotations

import io
import random
import time
from collections.abc import Callable

import numpy as np
import pypdfium2 as pdfium
from PIL import Image

from . import GeneratedInvoice, generic_invoice, harpercollins_po, onehundred80_invoice, rifle_paper_invoice
from .creative_coop import creative_coop_invoice, creative_coop_order

DPI_RANGE = (150, 300)
MAX_TILT_DEGREES = 0.8
NOISE_SIGMA = 6.0  # grey levels of sensor noise (0..255)
SPECKS_PER_PAGE = 40
JPEG_QUALITY = 80
_FIXED_DATE = time.gmtime(1_735_689_600)  # 2025-01-01: the same seed makes the same bytes


def scanned(generated: GeneratedInvoice, seed: int, *, dpi: int | None = None) -> GeneratedInvoice:
    """``generated`` as a scan: image-only pages at ``dpi`` (drawn from the seed when None)."""
    draw = random.Random(f"scan-{generated.name}-{seed}")
    dpi = dpi or draw.randrange(DPI_RANGE[0], DPI_RANGE[1] + 1, 25)
    images = [_scan_page(page, dpi, draw) for page in _render(generated.pdf, dpi)]
    buffer = io.BytesIO()
    images[0].save(buffer, format="PDF", save_all=True, append_images=images[1:], resolution=float(dpi),
                   quality=JPEG_QUALITY, creationDate=_FIXED_DATE, modDate=_FIXED_DATE)
    return GeneratedInvoice(f"{generated.name}-scan", buffer.getvalue(), generated.truth, generated.pages)


def _render(pdf: bytes, dpi: int) -> list[Image.Image]:
    doc = pdfium.PdfDocument(pdf)
    try:
        return [page.render(scale=dpi / 72, grayscale=True).to_pil().convert("L") for page in doc]
    finally:
        doc.close()


def _scan_page(image: Image.Image, dpi: int, draw: random.Random) -> Image.Image:
    """Turn, add noise and specks: what a flatbed or a sheet feeder does to a printed page."""
    angle = draw.uniform(-MAX_TILT_DEGREES, MAX_TILT_DEGREES)
    turned = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=255)
    noise = np.random.default_rng(draw.randrange(2**32))
    pixels = np.asarray(turned, dtype=np.float32)
    pixels = pixels + noise.normal(0.0, NOISE_SIGMA, pixels.shape)
    height, width = pixels.shape
    radius = max(1, dpi // 150)
    for _ in range(SPECKS_PER_PAGE):
        y, x = noise.integers(0, height - radius), noise.integers(0, width - radius)
        pixels[y:y + radius, x:x + radius] = noise.uniform(40, 160)
    return Image.fromarray(np.clip(pixels, 0, 255).astype(np.uint8), mode="L")


def _scan_of(make: Callable[[int], GeneratedInvoice]) -> Callable[[int], GeneratedInvoice]:
    return lambda seed: scanned(make(seed), seed)


SCAN_GROUPS: list[tuple[str, Callable[[int], GeneratedInvoice]]] = [
    ("scan: Creative Co-op CS", _scan_of(lambda seed: creative_coop_order(seed, lines=24))),
    ("scan: Creative Co-op CI", _scan_of(creative_coop_invoice)),
    ("scan: HarperCollins", _scan_of(harpercollins_po)),
    ("scan: OneHundred80", _scan_of(onehundred80_invoice)),
    ("scan: Rifle Paper Co.", _scan_of(rifle_paper_invoice)),
    ("scan: generic/columns", _scan_of(lambda seed: generic_invoice("columns", seed))),
    ("scan: generic/ordered_shipped", _scan_of(lambda seed: generic_invoice("ordered_shipped", seed))),
    ("scan: generic/amount_only", _scan_of(lambda seed: generic_invoice("amount_only", seed))),
]

"""Small special-purpose PDFs for intake tests (the invoice generator makes the real ones)."""

from __future__ import annotations

import io

from reportlab.pdfgen import canvas


def _canvas_pdf(draw, **kwargs) -> bytes:
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, invariant=1, **kwargs)
    draw(pdf)
    pdf.save()
    return buffer.getvalue()


def _header(c, vendor: str, number: str) -> None:
    """The vendor in large print, the invoice number and date at the right; leaves 9-point type set."""
    c.setFont("Helvetica-Bold", 18)
    c.drawString(40, 800, vendor)
    c.setFont("Helvetica", 9)
    c.drawString(400, 780, f"Invoice #: {number}")
    c.drawString(400, 768, "Date: 03/04/2025")


def simple_invoice(number: str = "T-1001", vendor: str = "Harbor Test Supply", qty: int = 3) -> bytes:
    """A one-page invoice with two products; truth: see ``SIMPLE_TRUTH``."""

    def draw(c):
        _header(c, vendor, number)
        for x, title in [(40, "Item #"), (110, "Description"), (330, "Qty"), (400, "Unit Price"), (500, "Amount")]:
            c.drawString(x, 700, title)
        c.drawString(40, 685, "HT-1")
        c.drawString(110, 685, "Brass Hook")
        c.drawRightString(350, 685, str(qty))
        c.drawRightString(450, 685, "2.25")
        c.drawRightString(550, 685, f"{2.25 * qty:.2f}")
        c.drawString(40, 670, "HT-2")
        c.drawString(110, 670, "Rope Coil 10 ft")
        c.drawRightString(350, 670, "1")
        c.drawRightString(450, 670, "7.00")
        c.drawRightString(550, 670, "7.00")
        c.drawString(400, 640, "Total")
        c.drawRightString(550, 640, f"{2.25 * qty + 7:.2f}")

    return _canvas_pdf(draw)


def header_only_invoice(number: str = "H-42", vendor: str = "Harbor Test Supply") -> bytes:
    """An invoice that prints its header (vendor, number, date) and a note, but no product table."""

    def draw(c):
        _header(c, vendor, number)
        c.drawString(40, 700, "Services as agreed; details follow under separate cover.")

    return _canvas_pdf(draw)


def encrypted_pdf() -> bytes:
    return _canvas_pdf(lambda c: c.drawString(40, 800, "secret invoice"), encrypt="open-sesame")


def image_only_pdf() -> bytes:
    """A valid PDF whose page has drawing but no text layer (like a scan)."""
    return _canvas_pdf(lambda c: (c.rect(40, 40, 300, 300, fill=1), c.showPage()))


def blank_text_pdf() -> bytes:
    """A PDF with text but no product table."""
    return _canvas_pdf(lambda c: c.drawString(40, 800, "Thank you for your business."))

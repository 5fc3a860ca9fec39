"""PDFs written object by object, for tests that need content no PDF library writes."""

from __future__ import annotations


def pdf_of(objects: list[str], root: int = 1, xref: bool = True) -> bytes:
    """A PDF from object bodies (1-based), with a correct xref table unless ``xref`` is False."""
    out = b"%PDF-1.7\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += f"{number} 0 obj\n{body}\nendobj\n".encode("latin-1")
    start = len(out)
    if xref:
        out += f"xref\n0 {len(objects) + 1}\n0000000000 65535 f \n".encode()
        out += b"".join(f"{offset:010d} 00000 n \n".encode() for offset in offsets)
    out += f"trailer\n<< /Size {len(objects) + 1} /Root {root} 0 R >>\nstartxref\n{start}\n%%EOF\n".encode()
    return out


def one_page(content: str) -> bytes:
    """A Letter page drawing ``content`` (a content stream) with Helvetica as /F1 and Courier as /F2."""
    fonts = "<< /F1 << /Type /Font /Subtype /Type1 /BaseFont /Helvetica >> " \
            "/F2 << /Type /Font /Subtype /Type1 /BaseFont /Courier >> >>"
    return pdf_of(["<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                   f"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
                   f"/Resources << /Font {fonts} >> >>",
                   f"<< /Length {len(content)} >>\nstream\n{content}\nendstream"])

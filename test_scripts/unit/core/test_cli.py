"""The CLI runs the same pipeline as the function."""

from __future__ import annotations

import json
import subprocess
import sys

from test_scripts.generator.pdfs import encrypted_pdf, header_only_invoice, simple_invoice
from test_scripts.paths import ROOT


def run_cli(*args: str, env: dict | None = None) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "invoice_processing", *args], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env=env)


def test_extract_json_prints_header_and_lines(tmp_path):
    pdf = tmp_path / "inv.pdf"
    pdf.write_bytes(simple_invoice("C-7"))
    result = run_cli("extract", str(pdf), "--json")
    assert result.returncode == 0, result.stderr
    payload = json.loads(result.stdout)
    assert payload["order_date"] == "2025-03-04" and payload["invoice_number"] == "C-7"
    assert payload["vendor"] == "Harbor Test Supply" and payload["method"] == "local"
    assert payload["line_items"] == [
        {"item": "HT-1 - Brass Hook", "wholesale": "2.25", "qty": 3},
        {"item": "HT-2 - Rope Coil 10 ft", "wholesale": "7.00", "qty": 1},
    ]


def test_extract_reports_bad_files_clearly(tmp_path):
    bad = tmp_path / "locked.pdf"
    bad.write_bytes(encrypted_pdf())
    result = run_cli("extract", str(bad), "--json")
    assert result.returncode == 1 and "password-protected" in result.stderr and "Traceback" not in result.stderr
    missing = run_cli("extract", str(tmp_path / "nope.pdf"))
    assert missing.returncode == 1 and "cannot read" in missing.stderr


def test_process_folder_writes_each_invoice_once(tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    for number in ("P-1", "P-2"):
        (folder / f"{number}.pdf").write_bytes(simple_invoice(number))
    (folder / "broken.pdf").write_bytes(b"%PDF-1.4 broken")
    sheet = tmp_path / "sheet.csv"
    first = run_cli("process", str(folder), "--sheet", str(sheet))
    second = run_cli("process", str(folder), "--sheet", str(sheet))
    assert first.returncode == 1 and "corrupt_pdf" in first.stdout  # one bad file is reported, not fatal
    assert "written" in first.stdout and "duplicate" in second.stdout
    rows = sheet.read_text().splitlines()[1:]
    assert len(rows) == 4 and sorted({r.split(",")[2] for r in rows}) == ["P-1", "P-2"]


def test_extract_json_shows_the_header_it_read_when_no_product_line_was_found(tmp_path):
    pdf = tmp_path / "header-only.pdf"
    pdf.write_bytes(header_only_invoice("H-42"))
    result = run_cli("extract", str(pdf), "--json")
    assert result.returncode == 1
    payload = json.loads(result.stdout)
    assert payload["invoice_number"] == "H-42" and payload["vendor"] == "Harbor Test Supply"
    assert payload["order_date"] == "2025-03-04" and payload["line_items"] == []
    assert payload["error"]["code"] == "no_products"

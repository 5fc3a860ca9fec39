"""The embedded default sheet: one write per invoice, idempotent by PDF and by content, whole or nothing."""

from __future__ import annotations

import json
import multiprocessing

from invoice_processing.sheets.csv_sheet import CsvSheet
from invoice_processing.sheets.writer import LedgerEntry


def rows(number: str = "A-1") -> list[list]:
    return [["01/17/2025", "Acme", number, "X - Thing", "1.50", 2], ["01/17/2025", "Acme", number, "Y", "3.00", 1]]


def entry(key: str = "k1", number: str = "A-1") -> LedgerEntry:
    return LedgerEntry(key, number, "Acme", "01/17/2025", 2)


def write(sheet: CsvSheet, key: str, number: str | None = None):
    number = number or f"N-{key}"
    return sheet.append(rows(number), entry(key, number))


def test_append_writes_rows_under_a_header_and_reports_the_range(tmp_path):
    sheet = CsvSheet(tmp_path / "s.csv")
    first, second = write(sheet, "k1"), write(sheet, "k2")
    assert (first.sheet_range, second.sheet_range) == ("local!B2:G3", "local!B4:G5")
    assert (tmp_path / "s.csv").read_text().splitlines()[0] == "order_date,vendor,invoice_number,item,wholesale,qty"
    assert len(sheet.rows()) == 4


def test_same_key_twice_is_written_once(tmp_path):
    sheet = CsvSheet(tmp_path / "s.csv")
    sheet.append(rows(), entry())
    again = sheet.append(rows(), entry())
    assert again.duplicate and again.rows_written == 0 and again.sheet_range == "local!B2:G3"
    assert len(sheet.rows()) == 2 and sheet.find("k1").invoice_number == "A-1"


def test_the_same_invoice_in_another_pdf_is_a_duplicate(tmp_path):
    sheet = CsvSheet(tmp_path / "s.csv")
    sheet.append(rows(), entry("pdf-1"))
    copy = sheet.append(list(reversed(rows())), entry("pdf-2"))  # re-exported: other bytes, same lines
    assert copy.duplicate and copy.rows_written == 0 and copy.sheet_range == "local!B2:G3"
    assert len(sheet.rows()) == 2


def test_same_number_with_other_lines_is_written_and_names_the_earlier_range(tmp_path):
    sheet = CsvSheet(tmp_path / "s.csv")
    sheet.append(rows(), entry("pdf-1"))
    other = sheet.append(rows()[:1], LedgerEntry("pdf-2", "A-1", "Acme", "01/17/2025", 1))
    assert not other.duplicate and other.rows_written == 1 and other.earlier == ("local!B2:G3",)


def test_a_write_cut_off_midway_is_rolled_back_before_the_next(tmp_path):
    sheet = CsvSheet(tmp_path / "s.csv")
    write(sheet, "k1", "A-1")
    size = (tmp_path / "s.csv").stat().st_size
    # Simulate a crash: intent recorded, half the rows written, no "done".
    with open(sheet.ledger, "a") as ledger:
        ledger.write(json.dumps({"state": "intent", "key": "k2", "size": size}) + "\n")
    with open(tmp_path / "s.csv", "a") as data:
        data.write("01/17/2025,Acme,A-2,half a ro")
    assert sheet.find("k2") is None
    result = write(sheet, "k2", "A-2")
    assert result.sheet_range == "local!B4:G5" and not result.duplicate
    assert [r[2] for r in sheet.rows()] == ["A-1", "A-1", "A-2", "A-2"]


def _writer(path: str, key: str, queue) -> None:
    result = CsvSheet(path).append(rows(f"N-{key}"), LedgerEntry(key, f"N-{key}", "Acme", "", 2))
    queue.put(result.duplicate)


def test_concurrent_processes_with_the_same_invoice_write_it_once(tmp_path):
    path = str(tmp_path / "s.csv")
    queue = multiprocessing.get_context("fork").Queue()
    procs = [multiprocessing.get_context("fork").Process(target=_writer, args=(path, key, queue))
             for key in ["same"] * 6 + ["other"] * 2]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(30)
    duplicates = sorted(queue.get(timeout=5) for _ in procs)
    assert duplicates == [False] * 2 + [True] * 6
    assert len(CsvSheet(path).rows()) == 4


def test_two_writers_on_one_file_keep_ranges_and_keys_in_step(tmp_path):
    first, second = CsvSheet(tmp_path / "s.csv"), CsvSheet(tmp_path / "s.csv")
    ranges = []
    for index in range(40):
        writer = (first, second)[index % 3 == 0]
        ranges.append(write(writer, f"k{index}").sheet_range)
    assert ranges[-1] == "local!B80:G81" and len(set(ranges)) == 40
    assert write(first, "k39").duplicate and second.find("k0") is not None
    assert len(first.rows()) == 80

"""Accuracy of the local backend on real invoices with hand-checked ground truth.

``python -m bench.real_accuracy [--set shared|dev|all] [--misses] [--floor HEADER LINES]``

Two sets, neither drawn by our generator: ``shared`` is ``../shared/data/real-invoices`` (11
files), ``dev`` is the project's own real dev set rebuilt into ``.cache/real-dev-set`` by
``python scripts/real_dev_set.py build`` (ground truth in ``test_scripts/real_dev_set``). A set
whose folder is absent is skipped. Header accuracy counts invoice number, date and vendor (any
printed alias); a line counts when its unit price (Decimal-equal) and quantity are both right,
and line F1 is over all lines of the set (files whose ground truth has no ``line_items`` are
header-only: their lines are not scored).
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections import Counter
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

from invoice_processing.deadline import Deadline
from invoice_processing.errors import InvoiceError
from invoice_processing.extraction.local import LocalBackend
from invoice_processing.models import Invoice, PdfInput
from invoice_processing.vendors import interpret

ROOT = Path(__file__).resolve().parent.parent
SETS = {
    "shared": ROOT.parent / "shared" / "data" / "real-invoices",
    "dev": ROOT / ".cache" / "real-dev-set",
}
HEADER_FIELDS = ("invoice_number", "date", "vendor")


@dataclass
class Score:
    docs: int = 0
    header_right: int = 0
    got: int = 0
    expected: int = 0
    matched: int = 0
    millis: float = 0.0
    misses: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        for name in ("docs", "header_right", "got", "expected", "matched", "millis"):
            setattr(self, name, getattr(self, name) + getattr(other, name))
        self.misses += other.misses

    @property
    def header(self) -> float:
        return self.header_right / (len(HEADER_FIELDS) * self.docs) if self.docs else 0.0

    @property
    def f1(self) -> float:
        precision = self.matched / self.got if self.got else 0.0
        recall = self.matched / self.expected if self.expected else 0.0
        return 2 * precision * recall / (precision + recall) if precision + recall else 0.0

    def row(self, name: str) -> str:
        precision = self.matched / self.got if self.got else 0.0
        recall = self.matched / self.expected if self.expected else 0.0
        return (f"{name:<34}{self.docs:>5}{self.expected:>7}{self.header:>9.1%}{precision:>10.1%}{recall:>8.1%}"
                f"{self.f1:>8.1%}{self.millis:>9.0f}")


HEADING = f"{'document':<34}{'docs':>5}{'lines':>7}{'header':>9}{'precision':>10}{'recall':>8}{'F1':>8}{'ms':>9}"


def _number(value: object) -> Decimal:
    return Decimal(str(value)).normalize()


def expected_lines(truth: dict) -> list[tuple[Decimal, Decimal]]:
    return [(_number(li.get("wholesale", li.get("line_total", 0))), _number(li.get("qty") or 1))
            for li in truth.get("line_items") or []]


def header_misses(invoice: Invoice | None, truth: dict) -> dict[str, tuple[str, str]]:
    names = [truth["vendor"], *truth.get("vendor_aliases", [])]
    got = {
        "invoice_number": invoice.invoice_number if invoice else "",
        "date": invoice.order_date.isoformat() if invoice and invoice.order_date else "",
        "vendor": invoice.vendor if invoice else "",
    }
    want = {"invoice_number": truth["invoice_number"], "date": truth.get("order_date") or truth["date"]}
    wrong = {name: (got[name], want[name]) for name in want if got[name] != want[name]}
    if not (got["vendor"] and any(got["vendor"].lower() == n.lower() for n in names)):
        wrong["vendor"] = (got["vendor"], truth["vendor"])
    return wrong


def score(gt_path: Path) -> Score:
    truth = json.loads(gt_path.read_text())
    pdf = gt_path.with_name(truth["file"]).read_bytes()
    started = time.perf_counter()
    invoice: Invoice | None
    try:
        invoice = interpret(LocalBackend().extract(PdfInput(pdf, "bench"), Deadline(60)))
    except InvoiceError:
        invoice = None
    millis = (time.perf_counter() - started) * 1000
    has_lines = "line_items" in truth  # header-only ground truth says nothing about lines
    got = Counter((line.wholesale.normalize(), Decimal(line.qty).normalize())
                  for line in (invoice.line_items if invoice and has_lines else ()))
    want = Counter(expected_lines(truth))
    wrong = header_misses(invoice, truth)
    one = Score(1, len(HEADER_FIELDS) - len(wrong), sum(got.values()), sum(want.values()), sum((got & want).values()),
                millis)
    name = gt_path.name.removesuffix(".gt.json")
    one.misses += [f"{name}: {field_name} {was!r} != {should!r}" for field_name, (was, should) in wrong.items()]
    one.misses += [f"{name}: extra {price} x {qty}" for price, qty in (got - want).elements()]
    one.misses += [f"{name}: missing {price} x {qty}" for price, qty in (want - got).elements()]
    return one


def documents(folder: Path) -> list[Path]:
    """The ground-truth files of ``folder`` whose PDF is present."""
    return [gt for gt in sorted(folder.glob("*.gt.json"))
            if gt.with_name(json.loads(gt.read_text())["file"]).is_file()]


def score_set(folder: Path) -> Score:
    """Every document of ``folder`` scored and added up (the tests' floors use this)."""
    total = Score()
    for gt_path in documents(folder):
        total.add(score(gt_path))
    return total


def run_set(name: str, folder: Path, show_files: bool) -> Score:
    total = Score()
    for gt_path in documents(folder):
        one = score(gt_path)
        if show_files:
            print(one.row(f"  {gt_path.name.removesuffix('.gt.json')[:32]}"), flush=True)
        total.add(one)
    print(total.row(f"{name} ({folder.name})"), flush=True)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.real_accuracy", description=__doc__.splitlines()[0])
    parser.add_argument("--set", choices=["shared", "dev", "all"], default="all")
    parser.add_argument("--files", action="store_true", help="a row per document")
    parser.add_argument("--misses", action="store_true", help="list every wrong header field and line")
    args = parser.parse_args(argv)
    print("local backend on real invoices (header: number, date, vendor; a line: unit price and quantity)")
    print(HEADING)
    misses: list[str] = []
    for name, folder in SETS.items():
        if args.set not in (name, "all"):
            continue
        if not folder.is_dir():
            print(f"{name}: {folder} not present (skipped)")
            continue
        misses += run_set(name, folder, args.files).misses
    if args.misses and misses:
        print("\n".join(["", "misses:", *misses]))
    return 0


if __name__ == "__main__":
    sys.exit(main())

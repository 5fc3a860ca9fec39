"""Command line: the same pipeline as the HTTP function, for one file or a whole folder.

    python -m invoice_processing extract FILE.pdf [--json]
    python -m invoice_processing process DIR [--sheet PATH]

``extract`` reads one PDF and prints what would be written (nothing is written). ``process``
runs every PDF in DIR through the whole pipeline into the configured sheet (the local CSV
sheet unless Google Sheets is configured), with a progress bar and a summary table.
"""

from __future__ import annotations

import argparse
import json
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

from invoice_processing.config import load_settings
from invoice_processing.deadline import Deadline
from invoice_processing.errors import InvoiceError
from invoice_processing.models import Backend, PdfInput, Trail
from invoice_processing.pipeline import extract, process
from invoice_processing.wiring import build_deps


def _extract(args: argparse.Namespace) -> int:
    settings = load_settings()
    deps = build_deps(settings)
    data = Path(args.file).read_bytes()
    pdf = PdfInput(data, "cli", filename=Path(args.file).name)
    deadline = Deadline(settings.request_deadline_seconds)
    trail = Trail()
    try:
        extracted = extract(pdf, Backend(args.backend), settings, deps, deadline, trail)
    except InvoiceError as error:
        if args.json and trail.without_products is not None:  # show what was read, with why it stops there
            error_fields = {"error": {"code": error.code, "message": error.message}}
            print(json.dumps(trail.without_products.to_json() | error_fields, indent=2))
            return 1
        raise
    result = extracted.result
    payload = result.invoice.to_json() | {"method": result.backend.value, "pages": extracted.profile.pages}
    if args.json:
        print(json.dumps(payload, indent=2))
    else:
        _print_invoice(payload)
    return 0


def _print_invoice(payload: dict[str, Any]) -> None:
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{payload['vendor']}  {payload['invoice_number']}  {payload['order_date']}")
    for column in ("item", "wholesale", "qty"):
        table.add_column(column, justify="left" if column == "item" else "right")
    for line in payload["line_items"]:
        table.add_row(line["item"], line["wholesale"], str(line["qty"]))
    Console().print(table)
    for warning in payload["warnings"]:
        Console(stderr=True).print(f"warning: {warning}")


def _process(args: argparse.Namespace) -> int:
    from rich.console import Console
    from rich.progress import track
    from rich.table import Table

    settings = load_settings()
    if args.sheet:
        settings = replace(settings, local_sheet_path=args.sheet)
    deps = build_deps(settings)
    files = sorted(Path(args.directory).glob("*.pdf"))
    if not files:
        print(f"no PDF files in {args.directory}", file=sys.stderr)
        return 2
    summary = Table(title=f"{len(files)} invoices → {settings.spreadsheet_id or settings.local_sheet_path}")
    for column in ("file", "result", "vendor", "invoice", "items", "range"):
        summary.add_column(column)
    failures = 0
    for path in track(files, description="Processing", console=Console(stderr=True)):
        pdf = PdfInput(path.read_bytes(), "cli", filename=path.name)
        try:
            outcome = process(pdf, Backend(args.backend), settings, deps, Deadline(settings.request_deadline_seconds))
        except InvoiceError as error:
            failures += 1
            summary.add_row(path.name, f"[red]{error.code}[/red]", "", "", "", "")
            continue
        result = "duplicate" if outcome.duplicate else "written"
        summary.add_row(path.name, result, outcome.vendor, outcome.invoice_number, str(outcome.items_count),
                        outcome.write.sheet_range)
    Console().print(summary)
    return 1 if failures else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m invoice_processing", description=__doc__.split("\n\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    extract = commands.add_parser("extract", help="read one PDF and print its header and lines")
    extract.add_argument("file")
    extract.add_argument("--json", action="store_true", help="print JSON instead of a table")
    process_cmd = commands.add_parser("process", help="run every PDF in a folder into the sheet")
    process_cmd.add_argument("directory")
    process_cmd.add_argument("--sheet", help="CSV sheet path (overrides LOCAL_SHEET_PATH)")
    for sub in (extract, process_cmd):
        sub.add_argument("--backend", default="local", choices=[b.value for b in Backend],
                         help="backend to try first (falls back like the function does)")
    args = parser.parse_args(argv)
    try:
        return _extract(args) if args.command == "extract" else _process(args)
    except InvoiceError as error:
        print(f"error: {error.message}", file=sys.stderr)
        return 1
    except OSError as error:
        print(f"error: cannot read {error.filename}: {error.strerror}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())

"""Document AI's invoice entities: mapped from real ``ProcessResponse`` messages (REST JSON and
gRPC wire bytes), and written as the invoice for vendors without rules."""

from __future__ import annotations

import io
import json
import logging
from datetime import date
from decimal import Decimal

import pytest
from reportlab.pdfgen import canvas

from invoice_processing.config import load_settings
from invoice_processing.deadline import Deadline
from invoice_processing.extraction.docai_mapping import entity_fields
from invoice_processing.extraction.document_ai_invoice import entity_invoice
from invoice_processing.models import Backend, PdfInput
from invoice_processing.vendors import interpret
from test_scripts.fakes.clients import FAST, deps_for, docai_backend, post
from test_scripts.fakes.docai_entities import header_entities
from test_scripts.generator import generic_invoice

SETTINGS = load_settings({**FAST, "REQUEST_DEADLINE_SECONDS": "30"})


def prop(kind: str, mention: str, normalized: dict | None = None) -> dict:
    found = {"type": f"line_item/{kind}", "mentionText": mention}
    if normalized is not None:
        found["normalizedValue"] = normalized
    return found


def money(units: int, nanos: int = 0) -> dict:
    return {"moneyValue": {"currencyCode": "USD", "units": str(units), "nanos": nanos}}


def line_item(*props: dict, text: str = "") -> dict:
    return {"type": "line_item", "mentionText": text, "properties": list(props)}


def as_response(entities: list[dict], shape: str):
    """A ``Document`` (raw protobuf) parsed the way the client parses the API's answer."""
    from google.cloud import documentai

    payload = {"document": {"text": "", "pages": [{"pageNumber": 1}], "entities": entities}}
    if shape == "rest":
        response = documentai.ProcessResponse.from_json(json.dumps(payload))
    else:  # gRPC: the message as wire bytes, decoded by the service's own response type
        from google.protobuf import json_format

        wire = json_format.ParseDict(payload, documentai.ProcessResponse.pb()()).SerializeToString()
        response = documentai.ProcessResponse.deserialize(wire)
    return documentai.Document.pb(response.document)


SHAPES = pytest.mark.parametrize("shape", ["rest", "grpc"])


@SHAPES
def test_normalized_values_are_preferred_and_properties_may_come_in_any_order(shape):
    entities = [
        {"type": "invoice_id", "mentionText": "INV-88"},
        {"type": "invoice_date", "mentionText": "4 March 2025",
         "normalizedValue": {"text": "2025-03-04", "dateValue": {"year": 2025, "month": 3, "day": 4}}},
        {"type": "supplier_name", "mentionText": "Harbor\nTest Supply"},
        line_item(prop("amount", "$14.99", money(14, 985_000_000)), prop("quantity", "3 EA", {"text": "3"}),
                  prop("unit_price", "$4.99", money(4, 995_000_000)), prop("description", "Brass Hook"),
                  prop("product_code", "HT-1")),
        line_item(prop("quantity", "2", {"integerValue": 2}), prop("product_code", "HT-2"),
                  prop("unit_price", "7.00", money(7)), prop("description", "Rope Coil")),
        line_item(prop("description", "Canvas Tarp"), prop("unit_price", "12.50", money(12, 500_000_000)),
                  prop("quantity", "1.0", {"floatValue": 1.0})),
    ]
    invoice = entity_invoice(entity_fields(as_response(entities, shape)))
    assert (invoice.vendor, invoice.invoice_number, invoice.order_date) == ("Harbor Test Supply", "INV-88",
                                                                            date(2025, 3, 4))
    assert [(li.item, li.wholesale, li.qty) for li in invoice.line_items] == [
        ("HT-1 - Brass Hook", Decimal("4.995"), 3), ("HT-2 - Rope Coil", Decimal("7"), 2),
        ("Canvas Tarp", Decimal("12.5"), 1)]
    assert invoice.line_items[0].extended == Decimal("14.985") and invoice.warnings == ()


@SHAPES
def test_without_normalized_values_the_text_as_printed_is_read(shape):
    entities = [
        {"type": "invoice_date", "mentionText": "March 4, 2025"},
        line_item(prop("description", "Brass Hook"), prop("quantity", "1,200"), prop("unit_price", "$1,234.50")),
        line_item(prop("description", "Linen Towel"), prop("quantity", "12"), prop("unit_price", "3,75 €")),
    ]
    invoice = entity_invoice(entity_fields(as_response(entities, shape)))
    assert invoice.order_date == date(2025, 3, 4)
    assert [(li.wholesale, li.qty) for li in invoice.line_items] == [(Decimal("1234.50"), 1200),
                                                                     (Decimal("3.75"), 12)]


@SHAPES
def test_missing_properties_are_reported_never_invented(shape):
    entities = [
        line_item(prop("description", "Brass Hook"), prop("unit_price", "2.25", money(2, 250_000_000))),
        line_item(prop("product_code", "HT-2"), prop("description", "Rope Coil"), prop("quantity", "4")),
        line_item(prop("description", "Canvas Tarp"), prop("quantity", "3"),
                  prop("amount", "37.50", money(37, 500_000_000))),
        line_item(prop("description", "Garden Twine"), prop("quantity", "0"), prop("amount", "0.00")),
        line_item(prop("description", "Freight"), prop("quantity", "1"),
                  prop("amount", "41.10", money(41, 100_000_000))),
        line_item(prop("description", "Wool"), prop("description", "Blanket, Grey"), prop("quantity", "2"),
                  prop("unit_price", "19.00", money(19))),
    ]
    invoice = entity_invoice(entity_fields(as_response(entities, shape)))
    # only a line total: unit price = total / quantity (SPEC, any other vendor)
    assert [(li.item, li.wholesale, li.qty) for li in invoice.line_items] == [
        ("Canvas Tarp", Decimal("12.5"), 3), ("Wool Blanket, Grey", Decimal("19"), 2)]
    assert invoice.warnings == (
        "Document AI line item 1 (Brass Hook) has no quantity: not written",
        "Document AI line item 2 (HT-2 - Rope Coil) has no price: not written",
        "backorder (not written): Garden Twine",
    )


def _issue_invoice() -> bytes:
    """One page that names its products in sentences: no table for the text rules to read."""
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, invariant=1)
    c.setFont("Helvetica-Bold", 16)
    c.drawString(40, 800, "Harbor Test Supply")
    c.setFont("Helvetica", 10)
    c.drawString(40, 770, "Bill to: Sunrise Goods Co., 12 Mill Street, Burlington, VT")
    c.drawString(40, 750, "Reference T-77, issued 03/04/2025.")
    c.drawString(40, 720, "We shipped 3 HT-1 Brass Hook at 2.25 each (6.75), 1 HT-2 Rope Coil 10 ft at 7.00 each")
    c.drawString(40, 706, "(7.00) and 2 HT-3 Canvas Tarp at 12.50 each (25.00). Subtotal 38.75. Thank you!")
    c.save()
    return buffer.getvalue()


ISSUE_ENTITIES = [
    {"type": "supplier_name", "mentionText": "Harbor Test Supply"},
    {"type": "invoice_id", "mentionText": "T-77"},
    {"type": "invoice_date", "mentionText": "03/04/2025",
     "normalizedValue": {"dateValue": {"year": 2025, "month": 3, "day": 4}}},
    line_item(prop("quantity", "3"), prop("product_code", "HT-1"), prop("description", "Brass Hook"),
              prop("unit_price", "2.25", money(2, 250_000_000)), prop("amount", "6.75", money(6, 750_000_000))),
    line_item(prop("product_code", "HT-2"), prop("description", "Rope Coil 10 ft"), prop("quantity", "1"),
              prop("unit_price", "7.00", money(7)), prop("amount", "7.00", money(7))),
    line_item(prop("amount", "25.00", money(25)), prop("unit_price", "12.50", money(12, 500_000_000)),
              prop("description", "Canvas Tarp"), prop("quantity", "2"), prop("product_code", "HT-3")),
]
ISSUE_ROWS = [["03/04/2025", "Harbor Test Supply", "T-77", "HT-1 - Brass Hook", "2.25", "3"],
              ["03/04/2025", "Harbor Test Supply", "T-77", "HT-2 - Rope Coil 10 ft", "7.00", "1"],
              ["03/04/2025", "Harbor Test Supply", "T-77", "HT-3 - Canvas Tarp", "12.50", "2"]]


def _sheet_rows(path) -> list[list[str]]:
    import csv

    return [row[-6:] for row in csv.reader(path.read_text().splitlines())][1:]


@pytest.mark.parametrize("page_lines", [True, False], ids=["with-page-lines", "entities-only"])
def test_three_line_item_entities_are_written_from_document_ai_without_fallback(fake_for, tmp_path, page_lines,
                                                                               caplog):
    caplog.set_level(logging.INFO, logger="invoice_processing")
    pdf = _issue_invoice()
    local, local_status, _ = post(pdf, deps_for(tmp_path / "l.csv"), SETTINGS, planned=Backend.LOCAL)
    assert local_status == 422  # the text rules find no product on this page: the case the issue reported
    fake = fake_for(page_lines=page_lines)
    fake.know_entities(pdf, ISSUE_ENTITIES)
    body, status, _ = post(pdf, deps_for(tmp_path / "d.csv", docai=fake, settings=SETTINGS), SETTINGS,
                           planned=Backend.DOCUMENT_AI)
    assert status == 200, body
    assert (body["method"], body["fallback_used"], body["items_count"]) == ("document_ai", False, 3)
    assert (body["vendor"], body["invoice_number"], body["invoice_date"]) == ("Harbor Test Supply", "T-77",
                                                                              "03/04/2025")
    assert _sheet_rows(tmp_path / "d.csv") == ISSUE_ROWS
    assert body["needs_review"] is False  # what the entities say is what the page prints
    assert [a["backend"] for a in body["attempts"]] == ["document_ai"]
    [record] = [r.json_fields for r in caplog.records if getattr(r, "json_fields", {}).get("method_used")]
    # checked against the OCR text when there is one; nothing to check it against without page lines
    assert record["cross_check"]["status"] == ("agree" if page_lines else "unchecked")


def test_a_known_vendor_on_the_page_keeps_its_rules_and_the_entities_check_them(fake_for):
    from test_scripts.generator import rifle_paper_invoice

    invoice = rifle_paper_invoice(1)
    fake = fake_for()
    fake.know(invoice.pdf, {**invoice.truth, "vendor": "RIFLE PAPER CO LLC"})
    document = docai_backend(fake, SETTINGS).extract(PdfInput(invoice.pdf, "raw"), Deadline(20))
    read = interpret(document)
    assert read.vendor == "Rifle Paper Co."  # the catalog's name, not the processor's supplier_name
    assert [li.item for li in read.line_items] == [li["item"] for li in invoice.truth["line_items"]]
    assert len(document.fields["entities"].line_items) == len(read.line_items)


def test_a_split_pdf_carries_each_parts_line_items_and_merges_them_in_page_order(fake_for):
    invoice = generic_invoice("columns", 1, lines=1120)  # 40 pages: three parts
    fake = fake_for()
    fake.know(invoice.pdf, invoice.truth)
    document = docai_backend(fake, SETTINGS).extract(PdfInput(invoice.pdf, "raw"), Deadline(60))
    assert len(fake.seen) == 3
    read = interpret(document)
    assert [(li.item, li.wholesale, li.qty) for li in read.line_items] == [
        (li["item"], Decimal(li["wholesale"]), li["qty"]) for li in invoice.truth["line_items"]]
    assert read.invoice_number == invoice.truth["invoice_number"]


def test_header_the_entities_lack_is_read_from_the_page(fake_for, tmp_path):
    invoice = generic_invoice("columns", 2)
    fake = fake_for()
    fake.know(invoice.pdf, invoice.truth)
    without_header = [e for e in fake._entities.values()][0][len(header_entities(invoice.truth)):]
    fake.know_entities(invoice.pdf, without_header)
    body, status, _ = post(invoice.pdf, deps_for(tmp_path / "d.csv", docai=fake, local=False, settings=SETTINGS),
                           SETTINGS, planned=Backend.DOCUMENT_AI)
    assert status == 200 and body["method"] == "document_ai"
    assert body["vendor"] == invoice.truth["vendor"] and body["invoice_number"] == invoice.truth["invoice_number"]

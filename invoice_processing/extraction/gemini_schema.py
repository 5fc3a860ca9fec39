"""What Gemini is asked for and what its answer must look like: the prompt and the pydantic schema.

The same pydantic model is sent as the response schema and used to validate the answer, so
the model is held to exactly the shape this module turns into an ``Invoice``. Anything that
does not validate (bad JSON, a price that is not a decimal, a zero quantity) is rejected as a
whole: a half-read invoice is never written, the chain falls back instead.
"""

from __future__ import annotations

import re
from decimal import Decimal

from pydantic import BaseModel, Field, ValidationError, field_validator

from invoice_processing.models import Invoice, LineItem
from invoice_processing.normalize import parse_date

_DECIMAL = re.compile(r"\d+(?:\.\d+)?")


class GeminiLine(BaseModel):
    item: str = Field(min_length=1, description="Identifiers then product name, joined with ' - '.")
    wholesale: str = Field(description="Wholesale unit price as a plain decimal string, e.g. '4.995'.")
    qty: int = Field(ge=1, description="Quantity shipped (ordered quantity on an order confirmation).")

    @field_validator("wholesale")
    @classmethod
    def _plain_decimal(cls, value: str) -> str:
        value = value.strip().lstrip("$").replace(",", "")
        if not _DECIMAL.fullmatch(value):
            raise ValueError("wholesale must be a plain non-negative decimal")
        return value


class GeminiInvoice(BaseModel):
    vendor: str = Field(description="The issuing vendor's name as printed (canonical name for known vendors).")
    invoice_number: str = Field(description="Invoice or order number as printed (the PO number for OneHundred80).")
    order_date: str = Field(description="Invoice or order date as YYYY-MM-DD.")
    line_items: list[GeminiLine] = Field(description="Every product line, in document order.")
    backorders: list[str] = Field(default_factory=list, description="Items of lines with nothing shipped.")


class InvalidAnswer(ValueError):
    """The model's answer is not a usable invoice (kept free of the answer's text)."""


def parse_answer(text: str) -> GeminiInvoice:
    try:
        answer = GeminiInvoice.model_validate_json(text)
    except ValidationError as exc:
        raise InvalidAnswer(f"{exc.error_count()} schema errors") from None
    if answer.order_date.strip() and parse_date(answer.order_date) is None:
        raise InvalidAnswer("order_date is not a date")
    return answer


def to_invoice(answer: GeminiInvoice) -> Invoice:
    """The validated answer as an ``Invoice``; prices stay exact ``Decimal`` strings as given."""
    items = tuple(LineItem(item=line.item.strip(), wholesale=Decimal(line.wholesale), qty=line.qty)
                  for line in answer.line_items)
    warnings = tuple(f"backordered, not written: {item}" for item in answer.backorders if item.strip())
    return Invoice(parse_date(answer.order_date), answer.vendor.strip(), answer.invoice_number.strip(),
                   items, warnings)


PROMPT = """You read a wholesale vendor's PDF invoice or order confirmation for a US retailer.
Return JSON matching the schema. Rules:
- Products only: never taxes, shipping, freight, discounts, surcharges (for example "Tariff
  Surcharge" or TRF-CCOI lines), subtotals or totals.
- qty is the quantity shipped when both ordered and shipped are printed. A line with nothing
  shipped is a backorder: leave it out of line_items and put its item text in backorders.
  On a Creative Co-op order confirmation (ORDER NO: CS...), qty is Qty Ord; lines with Qty Ord 0
  are not products.
- wholesale is the unit price exactly as printed, as a plain decimal without currency symbol or
  thousands separators; never round (4.995 stays 4.995). When only a line total is printed,
  wholesale = line total / qty.
- item joins the identifiers and then the product name with " - ", as below; otherwise
  "<item code> - <description>" or just the description when no code is printed. Keep inch
  marks, ranges, years and words such as "12-Month" exactly as printed.
- Descriptions that wrap onto the next line belong to their product; items that break across
  pages appear once. Several products may share a price and quantity; read each line's own.
- order_date as YYYY-MM-DD. invoice_number as printed.
Vendor hints:
- Creative Co-op: vendor "Creative Co-op"; item "<code> - UPC: 0<12-digit UPC> - <description>";
  wholesale is "Your Price"; invoice number CI/CS + 9 digits.
- HarperCollins (purchase orders from Anne McGilvray & Company): vendor "HarperCollins"; invoice
  number is the NS order number (else the PO number); item "<ISBN-13> - <title>"; wholesale is
  list price x (1 - the printed discount), exact.
- OneHundred80 (One Hundred 80 Degrees): vendor "OneHundred80"; invoice number is the PO number;
  item "<SKU> - UPC: 0<12-digit UPC> - <description>" or "<SKU> - <description>" without a UPC.
- Rifle Paper Co.: vendor "Rifle Paper Co."; item "<style code> - <description as printed>";
  "Not In Stock", "SHIP - <tracking>", freight and shipping lines are not products.
- Any other vendor: the vendor name as printed in the header.
"""

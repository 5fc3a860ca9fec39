"""Property-based tests (issue 8): URL validation, number and date parsing, PDF checks.

Each property says what must hold for every input, not for a few examples: hostile input
yields a product error (a 4xx with a code) or a clean "not found", never another exception.
"""

from __future__ import annotations

import ipaddress
from datetime import date
from decimal import Decimal

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from invoice_processing.errors import InvoiceError
from invoice_processing.intake.url_safety import DownloadPolicy, check_url, refusal_reason
from invoice_processing.normalize import format_date, format_decimal, parse_date, parse_price, parse_qty
from invoice_processing.pdf import checks as pdf_checks

PRIVATE_V4 = [ipaddress.ip_network(n) for n in ("10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "127.0.0.0/8",
                                               "169.254.0.0/16", "100.64.0.0/10", "0.0.0.0/8", "224.0.0.0/4")]
FAST = settings(max_examples=600, deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _never_resolves(host: str, port: int) -> list[str]:
    raise AssertionError("no lookup may happen in these properties")


def _v4(network) -> st.SearchStrategy:
    return st.integers(int(network.network_address), int(network.broadcast_address)).map(ipaddress.IPv4Address)


@FAST
@given(address=st.one_of(*[_v4(n) for n in PRIVATE_V4]),
       form=st.sampled_from(["dotted", "decimal", "hex", "mapped", "mapped_hex"]))
def test_internal_ipv4_is_refused_in_every_spelling(address, form):
    host = {
        "dotted": str(address),
        "decimal": str(int(address)),
        "hex": hex(int(address)),
        "mapped": f"[::ffff:{address}]",
        "mapped_hex": f"[::ffff:{int(address) >> 16:x}:{int(address) & 0xFFFF:x}]",
    }[form]
    try:
        check_url(f"https://{host}/x.pdf", DownloadPolicy(), _never_resolves)
    except InvoiceError as refused:
        assert refused.status == 400
    else:
        raise AssertionError(f"{host} was accepted")


@FAST
@given(text=st.text(max_size=200))
def test_any_string_is_either_a_checked_target_or_a_400(text):
    def public(host: str, port: int) -> list[str]:
        return ["93.184.216.34"]

    for candidate in (text, "https://" + text):
        try:
            target = check_url(candidate, DownloadPolicy(), public)
        except InvoiceError as refused:
            assert refused.status == 400 and refused.code in {"invalid_url", "download_refused", "url_not_fetchable"}
        else:
            address = ipaddress.ip_address(target.address)
            assert target.scheme == "https" and not refusal_reason(address, DownloadPolicy())
            assert "\n" not in target.path and " " not in target.path


@FAST
@given(text=st.text(max_size=60))
def test_price_quantity_and_date_parsers_never_raise(text):
    price = parse_price(text)
    assert price is None or isinstance(price, Decimal)
    quantity = parse_qty(text)
    assert quantity is None or isinstance(quantity, int)
    for day_first in (False, True):
        parsed = parse_date(text, day_first=day_first)
        assert parsed is None or isinstance(parsed, date)


@FAST
@given(value=st.decimals(min_value=Decimal("-99999"), max_value=Decimal("99999"), places=3, allow_nan=False))
def test_price_round_trips_through_the_sheet_format(value):
    assert parse_price(format_decimal(value)) == value


@FAST
@given(day=st.dates(min_value=date(1990, 1, 1), max_value=date(2099, 12, 31)))
def test_date_round_trips_through_the_sheet_format(day):
    assert parse_date(format_date(day)) == day


@settings(max_examples=150, deadline=None)
@given(data=st.binary(max_size=3000), pdf_header=st.booleans())
def test_pdf_checks_answer_random_bytes_with_a_product_error(data, pdf_header):
    body = (b"%PDF-1.7\n" + data) if pdf_header else data
    try:
        found = pdf_checks.profile(body, max_bytes=2000, max_pages=5)
    except InvoiceError as error:
        assert 400 <= error.status < 500
    else:
        assert 1 <= found.pages <= 5

"""Webhook authentication (issue 8) against the running server, and the policy in-process.

A request without the right token gets 401 before its body is read: no download, no
extraction, no row. The token is accepted from ``X-Webhook-Token`` or ``Authorization: Bearer``
and compared in constant time (``hmac.compare_digest``).
"""

from __future__ import annotations

import csv
import json
import os

import pytest
from hypothesis import given
from hypothesis import strategies as st

from invoice_processing.config import load_settings
from invoice_processing.errors import Unauthorized
from invoice_processing.intake.request import check_token
from test_scripts.generator.pdfs import simple_invoice

TOKEN = "planted-webhook-token-5b2e9"


@pytest.fixture
def server(start_server):
    return start_server(WEBHOOK_TOKEN=TOKEN, DOWNLOAD_ALLOW_PRIVATE="true")


def rows(server) -> list[list[str]]:
    path = server.env["LOCAL_SHEET_PATH"]
    if not os.path.exists(path):
        return []
    with open(path, newline="") as handle:
        return list(csv.reader(handle))[1:]


BAD_CREDENTIALS = {
    "none": {},
    "wrong_header": {"X-Webhook-Token": "nope"},
    "prefix_of_token": {"X-Webhook-Token": TOKEN[:-1]},
    "token_plus_suffix": {"X-Webhook-Token": TOKEN + "x"},
    "wrong_bearer": {"Authorization": "Bearer nope"},
    "basic_scheme": {"Authorization": f"Basic {TOKEN}"},
    "bare_authorization": {"Authorization": TOKEN},
    "empty_header": {"X-Webhook-Token": ""},
    "wrong_header_right_bearer": {"X-Webhook-Token": "nope", "Authorization": f"Bearer {TOKEN}"},
}


@pytest.mark.parametrize("case", sorted(BAD_CREDENTIALS))
def test_bad_or_missing_token_is_401_without_side_effects(server, origin_server, case):
    origin = origin_server(simple_invoice("A-1"))
    for kwargs in ({"files": {"invoice_file": ("a.pdf", simple_invoice("A-1"), "application/pdf")}},
                   {"json": {"file_url": f"http://127.0.0.1:{origin.port}/invoice.pdf"}}):
        response = server.post(headers=BAD_CREDENTIALS[case], **kwargs)
        assert response.status_code == 401, response.text
        body = response.json()
        assert body["error"]["code"] == "unauthorized" and "X-Webhook-Token" in body["error"]["message"]
        assert response.headers["WWW-Authenticate"].startswith("Bearer")
        assert TOKEN not in response.text
    assert origin.hits == [] and rows(server) == []
    assert TOKEN not in server.logs()


@pytest.mark.parametrize("headers", [
    {"X-Webhook-Token": TOKEN},
    {"Authorization": f"Bearer {TOKEN}"},
    {"Authorization": f"bearer {TOKEN}"},
])
def test_right_token_in_either_header_is_accepted(server, headers):
    response = server.post(headers=headers, files={"invoice_file": ("a.pdf", simple_invoice("A-2"), "application/pdf")})
    assert response.status_code == 200, response.text
    assert len(rows(server)) == 2
    assert TOKEN not in server.logs()


def test_open_local_default_says_so_at_start_up(start_server):
    server = start_server()
    response = server.post(files={"invoice_file": ("a.pdf", simple_invoice("A-3"), "application/pdf")})
    assert response.status_code == 200
    records = [json.loads(line) for line in server.logs().splitlines() if line.startswith("{")]
    warnings = [r for r in records if r.get("event") == "startup" and r.get("severity") == "WARNING"]
    assert any("unauthenticated" in r.get("detail", "") for r in warnings)


def test_configured_sheet_without_token_refuses_everyone():
    settings = load_settings({"GOOGLE_SHEETS_SPREADSHEET_ID": "sheet-id"})
    with pytest.raises(Unauthorized) as refused:
        check_token({"X-Webhook-Token": "anything"}, settings)
    assert "WEBHOOK_TOKEN" in refused.value.message
    assert load_settings({}).allow_unauthenticated is True  # the local default stays open
    opened = load_settings({"GOOGLE_SHEETS_SPREADSHEET_ID": "sheet-id", "ALLOW_UNAUTHENTICATED": "true"})
    check_token({}, opened)


@given(supplied=st.text(max_size=40), scheme=st.sampled_from(["X-Webhook-Token", "Authorization"]))
def test_only_the_exact_token_passes(supplied, scheme):
    settings = load_settings({"WEBHOOK_TOKEN": TOKEN})
    value = supplied if scheme == "X-Webhook-Token" else f"Bearer {supplied}"
    expected = supplied == TOKEN if scheme == "X-Webhook-Token" else supplied.strip() == TOKEN
    try:
        check_token({scheme: value}, settings)
    except Unauthorized:
        assert not expected
    else:
        assert expected

"""The Gemini backend through the real google-genai SDK against the loopback fake."""

from __future__ import annotations

import base64
import subprocess
import sys
from decimal import Decimal

import pytest
import responses

from invoice_processing.config import load_settings
from invoice_processing.deadline import Deadline
from invoice_processing.extraction.backend import BackendError, BackendUnavailableError
from invoice_processing.extraction.gemini_key import ApiKey
from invoice_processing.models import VENDOR_PAGES, Backend, PdfInput
from invoice_processing.vendors import interpret
from test_scripts.fakes.clients import FAST, deps_for, gemini_backend, post
from test_scripts.fakes.gemini_fake import GeminiFake
from test_scripts.generator import GENERIC_LAYOUTS, generic_invoice, harpercollins_po, rifle_paper_invoice
from test_scripts.generator.pdfs import simple_invoice
from test_scripts.generator.truth import expected_lines
from test_scripts.paths import ROOT

SETTINGS = load_settings(FAST)


@pytest.fixture
def fake_for():
    fakes: list[GeminiFake] = []

    def make(mode="ok", **kwargs) -> GeminiFake:
        fakes.append(GeminiFake(mode, **kwargs))
        return fakes[-1]

    yield make
    for fake in fakes:
        fake.close()


def _extract(fake, pdf: bytes, seconds: float = 10.0, **kwargs):
    return gemini_backend(fake, SETTINGS, **kwargs).extract(PdfInput(pdf, "raw"), Deadline(seconds))


@pytest.mark.parametrize("make", [lambda s: generic_invoice(GENERIC_LAYOUTS[s % 3], s) for s in range(3)]
                         + [harpercollins_po, rifle_paper_invoice])
def test_gemini_rows_match_the_local_backend_when_the_model_reads_the_truth(fake_for, tmp_path, make):
    invoice = make(1)
    fake = fake_for()
    fake.know(invoice.pdf, invoice.truth)
    gemini_body, status, _ = post(invoice.pdf, deps_for(tmp_path / "g.csv", fake, local=False))
    local_body, local_status, _ = post(invoice.pdf, deps_for(tmp_path / "l.csv"), planned=Backend.LOCAL)
    assert status == local_status == 200 and gemini_body["method"] == "gemini"
    assert (tmp_path / "g.csv").read_text() == (tmp_path / "l.csv").read_text()


def test_request_is_structured_json_with_the_pdf_inline_and_a_millisecond_timeout(fake_for):
    fake = fake_for()
    pdf = simple_invoice("G-1")
    _extract(fake, pdf, seconds=10.0)
    [seen] = fake.seen
    assert seen.path.startswith("/v1beta/models/gemini-2.5-flash:generateContent")
    assert seen.headers["x-goog-api-key"] == "test-key"
    config = seen.body["generationConfig"]
    assert config["responseMimeType"] == "application/json"
    assert set(config["responseSchema"]["properties"]) >= {"vendor", "invoice_number", "order_date", "line_items"}
    inline = seen.body["contents"][0]["parts"][0]["inlineData"]
    assert inline.get("mimeType", inline.get("mime_type")) == "application/pdf"
    assert base64.urlsafe_b64decode(inline["data"] + "=" * (-len(inline["data"]) % 4)) == pdf
    # HttpOptions.timeout is in milliseconds; the SDK passes the whole seconds on to the server.
    assert 8 <= int(seen.headers["X-Server-Timeout"]) <= 10


def test_tokens_and_cost_are_reported(fake_for):
    invoice = generic_invoice("columns", 2)
    fake = fake_for()
    fake.know(invoice.pdf, invoice.truth)
    document = _extract(fake, invoice.pdf)
    usage = document.fields["usage"]
    assert usage.input_tokens > 258 and usage.output_tokens > 0
    assert usage.cost_usd == pytest.approx((usage.input_tokens * 0.30 + usage.output_tokens * 2.50) / 1e6)
    assert [(li.item, li.wholesale, li.qty) for li in interpret(document).line_items] == expected_lines(invoice.truth)


def test_one_retry_for_a_retryable_status_then_success(fake_for):
    invoice = generic_invoice("columns", 0)
    fake = fake_for(("503", "ok"))
    fake.know(invoice.pdf, invoice.truth)
    document = _extract(fake, invoice.pdf)
    assert len(fake.seen) == 2 and document.fields["invoice"].line_items


@pytest.mark.parametrize(("mode", "code", "calls"), [("500", "http_500", 2), ("429", "http_429", 2),
                                                      ("400", "http_400", 1)])
def test_errors_retry_at_most_once_and_only_when_retryable(fake_for, mode, code, calls):
    fake = fake_for(mode)
    with pytest.raises(BackendError) as raised:
        _extract(fake, simple_invoice())
    assert raised.value.code == code and len(fake.seen) == calls


def test_no_retry_when_the_deadline_leaves_no_room(fake_for):
    fake = fake_for("503")
    with pytest.raises(BackendError):
        _extract(fake, simple_invoice(), seconds=1.2)  # 0.5 s pause + 0.8 s minimum do not fit
    assert len(fake.seen) == 1


@pytest.mark.parametrize("mode", ["bad_json", "bad_schema"])
def test_invalid_answers_are_rejected_but_their_tokens_counted(fake_for, mode):
    with pytest.raises(BackendError) as raised:
        _extract(fake_for(mode), simple_invoice())
    assert raised.value.code == "invalid_answer" and raised.value.usage.input_tokens > 0


def test_hanging_model_is_cut_off_by_the_window(fake_for):
    fake = fake_for("hang")
    deadline = Deadline(1.5)
    with pytest.raises(BackendError) as raised:
        gemini_backend(fake, SETTINGS).extract(PdfInput(simple_invoice(), "raw"), deadline)
    assert raised.value.code == "timeout" and raised.value.timed_out
    assert deadline.elapsed() < 1.6


def test_unknown_model_is_named_in_the_attempt_and_falls_back(fake_for, tmp_path):
    fake = fake_for()
    deps = deps_for(tmp_path / "s.csv", fake)
    deps.backends[Backend.GEMINI] = gemini_backend(fake, SETTINGS, model="gemini-9-ultra")
    body, status, _ = post(simple_invoice("M-9"), deps)
    assert status == 200 and body["method"] == "local"
    assert body["attempts"][0] == {**body["attempts"][0], "backend": "gemini", "error_code": "model_not_found"}


def test_without_a_key_gemini_is_unavailable_and_local_serves(fake_for, tmp_path):
    fake = fake_for()
    deps = deps_for(tmp_path / "s.csv", fake)
    deps.backends[Backend.GEMINI] = gemini_backend(fake, SETTINGS, key="")
    body, status, _ = post(simple_invoice("K-0"), deps)
    assert status == 200 and body["method"] == "local" and body["attempts"][0]["error_code"] == "no_credentials"
    assert fake.seen == []


def test_model_vendor_is_replaced_by_the_canonical_name_printed_on_the_page(fake_for):
    invoice = harpercollins_po(2)
    fake = fake_for()
    fake.know(invoice.pdf, {**invoice.truth, "vendor": "Harper Collins Publishers"})
    assert interpret(_extract(fake, invoice.pdf)).vendor == "HarperCollins"


def test_every_page_is_read_locally_for_the_cross_check_and_the_vendor_is_told_from_the_first(fake_for):
    invoice = harpercollins_po(3, lines=120)
    assert invoice.pages > VENDOR_PAGES
    fake = fake_for()
    fake.know(invoice.pdf, {**invoice.truth, "vendor": "Harper Collins Publishers"})
    document = _extract(fake, invoice.pdf)
    assert [page.number for page in document.pages] == list(range(1, invoice.pages + 1))
    assert interpret(document).vendor == "HarperCollins"


@responses.activate
def test_key_comes_from_secret_manager_once_and_never_shows():
    url = "http://127.0.0.1:9/v1/projects/p/secrets/gemini-key/versions/latest:access"
    payload = base64.b64encode(b"sm-key-123").decode()
    responses.add(responses.GET, url, json={"name": "projects/p/secrets/gemini-key/versions/1",
                                            "payload": {"data": payload}})
    key = ApiKey(secret="gemini-key", project="p", endpoint="http://127.0.0.1:9")
    assert key(Deadline(5)) == "sm-key-123" and key(Deadline(5)) == "sm-key-123"
    assert len(responses.calls) == 1 and "sm-key-123" not in repr(key)


@responses.activate
def test_secret_manager_failure_makes_gemini_unavailable_without_its_message():
    url = "http://127.0.0.1:9/v1/projects/p/secrets/gemini-key/versions/latest:access"
    responses.add(responses.GET, url, status=403, json={"error": {"code": 403, "message": "denied: secret x",
                                                                  "status": "PERMISSION_DENIED"}})
    with pytest.raises(BackendUnavailableError) as raised:
        ApiKey(secret="gemini-key", project="p", endpoint="http://127.0.0.1:9")(Deadline(5))
    assert raised.value.code == "secret_unavailable" and "denied" not in raised.value.detail


def test_importing_main_loads_no_cloud_sdk():
    code = ("import sys, main; bad = [m for m in sys.modules if m.startswith(('google.genai', "
            "'google.cloud.documentai', 'google.cloud.secretmanager'))]; print(bad)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True,
                         cwd=ROOT)
    assert out.stdout.strip() == "[]"


def test_prices_keep_decimals_exact(fake_for):
    pdf = simple_invoice("P-1")
    fake = fake_for()
    fake.know(pdf, {"vendor": "Harbor Test Supply", "invoice_number": "P-1", "order_date": "2025-03-04",
                    "line_items": [{"item": "HT-1 - Brass Hook", "wholesale": "4.995", "qty": 3}]})
    assert interpret(_extract(fake, pdf)).line_items[0].wholesale == Decimal("4.995")

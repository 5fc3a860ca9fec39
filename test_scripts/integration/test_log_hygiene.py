"""Log and response hygiene (issue 8): planted secrets never reach a log record or a response.

One server is configured with planted values for every secret it knows (webhook token, Gemini
key, Trello key and token) and driven through a full run of success and failure paths: upload,
replay, URL download, refused URLs carrying secrets in their query strings, wrong tokens, a
Trello link that uses the credentials, malformed bodies. Then every line the server wrote and
every response body is scanned for the planted values and for invoice text.
"""

from __future__ import annotations

import pytest

from test_scripts.conftest import FunctionServer
from test_scripts.generator.pdfs import simple_invoice
from test_scripts.paths import EGRESS_GUARD

GUARD = str(EGRESS_GUARD)
SECRETS = {
    "WEBHOOK_TOKEN": "planted-webhook-3f9a1c",
    "GEMINI_API_KEY": "planted-gemini-key-8d2e",
    "TRELLO_API_KEY": "planted-trello-key-51b0",
    "TRELLO_API_TOKEN": "planted-trello-token-c7e4",
}
WRONG_TOKEN = "planted-wrong-token-0a6f"
QUERY_SECRET = "planted-query-signature-9b3d"
INVOICE_TEXT = ("Brass Hook", "Rope Coil")  # product names printed in simple_invoice
CARD, ATTACHMENT = "5f1a2b3c4d5e6f7a8b9c0d1e", "6a7b8c9d0e1f2a3b4c5d6e7f"


@pytest.fixture(scope="module")
def run(tmp_path_factory) -> tuple[FunctionServer, list[str]]:
    from test_scripts.conftest import OriginServer

    tmp = tmp_path_factory.mktemp("hygiene")
    env = {**SECRETS, "LOCAL_SHEET_PATH": str(tmp / "sheet.csv"), "LOG_FORMAT": "json", "PYTHONPATH": GUARD,
           "DOWNLOAD_ALLOW_PRIVATE": "true", "GOOGLE_GEMINI_BASE_URL": "http://127.0.0.1:9",
           "DOWNLOAD_RESOLVE_OVERRIDES": "files.test=127.0.0.1,api.trello.com=10.0.0.9"}
    server = FunctionServer(env, tmp).start()
    origin = OriginServer(simple_invoice("HY-2"))
    token = {"X-Webhook-Token": SECRETS["WEBHOOK_TOKEN"]}
    pdf = simple_invoice("HY-1")
    files = {"invoice_file": ("i.pdf", pdf, "application/pdf")}
    calls = [
        dict(files=files, headers=token),
        dict(files=files, headers={"Authorization": f"Bearer {SECRETS['WEBHOOK_TOKEN']}"}),
        dict(files=files, headers={"X-Webhook-Token": WRONG_TOKEN}),
        dict(files=files, headers={"Authorization": f"Bearer {WRONG_TOKEN}"}),
        dict(json={"file_url": f"http://files.test:{origin.port}/a.pdf?sig={QUERY_SECRET}"}, headers=token),
        dict(json={"file_url": f"https://10.0.0.1/a.pdf?sig={QUERY_SECRET}"}, headers=token),
        dict(json={"file_url": f"https://user:{QUERY_SECRET}@files.test/a.pdf"}, headers=token),
        dict(json={"file_url": f"http://files.test:{origin.port}/missing.pdf?sig={QUERY_SECRET}"}, headers=token),
        dict(json={"file_url": f"https://trello.com/1/cards/{CARD}/attachments/{ATTACHMENT}/download/a.pdf"},
             headers=token),
        dict(data=b"%PDF-1.4 " + QUERY_SECRET.encode(), headers=token | {"Content-Type": "application/pdf"}),
        dict(data=b"[" * 100_000, headers=token | {"Content-Type": "application/json"}),
    ]
    try:
        bodies = [server.post(**call).text for call in calls]
    finally:
        origin.close()
        server.stop()
    return server, bodies


def test_the_run_covered_success_and_failure(run):
    server, bodies = run
    assert sum('"success": true' in body for body in bodies) >= 3
    assert any('"unauthorized"' in body for body in bodies) and any('"download_refused"' in body for body in bodies)
    assert '"event":"invoice_request"' in server.logs()


@pytest.mark.parametrize("secret", [*SECRETS.values(), WRONG_TOKEN, QUERY_SECRET, *INVOICE_TEXT])
def test_no_planted_secret_or_invoice_text_in_logs_or_responses(run, secret):
    server, bodies = run
    assert secret not in server.logs()
    assert not any(secret in body for body in bodies)
    assert "EGRESS_BLOCKED" not in server.logs() and "Traceback" not in server.logs()

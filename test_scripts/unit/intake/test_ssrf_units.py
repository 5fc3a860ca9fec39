"""Download safety in-process: DNS rebinding, mixed answers, allow-list, TLS pinning, Trello.

Resolvers here are plain functions that count their calls (no DNS); the only server contacted
is the loopback origin, reached through the same pinned-connection code production uses
(https with SNI and certificate checks against a throwaway CA made for the test).
"""

from __future__ import annotations

import datetime
import ipaddress
import ssl

import pytest

from invoice_processing.errors import DownloadFailed, DownloadRefused, UrlNotFetchable
from invoice_processing.intake.download import fetch
from invoice_processing.intake.trello import api_request
from invoice_processing.intake.url_safety import DownloadPolicy, check_url, refusal_reason
from test_scripts.generator.pdfs import simple_invoice

CARD, ATTACHMENT = "5f1a2b3c4d5e6f7a8b9c0d1e", "6a7b8c9d0e1f2a3b4c5d6e7f"
TRELLO_KEY, TRELLO_TOKEN = "planted-trello-key-91f3", "planted-trello-token-77aa"


class CountingResolver:
    """Answers from a list of replies, one per call (the last repeats), and counts the calls."""

    def __init__(self, *replies: list[str]):
        self.replies = list(replies)
        self.calls = 0

    def __call__(self, host: str, port: int) -> list[str]:
        self.calls += 1
        return self.replies[min(self.calls, len(self.replies)) - 1]


def test_dns_rebinding_cannot_switch_the_address_after_the_check(origin_server):
    origin = origin_server(simple_invoice("RB-1"))
    resolver = CountingResolver(["127.0.0.1"], ["10.0.0.7"])  # a second lookup would answer private
    data = fetch(f"http://rebind.test:{origin.port}/invoice.pdf", max_bytes=10**6, timeout=5,
                 policy=DownloadPolicy(allow_loopback=True), resolver=resolver)
    assert data.startswith(b"%PDF") and resolver.calls == 1  # one lookup: the checked address was used
    assert origin.hits == [("/invoice.pdf", f"rebind.test:{origin.port}", "")]


def test_any_private_answer_among_public_ones_refuses_the_host():
    resolver = CountingResolver(["93.184.216.34", "10.0.0.7"])
    with pytest.raises(DownloadRefused):
        check_url("https://mixed.test/x.pdf", DownloadPolicy(), resolver)


def test_public_answer_is_accepted_and_pinned_without_connecting():
    target = check_url("https://Files.Example.test:8443/a/b.pdf?sig=1", DownloadPolicy(),
                       CountingResolver(["93.184.216.34"]))
    assert (target.host, target.port, target.address, target.path) == (
        "files.example.test", 8443, "93.184.216.34", "/a/b.pdf?sig=1")


def test_allow_list_refuses_other_hosts_before_any_lookup():
    policy = DownloadPolicy(allowed_hosts=("files.test", "*.zapier.test"))
    resolver = CountingResolver(["93.184.216.34"])
    assert check_url("https://files.test/x.pdf", policy, resolver).address == "93.184.216.34"
    assert check_url("https://hooks.zapier.test/x.pdf", policy, resolver).host == "hooks.zapier.test"
    for url in ("https://other.test/x.pdf", "https://zapier.test/x.pdf", "https://files.test.evil.test/x.pdf"):
        with pytest.raises(DownloadRefused):
            check_url(url, policy, resolver)
    assert resolver.calls == 2


def test_unknown_host_is_a_clear_400():
    with pytest.raises(UrlNotFetchable):
        check_url("https://nowhere.test/x.pdf", DownloadPolicy(), CountingResolver([]))


@pytest.mark.parametrize("address,reason", [
    ("8.8.8.8", ""), ("2606:4700::1111", ""), ("127.0.0.1", "loopback"), ("10.1.2.3", "private"),
    ("169.254.169.254", "link-local"), ("::ffff:8.8.8.8", "ipv4-embedding"), ("2002:c0a8:101::1", "ipv4-embedding"),
    ("2001:0:4136:e378:8000:63bf:3fff:fdd2", "ipv4-embedding"), ("fec0::1", "site-local"), ("239.1.1.1", "multicast"),
])
def test_address_classification(address, reason):
    assert refusal_reason(ipaddress.ip_address(address), DownloadPolicy()) == reason


@pytest.fixture(scope="module")
def tls(tmp_path_factory):
    """A self-signed certificate for files.test and api.trello.com, and a server context for it."""
    x509 = pytest.importorskip("cryptography.x509")
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "files.test")])
    now = datetime.datetime.now(datetime.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now - datetime.timedelta(hours=1))
            .not_valid_after(now + datetime.timedelta(hours=1))
            .add_extension(x509.SubjectAlternativeName([x509.DNSName("files.test"), x509.DNSName("api.trello.com")]),
                           critical=False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
            .sign(key, hashes.SHA256()))
    folder = tmp_path_factory.mktemp("tls")
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert_path, key_path)
    return context, str(cert_path)


def _tls_policy(ca: str, **names: str) -> DownloadPolicy:
    return DownloadPolicy(allow_loopback=True, resolve_overrides=names, ca_certs=ca)


def test_https_connects_to_the_checked_ip_with_the_original_name_for_sni_and_certificate(tls, origin_server):
    context, ca = tls
    origin = origin_server(simple_invoice("TLS-1"), ssl_context=context)
    data = fetch(f"https://files.test:{origin.port}/invoice.pdf", max_bytes=10**6, timeout=5,
                 policy=_tls_policy(ca, **{"files.test": "127.0.0.1"}))
    assert data.startswith(b"%PDF")
    with pytest.raises(DownloadFailed) as failed:  # same IP, a name the certificate does not carry
        fetch(f"https://wrong.test:{origin.port}/invoice.pdf", max_bytes=10**6, timeout=5,
              policy=_tls_policy(ca, **{"wrong.test": "127.0.0.1"}))
    assert failed.value.detail == "tls"


def test_trello_link_downloads_through_the_api_with_key_and_token(tls, origin_server):
    context, ca = tls
    origin = origin_server(simple_invoice("TR-1"), ssl_context=context)
    link = f"https://trello.com/1/cards/{CARD}/attachments/{ATTACHMENT}/download/inv.pdf"
    api_url, headers = api_request(link, TRELLO_KEY, TRELLO_TOKEN)
    assert api_url.startswith("https://api.trello.com/1/cards/") and TRELLO_TOKEN in headers["Authorization"]
    policy = _tls_policy(ca, **{"api.trello.com": "127.0.0.1"})
    url = api_url.replace("api.trello.com", f"api.trello.com:{origin.port}")
    origin.redirects[f"/1/cards/{CARD}/attachments/{ATTACHMENT}/download/moved.pdf"] = (
        f"https://files.test:{origin.port}/invoice.pdf")
    data = fetch(url, max_bytes=10**6, timeout=5, policy=policy, trello_auth=(TRELLO_KEY, TRELLO_TOKEN))
    assert data.startswith(b"%PDF")
    path, host, auth = origin.hits[-1]
    assert host == f"api.trello.com:{origin.port}" and f'oauth_consumer_key="{TRELLO_KEY}"' in auth
    moved = url.replace("inv.pdf", "moved.pdf")
    policy = _tls_policy(ca, **{"api.trello.com": "127.0.0.1", "files.test": "127.0.0.1"})
    fetch(moved, max_bytes=10**6, timeout=5, policy=policy, trello_auth=(TRELLO_KEY, TRELLO_TOKEN))
    assert origin.hits[-2][2] and origin.hits[-1] == ("/invoice.pdf", f"files.test:{origin.port}", "")


def test_trello_links_without_credentials_or_not_attachments_are_clear_400s():
    with pytest.raises(UrlNotFetchable) as missing:
        api_request(f"https://trello.com/1/cards/{CARD}/attachments/{ATTACHMENT}/download/a.pdf")
    assert "TRELLO_API_KEY" in missing.value.message
    with pytest.raises(UrlNotFetchable):
        api_request("https://trello.com/c/AbCd1234/12-card", TRELLO_KEY, TRELLO_TOKEN)
    assert api_request("https://files.example.test/a.pdf", TRELLO_KEY, TRELLO_TOKEN) == (
        "https://files.example.test/a.pdf", {})

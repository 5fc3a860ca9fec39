"""Trello attachment links: download them through Trello's API with a key and token.

Trello serves card attachments only to signed-in users, so the system this replaces imitated a
browser. Trello's API documents the supported way instead: the same path on
``api.trello.com`` with an ``Authorization: OAuth oauth_consumer_key="...", oauth_token="..."``
header. The key and token come from configuration (``TRELLO_API_KEY``, ``TRELLO_API_TOKEN``);
``download.py`` sends that header to ``api.trello.com`` only and drops it on any redirect to
another host. Links that are not on Trello pass through unchanged.
"""

from __future__ import annotations

import re
from urllib.parse import quote, unquote, urlsplit

from invoice_processing.errors import UrlNotFetchable

API_HOST = "api.trello.com"
TRELLO_HOSTS = frozenset({"trello.com", "www.trello.com", API_HOST})
_ATTACHMENT = re.compile(r"^/1/cards/([0-9a-fA-F]{24})/attachments/([0-9a-fA-F]{24})/download/([^/]+)$")


def api_request(url: str, key: str = "", token: str = "") -> tuple[str, dict[str, str]]:
    """``(url, headers)`` to download ``url``: the Trello API form for a Trello attachment link,
    the link itself and no headers for anything else."""
    try:
        parts = urlsplit(url.strip()) if isinstance(url, str) else None
        host = (parts.hostname or "").rstrip(".").lower() if parts else ""
        port = parts.port if parts else None
    except ValueError:
        return url, {}
    if host not in TRELLO_HOSTS:
        return url, {}
    match = _ATTACHMENT.match(parts.path)
    if match is None:
        raise UrlNotFetchable(
            "This Trello link is not an attachment download link (.../attachments/<id>/download/<file>). "
            "In Zapier, map the attachment's URL field.", detail="trello: not an attachment link")
    if not (key and token):
        raise UrlNotFetchable(
            "Trello attachment links need Trello API credentials; an operator must set TRELLO_API_KEY "
            "and TRELLO_API_TOKEN.", detail="trello: credentials not configured")
    card, attachment, name = match.groups()
    authority = f"{API_HOST}:{port}" if port else API_HOST  # an explicit port is kept (tests)
    api_url = f"https://{authority}/1/cards/{card}/attachments/{attachment}/download/{quote(unquote(name))}"
    header = f'OAuth oauth_consumer_key="{key}", oauth_token="{token}"'
    return api_url, {"Authorization": header}

"""Read request records straight from Cloud Logging (``python -m rollout report --project``).

The client library is imported only here and only when asked: the Cloud Function never loads
it through this package. Tests pass a hand-written client with the same ``list_entries``.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from rollout.report.records import EVENT_REQUEST, LoadResult, add_record


class SourceError(Exception):
    """Cloud Logging could not be read (credentials, permission, project); the message says which."""


def entries_filter(since: datetime, service: str = "") -> str:
    """Logging query for the request records since ``since`` (optionally one function only)."""
    query = f'jsonPayload.event="{EVENT_REQUEST}" AND timestamp>="{since.strftime("%Y-%m-%dT%H:%M:%SZ")}"'
    if service:
        query += f' AND resource.labels.service_name="{service}"'
    return query


def _client(project: str) -> Any:
    from google.cloud import logging as cloud_logging  # deferred: heavy, and only this command needs it

    return cloud_logging.Client(project=project)  # type: ignore[no-untyped-call]  # its __init__ is unannotated


def read_entries(project: str, since: datetime, *, service: str = "", client: Any = None) -> LoadResult:
    """All request records of ``project`` since ``since``, oldest first."""
    try:
        client = client or _client(project)
        entries = client.list_entries(resource_names=[f"projects/{project}"], filter_=entries_filter(since, service),
                                      order_by="timestamp asc", page_size=1000)
        result = LoadResult()
        for number, entry in enumerate(entries, start=1):
            result.lines += 1
            stamp = entry.timestamp.isoformat() if getattr(entry, "timestamp", None) else None
            add_record(result, {"jsonPayload": entry.payload, "timestamp": stamp}, number)
        return result
    except Exception as error:  # noqa: BLE001 - google-auth and api-core raise many types; all mean "cannot read"
        raise SourceError(f"cannot read Cloud Logging in project {project!r}: {type(error).__name__}: {error}. "
                          "Check `gcloud auth application-default login` and the Logs Viewer role.") from error

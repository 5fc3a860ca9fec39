"""Cloud Function entry point: ``process_invoice`` (functions-framework target).

Thin on purpose: settings and dependencies are built once per instance; each request is
handed to ``invoice_processing.app.handle`` with a router that asks ``rollout`` for the route
(the rollout stage is read from the environment on every request, so a new value takes
effect without a restart).
"""

from __future__ import annotations

import json
import logging
import os
from dataclasses import dataclass

import flask

import rollout
from invoice_processing import metrics
from invoice_processing.app import handle, unconfigured
from invoice_processing.config import Settings, load_settings
from invoice_processing.errors import InvoiceError
from invoice_processing.metrics import setup_logging
from invoice_processing.models import Backend, Route
from invoice_processing.pipeline import Deps
from invoice_processing.wiring import build_deps


@dataclass
class _Instance:
    """Built once per instance: either the settings and dependencies, or the error that stops them."""

    settings: Settings | None = None
    deps: Deps | None = None
    error: InvoiceError | None = None


_instance = _Instance()


def _startup() -> None:
    """Settings, logging and dependencies, once per instance (a config error is kept, not raised)."""
    if _instance.settings is not None or _instance.error is not None:
        return
    try:
        settings = load_settings()
    except InvoiceError as error:
        setup_logging()
        metrics.log_event(metrics.EVENT_CONFIG_ERROR, {"error_code": error.code, "detail": error.detail},
                          level=logging.ERROR)
        _instance.error = error
        return
    setup_logging(settings.log_format, settings.project_id)
    if not settings.webhook_token and settings.allow_unauthenticated:
        metrics.log_event(metrics.EVENT_STARTUP, {"detail": "no WEBHOOK_TOKEN: accepting unauthenticated requests"},
                          level=logging.WARNING)
    if settings.download_allow_private:
        metrics.log_event(metrics.EVENT_STARTUP, {"detail": "DOWNLOAD_ALLOW_PRIVATE is a test setting: plain http "
                          "and loopback downloads are allowed"}, level=logging.WARNING)
    try:
        deps = build_deps(settings)
    except InvoiceError as error:  # e.g. a backend that cannot be built: answer every request with it
        metrics.log_event(metrics.EVENT_CONFIG_ERROR, {"error_code": error.code, "detail": error.detail},
                          level=logging.ERROR)
        _instance.error = error
        return
    _instance.settings, _instance.deps = settings, deps


def route(key: str) -> Route:
    """The rollout's route for a PDF (by its SHA-256), read from the environment on every request."""
    routed = rollout.route_request(key, os.environ)
    if routed.stage_error:
        metrics.log_event(metrics.EVENT_ROLLOUT_INVALID, {"detail": routed.reason}, level=logging.ERROR)
    backend = Backend.GEMINI if routed.backend == rollout.GEMINI else Backend.DOCUMENT_AI
    return Route(backend, routed.stage, routed.bucket, routed.variant, routed.stage_error, routed.reason)


def process_invoice(request: flask.Request) -> flask.Response:
    _startup()
    if _instance.settings is None or _instance.deps is None:
        body, status, headers = unconfigured(_instance.error or InvoiceError())
    else:
        body, status, headers = handle(request, _instance.settings, _instance.deps, route)
    return flask.Response(json.dumps(body), status=status, headers=headers, mimetype="application/json")

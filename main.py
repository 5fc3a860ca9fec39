"""Cloud Function entry point: ``process_invoice`` (functions-framework target).

Thin on purpose: settings and dependencies are built once per instance; each request is
handed to ``invoice_processing.app.handle`` with a router that asks ``rollout`` for the plan
(the rollout stage is read from the environment on every request, so a new value takes
effect without a restart).
"""

from __future__ import annotations

import json
import logging
import os

import flask

import rollout
from invoice_processing import metrics
from invoice_processing.app import Plan, handle
from invoice_processing.config import load_settings
from invoice_processing.errors import InvoiceError
from invoice_processing.metrics import setup_logging
from invoice_processing.models import Backend
from invoice_processing.wiring import build_deps

_state: dict = {}


def _startup():
    """Settings, logging and dependencies, once per instance (a config error is kept, not raised)."""
    if "settings" in _state or "error" in _state:
        return
    try:
        settings = load_settings()
    except InvoiceError as error:
        setup_logging()
        metrics.log_event(metrics.EVENT_CONFIG_ERROR, {"error_code": error.code, "detail": error.detail},
                          level=logging.ERROR)
        _state["error"] = error
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
        _state["error"] = error
        return
    _state["settings"] = settings
    _state["deps"] = deps


def route(key: str) -> Plan:
    decision = rollout.route_request(key, os.environ)
    if decision.stage_error:
        metrics.log_event(metrics.EVENT_ROLLOUT_INVALID, {"detail": decision.reason}, level=logging.ERROR)
    backend = Backend.GEMINI if decision.planned_backend == "gemini" else Backend.DOCUMENT_AI
    return Plan(backend, decision.stage, decision.bucket, decision.variant, decision.stage_error, decision.reason)


def process_invoice(request: flask.Request):
    _startup()
    if "error" in _state:
        error = _state["error"]
        body = {"success": False, "error": {"code": error.code, "message": error.message}, "request_id": ""}
        return flask.Response(json.dumps(body), status=error.status, mimetype="application/json")
    body, status, headers = handle(request, _state["settings"], _state["deps"], route)
    return flask.Response(json.dumps(body), status=status, headers=headers, mimetype="application/json")

"""Every ConfigurationError that config.py raises at start-up has a Terraform guard, or a reason
written here why Terraform cannot produce it.

A deployment that the code refuses answers 500 to every request, so Terraform must refuse the same
variables at plan time. Each raise site in config.py is found in its source (function and the
``detail`` it names); a new one fails ``test_every_configuration_error_is_accounted_for`` until it
is listed below. A guard is shown to work both ways: the code refuses the environment, and
Terraform (the provider-free plan) refuses the variables that would produce it.
"""

from __future__ import annotations

import ast
import inspect
from dataclasses import dataclass

import pytest

from invoice_processing import config
from invoice_processing.errors import ConfigurationError
from scripts.terraform_offline_plan import plan
from test_scripts.infra.test_terraform_plan import example, function_environment


@dataclass(frozen=True)
class Guard:
    tfvars: dict[str, object]  # variables Terraform must refuse
    env: dict[str, str]  # the environment the code refuses (changes to what the example deploys)
    names: tuple[str, ...]  # what Terraform's message must name


LITERALS = ("Terraform sets this variable to a literal or to tostring() of a typed, validated variable; "
            "test_terraform_plan starts load_settings on the environment the plan evaluates.")

GUARDS: dict[str, Guard | str] = {
    "_int:name": LITERALS,
    "_seconds:name": LITERALS,
    "_overrides:name": "DOWNLOAD_RESOLVE_OVERRIDES is a test seam; Terraform sets it empty, so it is never deployed.",
    "_log_format:name": LITERALS,
    "_check_backends:'GEMINI_MODEL'": Guard(
        {"gemini_model": "gemini 2.5 flash"}, {"GEMINI_MODEL": "gemini 2.5 flash"}, ("gemini_model",)),
    "_check_backends:'GEMINI_API_VERSION'": (
        "GEMINI_API_VERSION is the literal \"v1beta\" in function.tf, not a variable."),
    "_check_backends:'GOOGLE_CLOUD_LOCATION'": Guard(
        {"document_ai_location": "us central"}, {"GOOGLE_CLOUD_LOCATION": "us central"}, ("document_ai_location",)),
    "_check_backends:'GOOGLE_CLOUD_PROJECT_ID'": Guard(
        {"project_id": ""}, {"GOOGLE_CLOUD_PROJECT_ID": ""}, ("project_id",)),
    "_check_backends:'GEMINI_API_KEY_SECRET'": (
        "Terraform sets GEMINI_API_KEY_SECRET empty: the key is mounted from Secret Manager as GEMINI_API_KEY."),
    "_check_backends:'DOCUMENT_AI_PROCESSOR_ID'": Guard(
        {"document_ai_processor_id": ""}, {"DOCUMENT_AI_PROCESSOR_ID": ""},
        ("production_rollout_enabled", "document_ai_processor_id")),
    "_check_backends:'SHEET_WRITE_RESERVE_SECONDS'": Guard(
        {"request_deadline_seconds": 10}, {"REQUEST_DEADLINE_SECONDS": "10"}, ("request_deadline_seconds",)),
}


def raise_sites() -> set[str]:
    """``function:detail`` of every ``raise ConfigurationError(...)`` in config.py."""
    sites = set()
    for function in ast.walk(ast.parse(inspect.getsource(config))):
        if not isinstance(function, ast.FunctionDef):
            continue
        for node in ast.walk(function):
            if isinstance(node, ast.Raise) and isinstance(node.exc, ast.Call) \
                    and getattr(node.exc.func, "id", None) == ConfigurationError.__name__:
                detail = next((ast.unparse(k.value) for k in node.exc.keywords if k.arg == "detail"), "")
                sites.add(f"{function.name}:{detail}")
    return sites


def test_every_configuration_error_is_accounted_for():
    assert raise_sites() == set(GUARDS)
    for reason in (g for g in GUARDS.values() if isinstance(g, str)):
        assert len(reason) > 40  # a reason someone can check, not a placeholder


@pytest.mark.parametrize("site", sorted(k for k, g in GUARDS.items() if isinstance(g, Guard)))
def test_each_guard_refuses_what_the_code_refuses(site):
    guard = GUARDS[site]
    assert isinstance(guard, Guard)
    deployed = function_environment(example())
    load_settings = config.load_settings
    load_settings(deployed)  # the example itself starts
    with pytest.raises(ConfigurationError) as refused:
        load_settings({**deployed, **guard.env})
    assert f"{site.split(':')[0]}:{refused.value.detail!r}" == site  # refused by this very check
    result = plan(overrides=guard.tfvars)
    assert not result.ok
    assert any(all(name in error for name in guard.names) for error in result.errors), result.errors

"""Terraform itself plans the configuration with no provider (scripts/terraform_offline_plan.py):
the example variables pass every validation and precondition, the combinations the docs warn
about are refused with a message that says what to set, and the evaluated arguments are what
the code and the Monitoring API expect.
"""

from __future__ import annotations

import json
import re
from functools import cache

import pytest

from invoice_processing.config import load_settings
from scripts.terraform_offline_plan import PlanResult, parse_body, plan, statements

FUNCTION = "google_cloudfunctions2_function.invoice"
SECOND_APPLY = {"gemini_api_key_secret_version": "1", "webhook_token_secret_version": "1", "allow_public_access": True}


@cache
def example() -> PlanResult:
    return plan()


@cache
def second_apply() -> PlanResult:
    return plan(overrides=SECOND_APPLY)


def function_environment(result: PlanResult) -> dict[str, str]:
    """What the function's process would see: plain variables plus a stand-in per mounted secret."""
    service = result.stubs[FUNCTION]["service_config"][0]
    secrets = {s["key"]: f"stand-in for {s['secret']} version {s['version']}"
               for s in service["secret_environment_variables"]}
    return {**service["environment_variables"], **secrets}


def test_the_example_variables_plan_as_the_first_apply():
    result = example()
    assert result.ok, result.errors
    service = result.stubs[FUNCTION]["service_config"][0]
    assert service["secret_environment_variables"] == []  # the secrets have no versions yet
    assert list(result.stubs["google_cloud_run_v2_service_iam_member.invoker"]) == []  # private URL


def test_the_second_apply_mounts_the_pinned_secrets_and_opens_the_url():
    result = second_apply()
    assert result.ok, result.errors
    service = result.stubs[FUNCTION]["service_config"][0]
    mounted = {s["key"]: s["version"] for s in service["secret_environment_variables"]}
    assert mounted == {"GEMINI_API_KEY": "1", "WEBHOOK_TOKEN": "1"}
    assert list(result.stubs["google_cloud_run_v2_service_iam_member.invoker"]) == ["allUsers"]
    assert function_environment(result)["ALLOW_UNAUTHENTICATED"] == "false"  # the token is then mandatory


@pytest.mark.parametrize("result", [example, second_apply], ids=["first_apply", "second_apply"])
def test_the_code_starts_with_the_environment_terraform_deploys(result):
    settings = load_settings(function_environment(result()))  # raises ConfigurationError if refused
    assert settings.spreadsheet_id and settings.document_ai_configured


@pytest.mark.parametrize(("overrides", "names"), [
    # 1. public URL before a webhook token version exists
    ({"allow_public_access": True}, ["allow_public_access", "webhook_token_secret_version"]),
    # 2. the rollout on without Document AI: every request would answer 500
    ({"document_ai_processor_id": ""}, ["production_rollout_enabled", "document_ai_processor_id"]),
    # a Gemini stage without a key version
    ({"gemini_rollout_stage": "initial"}, ["gemini_api_key_secret_version", "gemini_rollout_stage"]),
], ids=["public_without_token", "rollout_without_document_ai", "stage_without_gemini_key"])
def test_refused_combinations_say_what_to_set(overrides, names):
    result = plan(overrides=overrides)
    assert not result.ok
    (error,) = result.errors
    assert error.startswith("Resource precondition failed")
    for name in names:
        assert name in error


@pytest.mark.parametrize(("overrides", "accepted"), [
    ({"region": "europe-west10"}, True),
    ({"region": "us-central"}, False),
    ({"slo_availability_goal": 0.999}, True),
    ({"slo_availability_goal": 0.9999}, False),
    ({"gemini_model": "models/gemini-2.5-pro"}, True),
    ({"gemini_model": "gemini-.bad"}, False),
])
def test_variable_validation_matches_what_google_and_the_code_accept(overrides, accepted):
    result = plan(overrides=overrides)
    assert result.ok == accepted, result.errors
    if not accepted:
        assert all(e.startswith("Invalid value for variable") for e in result.errors)


def test_alert_conditions_print_thresholds_as_people_read_them():
    policies = example().stubs["google_monitoring_alert_policy.thresholds"]
    names = {key: policy["conditions"][0]["display_name"] for key, policy in policies.items()}
    assert names["timeout_rate_warning"] == "Timeout rate over 15 min beyond 5%"
    assert names["gemini_failure_rate_critical"].endswith("beyond 50% of Gemini-planned requests not served by Gemini")
    assert names["mean_duration_critical"] == "Average processing time over 15 min beyond 60 s"
    for policy in policies.values():
        assert re.search(r"\b0\.\d", policy["conditions"][0]["display_name"]) is None  # no fraction shown as a percent


def test_dashboard_json_holds_nothing_the_api_drops_and_every_line_has_a_legend():
    dashboard = json.loads(example().stubs["google_monitoring_dashboard.invoices"]["dashboard_json"])
    tiles = dashboard["mosaicLayout"]["tiles"]
    positions = [(t.get("xPos", 0), t.get("yPos", 0)) for t in tiles]
    assert len(set(positions)) == len(tiles)  # no two tiles in one place
    assert all(t.get("xPos") != 0 and t.get("yPos") != 0 for t in tiles)  # 0 is left out, not sent

    def walk(node):
        if isinstance(node, dict):
            yield node
            for value in node.values():
                yield from walk(value)
        elif isinstance(node, list):
            for value in node:
                yield from walk(value)

    assert all(node.get("groupByFields") != [] for node in walk(dashboard))
    duration = next(t for t in tiles if t["widget"]["title"].startswith("Processing time"))
    legends = [d["legendTemplate"] for d in duration["widget"]["xyChart"]["dataSets"]]
    assert legends == ["mean ${metric.labels.method_used}", "p95 ${metric.labels.method_used}"]
    for tile in tiles:
        lines = [d for d in tile["widget"]["xyChart"]["dataSets"] if d["plotType"] == "LINE"]
        assert len(lines) < 2 or all(d.get("legendTemplate") for d in lines), tile["widget"]["title"]


def test_the_archive_reads_exactly_the_listed_files():
    archive = example().stubs["data.archive_file.source"]
    names = sorted(s["filename"] for s in archive["source"])
    assert names == sorted(set(names))
    assert "main.py" in names and "requirements.txt" in names
    assert not [n for n in names if n.startswith(("test_scripts/", "rollout/report/", "terraform/"))]


def test_the_reader_keeps_strings_interpolations_and_comments_apart():
    text = 'a = "x # not a comment ${b ? "}" : "{"}" # a comment\nblock "l" {\n  c = [1,\n 2]\n}\n'
    assert statements(text) == ['a = "x # not a comment ${b ? "}" : "{"}"', 'block "l" {\n  c = [1,\n 2]\n}']
    (attr, block) = parse_body(text)
    assert (attr.name, block.type, block.labels, block.items[0].expr) == ("a", "block", ["l"], "[1,\n 2]")


"""Terraform parses, and says what the code needs: every env var, the entry point, pinned secrets.

No provider or cloud is reachable in CI, so ``terraform validate`` cannot run; these tests read
the HCL with python-hcl2 and check it against the Python code it deploys. ``load_terraform``
is shared with test_terraform_alerts.py.
"""

from __future__ import annotations

import ast
import re
from functools import cache
from pathlib import Path
from typing import Any

import hcl2
from hcl2.utils import SerializationOptions

from invoice_processing.config import ENV_VARS as FUNCTION_ENV_VARS
from rollout.stages import ENV_VARS as ROLLOUT_ENV_VARS
from rollout.stages import Stage
from test_scripts.paths import ROOT

ENV_VARS = {**FUNCTION_ENV_VARS, **ROLLOUT_ENV_VARS}  # every setting the deployed code reads

TERRAFORM = ROOT / "terraform"
CONCERNS = ["versions.tf", "variables.tf", "main.tf", "function.tf", "iam.tf", "secrets.tf",
            "logging-metrics.tf", "alerts.tf", "slo.tf", "dashboard.tf", "outputs.tf"]


def _clean(value: Any) -> Any:
    """Drop python-hcl2's ``__is_block__`` markers; keep everything else as parsed."""
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items() if k != "__is_block__"}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    return value


def parse(path: Path) -> dict:
    options = SerializationOptions(strip_string_quotes=True, with_comments=False)
    return _clean(hcl2.loads(path.read_text(), serialization_options=options))


@cache
def load_terraform() -> dict:
    """All .tf files merged: {"locals": {...}, "variable": {...}, "resource": {(type, name): body}}."""
    merged: dict = {"locals": {}, "variable": {}, "resource": {}, "data": {}, "output": {}}
    for path in sorted(TERRAFORM.glob("*.tf")):
        doc = parse(path)
        for block in doc.get("locals", []):
            assert not set(block) & set(merged["locals"]), f"local defined twice in {path.name}"
            merged["locals"].update(block)
        for kind in ("variable", "output"):
            for block in doc.get(kind, []):
                merged[kind].update(block)
        for kind in ("resource", "data"):
            for block in doc.get(kind, []):
                for rtype, named in block.items():
                    for name, body in named.items():
                        merged[kind][(rtype, name)] = body
    return merged


def block(body: dict, name: str) -> dict:
    """The single nested block ``name`` of a resource body."""
    (only,) = body[name]
    return only


def test_one_file_per_concern_and_every_file_parses():
    present = {p.name for p in TERRAFORM.glob("*.tf")}
    assert set(CONCERNS) <= present
    for path in TERRAFORM.glob("*.tf"):
        assert parse(path), path.name


def test_variables_are_alphabetical_typed_and_described():
    names = [name for doc in [parse(TERRAFORM / "variables.tf")] for v in doc["variable"] for name in v]
    assert names == sorted(names)
    for name, body in load_terraform()["variable"].items():
        assert body.get("type"), f"{name} has no type"
        assert body.get("description"), f"{name} has no description"


def test_rollout_stage_variable_accepts_exactly_the_code_stages():
    variable = load_terraform()["variable"]["gemini_rollout_stage"]
    condition = variable["validation"][0]["condition"]
    allowed = set(re.findall(r'"(\w+)"', condition))
    assert allowed == {stage.value for stage in Stage}
    assert variable["default"] == Stage.DISABLED.value
    assert load_terraform()["variable"]["gemini_emergency_disable"]["type"] == "bool"
    assert load_terraform()["variable"]["production_rollout_enabled"]["type"] == "bool"


def test_function_sets_every_environment_variable_the_code_reads():
    tf = load_terraform()
    plain = set(tf["locals"]["function_env"])
    secret = {s["env_var"] for s in tf["locals"]["secrets"].values()}
    assert not plain & secret, "a secret must not also be a plain environment variable"
    assert plain | secret == set(ENV_VARS)
    assert secret == {"GEMINI_API_KEY", "WEBHOOK_TOKEN", "TRELLO_API_KEY", "TRELLO_API_TOKEN"}
    env = tf["locals"]["function_env"]
    assert env["GEMINI_ROLLOUT_STAGE"] == "${var.gemini_rollout_stage}"
    assert env["PRODUCTION_ROLLOUT_ENABLED"] == "${tostring(var.production_rollout_enabled)}"
    assert env["GEMINI_EMERGENCY_DISABLE"] == "${tostring(var.gemini_emergency_disable)}"
    assert env["REQUEST_DEADLINE_SECONDS"] == "${tostring(var.request_deadline_seconds)}"


def test_defaults_match_the_code_defaults():
    tf = load_terraform()
    env, variables = tf["locals"]["function_env"], tf["variable"]
    for name, value in env.items():
        literal = not value.startswith("${") and name not in {"LOCAL_SHEET_PATH", "ALLOW_UNAUTHENTICATED"}
        if literal and value:
            assert value == ENV_VARS[name][0], name
    assert str(variables["request_deadline_seconds"]["default"]) == ENV_VARS["REQUEST_DEADLINE_SECONDS"][0]
    assert variables["rollout_salt"]["default"] == ENV_VARS["ROLLOUT_SALT"][0]
    assert variables["gemini_model"]["default"] == ENV_VARS["GEMINI_MODEL"][0]


def test_function_runs_the_entry_point_with_enough_time_and_memory():
    tf = load_terraform()
    function = tf["resource"][("google_cloudfunctions2_function", "invoice")]
    build, service = block(function, "build_config"), block(function, "service_config")
    assert build["runtime"] == "python312"
    main = ast.parse((ROOT / "main.py").read_text())
    assert build["entry_point"] in {n.name for n in main.body if isinstance(n, ast.FunctionDef)}
    assert service["available_memory"] == "2Gi"  # OCR of scanned pages (docs/ocr.md)
    assert service["timeout_seconds"] == "${var.function_timeout_seconds}"
    variables = tf["variable"]
    assert variables["function_timeout_seconds"]["default"] >= variables["request_deadline_seconds"]["default"]
    assert variables["request_deadline_seconds"]["default"] < 160  # Zapier's limit
    conditions = [p["condition"] for p in block(function, "lifecycle")["precondition"]]
    assert "${var.function_timeout_seconds >= var.request_deadline_seconds}" in conditions
    assert service["service_account_email"] == "${google_service_account.runtime.email}"


def test_secrets_are_mounted_at_pinned_versions_and_never_stored_in_state():
    tf = load_terraform()
    assert not [key for key in tf["resource"] if key[0] == "google_secret_manager_secret_version"]
    for name in ("gemini_api_key_secret_version", "webhook_token_secret_version"):
        condition = tf["variable"][name]["validation"][0]["condition"]
        assert "^[1-9][0-9]*$" in condition  # a number, never "latest"
    service = block(tf["resource"][("google_cloudfunctions2_function", "invoice")], "service_config")
    mounted = service["dynamic"][0]["secret_environment_variables"]
    assert mounted["for_each"] == "${local.secret_env}"
    assert block(mounted, "content")["version"] == "${secret_environment_variables.value.version}"


def test_build_identity_can_stage_the_source_and_the_function_waits_for_its_grants():
    tf = load_terraform()
    roles = tf["resource"][("google_project_iam_member", "build")]["for_each"]
    assert sorted(re.findall(r"roles/[\w.]+", roles)) == [
        "roles/artifactregistry.writer", "roles/logging.logWriter", "roles/storage.objectAdmin"]
    wait = tf["resource"][("time_sleep", "iam_propagation")]
    assert wait["create_duration"] == "60s"
    triggers = wait["triggers"]
    for granted in ("google_project_iam_member.build", "google_project_iam_member.runtime",
                    "google_secret_manager_secret_iam_member.runtime"):
        assert granted in str(triggers)  # every grant is waited for, and a changed set waits again
    function = tf["resource"][("google_cloudfunctions2_function", "invoice")]
    assert "${time_sleep.iam_propagation}" in function["depends_on"]


def test_everything_that_calls_a_google_api_waits_for_its_enablement():
    tf = load_terraform()
    apis = tf["resource"][("google_project_service", "apis")]["for_each"]
    assert "cloudresourcemanager.googleapis.com" in apis  # project IAM bindings
    enabled = "${google_project_service.apis}"
    direct = [("google_service_account", "runtime"), ("google_service_account", "build"),
              ("google_project_iam_member", "runtime"), ("google_project_iam_member", "build"),
              ("google_monitoring_notification_channel", "email"), ("google_monitoring_custom_service", "invoices"),
              ("google_monitoring_dashboard", "invoices"), ("google_logging_metric", "metrics"),
              ("google_storage_bucket", "source"), ("google_secret_manager_secret", "secrets"),
              ("google_cloudfunctions2_function", "invoice")]
    for key in direct:
        assert enabled in tf["resource"][key].get("depends_on", []), key


def test_runtime_identity_has_least_privilege():
    tf = load_terraform()
    roles = tf["resource"][("google_project_iam_member", "runtime")]["for_each"]
    assert sorted(re.findall(r"roles/[\w.]+", roles)) == ["roles/documentai.apiUser", "roles/logging.logWriter"]
    accessor = tf["resource"][("google_secret_manager_secret_iam_member", "runtime")]
    assert accessor["role"] == "roles/secretmanager.secretAccessor"
    assert accessor["for_each"] == "${google_secret_manager_secret.secrets}"  # per secret, not project-wide
    invoker = tf["resource"][("google_cloud_run_v2_service_iam_member", "invoker")]
    assert "var.allow_public_access ? [\"allUsers\"]" in invoker["for_each"]
    function = tf["resource"][("google_cloudfunctions2_function", "invoice")]
    conditions = [p["condition"] for p in block(function, "lifecycle")["precondition"]]
    assert "${!var.allow_public_access || var.webhook_token_secret_version != null}" in conditions


def test_source_archive_lists_files_not_patterns():
    local = load_terraform()["locals"]
    assert "fileset" not in local["source_files"]  # a pattern would pick up stray or untracked files
    assert "local.source_modules" in local["source_files"]
    assert '"main.py", "requirements.txt"' in local["source_files"]
    assert local["source_modules"] == sorted(local["source_modules"])
    assert all(f.startswith("invoice_processing/") and f.endswith(".py") for f in local["source_modules"])
    assert "invoice_processing/__main__.py" not in local["source_modules"]  # the CLI is not deployed
    function = load_terraform()["resource"][("google_storage_bucket_object", "source")]
    assert "local.source_hash" in function["name"]  # a code change is a new object and a rebuild


def test_source_bucket_deletes_only_noncurrent_versions():
    bucket = load_terraform()["resource"][("google_storage_bucket", "source")]
    assert block(bucket, "versioning")["enabled"] is True
    for rule in bucket.get("lifecycle_rule", []):
        condition = block(rule, "condition")
        if block(rule, "action")["type"] == "Delete":
            assert condition.get("with_state") == "ARCHIVED" and "days_since_noncurrent_time" in condition
            assert "age" not in condition  # an age rule would delete the live source of an idle function


def test_every_checkov_skip_gives_a_reason():
    for path in TERRAFORM.glob("*.tf"):
        for line in path.read_text().splitlines():
            if "checkov:skip" in line:
                assert re.search(r"#checkov:skip=CKV2?_[A-Z]+_\d+: \S.{30,}", line), f"{path.name}: {line}"


def test_example_tfvars_sets_only_declared_variables():
    example = parse(TERRAFORM / "terraform.tfvars.example")
    assert set(example) <= set(load_terraform()["variable"])
    required = {n for n, v in load_terraform()["variable"].items() if "default" not in v}
    assert required <= set(example)


def test_gemini_model_validation_is_the_codes_own_check():
    from invoice_processing.config import _GEMINI_MODEL

    condition = load_terraform()["variable"]["gemini_model"]["validation"][0]["condition"]
    (pattern,) = re.findall(r'regex\("([^"]+)"', condition)
    samples = ["gemini-2.5-flash", "models/gemini-2.5-pro", "gemini-2.0-flash-lite-001", "gemini-", "gemini-.x",
               "Gemini-2.5", "gemini 2.5", "models/gemini-", "gpt-4o", "gemini-2.5-flash/extra", "gemini-x_y"]
    assert [re.fullmatch(pattern, s) is not None for s in samples] == [
        _GEMINI_MODEL.fullmatch(s) is not None for s in samples]

"""Log-based metrics, alerts and the SLO count real log records the intended way.

Records are rendered by the product's own code (``metrics.log_event`` through ``metrics``'s
JSON formatter),
wrapped as Cloud Logging would store them (jsonPayload on the Cloud Run revision), and run
through small evaluators of the two filter languages Terraform uses: the Logging query subset
of the log-metric filters (AND/OR/NOT, parentheses, = != >= <= > <) with ``EXTRACT(field)``
label and value extractors, and the Monitoring label selectors of alerts and the SLO
(``metric.label.x="v"``, ``!=``, ``=monitoring.regex.full_match("re")``, joined by AND).
"""

from __future__ import annotations

import io
import json
import re
import shlex

import pytest

from invoice_processing import metrics
from test_scripts.infra.test_terraform_config import TERRAFORM, load_terraform

PREFIX = "test"
TF = load_terraform()
LOCALS = TF["locals"]


def resolve(text: str) -> str:
    """Substitute ``${local.x}`` and ``${var.prefix}`` as Terraform would for this test's prefix."""
    for _ in range(5):
        text = re.sub(r"\$\{local\.(\w+)\}", lambda m: LOCALS[m.group(1)], text).replace("${var.prefix}", PREFIX)
    assert "${" not in text, text
    return text


SERVICE = resolve(LOCALS["function_name"])


def _labels(value) -> list[str]:
    """A metric's label list, literal or the ``keys(local.request_labels)`` shared set."""
    return sorted(LOCALS["request_labels"]) if value == "${keys(local.request_labels)}" else value


METRICS = {name: {**m, "filter": resolve(m["filter"]), "labels": _labels(m["labels"])}
           for name, m in LOCALS["logging_metrics"].items()}


# --- Cloud Logging query subset -----------------------------------------------------------
def _tokens(text: str) -> list[str]:
    lexer = shlex.shlex(text, posix=False, punctuation_chars="=!<>()")
    lexer.wordchars += ".:_-"
    return list(lexer)


def _field(entry: dict, path: str):
    value = entry
    for part in path.split("."):
        if not isinstance(value, dict) or part not in value:
            return None
        value = value[part]
    return value


def _compare(actual, op: str, literal: str) -> bool:
    if actual is None:
        return False  # a missing field matches no comparison (NOT then matches it)
    if literal.startswith('"'):
        expected = json.loads(literal)
        actual = json.dumps(actual) if isinstance(actual, bool) else str(actual)
        return {"=": actual == expected, "!=": actual != expected}[op]
    a, b = float(actual), float(literal)
    return {"=": a == b, "!=": a != b, ">=": a >= b, "<=": a <= b, ">": a > b, "<": a < b}[op]


def log_filter_matches(text: str, entry: dict) -> bool:
    tokens = _tokens(text)
    pos = 0

    def take() -> str:
        nonlocal pos
        pos += 1
        return tokens[pos - 1]

    def peek() -> str | None:
        return tokens[pos] if pos < len(tokens) else None

    def disjunction() -> bool:
        result = conjunction()
        while peek() == "OR":
            take()
            result = conjunction() or result
        return result

    def conjunction() -> bool:
        result = term()
        while peek() == "AND":
            take()
            result = term() and result
        return result

    def term() -> bool:
        if peek() == "NOT":
            take()
            return not term()
        if peek() == "(":
            take()
            result = disjunction()
            assert take() == ")"
            return result
        path, op, literal = take(), take(), take()
        assert op in {"=", "!=", ">=", "<=", ">", "<"}, op
        return _compare(_field(entry, path), op, literal)

    result = disjunction()
    assert pos == len(tokens), f"unparsed: {tokens[pos:]}"
    return result


def extract(expression: str, entry: dict) -> str:
    (path,) = re.fullmatch(r"EXTRACT\(([\w.]+)\)", expression).groups()
    value = _field(entry, path)
    return "" if value is None else json.dumps(value) if isinstance(value, bool) else str(value)


# --- Cloud Monitoring label selectors ------------------------------------------------------
def selector_matches(text: str, labels: dict[str, str]) -> bool:
    for term in text.split(" AND "):
        name, op, value = re.fullmatch(r'metric\.label\.(\w+)(!=|=)(.+)', term.strip()).groups()
        actual = labels.get(name, "")  # an empty extraction is an empty label
        regex = re.fullmatch(r'monitoring\.regex\.full_match\((".*")\)', value)
        ok = re.fullmatch(json.loads(regex.group(1)), actual) is not None if regex else actual == json.loads(value)
        if ok != (op == "="):
            return False
    return True


# --- Records through the real code path ----------------------------------------------------
def render(event: str, fields: dict, service: str = SERVICE) -> dict:
    stream = io.StringIO()
    logger = metrics.setup_logging("json", "test-project", stream=stream)
    try:
        metrics.log_event(event, fields)
    finally:
        for handler in list(logger.handlers):
            logger.removeHandler(handler)
    payload = json.loads(stream.getvalue())
    # Cloud Logging lifts its special keys out of jsonPayload; everything else stays.
    for key in [k for k in payload if k in {"severity", "time"} or k.startswith("logging.googleapis.com/")]:
        del payload[key]
    return {"resource": {"type": "cloud_run_revision", "labels": {"service_name": service}}, "jsonPayload": payload}


def request(outcome: str, planned: str = "gemini", used: str = "gemini", **extra) -> dict:
    fields = {"request_id": "r1", "outcome": outcome, "http_status": 200, "error_code": "", "method_planned": planned,
              "fallback_used": False, "timed_out": False, "duration_ms": 12000, "vendor": "Rifle Paper Co.",
              "rollout_stage": "initial", "variant": "treatment" if planned == "gemini" else "control",
              "quality_score": 0.9, "items": 4}
    if used:
        fields["method_used"] = used
    return render(metrics.EVENT_REQUEST, {**fields, **extra})


RECORDS = {
    "success": request("success"),
    "fallback": request("success", used="document_ai", fallback_used=True, timed_out=True,
                        fallback_reason="gemini_timeout", duration_ms=70000),
    "timeout": request("timeout", used="", http_status=504, error_code="deadline_exceeded", timed_out=True,
                       duration_ms=150000),
    "error": request("error", planned="document_ai", used="", http_status=500, error_code="sheet_error"),
    "duplicate": request("duplicate", planned="document_ai", used="document_ai"),
    "client_error": request("client_error", planned="gemini", used="", http_status=422, error_code="no_products"),
}
PROCESSED = {"success", "fallback", "timeout", "error", "duplicate"}


def counted(metric: str, entry: dict) -> dict[str, str] | None:
    """The labels the log-based metric gives this entry, or None when it does not count it."""
    spec = METRICS[metric]
    if not log_filter_matches(spec["filter"], entry):
        return None
    return {label: extract(f"EXTRACT(jsonPayload.{label})", entry) for label in spec["labels"]}


def matching(metric: str, selector: str) -> set[str]:
    """Names of the records that the metric counts and the selector keeps."""
    return {k for k, e in RECORDS.items() if (lb := counted(metric, e)) is not None and selector_matches(selector, lb)}


EXPECTED_SELECTED = {
    "timeout_rate": {"timeout"},
    "error_rate": {"error"},
    "gemini_failure_rate": {"fallback", "timeout"},
    "fallback_rate": {"fallback"},
    "mean_duration": PROCESSED,
}
EXPECTED_POPULATION = {name: PROCESSED for name in EXPECTED_SELECTED} | {
    "gemini_failure_rate": {"success", "fallback", "timeout"},
}


@pytest.mark.parametrize("name", sorted(EXPECTED_SELECTED))
def test_each_alert_counts_each_outcome_the_intended_way(name):
    alert = LOCALS["threshold_alerts"][name]
    assert matching(alert["metric"], alert["selector"]) == EXPECTED_SELECTED[name]
    assert matching("invoice_requests", alert["population"]) == EXPECTED_POPULATION[name]


def test_alert_thresholds_are_the_spec_table():
    spec = {"timeout_rate": (0.05, 0.10), "error_rate": (0.02, 0.05), "gemini_failure_rate": (1 - 0.70, 1 - 0.50),
            "fallback_rate": (0.40, 0.60), "mean_duration": (45000, 60000)}
    alerts = LOCALS["threshold_alerts"]
    assert set(alerts) == set(spec)
    for name, levels in spec.items():
        assert (alerts[name]["warning"], alerts[name]["critical"]) == pytest.approx(levels), name
    policy = TF["resource"][("google_monitoring_alert_policy", "thresholds")]
    assert policy["for_each"] == "${local.threshold_policies}" and policy["combiner"] == "AND"
    threshold, guard = (c["condition_threshold"][0] for c in policy["conditions"])
    assert threshold["filter"] == "${local.metric_filter[each.value.metric]} AND ${each.value.selector}"
    assert threshold["aggregations"][0]["alignment_period"] == "${local.alert_window}"
    assert LOCALS["alert_window"] == "900s"  # SPEC: a 15-minute window
    assert guard["filter"] == "${local.metric_filter.invoice_requests} AND ${each.value.population}"
    assert "documentation" in policy and "runbook" in policy["documentation"][0]["content"]


def test_mean_duration_averages_the_value_the_code_logs():
    extractor = METRICS["invoice_duration"]["value_extractor"]
    values = {k: float(extract(extractor, e)) for k, e in RECORDS.items() if counted("invoice_duration", e)}
    assert values["timeout"] == 150000 and values["fallback"] == 70000


def test_slo_counts_errors_and_timeouts_as_bad_out_of_processed_requests():
    slo = {"bad": LOCALS["slo_bad_selector"], "total": LOCALS["slo_total_selector"]}
    chosen = {part: matching("invoice_requests", selector) for part, selector in slo.items()}
    assert chosen == {"bad": {"timeout", "error"}, "total": PROCESSED}
    assert {name: (b["long"], b["short"], b["threshold"]) for name, b in LOCALS["burn_rate_alerts"].items()} == {
        "fast": ("3600s", "300s", 14.4), "slow": ("21600s", "1800s", 6)}


def test_metrics_count_only_this_deployment_and_only_request_records():
    other = request("timeout")
    other["resource"]["labels"]["service_name"] = "someone-else"
    assert counted("invoice_requests", other) is None
    invalid = render(metrics.EVENT_ROLLOUT_INVALID, {"detail": "unknown stage"})
    assert counted("invoice_requests", invalid) is None
    assert counted("invoice_anomalies", invalid) == {"event": metrics.EVENT_ROLLOUT_INVALID}
    assert counted("invoice_anomalies", RECORDS["error"]) is None


def test_every_field_label_and_event_used_is_one_the_code_emits():
    events = {v for k, v in vars(metrics).items() if k.startswith("EVENT_")}
    used_fields, used_events = set(), set()
    for metric in METRICS.values():
        used_fields |= set(re.findall(r"jsonPayload\.(\w+)", metric["filter"] + (metric["value_extractor"] or "")))
        used_fields |= set(metric["labels"])
        used_events |= set(re.findall(r'jsonPayload\.event="(\w+)"', metric["filter"]))
    assert used_fields <= set(metrics.FIELDS), used_fields - set(metrics.FIELDS)
    assert used_events <= events and metrics.EVENT_REQUEST in used_events
    selectors = [a["selector"] + " AND " + a["population"] for a in LOCALS["threshold_alerts"].values()]
    selectors += [LOCALS["slo_bad_selector"], LOCALS["slo_total_selector"]]
    for text in selectors:
        for label in re.findall(r"metric\.label\.(\w+)", text):
            assert label in METRICS["invoice_requests"]["labels"] or label in METRICS["invoice_duration"]["labels"]
        for value in re.findall(r'outcome!?="(\w+)"', text):
            assert value in metrics.OUTCOMES
    extractor = TF["resource"][("google_logging_metric", "metrics")]["label_extractors"]
    assert 'EXTRACT(jsonPayload.${label})' in extractor  # labels come from the field of the same name


def test_nothing_that_reads_a_log_based_metric_is_created_before_the_metric_settles():
    """The Monitoring API refuses (404) an alert policy naming a log-based metric created moments
    before (terraform-provider-google issue 11102): alerts, the SLO and the dashboard get the
    metric names only through the wait's triggers, and state the dependency explicitly."""
    wait = TF["resource"][("time_sleep", "metric_propagation")]
    assert wait["triggers"] == "${{for k, m in google_logging_metric.metrics : k => m.name}}"
    assert wait["create_duration"] == "${var.metric_propagation_seconds}s"
    assert TF["variable"]["metric_propagation_seconds"]["default"] >= 600  # "could take up to 10 minutes"
    assert "in time_sleep.metric_propagation.triggers" in LOCALS["metric_filter"]
    for key in [("google_monitoring_alert_policy", "thresholds"), ("google_monitoring_alert_policy", "anomalies"),
                ("google_monitoring_alert_policy", "burn_rate"), ("google_monitoring_slo", "availability")]:
        assert "${time_sleep.metric_propagation}" in TF["resource"][key]["depends_on"], key
    readers = [path.name for path in TERRAFORM.glob("*.tf") if "google_logging_metric.metrics" in path.read_text()]
    assert readers == ["logging-metrics.tf"]  # nothing else can bypass the wait
    text = (TERRAFORM / "logging-metrics.tf").read_text()
    assert text.count("google_logging_metric.metrics") == 1

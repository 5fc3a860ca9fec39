# Log-based metrics over the one structured record per request (invoice_processing/metrics.py:
# event "invoice_request" and its fields). Records are JSON lines on stdout, so Cloud Logging
# stores them as jsonPayload.<field> on the Cloud Run revision that serves the function.
# Alerts, the SLO and the dashboard select from these metrics by label.

locals {
  # Only this deployment's canonical request records (a project may host several prefixes).
  request_log_filter = "resource.type=\"cloud_run_revision\" AND resource.labels.service_name=\"${local.function_name}\" AND jsonPayload.event=\"invoice_request\""

  # Operational events that are not requests: a cold start with unusable settings, an unknown
  # rollout stage (fails safe to disabled), a sheet write landing outside the expected range.
  anomaly_log_filter = "resource.type=\"cloud_run_revision\" AND resource.labels.service_name=\"${local.function_name}\" AND (jsonPayload.event=\"configuration_error\" OR jsonPayload.event=\"rollout_stage_invalid\" OR jsonPayload.event=\"sheet_range_mismatch\" OR jsonPayload.event=\"sheet_grid_near_limit\")"

  # label (extracted from the log field of the same name) -> description. Values are small closed sets (outcomes, backends, stages, variants,
  # stable error codes, canonical vendor names), which keeps time series counts low.
  request_labels = {
    error_code     = "error code of a failed request, empty on success"
    fallback_used  = "true when a backend other than the planned one produced the rows"
    method_planned = "backend the rollout chose first: gemini | document_ai"
    method_used    = "backend that produced the rows (empty when none did)"
    outcome        = "success | duplicate | client_error | error | timeout"
    rollout_stage  = "effective rollout stage"
    timed_out      = "true when some attempt or the request hit its deadline"
    variant        = "control (Document AI) | treatment (Gemini with fallback)"
    vendor         = "canonical vendor name"
  }

  logging_metrics = {
    invoice_requests = {
      description     = "Invoice requests, one per canonical request record."
      filter          = local.request_log_filter
      labels          = keys(local.request_labels)
      value_type      = "INT64"
      unit            = "1"
      value_extractor = null
      bounds          = null
    }
    invoice_duration = {
      description     = "Milliseconds from arrival to answer, per request."
      filter          = local.request_log_filter
      labels          = ["fallback_used", "method_planned", "method_used", "outcome", "rollout_stage", "variant"]
      value_type      = "DISTRIBUTION"
      unit            = "ms"
      value_extractor = "EXTRACT(jsonPayload.duration_ms)"
      # Bucket edges at the numbers people ask about: Zapier's 30 s for small invoices, the
      # 45 s / 60 s alert thresholds, the 150 s deadline and Zapier's 160 s limit.
      bounds = [500, 1000, 2000, 5000, 10000, 15000, 20000, 30000, 45000, 60000, 90000, 120000, 150000, 160000]
    }
    invoice_quality = {
      description     = "Quality score (0..1) of extracted invoices."
      filter          = "${local.request_log_filter} AND jsonPayload.quality_score>=0"
      labels          = ["method_used", "variant", "vendor"]
      value_type      = "DISTRIBUTION"
      unit            = "1"
      value_extractor = "EXTRACT(jsonPayload.quality_score)"
      bounds          = [0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95]
    }
    invoice_anomalies = {
      description     = "Configuration errors, invalid rollout stages and sheet range mismatches."
      filter          = local.anomaly_log_filter
      labels          = ["event"]
      value_type      = "INT64"
      unit            = "1"
      value_extractor = null
      bounds          = null
    }
  }

  # Monitoring filter of each metric's time series, for alerts, the SLO and the dashboard. The
  # names are read from time_sleep.metric_propagation (below), not from the metrics, so that
  # everything that selects a metric is created only after the metric had time to propagate.
  metric_filter = {
    for k, name in time_sleep.metric_propagation.triggers :
    k => "metric.type=\"logging.googleapis.com/user/${name}\" AND resource.type=\"cloud_run_revision\""
  }
}

resource "google_logging_metric" "metrics" {
  for_each        = local.logging_metrics
  name            = "${var.prefix}/${each.key}"
  description     = each.value.description
  filter          = each.value.filter
  value_extractor = each.value.value_extractor
  label_extractors = {
    for label in each.value.labels : label => "EXTRACT(jsonPayload.${label})"
  }

  metric_descriptor {
    metric_kind  = "DELTA"
    value_type   = each.value.value_type
    unit         = each.value.unit
    display_name = "${var.prefix} ${replace(each.key, "_", " ")}"

    dynamic "labels" {
      for_each = toset(each.value.labels)
      content {
        key         = labels.value
        value_type  = "STRING"
        description = lookup(local.request_labels, labels.value, "event name")
      }
    }
  }

  dynamic "bucket_options" {
    for_each = each.value.bounds == null ? [] : [each.value.bounds]
    content {
      explicit_buckets {
        bounds = bucket_options.value
      }
    }
  }

  depends_on = [google_project_service.apis]
}

# The Monitoring API refuses an alert policy (404 "Cannot find metric(s) ... If a metric was
# created recently, it could take up to 10 minutes to become available") that names a log-based
# metric created moments before: terraform-provider-google issue 11102, open and still reported
# with provider 7.x. Every alert, the SLO and the dashboard read the metric names through this
# resource's triggers (local.metric_filter), so they are created after the wait. A new or renamed
# metric changes the triggers, which replaces this resource and waits again.
resource "time_sleep" "metric_propagation" {
  create_duration = "${var.metric_propagation_seconds}s"
  triggers        = { for k, m in google_logging_metric.metrics : k => m.name }
}

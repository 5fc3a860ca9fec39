# Alert policies for every threshold in SPEC §6, each at warning and critical, evaluated over
# a rolling 15-minute window. Each policy has two conditions joined by AND:
#   1. the measure crosses its threshold;
#   2. the window holds at least var.alert_min_requests processed requests (low-traffic guard).
# "Processed" means every outcome except client_error: a caller's unusable PDF says nothing
# about the service's health, and letting 4xx dilute the denominators would hide real failures.
#
# Filters select log-based metric labels (logging-metrics.tf). The selector strings are literal
# so test_scripts/test_terraform_alerts.py can evaluate them against real log records.
#
# The Monitoring API compares only with > and <, so "≥ 5%" is implemented as "> 5%".
# Policies are created only after time_sleep.metric_propagation (logging-metrics.tf): the API
# refuses a policy whose log-based metric was created moments before.
# "Gemini success rate < 70%" is alerted as "Gemini failure share > 30%": a ratio whose
# numerator has no data yields no value, so the failure share is the form that still fires when
# Gemini fails every time (success count zero) and stays quiet when it never fails.

locals {
  alert_window = "900s"

  threshold_alerts = {
    timeout_rate = {
      title      = "Timeout rate"
      metric     = "invoice_requests"
      ratio      = true
      selector   = "metric.label.outcome=\"timeout\""
      population = "metric.label.outcome!=\"client_error\""
      warning    = 0.05
      critical   = 0.10
      shown_as   = ""
      runbook    = "Requests are running out of their deadline (REQUEST_DEADLINE_SECONDS, 150 s) and Zapier sees 504s. Open the dashboard's duration and backend charts: if timeouts follow variant=treatment, Gemini is slow. Set `-var gemini_emergency_disable=true` and apply to send everything to Document AI, then investigate. If both variants time out, check Document AI and Sheets latency in the request logs (`jsonPayload.outcome=\"timeout\"`, fields gemini_ms, document_ai_ms, sheet_ms) and the Google Cloud status page."
    }
    error_rate = {
      title      = "Error rate"
      metric     = "invoice_requests"
      ratio      = true
      selector   = "metric.label.outcome=\"error\""
      population = "metric.label.outcome!=\"client_error\""
      warning    = 0.02
      critical   = 0.05
      shown_as   = ""
      runbook    = "Requests end in a 5xx other than a timeout (timeouts have their own alert). Group the request logs by jsonPayload.error_code: sheet errors point at the spreadsheet (was it unshared from the runtime service account, renamed, or is the Sheets quota exhausted?); backend errors point at Document AI or Gemini credentials, quota or outages; `internal_error` is a bug, whose exception type is in jsonPayload.detail. Zapier retries 503s with Retry-After, so a short burst may clear by itself."
    }
    gemini_failure_rate = {
      title      = "Gemini success rate"
      metric     = "invoice_requests"
      ratio      = true
      selector   = "metric.label.method_planned=\"gemini\" AND metric.label.method_used!=\"gemini\" AND metric.label.outcome!=\"client_error\""
      population = "metric.label.method_planned=\"gemini\" AND metric.label.outcome!=\"client_error\""
      warning    = 0.30 # success below 70%
      critical   = 0.50 # success below 50%
      shown_as   = " of Gemini-planned requests not served by Gemini"
      runbook    = "Invoices planned for Gemini are being served by the fallback (Document AI, then local) or by nothing. Look at jsonPayload.fallback_reason of requests with method_planned=\"gemini\": an auth error means the key secret version is wrong or revoked; quota errors mean the Gemini project's limits; timeouts mean Gemini is slow; no-products means the model's output stopped matching the schema. Customers are still served while fallback works; if this is critical or timeouts rise too, set `-var gemini_emergency_disable=true` and apply, and hold the rollout stage."
    }
    fallback_rate = {
      title      = "Fallback usage rate"
      metric     = "invoice_requests"
      ratio      = true
      selector   = "metric.label.fallback_used=\"true\" AND metric.label.outcome!=\"client_error\""
      population = "metric.label.outcome!=\"client_error\""
      warning    = 0.40
      critical   = 0.60
      shown_as   = ""
      runbook    = "Many invoices are produced by a backend other than the planned one, which costs time and money and usually precedes timeouts. Split the dashboard's fallback chart by method_planned: from gemini, follow the Gemini runbook; from document_ai, check the processor id, its location and Document AI quota or outage. A rise limited to one vendor suggests a changed invoice layout."
    }
    mean_duration = {
      title      = "Average processing time"
      metric     = "invoice_duration"
      ratio      = false
      selector   = "metric.label.outcome!=\"client_error\""
      population = "metric.label.outcome!=\"client_error\""
      warning    = 45000
      critical   = 60000
      shown_as   = ""
      runbook    = "Invoices take long on average; Zapier's own app actions wait only 30 s, and at 150 s requests time out. Compare duration by method_used on the dashboard: a slow backend can be taken out of the path (Gemini with `gemini_emergency_disable`), while uniformly slow requests point at large PDFs (pages, bytes in the logs), cold starts after idle periods, or Sheets latency (sheet_ms)."
    }
  }

  # One policy per alert and level: timeout_rate_warning, timeout_rate_critical, ...
  threshold_levels = merge([
    for name, a in local.threshold_alerts : {
      for level, severity in { warning = "WARNING", critical = "CRITICAL" } :
      "${name}_${level}" => merge(a, { level = level, severity = severity, threshold = level == "warning" ? a.warning : a.critical })
    }
  ]...)

  # threshold_text is the threshold as people read it, then the alert's shown_as: fractions as
  # percentages rounded to a tenth ("5%"; Terraform's decimal arithmetic prints 0.3 * 100 with
  # 150 digits) and milliseconds as seconds ("45 s").
  threshold_policies = {
    for key, p in local.threshold_levels : key => merge(p, {
      threshold_text = p.ratio ? "${floor(p.threshold * 1000 + 0.5) / 10}%${p.shown_as}" : "${p.threshold / 1000} s${p.shown_as}"
    })
  }

  notification_channels = [for c in google_monitoring_notification_channel.email : c.id]
}

resource "google_monitoring_notification_channel" "email" {
  for_each     = toset(var.notification_emails)
  display_name = "${var.prefix} alerts: ${each.value}"
  type         = "email"
  labels = {
    email_address = each.value
  }
  depends_on = [google_project_service.apis]
}

resource "google_monitoring_alert_policy" "thresholds" {
  for_each              = local.threshold_policies
  display_name          = "${var.prefix}: ${each.value.title} (${each.value.level})"
  combiner              = "AND"
  severity              = each.value.severity
  notification_channels = local.notification_channels
  user_labels           = local.labels

  conditions {
    display_name = "${each.value.title} over 15 min beyond ${each.value.threshold_text}"
    condition_threshold {
      filter          = "${local.metric_filter[each.value.metric]} AND ${each.value.selector}"
      comparison      = "COMPARISON_GT"
      threshold_value = each.value.threshold
      duration        = "0s" # the 15-minute window already smooths single requests
      # No traffic means nothing to judge: close open incidents instead of treating silence as failure.
      evaluation_missing_data = "EVALUATION_MISSING_DATA_INACTIVE"
      aggregations {
        alignment_period     = local.alert_window
        per_series_aligner   = "ALIGN_DELTA"
        cross_series_reducer = each.value.ratio ? "REDUCE_SUM" : "REDUCE_MEAN"
      }
      denominator_filter = each.value.ratio ? "${local.metric_filter.invoice_requests} AND ${each.value.population}" : null
      dynamic "denominator_aggregations" {
        for_each = each.value.ratio ? [1] : []
        content {
          alignment_period     = local.alert_window
          per_series_aligner   = "ALIGN_DELTA"
          cross_series_reducer = "REDUCE_SUM"
        }
      }
    }
  }

  conditions {
    display_name = "At least ${var.alert_min_requests} requests in the window"
    condition_threshold {
      filter                  = "${local.metric_filter.invoice_requests} AND ${each.value.population}"
      comparison              = "COMPARISON_GT"
      threshold_value         = var.alert_min_requests - 0.5 # counts are whole: > n - 0.5 means >= n
      duration                = "0s"
      evaluation_missing_data = "EVALUATION_MISSING_DATA_INACTIVE"
      aggregations {
        alignment_period     = local.alert_window
        per_series_aligner   = "ALIGN_DELTA"
        cross_series_reducer = "REDUCE_SUM"
      }
    }
  }

  alert_strategy {
    auto_close = "86400s"
  }

  # Already implied by local.metric_filter; stated so that no later edit can lose it.
  depends_on = [time_sleep.metric_propagation]

  documentation {
    mime_type = "text/markdown"
    subject   = "[${upper(each.value.level)}] ${var.prefix}: ${each.value.title}"
    content   = "**${each.value.title}** crossed its ${each.value.level} threshold (${each.value.threshold_text} over 15 minutes, with at least ${var.alert_min_requests} processed requests).\n\n${each.value.runbook}\n\nRunbook and dashboard: docs/operations.md."
  }
}

resource "google_monitoring_alert_policy" "anomalies" {
  display_name          = "${var.prefix}: configuration or sheet anomaly"
  combiner              = "OR"
  severity              = "ERROR"
  notification_channels = local.notification_channels
  user_labels           = local.labels

  conditions {
    display_name = "Anomaly events in 15 min"
    condition_threshold {
      filter                  = local.metric_filter.invoice_anomalies
      comparison              = "COMPARISON_GT"
      threshold_value         = 0
      duration                = "0s"
      evaluation_missing_data = "EVALUATION_MISSING_DATA_INACTIVE"
      aggregations {
        alignment_period     = local.alert_window
        per_series_aligner   = "ALIGN_DELTA"
        cross_series_reducer = "REDUCE_SUM"
        group_by_fields      = ["metric.label.event"]
      }
    }
  }

  alert_strategy {
    auto_close = "86400s"
  }

  depends_on = [time_sleep.metric_propagation] # see logging-metrics.tf

  documentation {
    mime_type = "text/markdown"
    subject   = "[ERROR] ${var.prefix}: configuration or sheet anomaly"
    content   = "The function logged an operational anomaly; the incident names the event. `configuration_error`: settings were unusable at cold start and every request answers 500 until an apply fixes the variable named in jsonPayload.detail. `rollout_stage_invalid`: GEMINI_ROLLOUT_STAGE or a rollout switch could not be read, so Gemini is off (fail safe); re-apply with a valid gemini_rollout_stage. `sheet_range_mismatch`: the sheet reported writing somewhere other than the expected columns; check the tab for shifted rows before more invoices arrive. `sheet_grid_near_limit`: the spreadsheet holds over 80% of Sheets' 10 million cells; start a new data tab (GOOGLE_SHEETS_SHEET_NAME with a {year} placeholder, or a new name) before writes are refused.\n\nRunbook: docs/operations.md."
  }
}

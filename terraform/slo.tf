# Availability SLO: the share of processed requests (every outcome except client_error) that
# do not end in error or timeout, over a rolling 30 days, with the multiwindow burn-rate
# alerts of the SRE workbook:
#   fast: burn rate > 14.4 over 1 h and over 5 min (2% of the monthly budget in an hour), critical;
#   slow: burn rate > 6 over 6 h and over 30 min (5% of the budget in six hours), error.
# The short window makes an alert stop soon after the burning stops. A third condition
# requires var.alert_min_requests processed requests in the long window, so a single failure
# at night (a 100% error rate of one request) does not page anyone.

locals {
  # Bad and total as label selectors on invoice_requests; literal so tests can evaluate them.
  slo_bad_selector   = "metric.label.outcome=monitoring.regex.full_match(\"error|timeout\")"
  slo_total_selector = "metric.label.outcome!=\"client_error\""

  burn_rate_alerts = {
    fast = {
      long      = "3600s"
      short     = "300s"
      threshold = 14.4
      severity  = "CRITICAL"
      budget    = "2% of the 30-day error budget in one hour"
    }
    slow = {
      long      = "21600s"
      short     = "1800s"
      threshold = 6
      severity  = "ERROR"
      budget    = "5% of the 30-day error budget in six hours"
    }
  }
}

resource "google_monitoring_custom_service" "invoices" {
  service_id   = "${var.prefix}-invoice-processing"
  display_name = "Invoice processing (${var.prefix})"
  user_labels  = local.labels
  depends_on   = [google_project_service.apis]
}

resource "google_monitoring_slo" "availability" {
  service             = google_monitoring_custom_service.invoices.service_id
  slo_id              = "availability"
  display_name        = "Processed invoices succeed, goal ${var.slo_availability_goal} over a rolling 30 days"
  goal                = var.slo_availability_goal
  rolling_period_days = 30
  user_labels         = local.labels

  request_based_sli {
    good_total_ratio {
      # Bad + total rather than good + total: during a full outage there are no good requests
      # (no time series at all), while bad and total still have data to compute from.
      bad_service_filter   = "${local.metric_filter.invoice_requests} AND ${local.slo_bad_selector}"
      total_service_filter = "${local.metric_filter.invoice_requests} AND ${local.slo_total_selector}"
    }
  }

  depends_on = [time_sleep.metric_propagation] # its filters name log-based metrics (logging-metrics.tf)
}

resource "google_monitoring_alert_policy" "burn_rate" {
  for_each              = local.burn_rate_alerts
  display_name          = "${var.prefix}: availability SLO ${each.key} burn"
  combiner              = "AND"
  severity              = each.value.severity
  notification_channels = local.notification_channels
  user_labels           = local.labels

  conditions {
    display_name = "Burn rate > ${each.value.threshold} over ${each.value.long}"
    condition_threshold {
      filter          = "select_slo_burn_rate(\"${google_monitoring_slo.availability.name}\", \"${each.value.long}\")"
      comparison      = "COMPARISON_GT"
      threshold_value = each.value.threshold
      duration        = "0s"
    }
  }

  conditions {
    display_name = "Burn rate > ${each.value.threshold} over ${each.value.short}"
    condition_threshold {
      filter          = "select_slo_burn_rate(\"${google_monitoring_slo.availability.name}\", \"${each.value.short}\")"
      comparison      = "COMPARISON_GT"
      threshold_value = each.value.threshold
      duration        = "0s"
    }
  }

  conditions {
    display_name = "At least ${var.alert_min_requests} requests over ${each.value.long}"
    condition_threshold {
      filter                  = "${local.metric_filter.invoice_requests} AND ${local.slo_total_selector}"
      comparison              = "COMPARISON_GT"
      threshold_value         = var.alert_min_requests - 0.5
      duration                = "0s"
      evaluation_missing_data = "EVALUATION_MISSING_DATA_INACTIVE"
      aggregations {
        alignment_period     = each.value.long
        per_series_aligner   = "ALIGN_DELTA"
        cross_series_reducer = "REDUCE_SUM"
      }
    }
  }

  alert_strategy {
    auto_close = "86400s"
  }

  depends_on = [time_sleep.metric_propagation] # the request-count condition names a log-based metric

  documentation {
    mime_type = "text/markdown"
    subject   = "[${each.value.severity}] ${var.prefix}: availability SLO ${each.key} burn"
    content   = "Errors and timeouts are using up the availability error budget (goal ${var.slo_availability_goal}) at more than ${each.value.threshold} times the sustainable rate: ${each.value.budget}. The timeout-rate and error-rate alerts usually fire alongside and say which; follow their runbooks. If a deployment started it, roll back by applying the previous commit; if Gemini started it, set `-var gemini_emergency_disable=true`. The SLO page in Cloud Monitoring shows the remaining budget.\n\nRunbook: docs/operations.md."
  }
}

# One dashboard for the on-call person and the rollout decision: traffic by outcome, the four
# rates and the mean time the alerts watch (with their critical thresholds drawn in), backend
# and A/B split, and the SLO's remaining error budget. Built with jsonencode so references to
# the metrics stay checked by Terraform.

locals {
  dash_period = "300s"
  requests    = local.metric_filter.invoice_requests
  durations   = local.metric_filter.invoice_duration

  # An empty groupByFields is dropped by the API, so it is left out (no diff on every plan).
  sum_by = {
    for k, fields in {
      outcome = ["metric.label.outcome"]
      backend = ["metric.label.method_planned", "metric.label.method_used"]
      variant = ["metric.label.rollout_stage", "metric.label.variant"]
      vendor  = ["metric.label.vendor"]
      none    = []
    } :
    k => { for f, v in { alignmentPeriod = local.dash_period, perSeriesAligner = "ALIGN_DELTA", crossSeriesReducer = "REDUCE_SUM", groupByFields = fields } : f => v if v != [] }
  }

  # A line per threshold alert: the share of its population that its selector counts.
  rate_datasets = {
    for name, a in local.threshold_alerts : name => {
      plotType       = "LINE"
      legendTemplate = replace(name, "_", " ")
      timeSeriesQuery = {
        timeSeriesFilterRatio = {
          numerator   = { filter = "${local.requests} AND ${a.selector}", aggregation = local.sum_by.none }
          denominator = { filter = "${local.requests} AND ${a.population}", aggregation = local.sum_by.none }
        }
      }
    } if a.ratio
  }

  tiles = [
    {
      title = "Requests by outcome"
      chart = {
        dataSets = [{ plotType = "STACKED_BAR", timeSeriesQuery = { timeSeriesFilter = { filter = local.requests, aggregation = local.sum_by.outcome } } }]
      }
    },
    {
      title = "Timeout and error rate (critical at 10% and 5%)"
      chart = {
        dataSets   = [local.rate_datasets.timeout_rate, local.rate_datasets.error_rate]
        thresholds = [{ value = 0.10, label = "timeout critical" }, { value = 0.05, label = "error critical" }]
      }
    },
    {
      title = "Fallback share and Gemini failure share (critical at 60% and 50%)"
      chart = {
        dataSets   = [local.rate_datasets.fallback_rate, local.rate_datasets.gemini_failure_rate]
        thresholds = [{ value = 0.60, label = "fallback critical" }, { value = 0.50, label = "Gemini critical" }]
      }
    },
    {
      title = "Processing time: mean and 95th percentile by backend used (ms)"
      chart = {
        dataSets = [
          for reducer, legend in { REDUCE_MEAN = "mean", REDUCE_PERCENTILE_95 = "p95" } : {
            # $${...} is the chart's own label placeholder, not Terraform interpolation.
            legendTemplate = "${legend} $${metric.labels.method_used}"
            plotType       = "LINE"
            timeSeriesQuery = { timeSeriesFilter = {
              filter      = "${local.durations} AND metric.label.outcome!=\"client_error\""
              aggregation = { alignmentPeriod = local.dash_period, perSeriesAligner = "ALIGN_DELTA", crossSeriesReducer = reducer, groupByFields = ["metric.label.method_used"] }
            } }
          }
        ]
        thresholds = [{ value = 60000, label = "mean critical" }]
      }
    },
    {
      title = "Requests by planned and used backend"
      chart = {
        dataSets = [{ plotType = "STACKED_BAR", timeSeriesQuery = { timeSeriesFilter = { filter = local.requests, aggregation = local.sum_by.backend } } }]
      }
    },
    {
      title = "A/B: requests by rollout stage and variant"
      chart = {
        dataSets = [{ plotType = "STACKED_BAR", timeSeriesQuery = { timeSeriesFilter = { filter = local.requests, aggregation = local.sum_by.variant } } }]
      }
    },
    {
      title = "Requests by vendor"
      chart = {
        dataSets = [{ plotType = "STACKED_BAR", timeSeriesQuery = { timeSeriesFilter = { filter = local.requests, aggregation = local.sum_by.vendor } } }]
      }
    },
    {
      title = "Availability SLO: error budget remaining"
      chart = {
        dataSets = [{ plotType = "LINE", timeSeriesQuery = { timeSeriesFilter = { filter = "select_slo_budget_fraction(\"${google_monitoring_slo.availability.name}\")" } } }]
      }
    },
  ]
}

resource "google_monitoring_dashboard" "invoices" {
  dashboard_json = jsonencode({
    displayName = "Invoice processing (${var.prefix})"
    mosaicLayout = {
      columns = 48
      tiles = [
        # Two tiles a row. The API drops a position of 0 from the stored JSON, so xPos and yPos
        # are sent only when not 0: otherwise every plan would show a diff.
        for i, t in local.tiles : merge(
          { for axis, at in { xPos = (i % 2) * 24, yPos = floor(i / 2) * 16 } : axis => at if at != 0 },
          {
            width  = 24
            height = 16
            widget = {
              title = t.title
              # Only what differs from the API defaults, so the stored JSON matches on the next plan.
              xyChart = merge({ dataSets = t.chart.dataSets }, try({ thresholds = t.chart.thresholds }, {}))
            }
          },
        )
      ]
    }
  })

  depends_on = [google_project_service.apis]
}

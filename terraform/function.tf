# The HTTP function. Every environment variable the code reads (invoice_processing/config.py
# ENV_VARS) is listed here, so the deployed configuration is readable in one place; a test
# keeps this list and the code in step.

locals {
  # Sheets quota arithmetic (docs/sheets.md, "Quota and instances"): a new invoice costs 2 write
  # requests (the claim, then the rows with the ledger commit); an instance handles one invoice at
  # a time and the fastest take about 10 s, so one instance uses at most 2 x 60 / 10 = 12 writes a
  # minute. More instances than quota / 12 would only queue on the quota; each instance gets an
  # equal share of it as its write budget (SHEETS_WRITES_PER_MINUTE).
  sheet_writes_per_instance_minute = 2 * 60 / 10
  max_instances                    = max(1, min(var.max_instances, floor(var.sheets_write_quota_per_minute / local.sheet_writes_per_instance_minute)))

  function_env = {
    # Google services
    GOOGLE_CLOUD_PROJECT_ID      = var.project_id
    GOOGLE_CLOUD_LOCATION        = var.document_ai_location
    DOCUMENT_AI_PROCESSOR_ID     = var.document_ai_processor_id
    DOCUMENT_AI_ENDPOINT         = "" # tests and private endpoints only
    GOOGLE_SHEETS_SPREADSHEET_ID = var.spreadsheet_id
    GOOGLE_SHEETS_SHEET_NAME     = var.sheet_name
    LEDGER_SHEET_NAME            = "_ledger"
    SHEETS_WRITES_PER_MINUTE     = tostring(floor(var.sheets_write_quota_per_minute / local.max_instances))
    LOCAL_SHEET_PATH             = "/tmp/invoice_sheet.csv" # unused while a spreadsheet is set; /tmp is the only writable path

    # Gemini. The key itself arrives as a secret environment variable (below), so the
    # runtime never needs to look it up by secret name.
    GEMINI_API_KEY_SECRET = ""
    GEMINI_MODEL          = var.gemini_model
    GEMINI_API_VERSION    = "v1beta"
    GEMINI_MAX_PAGES      = "5"
    GEMINI_MAX_BYTES      = "5242880"

    # Rollout: read on every request, so an apply that changes only these takes effect at once.
    GEMINI_ROLLOUT_STAGE       = var.gemini_rollout_stage
    PRODUCTION_ROLLOUT_ENABLED = tostring(var.production_rollout_enabled)
    GEMINI_EMERGENCY_DISABLE   = tostring(var.gemini_emergency_disable)
    ROLLOUT_SALT               = var.rollout_salt

    # Limits
    REQUEST_DEADLINE_SECONDS    = tostring(var.request_deadline_seconds)
    SHEET_WRITE_RESERVE_SECONDS = "10"
    MAX_PDF_BYTES               = "20971520"
    MAX_PDF_PAGES               = "200"
    DOWNLOAD_TIMEOUT_SECONDS    = "30"
    DOWNLOAD_ALLOW_PRIVATE      = "false" # SSRF guard: never fetch from private or metadata addresses in production

    # Access: when the URL is private, Cloud Run has already authenticated the caller with
    # IAM, so the code may accept requests without a token; when it is public the token is
    # mandatory (a precondition below guarantees one is mounted).
    ALLOW_UNAUTHENTICATED = tostring(!var.allow_public_access)
    LOG_FORMAT            = "json"

    # Cloud call budgets and cost estimates (docs/backends.md)
    GEMINI_TIMEOUT_SECONDS          = "60"
    DOCUMENT_AI_TIMEOUT_SECONDS     = "90"
    CLOUD_CALL_MIN_SECONDS          = "5"
    GEMINI_PRICE_INPUT_PER_MILLION  = "0.30"
    GEMINI_PRICE_OUTPUT_PER_MILLION = "2.50"
    DOCUMENT_AI_PRICE_PER_PAGE      = "0.01"

    # Downloads (docs/security.md): optional host allow-list; resolve overrides are a test seam only
    DOWNLOAD_ALLOWED_HOSTS     = ""
    DOWNLOAD_RESOLVE_OVERRIDES = ""
  }

  # Secrets mounted as environment variables at a pinned version; unset versions are not mounted.
  secret_env = {
    for k, s in local.secrets : s.env_var => {
      secret  = google_secret_manager_secret.secrets[k].secret_id
      version = s.version
    } if s.version != null
  }
}

resource "google_cloudfunctions2_function" "invoice" {
  #checkov:skip=CKV_GCP_124: Zapier posts from the public internet, so ingress must be ALLOW_ALL; callers are authenticated by IAM (private URL) or by the webhook token (public URL, enforced by a precondition below).
  name        = local.function_name
  location    = var.region
  description = "Vendor PDF invoices posted by Zapier become Google Sheet rows."

  build_config {
    runtime         = "python312"
    entry_point     = "process_invoice"
    service_account = google_service_account.build.id
    source {
      storage_source {
        bucket = google_storage_bucket.source.name
        object = google_storage_bucket_object.source.name
      }
    }
  }

  service_config {
    available_memory = "2Gi" # the OCR helper peaks near 0.8 GiB on a scanned page (docs/ocr.md)
    available_cpu    = "1"
    timeout_seconds  = var.function_timeout_seconds
    # One invoice per instance: PDF rendering is CPU-bound and the Sheets quota, not
    # concurrency, limits throughput (see var.max_instances).
    max_instance_request_concurrency = 1
    max_instance_count               = local.max_instances
    min_instance_count               = 0
    # Zapier calls from the internet; who may call is decided by IAM and the webhook token.
    ingress_settings               = "ALLOW_ALL"
    all_traffic_on_latest_revision = true
    service_account_email          = google_service_account.runtime.email

    # Empty values are the code's own default; leaving them out avoids a perpetual plan diff.
    environment_variables = { for k, v in local.function_env : k => v if v != "" }

    dynamic "secret_environment_variables" {
      for_each = local.secret_env
      content {
        key        = secret_environment_variables.key
        project_id = var.project_id
        secret     = secret_environment_variables.value.secret
        version    = secret_environment_variables.value.version
      }
    }
  }

  lifecycle {
    precondition {
      condition     = var.function_timeout_seconds >= var.request_deadline_seconds
      error_message = "function_timeout_seconds must be at least request_deadline_seconds, or the platform cuts requests off before the code can answer."
    }
    precondition {
      condition     = !var.allow_public_access || var.webhook_token_secret_version != null
      error_message = "allow_public_access = true needs webhook_token_secret_version: a public URL without a token would let anyone write to the sheet. On the first apply keep allow_public_access = false; add a webhook token version with gcloud (docs/operations.md, first deployment), then set webhook_token_secret_version to the number it printed and allow_public_access = true."
    }
    precondition {
      condition     = !var.production_rollout_enabled || var.gemini_rollout_stage == "disabled" || var.gemini_api_key_secret_version != null
      error_message = "A rollout stage other than disabled needs gemini_api_key_secret_version: add the Gemini key version with gcloud and set gemini_api_key_secret_version to its number, or set gemini_rollout_stage = \"disabled\"."
    }
    # The code refuses to start (ConfigurationError, HTTP 500 on every request) when the
    # rollout is on without Document AI: the control arm runs on it (config.py _check_backends).
    precondition {
      condition     = !var.production_rollout_enabled || var.document_ai_processor_id != ""
      error_message = "production_rollout_enabled = true needs document_ai_processor_id (the control arm of the rollout runs on Document AI). Set document_ai_processor_id to the processor's id, or set production_rollout_enabled = false."
    }
  }

  depends_on = [
    google_project_service.apis,
    time_sleep.iam_propagation, # after the grants it needs (iam.tf), and after they settle
  ]
}

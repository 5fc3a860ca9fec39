# Inputs, alphabetical. Each is typed and validated so a bad value fails at plan time, not
# as a broken deployment. Names of the rollout switches match the rollout gate's printout:
#   terraform -chdir=terraform apply -var-file=prod.tfvars -var gemini_rollout_stage=<stage>

variable "alert_min_requests" {
  description = "Low-traffic guard: an alert fires only when its window holds at least this many processed (non-4xx) requests, so one slow invoice on a quiet afternoon is not a 100% timeout rate."
  type        = number
  default     = 10
  validation {
    condition     = var.alert_min_requests >= 1 && floor(var.alert_min_requests) == var.alert_min_requests
    error_message = "alert_min_requests must be a whole number of at least 1."
  }
}

variable "allow_public_access" {
  description = "Grant roles/run.invoker to allUsers so Zapier can call the URL without Google credentials. Allowed only together with webhook_token_secret_version: the webhook token then authenticates every request."
  type        = bool
  default     = false
}

variable "document_ai_location" {
  description = "Document AI location of the invoice processor (GOOGLE_CLOUD_LOCATION)."
  type        = string
  default     = "us"
  validation {
    condition     = contains(["us", "eu"], var.document_ai_location)
    error_message = "document_ai_location must be \"us\" or \"eu\"."
  }
}

variable "document_ai_processor_id" {
  description = "Document AI invoice processor id (DOCUMENT_AI_PROCESSOR_ID). Empty disables Document AI: Gemini then falls back straight to local extraction."
  type        = string
  default     = ""
  validation {
    condition     = can(regex("^[a-f0-9]*$", var.document_ai_processor_id))
    error_message = "document_ai_processor_id is the hexadecimal id shown on the processor's page (not its full resource name)."
  }
}

variable "function_timeout_seconds" {
  description = "Platform timeout of one request. Must be at least request_deadline_seconds so the code, not the platform, answers a slow request (with a clean JSON 504 and a log record)."
  type        = number
  default     = 180
  validation {
    condition     = var.function_timeout_seconds >= 60 && var.function_timeout_seconds <= 3600
    error_message = "function_timeout_seconds must be between 60 and 3600 (the HTTP function maximum)."
  }
}

variable "gemini_api_key_secret_version" {
  description = "Pinned version number of the Gemini API key secret (add it with gcloud first; see docs/operations.md). Null deploys without Gemini."
  type        = string
  default     = null
  validation {
    condition     = var.gemini_api_key_secret_version == null || can(regex("^[1-9][0-9]*$", coalesce(var.gemini_api_key_secret_version, "x")))
    error_message = "gemini_api_key_secret_version must be a version number such as \"3\" (\"latest\" is not allowed: a pinned version makes every change a reviewed deployment)."
  }
}

variable "gemini_emergency_disable" {
  description = "Kill switch (GEMINI_EMERGENCY_DISABLE): true sends every invoice to Document AI, whatever the stage."
  type        = bool
  default     = false
}

variable "gemini_model" {
  description = "Gemini model name (GEMINI_MODEL)."
  type        = string
  default     = "gemini-2.5-flash"
  validation {
    # The pattern the code checks at start-up (invoice_processing/config.py _GEMINI_MODEL); a test keeps them equal.
    condition     = can(regex("^(models/)?gemini-[a-z0-9][a-z0-9.-]*$", var.gemini_model))
    error_message = "gemini_model must be a Gemini model name such as \"gemini-2.5-flash\" (lowercase letters, digits, dots and dashes after \"gemini-\")."
  }
}

variable "gemini_rollout_stage" {
  description = "Share of invoices planned for Gemini (GEMINI_ROLLOUT_STAGE): disabled 0%, initial 5%, expanded 25%, majority 50%, full 100%."
  type        = string
  default     = "disabled"
  validation {
    condition     = contains(["disabled", "initial", "expanded", "majority", "full"], var.gemini_rollout_stage)
    error_message = "gemini_rollout_stage must be one of disabled, initial, expanded, majority, full."
  }
}

variable "invoker_members" {
  description = "Principals allowed to call the function when it is not public, e.g. [\"serviceAccount:relay@my-project.iam.gserviceaccount.com\"]."
  type        = list(string)
  default     = []
  validation {
    condition     = alltrue([for m in var.invoker_members : can(regex("^(serviceAccount|user|group):", m))])
    error_message = "invoker_members entries must start with serviceAccount:, user: or group: (use allow_public_access for public access)."
  }
}

variable "max_instances" {
  description = "Most instances at once (also capped by sheets_write_quota_per_minute). Each instance handles one invoice at a time and a new invoice costs two Sheets API writes; each instance keeps its share of the Sheets quota of 60 writes per minute per service account (docs/sheets.md)."
  type        = number
  default     = 5
  validation {
    condition     = var.max_instances >= 1 && var.max_instances <= 20
    error_message = "max_instances must be between 1 and 20; above that the Sheets write quota, not the function, becomes the limit."
  }
}

variable "metric_propagation_seconds" {
  description = "Wait between creating the log-based metrics and creating the alert policies and SLO that read them. The Monitoring API answers 404 for a metric created moments ago (\"could take up to 10 minutes to become available\", terraform-provider-google issue 11102), so the default waits the full 10 minutes. Only a new or renamed metric waits again; the function builds meanwhile."
  type        = number
  default     = 600
  validation {
    condition     = var.metric_propagation_seconds >= 0 && var.metric_propagation_seconds <= 1800 && floor(var.metric_propagation_seconds) == var.metric_propagation_seconds
    error_message = "metric_propagation_seconds must be a whole number of seconds between 0 and 1800."
  }
}

variable "notification_emails" {
  description = "Addresses that receive every alert. Empty creates alerts that show in the console only."
  type        = list(string)
  default     = []
  validation {
    condition     = alltrue([for e in var.notification_emails : can(regex("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$", e))])
    error_message = "notification_emails must be e-mail addresses."
  }
}

variable "prefix" {
  description = "Short name prepended to every resource (e.g. \"inv-prod\"), so two deployments can share a project."
  type        = string
  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{1,14}[a-z0-9]$", var.prefix))
    error_message = "prefix must be 3-16 characters of lowercase letters, digits and dashes, starting with a letter (service account ids limit its length)."
  }
}

variable "production_rollout_enabled" {
  description = "Master switch of the rollout (PRODUCTION_ROLLOUT_ENABLED): false ignores gemini_rollout_stage and keeps Gemini off."
  type        = bool
  default     = false
}

variable "project_id" {
  description = "Google Cloud project that hosts the function, its secrets and its monitoring."
  type        = string
  validation {
    condition     = can(regex("^[a-z][a-z0-9-]{4,28}[a-z0-9]$", var.project_id))
    error_message = "project_id must be a Google Cloud project id."
  }
}

variable "region" {
  description = "Region of the function and its source bucket."
  type        = string
  default     = "us-central1"
  validation {
    condition     = can(regex("^[a-z]+-[a-z]+[0-9]{1,2}$", var.region))
    error_message = "region must be a Google Cloud region such as us-central1 or europe-west10."
  }
}

variable "request_deadline_seconds" {
  description = "Time budget of one request from arrival (REQUEST_DEADLINE_SECONDS). Zapier gives up after 160 s, so the answer must come before that. At least 30 s, which also keeps it above the 10 s SHEET_WRITE_RESERVE_SECONDS (the code refuses a reserve that is not smaller)."
  type        = number
  default     = 150
  validation {
    condition     = var.request_deadline_seconds >= 30 && var.request_deadline_seconds <= 155
    error_message = "request_deadline_seconds must be between 30 and 155 (Zapier stops waiting at 160 s)."
  }
}

variable "rollout_salt" {
  description = "Salt of the stable rollout bucketing (ROLLOUT_SALT). Changing it reshuffles which invoices get Gemini and breaks A/B continuity."
  type        = string
  default     = "invoice-rollout-v1"
  validation {
    condition     = length(trimspace(var.rollout_salt)) > 0
    error_message = "rollout_salt must not be empty."
  }
}

variable "sheet_name" {
  description = "Tab that receives the rows (GOOGLE_SHEETS_SHEET_NAME); a {year} placeholder starts a new tab each year (\"Invoices {year}\")."
  type        = string
  default     = "Sheet1"
  validation {
    condition     = length(var.sheet_name) > 0 && length(var.sheet_name) <= 100
    error_message = "sheet_name must be 1-100 characters."
  }
}

variable "sheets_write_quota_per_minute" {
  description = "Sheets API write requests a minute per service account (Google's default quota is 60; raise it only after Google raised the quota). max_instance_count and each instance's write budget are derived from it (docs/sheets.md)."
  type        = number
  default     = 60
  validation {
    condition     = var.sheets_write_quota_per_minute >= 12
    error_message = "sheets_write_quota_per_minute must be at least 12 (one instance's writes at full speed)."
  }
}

variable "slo_availability_goal" {
  description = "Share of processed (non-4xx) requests that must succeed over a rolling 30 days."
  type        = number
  default     = 0.99
  validation {
    # The Monitoring API refuses goals above 0.9999 and the provider documents at most 0.999.
    condition     = var.slo_availability_goal >= 0.9 && var.slo_availability_goal <= 0.999
    error_message = "slo_availability_goal must be between 0.9 and 0.999."
  }
}

variable "spreadsheet_id" {
  description = "Google Sheet that receives the rows (GOOGLE_SHEETS_SPREADSHEET_ID). Share it with the runtime service account (output runtime_service_account) as an editor."
  type        = string
  validation {
    # Required: without it the code writes a CSV under /tmp, which vanishes with the instance.
    condition     = can(regex("^[A-Za-z0-9_-]{20,}$", var.spreadsheet_id))
    error_message = "spreadsheet_id must be the id from the sheet's URL (between /d/ and /edit)."
  }
}

variable "trello_api_key_secret_version" {
  description = "Pinned version number of the Trello API key secret (Trello attachment downloads); null leaves it unmounted."
  type        = string
  default     = null
  validation {
    condition     = var.trello_api_key_secret_version == null || can(regex("^[1-9][0-9]*$", coalesce(var.trello_api_key_secret_version, "x")))
    error_message = "trello_api_key_secret_version must be a version number such as \"1\" (not \"latest\")."
  }
}

variable "trello_api_token_secret_version" {
  description = "Pinned version number of the Trello API token secret (Trello attachment downloads); null leaves it unmounted."
  type        = string
  default     = null
  validation {
    condition     = var.trello_api_token_secret_version == null || can(regex("^[1-9][0-9]*$", coalesce(var.trello_api_token_secret_version, "x")))
    error_message = "trello_api_token_secret_version must be a version number such as \"1\" (not \"latest\")."
  }
}

variable "webhook_token_secret_version" {
  description = "Pinned version number of the webhook token secret. Required for allow_public_access."
  type        = string
  default     = null
  validation {
    condition     = var.webhook_token_secret_version == null || can(regex("^[1-9][0-9]*$", coalesce(var.webhook_token_secret_version, "x")))
    error_message = "webhook_token_secret_version must be a version number such as \"1\" (not \"latest\")."
  }
}

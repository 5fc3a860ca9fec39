# Identities. The function runs as its own service account holding only what the code calls:
# Document AI processing, the two secrets it reads, and log writing. Sheets access is not IAM:
# the spreadsheet is shared with this account's e-mail. Builds run as a second account so the
# runtime identity cannot push images and the build identity cannot read secrets.

resource "google_service_account" "runtime" {
  account_id   = "${var.prefix}-fn-run"
  display_name = "Invoice processing function (${var.prefix}) runtime"
  depends_on   = [google_project_service.apis]
}

resource "google_service_account" "build" {
  account_id   = "${var.prefix}-fn-build"
  display_name = "Invoice processing function (${var.prefix}) build"
  depends_on   = [google_project_service.apis]
}

resource "google_project_iam_member" "runtime" {
  for_each = toset([
    "roles/documentai.apiUser", # documents.process on the invoice processor
    "roles/logging.logWriter",  # structured entries written through the logging client
  ])
  project    = var.project_id
  role       = each.value
  member     = google_service_account.runtime.member
  depends_on = [google_project_service.apis]
}

# Secret access per secret, not project-wide: the function can read these two and no others.
resource "google_secret_manager_secret_iam_member" "runtime" {
  for_each  = google_secret_manager_secret.secrets
  secret_id = each.value.id
  role      = "roles/secretmanager.secretAccessor"
  member    = google_service_account.runtime.member
}

# What Cloud Build needs to turn the zip into the function's image, as in Google's Cloud
# Functions (2nd gen) custom build service account examples. Object access is project-level
# because Cloud Functions copies the source into a staging bucket it creates and the build
# writes its own objects there; objectViewer alone is not what those examples grant.
resource "google_project_iam_member" "build" {
  for_each = toset([
    "roles/artifactregistry.writer",
    "roles/logging.logWriter",
    "roles/storage.objectAdmin",
  ])
  project    = var.project_id
  role       = each.value
  member     = google_service_account.build.member
  depends_on = [google_project_service.apis]
}

# IAM grants take a while to reach every service. The function's first build and first
# revision start only after this pause, as in Google's examples (60 s); a changed set of
# grants waits again, unchanged grants never do.
resource "time_sleep" "iam_propagation" {
  create_duration = "60s"
  triggers = {
    build   = join(",", keys(google_project_iam_member.build))
    runtime = join(",", keys(google_project_iam_member.runtime))
    secrets = join(",", keys(google_secret_manager_secret_iam_member.runtime))
  }
}

# Who may call the URL. Public only when a webhook token authenticates requests (checked by a
# precondition on the function); otherwise only the listed principals, with Google credentials.
resource "google_cloud_run_v2_service_iam_member" "invoker" {
  # allUsers only with allow_public_access, which a precondition on the function refuses unless
  # WEBHOOK_TOKEN is mounted: Zapier cannot present Google credentials, so the token authenticates.
  for_each = toset(var.allow_public_access ? ["allUsers"] : var.invoker_members)
  project  = var.project_id
  location = var.region
  name     = google_cloudfunctions2_function.invoice.name # a Gen2 function is the Cloud Run service of the same name
  role     = "roles/run.invoker"
  member   = each.value
}

# Shared names, the APIs the function needs, and its source: a zip of the runtime code only,
# stored under a name that carries the hash of its contents so a code change (and only a code
# change) makes Cloud Functions rebuild.

locals {
  function_name = "${var.prefix}-invoices"
  labels = {
    app    = "invoice-processing"
    prefix = var.prefix
  }

  # What the function imports at runtime, and nothing else: no tests, CLIs, offline analysis, venvs,
  # caches or Terraform. A test checks these lists against the import graph of main.py.
  source_cli_only       = ["invoice_processing/__main__.py"]
  source_rollout_online = ["__init__", "bucketing", "decision", "stages"] # rollout/report/ is offline analysis
  repo_root             = abspath("${path.module}/..")
  source_files = sort(concat(
    ["main.py", "requirements.txt"],
    [for f in fileset(local.repo_root, "invoice_processing/**/*.py") : f if !contains(local.source_cli_only, f)],
    [for m in local.source_rollout_online : "rollout/${m}.py"],
  ))
  # Hash of names and contents (not of the zip, whose timestamps are not reproducible).
  source_hash = sha256(join("\n", [
    for f in local.source_files : "${f}:${filesha256("${local.repo_root}/${f}")}"
  ]))
}

resource "google_project_service" "apis" {
  for_each = toset([
    "artifactregistry.googleapis.com", # build output of Cloud Functions
    "cloudbuild.googleapis.com",       # builds the function from the zip
    "cloudfunctions.googleapis.com",
    "documentai.googleapis.com",
    "iam.googleapis.com",
    "logging.googleapis.com",
    "monitoring.googleapis.com",
    "run.googleapis.com", # Gen2 functions run as Cloud Run services
    "secretmanager.googleapis.com",
    "sheets.googleapis.com",
    "storage.googleapis.com",
  ])
  service = each.value
  # Other workloads in the project may use the same APIs; destroying this stack must not cut them off.
  disable_on_destroy = false
}

resource "google_storage_bucket" "source" {
  #checkov:skip=CKV_GCP_62: Access logs of a bucket that holds only zipped source written by Terraform add cost and no signal; Cloud Audit Logs already record who changed it.
  name                        = "${var.project_id}-${var.prefix}-fn-source"
  location                    = var.region
  force_destroy               = true # holds only build inputs, all reproducible from git
  uniform_bucket_level_access = true
  public_access_prevention    = "enforced"

  versioning {
    enabled = true
  }

  # Every deployment adds one object; builds read it once. Keep a quarter of history.
  lifecycle_rule {
    condition {
      age = 90
    }
    action {
      type = "Delete"
    }
  }

  depends_on = [google_project_service.apis]
}

data "archive_file" "source" {
  type        = "zip"
  output_path = "${path.module}/function-source.zip" # terraform/*.zip is gitignored

  dynamic "source" {
    for_each = toset(local.source_files)
    content {
      filename = source.value
      content  = file("${local.repo_root}/${source.value}")
    }
  }
}

resource "google_storage_bucket_object" "source" {
  name   = "invoice-processing/source-${substr(local.source_hash, 0, 16)}.zip"
  bucket = google_storage_bucket.source.name
  source = data.archive_file.source.output_path
}

# Shared names, the APIs the function needs, and its source: a zip of the runtime code only,
# stored under a name that carries the hash of its contents so a code change (and only a code
# change) makes Cloud Functions rebuild.

locals {
  function_name = "${var.prefix}-invoices"
  labels = {
    app    = "invoice-processing"
    prefix = var.prefix
  }

  # Exactly what the function imports at run time, file by file: no tests, CLIs, offline
  # analysis, caches or stray files (an untracked or non-UTF-8 file under a package would
  # otherwise change the hash or fail the plan). A test checks this list against the import
  # closure of main.py: a new module imported at run time must be added here.
  source_modules = [
    "invoice_processing/__init__.py",
    "invoice_processing/app.py",
    "invoice_processing/config.py",
    "invoice_processing/cross_check/__init__.py",
    "invoice_processing/cross_check/printed.py",
    "invoice_processing/cross_check/readings.py",
    "invoice_processing/deadline.py",
    "invoice_processing/errors.py",
    "invoice_processing/extraction/__init__.py",
    "invoice_processing/extraction/backend.py",
    "invoice_processing/extraction/chain.py",
    "invoice_processing/extraction/docai_mapping.py",
    "invoice_processing/extraction/document_ai.py",
    "invoice_processing/extraction/document_ai_invoice.py",
    "invoice_processing/extraction/gemini.py",
    "invoice_processing/extraction/gemini_key.py",
    "invoice_processing/extraction/gemini_schema.py",
    "invoice_processing/extraction/local.py",
    "invoice_processing/extraction/timebox.py",
    "invoice_processing/intake/__init__.py",
    "invoice_processing/intake/download.py",
    "invoice_processing/intake/request.py",
    "invoice_processing/intake/trello.py",
    "invoice_processing/intake/url_safety.py",
    "invoice_processing/layout/__init__.py",
    "invoice_processing/layout/between_rows.py",
    "invoice_processing/layout/body_items.py",
    "invoice_processing/layout/body_roles.py",
    "invoice_processing/layout/bottom_aligned.py",
    "invoice_processing/layout/captions.py",
    "invoice_processing/layout/card_codes.py",
    "invoice_processing/layout/card_lines.py",
    "invoice_processing/layout/cell_splits.py",
    "invoice_processing/layout/cell_units.py",
    "invoice_processing/layout/centred_cells.py",
    "invoice_processing/layout/code_leads.py",
    "invoice_processing/layout/column_bands.py",
    "invoice_processing/layout/column_choice.py",
    "invoice_processing/layout/column_labels.py",
    "invoice_processing/layout/columns.py",
    "invoice_processing/layout/copies.py",
    "invoice_processing/layout/currency_wraps.py",
    "invoice_processing/layout/date_labels.py",
    "invoice_processing/layout/description_side.py",
    "invoice_processing/layout/edges.py",
    "invoice_processing/layout/entry_lines.py",
    "invoice_processing/layout/field_labels.py",
    "invoice_processing/layout/field_values.py",
    "invoice_processing/layout/fields.py",
    "invoice_processing/layout/flat_fees.py",
    "invoice_processing/layout/header_clutter.py",
    "invoice_processing/layout/header_extension.py",
    "invoice_processing/layout/header_groups.py",
    "invoice_processing/layout/header_labels.py",
    "invoice_processing/layout/header_row.py",
    "invoice_processing/layout/item_cards.py",
    "invoice_processing/layout/item_text.py",
    "invoice_processing/layout/label_roles.py",
    "invoice_processing/layout/label_slots.py",
    "invoice_processing/layout/labelled_entries.py",
    "invoice_processing/layout/labelled_remarks.py",
    "invoice_processing/layout/led_rows.py",
    "invoice_processing/layout/lexicon.py",
    "invoice_processing/layout/more_column_labels.py",
    "invoice_processing/layout/notices.py",
    "invoice_processing/layout/numbers.py",
    "invoice_processing/layout/offered_tables.py",
    "invoice_processing/layout/page_furniture.py",
    "invoice_processing/layout/party_labels.py",
    "invoice_processing/layout/price_units.py",
    "invoice_processing/layout/printed_codes.py",
    "invoice_processing/layout/products.py",
    "invoice_processing/layout/prose_numbers.py",
    "invoice_processing/layout/record_blocks.py",
    "invoice_processing/layout/regional_column_labels.py",
    "invoice_processing/layout/remark_words.py",
    "invoice_processing/layout/row_kinds.py",
    "invoice_processing/layout/row_notes.py",
    "invoice_processing/layout/rows.py",
    "invoice_processing/layout/stacked_labels.py",
    "invoice_processing/layout/tables.py",
    "invoice_processing/layout/text_counts.py",
    "invoice_processing/layout/totals_in_words.py",
    "invoice_processing/layout/two_up.py",
    "invoice_processing/layout/unit_words.py",
    "invoice_processing/layout/wraps.py",
    "invoice_processing/metrics.py",
    "invoice_processing/models.py",
    "invoice_processing/normalize.py",
    "invoice_processing/pdf/__init__.py",
    "invoice_processing/pdf/checks.py",
    "invoice_processing/pdf/document.py",
    "invoice_processing/pdf/drawn_words.py",
    "invoice_processing/pdf/helper.py",
    "invoice_processing/pdf/isolation.py",
    "invoice_processing/pdf/ocr.py",
    "invoice_processing/pdf/ocr_words.py",
    "invoice_processing/pdf/page_marks.py",
    "invoice_processing/pdf/text_layer.py",
    "invoice_processing/pdf/text_lines.py",
    "invoice_processing/pdf/word_repairs.py",
    "invoice_processing/pipeline.py",
    "invoice_processing/quality.py",
    "invoice_processing/sheets/__init__.py",
    "invoice_processing/sheets/a1.py",
    "invoice_processing/sheets/cells.py",
    "invoice_processing/sheets/client.py",
    "invoice_processing/sheets/compaction.py",
    "invoice_processing/sheets/content.py",
    "invoice_processing/sheets/csv_sheet.py",
    "invoice_processing/sheets/data_tab.py",
    "invoice_processing/sheets/google_sheet.py",
    "invoice_processing/sheets/ledger.py",
    "invoice_processing/sheets/ledger_index.py",
    "invoice_processing/sheets/ledger_tab.py",
    "invoice_processing/sheets/quota.py",
    "invoice_processing/sheets/retry.py",
    "invoice_processing/sheets/rows.py",
    "invoice_processing/sheets/tab_cache.py",
    "invoice_processing/sheets/tabs.py",
    "invoice_processing/sheets/writer.py",
    "invoice_processing/vendors/__init__.py",
    "invoice_processing/vendors/catalog.py",
    "invoice_processing/vendors/creative_coop.py",
    "invoice_processing/vendors/creative_coop_header.py",
    "invoice_processing/vendors/creative_coop_lines.py",
    "invoice_processing/vendors/document_pages.py",
    "invoice_processing/vendors/domain_names.py",
    "invoice_processing/vendors/generic.py",
    "invoice_processing/vendors/harpercollins.py",
    "invoice_processing/vendors/header.py",
    "invoice_processing/vendors/header_numbers.py",
    "invoice_processing/vendors/issuer.py",
    "invoice_processing/vendors/issuer_names.py",
    "invoice_processing/vendors/line_totals.py",
    "invoice_processing/vendors/named_suppliers.py",
    "invoice_processing/vendors/number_forms.py",
    "invoice_processing/vendors/number_tokens.py",
    "invoice_processing/vendors/onehundred80.py",
    "invoice_processing/vendors/order_titles.py",
    "invoice_processing/vendors/page_copies.py",
    "invoice_processing/vendors/parties.py",
    "invoice_processing/vendors/receipt_blocks.py",
    "invoice_processing/vendors/receipt_lines.py",
    "invoice_processing/vendors/rifle_paper.py",
    "invoice_processing/vendors/seller_labels.py",
    "invoice_processing/vendors/sender_lines.py",
    "invoice_processing/vendors/spelled_names.py",
    "invoice_processing/vendors/table.py",
    "invoice_processing/vendors/top_block.py",
    "invoice_processing/vendors/two_line_names.py",
    "invoice_processing/wiring.py",
  ]
  source_rollout_online = ["__init__", "bucketing", "decision", "stages"] # rollout/report/ is offline analysis
  repo_root             = abspath("${path.module}/..")
  source_files = sort(concat(
    ["main.py", "requirements.txt"],
    local.source_modules,
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
    "cloudresourcemanager.googleapis.com", # project IAM bindings (google_project_iam_member)
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

  # Every code change uploads a new object and Terraform deletes the previous one, which
  # versioning keeps as a noncurrent version. Only those are cleaned up: the live source of a
  # function that is not redeployed for months must stay (a rebuild reads it).
  lifecycle_rule {
    condition {
      days_since_noncurrent_time = 90
      with_state                 = "ARCHIVED"
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

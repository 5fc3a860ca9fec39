output "dashboard_url" {
  description = "Cloud Monitoring dashboard of this deployment."
  value       = "https://console.cloud.google.com/monitoring/dashboards/builder/${element(split("/", google_monitoring_dashboard.invoices.id), 3)}?project=${var.project_id}"
}

output "function_uri" {
  description = "HTTPS URL that Zapier posts invoices to."
  value       = google_cloudfunctions2_function.invoice.service_config[0].uri
}

output "runtime_service_account" {
  description = "E-mail of the function's identity: share the spreadsheet with it as an editor."
  value       = google_service_account.runtime.email
}

output "secret_ids" {
  description = "Secret Manager secrets to add versions to (gcloud secrets versions add <id> --data-file=-)."
  value       = { for k, s in google_secret_manager_secret.secrets : k => s.secret_id }
}

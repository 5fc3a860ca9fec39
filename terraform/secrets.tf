# Secret Manager secrets, created empty. Terraform never sees a secret value: operators add
# versions with gcloud (docs/operations.md) and pin the version number in a variable, so
# neither the state nor the plan holds the Gemini key or the webhook token.

locals {
  secrets = {
    gemini_api_key = {
      env_var = "GEMINI_API_KEY"
      version = var.gemini_api_key_secret_version
    }
    webhook_token = {
      env_var = "WEBHOOK_TOKEN"
      version = var.webhook_token_secret_version
    }
    trello_api_key = {
      env_var = "TRELLO_API_KEY"
      version = var.trello_api_key_secret_version
    }
    trello_api_token = {
      env_var = "TRELLO_API_TOKEN"
      version = var.trello_api_token_secret_version
    }
  }
}

resource "google_secret_manager_secret" "secrets" {
  # Google-managed encryption: a customer-managed key would add a KMS key ring to operate
  # without changing who can read the secrets (only the runtime service account, iam.tf).
  for_each  = local.secrets
  secret_id = "${var.prefix}-${replace(each.key, "_", "-")}"

  replication {
    auto {}
  }

  depends_on = [google_project_service.apis]
}

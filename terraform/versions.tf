# Terraform and provider versions. The Google provider is pinned to its current major
# version; `archive` zips the function source on the operator's machine; `time` provides the
# waits for IAM grants and new log-based metrics to propagate (iam.tf, logging-metrics.tf).

terraform {
  # 1.5: the oldest release with everything used here (preconditions, try()).
  required_version = ">= 1.5.0"

  required_providers {
    archive = {
      source  = "hashicorp/archive"
      version = "~> 2.4"
    }
    google = {
      source  = "hashicorp/google"
      version = "~> 7.0"
    }
    time = {
      source  = "hashicorp/time"
      version = "~> 0.13"
    }
  }
}

provider "google" {
  project = var.project_id
  region  = var.region

  # Labels every resource that supports them, so cost and ownership are visible in billing.
  default_labels = local.labels
}

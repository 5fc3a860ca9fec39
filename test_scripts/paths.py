"""Where things are, for tests in any sub-folder: the repository root and the test helpers' folders."""

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent  # the repository
TESTS = ROOT / "test_scripts"
EGRESS_GUARD = TESTS / "egress_guard"  # sitecustomize that refuses non-loopback connections in child processes
REAL_INVOICES = ROOT.parent / "shared" / "data" / "real-invoices"  # absent in CI: tests that need it skip

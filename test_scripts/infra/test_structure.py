"""Guards of the design: one-way imports, pinned public surface, documented settings."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import invoice_processing
import rollout
from invoice_processing import config
from invoice_processing.config import ENV_VARS
from rollout import stages as rollout_stages
from rollout.stages import ENV_VARS as ROLLOUT_ENV_VARS
from scripts import layout, settings_table
from test_scripts.paths import ROOT


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text())
    found: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            found |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            prefix = "." * node.level
            found.add(prefix + (node.module or ""))
    return found


def test_rollout_and_invoice_processing_never_import_each_other():
    for path in (ROOT / "rollout").rglob("*.py"):
        assert not any(i.startswith("invoice_processing") for i in _imports(path)), path
    for path in (ROOT / "invoice_processing").rglob("*.py"):
        assert not any(i.startswith("rollout") for i in _imports(path)), path


def test_models_and_errors_import_nothing_from_the_package():
    for name in ("models.py", "errors.py"):
        imports = _imports(ROOT / "invoice_processing" / name)
        assert not any(i.startswith(".") or i.startswith("invoice_processing") for i in imports), name


def test_backends_never_import_vendors_or_sheets():
    for path in (ROOT / "invoice_processing" / "extraction").glob("*.py"):
        imports = _imports(path)
        assert not any("vendors" in i or "sheet" in i for i in imports), path


def test_only_config_reads_the_environment():
    allowed = {"config.py"}
    for path in (ROOT / "invoice_processing").rglob("*.py"):
        if path.name in allowed:
            continue
        assert "os.environ" not in path.read_text() and "getenv" not in path.read_text(), path


def test_public_surface_is_pinned():
    assert sorted(invoice_processing.__all__) == [
        "Backend", "Deps", "Invoice", "InvoiceError", "LineItem", "Outcome", "PdfInput", "Settings",
        "build_deps", "load_settings", "process",
    ]
    assert {"Route", "decide", "route_request", "read_stage"} <= set(rollout.__all__)


def test_the_readme_settings_table_is_the_declared_settings():
    readme = (ROOT / "README.md").read_text()
    assert settings_table.table() in readme, "run: python scripts/settings_table.py and paste it into README.md"
    assert {**ENV_VARS, **ROLLOUT_ENV_VARS}.keys() == {
        line.split("`")[1] for line in settings_table.table().splitlines()[2:]}


def test_the_rollout_switch_config_checks_is_the_one_rollout_reads():
    assert config.PRODUCTION_ROLLOUT_ENABLED == rollout_stages.ENV_ENABLED


def test_every_public_name_resolves_and_importing_the_package_loads_no_stage():
    for name in invoice_processing.__all__:
        assert getattr(invoice_processing, name).__name__ == name
    code = "import sys, invoice_processing; print(sorted(m for m in sys.modules if m.startswith('invoice_processing')))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.strip() == "['invoice_processing']"


def test_the_readme_layout_is_the_tree():
    assert layout.tree() in (ROOT / "README.md").read_text(), "run python scripts/layout.py; paste it into README.md"


def test_top_level_keeps_only_the_spine():
    modules = sorted(p.name for p in (ROOT / "invoice_processing").glob("*.py"))
    assert len(modules) <= 12, modules

"""Print the README's configuration table from the settings' declarations.

    python scripts/settings_table.py [--write]   (--write puts it into README.md)

The function's settings are declared once in ``invoice_processing/config.py`` (``Settings``) and
the rollout's switches in ``rollout/stages.py`` (``ENV_VARS``); a test checks that the README
holds exactly this table.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from invoice_processing.config import ENV_VARS  # noqa: E402 - needs the path above
from rollout.stages import ENV_VARS as ROLLOUT_ENV_VARS  # noqa: E402


def table() -> str:
    lines = ["| variable | default | meaning |", "|---|---|---|"]
    for name, (default, doc) in {**ENV_VARS, **ROLLOUT_ENV_VARS}.items():
        lines.append(f"| `{name}` | {f'`{default}`' if default else '(empty)'} | {doc} |")
    return "\n".join(lines) + "\n"


def write_readme() -> None:
    """Replace the README's copy with the current one."""
    readme = ROOT / "README.md"
    text = readme.read_text()
    start = text.index('| variable | default | meaning |')
    end = text.index("\n\n", start) + 1
    readme.write_text(text[:start] + table() + text[end:])


if __name__ == "__main__":
    if "--write" in sys.argv:
        write_readme()
    else:
        sys.stdout.write(table())

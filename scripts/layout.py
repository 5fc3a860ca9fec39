"""Print the README's "Layout" tree: every module of the function and the rollout, with the first
line of its docstring.

    python scripts/layout.py [--write]   (--write puts it into README.md)

A test checks that the README holds exactly this tree, so it changes with the code.
"""

from __future__ import annotations

import ast
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PACKAGES = ("invoice_processing", "rollout")


def _summary(path: Path) -> str:
    doc = ast.get_docstring(ast.parse(path.read_text())) or ""
    first = " ".join(doc.strip().split("\n\n")[0].split()).rstrip(".:")
    return first if len(first) <= 90 else first[:89].rsplit(" ", 1)[0] + " ..."


def _lines(folder: Path, depth: int) -> list[str]:
    lines = []
    modules = sorted(p for p in folder.glob("*.py") if p.name != "__init__.py")
    for path in modules:
        lines.append(f"{'  ' * depth}{path.name:<{28 - 2 * depth}} {_summary(path)}")
    for sub in sorted(p for p in folder.iterdir() if (p / "__init__.py").is_file()):
        lines.append(f"{'  ' * depth}{sub.name + '/':<{28 - 2 * depth}} {_summary(sub / '__init__.py')}")
        lines += _lines(sub, depth + 1)
    return lines


def tree() -> str:
    lines = [f"{'main.py':<28} {_summary(ROOT / 'main.py')}"]
    for package in PACKAGES:
        lines.append(f"{package + '/':<28} {_summary(ROOT / package / '__init__.py')}")
        lines += _lines(ROOT / package, 1)
    return "```text\n" + "\n".join(line.rstrip() for line in lines) + "\n```\n"


def write_readme() -> None:
    """Replace the README's copy with the current one."""
    readme = ROOT / "README.md"
    text = readme.read_text()
    start = text.index('```text\nmain.py')
    end = text.index("```\n", start) + 4
    readme.write_text(text[:start] + tree() + text[end:])


if __name__ == "__main__":
    if "--write" in sys.argv:
        write_readme()
    else:
        sys.stdout.write(tree())

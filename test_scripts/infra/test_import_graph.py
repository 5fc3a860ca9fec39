"""The import graph: no cycles (imports inside functions count), and what ``import main`` loads.

Cycles hidden by function-level imports still tie modules together: neither can be understood,
tested or moved without the other. The graph is read from the AST of every module, so an import
inside a function is an edge like any other.
"""

from __future__ import annotations

import ast
import graphlib
import subprocess
import sys
from pathlib import Path

from test_scripts.paths import ROOT

PACKAGES = ("invoice_processing", "rollout")


def module_name(path: Path, root: Path) -> str:
    parts = list(path.relative_to(root).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def import_graph(root: Path, packages: tuple[str, ...]) -> dict[str, set[str]]:
    """module -> the project modules it imports anywhere in its body."""
    paths = {module_name(p, root): p for package in packages for p in (root / package).rglob("*.py")}
    graph: dict[str, set[str]] = {}
    for name, path in paths.items():
        is_package = path.name == "__init__.py"
        base = name.split(".") if is_package else name.split(".")[:-1]
        edges: set[str] = set()
        for node in ast.walk(ast.parse(path.read_text(), str(path))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom):
                parent = ".".join(base[: len(base) - node.level + 1]) if node.level else ""
                module = ".".join(part for part in (parent, node.module or "") if part)
                # ``from package import submodule`` depends on the submodule, not on the package's __init__
                targets = [f"{module}.{a.name}" if f"{module}.{a.name}" in paths else module for a in node.names]
            else:
                continue
            edges |= {t for t in targets if t in paths and t != name}
        graph[name] = edges
    return graph


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    try:
        tuple(graphlib.TopologicalSorter(graph).static_order())
    except graphlib.CycleError as error:
        return list(error.args[1])
    return None


def test_the_packages_have_no_import_cycle():
    graph = import_graph(ROOT, PACKAGES)
    assert len(graph) > 50  # the walk really found the modules
    assert find_cycle(graph) is None


def test_a_cycle_hidden_in_a_function_is_found(tmp_path):
    package = tmp_path / "planted"
    package.mkdir()
    (package / "__init__.py").write_text("")
    (package / "a.py").write_text("from planted.b import helper\n")
    (package / "b.py").write_text("def helper():\n    from planted import a\n    return a\n")
    cycle = find_cycle(import_graph(tmp_path, ("planted",)))
    assert cycle is not None and {"planted.a", "planted.b"} <= set(cycle)


def _top_level_imports(path: Path) -> set[str]:
    """The first name of every absolute import in a module (``from .x`` and project modules included)."""
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text())):
        if isinstance(node, ast.Import):
            found |= {alias.name.split(".")[0] for alias in node.names}
        elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
            found.add(node.module.split(".")[0])
    return found


REQUEST_TIME_ROLLOUT = ("rollout/__init__.py", "rollout/stages.py", "rollout/bucketing.py", "rollout/decision.py")


def test_request_time_rollout_imports_only_the_standard_library():
    for path in REQUEST_TIME_ROLLOUT:
        imports = _top_level_imports(ROOT / path) - {"rollout"}
        assert imports <= set(sys.stdlib_module_names), (path, imports)
    graph = import_graph(ROOT, PACKAGES)
    for name in ("rollout", "rollout.stages", "rollout.bucketing", "rollout.decision"):
        assert not {m for m in graph[name] if m.startswith("rollout.report")}, name


def test_importing_main_loads_no_analysis_terminal_or_ocr_libraries():
    """OCR (rapidocr, onnxruntime, OpenCV, numpy) loads only in a parser helper reading a scan."""
    code = ("import sys, main; loaded = {m.split('.')[0] for m in sys.modules}; "
            "print(sorted(loaded & {'numpy', 'scipy', 'matplotlib', 'rich', 'rapidocr', 'onnxruntime', 'cv2', "
            "'PIL'}), "
            "sorted(m for m in sys.modules if m.startswith('rollout.report')))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.split() == ["[]", "[]"]


def test_the_function_archive_holds_exactly_what_main_imports():
    """Terraform zips the files listed in main.tf (``source_modules`` plus the request-time rollout
    modules): exactly the import closure of ``main.py`` (and the parser helper it starts)."""
    from test_scripts.infra.test_terraform_config import load_terraform

    graph = import_graph(ROOT, PACKAGES)
    main_imports = {alias.name for node in ast.walk(ast.parse((ROOT / "main.py").read_text()))
                    if isinstance(node, ast.Import) for alias in node.names}
    main_imports |= {node.module for node in ast.walk(ast.parse((ROOT / "main.py").read_text()))
                     if isinstance(node, ast.ImportFrom) and node.module}
    stack = sorted(main_imports & set(graph)) + ["invoice_processing.pdf.helper"]  # the helper runs by name
    needed: set[str] = set()
    while stack:
        name = stack.pop()
        if name not in needed:
            needed.add(name)
            parts = name.split(".")
            stack += [".".join(parts[:i]) for i in range(1, len(parts))] + sorted(graph[name])  # parents run first
    paths = [m.replace(".", "/") for m in needed]
    files = {f"{p}/__init__.py" if (ROOT / p).is_dir() else f"{p}.py" for p in paths}
    local = load_terraform()["locals"]
    archived = set(local["source_modules"]) | {f"rollout/{m}.py" for m in local["source_rollout_online"]}
    assert len(archived) == len(local["source_modules"]) + len(local["source_rollout_online"])  # no duplicates
    assert sorted(archived - files) == [], "archived but not imported at run time"
    assert sorted(files - archived) == [], "imported at run time but missing from main.tf source_modules"

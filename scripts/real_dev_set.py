"""Rebuild the real-invoice dev set (PDFs beside their ground truth) from fetched copies of public repositories.

    python scripts/real_dev_set.py build [--mirrors DIR] [--out DIR]
    python scripts/real_dev_set.py check

The ground truth (``*.gt.json``, schema ``invoice-eval-gt/1``) and ``manifest.json`` live in
``test_scripts/real_dev_set``; the PDFs are not committed. ``build`` takes each manifest entry's file
out of a bare git directory of its repository (``<mirrors>/<owner>+<name>/repo``, or ``repo/.git`` when
the copy has a work tree, as the fetch tool lays them out), checks its sha256 and writes ``<name>.pdf``
and ``<name>.gt.json`` into the output folder (default ``.cache/real-dev-set``, read by
``bench.real_accuracy``). It lists every entry it could not rebuild and exits 1 if there is one.
``check`` verifies that the ground-truth files and the manifest name the same documents and that
every required field is present.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GT_DIR = ROOT / "test_scripts" / "real_dev_set"
MANIFEST = GT_DIR / "manifest.json"
DEFAULT_MIRRORS = Path("/work/.mirror")
DEFAULT_OUT = ROOT / ".cache" / "real-dev-set"
SCHEMA = "invoice-eval-gt/1"
GT_FIELDS = ("schema", "file", "text_layer", "invoice_number", "date", "vendor", "vendor_aliases", "line_items",
             "currency", "total", "curation", "source")
LINE_FIELDS = ("item", "wholesale", "qty", "line_total")
SOURCE_FIELDS = ("repo", "commit", "path", "license", "sha256")
MANIFEST_FIELDS = ("name", "repo", "commit", "path", "license", "sha256", "pages", "language")
ISO_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
HEX40 = re.compile(r"[0-9a-f]{40}")
HEX64 = re.compile(r"[0-9a-f]{64}")


def load_manifest() -> list[dict]:
    return json.loads(MANIFEST.read_text(encoding="utf-8"))


def _is_git_dir(path: Path) -> bool:
    return (path / "HEAD").is_file() and (path / "objects").is_dir()


def _repo_folders(mirrors: Path, repo: str) -> list[Path]:
    """Folders that may hold a copy of ``owner/name``: ``owner+name`` (any letter case) and ``owner/name``."""
    owner, _, name = repo.partition("/")
    wanted = f"{owner}+{name}".lower()
    folders = [mirrors / f"{owner}+{name}", mirrors / owner / name]
    if mirrors.is_dir():
        folders += [p for p in sorted(mirrors.iterdir()) if p.name.lower() == wanted and p not in folders]
    return folders


def find_git_dir(mirrors: Path, repo: str) -> Path | None:
    """The git directory of a fetched copy of ``repo`` under ``mirrors``, or None."""
    for folder in _repo_folders(mirrors, repo):
        for candidate in (folder / "repo" / ".git", folder / "repo", folder / ".git", folder):
            if _is_git_dir(candidate):
                return candidate
    return None


def _git(git_dir: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(["git", "--git-dir", str(git_dir), *args], capture_output=True, check=False)


def fetch_pdf(git_dir: Path, commit: str, path: str) -> tuple[bytes | None, str]:
    """The file's bytes at ``commit``, or None and the reason it cannot be read."""
    if _git(git_dir, "cat-file", "-e", f"{commit}^{{commit}}").returncode != 0:
        return None, f"commit {commit} is not in {git_dir}"
    shown = _git(git_dir, "show", f"{commit}:{path}")
    if shown.returncode != 0:
        return None, f"{path} cannot be read at {commit[:12]}: {shown.stderr.decode(errors='replace').strip()}"
    return shown.stdout, ""


def rebuild_entry(entry: dict, mirrors: Path, out: Path) -> str:
    """Write one document and its ground truth into ``out``; return why it failed, or an empty string."""
    name = entry["name"]
    git_dir = find_git_dir(mirrors, entry["repo"])
    if git_dir is None:
        return f"{name}: no copy of {entry['repo']} under {mirrors}"
    data, why = fetch_pdf(git_dir, entry["commit"], entry["path"])
    if data is None:
        return f"{name}: {why}"
    digest = hashlib.sha256(data).hexdigest()
    if digest != entry["sha256"]:
        return f"{name}: sha256 {digest} differs from the manifest's {entry['sha256']}"
    gt_path = GT_DIR / f"{name}.gt.json"
    if not gt_path.is_file():
        return f"{name}: {gt_path.relative_to(ROOT)} is missing"
    (out / f"{name}.pdf").write_bytes(data)
    shutil.copyfile(gt_path, out / gt_path.name)
    return ""


def build(mirrors: Path, out: Path) -> int:
    entries = load_manifest()
    out.mkdir(parents=True, exist_ok=True)
    failures = [why for entry in entries if (why := rebuild_entry(entry, mirrors, out))]
    print(f"rebuilt {len(entries) - len(failures)} of {len(entries)} documents into {out}")
    for why in failures:
        print(f"  not rebuilt: {why}")
    return 1 if failures else 0


def _missing(record: dict, fields: tuple[str, ...], where: str) -> list[str]:
    return [f"{where}: no '{field}'" for field in fields if field not in record]


def _line_problems(lines: object, where: str) -> list[str]:
    if not isinstance(lines, list) or not lines:
        return [f"{where}: line_items is not a non-empty list"]
    problems = []
    for number, line in enumerate(lines, 1):
        problems += _missing(line, LINE_FIELDS, f"{where} line {number}")
        numbers = [line.get(field) for field in LINE_FIELDS[1:]]
        if not all(isinstance(value, int | float) and not isinstance(value, bool) for value in numbers):
            problems.append(f"{where} line {number}: wholesale, qty and line_total must be numbers")
    return problems


def _source_problems(truth: dict, entry: dict | None, where: str) -> list[str]:
    source = truth.get("source")
    if not isinstance(source, dict):
        return [f"{where}: source is not an object"]
    problems = _missing(source, SOURCE_FIELDS, f"{where} source")
    if not HEX40.fullmatch(str(source.get("commit", ""))) or not HEX64.fullmatch(str(source.get("sha256", ""))):
        problems.append(f"{where}: source commit or sha256 is malformed")
    if entry is not None:
        problems += [f"{where}: source {field} differs from the manifest" for field in SOURCE_FIELDS
                     if source.get(field) != entry.get(field)]
    return problems


def gt_problems(gt_path: Path, entry: dict | None) -> list[str]:
    """What is wrong with one ground-truth file (empty when nothing is)."""
    where = gt_path.name
    truth = json.loads(gt_path.read_text(encoding="utf-8"))
    problems = _missing(truth, GT_FIELDS, where)
    name = gt_path.name.removesuffix(".gt.json")
    if truth.get("schema") != SCHEMA:
        problems.append(f"{where}: schema is not {SCHEMA}")
    if truth.get("file") != f"{name}.pdf":
        problems.append(f"{where}: file is not {name}.pdf")
    if truth.get("text_layer") not in ("full", "partial"):
        problems.append(f"{where}: text_layer is not 'full' or 'partial'")
    if not ISO_DATE.fullmatch(str(truth.get("date", ""))):
        problems.append(f"{where}: date is not YYYY-MM-DD")
    if not isinstance(truth.get("vendor_aliases", []), list) or not isinstance(truth.get("curation", []), list):
        problems.append(f"{where}: vendor_aliases and curation must be lists")
    return problems + _line_problems(truth.get("line_items"), where) + _source_problems(truth, entry, where)


def check() -> int:
    entries = load_manifest()
    by_name = {entry.get("name"): entry for entry in entries}
    problems = [p for i, entry in enumerate(entries) for p in _missing(entry, MANIFEST_FIELDS, f"manifest entry {i}")]
    if len(by_name) != len(entries):
        problems.append("manifest: a name appears more than once")
    gt_names = {path.name.removesuffix(".gt.json") for path in GT_DIR.glob("*.gt.json")}
    problems += [f"manifest: {name} has no {name}.gt.json" for name in sorted(set(by_name) - gt_names)]
    problems += [f"{name}.gt.json has no manifest entry" for name in sorted(gt_names - set(by_name))]
    for path in sorted(GT_DIR.glob("*.gt.json")):
        problems += gt_problems(path, by_name.get(path.name.removesuffix(".gt.json")))
    print(f"{len(entries)} manifest entries, {len(gt_names)} ground-truth files: "
          + ("all consistent" if not problems else f"{len(problems)} problems"))
    for problem in problems:
        print(f"  {problem}")
    return 1 if problems else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python scripts/real_dev_set.py", description=__doc__.splitlines()[0])
    commands = parser.add_subparsers(dest="command", required=True)
    build_parser = commands.add_parser("build", help="rebuild the PDFs and ground truth into --out")
    build_parser.add_argument("--mirrors", type=Path, default=DEFAULT_MIRRORS,
                              help=f"folder of fetched repositories (default {DEFAULT_MIRRORS})")
    build_parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                              help="output folder (default .cache/real-dev-set)")
    commands.add_parser("check", help="check the ground truth against the manifest")
    args = parser.parse_args(argv)
    if args.command == "build":
        return build(args.mirrors, args.out)
    return check()


if __name__ == "__main__":
    sys.exit(main())

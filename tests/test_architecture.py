"""The shape of the package: stages in the order of the flow, no cycles, no private reach.

Read from the source with `ast` (every import, at module level or inside a function), so a
backward import fails here before it becomes a tangle. The order below is the flow of
docs/architecture.md; only run/ and the command line may import every stage.
"""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "charts"

# Earlier stages first. A module may import its own stage and earlier ones.
STAGES = [
    ("charts", "charts.errors", "charts.messages", "charts.report", "charts.inputs"),  # shared: errors, messages, reporting, reading named files
    ("charts.numbers",),
    ("charts.theme",),
    ("charts.kinds",),
    ("charts.spec",),
    ("charts.article",),
    ("charts.check",),
    ("charts.fonts",),
    ("charts.plan",),
    ("charts.draw",),
    ("charts.export",),
    ("charts.handoff",),
    ("charts.run",),
    ("charts.cli", "charts.__main__"),
]


def module_name(path: Path) -> str:
    parts = list(path.relative_to(PACKAGE.parent).with_suffix("").parts)
    if parts[-1] == "__init__":
        parts.pop()
    return ".".join(parts)


def stage_of(module: str) -> int:
    """The stage a module belongs to: the longest listed prefix."""
    best, rank = -1, -1
    for index, prefixes in enumerate(STAGES):
        for prefix in prefixes:
            if (module == prefix or module.startswith(prefix + ".")) and len(prefix) > best:
                best, rank = len(prefix), index
    return rank


def imports_in(text: str, here: str, is_package: bool) -> list[tuple[str, list[str], int]]:
    """(imported module, names taken from it, line) for every import of charts modules."""
    package = here if is_package else here.rpartition(".")[0]
    found = []
    for node in ast.walk(ast.parse(text)):
        if isinstance(node, ast.Import):
            found += [(a.name, [], node.lineno) for a in node.names if a.name.split(".")[0] == "charts"]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join(anchor + ([base] if base else []))
            if base.split(".")[0] != "charts":
                continue
            names = [a.name for a in node.names]
            # `from charts.x import y` may name a submodule y: count it as importing charts.x.y
            modules = [n for n in names if _exists(f"{base}.{n}")]
            found.append((base, [n for n in names if n not in modules], node.lineno))
            found += [(f"{base}.{n}", [], node.lineno) for n in modules]
    return found


def _exists(module: str) -> bool:
    path = PACKAGE.parent / module.replace(".", "/")
    return path.is_dir() or path.with_suffix(".py").is_file()


def graph() -> dict[str, list[tuple[str, list[str], int]]]:
    return {module_name(p): imports_in(p.read_text(encoding="utf-8"), module_name(p), p.name == "__init__.py")
            for p in sorted(PACKAGE.rglob("*.py"))}


def backward_imports(modules) -> list[str]:
    return [f"{m}:{line} imports {target}" for m, found in modules.items() for target, _, line in found
            if stage_of(target) > stage_of(m) and stage_of(m) < stage_of("charts.run")]


def _package(module: str) -> str:
    return module if (PACKAGE.parent / module.replace(".", "/")).is_dir() else module.rpartition(".")[0]


def private_reach(modules) -> list[str]:
    reaching = []
    for m, found in modules.items():
        for target, names, line in found:
            if _package(target) == _package(m):
                continue
            private = [n for n in names if n.startswith("_") and not n.startswith("__")]
            private += [target] if any(p.startswith("_") and p != "__main__" for p in target.split(".")) else []
            if private:
                reaching.append(f"{m}:{line} takes {', '.join(private)} from {target}")
    return reaching


def cycle(modules) -> list[str] | None:
    edges = {m: sorted({t for t, _, _ in found if t in modules and t != m}) for m, found in modules.items()}
    state: dict[str, int] = {}
    stack: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        stack.append(node)
        for nxt in edges[node]:
            # a package's __init__ importing its own submodules (or they it) is how a package
            # is put together, not a cycle of code
            if nxt.startswith(node + ".") or node.startswith(nxt + "."):
                continue
            if state.get(nxt) == 1:
                return stack[stack.index(nxt):] + [nxt]
            if nxt not in state and (found := visit(nxt)):
                return found
        stack.pop()
        state[node] = 2
        return None

    for module in edges:
        if module not in state and (found := visit(module)):
            return found
    return None


MODULES = graph()


def test_every_module_belongs_to_a_stage():
    assert [m for m in MODULES if stage_of(m) < 0] == []


def test_no_module_imports_a_later_stage():
    assert backward_imports(MODULES) == []


def test_no_private_names_across_packages():
    assert private_reach(MODULES) == []


def test_no_import_cycles():
    found = cycle(MODULES)
    assert found is None, " -> ".join(found)


def test_the_rules_catch_what_they_are_for():
    """Each rule fails on a planted fault: a backward import, a private name, a cycle."""
    planted = {
        "charts.plan.x": imports_in("from charts.handoff.files import handoff_files", "charts.plan.x", False),
        "charts.spec.y": imports_in("from charts.numbers.grammar import _helper\nimport charts.kinds._scale",
                                    "charts.spec.y", False),
        "charts.run.a": imports_in("from charts.run import b", "charts.run.a", False),
        "charts.run.b": imports_in("def later():\n    from charts.run.a import thing", "charts.run.b", False),
    }
    planted["charts.run.a"] = [("charts.run.b", [], 1)]  # run/b.py is not on disk: name it directly
    assert backward_imports(planted) == ["charts.plan.x:1 imports charts.handoff.files"]
    assert private_reach(planted) == ["charts.spec.y:1 takes _helper from charts.numbers.grammar",
                                      "charts.spec.y:2 takes charts.kinds._scale from charts.kinds._scale"]
    assert cycle(planted) == ["charts.run.a", "charts.run.b", "charts.run.a"]

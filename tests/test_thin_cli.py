"""A thin command line, read from the source with `ast`: no command body loops (the loops
are the library's), and only charts/cli.py prints (the library speaks through a Reporter)."""

from __future__ import annotations

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "charts"
CLI = PACKAGE / "cli.py"
LOOPS = (ast.For, ast.AsyncFor, ast.While, ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def _is_command(function: ast.FunctionDef) -> bool:
    """Decorated as a click command or group (`@cli.command(...)`, `@click.group(...)`)."""
    for decorator in function.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        if isinstance(target, ast.Attribute) and target.attr in {"command", "group"}:
            return True
    return False


def looping_commands(source: str) -> list[str]:
    """`name:line` of each loop inside a command's body."""
    return [f"{node.name}:{inner.lineno}" for node in ast.walk(ast.parse(source))
            if isinstance(node, ast.FunctionDef) and _is_command(node)
            for inner in ast.walk(node) if isinstance(inner, LOOPS)]


def _is_main_guard(node: ast.AST) -> bool:
    """`if __name__ == "__main__":` -- a module run as a script is a command line of its own."""
    test = getattr(node, "test", None)
    return (isinstance(node, ast.If) and isinstance(test, ast.Compare) and isinstance(test.left, ast.Name)
            and test.left.id == "__name__")


def printing_calls(source: str) -> list[int]:
    """Lines calling print(), click.echo()/secho() or a bare echo()/secho() taken from click."""
    tree = ast.parse(source)
    guarded = {id(inner) for node in ast.walk(tree) if _is_main_guard(node) for inner in ast.walk(node)}
    lines = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call) or id(node) in guarded:
            continue
        func = node.func
        if (isinstance(func, ast.Name) and func.id in {"print", "echo", "secho"}) or (
                isinstance(func, ast.Attribute) and func.attr in {"echo", "secho"}
                and isinstance(func.value, ast.Name) and func.value.id == "click"):
            lines.append(node.lineno)
    return lines


def test_no_command_body_loops():
    assert looping_commands(CLI.read_text(encoding="utf-8")) == []


def test_only_the_command_line_prints():
    found = {str(path.relative_to(PACKAGE)): lines for path in sorted(PACKAGE.rglob("*.py")) if path != CLI
             if (lines := printing_calls(path.read_text(encoding="utf-8")))}
    assert found == {}


def test_the_rules_catch_what_they_are_for():
    """Each rule fails on a planted fault: a loop in a command, a print in the library."""
    command = ("@cli.command()\ndef check(specs):\n    for s in specs:\n        pass\n"
               "@cli.command('zip')\ndef pack(names):\n    return [n for n in names]\n"
               "def _helper(specs):\n    for s in specs:\n        pass\n")
    assert looping_commands(command) == ["check:3", "pack:7"]
    library = ("import click\nimport sys\nprint('x', file=sys.stderr)\nclick.echo('y')\n"
               "from click import echo\necho('z')\nreport.output('fine')\n"
               "if __name__ == '__main__':\n    print('a script')\n")
    assert printing_calls(library) == [3, 4, 6]

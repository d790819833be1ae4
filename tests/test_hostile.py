"""Hostile and careless specs, one folder per case under tests/hostile/, each with the exact
outcome it must have. A case is what an editor in a hurry or an attacker hands the tool:

    tests/hostile/NN-slug/
      spec.yaml        the spec (the chart is named after the case folder)
      ...              any file it names (CSV, article), as committed
      expect.yaml      class:    the class of fault it belongs to (see CLASSES)
                       why:      one line: what the case tries
                       exit:     the exit code of a run of this case beside a good spec
                       lines:    lines (or parts of lines) the run must print, {spec} standing
                                 for the spec's path as given
                       rendered: whether the case's own chart is written (default: false)
                       symlinks: {name in the case folder: target} made at test time
                                 ({case} and {tmp} stand for the case copy and a scratch folder)
                       args:     extra arguments of `charts render` ({case}, {tmp}, {out})

Every case runs in a real process beside a good spec: no traceback, no raw control or escape
character reaches the terminal, the good chart is still rendered, and the case's own
outcome is exactly the one written down.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.conftest import MINIMAL

CASES = Path(__file__).parent / "hostile"
CLASSES = {
    "stale-figures": "wrong or stale figures",
    "handoff-data": "hand-off data that is not data",
    "files-outside": "files outside the project",
    "lose-files": "never lose an editor's file",
    "limits": "limits wherever text or rows grow the canvas",
    "layout": "layouts checked, not eyeballed",
    "fonts": "fonts given with --font",
}
GOOD = MINIMAL.format(kind="bar", question="single").lstrip()


def cases() -> list[Path]:
    return sorted(p for p in CASES.iterdir() if (p / "expect.yaml").is_file()) if CASES.is_dir() else []


def _fill(text: str, **places: str) -> str:
    for key, value in places.items():
        text = text.replace("{" + key + "}", value)
    return text


def _run_case(case: Path, tmp: Path) -> tuple[dict, subprocess.CompletedProcess, Path, str]:
    expect = yaml.safe_load((case / "expect.yaml").read_text(encoding="utf-8"))
    project = tmp / "project"
    specs = project / "specs"
    folder = specs / case.name
    shutil.copytree(case, folder, symlinks=True)
    (folder / "expect.yaml").unlink()
    spec = folder / "spec.yaml"
    named = specs / f"{case.name}.yaml"
    if spec.exists():
        # the spec sits beside its files in specs/, named after the case
        for extra in folder.iterdir():
            if extra.name != "spec.yaml" and not (specs / extra.name).exists():
                shutil.move(str(extra), specs / extra.name)
        shutil.move(str(spec), named)
    shutil.rmtree(folder, ignore_errors=True)
    (specs / "good.yaml").write_text(GOOD, encoding="utf-8")
    scratch = tmp / "scratch"
    scratch.mkdir(exist_ok=True)
    places = {"case": str(specs), "tmp": str(scratch), "out": str(project / "output")}
    for name, target in (expect.get("symlinks") or {}).items():
        link = specs / name
        link.unlink(missing_ok=True)
        link.symlink_to(_fill(target, **places))
    (project / ".git").mkdir()  # the project's root, as a clone has it
    args = [_fill(a, **places) for a in expect.get("args") or []]
    command = [sys.executable, "-m", "charts", "render", "specs", "-o", "output", "--format", "png", "-j", "1", *args]
    env = {**os.environ, "NO_COLOR": "1"}
    done = subprocess.run(command, cwd=project, capture_output=True, text=True, timeout=300, env=env,
                          errors="backslashreplace")
    return expect, done, project, f"specs/{case.name}.yaml"


def test_every_case_is_written_down():
    found = cases()
    assert len(found) >= 40, f"{len(found)} hostile cases; the corpus keeps at least 40"
    for case in found:
        expect = yaml.safe_load((case / "expect.yaml").read_text(encoding="utf-8"))
        assert expect.get("class") in CLASSES, f"{case.name}: class must be one of {sorted(CLASSES)}"
        assert expect.get("why") and isinstance(expect.get("exit"), int), case.name
        assert expect.get("lines") or expect.get("rendered"), f"{case.name}: say what the editor sees"


@pytest.mark.parametrize("case", cases(), ids=lambda p: p.name)
def test_hostile_case(case: Path, tmp_path: Path):
    expect, done, project, shown = _run_case(case, tmp_path)
    said = done.stdout + done.stderr
    assert "Traceback" not in said, said
    assert not any(ch in said for ch in "\x1b\x07\x9b\u202e\u2066"), f"raw control characters reached the terminal: {said!r}"
    assert done.returncode == expect["exit"], said
    for line in expect.get("lines") or []:
        assert _fill(line, spec=shown) in said, f"expected {line!r} in:\n{said}"
    assert (project / "output" / "good" / "good.png").is_file(), "the good spec beside it was not rendered"
    name = case.name
    written = (project / "output" / name / f"{name}.png").is_file()
    assert written == bool(expect.get("rendered", False)), said

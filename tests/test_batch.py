"""A batch: the process handing out the work loads no drawing library; workers draw."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import MINIMAL


def test_the_coordinating_process_loads_no_drawing_library(tmp_path):
    specs = tmp_path / "specs"
    specs.mkdir()
    for name, kind in (("a", "bar"), ("b", "donut"), ("c", "column")):
        (specs / f"{name}.yaml").write_text(MINIMAL.format(kind=kind, question="single"), encoding="utf-8")
    args = ["render", str(specs), "-o", str(tmp_path / "out"), "--format", "png", "-j", "2"]
    probe = ("import sys\nfrom charts.cli import cli\n"
             f"try:\n    cli({args!r})\nexcept SystemExit as exc:\n    code = exc.code\n"
             "print(code, sorted(m for m in ('matplotlib', 'pandas', 'pydantic') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300)
    assert done.stdout.splitlines()[-1] == "0 []", done.stdout + done.stderr
    assert "3 chart(s) rendered, 0 failed" in done.stdout
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if p.is_dir()) == ["a", "b", "c"]

"""A batch: the process handing out the work loads no drawing library; workers draw."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import minimal_specs


def test_the_coordinating_process_loads_no_drawing_library(tmp_path):
    specs = minimal_specs(tmp_path / "specs", {"a": "bar", "b": "donut", "c": "column"})
    args = ["render", str(specs), "-o", str(tmp_path / "out"), "--format", "png", "-j", "2"]
    probe = ("import sys\nfrom charts.cli import cli\n"
             f"try:\n    cli({args!r})\nexcept SystemExit as exc:\n    code = exc.code\n"
             "print(code, sorted(m for m in ('matplotlib', 'pandas', 'pydantic') if m in sys.modules))\n")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, timeout=300)
    assert done.stdout.splitlines()[-1] == "0 []", done.stdout + done.stderr
    assert "3 chart(s) rendered, 0 failed" in done.stdout
    assert sorted(p.name for p in (tmp_path / "out").iterdir() if p.is_dir()) == ["a", "b", "c"]


def test_kept_and_drawn_charts_come_back_in_spec_order(tmp_path):
    import json

    from click.testing import CliRunner

    from charts.cli import cli

    specs = minimal_specs(tmp_path / "specs", dict.fromkeys(["d", "c", "b", "a", "e"], "bar"))  # results follow a..e
    run = ["--json", "render", str(specs), "-o", str(tmp_path / "out"), "--format", "png", "-j", "2"]
    assert CliRunner().invoke(cli, run).exit_code == 0
    for name in ("b", "d"):
        spec = specs / f"{name}.yaml"
        spec.write_text(spec.read_text(encoding="utf-8").replace("1151", "1152"), encoding="utf-8")
    again = CliRunner().invoke(cli, ["-v", *run[1:]])
    said = [line for line in again.output.splitlines() if line.startswith(("unchanged ", "rendered "))]
    assert [line.split(" (")[0] for line in said] == ["unchanged a", "rendered b", "unchanged c", "rendered d",
                                                       "unchanged e"]
    assert "2 chart(s) rendered, 0 failed, 3 unchanged" in again.output
    manifest = json.loads((tmp_path / "out" / "manifest.json").read_text(encoding="utf-8"))
    assert [c["name"] for c in manifest["charts"]] == ["a", "b", "c", "d", "e"]

"""Nothing lost: real processes, real signals, real file systems.

A run killed with SIGKILL part-way leaves each file either its previous complete version
or its new complete version; the next run leaves no temporary files. A full or read-only
output folder gives a clear error and keeps the old files. Two runs at once on one output
folder end as one run would. The same specs give the same bytes with 1 or 2 workers, in
any order."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from tests.conftest import ROOT, SPECS


def _render(specs, out, *extra, check=True) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "charts", "render", str(specs), "-o", str(out), *extra],
                          cwd=ROOT, capture_output=True, text=True, check=check, timeout=600)


def _tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file() and p.name != ".charts.lock"}


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    """The seed specs twice over (old), the same with every title changed (new), and
    the complete output of each."""
    root = tmp_path_factory.mktemp("versions")
    old, new = root / "old-specs", root / "new-specs"
    for folder, suffix in ((old, ""), (new, "（修订）")):
        folder.mkdir()
        for spec in SPECS.glob("*.yaml"):
            text = spec.read_text(encoding="utf-8").replace("article: ../../shared", "article: ../../../shared")
            lines = text.splitlines(keepends=True)
            lines = [line.rstrip("\n") + suffix + "\n" if line.startswith("title: ") else line for line in lines]
            for copy in ("", "-b"):
                (folder / f"{spec.stem}{copy}.yaml").write_text("".join(lines), encoding="utf-8")
    _render(old, root / "old-out", "--format", "png,svg,pdf")
    _render(new, root / "new-out", "--format", "png,svg,pdf")
    return root, old, new


def _wait_until_written(path: Path, data: bytes, process, seconds: float = 300) -> None:
    """Poll until the run has put `data` at `path`; the run ending first, or never getting
    there, fails."""
    deadline = time.monotonic() + seconds
    while not (path.is_file() and path.read_bytes() == data):
        assert process.poll() is None, "the run finished before the point to kill it at"
        assert time.monotonic() < deadline, "the run never got to the point to kill it at"
        time.sleep(0.02)


def test_sigkill_leaves_every_file_old_or_new(versions, tmp_path):
    root, _, new = versions
    old_files, new_files = _tree(root / "old-out"), _tree(root / "new-out")
    order = [spec.stem for spec in sorted(new.glob("*.yaml"))]  # the order a run draws them in
    part_way = []
    for done in (1, len(order) // 3, 2 * len(order) // 3):
        out = tmp_path / f"out-{done}"
        shutil.copytree(root / "old-out", out)
        # The new specs render into a folder that holds the old charts. The run itself says
        # how far it got: a chart's record is the last file of its folder to be written, so
        # once the `done`-th chart's record is the new one, the next chart is being drawn.
        name = order[done - 1]
        record, finished = out / name / f"{name}.json", new_files[f"{name}/{name}.json"]
        process = subprocess.Popen([sys.executable, "-m", "charts", "render", str(new), "-o", str(out),
                                    "--format", "png,svg,pdf", "-j", "1"], cwd=ROOT,
                                   stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        try:
            _wait_until_written(record, finished, process)
        finally:
            process.kill()  # SIGKILL; TerminateProcess on Windows: no chance to tidy up
            process.wait()
        assert (out / "manifest.json").read_bytes() == old_files["manifest.json"]  # killed before the end
        changed = 0
        for name, data in _tree(out).items():
            if name.endswith(".tmp"):
                continue  # never renamed into place; removed by the next run
            assert data in (old_files.get(name), new_files.get(name)), f"{name} is neither old nor new"
            changed += data == new_files.get(name) != old_files.get(name)
        part_way.append(changed)
        _render(new, out, "--format", "png,svg,pdf")
        assert not [p for p in out.rglob("*.tmp")]
        assert _tree(out) == new_files
    assert all(0 < changed < len(new_files) for changed in part_way), part_way  # killed mid-run
    assert part_way == sorted(part_way) and len(set(part_way)) == len(part_way), part_way  # at three points


def _mount_tmpfs(path: Path, size: str) -> None:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("needs root to mount a small tmpfs (CI runs as root)")
    if not shutil.which("mount"):
        pytest.skip("mount is not installed: no small tmpfs to fill")
    path.mkdir()
    if subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(path)], check=False).returncode:
        pytest.skip("this machine does not allow mounting a tmpfs")


@pytest.fixture
def small_disk(tmp_path):
    disk = tmp_path / "disk"
    _mount_tmpfs(disk, "8m")  # the seed at --format png (web and phone PNGs) is about 4 MB
    yield disk
    subprocess.run(["umount", str(disk)], check=False)


def test_a_full_disk_is_a_clear_error_and_keeps_the_old_files(versions, small_disk):
    _, old, new = versions
    out = small_disk / "out"
    one_old, one_new = small_disk / "old", small_disk / "new"
    one_old.mkdir(), one_new.mkdir()
    shutil.copy(old / "neighbours-age.yaml", one_old / "neighbours-age.yaml")
    shutil.copy(new / "neighbours-age.yaml", one_new / "neighbours-age.yaml")
    _render(one_old, out, "--format", "png")
    before = _tree(out)
    free = shutil.disk_usage(small_disk).free
    (small_disk / "filler").write_bytes(b"\0" * (free - 20_000))  # room for little more than nothing
    result = _render(one_new, out, "--format", "png", check=False)
    assert result.returncode == 1
    assert "No space left on device" in result.stderr and "Traceback" not in result.stderr
    after = _tree(out)
    for name, data in after.items():  # the chart's files are the old ones, whole
        if not name.endswith(".tmp") and name not in {"index.html", "manifest.json"}:
            assert data == before[name], name
    assert set(before) <= set(after)
    import json

    manifest = json.loads(after["manifest.json"])  # whole, and it says what went wrong
    assert manifest["charts"][0]["status"] == "error"


def test_a_read_only_folder_is_a_clear_error_and_keeps_the_old_files(versions, small_disk):
    _, old, new = versions
    out = small_disk / "out"
    _render(old, out, "--format", "png")
    before = _tree(out)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    try:
        result = _render(new, out, "--format", "png", check=False)
    finally:
        subprocess.run(["mount", "-o", "remount,rw", str(small_disk)], check=True)
    assert result.returncode == 1
    assert "Read-only file system" in result.stderr and "Traceback" not in result.stderr
    assert _tree(out) == before


def test_two_runs_at_once_end_as_one_run(versions, tmp_path):
    root, _, new = versions
    out = tmp_path / "out"
    runs = [subprocess.Popen([sys.executable, "-m", "charts", "render", str(new), "-o", str(out),
                              "--format", "png,svg,pdf", "-j", "1"], cwd=ROOT,
                             stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for _ in range(2)]
    outputs = [run.communicate(timeout=600) for run in runs]
    assert [run.returncode for run in runs] == [0, 0], outputs
    assert any("waiting" in err for _, err in outputs)
    assert _tree(out) == _tree(root / "new-out")


def test_same_bytes_with_one_or_two_workers_in_any_order(versions, tmp_path):
    root, old, _ = versions
    files = sorted(old.glob("*.yaml"))
    forward = subprocess.run([sys.executable, "-m", "charts", "render", *map(str, files), "-o", str(tmp_path / "a"),
                              "--format", "png,svg,pdf", "-j", "2"], cwd=ROOT, capture_output=True, check=True)
    backward = subprocess.run([sys.executable, "-m", "charts", "render", *map(str, reversed(files)), "-o",
                               str(tmp_path / "b"), "--format", "png,svg,pdf", "-j", "1"], cwd=ROOT,
                              capture_output=True, check=True)
    assert forward.returncode == backward.returncode == 0
    a, b = _tree(tmp_path / "a"), _tree(tmp_path / "b")
    reference = _tree(root / "old-out")
    assert a.keys() == b.keys() == reference.keys()
    assert a == b  # every file, manifest and review page included
    for name in a:
        if name not in {"manifest.json", "index.html", "review-font.ttf"}:  # these name the spec paths,
            assert a[name] == reference[name], name  # which the reference run gave as a folder

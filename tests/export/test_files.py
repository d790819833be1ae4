"""Exports: every format, the same bytes on every run, files replaced atomically."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from PIL import Image

from charts.export.files import write_atomic
from tests.conftest import ROOT, SPECS

SEED_NAMES = sorted(p.stem for p in SPECS.glob("*.yaml"))


def test_every_seed_chart_has_every_file(seed_output):
    for name in SEED_NAMES:
        files = sorted(p.name for p in (seed_output / name).iterdir())
        assert files == sorted([f"{name}.png", f"{name}@2x.png", f"{name}.svg", f"{name}.editable.svg",
                                f"{name}.print-1col.pdf", f"{name}.print-2col.pdf",
                                f"{name}.print-1col.png", f"{name}.print-2col.png",
                                f"{name}.mobile.png", f"{name}.mobile.svg", f"{name}.mobile.editable.svg",
                                f"{name}.csv", f"{name}.alt.txt", f"{name}.html", f"{name}.json"])


def test_print_files_are_true_size_and_300_dpi(seed_output):
    pymupdf = pytest.importorskip("pymupdf", reason="pymupdf (a test extra) reads the PDF")

    for size, millimetres in (("print-1col", 55), ("print-2col", 114)):
        for name in SEED_NAMES:
            with pymupdf.open(seed_output / name / f"{name}.{size}.pdf") as doc:
                assert doc[0].rect.width / 72 * 25.4 == pytest.approx(millimetres, abs=0.01)
            png = Image.open(seed_output / name / f"{name}.{size}.png")
            assert abs(png.width - millimetres / 25.4 * 300) < 1
            assert png.info["dpi"] == pytest.approx((300, 300), abs=0.1)


def test_png_sizes_are_the_web_width_at_1x_and_2x(seed_output):
    for name in SEED_NAMES:
        one = Image.open(seed_output / name / f"{name}.png")
        two = Image.open(seed_output / name / f"{name}@2x.png")
        assert one.width == 640 and two.width == 1280
        assert abs(two.height - 2 * one.height) <= 1


def test_svg_has_text_as_outlines_and_named_layers(seed_output):
    svg = (seed_output / "neighbours-age" / "neighbours-age.svg").read_text(encoding="utf-8")
    assert "<text" not in svg  # outlines: looks the same without the font
    for layer in ("title", "subtitle", "labels", "values", "footer"):
        assert f'id="{layer}' in svg


def test_same_spec_same_bytes_across_processes(tmp_path):
    """Render in two fresh processes; every file must be byte-identical."""
    outs = []
    for run in ("a", "b"):
        out = tmp_path / run
        subprocess.run([sys.executable, "-m", "charts", "render", "-o", str(out), str(SPECS)],
                       cwd=ROOT, check=True, capture_output=True)
        outs.append(out)
    files = sorted(p.relative_to(outs[0]) for p in outs[0].rglob("*") if p.is_file() and not p.name.startswith("."))
    assert len(files) == 15 * len(SEED_NAMES) + 3  # + index.html, manifest.json, review-font.ttf
    for rel in files:
        assert (outs[0] / rel).read_bytes() == (outs[1] / rel).read_bytes(), rel


def test_write_atomic_leaves_no_temporary_files(tmp_path):
    target = tmp_path / "chart" / "chart.png"
    write_atomic(target, b"old")
    write_atomic(target, b"new")
    assert target.read_bytes() == b"new"
    assert os.listdir(target.parent) == ["chart.png"]


def test_a_failed_write_keeps_the_previous_file(tmp_path, monkeypatch):
    target = tmp_path / "chart.png"
    write_atomic(target, b"previous")

    def broken_replace(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken_replace)
    import pytest

    from charts.errors import OutputError

    with pytest.raises(OutputError, match="No space left on device"):
        write_atomic(target, b"new")
    assert target.read_bytes() == b"previous"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["chart.png"]

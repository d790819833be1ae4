"""Per-chart export times over the seed specs: PNG, SVG (outlined, editable), the phone
layout (drawn, its 3x PNG, its SVGs) and PDF.

    python tests/bench/export_speed.py [--repeat 7]

Prints, per format, the median over charts of each chart's median time, with min and max,
and the PDF/PNG ratio. "PDF before" is matplotlib's own path (the whole 10 MB face
re-subset at every save); "PDF after" is ours (a per-chart subset of the glyphs used).
Both are measured in this run, on this machine. Not a test: nothing here asserts a time.
"""

from __future__ import annotations

import argparse
import platform
import statistics
import time
from pathlib import Path

import matplotlib

from charts.check.rules import check
from charts.draw.frame import compose
from charts.export.files import figure_bytes, print_pdf
from charts.export.svgtext import editable_svg
from charts.fonts.resolve import resolve
from charts.plan.chart import plan
from charts.spec.read import load_spec
from charts.theme import MOBILE, PRINT_2COL, STYLE_FILE, WEB

ROOT = Path(__file__).resolve().parents[2]


def timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def format_times(specs: list[Path], repeat: int, matplotlib_pdf: bool = True) -> dict[str, list[float]]:
    """Per format, each chart's median seconds over `repeat` runs (drawing not included).
    `matplotlib_pdf` adds "PDF before": matplotlib's own font embedding, about a second."""
    fonts = resolve()
    per_format: dict[str, list[float]] = {}
    with matplotlib.rc_context(fname=str(STYLE_FILE)):
        for path in specs:
            loaded = load_spec(path)
            findings = check(loaded)
            samples: dict[str, list[float]] = {}
            for _ in range(repeat):
                samples.setdefault("draw (plan, compose)", []).append(
                    timed(lambda: compose(plan(loaded, findings, fonts, WEB))))
                web = compose(plan(loaded, findings, fonts, WEB))
                printed = compose(plan(loaded, findings, fonts, PRINT_2COL))
                samples.setdefault("PNG 1x", []).append(timed(lambda: figure_bytes(web.figure, "png", 72)))
                samples.setdefault("PNG 2x", []).append(timed(lambda: figure_bytes(web.figure, "png", 144)))
                samples.setdefault("SVG outlined", []).append(timed(lambda: figure_bytes(web.figure, "svg")))
                samples.setdefault("SVG editable", []).append(
                    timed(lambda: editable_svg(web, lambda f: figure_bytes(f, "svg"))))
                samples.setdefault("phone draw", []).append(
                    timed(lambda: compose(plan(loaded, findings, fonts, MOBILE))))
                phone = compose(plan(loaded, findings, fonts, MOBILE))
                samples.setdefault("phone PNG 3x", []).append(timed(lambda: figure_bytes(phone.figure, "png", 216)))
                samples.setdefault("phone SVGs", []).append(timed(lambda: (
                    figure_bytes(phone.figure, "svg"), editable_svg(phone, lambda f: figure_bytes(f, "svg")))))
                if matplotlib_pdf:
                    fresh = compose(plan(loaded, findings, fonts, PRINT_2COL))
                    samples.setdefault("PDF before", []).append(timed(lambda: figure_bytes(fresh.figure, "pdf")))
                samples.setdefault("PDF after", []).append(timed(lambda: print_pdf(printed)))
            for name, values in samples.items():
                per_format.setdefault(name, []).append(statistics.median(values))
    return per_format


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args()
    specs = sorted((ROOT / "specs").glob("*.yaml"))
    per_format = format_times(specs, args.repeat)
    print(f"{len(specs)} seed charts, {args.repeat} runs each; {platform.python_version()}, "
          f"matplotlib {matplotlib.__version__}, {platform.machine()}")
    print(f"{'format':<22}{'median ms':>10}{'min':>8}{'max':>8}")
    for name, values in per_format.items():
        print(f"{name:<22}{statistics.median(values) * 1000:>10.1f}{min(values) * 1000:>8.1f}"
              f"{max(values) * 1000:>8.1f}")
    png = statistics.median(per_format["PNG 1x"])
    for name in ("PDF before", "PDF after"):
        print(f"{name} / PNG 1x: {statistics.median(per_format[name]) / png:.2f}x")


if __name__ == "__main__":
    main()

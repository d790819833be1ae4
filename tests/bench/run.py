"""The speed and scale benchmark: `charts render` against a plain matplotlib script and
Vega-Lite (vl-convert-python), on N synthetic specs of every kind.

    pip install -e '.[bench]' && python tests/bench/run.py [--sizes 200,1000] [--repeat 3]

For each N it prints medians with min and max over --repeat runs of:
  - the full render (web PNG 1x and 2x, SVG, the phone PNG and SVGs, print PDF) into an empty folder: wall time,
    charts per second, peak RSS of all the processes together (sampled every 20 ms), CPU;
  - the re-run where nothing changed, and the re-run after one spec changed;
  - the plain script and vl-convert on the same specs (vl-convert: the kinds it can draw), each
    making a phone version too (a PNG 1080 px wide and an SVG);
then the ratios, the per-format time per chart, and how time and memory grow with N.
Every figure is measured in this run, on this machine. Not a test: nothing asserts a time.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass
from pathlib import Path

import psutil

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parents[1]))

from tests.bench.synthetic import KINDS, write_specs  # noqa: E402

FORMATS = "png,svg,pdf"


@dataclass
class Run:
    wall: float  # seconds
    cpu: float  # user + system seconds of every process of the run
    peak_rss: float  # MB, all processes together
    report: dict | None = None  # what the script printed as JSON on its last line


def measure(command: list[str]) -> Run:
    """Run a command; its wall time, CPU time and the peak of its processes' summed RSS."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    start = time.perf_counter()
    process = psutil.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak, done = [0], threading.Event()

    def sample() -> None:
        while not done.is_set():
            try:
                family = [process] + process.children(recursive=True)
                total = 0
                for member in family:
                    try:
                        total += member.memory_info().rss
                    except psutil.Error:
                        pass
                peak[0] = max(peak[0], total)
            except psutil.Error:
                pass
            done.wait(0.02)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    wall = time.perf_counter() - start
    done.set()
    sampler.join()
    if process.returncode != 0:
        raise SystemExit(f"failed ({process.returncode}): {' '.join(command)}\n{err[-2000:]}")
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    last = out.strip().splitlines()[-1] if out.strip() else ""
    report = json.loads(last) if last.startswith("{") else None
    return Run(wall, cpu, peak[0] / 2**20, report)


def spread(values: list[float], unit: str = "", digits: int = 2) -> str:
    median = statistics.median(values)
    if len(values) == 1:
        return f"{median:.{digits}f}{unit}"
    return f"{median:.{digits}f}{unit} ({min(values):.{digits}f}-{max(values):.{digits}f})"


def house_font_files() -> list[Path]:
    from charts.fonts.resolve import resolve

    fonts = resolve()
    return [fonts["body"].path, fonts["title"].path]


def charts_command(specs: Path, out: Path, jobs: int, *extra: str) -> list[str]:
    return [sys.executable, "-m", "charts", "--quiet", "render", str(specs), "-o", str(out),
            "--format", FORMATS, "-j", str(jobs), *extra]


def bench_size(count: int, repeat: int, jobs: int, work: Path, fonts: list[Path]) -> dict:
    specs = work / f"specs-{count}"
    paths = write_specs(specs, count)
    drawable = sum(1 for p in paths if not p.stem.endswith("-figures"))
    results: dict[str, list[Run]] = {"charts": [], "no change": [], "one changed": [], "plain": [], "vega": []}
    out, plain, vega = work / f"out-{count}", work / "plain", work / "vega"
    font_folder = work / "fonts"
    font_folder.mkdir(exist_ok=True)
    for font in fonts:
        shutil.copy(font, font_folder / font.name)
    # Interleaved, so that a slow spell of a shared machine falls on all three alike.
    for attempt in range(repeat):
        for folder in (out, plain, vega):
            shutil.rmtree(folder, ignore_errors=True)
        results["charts"].append(measure(charts_command(specs, out, jobs)))
        results["plain"].append(measure([sys.executable, str(HERE / "plain_script.py"), str(specs), str(plain),
                                         *map(str, fonts)]))
        results["vega"].append(measure([sys.executable, str(HERE / "vega_script.py"), str(specs), str(vega),
                                        str(font_folder)]))
        print(f"  N={count} run {attempt + 1}/{repeat}: charts {results['charts'][-1].wall:.1f} s, plain "
              f"{results['plain'][-1].wall:.1f} s, vl-convert {results['vega'][-1].wall:.1f} s", flush=True)
    target = paths[len(paths) // 2]
    original = target.read_text(encoding="utf-8")
    for attempt in range(repeat):
        results["no change"].append(measure(charts_command(specs, out, jobs)))
        target.write_text(original.replace("title: ", f"title: 第{attempt + 1}版", 1), encoding="utf-8")
        results["one changed"].append(measure(charts_command(specs, out, jobs)))
        target.write_text(original, encoding="utf-8")
        results["one changed"].append(measure(charts_command(specs, out, jobs)))  # and back: one changed again
    return {"count": count, "drawable": drawable, "runs": results}


def per_chart_formats(runs: list[Run]) -> dict[str, float]:
    """Median seconds per chart of each format, from a baseline script's own timings."""
    merged: dict[str, list[float]] = {}
    for run in runs:
        for name, values in run.report["seconds"].items():
            merged.setdefault(name, []).extend(values)
    return {name: statistics.median(values) for name, values in merged.items()}


def print_size(result: dict) -> None:
    count, drawable, runs = result["count"], result["drawable"], result["runs"]
    rows = [("charts render", runs["charts"], count), ("  no change", runs["no change"], count),
            ("  one spec changed", runs["one changed"], count), ("plain matplotlib", runs["plain"], count),
            (f"vl-convert ({drawable} drawable)", runs["vega"], drawable)]
    print(f"\nN = {count} specs ({', '.join(KINDS)} in turn); median (min-max) of {len(runs['charts'])} runs")
    print(f"{'':<30}{'wall s':>22}{'charts/s':>22}{'peak RSS MB':>24}{'CPU s':>10}")
    for label, group, charts in rows:
        print(f"{label:<30}{spread([r.wall for r in group]):>22}"
              f"{spread([charts / r.wall for r in group], digits=1):>22}"
              f"{spread([r.peak_rss for r in group], digits=0):>24}"
              f"{statistics.median(r.cpu for r in group):>10.1f}")
    ours = statistics.median(count / r.wall for r in runs["charts"])
    plain = statistics.median(count / r.wall for r in runs["plain"])
    vega = statistics.median(drawable / r.wall for r in runs["vega"])
    ours_cpu = statistics.median(r.cpu / count for r in runs["charts"])
    print(f"throughput: {ours / plain:.2f}x the plain script, {ours / vega:.2f}x vl-convert; CPU per chart: "
          f"charts {ours_cpu * 1000:.0f} ms, plain {statistics.median(r.cpu / count for r in runs['plain']) * 1000:.0f} ms, "
          f"vl-convert {statistics.median(r.cpu / drawable for r in runs['vega']) * 1000:.0f} ms")
    plain_formats, vega_formats = per_chart_formats(runs["plain"]), per_chart_formats(runs["vega"])
    print("baselines, median ms per chart and format: " + ", ".join(
        f"{name} {plain_formats[name] * 1000:.0f} / {vega_formats[name] * 1000:.0f}" for name in plain_formats)
        + " (plain / vl-convert)")


def ours_per_format(count: int, repeat: int, work: Path) -> None:
    """Our per-format time per chart, in this process, over one spec of each kind per 7."""
    from tests.bench.export_speed import format_times

    sample = sorted((work / f"specs-{count}").glob("*.yaml"))[:35]
    times = format_times(sample, repeat, matplotlib_pdf=False)
    print(f"\ncharts, ms per chart and format (median over {len(sample)} synthetic charts of each chart's "
          f"median of {repeat}; min-max):")
    shown = {"PDF after": "PDF, one print size"}
    for name, values in times.items():
        print(f"  {shown.get(name, name):<24}{spread([v * 1000 for v in values], digits=1)}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--sizes", default="200,1000", help="Numbers of specs, comma-separated.")
    parser.add_argument("--repeat", type=int, default=3, help="Runs of each measurement.")
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1, help="charts render -j.")
    args = parser.parse_args()
    sizes = [int(s) for s in args.sizes.split(",")]
    import matplotlib
    import vl_convert

    memory = psutil.virtual_memory().total / 2**30
    print(f"machine: {os.cpu_count()} cores, {memory:.0f} GiB, {platform.system()} {platform.machine()}, "
          f"Python {platform.python_version()}, matplotlib {matplotlib.__version__}, "
          f"vl-convert-python {vl_convert.__version__}; charts -j {args.jobs}, formats {FORMATS}")
    fonts = house_font_files()
    with tempfile.TemporaryDirectory(prefix="charts-bench-") as folder:
        work = Path(folder)
        results = []
        for count in sizes:
            results.append(bench_size(count, args.repeat, args.jobs, work, fonts))
            print_size(results[-1])
        ours_per_format(sizes[0], args.repeat, work)
        if len(results) > 1:
            small, large = results[0], results[-1]
            per_chart = [statistics.median(r.wall for r in res["runs"]["charts"]) / res["count"] for res in (small, large)]
            peaks = [statistics.median(r.peak_rss for r in res["runs"]["charts"]) for res in (small, large)]
            walls = [statistics.median(r.wall for r in res["runs"]["charts"]) for res in (small, large)]
            extra = (walls[1] - walls[0]) / (large["count"] - small["count"])
            print(f"\ngrowth from N={small['count']} to N={large['count']}: time per chart x{per_chart[1] / per_chart[0]:.2f} "
                  f"(1.00 is linear; below 1, start-up shared by more charts); each chart beyond N={small['count']} "
                  f"took {extra * 1000:.0f} ms of wall time; peak RSS {peaks[0]:.0f} -> {peaks[1]:.0f} MB")


if __name__ == "__main__":
    main()

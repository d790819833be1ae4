"""The pipeline, one spec at a time:

    1. load     specs/x.yaml -> LoadedSpec (strict YAML, pydantic model, typed table)
    2. check    data rules -> findings (errors stop here; notes go to the footer)
    3. plan     spec + theme + fonts -> Chart, once per size (web, print), glyph preflight
    4. draw     Chart -> Canvas (frame + the kind's module)
    5. export   Canvas -> web PNG 1x/2x, outlined and editable SVG; per print size (one and
                two columns) a PDF at true size, a 300 dpi PNG and with --cmyk a CMYK PDF
    6. bundle   + data CSV, alt text, embed snippet, the chart's record (check, verify, font,
                hashes); written atomically, unchanged files left alone; then the run's
                manifest and review page (output/manifest.json, output/index.html)

Data moves one way; a failing spec never stops the others.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

import matplotlib

from charts import messages as msg
from charts.checks import check
from charts.errors import ChartsError, DataError, Problem
from charts.bundle import finish, handoff_files, remove_stale_temporaries, write_chart
from charts.export import FORMATS, chart_files
from charts.incremental import Previous, fingerprint, run_stamp
from charts.lock import output_lock
from charts.frame import compose
from charts.plan import plan
from charts.spec import load_spec
from charts.specfiles import chart_name
from charts.theme import PRINT_SIZES, STYLE_FILE, WEB


@dataclass
class Result:
    spec: str
    name: str | None = None
    files: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    record: dict | None = None  # the chart's JSON record, for the review page
    unchanged: bool = False  # kept from an earlier run: nothing that affects it changed

    @property
    def ok(self) -> bool:
        return not self.problems


def render_one(path: Path, out_dir: Path, fonts_for, formats=FORMATS, shown: str | None = None,
               debug: bool = False, cmyk: bool = False, strict: bool = False) -> Result:
    """Render one spec; `fonts_for(spec_font, spec_dir)` gives the fonts of each role."""
    result = Result(shown or str(path), chart_name(path))
    try:
        loaded = load_spec(path, shown)                                   # 1
        result.name = loaded.name
        findings = check(loaded)                                          # 2
        result.warnings = [p for _, p in findings.warnings]
        if findings.failing(strict):
            raise DataError(findings.failing(strict))
        fonts = fonts_for(loaded.spec.font, path.parent)
        with matplotlib.rc_context(fname=str(STYLE_FILE)):
            chart = plan(loaded, findings, fonts, WEB)                    # 3
            web = compose(chart)                                          # 4
            prints = {size.name: compose(plan(loaded, findings, fonts, size)) for size in PRINT_SIZES
                      if {"pdf", "print-png"} & set(formats)}
            files = chart_files(loaded.name, formats, web, prints, cmyk)  # 5
        files.update(handoff_files(loaded, chart, findings, files, round(web.height), "png" in formats))
        result.record = json.loads(files[f"{loaded.name}.json"])
        result.files = write_chart(out_dir / loaded.name, loaded.name, files)  # 6
    except ChartsError as exc:
        result.problems = exc.problems
    except Exception as exc:  # a bug must not cost the editor the other charts of the run
        if debug:
            raise
        result.problems = [Problem(result.spec, msg.INTERNAL_ERROR.format(error=f"{type(exc).__name__}: {exc}"))]
    return result


def render_all(paths: list[tuple[Path, str]], out_dir: Path, fonts_for, formats=FORMATS,
               on_result=None, debug: bool = False, cmyk: bool = False,
               strict: bool = False, jobs: int = 1, live: bool = False, force: bool = False,
               font: str | None = None) -> list[Result]:
    """Render every spec, in `jobs` worker processes; one failing spec never stops the
    others, and results come back in spec order. One run at a time per output folder."""
    try:
        ui_font = fonts_for(None, Path("."))["body"]  # also prepares the house font, once
    except ChartsError:
        ui_font = None
    stamp = run_stamp(formats, cmyk, strict, font)
    with output_lock(out_dir):
        previous = Previous(out_dir)
        names: dict[str, str] = {}
        todo, results, prints = [], [], {}
        for path, shown in paths:
            name = chart_name(path)
            prints[name] = fingerprint(path, stamp)
            kept = None if force else previous.kept(name, prints[name])
            if name.casefold() in names:  # two specs would write one folder (on any file system)
                todo.append(Result(shown, name, problems=[Problem(shown, msg.NAME_COLLISION.format(
                    name=name, other=names[name.casefold()]))]))
                continue
            names[name.casefold()] = shown
            if kept is not None:  # nothing that affects its bytes changed: keep it as it is
                record = json.loads((out_dir / name / f"{name}.json").read_text(encoding="utf-8"))
                todo.append(Result(shown, name, files=[out_dir / name / f for f in kept["files"]],
                                   record=record, unchanged=True))
            else:
                todo.append((path, out_dir, fonts_for, formats, shown, debug, cmyk, strict))
        remove_stale_temporaries(out_dir)
        for result in _run(todo, jobs):
            results.append(result)
            if on_result:
                on_result(result)
        finish(out_dir, results, ui_font, live, prints)
    return results


def _render_job(job) -> Result:
    return job if isinstance(job, Result) else render_one(*job)


def _run(todo: list, jobs: int):
    if jobs <= 1 or len(todo) < 2:
        yield from map(_render_job, todo)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn: a clean interpreter per worker, the same on Linux, macOS and Windows.
    with ProcessPoolExecutor(min(jobs, len(todo)), mp_context=multiprocessing.get_context("spawn")) as pool:
        yield from pool.map(_render_job, todo)

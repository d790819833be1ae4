"""A batch of specs: which need drawing, drawn in worker processes, then the output's
manifest and review page. Each spec goes through the pipeline of charts/run/pipeline.py.

Nothing heavy is imported here: the process that hands out the work and writes the page
does not load matplotlib; each worker loads it once, when it draws its first chart.
"""

from __future__ import annotations

from functools import partial
from pathlib import Path

from charts import messages as msg
from charts.errors import ChartsError, Problem
from charts.handoff.bundle import finish, remove_stale_temporaries
from charts.handoff.manifest import reserved
from charts.report import SILENT, Reporter
from charts.run.incremental import Previous, fingerprint, run_stamp
from charts.run.lock import output_lock
from charts.run.options import RenderOptions
from charts.run.result import Result
from charts.spec.files import chart_name, name_key


def render_all(options: RenderOptions, fonts_for, report: Reporter = SILENT, live: bool = False) -> list[Result]:
    """Render every spec of `options`, in `options.jobs` worker processes; one failing spec
    never stops the others, and results come back (and are reported) in spec order. One
    run at a time per output folder. `fonts_for(spec_font, spec_dir)` gives each role's font;
    `live`: the review page reloads itself (a watch)."""
    out_dir = options.out_dir
    report.start(len(options.specs))
    try:
        try:
            ui_font = fonts_for(None, Path("."))["body"]  # also prepares the house font, once
        except ChartsError:
            if options.font:  # a --font that cannot draw fails every chart alike: say it once
                raise
            ui_font = None
        stamp = run_stamp(options.formats, options.cmyk, options.strict, options.font, options.editions, options.lenient)
        with output_lock(out_dir, report.note):
            previous = Previous(out_dir)
            names: dict[str, str] = {}
            todo, results, prints = [], [], {}
            for path, shown in options.specs:
                name = chart_name(path)
                prints[name] = fingerprint(path, stamp, options.articles, options.outside)
                kept = None if options.force else previous.kept(name, prints[name])
                taken = reserved(name)
                if taken:  # the chart's folder would be one of the output's own files
                    todo.append(Result(shown, name, problems=[Problem(shown, msg.NAME_RESERVED.format(
                        name=name, taken=taken))]))
                    continue
                if name_key(name) in names:  # two specs would write one folder (on any file system)
                    todo.append(Result(shown, name, problems=[Problem(shown, msg.NAME_COLLISION.format(
                        name=name, other=names[name_key(name)]))]))
                    continue
                names[name_key(name)] = shown
                # nothing that affects a kept chart's bytes changed: it stays as it is
                todo.append(Result.kept(shown, out_dir, kept) if kept is not None else (path, shown))
            remove_stale_temporaries(out_dir)
            for result in _run(todo, partial(_draw, options=options.for_worker(), fonts_for=fonts_for),
                               options.jobs):
                results.append(result)
                report_result(result, report)
            finish(out_dir, results, ui_font, live, prints)
    finally:
        report.stop()
    return results


def report_result(result: Result, report: Reporter) -> None:
    """What a run says of one spec, drawn or kept."""
    if result.ok and result.unchanged:
        report.detail(msg.UNCHANGED.format(name=result.name))
    elif result.ok:
        for problem in result.warnings:
            report.problem(problem)
        report.info(msg.RENDERED.format(name=result.name, files=len(result.files)))
        for path in result.files:
            report.detail(f"  {path}")
    else:
        for problem in result.problems:
            report.problem(problem)
    report.step(result.name or result.spec)


def _draw(spec: tuple[Path, str], options: RenderOptions, fonts_for) -> Result:
    from charts.run.pipeline import (
        render_one,  # matplotlib and the rest: loaded where charts are drawn
    )

    path, shown = spec
    return render_one(path, shown, options, fonts_for)


def _run(todo: list, draw, jobs: int):
    """Each item drawn (a spec) or as it is (a Result), in order."""
    work = [job for job in todo if not isinstance(job, Result)]
    if jobs <= 1 or len(work) < 2:  # one chart to draw is not worth a worker's start
        yield from (job if isinstance(job, Result) else draw(job) for job in todo)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn: a clean interpreter per worker, the same on Linux, macOS and Windows.
    with ProcessPoolExecutor(min(jobs, len(work)), mp_context=multiprocessing.get_context("spawn")) as pool:
        drawn = pool.map(draw, work)  # in order; kept charts never travel to a worker
        for job in todo:
            yield job if isinstance(job, Result) else next(drawn)

"""A batch of specs: which need drawing, drawn in worker processes, then the output's
manifest and review page. Each spec goes through the pipeline of charts/run/pipeline.py.

Nothing heavy is imported here: the process that hands out the work and writes the page
does not load matplotlib; each worker loads it once, when it draws its first chart.
"""

from __future__ import annotations

from pathlib import Path

from charts import messages as msg
from charts.errors import ChartsError, Problem
from charts.export.files import FORMATS
from charts.handoff.bundle import finish, remove_stale_temporaries
from charts.run.incremental import Previous, fingerprint, run_stamp
from charts.run.lock import output_lock
from charts.run.result import Result
from charts.spec.files import chart_name


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
                todo.append(Result.kept(shown, out_dir, kept))
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
    if isinstance(job, Result):
        return job
    from charts.run.pipeline import (
        render_one,  # matplotlib and the rest: loaded where charts are drawn
    )

    return render_one(*job)


def _run(todo: list, jobs: int):
    work = [job for job in todo if not isinstance(job, Result)]
    if jobs <= 1 or len(work) < 2:  # one chart to draw is not worth a worker's start
        yield from map(_render_job, todo)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    # spawn: a clean interpreter per worker, the same on Linux, macOS and Windows.
    with ProcessPoolExecutor(min(jobs, len(work)), mp_context=multiprocessing.get_context("spawn")) as pool:
        drawn = pool.map(_render_job, work)  # in order; kept charts never travel to a worker
        for job in todo:
            yield job if isinstance(job, Result) else next(drawn)

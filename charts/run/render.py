"""`charts render` as a library call: every spec of the options into the output folder, the
run summed up, and the charts packed when asked.

    render_specs(RenderOptions(specs=..., out_dir=Path("output")), reporter) -> RunSummary

A run where nothing changed is decided before anything heavy loads: no matplotlib, no spec
model, no fonts (charts/run/incremental.py). Otherwise the batch draws what changed
(charts/run/batch.py). With `watch`, it renders and then keeps watching until Ctrl-C.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from charts import messages as msg
from charts.errors import OutputError, Problem
from charts.handoff.pack import ZipOptions, pack_charts
from charts.report import Reporter
from charts.run.batch import render_all, report_result
from charts.run.options import RenderOptions
from charts.run.result import Result


@dataclass(frozen=True)
class RunSummary:
    results: tuple[Result, ...] = ()

    @property
    def failed(self) -> int:
        return sum(not r.ok for r in self.results)

    @property
    def unchanged(self) -> int:
        return sum(r.unchanged for r in self.results)

    def line(self) -> str:
        drawn = len(self.results) - self.failed - self.unchanged
        return msg.SUMMARY.format(ok=drawn, failed=self.failed) + (
            msg.SUMMARY_UNCHANGED.format(count=self.unchanged) if self.unchanged else "")

    def as_json(self) -> str:
        return json.dumps({"command": "render", "ok": len(self.results) - self.failed, "failed": self.failed,
                           "charts": [{"name": r.name, "spec": r.spec, "ok": r.ok, "status": r.status if r.ok else "error",
                                       "problems": [str(p) for p in r.problems],
                                       "warnings": [str(p) for p in r.warnings],
                                       "files": [str(p) for p in r.files]} for r in self.results]},
                          ensure_ascii=False, indent=2)


def render_specs(options: RenderOptions, report: Reporter) -> RunSummary:
    """Render, say what happened to each spec and to the run, pack when asked. Raises
    OutputError, before anything is written, for an output folder among the specs."""
    clash = options.output_clash()
    if clash:
        raise OutputError(Problem(str(options.out_dir), clash))
    if options.watch:
        from charts.run.watch import watch_specs

        watch_specs(options, report)
        return RunSummary()
    kept = None if options.force else _all_kept(options, report)
    if kept is not None:
        for result in kept:
            report_result(result, report)
        results = kept
    else:
        from charts.fonts.resolve import FontResolver

        results = render_all(options, FontResolver(options.font, report.note), report)
    summary = RunSummary(tuple(results))
    report.summary(summary.line(), bool(summary.failed))
    report.info(msg.REVIEW_PAGE.format(path=options.out_dir / "index.html"))
    report.record(summary.as_json())
    rendered = tuple(r.name for r in results if r.ok)
    if options.zip and rendered:
        # everything, with the review page, when all rendered; else the charts that did
        pack_charts(ZipOptions(options.out_dir, rendered if summary.failed else ()), report)
    return summary


def _all_kept(options: RenderOptions, report: Reporter) -> list[Result] | None:
    """Every chart as the last run left it, when this run would change no file; else None."""
    from charts.run.incremental import nothing_changed, run_stamp
    from charts.run.lock import output_lock

    with output_lock(options.out_dir, report.note):
        entries = nothing_changed(list(options.specs), options.out_dir,
                                  run_stamp(options.formats, options.cmyk, options.strict, options.font, options.editions,
                                            options.lenient),
                                  options.articles, options.outside)
    return None if entries is None else [Result.kept(e["spec"], options.out_dir, e) for e in entries]

"""`charts render --watch`: render, then re-render each spec when it or its data file
changes. A bad save prints its problems and the watch goes on; Ctrl-C ends it. The review
page reloads itself every few seconds while watching."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from charts import messages as msg
from charts.report import Reporter
from charts.run.incremental import depends_on, nothing_changed, run_stamp
from charts.run.options import RenderOptions
from charts.spec.files import find_specs as _specs


def watch_specs(options: RenderOptions, report: Reporter, stop=None) -> None:
    """Render the specs found in `options.targets`, then each one touched by a change, until
    Ctrl-C (or `stop`, a threading.Event, is set). Each render is a batch of its own."""
    from watchfiles import watch

    from charts.fonts.resolve import FontResolver
    from charts.run.batch import render_all

    fonts_for = FontResolver(options.font, report.note)  # one for the whole watch: fonts resolve once

    def run(paths) -> None:
        if paths:
            render_all(replace(options, specs=tuple(paths)), fonts_for, report, live=True)

    targets = options.targets
    run(_specs(targets))
    folders = sorted({str(p.parent) for p, _ in _specs(targets)} |
                     {t for t in targets if Path(t).is_dir()} or {"specs"})
    report.note(msg.WATCHING.format(folders=", ".join(folders)))
    stamp = run_stamp(options.formats, options.cmyk, options.strict, options.font, options.editions, options.lenient)
    armed = False
    try:
        for changes in watch(*folders, stop_event=stop, debounce=300, rust_timeout=1000,
                             yield_on_timeout=True):
            specs = _specs(targets)
            if not armed:
                # A save between the first render and the watcher taking hold sends no
                # event: once it holds, ask the run's own question, would a render change
                # anything, and catch up on every spec if so (unchanged charts are kept).
                armed = True
                if nothing_changed(specs, options.out_dir, stamp, options.articles, options.outside) is None:
                    run(specs)
                    continue
            changed = {Path(path).resolve() for _, path in changes}
            # A changed spec, or one naming a changed file: its CSV (in any folder below
            # the spec's, named in any YAML style), an article kept in a watched folder.
            # The run's fingerprint asks the same, so the watch and the run agree.
            touched = [(p, s) for p, s in specs if p.resolve() in changed or any(
                d.resolve() in changed for d in depends_on(p, options.articles))]
            run(touched)
    except KeyboardInterrupt:
        pass

"""`charts render --watch`: render, then re-render each spec when it or its data file
changes. A bad save prints its problems and the watch goes on; Ctrl-C ends it. The review
page reloads itself every few seconds while watching."""

from __future__ import annotations

from pathlib import Path

import click

from charts import messages as msg
from charts.spec.files import find_specs as _specs


def watch_and_render(targets, out_dir: Path, fonts_for, formats, report, cmyk, strict, stop=None) -> None:
    from watchfiles import watch

    from charts.run.batch import render_all

    def run(paths) -> None:
        if paths:
            render_all(paths, out_dir, fonts_for, formats, report, cmyk=cmyk, strict=strict, live=True)

    run(_specs(targets))
    folders = sorted({str(p.parent) for p, _ in _specs(targets)} |
                     {t for t in targets if Path(t).is_dir()} or {"specs"})
    click.echo(msg.WATCHING.format(folders=", ".join(folders)), err=True)
    try:
        for changes in watch(*folders, stop_event=stop, debounce=300, rust_timeout=1000):
            changed = {Path(path).resolve() for _, path in changes}
            specs = _specs(targets)
            # A changed spec, or every spec whose folder holds a changed data file.
            touched = [(p, s) for p, s in specs if p.resolve() in changed or any(
                c.parent == p.parent.resolve() and c.suffix.lower() == ".csv" for c in changed)]
            run(touched)
    except KeyboardInterrupt:
        pass

"""The `charts` command line. Thin: parse options, call the library, map errors to exit codes.

Exit codes: 0 all good, 1 some specs failed (the others are still rendered), 2 usage error.
"""

from __future__ import annotations

import json
import os
import sys
import traceback
from pathlib import Path

import click

from charts import __version__
from charts import messages as msg
from charts.errors import ChartsError, Problem

CONTEXT = {"help_option_names": ["-h", "--help"]}
DEFAULT_SPECS = Path("specs")


def _spec_paths(specs: tuple[str, ...]) -> list[tuple[Path, str]]:
    """Spec files from the arguments (files or folders), or every spec in specs/."""
    from charts.spec.files import find_specs

    found = find_specs(specs, DEFAULT_SPECS)
    if not found:
        raise click.UsageError(msg.NO_SPECS.format(where=", ".join(specs) or str(DEFAULT_SPECS)))
    return found


def _formats(value: str) -> tuple[str, ...]:
    from charts.export.files import FORMATS

    chosen = tuple(f.strip().lower() for f in value.split(",") if f.strip())
    for name in chosen:
        if name not in FORMATS:
            raise click.BadParameter(msg.BAD_FORMAT.format(name=name, choices=", ".join(FORMATS)))
    return chosen


def _colour(text: str) -> str:
    """error/warning words in colour, on a terminal only and never under NO_COLOR."""
    if os.environ.get("NO_COLOR"):
        return text
    for word, colour in (("error [", "red"), ("warning [", "yellow")):
        text = text.replace(word, click.style(word[:-2], fg=colour, bold=True) + " [", 1)
    return text


def _print_problems(problems: list[Problem], bar=None) -> None:
    for problem in problems:
        if bar is not None:
            bar.above(_colour(str(problem)))
        else:
            click.echo(_colour(str(problem)), err=True)


def _say(ctx: click.Context, text: str, err: bool = False) -> None:
    """Progress for people: hidden with --quiet or --json."""
    if not (ctx.obj.get("quiet") or ctx.obj.get("json")):
        click.echo(text, err=err)


def _fonts_for(cli_font: str | None):
    from charts.fonts.resolve import FontResolver

    return FontResolver(cli_font, lambda text: click.echo(text, err=True))


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="charts")
@click.option("--debug", is_flag=True, help="Show the traceback of an internal error.")
@click.option("-q", "--quiet", is_flag=True, help="Print only problems.")
@click.option("-v", "--verbose", is_flag=True, help="Also print every file written.")
@click.option("--json", "as_json", is_flag=True, help="Print a machine-readable summary of the run (stdout).")
@click.pass_context
def cli(ctx: click.Context, debug: bool, quiet: bool, verbose: bool, as_json: bool) -> None:
    """Publication-ready charts from the tables of Chinese news articles.

    \b
    Example:
      charts render                  # every spec in specs/ into output/
      charts check specs/age.yaml    # validate, draw nothing
      charts --json render           # a summary for a newsroom's own CI
    Shell completion (bash): eval "$(_CHARTS_COMPLETE=bash_source charts)"
    """
    ctx.obj = {"debug": debug, "quiet": quiet, "verbose": verbose, "json": as_json}


@cli.command(context_settings=CONTEXT)
@click.argument("specs", nargs=-1)
@click.option("-o", "--output", "out_dir", default="output", show_default=True,
              type=click.Path(file_okay=False), help="Folder for the rendered charts.")
@click.option("--format", "formats", default="png,svg,pdf,print-png", show_default=True,
              help="Comma-separated: png (web, 1x and 2x), svg (outlined and editable), "
                   "pdf (print, one and two columns), print-png (300 dpi).")
@click.option("--font", default=None, help="A font family or font file for every chart.")
@click.option("--cmyk", is_flag=True, help="Also write CMYK print PDFs (needs Ghostscript).")
@click.option("--strict", is_flag=True, help="Treat warnings of the data rules as errors.")
@click.option("--zip", "make_zip", is_flag=True, help="Also pack the charts of this run into OUTPUT/charts.zip.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the machine's cores).")
@click.option("--watch", is_flag=True, help="Keep running: re-render a spec when it or its data changes.")
@click.option("--force", is_flag=True, help="Re-render every chart, changed or not.")
@click.pass_context
def render(ctx: click.Context, specs, out_dir, formats, font, cmyk, strict, make_zip, jobs, watch, force) -> None:
    """Render specs (files or folders; default: specs/) into OUTPUT/<name>/.

    \b
    Example:
      charts render specs/neighbours-age.yaml -o output --format png,pdf --cmyk
    """
    from charts.export.files import ghostscript

    chosen = _formats(formats)
    paths = _spec_paths(specs)
    if cmyk and not ghostscript():
        raise click.UsageError(msg.NO_GHOSTSCRIPT)
    quiet = ctx.obj.get("quiet") or ctx.obj.get("json")
    kept = None if force or watch else _guarded(ctx, lambda: _nothing_changed(paths, out_dir, chosen, cmyk,
                                                                               strict, font))
    if kept is not None:  # decided without loading matplotlib, the spec model or the fonts
        from charts.run.result import Result

        results = [Result.kept(e["spec"], Path(out_dir), e) for e in kept]
        if ctx.obj.get("verbose"):
            for result in results:
                _say(ctx, msg.UNCHANGED.format(name=result.name))
    else:
        results = _render(ctx, specs, paths, out_dir, chosen, font, cmyk, strict, jobs, watch, force, quiet)
    failed = sum(not r.ok for r in results)
    unchanged = sum(r.unchanged for r in results)
    _say(ctx, msg.SUMMARY.format(ok=len(results) - failed - unchanged, failed=failed)
         + (msg.SUMMARY_UNCHANGED.format(count=unchanged) if unchanged else ""), err=bool(failed))
    _say(ctx, msg.REVIEW_PAGE.format(path=Path(out_dir) / "index.html"))
    if ctx.obj.get("json"):
        click.echo(json.dumps({"command": "render", "ok": len(results) - failed, "failed": failed, "charts": [
            {"name": r.name, "spec": r.spec, "ok": r.ok, "problems": [str(p) for p in r.problems],
             "warnings": [str(p) for p in r.warnings], "files": [str(p) for p in r.files]} for r in results]},
            ensure_ascii=False, indent=2))
    if make_zip:
        from charts.handoff.bundle import zip_charts

        rendered = [r.name for r in results if r.ok]
        if rendered:
            names = rendered if failed else None  # everything, with the page, when all rendered
            click.echo(msg.ZIPPED.format(path=_guarded(ctx, lambda: zip_charts(Path(out_dir), names))))
    sys.exit(1 if failed else 0)


def _nothing_changed(paths, out_dir, formats, cmyk, strict, font):
    from charts.run.incremental import nothing_changed, run_stamp
    from charts.run.lock import output_lock

    with output_lock(Path(out_dir)):
        return nothing_changed(paths, Path(out_dir), run_stamp(formats, cmyk, strict, font))


def _render(ctx, specs, paths, out_dir, formats, font, cmyk, strict, jobs, watch, force, quiet):
    from charts.run.batch import render_all
    from charts.run.progress import Progress, wanted

    bar = Progress(len(paths), sys.stderr) if wanted(sys.stderr, quiet) and not watch else None
    verbose = ctx.obj.get("verbose")

    def tell(text: str, err: bool = False) -> None:
        if bar is not None:
            bar.above(text)
        else:
            _say(ctx, text, err)

    def report(result) -> None:
        if result.ok and result.unchanged:
            if verbose:
                tell(msg.UNCHANGED.format(name=result.name))
        elif result.ok:
            _print_problems(result.warnings, bar)
            if verbose or bar is None:  # on a terminal the bar names each chart instead
                tell(msg.RENDERED.format(name=result.name, files=len(result.files)))
            if verbose:
                for path in result.files:
                    tell(f"  {path}")
        else:
            _print_problems(result.problems, bar)
        if bar is not None:
            bar.step(result.name or result.spec)

    fonts_for = _fonts_for(font)
    if watch:
        from charts.run.watch import watch_and_render

        _guarded(ctx, lambda: watch_and_render(specs, Path(out_dir), fonts_for, formats, report, cmyk, strict))
        sys.exit(0)
    try:
        return _guarded(ctx, lambda: render_all(paths, Path(out_dir), fonts_for, formats, report, ctx.obj["debug"],
                                                cmyk, strict, jobs or os.cpu_count() or 1, force=force, font=font))
    finally:
        if bar is not None:
            bar.close()


@cli.command("zip", context_settings=CONTEXT)
@click.argument("names", nargs=-1)
@click.option("-o", "--output", "out_dir", default="output", show_default=True,
              type=click.Path(file_okay=False), help="The output folder of charts render.")
@click.pass_context
def zip_command(ctx: click.Context, names, out_dir) -> None:
    """Pack charts' folders into one archive for the desk: one chart into OUTPUT/NAME.zip,
    several or all (with the review page and manifest) into OUTPUT/charts.zip.

    \b
    Example:
      charts zip neighbours-age
    """
    from charts.handoff.bundle import zip_charts

    click.echo(msg.ZIPPED.format(path=_guarded(ctx, lambda: zip_charts(Path(out_dir), list(names) or None))))


@cli.command(context_settings=CONTEXT)
@click.argument("specs", nargs=-1)
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@click.pass_context
def check(ctx: click.Context, specs, strict) -> None:
    """Validate specs and run the data rules; draw nothing.

    \b
    Example:
      charts check specs/ --strict
    """
    from charts.check.rules import check as run_checks
    from charts.spec.read import load_spec

    failed, summary = 0, []
    paths = _spec_paths(specs)
    for path, shown in paths:
        warnings: list = []
        try:
            findings = run_checks(load_spec(path, shown))
            warnings = [p for _, p in findings.warnings]
            _print_problems(warnings)
            problems = [p for _, p in findings.errors] + (warnings if strict else [])
            shown_problems = [p for _, p in findings.errors]
        except ChartsError as exc:
            problems = shown_problems = exc.problems
        _print_problems(shown_problems)
        summary.append({"spec": shown, "ok": not problems, "problems": [str(p) for p in shown_problems],
                        "warnings": [str(p) for p in warnings]})
        if problems:
            failed += 1
        else:
            _say(ctx, msg.CHECKED.format(name=shown))
    total = len(paths)
    _say(ctx, msg.CHECK_SUMMARY.format(ok=total - failed, failed=failed), err=bool(failed))
    if ctx.obj.get("json"):
        click.echo(json.dumps({"command": "check", "ok": total - failed, "failed": failed, "specs": summary},
                              ensure_ascii=False, indent=2))
    sys.exit(1 if failed else 0)


@cli.command(context_settings=CONTEXT)
@click.argument("specs", nargs=-1)
@click.option("--article", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Verify against this article text instead of each spec's source.article.")
@click.option("--strict", is_flag=True, help="A figure found away from its label fails too.")
@click.option("-q", "--quiet", is_flag=True, help="Print only problems and the summary.")
@click.pass_context
def verify(ctx: click.Context, specs, article, strict, quiet) -> None:
    """Check every number on each chart against the article it came from.

    Each figure is reported as found (with the article line), found with another label,
    missing, or cited to another source. Exit code 1 when any figure is missing.

    \b
    Example:
      charts verify specs/neighbours-age.yaml --article ../shared/seeds/000_1edcd6235aaeee1f.txt
    """
    from charts.article.verify import report, verify_spec
    from charts.spec.read import load_spec

    failed, summary = 0, []
    quiet = quiet or ctx.obj.get("quiet") or ctx.obj.get("json")
    for path, shown in _spec_paths(specs):
        try:
            loaded = load_spec(path, shown)
            checks = verify_spec(loaded, Path(article) if article else None)
        except ChartsError as exc:
            _print_problems(exc.problems)
            summary.append({"spec": shown, "ok": False, "problems": [str(p) for p in exc.problems]})
            failed += 1
            continue
        counts, lines = report(loaded, checks)
        summary.append({"spec": shown, "ok": not (counts["missing"] or (strict and counts["relabelled"])),
                        "counts": counts, "figures": [{"figure": c.what, "status": c.status, "line": c.line}
                                                      for c in checks]})
        for status, line in lines:
            if status in {"relabelled", "missing"}:
                click.echo(_colour(line), err=True)
            elif not quiet:
                click.echo(line)
        bad = counts["missing"] + (counts["relabelled"] if strict else 0)
        failed += bool(bad)
        if not ctx.obj.get("json"):
            click.echo(msg.VERIFY_SUMMARY.format(name=shown, **counts), err=bool(bad))
    if ctx.obj.get("json"):
        click.echo(json.dumps({"command": "verify", "failed": failed, "specs": summary}, ensure_ascii=False, indent=2))
    sys.exit(1 if failed else 0)


@cli.command(context_settings=CONTEXT)
@click.argument("article", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False), default=None,
              help="Write one draft spec per table into this folder (default: print them).")
def extract(article, out_dir) -> None:
    """Draft specs from the tables an article reports in its text.

    Finds shares (00后占21.6%…, 分享防疫信息（54.0%）…), comparisons, headline findings,
    two-period comparisons, yearly series and big figures; guesses question type, sample
    size, unit and kind. Lines marked 请核对 are guesses for the editor to confirm.

    \b
    Example:
      charts extract ../shared/seeds/000_1edcd6235aaeee1f.txt -o specs/drafts
    """
    from charts.article.drafts import draft_yaml, write_drafts
    from charts.article.extract import extract as extract_tables
    from charts.article.verify import read_article
    from charts.spec.schema import SCHEMA_FILE

    drafts = extract_tables(read_article(Path(article)))
    if not drafts:
        click.echo(msg.EXTRACT_NONE.format(path=article), err=True)
        sys.exit(1)
    if out_dir is None:
        for draft in drafts:
            click.echo(f"--- # {draft.name}.yaml")
            click.echo(draft_yaml(draft, article, os.path.relpath(SCHEMA_FILE)))
    else:
        try:
            for path, draft in write_drafts(drafts, Path(article), Path(out_dir)):
                click.echo(msg.EXTRACT_WROTE.format(path=path, kind=draft.kind, rows=len(draft.rows)))
        except FileExistsError as exc:
            raise click.UsageError(msg.EXTRACT_EXISTS.format(path=exc.filename))
    click.echo(msg.EXTRACT_SUMMARY.format(count=len(drafts), path=article), err=True)


@cli.command(context_settings=CONTEXT)
@click.argument("name")
@click.option("--kind", type=click.Choice(["bar", "column", "stacked", "donut", "line", "grouped", "figures"]),
              default="bar", show_default=True, help="The chart kind the starter shows.")
def new(name, kind) -> None:
    """Write a commented spec to start from (NAME or NAME.yaml); never overwrites.

    \b
    Example:
      charts new specs/年龄构成 --kind donut
    """
    from charts.spec.schema import SCHEMA_FILE
    from charts.spec.starter import starter_spec

    path = Path(name if name.endswith((".yaml", ".yml")) else f"{name}.yaml")
    if path.exists():
        raise click.UsageError(msg.NEW_EXISTS.format(path=path))
    path.parent.mkdir(parents=True, exist_ok=True)
    schema = os.path.relpath(SCHEMA_FILE, path.parent.resolve())
    path.write_text(starter_spec(kind, schema), encoding="utf-8")
    click.echo(msg.NEW_WROTE.format(path=path))


@cli.command(context_settings=CONTEXT)
@click.option("--font", default=None, help="A font family or file to resolve instead.")
@click.pass_context
def fonts(ctx: click.Context, font) -> None:
    """Show which font each role (title, body) resolves to, and why.

    \b
    Example:
      charts fonts --font "Noto Sans CJK SC"
    """
    choices = _guarded(ctx, lambda: _fonts_for(font)(None, Path(".")))
    for role, choice in choices.items():
        click.echo(f"{role}: {choice.label} ({choice.version})")
        click.echo(f"  file: {choice.path}" + (f" (face {choice.face})" if choice.face else ""))
        click.echo(f"  why:  {choice.why}")


@cli.command(context_settings=CONTEXT)
def schema() -> None:
    """Print the JSON Schema of a spec (for editors' YAML language servers).

    \b
    Example:
      charts schema > spec.schema.json
    """
    from charts.spec.schema import spec_schema

    click.echo(json.dumps(spec_schema(), ensure_ascii=False, indent=2))


def _guarded(ctx: click.Context, work):
    """Run work; our errors print as lines and exit 1, never as a traceback."""
    try:
        return work()
    except ChartsError as exc:
        _print_problems(exc.problems)
        sys.exit(1)
    except Exception as exc:  # noqa: BLE001 - an editor must never see a bare traceback
        if ctx.obj and ctx.obj.get("debug"):
            traceback.print_exc()
        click.echo(msg.INTERNAL_ERROR.format(error=f"{type(exc).__name__}: {exc}"), err=True)
        sys.exit(1)


def main() -> None:
    cli(prog_name="charts")

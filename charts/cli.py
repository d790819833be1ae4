"""The `charts` command line: click only. Each command turns its options into one options
value, calls one library function with a reporter, and turns the outcome into an exit code.

How the library's events are said is decided here (_Terminal): --quiet and --json hide
progress, --verbose adds detail, colour on a terminal only and never under NO_COLOR, a
progress bar on a terminal while a batch renders.

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
from charts.errors import ChartsError, Problem, is_invisible, printable
from charts.report import Reporter
from charts.theme.editions import EDITIONS

EDITION_TAGS = tuple(EDITIONS)

CONTEXT = {"help_option_names": ["-h", "--help"]}
DEFAULT_SPECS = Path("specs")


class _Terminal(Reporter):
    """The library's events as this run asks for them (`settings`: the group's options)."""

    def __init__(self, settings: dict, bar: bool = False):
        self.quiet = settings["quiet"] or settings["json"]  # progress for people is left out
        self.verbose, self.json, self.bar_allowed = settings["verbose"], settings["json"], bar
        self.bar = None  # the progress bar of the batch under way, when one is drawn

    def _line(self, text: str, err: bool = False, safe: bool = False) -> None:
        text = text if safe else _safe(text)
        if self.bar is not None:
            self.bar.above(text)
        else:
            click.echo(text, err=err)

    def info(self, text: str) -> None:
        if not self.quiet and (self.verbose or self.bar is None):  # else the bar names each chart
            self._line(text)

    def detail(self, text: str) -> None:
        if self.verbose and not self.quiet:
            self._line(text)

    def problem(self, problem: Problem | str) -> None:
        self._line(_colour(_safe(str(problem))), err=True, safe=True)  # escaped before colour

    def note(self, text: str) -> None:
        click.echo(_safe(text), err=True)

    def output(self, text: str) -> None:
        click.echo(_safe(text))

    def summary(self, text: str, failed: bool) -> None:
        if not self.quiet:
            click.echo(_safe(text), err=failed)

    def tally(self, text: str, failed: bool) -> None:
        if not self.json:  # --quiet keeps verify's counts; JSON carries them itself
            click.echo(_safe(text), err=failed)

    def record(self, text: str) -> None:
        if self.json:
            click.echo(_json_safe(text))

    def start(self, total: int) -> None:
        from charts.run.progress import Progress, wanted

        if self.bar_allowed and wanted(sys.stderr, self.quiet):
            self.bar = Progress(total, sys.stderr)

    def step(self, label: str) -> None:
        if self.bar is not None:
            self.bar.step(_safe(label))

    def stop(self) -> None:
        if self.bar is not None:
            self.bar.close()
            self.bar = None


def _safe(text: str) -> str:
    """Every line reaches the terminal through here or Problem.__str__: text from a spec, a
    CSV, an article or a file name has its control and bidi characters escaped (\\x1b,
    \\u202e), so no input can clear the screen, ring the bell or reverse a line in a CI log."""
    return printable(text, keep_newlines=True)


def _json_safe(text: str) -> str:
    """The JSON record the same way; outside strings JSON is ASCII, and inside one \\uXXXX is
    the same character, so the record reads back unchanged."""
    if not any(is_invisible(ch) for ch in text):
        return text
    return "".join(_json_escape(ch) if is_invisible(ch) and ch != "\n" else ch for ch in text)


def _json_escape(ch: str) -> str:
    code = ord(ch)
    if code < 0x10000:
        return f"\\u{code:04x}"
    code -= 0x10000  # past the BMP JSON writes a surrogate pair
    return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"


def _colour(text: str) -> str:
    """error/warning words in colour; click.echo drops colour off a terminal, NO_COLOR here."""
    if os.environ.get("NO_COLOR"):
        return text
    for word, colour in (("error [", "red"), ("warning [", "yellow")):
        text = text.replace(word, click.style(word[:-2], fg=colour, bold=True) + " [", 1)
    return text


def _spec_paths(specs: tuple[str, ...]) -> tuple[tuple[Path, str], ...]:
    """Spec files from the arguments (files or folders), or every spec in specs/."""
    from charts.spec.files import find_specs

    found = find_specs(specs, DEFAULT_SPECS)
    if not found:
        raise click.UsageError(msg.NO_SPECS.format(where=", ".join(specs) or str(DEFAULT_SPECS)))
    return tuple(found)


def _formats(value: str) -> tuple[str, ...]:
    from charts.export.files import FORMATS

    chosen = tuple(f.strip().lower() for f in value.split(",") if f.strip())
    for name in chosen:
        if name not in FORMATS:
            raise click.BadParameter(msg.BAD_FORMAT.format(name=name, choices=", ".join(FORMATS)))
    return chosen


def _font(value: str | None) -> str | None:
    """A --font that cannot be used is a usage error, said once before any chart is drawn."""
    if value:
        from charts.fonts.resolve import font_problem

        problem = font_problem(value)
        if problem:
            raise click.BadParameter(problem)
    return value


def _quiet(ctx: click.Context, _param, value: bool) -> None:
    if value:
        ctx.ensure_object(dict)["quiet"] = True


# One switch, defined once. It goes before the command (`charts -q check`) and, where users
# and the pre-commit hook have long written it, after `verify` (`charts verify -q`): the same
# option object in both places, setting the same value of the run.
_QUIET = click.option("-q", "--quiet", is_flag=True, expose_value=False, callback=_quiet,
                      help="Print only problems (and, for verify, each spec's counts).")


# Where a newsroom keeps its articles: the same option for render and verify.
_ARTICLES = click.option(
    "--articles", "articles", multiple=True, type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="A folder holding articles (repeatable); looked in after the spec's own folder, before CHARTS_ARTICLES.")

# Files a spec names are read only inside its project (or an --articles folder) unless asked:
# the same option for render, check and verify. Files stay regular and size-capped either way.
_ALLOW_OUTSIDE = click.option(
    "--allow-outside", "outside", is_flag=True,
    help="Also read specs, CSVs and articles outside the project (a spec's git root, or the folder above its own).")


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "--version", prog_name="charts")
@click.option("--debug", is_flag=True, help="Show the traceback of an internal error.")
@_QUIET
@click.option("-v", "--verbose", is_flag=True, help="Also print every file written.")
@click.option("--json", "as_json", is_flag=True, help="Print a machine-readable summary of the run (stdout).")
@click.pass_context
def cli(ctx: click.Context, debug: bool, verbose: bool, as_json: bool) -> None:
    """Publication-ready charts from the tables of Chinese news articles.

    \b
    Example:
      charts render                  # every spec in specs/ into output/
      charts check specs/age.yaml    # validate, draw nothing
      charts --json render           # a summary for a newsroom's own CI
    Shell completion (bash): eval "$(_CHARTS_COMPLETE=bash_source charts)"
    """
    ctx.ensure_object(dict).update(debug=debug, verbose=verbose, json=as_json)
    ctx.obj.setdefault("quiet", False)


@cli.command(context_settings=CONTEXT)
@click.argument("specs", nargs=-1)
@click.option("-o", "--output", "out_dir", default="output", show_default=True,
              type=click.Path(file_okay=False), help="Folder for the rendered charts.")
@click.option("--format", "formats", default="png,svg,pdf,print-png", show_default=True,
              help="Comma-separated: png (web, 1x and 2x), svg (outlined and editable), "
                   "pdf (print, one and two columns), print-png (300 dpi).")
@click.option("--font", default=None, callback=lambda _ctx, _param, value: _font(value),
              help="A font family or font file for every chart.")
@click.option("--cmyk", is_flag=True, help="Also write CMYK print PDFs (needs Ghostscript).")
@click.option("--strict", is_flag=True, help="Treat warnings of the data rules as errors.")
@click.option("--zip", "make_zip", is_flag=True, help="Also pack the charts of this run into OUTPUT/charts.zip.")
@click.option("-j", "--jobs", type=click.IntRange(min=1), default=None,
              help="Worker processes (default: the machine's cores).")
@click.option("--watch", is_flag=True, help="Keep running: re-render a spec when it or its data changes.")
@click.option("--force", is_flag=True, help="Re-render every chart, changed or not.")
@click.option("--lenient", is_flag=True, help="Draw a chart whose figure is in its article only under another "
                                             "label, with a warning (by default it is refused, as verify fails it).")
@click.option("--edition", "editions", multiple=True, type=click.Choice(EDITION_TAGS),
              help="Also write this edition of every chart (repeatable): zh-Hant-TW (Taiwan), zh-Hant-HK "
                   "(Hong Kong); files named <name>.<edition>.<ext>. zh-Hans, the spec's own, is always written.")
@_ARTICLES
@_ALLOW_OUTSIDE
@click.pass_context
def render(ctx: click.Context, specs, out_dir, formats, font, cmyk, strict, make_zip, jobs, watch, force,
           lenient, editions, articles, outside) -> None:
    """Render specs (files or folders; default: specs/) into OUTPUT/<name>/.

    \b
    Example:
      charts render specs/neighbours-age.yaml -o output --format png,pdf --cmyk
      charts render --articles ../archive    # find each spec's article there to verify it
      charts render --edition zh-Hant-TW --edition zh-Hant-HK   # Taiwan and Hong Kong editions too
    """
    from charts.export.files import ghostscript
    from charts.run.options import RenderOptions
    from charts.run.render import render_specs

    options = RenderOptions(formats=_formats(formats), specs=_spec_paths(specs), targets=specs,
                            out_dir=Path(out_dir), font=font, cmyk=cmyk, strict=strict, zip=make_zip,
                            jobs=jobs or os.cpu_count() or 1, watch=watch, force=force, debug=ctx.obj["debug"],
                            articles=articles, outside=outside, lenient=lenient,
                            editions=tuple(dict.fromkeys(editions)))
    clash = options.output_clash()
    if clash:
        raise click.UsageError(clash)
    if cmyk and not ghostscript():
        raise click.UsageError(msg.NO_GHOSTSCRIPT)
    summary = _guarded(ctx, lambda: render_specs(options, _Terminal(ctx.obj, bar=not watch)))
    sys.exit(1 if summary.failed else 0)


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
    from charts.handoff.pack import ZipOptions, pack_charts

    _guarded(ctx, lambda: pack_charts(ZipOptions(Path(out_dir), names), _Terminal(ctx.obj)))


@cli.command(context_settings=CONTEXT)
@click.argument("specs", nargs=-1)
@click.option("--strict", is_flag=True, help="Treat warnings as errors.")
@_ALLOW_OUTSIDE
@click.pass_context
def check(ctx: click.Context, specs, strict, outside) -> None:
    """Validate specs and run the data rules; draw nothing.

    \b
    Example:
      charts check specs/ --strict
    """
    from charts.check.specs import CheckOptions, check_specs

    summary = check_specs(CheckOptions(_spec_paths(specs), strict, outside), _Terminal(ctx.obj))
    sys.exit(1 if summary.failed else 0)


@cli.command(context_settings=CONTEXT)
@click.argument("specs", nargs=-1)
@click.option("--article", type=click.Path(exists=True, dir_okay=False), default=None,
              help="Verify against this article text instead of each spec's source.article.")
@_ARTICLES
@click.option("--strict", is_flag=True, help="A spec whose article is not found (unverified) fails too.")
@click.option("--lenient", is_flag=True, help="A figure found only under another label is a warning, not an error.")
@_ALLOW_OUTSIDE
@_QUIET
@click.pass_context
def verify(ctx: click.Context, specs, article, articles, strict, lenient, outside) -> None:
    """Check every number on each chart against the article it came from.

    Each figure is reported as found (with the article line), found only under another
    label, missing, or cited to another source. The article is looked for beside the spec,
    then in each --articles folder, then in CHARTS_ARTICLES; a spec whose article is found
    nowhere is unverified. Exit code 1 when a figure is missing or under another label.

    \b
    Example:
      charts verify specs/ --articles ../shared/seeds
      charts verify specs/neighbours-age.yaml --article ../shared/seeds/000_1edcd6235aaeee1f.txt
    """
    from charts.article.commands import VerifyOptions, verify_specs

    options = VerifyOptions(_spec_paths(specs), Path(article) if article else None, strict, articles, lenient,
                            outside)
    sys.exit(1 if verify_specs(options, _Terminal(ctx.obj)).failed else 0)


@cli.command(context_settings=CONTEXT)
@click.argument("article", type=click.Path(exists=True, dir_okay=False))
@click.option("-o", "--output", "out_dir", type=click.Path(file_okay=False), default=None,
              help="Write one draft spec per table into this folder (default: print them).")
@click.pass_context
def extract(ctx: click.Context, article, out_dir) -> None:
    """Draft specs from the tables an article reports (.txt, .pdf, .html, .docx).

    Finds shares (00后占21.6%…, 分享防疫信息（54.0%）…), comparisons, headline findings,
    two-period comparisons, yearly series and big figures; guesses question type, sample
    size, unit and kind. Lines marked 请核对 are guesses for the editor to confirm.

    \b
    Example:
      charts extract ../shared/seeds/000_1edcd6235aaeee1f.txt -o specs/drafts
    """
    from charts.article.commands import ExtractOptions, extract_specs

    options = ExtractOptions(article, Path(out_dir) if out_dir is not None else None)
    try:
        drafted = extract_specs(options, _Terminal(ctx.obj))
    except FileExistsError as exc:
        raise click.UsageError(msg.EXTRACT_EXISTS.format(path=exc.filename)) from None
    except ChartsError as exc:  # the article cannot be read (a device, a pipe, too large)
        _said(ctx, exc)
    sys.exit(0 if drafted else 1)


def _said(ctx: click.Context, exc: ChartsError) -> None:
    """Our error's lines, then exit 1."""
    terminal = _Terminal(ctx.obj)
    for problem in exc.problems:
        terminal.problem(problem)
    sys.exit(1)


class _KindChoice(click.Choice):
    """The registered kinds, plugins' included, read when `new` parses its options rather
    than when the command line is imported (every other command starts without them)."""

    def __init__(self) -> None:
        self.case_sensitive = True

    @property
    def choices(self) -> tuple[str, ...]:
        from charts.kinds import names

        return names()


@cli.command(context_settings=CONTEXT)
@click.argument("name")
@click.option("--kind", type=_KindChoice(),
              default="bar", show_default=True, help="The chart kind the starter shows.")
@click.pass_context
def new(ctx: click.Context, name, kind) -> None:
    """Write a commented spec to start from (NAME or NAME.yaml); never overwrites.

    \b
    Example:
      charts new specs/年龄构成 --kind donut
    """
    from charts.spec.new import NewOptions, new_spec

    try:
        new_spec(NewOptions(name, kind), _Terminal(ctx.obj))
    except FileExistsError as exc:
        raise click.UsageError(msg.NEW_EXISTS.format(path=exc.filename)) from None


@cli.command(context_settings=CONTEXT)
@click.option("--font", default=None, help="A font family or file to resolve instead.")
@click.pass_context
def fonts(ctx: click.Context, font) -> None:
    """Show which font each role (title, body) resolves to, and why.

    \b
    Example:
      charts fonts --font "Noto Sans CJK SC"
    """
    from charts.fonts.describe import FontsOptions, describe_fonts

    _guarded(ctx, lambda: describe_fonts(FontsOptions(font), _Terminal(ctx.obj)))


@cli.command(context_settings=CONTEXT)
@click.pass_context
def schema(ctx: click.Context) -> None:
    """Print the JSON Schema of a spec (for editors' YAML language servers).

    \b
    Example:
      charts schema > spec.schema.json
    """
    from charts.spec.schema import spec_schema

    click.echo(json.dumps(_guarded(ctx, spec_schema), ensure_ascii=False, indent=2))


def _guarded(ctx: click.Context, work):
    """Run work; our errors print as lines and exit 1, never as a traceback."""
    try:
        return work()
    except ChartsError as exc:
        terminal = _Terminal(ctx.obj)
        for problem in exc.problems:
            terminal.problem(problem)
        sys.exit(1)
    except Exception as exc:  # noqa: BLE001 - an editor must never see a bare traceback
        if ctx.obj and ctx.obj.get("debug"):
            traceback.print_exc()
        click.echo(_safe(msg.INTERNAL_ERROR.format(error=f"{type(exc).__name__}: {exc}")), err=True)
        sys.exit(1)


def main() -> None:
    cli(prog_name="charts")

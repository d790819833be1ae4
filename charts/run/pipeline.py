"""The pipeline, one spec at a time:

    1. load     specs/x.yaml -> LoadedSpec (strict YAML, pydantic model, typed table)
    2. check    data rules -> findings (errors stop here; notes go to the footer); every
                figure looked up in its article, once, and carried to the hand-off
    3. plan     spec + theme + fonts -> Chart, once per size (web, phone, print), glyph preflight
    4. draw     Chart -> Canvas (frame + the kind's module)
                the layout checked at every size drawn: texts that overlap, are clipped or
                stray from their marks refuse the chart; the smallest text as displayed
                measured at every size (a warning below 11 CSS px)
    5. export   Canvas -> web PNG 1x/2x, outlined and editable SVG; the phone layout (360 px)
                as PNG at 3x and both SVGs; per print size (one and two columns) a PDF at
                true size, a 300 dpi PNG and with --cmyk a CMYK PDF
    6. bundle   + data CSV, alt text, embed snippet, the chart's record (check, verify, font,
                hashes); written atomically, unchanged files left alone; then the run's
                manifest and review page (output/manifest.json, output/index.html)

Steps 3 to 6 run once for the spec's own edition (zh-Hans) and again for each Traditional
edition asked for (--edition, the spec's `editions`): the same checked table, its words
converted at plan time, the edition's font, files named `<name>.<tag>.<ext>`.

Data moves one way; a failing spec never stops the others. A batch of specs, in worker
processes and only where something changed, is charts/run/batch.py.
"""

from __future__ import annotations

import json
from pathlib import Path

import matplotlib

from charts import messages as msg
from charts.check.rules import check
from charts.check.verification import refusals, verification
from charts.draw.frame import TooTall, compose
from charts.draw.layout import refuse_faults
from charts.draw.legibility import legibility
from charts.errors import ChartsError, DataError, Problem
from charts.export.files import chart_files
from charts.fonts.resolve import spec_fonts
from charts.handoff.bundle import digest, status_of, write_chart
from charts.handoff.files import handoff_files
from charts.plan.chart import plan
from charts.plan.edition import own_edition
from charts.run.options import RenderOptions
from charts.run.result import Result
from charts.spec.files import chart_name
from charts.spec.read import load_spec
from charts.theme import MOBILE, PRINT_SIZES, STYLE_FILE, WEB
from charts.theme.editions import EDITIONS, REPUBLICATIONS, Edition


def editions_of(spec, asked: tuple[str, ...]) -> list[Edition]:
    """The spec's own edition first (Simplified, or zh-Hant for a spec written in Traditional),
    then each Traditional edition the run or the spec asks for."""
    wanted = set(asked) | set(spec.editions)
    return [own_edition(spec)] + [EDITIONS[tag] for tag in REPUBLICATIONS if tag in wanted]


def render_one(path: Path, shown: str | None, options: RenderOptions, fonts_for) -> Result:
    """Render one spec as `options` ask (its list of specs is not read); `fonts_for(spec_font,
    spec_dir)` gives the fonts of each role."""
    out_dir, formats, cmyk, strict = options.out_dir, options.formats, options.cmyk, options.strict
    result = Result(shown or str(path), chart_name(path))
    try:
        loaded = load_spec(path, shown, options.outside)                  # 1
        result.name = loaded.name
        findings = check(loaded)                                          # 2
        result.warnings = [p for _, p in findings.warnings]
        if findings.failing(strict):
            raise DataError(findings.failing(strict))
        verified = verification(loaded, options.articles)                 # 2
        wrong, doubtful = refusals(loaded, verified, options.lenient)
        if wrong:  # a figure the article does not give under its label: never drawn
            raise DataError(wrong)
        result.warnings += doubtful
        if verified.status == "unverified" and (strict or loaded.spec.source.article):
            # named but not found (or unreadable): said on every render; with --strict it fails
            unverified = loaded.problem(("source", "article") if loaded.spec.source.article else ("source",),
                                        verified.note)
            if strict:
                raise DataError([unverified])
            result.warnings.append(unverified)
        files: dict[str, bytes] = {}
        editions = editions_of(loaded.spec, options.editions)
        for edition in editions:
            fonts = spec_fonts(fonts_for, loaded, edition)
            with matplotlib.rc_context(fname=str(STYLE_FILE)):
                chart = plan(loaded, findings, fonts, WEB, edition)       # 3
                web = compose(chart)                                      # 4
                prints = {size.name: compose(plan(loaded, findings, fonts, size, edition)) for size in PRINT_SIZES
                          if {"pdf", "print-png"} & set(formats)}
                mobile = compose(plan(loaded, findings, fonts, MOBILE, edition)) if {"png", "svg"} & set(formats) else None
                drawn = [web, *([mobile] if mobile else []), *prints.values()]
                refuse_faults(drawn, result.spec)                         # 4 every size drawn
                sizes = {canvas.size.name: legibility(canvas) for canvas in drawn}
                if edition is editions[0]:  # an edition's text is set at the same sizes: said once
                    result.warnings += [Problem(result.spec, msg.TEXT_TOO_SMALL.format(
                        size=s.size, shown=s.displayed, width=s.display_width, text=s.text))
                        for s in sizes.values() if s.too_small]
                made = chart_files(loaded.name + edition.suffix, formats, web, prints, cmyk, mobile)  # 5
            made.update(handoff_files(loaded, chart, findings, verified, made, sizes, "png" in formats))
            files.update(made)
        result.status = status_of(json.loads(files[f"{loaded.name}.json"]))
        result.files = write_chart(out_dir / loaded.name, loaded.name, files)  # 6
        result.digests = {name: digest(data) for name, data in files.items()}
    except TooTall as exc:  # the frame knows the part, the spec where it was written
        result.problems = [loaded.problem(exc.field, exc.message)]
    except ChartsError as exc:
        result.problems = exc.problems
    except Exception as exc:  # a bug must not cost the editor the other charts of the run
        if options.debug:
            raise
        result.problems = [Problem(result.spec, msg.INTERNAL_ERROR.format(error=f"{type(exc).__name__}: {exc}"))]
    return result

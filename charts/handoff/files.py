"""The hand-off files of one chart, beside its images: the data as CSV, alt text, an embed
snippet for the web CMS, and the chart's record (what it is, where its numbers come from,
what was checked, which font drew it, and the hash of every file). An edition's files are the
same, written from its converted chart: their own words come from the chart's script."""

from __future__ import annotations

import csv
import html
import io
import json
import re

import matplotlib

from charts import __version__, kinds
from charts.handoff.bundle import digest
from charts.numbers.grammar import bound_apart
from charts.plan.chart import Chart, publication
from charts.spec.loader import format_path


def handoff_files(loaded, chart, findings, verified, images: dict[str, bytes], sizes: dict,
                  snippet: bool) -> dict:
    """CSV, alt text, embed snippet and the record, for a chart whose images are made;
    `verified` is the check stage's Verification of its figures (an edition's are the same:
    it is drawn from the same checked table); `sizes` each drawn size's Legibility
    (charts/draw/legibility.py): its width, height and smallest text. Files are named
    `<name><edition suffix>.<ext>`."""
    name = loaded.name + chart.edition.suffix
    checks, note, status = verified.checks, verified.note, verified.status
    source = publication(chart.script(loaded.spec.source.publication))
    alt = alt_text(chart, loaded.spec.question, loaded.spec.sample_size, source)
    files = {f"{name}.csv": data_csv(chart), f"{name}.alt.txt": (alt + "\n").encode("utf-8")}
    if snippet:
        files[f"{name}.html"] = embed_snippet(name, chart, alt, sizes)
    files[f"{name}.json"] = record(loaded, chart, findings, checks, {**images, **files}, note, alt, status, sizes)
    return files


def data_csv(chart: Chart) -> bytes:
    """The table as charted, for a spreadsheet: UTF-8 with BOM (Excel opens the Chinese),
    units in the header, each figure rounded as the chart prints it but written as data
    (ASCII minus, no separators, a decimal point). An approximate figure (600多) stays the
    article's words, and a column says so. No text cell can start a formula."""
    header, rows = _table(chart)
    say = chart.script.house
    worded = ["、".join(f for f, approximate in zip(i.figures, i.approximate) if approximate) for i in chart.items]
    if any(worded):  # 600多 is not a number: say so beside it rather than pass it off as 600
        header.append(say("约数"))
        rows = [row + [f"{w}{say('为原文约数')}" if w else ""] for row, w in zip(rows, worded)]
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows([[_cell(c) for c in row] for row in [header] + rows])
    return text.getvalue().encode("utf-8-sig")


def _table(chart: Chart) -> tuple[list[str], list[list[str]]]:
    """The header (units in it where the chart has one unit) and rows of figures as data;
    a 单位 column where each category has its own unit."""
    units = {i.unit for i in chart.items}
    unit = units.pop() if len(units) == 1 else None
    header = [chart.category_name] + [f"{name}（{unit}）" if unit else name for name in chart.series_names]
    rows = [[i.label, *i.figures] for i in chart.items]
    if unit is None:  # each category has its own unit: say it on every row
        header.append(chart.script.house("单位"))
        rows = [row + [i.unit] for row, i in zip(rows, chart.items)]
    return header, rows


_NUMBER = re.compile(r"-?[0-9]+(?:\.[0-9]+)?")
_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n")


def _cell(text: str) -> str:
    """A text cell a spreadsheet keeps as text: one that would start a formula (=HYPERLINK(…),
    +1, -1+1, @SUM) gets a leading apostrophe, the usual guard. A plain number (-3.5
    included) is left a number."""
    if _NUMBER.fullmatch(text) or not text.startswith(_FORMULA_START):
        return text
    return "'" + text


def alt_text(chart: Chart, question: str, sample_size: int | None, source: str) -> str:
    """Alt text written from the data: what the chart is, what it shows, its extremes. Its
    own phrases are templates in the edition's script, filled with the chart's words."""
    kind = kinds.get(chart.kind)  # its Chinese name and how its alt text reads (kind.alt)

    def say(template: str, **words) -> str:
        return chart.script.house(template).format(**words)

    parts = [f"{say(kind.chinese)}：{chart.title}。"]
    if chart.subtitle:
        parts.append(f"{chart.subtitle.rstrip('。')}。")
    if question == "multi" and not any(say("多选") in line for line in chart.footer):
        parts.append(say("此题为多选题。"))

    def said(item, n=0):
        text = item.value_labels[n]
        if item.unit in ("", "%"):
            return text  # 62.5%, 60%左右, 近七成: the plan printed the share whole
        figure, bound = bound_apart(text, item.unit)  # 6000万人上下
        return f"{figure}{item.unit}{bound}"

    if kind.alt == "by-category":
        for item in chart.items:
            values = "，".join(f"{name}{said(item, n)}" for n, name in enumerate(chart.series_names))
            parts.append(f"{item.label}：{values}。")
    elif kind.alt == "list":
        parts.append("；".join(f"{i.label}{said(i)}" for i in chart.items) + "。")
    else:
        largest = max(chart.items, key=lambda i: i.values[0])
        smallest = min(chart.items, key=lambda i: i.values[0])
        if len(chart.items) > 2:
            parts.append(say(kind.extremes[0] + "的是{a}，为{b}；" + kind.extremes[1] + "的是{c}，为{d}。",
                             a=largest.label, b=said(largest), c=smallest.label, d=said(smallest)))
        parts.append(say("各项依次为：") + "，".join(f"{i.label}{said(i)}" for i in chart.items) + "。")
        if chart.reference:
            unit = chart.items[0].unit
            parts.append(f"{say('参考线：')}{chart.reference[1].replace(' ', '')}{'' if unit == '%' else unit}。")
    for line in chart.footer:
        if line.startswith(say("注：")):
            parts.append(line.rstrip("。") + "。")
    if sample_size:
        parts.append(f"{say('样本量')}{sample_size}。")
    parts.append(f"{say('来源：')}{source}。")
    return "".join(parts)


# Below this width (CSS px) the page shows the phone layout: a WeChat article is about 343 px
# wide on a 375 px phone, the desktop layout is 640.
PHONE_UP_TO = 480
# Shown to screen readers, not drawn: the usual clip pattern (display:none would hide it from them too).
_HIDDEN = ("position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;"
           "clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap")


def embed_snippet(name: str, chart: Chart, alt: str, sizes: dict) -> bytes:
    """A <figure> for the web CMS, no script: the phone image up to PHONE_UP_TO px and the
    desktop one above (each with its width and height, so the page does not jump), the alt
    text, a visually hidden table of the figures for screen readers, and the notes and source
    as the figure's caption (hidden too: the image prints them, a screen reader reads them)."""
    e = html.escape
    web, mobile = sizes["web"], sizes.get("mobile")
    phone = (f'    <source media="(max-width: {PHONE_UP_TO}px)" srcset="{e(name)}.mobile.png 3x"'
             f' width="{round(mobile.width)}" height="{round(mobile.height)}">\n') if mobile else ""
    caption = "<br>".join(e(line) for line in chart.footer)
    return (
        f'<figure class="charts-figure" id="chart-{e(name)}" lang="{chart.edition.language}"'
        f' style="margin:0;max-width:100%">\n'
        f"  <picture>\n{phone}"
        f'    <img src="{e(name)}.png" srcset="{e(name)}.png 1x, {e(name)}@2x.png 2x"'
        f' width="{round(web.width)}" height="{round(web.height)}" alt="{e(alt)}" loading="lazy"'
        f' style="display:block;max-width:100%;height:auto">\n'
        f"  </picture>\n"
        f"{_hidden_table(chart)}"
        f'  <figcaption style="{_HIDDEN}">{caption}</figcaption>\n'
        f"</figure>\n"
    ).encode("utf-8")


def _hidden_table(chart: Chart) -> str:
    """The figures as a table a screen reader can walk: caption the title, a header row
    with the units, one row per category, the source below."""
    e = html.escape
    header, rows = _table(chart)
    head = "".join(f'<th scope="col">{e(c)}</th>' for c in header)
    body = "".join("<tr>" + f'<th scope="row">{e(row[0])}</th>' + "".join(f"<td>{e(c)}</td>" for c in row[1:])
                   + "</tr>" for row in rows)
    source = e(chart.footer[-1])
    return (f'  <table class="charts-data" style="{_HIDDEN}">\n'
            f"    <caption>{e(chart.title)}</caption>\n"
            f"    <thead><tr>{head}</tr></thead>\n"
            f"    <tbody>{body}</tbody>\n"
            f'    <tfoot><tr><td colspan="{len(header)}">{source}</td></tr></tfoot>\n'
            f"  </table>\n")


def record(loaded, chart: Chart, findings, checks, files: dict[str, bytes], verify_note: str | None,
           alt: str, verify_status: str = "verified", sizes: dict | None = None) -> bytes:
    """The chart's record as JSON: deterministic (sorted, no dates) so unchanged charts
    keep the same bytes."""
    spec = loaded.spec
    data = {
        "name": loaded.name,
        # the edition: its conversion from the spec (OpenCC config, pinned terms, house words)
        "edition": chart.script.describe(),
        "title": chart.title,
        "subtitle": chart.subtitle,
        "kind": chart.kind,
        "question": spec.question,
        "spec": loaded.shown,
        "source": spec.source.model_dump(exclude_none=True),
        "also_cited": [c.model_dump(exclude_none=True) for c in spec.also_cited],
        "sample_size": spec.sample_size,
        "alt": alt,
        "data": {"columns": [chart.category_name, *chart.series_names],
                 "rows": [[i.label, *i.value_labels] for i in chart.items],  # as printed on the chart
                 "values": [list(i.figures) for i in chart.items],  # the same figures as data (the CSV's)
                 "units": [i.unit for i in chart.items]},
        "check": {
            "errors": [_finding(rule, p) for rule, p in findings.errors],
            "warnings": [_finding(rule, p) for rule, p in findings.warnings],
        },
        "verify": {"status": verify_status, "note": verify_note, "figures": [
            {"figure": c.what, "status": c.status, "article_line": c.line, "field": format_path(c.field)}
            for c in checks]},
        "fonts": {role: {"family": f.family, "style": f.style, "file": f.path.name, "version": f.version}
                  for role, f in chart.fonts.items()},
        "tool": {"name": "charts", "version": __version__, "matplotlib": matplotlib.__version__},
        "files": {name: digest(content) for name, content in sorted(files.items())},
        # each size drawn: its width and height, and the smallest text as drawn and as displayed
        "layouts": {size: s.as_record() for size, s in sorted((sizes or {}).items())},
    }
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _finding(rule, problem) -> dict:
    return {"rule": rule, "message": problem.message, "field": problem.field, "line": problem.line}

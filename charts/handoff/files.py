"""The hand-off files of one chart, beside its images: the data as CSV, alt text, an embed
snippet for the web CMS, and the chart's record (what it is, where its numbers come from,
what was checked, which font drew it, and the hash of every file)."""

from __future__ import annotations

import csv
import html
import io
import json
import re

import matplotlib

from charts import __version__, kinds
from charts.handoff.bundle import digest
from charts.plan.chart import Chart, publication
from charts.spec.loader import format_path


def handoff_files(loaded, chart, findings, verified, images: dict[str, bytes], height: int,
                  snippet: bool) -> dict:
    """CSV, alt text, embed snippet and the record, for a chart whose images are made;
    `verified` is the check stage's Verification of its figures."""
    name = loaded.name
    checks, note, status = verified.checks, verified.note, verified.status
    alt = alt_text(chart, loaded.spec.question, loaded.spec.sample_size, source_line(loaded.spec))
    files = {f"{name}.csv": data_csv(chart), f"{name}.alt.txt": (alt + "\n").encode("utf-8")}
    if snippet:
        files[f"{name}.html"] = embed_snippet(name, chart, alt, height)
    files[f"{name}.json"] = record(loaded, chart, findings, checks, {**images, **files}, note, alt, status)
    return files


def data_csv(chart: Chart) -> bytes:
    """The table as charted, for a spreadsheet: UTF-8 with BOM (Excel opens the Chinese),
    units in the header, each figure rounded as the chart prints it but written as data
    (ASCII minus, no separators, a decimal point). An approximate figure (600多) stays the
    article's words, and a column says so. No text cell can start a formula."""
    units = {i.unit for i in chart.items}
    unit = units.pop() if len(units) == 1 else None
    header = [chart.category_name] + [f"{name}（{unit}）" if unit else name for name in chart.series_names]
    rows = [[i.label, *i.figures] for i in chart.items]
    if unit is None:  # each category has its own unit: say it on every row
        header.append("单位")
        rows = [row + [i.unit] for row, i in zip(rows, chart.items)]
    worded = ["、".join(f for f, approximate in zip(i.figures, i.approximate) if approximate) for i in chart.items]
    if any(worded):  # 600多 is not a number: say so beside it rather than pass it off as 600
        header.append("约数")
        rows = [row + [f"{w}为原文约数" if w else ""] for row, w in zip(rows, worded)]
    text = io.StringIO()
    csv.writer(text, lineterminator="\r\n").writerows([[_cell(c) for c in row] for row in [header] + rows])
    return text.getvalue().encode("utf-8-sig")


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
    """Alt text written from the data: what the chart is, what it shows, its extremes."""
    kind = kinds.get(chart.kind)  # its Chinese name and how its alt text reads (kind.alt)
    parts = [f"{kind.chinese}：{chart.title}。"]
    if chart.subtitle:
        parts.append(f"{chart.subtitle.rstrip('。')}。")
    if question == "multi" and not any("多选" in line for line in chart.footer):
        parts.append("此题为多选题。")

    def said(item, n=0):
        text = item.value_labels[n]
        return text if text.endswith("%") or not item.unit else f"{text}{item.unit}"

    if kind.alt == "by-category":
        for item in chart.items:
            values = "，".join(f"{name}{said(item, n)}" for n, name in enumerate(chart.series_names))
            parts.append(f"{item.label}：{values}。")
    elif kind.alt == "list":
        parts.append("；".join(f"{i.label}{said(i)}" for i in chart.items) + "。")
    else:
        largest = max(chart.items, key=lambda i: i.values[0])
        smallest = min(chart.items, key=lambda i: i.values[0])
        word, low = kind.extremes
        if len(chart.items) > 2:
            parts.append(f"{word}的是{largest.label}，为{said(largest)}；{low}的是{smallest.label}，为{said(smallest)}。")
        parts.append("各项依次为：" + "，".join(f"{i.label}{said(i)}" for i in chart.items) + "。")
        if chart.reference:
            unit = chart.items[0].unit
            parts.append(f"参考线：{chart.reference[1].replace(' ', '')}{'' if unit == '%' else unit}。")
    for line in chart.footer:
        if line.startswith("注："):
            parts.append(line.rstrip("。") + "。")
    if sample_size:
        parts.append(f"样本量{sample_size}。")
    parts.append(f"来源：{source}。")
    return "".join(parts)


def embed_snippet(name: str, chart: Chart, alt: str, height: int) -> bytes:
    """A <figure> for the web CMS: 1x/2x images, the alt text, notes and source below."""
    caption = "<br>".join(html.escape(line) for line in chart.footer)
    return (
        f'<figure class="charts-figure" id="chart-{html.escape(name)}">\n'
        f'  <img src="{html.escape(name)}.png" srcset="{html.escape(name)}.png 1x, {html.escape(name)}@2x.png 2x"'
        f' width="{round(chart.size.width)}" height="{height}" alt="{html.escape(alt)}" loading="lazy">\n'
        f"  <figcaption>{caption}</figcaption>\n"
        f"</figure>\n"
    ).encode("utf-8")


def record(loaded, chart: Chart, findings, checks, files: dict[str, bytes], verify_note: str | None,
           alt: str, verify_status: str = "verified") -> bytes:
    """The chart's record as JSON: deterministic (sorted, no dates) so unchanged charts
    keep the same bytes."""
    spec = loaded.spec
    data = {
        "name": loaded.name,
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
    }
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")


def _finding(rule, problem) -> dict:
    return {"rule": rule, "message": problem.message, "field": problem.field, "line": problem.line}



def source_line(spec) -> str:
    return publication(spec.source.publication)

"""output/index.html: one page to review every chart, opened straight from disk.

No network: no CDN, no web fonts from elsewhere; the page names the system CJK fonts and
falls back to a subset of the house font written beside it. Plain HTML with a few lines of
script for the filter, so it stays quick with hundreds of charts (images load lazily).
"""

from __future__ import annotations

import html
import json

STATUS_NAMES = {"ok": "通过", "warning": "需注意", "unverified": "未核对", "error": "有错误"}
VERIFY_NAMES = {"found": "已在原文找到", "relabelled": "在原文中但标签不同", "missing": "原文中没有",
                "cited": "引自其他来源，未核对"}
UI_FONT = "review-font.ttf"
TITLE = "<title>图表审阅 · charts</title>"  # also how a run knows an index.html as its own

_STYLE = """
@font-face { font-family: "ChartsUI"; src: url("review-font.ttf") format("truetype"); }
:root { --ink: #1a1a1a; --muted: #666; --line: #ddd; --ok: #2e7d32; --warning: #b26a00; --error: #c8372d;
        --unverified: #5c6bc0; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.6 "PingFang SC", "Noto Sans CJK SC", "Source Han Sans SC", "Microsoft YaHei",
       "ChartsUI", sans-serif; color: var(--ink); background: #f4f4f2; }
header { position: sticky; top: 0; z-index: 1; background: #fff; border-bottom: 1px solid var(--line);
         padding: 12px 24px; display: flex; flex-wrap: wrap; gap: 12px 24px; align-items: baseline; }
h1 { font-size: 20px; margin: 0; }
.counts { color: var(--muted); margin: 0; }
.filters { display: flex; gap: 8px; margin-left: auto; }
input, select { font: inherit; padding: 4px 8px; border: 1px solid #bbb; border-radius: 4px; }
input { width: 16em; }
main { display: grid; grid-template-columns: repeat(auto-fill, minmax(min(100%, 1060px), 1fr)); gap: 24px; padding: 24px; }
article { background: #fff; border: 1px solid var(--line); border-left: 6px solid var(--ok); padding: 16px 20px; }
article.warning { border-left-color: var(--warning); }
article.error { border-left-color: var(--error); }
article.unverified { border-left-color: var(--unverified); }
article[hidden] { display: none; }
h2 { font-size: 18px; margin: 0 0 4px; }
.meta { color: var(--muted); font-size: 13px; margin: 0 0 12px; }
.badge { display: inline-block; font-size: 12px; padding: 0 8px; border-radius: 10px; color: #fff;
         background: var(--ok); margin-left: 8px; vertical-align: middle; }
.warning .badge { background: var(--warning); }
.error .badge { background: var(--error); }
.unverified .badge { background: var(--unverified); }
img { display: block; max-width: 100%; height: auto; border: 1px solid #eee; }
.views { display: flex; flex-wrap: wrap; gap: 20px; align-items: flex-start; }
.views figure { margin: 0; }
.views figure.web { flex: 0 1 640px; }
.views figure.mobile { flex: 0 0 343px; }
.views figcaption { color: var(--muted); font-size: 13px; margin-top: 4px; }
.views figcaption.small { color: var(--warning); }
details { margin-top: 8px; }
summary { cursor: pointer; font-weight: 600; }
table { border-collapse: collapse; margin: 6px 0; font-size: 14px; }
td, th { border: 1px solid var(--line); padding: 2px 10px; text-align: left; }
td.number { text-align: right; font-variant-numeric: tabular-nums; }
ul.findings { margin: 4px 0; padding-left: 20px; font-size: 14px; }
li.missing, li.error { color: var(--error); }
li.relabelled, li.warning { color: var(--warning); }
.files { font-size: 13px; margin: 10px 0 0; }
.files a { margin-right: 10px; white-space: nowrap; }
#empty { padding: 24px; color: var(--muted); }
"""

_SCRIPT = """
(function () {
  var query = document.getElementById("filter");
  var status = document.getElementById("status");
  var cards = Array.prototype.slice.call(document.querySelectorAll("article.chart"));
  var shown = document.getElementById("shown");
  var empty = document.getElementById("empty");
  function apply() {
    var q = query.value.trim().toLowerCase();
    var s = status.value;
    var count = 0;
    cards.forEach(function (card) {
      var text = (card.dataset.name + " " + card.dataset.title).toLowerCase();
      var visible = (!q || text.indexOf(q) !== -1) && (!s || card.dataset.status === s);
      card.hidden = !visible;
      if (visible) { count += 1; }
    });
    shown.textContent = count;
    empty.hidden = count !== 0;
  }
  query.addEventListener("input", apply);
  status.addEventListener("change", apply);
  apply();
})();
"""


def _e(text) -> str:
    return html.escape("" if text is None else str(text))


def _card(entry: dict, record: dict | None) -> str:
    name, status = entry["name"], entry["status"]
    title = record["title"] if record else name
    out = [f'<article class="chart {status}" id="{_e(name)}" data-name="{_e(name)}" data-title="{_e(title)}" '
           f'data-status="{status}">',
           f'<h2>{_e(title)}<span class="badge">{STATUS_NAMES[status]}</span></h2>',
           f'<p class="meta">{_e(name)} · {_e(entry["spec"])}</p>']
    if entry.get("problems"):
        out.append('<ul class="findings">' + "".join(f'<li class="error">{_e(p)}</li>' for p in entry["problems"])
                   + "</ul>")
    files = entry.get("files", {})
    if f"{name}.png" in files and record:
        out.append(_views(name, files, record))
    if record:
        out.append(f'<details><summary>替代文本</summary><p>{_e(record["alt"])}</p></details>')
        out.append(_table(record["data"]))
        out.append(_findings(record))
    links = " ".join(f'<a href="{_e(name)}/{_e(file)}">{_e(file)}</a>' for file in sorted(files))
    out.append(f'<p class="files">{links}</p>')
    out.append("</article>")
    return "\n".join(out)


SIZE_NAMES = {"web": "网页", "mobile": "手机", "print-2col": "印刷（两栏）", "print-1col": "印刷（一栏）"}


def _views(name: str, files: dict, record: dict) -> str:
    """The desktop and phone images side by side, each at the width it is shown at, with
    its smallest text as displayed."""
    layouts = record.get("layouts", {})
    shown = []
    srcset = f' srcset="{_e(name)}/{_e(name)}.png 1x, {_e(name)}/{_e(name)}@2x.png 2x"' \
        if f"{name}@2x.png" in files else ""
    shown.append(("web", f'<img src="{_e(name)}/{_e(name)}.png"{srcset} width="640" alt="{_e(record["alt"])}" '
                         f'loading="lazy">'))
    if f"{name}.mobile.png" in files:
        shown.append(("mobile", f'<img src="{_e(name)}/{_e(name)}.mobile.png" width="343" '
                                f'alt="{_e(record["alt"])}" loading="lazy">'))
    out = ['<div class="views">']
    for size, image in shown:
        out.append(f'<figure class="{size}">{image}{_size_caption(size, layouts.get(size))}</figure>')
    out.append("</div>")
    return "".join(out)


def _size_caption(size: str, layout: dict | None) -> str:
    if not layout:
        return f"<figcaption>{SIZE_NAMES[size]}</figcaption>"
    small = " small" if layout.get("too_small") else ""
    return (f'<figcaption class="{size}{small}">{SIZE_NAMES[size]} {layout["width"]}×{layout["height"]} px，'
            f'显示宽 {layout["display_width"]:g} px，最小字 {layout["smallest_text_displayed"]:g} px'
            f'{"（小于 11 px）" if small else ""}</figcaption>')


def _table(data: dict) -> str:
    head = "".join(f"<th>{_e(c)}</th>" for c in data["columns"]) + "<th>单位</th>"
    rows = "".join("<tr>" + f"<td>{_e(row[0])}</td>" + "".join(f'<td class="number">{_e(v)}</td>' for v in row[1:])
                   + f"<td>{_e(unit)}</td></tr>" for row, unit in zip(data["rows"], data["units"]))
    return f"<details open><summary>数据</summary><table><tr>{head}</tr>{rows}</table></details>"


def _findings(record: dict) -> str:
    items = [f'<li class="error">错误 [{_e(f["rule"])}]：{_e(f["message"])}</li>' for f in record["check"]["errors"]]
    items += [f'<li class="warning">警告 [{_e(f["rule"])}]：{_e(f["message"])}</li>'
              for f in record["check"]["warnings"]]
    for size, layout in record.get("layouts", {}).items():
        if layout.get("too_small"):
            items.append(f'<li class="warning">字太小：{SIZE_NAMES.get(size, _e(size))}版最小的字'
                         f'（{_e(layout["smallest_text_is"])}）显示约 {layout["smallest_text_displayed"]:g} px，'
                         f"小于 11 px</li>")
    if record["verify"]["note"]:
        items.append(f'<li class="warning">未核对：{_e(record["verify"]["note"])}</li>')
    for figure in record["verify"]["figures"]:
        where = f"（原文第{figure['article_line']}行）" if figure["article_line"] else ""
        items.append(f'<li class="{figure["status"]}">{_e(figure["figure"])}：{VERIFY_NAMES[figure["status"]]}'
                     f"{where}</li>")
    return f'<details><summary>检查与核对</summary><ul class="findings">{"".join(items)}</ul></details>'


def review_page(entries: list[dict], records: dict[str, dict], reload_every: int | None = None) -> bytes:
    """The page; with reload_every (seconds, while `--watch` runs) it reloads itself."""
    counts = {s: sum(e["status"] == s for e in entries) for s in STATUS_NAMES}
    options = "".join(f'<option value="{s}">{n}（{counts[s]}）</option>' for s, n in STATUS_NAMES.items())
    cards = "\n".join(_card(e, records.get(e["name"])) for e in entries)
    page = f"""<!doctype html>
<html lang="zh-Hans">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
{f'<meta http-equiv="refresh" content="{reload_every}">' if reload_every else ""}
{TITLE}
<style>{_STYLE}</style>
</head>
<body>
<header>
<h1>图表审阅</h1>
<p class="counts">共 {len(entries)} 张，显示 <span id="shown">{len(entries)}</span> 张 ·
通过 {counts["ok"]} · 需注意 {counts["warning"]} · 未核对 {counts["unverified"]} · 有错误 {counts["error"]}</p>
<div class="filters">
<input type="search" id="filter" placeholder="按名称或标题筛选" aria-label="按名称或标题筛选">
<select id="status" aria-label="按状态筛选"><option value="">全部状态</option>{options}</select>
</div>
</header>
<main>
{cards}
</main>
<p id="empty" hidden>没有符合条件的图表。</p>
<script>{_SCRIPT}</script>
</body>
</html>
"""
    return page.encode("utf-8")


def page_characters(entries: list[dict], records: dict[str, dict]) -> str:
    """Every character the page shows, for its fallback font subset."""
    text = review_page(entries, records).decode("utf-8") + json.dumps(records, ensure_ascii=False)
    return "".join(sorted(set(text)))

"""verify measured on the corpus: each key table of ../shared/corpus turned into a spec and
verified against its text, then tampered with, each tampered spec of which must fail.

    python tests/corpus/verify_keys.py [--corpus DIR] [--split dev|own|held-out|both] [--misses] [--json]

For every table of every key (dev/ and held-out/, see the corpus README, and our own texts in
tests/corpus/own, which are measured without the shared corpus too):

  found     how many of its figures verify finds under their own label (the share is the
            measure: at least 98 % of the figures)
  tampered  the spec changed in one place; verify must fail it (exit 1): each value changed
            in its last digit, each pair of neighbouring values swapped, each cell of a table
            taken from the next column. A tampered spec that still passes is `slipped`.
  --units   also each table whose figures are all found, given its unit at another scale (万人
            as 人, 亿元 as 万元): a figure read in the wrong unit; one that still passes is listed
            as `scaled`. A prose figure carries its unit beside it; a table's states it once.

The spec is the key table as an editor would write it: its title, question, unit, sample
size, columns and rows, `source.article` naming the text by file name and the corpus folder
given as an article archive (--articles). Without the corpus it says so and exits 0.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import tempfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from tests.corpus.score import ALL, articles, find_corpus, load_yaml  # noqa: E402


def _cell(value) -> str:
    """A key cell as spec YAML: numbers as written (2313.0 keeps its .0), words quoted."""
    if isinstance(value, (int, Decimal)) and not isinstance(value, bool):
        return str(value)
    return json.dumps(str(value), ensure_ascii=False)


def header_unit(name: str):
    from charts.article.units import header_unit as stated

    return stated(name)


def spec_text(table: dict, article: str, rows: list[list]) -> str:
    """A spec for one key table (rows given, so that a tampered copy reads the same way)."""
    columns = table.get("columns") or ["项目", "数值"]
    width = max(len(r) for r in rows) - 1
    columns = (list(columns) + [f"列{i}" for i in range(len(columns), width + 1)])[: width + 1]
    unit = "" if isinstance(table.get("unit"), dict) else str(table.get("unit") or "")
    # a key's 人 / % (or 人/%) is one unit per column; 公斤/亩 is one unit: an editor says so in the headers
    units = [u.strip() for u in (unit.split(" / ") if " / " in unit else unit.split("/") if "%" in unit.split("/") else [unit])]
    if len(units) == width > 1:
        columns = [columns[0]] + [c if header_unit(str(c)) or not u else f"{c}({u})" for c, u in zip(columns[1:], units)]
        unit = units[0] if len(set(units)) == 1 else ""  # each column's header says its unit
    unit_yaml = json.dumps({str(k): str(v) for k, v in table["unit"].items()} if isinstance(table.get("unit"), dict)
                           else unit, ensure_ascii=False)  # by row: {幼儿园(万所): 万所}
    lines = [f"title: {json.dumps(str(table.get('title') or '表')[:60], ensure_ascii=False)}",
             f"kind: {'bar' if width == 1 else 'grouped'}",
             f"question: {table.get('question') or 'none'}",
             f"unit: {unit_yaml}",
             "data:",
             f"  columns: [{', '.join(json.dumps(str(c), ensure_ascii=False) for c in columns)}]",
             "  rows:"]
    lines += [f"    - [{', '.join([json.dumps(str(r[0]), ensure_ascii=False)] + [_cell(v) for v in r[1:]])}]"
              for r in rows]
    if isinstance(table.get("sample_size"), int):  # a worded one (4.9萬多) is not a spec's sample size
        lines.append(f"sample_size: {table['sample_size']}")
    lines.append(f"source: {{publication: 语料, article: {json.dumps(article, ensure_ascii=False)}}}")
    return "\n".join(lines) + "\n"


def parts(table: dict, rows: list[list]) -> list[tuple[dict, list[list]]]:
    """A key table as the specs an editor makes of it: a chart sets at most MAX_SERIES value
    columns, so a wider table (a yearbook's ten) is several specs, each with the row labels
    and the next columns, each column's header and unit kept."""
    from charts.spec.table import MAX_SERIES

    width = max(len(r) for r in rows) - 1
    if width <= MAX_SERIES:
        return [(table, rows)]
    columns = list(table.get("columns") or [])
    columns += [f"列{i}" for i in range(len(columns), width + 1)]
    unit = table.get("unit")
    units = [u.strip() for u in unit.split(" / ")] if isinstance(unit, str) and " / " in unit else None
    out = []
    for first in range(1, width + 1, MAX_SERIES):
        picked = range(first, min(first + MAX_SERIES, width + 1))
        part = dict(table, columns=[columns[0]] + [columns[c] for c in picked])
        if units and len(units) == width:
            part["unit"] = " / ".join(units[c - 1] for c in picked) if len(picked) > 1 else units[first - 1]
        out.append((part, [[r[0]] + [r[c] for c in picked if c < len(r)] for r in rows]))
    return out


def _usable(rows) -> list[list]:
    return [list(r) for r in rows or [] if isinstance(r, list) and len(r) >= 2 and all(v is not None for v in r)]


_NUMERALS = "一二三四五六七八九"


def _changeable(value) -> bool:
    return any(ch.isdigit() or ch in _NUMERALS for ch in str(value))


def _last_digit_changed(value):
    """21.5 -> 21.6, 2313.0 -> 2313.1, "600多" -> "601多", "三分之一" -> "三分之二", "近七成" ->
    "近八成": one figure, wrong by one in the last place."""
    text = str(value)
    if not any(ch.isdigit() for ch in text):
        at = max(i for i, ch in enumerate(text) if ch in _NUMERALS)
        digit = _NUMERALS.index(text[at])
        return text[:at] + _NUMERALS[digit + 1 if digit < 8 else digit - 1] + text[at + 1:]
    at = max(i for i, ch in enumerate(text) if ch.isdigit())
    digit = int(text[at])
    changed = text[:at] + str(digit + 1 if digit < 9 else digit - 1) + text[at + 1:]
    return Decimal(changed) if isinstance(value, (int, Decimal)) else changed


def tamperings(rows: list[list]) -> list[tuple[str, list[list]]]:
    """Each way an editor's slip changes the table, with what it is called."""
    out = []
    for r, row in enumerate(rows):
        for c in range(1, len(row)):
            if _changeable(row[c]):
                copy = [list(x) for x in rows]
                copy[r][c] = _last_digit_changed(row[c])
                out.append((f"last digit {row[0]}[{c}] {row[c]}->{copy[r][c]}", copy))
            if c + 1 < len(row) and str(row[c]) != str(row[c + 1]):
                copy = [list(x) for x in rows]
                copy[r][c] = row[c + 1]
                out.append((f"next column {row[0]}[{c}] {row[c]}->{row[c + 1]}", copy))
    for r in range(len(rows) - 1):
        for c in range(1, min(len(rows[r]), len(rows[r + 1]))):
            if str(rows[r][c]) != str(rows[r + 1][c]):
                copy = [list(x) for x in rows]
                copy[r][c], copy[r + 1][c] = rows[r + 1][c], rows[r][c]
                out.append((f"swapped {rows[r][0]}/{rows[r + 1][0]}[{c}]", copy))
    return out


@dataclass
class Tally:
    figures: int = 0
    found: int = 0
    tampered: int = 0
    caught: int = 0
    misses: list[str] = field(default_factory=list)
    slipped: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)  # specs that could not be verified at all
    scaled: int = 0  # tables whose unit was put at another scale (--units)
    scaled_caught: int = 0
    scaled_by_tables: int = 0  # of those caught, caught only by the unit a table states (none printed beside)
    scaled_slipped: list[str] = field(default_factory=list)


def _verify(spec: Path, folder: Path):
    from charts.article.verify import verify_spec
    from charts.spec.read import load_spec

    return verify_spec(load_spec(spec), folders=(folder,))


_SCALES = ("万亿", "萬億", "亿", "億", "万", "萬", "千", "百")
# shares, points, ratios and scores have no scale
_UNSCALED = re.compile(r"[%‰％]|百分|千分|分$|[点點]$|成$|倍$|指[数數]|=")


def rescaled(unit) -> str | None:
    """The unit at another scale (万人 -> 人, 亿元 -> 万元, 元 -> 万元, 元/月 -> 万元/月, 亿 -> 万);
    None for units without one."""
    if not isinstance(unit, str) or not unit.strip() or _UNSCALED.search(unit):
        return None
    if unit in ("亿", "億", "万", "萬"):
        return "万" if unit in ("亿", "億") else "亿"  # a magnitude alone: 规模(亿)
    scale = next((s for s in _SCALES if unit.startswith(s) and len(unit) > len(s)), "")
    base = unit[len(scale):]
    return "万" + base if scale in ("", "亿", "億", "万亿", "萬億") else base


def _rescaled_table(table: dict) -> dict | None:
    """The key table with its unit, and each unit its column headers state (绝对额(亿元)), at
    another scale; None where it has no unit with a scale."""
    columns = list(table.get("columns") or [])
    stated = [re.search(r"[(（]([^()（）]+)[)）]$", str(c)) for c in columns]
    headers = [rescaled(m.group(1)) if m and header_unit(f"({m.group(1)})") else None for m in stated]
    unit = table.get("unit")
    if isinstance(unit, str) and " / " in unit:  # 元 / %: a unit for each column
        parts = [rescaled(u.strip()) for u in unit.split(" / ")]
        unit = " / ".join(p or u.strip() for p, u in zip(parts, unit.split(" / "))) if any(parts) else None
    else:
        unit = rescaled(unit)
    if unit is None and not any(headers):
        return None
    columns = [str(c)[:m.start(1)] + h + str(c)[m.end(1):] if m and h else c for c, m, h in zip(columns, stated, headers)]
    return dict(table, unit=unit or table.get("unit"), columns=columns or table.get("columns"))


def _fails_without_table_units(spec: Path, folder: Path) -> bool:
    """Whether verify fails the spec with the table-unit rules switched off: a prose figure
    prints its unit beside it, so a scale error there fails without them."""
    from unittest import mock

    with mock.patch("charts.article.verify.conflicts", lambda *args, **kwargs: False):
        return any(c.status in {"missing", "relabelled"} for c in _verify(spec, folder))


def measure(corpus: Path, split: str, tamper: bool = True, units: bool = False) -> Tally:
    from charts.errors import ChartsError

    tally = Tally()
    with tempfile.TemporaryDirectory() as work:
        spec = Path(work) / "table.yaml"
        for name, text, key_path in articles(corpus, split):
            key = load_yaml(key_path.read_text(encoding="utf-8")) or {}
            for t, whole in enumerate(key.get("tables") or []):
                rows = _usable(whole.get("rows"))
                for table, rows in parts(whole, rows) if rows else ():
                    spec.write_text(spec_text(table, text.name, rows), encoding="utf-8")
                    try:
                        checks = [c for c in _verify(spec, text.parent) if c.field[:1] == ("data",)]
                    except ChartsError as exc:
                        # a table no spec can hold is a table verify did not find: its figures count
                        tally.broken.append(f"{name}#{t}: {exc.problems[0]}")
                        tally.figures += sum(len(r) - 1 for r in rows)
                        continue
                    tally.figures += len(checks)
                    tally.found += sum(c.status == "found" for c in checks)
                    tally.misses += [f"{name}#{t}: {c.what}: {c.status}" for c in checks if c.status != "found"]
                    other = _rescaled_table(table) if units and all(c.status == "found" for c in checks) else None
                    if other:
                        spec.write_text(spec_text(other, text.name, rows), encoding="utf-8")
                        failed = any(c.status in {"missing", "relabelled"} for c in _verify(spec, text.parent))
                        tally.scaled += 1
                        tally.scaled_caught += failed
                        tally.scaled_by_tables += failed and not _fails_without_table_units(spec, text.parent)
                        if not failed:
                            tally.scaled_slipped.append(f"{name}#{t}: {table.get('unit')} as {other.get('unit')} "
                                                        f"({', '.join(map(str, other.get('columns') or []))})")
                    if not tamper:
                        continue
                    for what, changed in tamperings(rows):
                        spec.write_text(spec_text(table, text.name, changed), encoding="utf-8")
                        try:
                            failed = any(c.status in {"missing", "relabelled"} for c in _verify(spec, text.parent))
                        except ChartsError:
                            failed = True
                        tally.tampered += 1
                        tally.caught += failed
                        if not failed:
                            tally.slipped.append(f"{name}#{t}: {what}")
    return tally


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus")
    parser.add_argument("--split", choices=[*ALL, "both"], default="both")
    parser.add_argument("--misses", action="store_true", help="list every figure not found and every slip")
    parser.add_argument("--no-tamper", action="store_true", help="only the share of figures found")
    parser.add_argument("--units", action="store_true",
                        help="also give each table whose figures are found its unit at another scale")
    parser.add_argument("--json", action="store_true")
    args = parser.parse_args(argv)
    corpus = find_corpus(args.corpus)
    splits = ALL if args.split == "both" else (args.split,)
    if corpus is None:
        print("no corpus here (../shared/corpus, --corpus or $CHARTS_CORPUS): dev and held-out not measured")
        splits = tuple(s for s in splits if s == "own")
    results = {}
    for split in splits:
        tally = measure(corpus, split, not args.no_tamper, args.units)
        results[split] = tally
        if not args.json:
            share = tally.found / tally.figures if tally.figures else 0.0
            print(f"{split:9} found {tally.found}/{tally.figures} ({share:.1%}); tampered specs failed "
                  f"{tally.caught}/{tally.tampered}; tables not verifiable {len(tally.broken)}")
            if args.units:
                print(f"{split:9} tables given their unit at another scale, failed {tally.scaled_caught}/{tally.scaled} "
                      f"({tally.scaled_by_tables} only by the unit a table states, the rest by the unit printed "
                      f"beside the figure)")
            if args.misses:
                for line in tally.broken + tally.misses + [f"slipped: {s}" for s in tally.slipped] + \
                        [f"scaled: {s}" for s in tally.scaled_slipped]:
                    print("   ", line)
    if args.json:
        print(json.dumps({s: {"figures": t.figures, "found": t.found, "tampered": t.tampered, "caught": t.caught,
                              "misses": t.misses, "slipped": t.slipped, "broken": t.broken}
                          for s, t in results.items()}, ensure_ascii=False, indent=2))
    return 0


if __name__ == "__main__":
    sys.exit(main())

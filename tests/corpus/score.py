"""The corpus scorer: how many of the figures the answer keys hold `charts extract` finds.

    python tests/corpus/score.py [--corpus DIR] [--split dev|held-out|both] [--json]
                                 [--show-misses dev|held-out] [--via auto|library|cli]

Runs the real extract on every text of ../shared/corpus (dev/ = odd numbers, held-out/ = even)
and compares its drafts with the NN-slug.key.yaml answer keys. Prints a table per dev article,
a summary per split, and last a line per split; with the default --split both the last line is
exactly `held-out: recall R precision P (N pairs, M articles)`. --json prints the same figures
as JSON instead. Without the corpus (the repository is cloned beside a shared/ folder, found as
../shared/corpus, or --corpus, or $CHARTS_CORPUS) it says so and exits 0.

How extract is run: in this process (`charts.article.extract.extract` on
`charts.article.read.read_article`, each draft written by `charts.article.drafts.draft_yaml`)
when those import and work, else `charts extract FILE -o TMPDIR` in a subprocess, one fresh
temporary folder per text; either way the draft YAML is read back and scored, so both paths
score exactly what an editor would get. --via forces one path.

Held-out texts are scored, never tuned on: their contents are never printed or stored (drafts
go to temporary folders, deleted after reading), and their per-article scores and the labels of
their missed key pairs are shown only with --show-misses held-out. Draft labels of held-out
texts (words of the text) are never shown, not even then.

MATCHING RULES

Pairs. Every key row gives one pair (label, value, unit) per non-empty value cell; where the
row holds several values, the pair's label is the row label followed by its column header (a
row [第一产业, 13.2, 12.4] under [产业, 2023, 2024] gives 第一产业 2023 -> 13.2 and 第一产业 2024
-> 12.4). Drafts give pairs the same way from data.columns / data.rows. A key's value of null
gives no pair.

Units of a pair. A table unit written "A / B" with as many parts as value columns gives one
unit per column (万元 / % under [产业, 增加值(万元), 同比增长(%)]). Otherwise, in a table with
several value columns, a column header ending in "(X)", X a unit word (亿元, 万人, %, 个百分点, 立方米/人…;
not 六普), or ending in "%" sets that column's unit (绝对数(亿元), 比上年增长%). Otherwise the
table's unit. A draft's unit mapping (category -> unit) is looked up by row label, then by
column header; a missing entry is "".

Units are equal after: NFKC (％ -> %, full width -> half width), Traditional folded to
Simplified, spaces removed, a parenthesised qualifier dropped (萬元(新臺幣) -> 万元). A leading
万亿 / 亿 / 万 is a scale, not part of the unit: two number pairs whose units differ only in
scale match when their values agree after scaling (key 2875.30 万人 = draft 28753000 人 =
draft 2875.3 万人), so a draft that folds 万 into the value is not penalised when the number
is right. Nothing else converts: 个百分点 and % differ, 人 and 人次 differ, 万人 and 万户 differ.

Values are equal as numbers (Decimal from the YAML text, so 2875.30 = 2875.3; "1,234" parses
as 1234). A value that is not a number (an approximate figure "600多", "超过三成") is compared
as a string after NFKC and Traditional folding, and its unit must then be equal including
scale.

Labels match when, after NFKC, Traditional folded to Simplified (by OpenCC, as
charts.article.read.folded folds an article), ASCII lower-cased and every space and
punctuation character removed (Unicode categories P* and Z*), neither is empty and one
contains the other, or the characters they share (as multisets) are at least 60% of the
shorter label. So 回答一般 ~ 一般,
服装、鞋帽类 ~ 服装鞋帽类, 第一产业上年2023 ~ 第一产业2023年; 非常期待 !~ 比较期待 (2 of 4).

One key pair matches at most one draft pair and one draft pair at most one key pair: among all
(key pair, draft pair) whose value and unit agree and whose labels match, the best label score
(share of the shorter, then share of the longer) is taken first; ties go to the draft holding
the most such candidates from the key pair's table, then to the earlier key row and to the
draft whose file name sorts first.

Per article: precision = matched / draft pairs, recall = matched / key pairs. Per split the
counts are summed over its articles first (micro averages), so a long table weighs its pairs.

Tables. A key table corresponds to the draft sharing most matched pairs with it, one draft per
key table and one key table per draft (greedy on the shared count, largest first), so a draft
that merges two key tables corresponds to one of them only. "Right table" is the share of
matched pairs whose draft is the one corresponding to their key table. Kind and question
accuracy are over key tables that have a corresponding draft: the draft's kind must be in the
set the key's kind maps to (KIND_SETS below), its question (single / multi / none) equal to the
key's. A false draft is a draft with no matched pair at all.

Missed pairs, by why (totals only, held-out too: the pairs themselves are never shown for
held-out): drafted under a label that does not match (an unmatched draft pair has the value
and unit), drafted in another unit (an unmatched draft pair has the number, or the key's number
scaled, with another unit), or not drafted at all. Of the first, how many the draft labels by
the key's row label alone, where the key's label adds its column's header (第一产业 绝对数(万元)
drafted as 第一产业增加值 in a draft of levels): the same figure, in a table cut another way.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time
import unicodedata
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from pathlib import Path

import yaml

HERE = Path(__file__).resolve()
REPO = HERE.parents[2]
DEFAULT_CORPUS = HERE.parents[3] / "shared" / "corpus"
SPLITS = ("dev", "held-out")  # the shared corpus's halves
# Texts of our own, written the corpus's way from real pages (tests/corpus/own/README.md): tuned on,
# like dev, and in the repository, so they are scored without the shared corpus too.
OWN = HERE.parent / "own"
ALL = ("dev", "own", "held-out")  # held-out last: the scorer's last line is its

# Key kind -> the chart kinds charts draws it with. `comparison` (groups set against each
# other, not parts of a whole) is not in issue 13's list: bar, or column.
KIND_SETS = {
    "composition": {"donut", "stacked", "bar"},
    "comparison": {"bar", "column"},
    "multi_select": {"bar"},
    "time_series": {"line", "column"},
    "two_periods": {"grouped"},
    "table": {"grouped"},
    "single_value": {"figures"},
}
LABEL_SHARE = 0.6
SCALES = (("万亿", Decimal(10) ** 12), ("亿", Decimal(10) ** 8), ("万", Decimal(10) ** 4))



# --- reading YAML: numbers as Decimal, exactly as written -------------------------------------

class _DecimalLoader(yaml.SafeLoader):
    """Floats as Decimal from their text (2875.30 stays 2875.30, 0.1 is not 0.1000000001)."""


def _decimal(loader, node):
    text = loader.construct_scalar(node).replace("_", "")
    try:
        value = Decimal(text)
    except InvalidOperation:
        return text  # .inf, .nan: not a figure a key or a draft should hold
    return value if value.is_finite() else text


_DecimalLoader.add_constructor("tag:yaml.org,2002:float", _decimal)


def load_yaml(text: str):
    return yaml.load(text, Loader=_DecimalLoader)


# --- normalisation ------------------------------------------------------------------------------

def fold(text: str) -> str:
    """NFKC, Traditional folded to Simplified, spaces removed."""
    return "".join(_simplified(unicodedata.normalize("NFKC", str(text))).split())


def _simplified(text: str) -> str:
    """Traditional folded to Simplified the way the article reader folds it (OpenCC, one
    character for one), imported on first use so that --help needs no charts."""
    from charts.article.read import folded

    return folded(text)


def label_key(text) -> str:
    """A label for comparison: folded, ASCII lower-cased, no spaces or punctuation."""
    return "".join(ch for ch in fold("" if text is None else text).lower()
                   if not unicodedata.category(ch).startswith(("P", "Z")))


def unit_parts(unit) -> tuple[Decimal, str]:
    """(scale, base unit): 万人 -> (10000, 人), 萬元(新臺幣) -> (10000, 元), % -> (1, %)."""
    text = re.sub(r"\([^()]*\)", "", fold(unit or ""))
    for prefix, scale in SCALES:
        if text.startswith(prefix):
            return scale, text[len(prefix):]
    return Decimal(1), text


def value_of(cell) -> Decimal | str | None:
    """A number as Decimal; an approximate figure as its folded string; None for no value."""
    if cell is None or isinstance(cell, bool):
        return None if cell is None else str(cell)
    if isinstance(cell, (int, Decimal)):
        return Decimal(cell)
    if isinstance(cell, float):
        return Decimal(repr(cell))
    text = fold(cell)
    if not text:
        return None
    try:
        number = Decimal(text.replace(",", ""))
    except InvalidOperation:
        return text
    return number if number.is_finite() else text


def label_score(a: str, b: str) -> tuple[float, float] | None:
    """(share of the shorter, share of the longer) when two label keys match, else None."""
    if not a or not b:
        return None
    short, long_ = sorted((a, b), key=len)
    shared = len(short) if short in long_ else sum((Counter(short) & Counter(long_)).values())
    if shared < LABEL_SHARE * len(short):
        return None
    return shared / len(short), shared / len(long_)


# --- pairs --------------------------------------------------------------------------------------

@dataclass
class Pair:
    table: int  # index of the key table or draft it belongs to
    row: int
    label: str  # as written (row label, then the column header where there are several)
    value: Decimal | str
    unit: str  # as written
    key: str = ""  # label_key(label)
    scale: Decimal = Decimal(1)
    base: str = ""
    row_label: str = ""  # the row's label alone, where the label adds a column header

    def __post_init__(self):
        self.key = label_key(self.label)
        self.scale, self.base = unit_parts(self.unit)

    def agrees(self, other: Pair) -> bool:
        """Same value and unit, scale allowed for numbers."""
        if isinstance(self.value, Decimal) and isinstance(other.value, Decimal):
            return self.base == other.base and self.value * self.scale == other.value * other.scale
        if isinstance(self.value, str) and isinstance(other.value, str):
            return (self.base, self.scale, self.value) == (other.base, other.scale, other.value)
        return False

    def shown(self) -> str:
        return f"{self.label} = {self.value}{'' if self.unit in ('', None) else ' ' + str(self.unit)}"


_UNIT_WORD = re.compile(r"(万亿|亿|万|千|百)?(%|‰|个百分点|百分点|元|人次|人|户|吨|公顷|亩|立方米|平方米|平方公里|公里|千米|千克|"
                        r"克|个|家|所|辆|台|件|次|天|小时|分钟|年|岁|分)(/(人|户|年|月|天|日|亩|公顷))?")  # 立方米/人, 元/月


def _header_unit(header) -> str | None:
    """The unit a column header states: 绝对数(亿元) -> 亿元, 比上年增长% -> %; 2010年(六普) -> None."""
    text = unicodedata.normalize("NFKC", str(header or "")).strip()
    found = re.search(r"\(([^()]+)\)$", text)
    if found and _UNIT_WORD.fullmatch(fold(found.group(1))):
        return found.group(1)
    return "%" if text.endswith("%") else None


def table_pairs(table: dict, index: int) -> list[Pair]:
    """The (label, value, unit) pairs of a key table or a draft's data (same shapes)."""
    data = table.get("data") if isinstance(table.get("data"), dict) else table
    rows = data.get("rows") or []
    columns = list(data.get("columns") or [])
    unit = table.get("unit", "")
    width = max((len(r) for r in rows if isinstance(r, list)), default=2) - 1
    per_column = None
    if isinstance(unit, str) and " / " in unit and len(unit.split(" / ")) == width:
        per_column = [u.strip() for u in unit.split(" / ")]
    pairs = []
    for r, row in enumerate(rows):
        if not isinstance(row, list) or not row:
            continue
        label = "" if row[0] is None else str(row[0])
        for c, cell in enumerate(row[1:], start=1):
            value = value_of(cell)
            if value is None:
                continue
            header = str(columns[c]) if c < len(columns) and columns[c] is not None else ""
            if isinstance(unit, dict):
                pair_unit = unit.get(label, unit.get(header, ""))
            elif per_column:
                pair_unit = per_column[c - 1]
            elif width > 1 and _header_unit(header) is not None:
                pair_unit = _header_unit(header)
            else:
                pair_unit = unit or ""
            shown = f"{label} {header}" if width > 1 else label
            pairs.append(Pair(index, r, shown, value, str(pair_unit), row_label=label if width > 1 else ""))
    return pairs


def match_pairs(key: list[Pair], found: list[Pair]) -> list[tuple[int, int]]:
    """One-to-one (key index, found index) matches: greedy on label score (see the rules)."""
    candidates = []
    for k, kp in enumerate(key):
        for f, fp in enumerate(found):
            if kp.agrees(fp):
                score = label_score(kp.key, fp.key)
                if score is not None:
                    candidates.append((score, k, f))
    affinity = Counter((key[k].table, found[f].table) for _, k, f in candidates)
    candidates.sort(key=lambda c: (-c[0][0], -c[0][1], -affinity[key[c[1]].table, found[c[2]].table], c[1], c[2]))
    used_k, used_f, matches = set(), set(), []
    for _, k, f in candidates:
        if k not in used_k and f not in used_f:
            used_k.add(k)
            used_f.add(f)
            matches.append((k, f))
    return sorted(matches)


# --- one article --------------------------------------------------------------------------------

@dataclass
class Draft:
    name: str
    spec: dict


@dataclass
class ArticleScore:
    name: str
    split: str
    key_pairs: int = 0
    found_pairs: int = 0
    matched: int = 0
    right_table: int = 0
    key_tables: int = 0
    drafts: int = 0
    matched_tables: int = 0
    kind_right: int = 0
    question_right: int = 0
    false_drafts: int = 0
    # why a key pair was missed: its value and unit drafted under a label that does not match,
    # its number drafted in another unit, or nowhere in the drafts
    missed_label: int = 0
    missed_row: int = 0  # of those, drafted under the key's row label alone (the table cut another way)
    missed_unit: int = 0
    missed_absent: int = 0
    error: str | None = None
    misses: list[str] = field(default_factory=list)  # key pairs not found (labels from the key)
    extras: list[str] = field(default_factory=list)  # draft pairs matching no key pair (dev only)
    wrong_kind: list[str] = field(default_factory=list)

    @property
    def precision(self) -> float:
        return self.matched / self.found_pairs if self.found_pairs else 0.0

    @property
    def recall(self) -> float:
        return self.matched / self.key_pairs if self.key_pairs else 0.0


def score_article(name: str, split: str, key: dict, drafts: list[Draft], error: str | None = None) -> ArticleScore:
    tables = [t for t in key.get("tables") or [] if isinstance(t, dict)]
    kp = [p for i, t in enumerate(tables) for p in table_pairs(t, i)]
    fp = [p for i, d in enumerate(drafts) for p in table_pairs(d.spec, i)]
    matches = match_pairs(kp, fp)
    shared = Counter((kp[k].table, fp[f].table) for k, f in matches)
    corresponds: dict[int, int] = {}
    taken = set()
    for (t, d), _ in sorted(shared.items(), key=lambda item: (-item[1], item[0])):
        if t not in corresponds and d not in taken:
            corresponds[t] = d
            taken.add(d)
    score = ArticleScore(name, split, key_pairs=len(kp), found_pairs=len(fp), matched=len(matches),
                         key_tables=len(tables), drafts=len(drafts), matched_tables=len(corresponds), error=error)
    score.right_table = sum(corresponds.get(kp[k].table) == fp[f].table for k, f in matches)
    for t, d in corresponds.items():
        kind, question = drafts[d].spec.get("kind"), drafts[d].spec.get("question", "none")
        score.kind_right += kind in KIND_SETS.get(tables[t].get("kind"), set())
        score.question_right += question == tables[t].get("question")
        if kind not in KIND_SETS.get(tables[t].get("kind"), set()):
            score.wrong_kind.append(f"{tables[t].get('title')}: key {tables[t].get('kind')}, draft {kind}")
    with_match = {fp[f].table for _, f in matches}
    score.false_drafts = sum(i not in with_match for i in range(len(drafts)))
    matched_k, matched_f = {k for k, _ in matches}, {f for _, f in matches}
    score.misses = [f"[{tables[p.table].get('title')}] {p.shown()}" for i, p in enumerate(kp) if i not in matched_k]
    spare = [p for i, p in enumerate(fp) if i not in matched_f]
    for p in (p for i, p in enumerate(kp) if i not in matched_k):
        if any(p.agrees(q) for q in spare):
            score.missed_label += 1
            score.missed_row += bool(p.row_label) and any(
                p.agrees(q) and label_score(label_key(p.row_label), q.key) is not None for q in spare)
        elif isinstance(p.value, Decimal) and any(
                isinstance(q.value, Decimal) and q.value in (p.value, p.value * p.scale) for q in spare):
            score.missed_unit += 1
        else:
            score.missed_absent += 1
    if split != "held-out":  # draft labels are words of the text: never shown for held-out
        score.extras = [f"[{drafts[p.table].name}] {p.shown()}" for i, p in enumerate(fp) if i not in matched_f]
    return score


# --- running extract ----------------------------------------------------------------------------

def _library():
    """extract(path) -> [(name, yaml text)] through the package, or None when it does not import."""
    try:
        from charts.article.drafts import draft_yaml
        from charts.article.extract import extract
        try:
            from charts.article.read import read_article
        except ImportError:
            from charts.article.verify import read_article
    except Exception:  # noqa: BLE001 - any failure to import means: use the command line
        return None

    def run(path: Path) -> list[tuple[str, str]]:
        return [(d.name, draft_yaml(d, str(path), "spec.schema.json")) for d in extract(read_article(path))]

    return run


def _command() -> list[str]:
    """How to start `charts` from here: this interpreter if it has the package, else the venv."""
    import importlib.util

    if importlib.util.find_spec("charts") is not None:
        return [sys.executable, "-m", "charts"]
    venv = REPO / ".venv" / "bin" / "python"
    if venv.exists():
        return [str(venv), "-m", "charts"]
    found = shutil.which("charts")
    if found:
        return [found]
    raise SystemExit("score.py: cannot find charts (install it: pip install -e .)")


def _run_cli(path: Path, command: list[str]) -> tuple[list[tuple[str, str]], str | None]:
    with tempfile.TemporaryDirectory(prefix="charts-score-") as tmp:
        out = Path(tmp) / "drafts"
        done = subprocess.run([*command, "extract", str(path), "-o", str(out)], check=False, capture_output=True,
                              text=True, cwd=REPO, timeout=120)
        files = sorted(out.glob("*.yaml")) if out.is_dir() else []
        texts = [(f.stem, f.read_text(encoding="utf-8")) for f in files]
    if done.returncode != 0 and not (done.returncode == 1 and not texts):  # 1 with no file: no table found
        tail = (done.stderr.strip().splitlines() or ["?"])[-1]
        return texts, f"charts extract exited {done.returncode}: {tail}"
    return texts, None


def run_extract(paths: list[Path], via: str = "auto") -> dict[Path, tuple[list[Draft], str | None, str]]:
    """Drafts per text: {path: (drafts, error or None, 'library' or 'cli')}."""
    library = _library() if via in ("auto", "library") else None
    if via == "library" and library is None:
        raise SystemExit("score.py: --via library: charts.article.extract does not import")
    results: dict[Path, tuple[list[Draft], str | None, str]] = {}
    pending = []
    for path in paths:
        if library is None:
            pending.append(path)
            continue
        try:
            texts = library(path)
        except Exception as exc:  # noqa: BLE001 - a failing library path falls back to the CLI
            if via == "library":
                results[path] = ([], f"extract raised {type(exc).__name__}", "library")
                continue
            pending.append(path)
            continue
        results[path] = (_parse(texts), None, "library")
    if pending:
        command = _command()
        with ThreadPoolExecutor(max_workers=max(1, min(2, os.cpu_count() or 1))) as pool:
            for path, (texts, error) in zip(pending, pool.map(lambda p: _run_cli(p, command), pending)):
                results[path] = (_parse(texts), error, "cli")
    return results


def _parse(texts: list[tuple[str, str]]) -> list[Draft]:
    """Drafts by file name, so both paths hand the matcher the same order (its last tie-break)."""
    drafts = []
    for name, text in sorted(texts):
        try:
            spec = load_yaml(text)
        except yaml.YAMLError:
            spec = None
        drafts.append(Draft(name, spec if isinstance(spec, dict) else {}))
    return drafts


# --- the corpus ---------------------------------------------------------------------------------

def find_corpus(given: str | None = None) -> Path | None:
    for candidate in (given, os.environ.get("CHARTS_CORPUS"), DEFAULT_CORPUS):
        if candidate:
            path = Path(candidate).expanduser()
            return path if (path / "dev").is_dir() or (path / "held-out").is_dir() else None
    return None


def articles(corpus: Path, split: str) -> list[tuple[str, Path, Path]]:
    """(name, text, key) of a split, in order."""
    found = []
    for key in sorted((OWN if split == "own" else corpus / split).glob("*.key.yaml")):
        name = key.name[: -len(".key.yaml")]
        text = key.with_name(name + ".txt")
        if text.exists():
            found.append((name, text, key))
    return found


def score(corpus: Path, splits=SPLITS, via: str = "auto") -> dict[str, list[ArticleScore]]:
    """Every article of the splits scored: {split: [ArticleScore]}."""
    todo = {split: articles(corpus, split) for split in splits}
    drafts = run_extract([text for items in todo.values() for _, text, _ in items], via)
    scores = {}
    for split, items in todo.items():
        scores[split] = []
        for name, text, key in items:
            found, error, _ = drafts[text]
            if error and split == "held-out":  # an error message may quote the text: keep its first words
                error = error.split(":")[0]
            key_doc = load_yaml(key.read_text(encoding="utf-8")) or {}
            scores[split].append(score_article(name, split, key_doc, found, error))
    return scores


def summary(scores: list[ArticleScore]) -> dict:
    total = {f: sum(getattr(s, f) for s in scores) for f in (
        "key_pairs", "found_pairs", "matched", "right_table", "key_tables", "drafts", "matched_tables",
        "kind_right", "question_right", "false_drafts", "missed_label", "missed_row", "missed_unit",
        "missed_absent")}

    def share(a, b):
        return round(a / b, 4) if b else 0.0

    return {
        "articles": len(scores),
        **total,
        "recall": share(total["matched"], total["key_pairs"]),
        "precision": share(total["matched"], total["found_pairs"]),
        "right_table_share": share(total["right_table"], total["matched"]),
        "kind_accuracy": share(total["kind_right"], total["matched_tables"]),
        "question_accuracy": share(total["question_right"], total["matched_tables"]),
        "errors": sum(s.error is not None for s in scores),
    }


def final_line(split: str, figures: dict) -> str:
    return (f"{split}: recall {figures['recall']:.2f} precision {figures['precision']:.2f} "
            f"({figures['key_pairs']} pairs, {figures['articles']} articles)")


# --- output -------------------------------------------------------------------------------------

def _row(s: ArticleScore) -> str:
    def frac(a, b):
        return f"{a}/{b}"

    return (f"{s.name[:34]:<34} {s.key_pairs:>4} {s.found_pairs:>5} {s.matched:>5} {s.precision:>5.2f} "
            f"{s.recall:>5.2f} {frac(s.right_table, s.matched):>7} {frac(s.kind_right, s.matched_tables):>6} "
            f"{frac(s.question_right, s.matched_tables):>6} {frac(s.false_drafts, s.drafts):>6}"
            + (f"  ERROR {s.error}" if s.error else ""))


HEADER = (f"{'article':<34} {'key':>4} {'found':>5} {'match':>5} {'P':>5} {'R':>5} {'tables':>7} {'kind':>6} "
          f"{'quest':>6} {'false':>6}")


def text_report(scores: dict[str, list[ArticleScore]], show: set[str], elapsed: float) -> str:
    out = []
    for split, items in scores.items():
        figures = summary(items)
        out.append(f"== {split} ({figures['articles']} articles) ==")
        if split != "held-out" or split in show:
            out.append(HEADER)
            for s in items:
                out.append(_row(s))
                if split in show:
                    out += [f"    miss  {m}" for m in s.misses]
                    out += [f"    extra {m}" for m in s.extras]
                    out += [f"    kind  {m}" for m in s.wrong_kind]
        out.append(
            f"{split}: {figures['key_pairs']} key pairs in {figures['key_tables']} tables; "
            f"{figures['found_pairs']} draft pairs in {figures['drafts']} drafts; {figures['matched']} matched")
        out.append(
            f"{split}: right table {figures['right_table_share']:.2f} ({figures['right_table']}/{figures['matched']}), "
            f"kind {figures['kind_accuracy']:.2f} and question {figures['question_accuracy']:.2f} "
            f"({figures['kind_right']} and {figures['question_right']} of {figures['matched_tables']} matched tables), "
            f"false drafts {figures['false_drafts']}/{figures['drafts']}, extract errors {figures['errors']}")
        out.append(
            f"{split}: missed pairs {figures['key_pairs'] - figures['matched']}: {figures['missed_absent']} not drafted, "
            f"{figures['missed_label']} drafted under a label that does not match ({figures['missed_row']} of them "
            f"under the key's row label, where its label adds the column's header), "
            f"{figures['missed_unit']} drafted in another unit")
        out.append("")
    out.append(f"scored in {elapsed:.1f} s")
    out += [final_line(split, summary(items)) for split, items in scores.items()]
    return "\n".join(out)


def json_report(scores: dict[str, list[ArticleScore]], show: set[str], elapsed: float) -> str:
    report = {"seconds": round(elapsed, 2), "splits": {}}
    for split, items in scores.items():
        entry = {"summary": summary(items)}
        if split != "held-out" or split in show:
            entry["articles"] = []
            for s in items:
                row = {f: getattr(s, f) for f in (
                    "name", "key_pairs", "found_pairs", "matched", "right_table", "key_tables", "drafts",
                    "matched_tables", "kind_right", "question_right", "false_drafts", "error")}
                row.update(precision=round(s.precision, 4), recall=round(s.recall, 4))
                if split in show:
                    row.update(misses=s.misses, extras=s.extras, wrong_kind=s.wrong_kind)
                entry["articles"].append(row)
        report["splits"][split] = entry
    return json.dumps(report, ensure_ascii=False, indent=2)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--corpus", help="the corpus folder (default: $CHARTS_CORPUS or ../shared/corpus)")
    parser.add_argument("--split", choices=("dev", "own", "held-out", "both"), default="both",
                        help="both (the default): dev, own and held-out, held-out last")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON")
    parser.add_argument("--show-misses", action="append", choices=ALL, default=[],
                        help="list missed key pairs (and, for dev, unmatched draft pairs) of this split")
    parser.add_argument("--via", choices=("auto", "library", "cli"), default="auto",
                        help="run extract in this process or as `charts extract -o` (default: library if it imports)")
    args = parser.parse_args(argv)
    corpus = find_corpus(args.corpus)
    splits = ALL if args.split == "both" else (args.split,)
    if corpus is None:
        print(f"score.py: dev and held-out skipped: no corpus at "
              f"{args.corpus or os.environ.get('CHARTS_CORPUS') or DEFAULT_CORPUS} (give --corpus DIR or set CHARTS_CORPUS)")
        splits = tuple(s for s in splits if s == "own")
        if not splits:
            return 0
    start = time.perf_counter()
    scores = score(corpus, splits, args.via)
    elapsed = time.perf_counter() - start
    report = json_report if args.json else text_report
    print(report(scores, set(args.show_misses), elapsed))
    return 0


if __name__ == "__main__":
    sys.exit(main())

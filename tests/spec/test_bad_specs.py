"""Hostile and broken input: a corpus of bad specs (tests/spec/bad_specs/, plus two too large to
commit, made here), each with the exact lines an editor sees. One run holds them all and a
few good specs: every problem is one located line, no traceback, exit code 1, and the good
charts are still rendered."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

from charts import messages as msg
from charts.cli import cli
from tests.conftest import MINIMAL

CORPUS = Path(__file__).parent / "bad_specs"
GOOD = MINIMAL.format(kind="bar", question="single").lstrip()

EXPECTED = [  # sorted, as the test sorts what it sees
    'bad/01-tab-indent.yaml:15:1: a tab character is used for indentation: indent with spaces',
    "bad/02-bad-indent.yaml:7:4: this is not valid YAML: expected <block end>, but found '<block mapping start>'",
    "bad/03-unclosed-quote.yaml:4:8: this is not valid YAML: found character '%' that cannot start any token (the quote opened on line 1 is not closed)",
    'bad/04-duplicate-key.yaml:16:1: title: `title` is given twice: keep one',
    'bad/05-anchor-alias.yaml:14:9: anchors (&) and aliases (*) are not allowed in a spec: write the value out',
    'bad/06-alias-bomb.yaml:1:4: anchors (&) and aliases (*) are not allowed in a spec: write the value out',
    'bad/07-yaml11-no.yaml:12:8: data.rows[4][0]: `NO` is ambiguous (old YAML reads it as true/false): write "NO" in quotes for text, or true/false',
    'bad/08-yaml11-on.yaml:3:11: question: `on` is ambiguous (old YAML reads it as true/false): write "on" in quotes for text, or true/false',
    'bad/09-octal.yaml:13:14: sample_size: `010` has a leading zero (old YAML reads it as an octal number): write "010" in quotes for a label, or drop the zero',
    'bad/10-base60.yaml:4:7: unit: `1:20` would be read as a base-60 number: write "1:20" in quotes',
    'bad/11-version-label.yaml:12:8: data.rows[4][0]: a category label must be text, got 3.10: write it in quotes',
    'bad/12-typo-key.yaml:1:1: titel: unknown key `titel` (did you mean `title`?): remove it or fix the spelling',
    'bad/12-typo-key.yaml:1:1: title: required field is missing: add `title:`',
    'bad/13-typo-nested.yaml:15:3: source.publisher: unknown key `publisher`: remove it or fix the spelling',
    'bad/13-typo-nested.yaml:15:3: source: required field is missing: add `publication:`',
    'bad/14-missing-title.yaml:1:1: title: required field is missing: add `title:`',
    'bad/15-missing-source.yaml:1:1: source: required field is missing: add `source:`',
    'bad/16-missing-data.yaml:1:1: data: required field is missing: add `data:`',
    'bad/17-percent-in-value.yaml:11:15: data.rows[3][1]: expected a number, got "7.1%": write the number alone (21.6) and the unit in `unit:`; an approximate figure is written as the article words it (600多, 300多万, 七成以上, 三分之一)',
    'bad/18-list-for-mapping.yaml:14:9: source: expected a mapping (`key: value` lines), got a list',
    'bad/19-mapping-for-list.yaml:16:8: notes: expected a list (`[a, b]` or one `- item` per line), got a mapping',
    'bad/20-empty.yaml: the file is empty: start from `charts new NAME --kind bar`',
    'bad/21-only-comments.yaml: the file is empty: start from `charts new NAME --kind bar`',
    'bad/22-binary.yaml: this is not a text file: a spec is YAML text saved as UTF-8',
    'bad/23-gbk.yaml:1: the file is not UTF-8 (it looks like GBK/GB18030): save it as UTF-8 (in Notepad: Save As, Encoding UTF-8)',
    'bad/24-gb18030.yaml:1: the file is not UTF-8 (it looks like GBK/GB18030): save it as UTF-8 (in Notepad: Save As, Encoding UTF-8)',
    'bad/25-nan.yaml:12:12: data.rows[4][1]: NaN is not a finite number',
    'bad/26-infinity.yaml:12:12: data.rows[4][1]: Infinity is not a finite number',
    'bad/27-negative-share.yaml:12:12: data.rows[4][1]: error [negative-share]: a share cannot be negative (-0.9)',
    'bad/27-negative-share.yaml:8:5: data.rows: error [shares-sum]: single-choice shares sum to 98.3, not 100 (allowed: 99.75–100.25 for rounding): check the numbers against the article; if the article reports only some answers, add `remainder: unreported`',
    'bad/28-empty-rows.yaml:7:9: data.rows: the table has no rows: add at least one row',
    'bad/29-unequal-rows.yaml:10:7: data.rows[2]: the row has 3 cells but the header has 2 (年龄段、占比): make them match',
    'bad/30-duplicate-category.yaml:12:8: data.rows[4][0]: the category `90后` appears twice: each category once',
    'bad/31-ten-megabytes.yaml: the file is 10,517,794 bytes; a spec may be at most 1,000,000 bytes: put large tables in a CSV file (data.csv)',
    'bad/32-hundred-thousand-rows.yaml: data.csv: the data file `32-huge.csv` is larger than 1,000,000 bytes: a chart shows at most 60 rows, so keep only the rows it needs',
    'bad/33-csv-missing.yaml: data.csv: the data file `年龄.csv` does not exist next to the spec',
    "bad/34-csv-escapes.yaml: data.csv: `../secret.csv` is outside the spec's folder: put the CSV next to the spec and name it by its file name (or pass --allow-outside)",
    "bad/35-unknown-kind.yaml:2:7: kind: must be one of 'bar', 'column', 'stacked', 'donut', 'line', 'grouped' or 'figures', got 'pie'",
    "bad/36-bad-question.yaml:3:11: question: must be one of 'single', 'multi' or 'none', got 'several'",
    'bad/37-decimals-out-of-range.yaml:5:11: decimals: must be at most 4, got 9',
    'bad/38-negative-sample.yaml:13:14: sample_size: must be greater than 0, got -5',
    'bad/39-highlight-unknown.yaml:16:12: highlight: error [highlight]: `95后` is not a category of the table (categories: 00后、90后、80后、70后、其他)',
    'bad/40-donut-multi.yaml:2:7: kind: error [part-to-whole]: a donut chart shows parts of a whole, so it needs `question: single` (shares that sum to 100); use kind: bar for multi-choice answers',
    'bad/41-shares-97.yaml:8:5: data.rows: error [shares-sum]: single-choice shares sum to 97.0, not 100 (allowed: 99.75–100.25 for rounding): check the numbers against the article; if the article reports only some answers, add `remainder: unreported`',
    'bad/42-mixed-units-bar.yaml:4:7: unit: error [units]: the categories have different units (%、人): only a grouped chart (one panel per category) or figures can show them; one axis cannot',
    'bad/43-approximate-in-bar.yaml:12:12: data.rows[4][1]: error [approximate]: `不到1` is approximate; a bar chart cannot draw it to scale: give the exact figure, or use kind: figures',
    'bad/44-python-tag.yaml:1:8: the YAML tag !!python/object/apply:os.system is not allowed in a spec: remove it',
    'bad/45-top-level-list.yaml:1:1: a spec is a mapping of fields (title:, kind:, data: …)',
    'bad/46-figures-five.yaml:8:5: data.rows: error [figures]: a figures panel shows one to four numbers, the table has 5',
    'bad/47-missing-glyph.yaml:1:8: title: the font Noto Sans SC Bold has no glyph for “𠀀” (U+20000): replace the character or choose a font that has it (--font)',
    'bad/48-row-not-a-list.yaml:10:7: data.rows[2]: expected a list (`[a, b]` or one `- item` per line), got a mapping',
    'bad/49-unknown-top-level.yaml:16:1: colour: unknown key `colour`: remove it or fix the spelling',
    'bad/50-title-a-number.yaml:1:8: title: expected text, got 2021: write it in quotes',
    'bad/51-deep-nesting.yaml:13:16: data.rows[4][1][0][0][0][0]: lists and mappings are nested more than 8 deep here; a spec needs four at most (data > rows > row > cell): check the brackets',
    'bad/52-bell-in-note.yaml:17:9: notes[0]: contains U+0007, an invisible control character: delete it (retype the text if it was pasted)',
    'bad/53-range-in-cell.yaml:12:12: data.rows[4][1]: expected one number, got the range "0.5-1": a bar or point shows one figure; give each end its own row (下限, 上限) or put the range in `notes`',
]


@pytest.fixture(scope="module")
def run(tmp_path_factory):
    root = tmp_path_factory.mktemp("hostile")
    bad, good = root / "bad", root / "good"
    shutil.copytree(CORPUS, bad)
    good.mkdir()
    # Too large to commit: a 10 MB spec and a 100,000-row CSV.
    (bad / "31-ten-megabytes.yaml").write_text(GOOD + "notes:\n" + ("  - " + "很长的注释" * 200 + "\n") * 3500,
                                               encoding="utf-8")
    (bad / "32-huge.csv").write_text("类别,占比\n" + "".join(f"类别{i},1.0\n" for i in range(100000)),
                                     encoding="utf-8")
    (bad / "32-hundred-thousand-rows.yaml").write_text(
        GOOD.split("data:")[0] + "data:\n  csv: 32-huge.csv\n" + "sample_size" + GOOD.split("sample_size")[1],
        encoding="utf-8")
    # Accepted: UTF-8 with BOM and CRLF, a Chinese file name with a space.
    (good / "受访者 年龄.yaml").write_bytes(("\ufeff" + GOOD).replace("\n", "\r\n").encode("utf-8"))
    # Names that would collide in output/: the second is refused, the first renders.
    (good / "age split.yaml").write_text(GOOD, encoding="utf-8")
    (good / "age-split.yaml").write_text(GOOD, encoding="utf-8")
    runner = CliRunner()
    before = os.getcwd()
    os.chdir(root)
    try:
        result = runner.invoke(cli, ["render", "-j", "1", "bad", "good", "-o", "out", "--format", "png"])
    finally:
        os.chdir(before)
    return root, result


def test_each_bad_spec_gets_its_exact_lines(run):
    _, result = run
    seen = sorted(line for line in result.output.splitlines() if line.startswith("bad/"))
    assert seen == EXPECTED


def test_the_corpus_is_large_enough():
    files = {line.split(":")[0] for line in EXPECTED}
    assert len(files) >= 40


def test_no_traceback_and_exit_code_1(run):
    _, result = run
    assert result.exit_code == 1
    assert "Traceback" not in result.output and "Error:" not in result.output


def test_good_specs_still_render(run):
    root, result = run
    assert (root / "out" / "受访者-年龄" / "受访者-年龄.png").is_file()
    assert (root / "out" / "age-split" / "age-split.png").is_file()
    assert msg.NAME_COLLISION.format(name="age-split", other="good/age split.yaml") in result.output
    assert not any(p.name.startswith(("0", "1", "2", "3", "4", "5")) for p in (root / "out").iterdir())

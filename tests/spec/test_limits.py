"""Limits wherever text or rows grow the canvas, and messages safe for a terminal.

Every text a spec can put on a chart has a length, every list a count; a kind shows at most
the categories it can label; nesting is capped before PyYAML recurses; characters that break
XML or drive a terminal are refused, named by their code point; and every line an editor
reads shows control and bidi characters escaped, whatever path it took.
"""

from __future__ import annotations

import json
import os
import random
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from click.testing import CliRunner

from charts import messages as msg
from charts.errors import Problem, SpecError, printable
from charts.spec.loader import MAX_DEPTH, MAX_NUMBER
from charts.spec.model import LIMITS
from charts.spec.read import load_spec
from charts.spec.schema import spec_schema
from tests.conftest import MINIMAL, ROOT

GOOD = MINIMAL.format(kind="bar", question="single").lstrip()
RAW = "\x1b\x07\r\x9b\u202e\u2066"  # what must never reach a terminal unescaped


def problems(path: Path) -> list[str]:
    with pytest.raises(SpecError) as info:
        load_spec(path, "x.yaml")
    return [str(p) for p in info.value.problems]


def _spec(tmp_path: Path, text: str, name: str = "x.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- every field that reaches the canvas is bounded, and the schema says so ------------------

def _unbounded(schema: dict, where: str, definitions: dict) -> list[str]:
    if "$ref" in schema:
        return _unbounded(definitions[schema["$ref"].rsplit("/", 1)[1]], where, definitions)
    found = []
    for sub in schema.get("anyOf", []):
        found += _unbounded(sub, where, definitions)
    kind = schema.get("type")
    if kind == "string" and not {"maxLength", "enum", "const"} & set(schema):
        found.append(f"{where}: text without maxLength")
    if kind == "array":
        if "maxItems" not in schema:
            found.append(f"{where}: list without maxItems")
        found += _unbounded(schema.get("items", {}), f"{where}[]", definitions)
    if kind == "object":
        for name, sub in schema.get("properties", {}).items():
            found += _unbounded(sub, f"{where}.{name}", definitions)
        extra = schema.get("additionalProperties")
        if isinstance(extra, dict):
            if "maxProperties" not in schema:
                found.append(f"{where}: mapping without maxProperties")
            found += _unbounded(extra, f"{where}{{}}", definitions)
            found += _unbounded({"type": "string", **schema.get("propertyNames", {})}, f"{where} key", definitions)
    return found


def test_every_text_and_list_of_a_spec_has_a_limit_in_the_schema():
    schema = spec_schema()
    assert _unbounded(schema, "spec", schema["definitions"]) == []


LONG_FIELDS = [  # (YAML replacing the minimal spec's source, field, limit)
    ("source:\n  publication: {text}\n", "source.publication", LIMITS["publication"], 16, 16),
    ("source:\n  publication: 中国青年报\n  title: {text}\n", "source.title", LIMITS["headline"], 17, 10),
    ("source:\n  publication: 中国青年报\nreference: {{label: {text}, value: 5}}\n", "reference.label",
     LIMITS["reference"], 17, 20),
    ("source:\n  publication: 中国青年报\nalso_cited:\n  - {{rows: [其他], publication: 公报, note: {text}}}\n",
     "also_cited[0].note", LIMITS["note"], 18, 41),
    ("source:\n  publication: 中国青年报\nfont: {text}\n", "font", LIMITS["font"], 17, 7),
    ("source:\n  publication: 中国青年报\nhighlight: {text}\n", "highlight", 40, 17, 12),
]


@pytest.mark.parametrize("tail, field, limit, line, column", LONG_FIELDS, ids=[f[1] for f in LONG_FIELDS])
def test_a_text_past_its_limit_is_one_located_line(tmp_path, tail, field, limit, line, column):
    text = GOOD.replace("source:\n  publication: 中国青年报\n", tail.format(text="长" * (limit + 1)))
    assert problems(_spec(tmp_path, text)) == [f"x.yaml:{line}:{column}: {field}: " + msg.WANT_SHORTER.format(
        limit=limit, unit="characters")]


def test_a_unit_too_long_says_so_once_not_that_it_is_no_mapping(tmp_path):
    text = GOOD.replace('unit: "%"', "unit: " + "亿" * 13)
    assert problems(_spec(tmp_path, text)) == ["x.yaml:4:7: unit: " + msg.WANT_SHORTER.format(
        limit=LIMITS["unit"], unit="characters")]


def test_too_many_citations_and_notes_are_refused(tmp_path):
    cited = "also_cited:\n" + "  - {rows: [其他], publication: 公报}\n" * (LIMITS["citations"] + 1)
    notes = "notes: [" + ", ".join(["注"] * (LIMITS["notes"] + 1)) + "]\n"
    lines = problems(_spec(tmp_path, GOOD + cited + notes))
    assert lines == ["x.yaml:18:3: also_cited: " + msg.WANT_SHORTER.format(limit=LIMITS["citations"], unit="items"),
                     "x.yaml:23:8: notes: " + msg.WANT_SHORTER.format(limit=LIMITS["notes"], unit="items")]


def test_a_five_thousand_digit_number_is_refused_not_a_traceback(tmp_path):
    text = GOOD.replace("sample_size: 1151", "sample_size: 1" + "0" * 5000)
    assert problems(_spec(tmp_path, text)) == ["x.yaml:14:14: sample_size: " + msg.NUMBER_TOO_LONG.format(
        count=5001, limit=MAX_NUMBER)]


def test_a_long_value_echoed_in_a_message_is_cut_short(tmp_path):
    (line,) = problems(_spec(tmp_path, GOOD.replace("kind: bar", "kind: " + "p" * 5000)))
    assert line.endswith("got 'pppppppppppppppppppppppppppppppppppppppp…' (5,000 characters)")


# -- nesting: capped before PyYAML recurses; one bad spec never stops the others ------------

@pytest.mark.parametrize("deep, shown", [
    ("data: " + "[" * 2000 + "]" * 2000, "x.yaml:1:14: data[0][0][0][0][0][0][0]"),
    ("data: " + "{a: " * 2000 + "1" + "}" * 2000, "x.yaml:1:35: data.a.a.a.a.a.a.a"),
    ("data:\n  rows:\n    - " + "[" * 50 + "]" * 50, "x.yaml:3:12: data.rows[0][0][0][0][0][0]"),
], ids=["brackets", "flow-mappings", "in-rows"])
def test_deep_nesting_is_one_line_naming_where(tmp_path, deep, shown):
    assert problems(_spec(tmp_path, deep + "\n")) == [f"{shown}: " + msg.TOO_DEEP.format(limit=MAX_DEPTH)]


@pytest.mark.parametrize("command", ["check", "verify", "render"])
def test_a_deep_spec_does_not_stop_the_specs_after_it(tmp_path, command):
    specs = tmp_path / "specs"
    specs.mkdir()
    _spec(specs, "data: " + "[" * 3000 + "]" * 3000 + "\n", "a-deep.yaml")
    _spec(specs, GOOD, "b-good.yaml")
    args = [command, str(specs)] + (["-o", str(tmp_path / "out"), "--format", "png"] if command == "render" else [])
    done = subprocess.run([sys.executable, "-m", "charts", *args], capture_output=True, text=True, timeout=300,
                          cwd=tmp_path, env={**os.environ, "NO_COLOR": "1"})
    said = done.stdout + done.stderr
    assert "Traceback" not in said and "RecursionError" not in said, said
    assert msg.TOO_DEEP.format(limit=MAX_DEPTH) in said
    assert "b-good.yaml" in said or (tmp_path / "out" / "b-good" / "b-good.png").is_file(), said
    if command == "check":
        assert msg.CHECKED.format(name=str(specs / "b-good.yaml")) in said
    if command == "render":
        assert (tmp_path / "out" / "b-good" / "b-good.png").is_file(), said


# -- CSV: a 1 MB cell, long cells -----------------------------------------------------------

def test_a_csv_cell_past_the_csv_field_limit_is_one_line(tmp_path):
    _spec(tmp_path, "a,b\n" + "x" * 200_000 + ",1\n", "t.csv")
    text = GOOD.replace(GOOD[GOOD.index("data:"):GOOD.index("sample_size")], "data:\n  csv: t.csv\n")
    (line,) = problems(_spec(tmp_path, text))
    assert line.startswith("x.yaml: data.csv: " + msg.CSV_UNREADABLE.split("(")[0].format(name="t.csv", line=2))


def test_a_long_csv_value_cell_is_not_parsed_and_is_shown_short(tmp_path):
    _spec(tmp_path, "a,b\nx," + "9" * 5000 + "\n", "t.csv")
    text = GOOD.replace(GOOD[GOOD.index("data:"):GOOD.index("sample_size")], "data:\n  csv: t.csv\n")
    (line,) = problems(_spec(tmp_path, text))
    assert line == "t.csv:2:1: rows[0][1]: " + msg.NOT_A_NUMBER.format(got='"' + "9" * 40 + '…(5,000 characters)"')


# -- characters no chart can set --------------------------------------------------------------

CHARACTERS = [("\\e", "U+001B", msg.CHAR_CONTROL), ("\\a", "U+0007", msg.CHAR_CONTROL),
              ("\\r", "U+000D", msg.CHAR_LINE_BREAK), ("\\x9b", "U+009B", msg.CHAR_CONTROL),
              ("\\u202e", "U+202E", msg.CHAR_BIDI), ("\\u2066", "U+2066", msg.CHAR_BIDI),
              ("\\u2028", "U+2028", msg.CHAR_LINE_BREAK), ("\\ufffe", "U+FFFE", msg.CHAR_NOT_A_CHARACTER),
              ("\\ud800", "U+D800", msg.CHAR_NOT_A_CHARACTER)]


@pytest.mark.parametrize("escape, code, what", CHARACTERS, ids=[c[1] for c in CHARACTERS])
@pytest.mark.parametrize("anchor, where, field, position", [
    ("title: 受访者年龄构成", 'title: "受访者{c}年龄"', "title", "1:8"),
    ('    - ["00后", 21.6]', '    - ["00{c}后", 21.6]', "data.rows[0][0]", "9:8"),
    ("source:\n  publication: 中国青年报", 'source:\n  publication: 中国青年报\n  "pub{c}": x', "source.pub{c}", "17:3"),
], ids=["title", "label", "key"])
def test_a_refused_character_is_named_by_its_code_point(tmp_path, escape, code, what, anchor, where, field, position):
    text = GOOD.replace(anchor, where.replace("{c}", escape))
    shown = field.replace("{c}", printable(chr(int(code[2:], 16))))  # a key is the field: shown escaped
    assert problems(_spec(tmp_path, text)) == [f"x.yaml:{position}: {shown}: " + msg.REFUSED_CHARACTER.format(
        what=what, code=code)]


def test_a_refused_character_in_a_csv_cell_names_the_csv_line(tmp_path):
    (tmp_path / "t.csv").write_bytes("年龄段,占比\n00后\u202e,21.6\n90后,\x07\n".encode())
    text = GOOD.replace(GOOD[GOOD.index("data:"):GOOD.index("sample_size")], "data:\n  csv: t.csv\n")
    assert problems(_spec(tmp_path, text)) == [
        "t.csv:2:1: rows[0][0]: " + msg.REFUSED_CHARACTER.format(what=msg.CHAR_BIDI, code="U+202E"),
        "t.csv:3:1: rows[1][1]: " + msg.REFUSED_CHARACTER.format(what=msg.CHAR_CONTROL, code="U+0007")]


# -- what reaches the terminal ----------------------------------------------------------------

def test_a_problem_line_escapes_every_invisible_character():
    line = str(Problem("a\x1b[2J.yaml", "got \"x\u202ey\a\rz\"", field="data.rows[0]", line=3, column=1))
    assert line == 'a\\x1b[2J.yaml:3:1: data.rows[0]: got "x\\u202ey\\x07\\x0dz"'
    assert not any(ch in line for ch in RAW)


def test_a_problem_line_is_cut_at_a_thousand_characters():
    line = str(Problem("x.yaml", "y" * 5000))
    assert len(line) == 1000 and line.endswith("…")


@pytest.mark.parametrize("name", ["a\x1b[2Jb", "bell\x07", "cr\rx", "rtl\u202eabc"], ids=["ESC", "BEL", "CR", "RLO"])
def test_file_names_reach_the_terminal_escaped(tmp_path, name):
    """A spec's file name is the one text we cannot refuse: every line naming it is escaped,
    the problem lines (a bad spec) and the report lines (a good one) alike, also in JSON."""
    specs = tmp_path / "specs"
    specs.mkdir()
    _spec(specs, GOOD, f"{name}-good.yaml")
    _spec(specs, "title: [\n", f"{name}-bad.yaml")
    for args in (["check", str(specs)], ["--json", "check", str(specs)]):
        done = subprocess.run([sys.executable, "-m", "charts", *args], capture_output=True, timeout=120,
                              cwd=tmp_path, env={**os.environ, "NO_COLOR": "1"})
        said = (done.stdout + done.stderr).decode("utf-8", "backslashreplace")
        assert done.returncode == 1, said
        assert not any(ch in said for ch in RAW), repr(said)
        escaped = "".join(ch if ch not in RAW else f"\\x{ord(ch):02x}" if ord(ch) < 0x100 else f"\\u{ord(ch):04x}"
                          for ch in name)
        if args[0] == "--json":
            record = json.loads(done.stdout)
            assert {Path(s["spec"]).name for s in record["specs"]} == {f"{name}-good.yaml", f"{name}-bad.yaml"}
        else:
            assert f"{escaped}-good.yaml: ok" in said and f"{escaped}-bad.yaml:2:1: " in said, said


def test_the_terminal_reporter_escapes_every_kind_of_line():
    from charts.cli import _Terminal

    runner = CliRunner()

    @__import__("click").command()
    def speak():
        t = _Terminal({"quiet": False, "verbose": True, "json": False})
        for say in (t.info, t.detail, t.note, t.output):
            say("x\x1b[2Jy")
        t.summary("s\u202e", True)
        t.tally("t\x07", False)
        t.problem("p\r")

    said = runner.invoke(speak).output
    assert not any(ch in said for ch in RAW), repr(said)
    assert said.count("x\\x1b[2Jy") == 4 and "s\\u202e" in said and "t\\x07" in said and "p\\x0d" in said


# -- kinds that cannot show more, and a canvas that would be too tall --------------------------

def _rows(count: int, value: float, label: str = "类别") -> str:
    return "".join(f'    - ["{label}{i:02d}", {value}]\n' for i in range(count))


@pytest.mark.parametrize("kind, question, count, value", [
    ("donut", "single", 9, "11.1"), ("stacked", "single", 9, "11.1"), ("line", "none", 25, "3"),
    ("column", "none", 13, "3"), ("grouped", "none", 13, "3"),
])
def test_a_kind_shows_no_more_categories_than_it_can_label(tmp_path, kind, question, count, value):
    from charts.check.rules import check
    from charts.kinds import get

    rows = _rows(count, value).replace("]\n", ", 1]\n") if kind == "grouped" else _rows(count, value)
    columns = "[类别, 甲, 乙]" if kind == "grouped" else "[类别, 占比]"
    text = (f"title: t\nkind: {kind}\nquestion: {question}\nunit: \"%\"\ndata:\n  columns: {columns}\n  rows:\n{rows}"
            "source:\n  publication: 中国青年报\n")
    low, high = get(kind).rows
    found = check(load_spec(_spec(tmp_path, text), "x.yaml"))
    assert [str(p) for _, p in found.errors if "categories" in str(p)] == [
        "x.yaml:8:5: data.rows: error [{}]: ".format(kind) + msg.KIND_ROW_COUNT.format(
            kind=kind, low=low, high=high, count=count)]


def test_a_chart_taller_than_a_page_is_refused_naming_what_makes_it_tall(tmp_path, fonts_for):
    from charts.run.options import RenderOptions
    from charts.run.pipeline import render_one

    text = ("title: t\nkind: bar\nquestion: none\ndata:\n  columns: [类别, 数]\n  rows:\n"
            + _rows(60, 3, "很长的类别名称" * 5) + "source:\n  publication: 中国青年报\n")
    path = _spec(tmp_path, text)
    result = render_one(path, "x.yaml", RenderOptions(specs=((path, "x.yaml"),), out_dir=tmp_path / "out",
                                                     formats=("png", "pdf")), fonts_for)
    (line,) = [str(p) for p in result.problems]
    assert line.startswith("x.yaml:7:5: data.rows: at size print-2col the chart would be ")
    assert "the plot (the table's rows and their labels) takes" in line
    assert not (tmp_path / "out" / "x").exists()


# -- every SVG parses as XML, whatever the labels ---------------------------------------------

POOL = ("<>&\"'%;:#!?()[]{}/\\|=+-_.,*~^`@$ aZ09"
        "受访者年龄构成中国青年报《》“”‘’、，。：；！？（）％．—…·的了是在有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞")


def test_every_svg_charts_writes_parses_as_xml_for_fuzzed_labels(tmp_path, fonts_for):
    """Labels drawn from a pool of XML-special, ASCII and Chinese characters; both SVGs of
    each chart must parse. (Refused characters never get this far: the tests above.)"""
    from charts.run.batch import render_all
    from charts.run.options import RenderOptions

    rng = random.Random(14)
    paths = []
    for n in range(4):
        labels = ["".join(rng.choice(POOL) for _ in range(rng.randrange(1, 6))) + rng.choice("<>&\"'") + f"{i}"
                  for i in range(4)]
        rows = "".join(f"    - [{json.dumps(label, ensure_ascii=False)}, {10 + i}]\n" for i, label in enumerate(labels))
        title = json.dumps("".join(rng.choice(POOL) for _ in range(20)), ensure_ascii=False)
        note = json.dumps("".join(rng.choice(POOL) for _ in range(30)), ensure_ascii=False)
        paths.append(_spec(tmp_path, f"title: {title}\nkind: {['bar', 'column', 'bar', 'grouped'][n]}\nquestion: none\n"
                                     f"data:\n  columns: [\"<类&别>\", \"数'值\"{', 乙' if n == 3 else ''}]\n  rows:\n"
                                     + (rows.replace("]\n", ", 5]\n") if n == 3 else rows)
                                     + f"notes: [{note}]\nsource:\n  publication: \"<b>&amp;\"\n", f"fuzz{n}.yaml"))
    out = tmp_path / "out"
    results = render_all(RenderOptions(specs=tuple((p, str(p)) for p in paths), out_dir=out, formats=("svg",)),
                         fonts_for)
    assert all(r.ok for r in results), [str(p) for r in results for p in r.problems]
    svgs = sorted(out.glob("*/*.svg"))
    assert len(svgs) >= 2 * len(paths), svgs
    for svg in svgs:
        ET.parse(svg)  # raises on invalid XML


# -- regular expressions on spec and article text: no catastrophic backtracking ---------------

WORST = r'''
from charts.article.extract import enumerations, respectively, section
from charts.article.read import normalise
from charts.numbers.grammar import figures_in, parse_value
from charts.spec.loader import load_yaml
N = 200_000
list(enumerations._enumerated("甲" * N + "、占5%" + "乙" * N))   # no share after a long run
section._SOURCE.findall("(来源:" * (N // 4))                      # unclosed sources
respectively._TAIL.sub("", "的" * 80 + "\nx")                     # was exponential
respectively._TAIL.sub("", "比例" * 40 + "\nx")
list(figures_in("1." * N)); list(figures_in("约" * N + "1")); parse_value("1" * 40 + "x")
normalise("(" + "a" * N + "\n" + "中(ā" * N)
for plain in ("1" * 29 + ":1x", "1_" * 14 + "x", "." + "1" * 28 + "e"):
    try:
        load_yaml("title: " + plain + "\n", "x.yaml")
    except Exception:
        pass
import pathlib, tempfile
from charts.article.extract import extract
from charts.article.read import read_article
for page in ("分别" * N, "甲、乙增长" + "、".join(f"{i % 97}%" for i in range(N // 8)) + "。",
             "名称\n数值\n甲\n1\n乙\n2\n" * 6000, "、".join("北京(13369元/月)" for _ in range(40_000)) + "。"):
    # 分别 again and again; a list of 25,000 figures; 6,000 small tables cut one cell per line;
    # 40,000 rows of one label (numbered 北京(2), 北京(3)…: counted from 1 each time, minutes)
    path = pathlib.Path(tempfile.mkdtemp()) / "a.txt"
    path.write_text(page + "\n", encoding="utf-8")
    extract(read_article(path))
print("done")
'''


def test_no_regex_backtracks_catastrophically_on_worst_inputs():
    """Each input took seconds to hours before its fix (the article's padded lines); now the
    whole lot runs in a moment. The budget is generous: a failure is a hang, not a slow machine."""
    done = subprocess.run([sys.executable, "-c", WORST], capture_output=True, text=True, timeout=120, cwd=ROOT)
    assert done.stdout.strip() == "done", done.stderr

"""The hand-off files of each chart: CSV, alt text, embed snippet, record."""

from __future__ import annotations

import hashlib
import json
from decimal import Decimal
from html.parser import HTMLParser

import pytest

from charts.spec.read import load_spec
from tests.conftest import SPECS

NAMES = sorted(p.stem for p in SPECS.glob("*.yaml"))


@pytest.mark.parametrize("name", NAMES)
def test_csv_round_trips_through_pandas(seed_output, name, read_csv_back):
    raw = (seed_output / name / f"{name}.csv").read_bytes()
    assert raw.startswith("\ufeff".encode("utf-8"))  # BOM: Excel opens the Chinese
    frame = read_csv_back(raw)
    loaded = load_spec(SPECS / f"{name}.yaml")
    assert list(frame.iloc[:, 0]) == list(loaded.table.categories)
    for column, series in enumerate(loaded.table.values, start=1):
        for row, value in enumerate(series):
            cell = frame.iloc[row, column]
            expected = value.worded or Decimal(value.number)
            assert (cell == expected) if value.worded else Decimal(str(cell)) == expected, (name, row, cell)


def test_csv_header_carries_the_unit(seed_output, read_csv_back):
    frame = read_csv_back((seed_output / "neighbours-age" / "neighbours-age.csv").read_bytes())
    assert list(frame.columns) == ["年龄段", "占比（%）"]
    mixed = read_csv_back((seed_output / "labour-job-lists" / "labour-job-lists.csv").read_bytes())
    assert list(mixed.columns) == ["指标", "2021年全年", "今年已发布", "单位"]
    assert list(mixed["单位"]) == ["期", "家", "个", "人"]


def test_alt_text_tells_the_extremes_and_the_source(seed_output):
    alt = (seed_output / "neighbours-age" / "neighbours-age.alt.txt").read_text(encoding="utf-8")
    assert alt.startswith("环形图：受访者中90后占比最高。")
    assert "占比最大的是90后，为43.6%" in alt and "占比最小的是其他，为0.9%" in alt
    assert "样本量1151" in alt and "来源：《中国青年报》" in alt
    multi = (seed_output / "neighbours-reasons" / "neighbours-reasons.alt.txt").read_text(encoding="utf-8")
    assert multi.count("多选题") == 1
    assert "最高的是分享防疫信息，为54.0%" in multi and "最低的是参与社区防疫工作，为20.4%" in multi
    line = (seed_output / "sanjiangyuan-outflow" / "sanjiangyuan-outflow.alt.txt").read_text(encoding="utf-8")
    assert "2020年954.98亿立方米" in line and "参考线：每年600多亿立方米" in line


class _Figure(HTMLParser):
    def __init__(self):
        super().__init__()
        self.tags, self.img, self.source, self.stack = [], None, None, []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        if tag == "img":
            self.img = dict(attrs)
        elif tag == "source":
            self.source = dict(attrs)
        elif tag not in {"br"}:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack.pop() == tag


@pytest.mark.parametrize("name", NAMES)
def test_snippet_is_a_figure_with_srcset_alt_and_caption(seed_output, name):
    snippet = (seed_output / name / f"{name}.html").read_text(encoding="utf-8")
    parser = _Figure()
    parser.feed(snippet)
    assert parser.stack == [] and parser.tags[:4] == ["figure", "picture", "source", "img"]
    assert "figcaption" in parser.tags and "table" in parser.tags
    assert parser.img["srcset"] == f"{name}.png 1x, {name}@2x.png 2x"
    assert parser.source["srcset"] == f"{name}.mobile.png 3x" and parser.source["media"] == "(max-width: 480px)"
    assert parser.source["width"] == "360" and int(parser.source["height"]) > 200
    alt = (seed_output / name / f"{name}.alt.txt").read_text(encoding="utf-8").strip()
    assert parser.img["alt"] == alt
    assert "来源：" in snippet


@pytest.mark.parametrize("name", NAMES)
def test_record_hashes_match_the_files(seed_output, name):
    record = json.loads((seed_output / name / f"{name}.json").read_text(encoding="utf-8"))
    on_disk = {p.name for p in (seed_output / name).iterdir()} - {f"{name}.json"}
    assert set(record["files"]) == on_disk
    for file, facts in record["files"].items():
        data = (seed_output / name / file).read_bytes()
        assert facts == {"bytes": len(data), "sha256": hashlib.sha256(data).hexdigest()}
    assert record["fonts"]["title"]["family"] == "Noto Sans SC" and record["fonts"]["title"]["style"] == "Bold"
    assert record["tool"]["name"] == "charts" and record["source"]["publication"]
    assert record["check"] == {"errors": [], "warnings": []}


def test_record_carries_the_verify_results(seed_output):
    from tests.conftest import SEED_ARTICLE

    record = json.loads((seed_output / "sanjiangyuan-outflow" / "sanjiangyuan-outflow.json").read_text("utf-8"))
    if not SEED_ARTICLE.is_file():
        assert record["verify"]["note"]
        return
    statuses = {f["figure"]: f["status"] for f in record["verify"]["figures"]}
    assert statuses["2016年 491.40亿立方米"] == "cited" and statuses["2020年 954.98亿立方米"] == "found"


def test_alt_text_says_a_share_in_words_without_a_percent_sign(write_spec, house_fonts):
    """近七成 and 三分之一 are read out as the article words them, not as 近七成%."""
    from charts.check.rules import check
    from charts.handoff.files import alt_text
    from charts.plan.chart import plan
    from charts.theme import WEB

    loaded = load_spec(write_spec("title: 看法\nkind: figures\nunit: '%'\ndata:\n  columns: [项目, 数值]\n"
                                  "  rows:\n    - [认为有帮助, 近七成]\n    - [担心费用, 三分之一]\n    - [表示满意, 62.5]\n    - [推荐, 60左右]\n"
                                  "source:\n  publication: 测试\n"))
    chart = plan(loaded, check(loaded), house_fonts, WEB)
    text = alt_text(chart, "none", None, "《测试》")
    assert "认为有帮助近七成；" in text and "担心费用三分之一；" in text and "表示满意62.5%" in text
    assert "成%" not in text and "一%" not in text and "推荐60%左右" in text


def test_alt_text_puts_the_unit_before_a_bound_and_scales_nothing_beside_worded_figures(write_spec, house_fonts):
    """6000上下 in 人 is read out 6000人上下; 300多万 beside 1500000 is not put in 万 (300多万万人)."""
    from charts.check.rules import check
    from charts.handoff.files import alt_text
    from charts.plan.chart import plan
    from charts.theme import WEB

    loaded = load_spec(write_spec("title: 人口\nkind: figures\nunit: 人\ndata:\n  columns: [项目, 数值]\n"
                                  "  rows:\n    - [甲市, 1500000]\n    - [乙市, 300多万]\n    - [丙市, 6000上下]\n"
                                  "source:\n  publication: 测试\n"))
    text = alt_text(plan(loaded, check(loaded), house_fonts, WEB), "none", None, "《测试》")
    assert "甲市1500000人；乙市300多万人；丙市6000人上下。" in text

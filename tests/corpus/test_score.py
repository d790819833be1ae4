"""The corpus scorer: its matching rules on hand-made cases, and regression floors on the corpus."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path
from decimal import Decimal

import pytest

from tests.corpus import score
from tests.corpus.score import (
    ArticleScore,
    Draft,
    load_yaml,
    match_pairs,
    score_article,
    table_pairs,
)

# Measured on 2026-11-29 (on 056f01d, with the lead's uncommitted work) by `python tests/corpus/score.py`:
#   dev       recall 0.24 (134/548) precision 0.61 (134/221), 24 articles
#   held-out  recall 0.17 (101/579) precision 0.65 (101/155), 24 articles
# and after extract read tables as text and 分别 lists (issue 13, item 3):
#   dev       recall 0.83 precision 0.85
#   held-out  recall 0.30 precision 0.72
# and after extract learnt general frames rather than dev sentences (units running on over a
# header's group, headers named by position, a share labelled by the frame around it, 分 and
# ‰, list lines, dated series, counts with shares; the scorer folds Traditional with OpenCC):
#   dev       recall 0.89 (485/548) precision 0.85 (485/573)
#   held-out  recall 0.65 precision 0.82
# and after a second session tuned on dev and 40 texts of our own (tests/corpus/own: the second
# batch of 16 scored 0.63 / 0.74 fresh, before any tuning on it):
#   dev       recall 0.89 (488/548) precision 0.85 (488/575)
#   own       recall 0.82 (886/1082) precision 0.87 (886/1021)
#   held-out  recall 0.65 (377/579) precision 0.80 (377/469): the tuning did not carry over;
#             0.67 (387/579) and 0.83 (387/469) after a fix seen on a held-out page (房屋 Housing)
# With two more batches of 16 (o41-o56 scored 0.59 / 0.80 fresh, o57-o72 0.46 / 0.71), at the end
# of their tuning:
#   dev       recall 0.89 (488/548) precision 0.85 (488/575)
#   own       recall 0.72 (1528/2119) precision 0.85 (1528/1791), 72 texts
# With two more (o73-o88 scored 0.47 / 0.61 fresh, o89-o104 0.55 / 0.75), at the end of this round:
#   dev       recall 0.89 (488/548) precision 0.85 (488/575)
#   own       recall 0.70 (1991/2854) precision 0.84 (1991/2370), 104 texts
#   held-out  recall 0.70 (403/579) precision 0.84 (403/482)
# With two more (o105-o120, tables as pages cut them, scored 0.15 / 0.54 fresh; o121-o136, 0.30 /
# 0.76 fresh, written after tuning on o105-o120 began), at the end of the next round:
#   dev       recall 0.89 (488/548) precision 0.85 (488/575)
#   own       recall 0.66 (2923/4416) precision 0.86 (2923/3394), 136 texts (the new batches
#             hold big tables the earlier ones did not, which weigh the share down)
#   held-out  recall 0.73 (425/579) precision 0.84 (425/508); then 0.80 (465/579) and 0.85
#             (465/550) after a fix seen in the walk-through of a held-out page (a web table's
#             row whose later cells are each on a line of their own)
# With one more batch (o137-o152: survey news, bulletins in prose, Traditional polls, data-company
# reports, the kinds the shared corpus holds; 0.57 / 0.74 fresh), at the end of the next round:
#   dev       recall 0.89 (489/548) precision 0.84 (489/581)
#   own       recall 0.66 (3162/4757) precision 0.85 (3162/3715), 152 texts
#   held-out  recall 0.80 (465/579) precision 0.84 (465/555): the round's tuning did not carry over
# With two more batches (o153-o168 scored 0.64 / 0.70 fresh, o169-o184 0.51 / 0.59 fresh, the
# second written after tuning on the first began), at the end of the next round:
#   dev       recall 0.89 (489/548) precision 0.84 (489/580)
#   own       recall 0.67 (3616/5408) precision 0.84 (3616/4302), 184 texts
#   held-out  recall 0.80 (466/579) precision 0.84 (466/554): again the tuning barely carried over
# With two more (o185-o200, 0.53 / 0.68 fresh; o201-o216, topics like the shared corpus's, 0.45 / 0.60):
#   dev       recall 0.90 (491/548) precision 0.84 (491/582)
#   own       recall 0.68 (4202/6148) precision 0.83 (4202/5042), 216 texts
#   held-out  recall 0.80 (466/579) precision 0.84 (466/554): unchanged
# With one more (o217-o232, 0.50 / 0.70 fresh, 0.69 / 0.77 after):
#   dev       recall 0.90 (491/548) precision 0.84 (491/582)
#   own       recall 0.68 (4508/6589) precision 0.83 (4508/5434), 232 texts
#   held-out  recall 0.80 (466/579) precision 0.85 (466/550): a poll's 100% total row fewer
# With two more (o233-o248, 0.62 / 0.83 fresh, 0.71 / 0.86 after; o249-o264, written while tuning on
# the first, 0.51 / 0.79 fresh, 0.63 / 0.84 after):
#   dev       recall 0.90 (491/548) precision 0.84 (491/584)
#   own       recall 0.68 (5227/7660) precision 0.83 (5227/6277), 264 texts
#   held-out  recall 0.81 (467/579) precision 0.85 (467/549)
# With one more (o265-o280, 0.47 / 0.83 fresh with its keys' units fixed, 0.55 / 0.88 after):
#   dev       recall 0.90 (491/548) precision 0.84 (491/584)
#   own       recall 0.68 (5619/8309) precision 0.84 (5619/6686), 280 texts
#   held-out  recall 0.81 (467/579) precision 0.85 (467/549): unchanged
# With one more (o281-o296, 0.42 / 0.46 fresh with its keys' slips fixed, 0.62 / 0.68 after: most of it
# one yearbook table of 186 cells under a bilingual header):
#   dev       recall 0.90 (491/548) precision 0.84 (491/584)
#   own       recall 0.67 (6020/8945) precision 0.83 (6020/7274), 296 texts
#   held-out  recall 0.81 (467/579) precision 0.85 (467/549): unchanged
# With two more (o297-o312, 0.71 / 0.86 fresh with its keys' slips fixed, 0.77 / 0.92 after; o313-o328,
# written while tuning on the first, 0.69 / 0.85 fresh, 0.75 / 0.87 after):
#   dev       recall 0.90 (491/548) precision 0.84 (491/586)
#   own       recall 0.69 (6712/9781) precision 0.83 (6712/8040), 328 texts
#   held-out  recall 0.81 (467/579) precision 0.85 (467/549): unchanged
# With 16 more (o329-o344, 0.54 / 0.68 fresh with its keys' slips fixed, 0.74 / 0.88 after):
#   dev       recall 0.90 (491/548) precision 0.83 (491/588)
#   own       recall 0.69 (7156/10376) precision 0.84 (7156/8559), 344 texts
#   held-out  recall 0.81 (467/579) precision 0.85 (467/549): unchanged
# With 16 more (o345-o360, 0.57 / 0.78 fresh, 0.77 / 0.85 after):
#   dev       recall 0.90 (491/548) precision 0.83 (491/588)
#   own       recall 0.69 (7512/10829) precision 0.84 (7512/8976), 360 texts
#   held-out  recall 0.81 (467/579) precision 0.85 (467/549): unchanged
# With 16 more (o361-o376, 0.53 / 0.73 fresh, 0.73 / 0.90 after):
#   dev       recall 0.90 (491/548) precision 0.83 (491/588)
#   own       recall 0.70 (7862/11304) precision 0.84 (7862/9360), 376 texts
#   held-out  recall 0.81 (467/579) precision 0.85 (467/549): unchanged
# With 16 more (o377-o392, 0.38 / 0.78 fresh, 0.67 / 0.90 after):
#   dev       recall 0.90 (491/548) precision 0.83 (491/588)
#   own       recall 0.69 (8302/11958) precision 0.84 (8302/9844), 392 texts
#   held-out  recall 0.81 (467/579) precision 0.85 (467/549): unchanged
# With no new batch, a round of list and label patterns (a unit written once after a run, names one
# ordinal apart sharing a measure, a run of changes each with its own verb) and a hostile reading's fixes:
#   dev       recall 0.90 (491/548) precision 0.83 (491/588)
#   own       recall 0.71 (8456/11958) precision 0.86 (8456/9867), 392 texts
#   held-out  recall 0.81 (467/579) precision 0.85 (467/549): unchanged
# With 16 more (o393-o408, 0.64 / 0.87 fresh, 0.66 / 0.89 after):
#   dev       recall 0.90 (493/548) precision 0.84 (493/590)
#   own       recall 0.71 (8727/12354) precision 0.86 (8727/10167), 408 texts (the first 392: 8465/9871)
#   held-out  recall 0.81 (467/579) precision 0.85 (467/549): unchanged
# With 12 more (o409-o420, 0.49 / 0.57 fresh, 0.51 / 0.58 after):
#   dev       recall 0.90 (493/548) precision 0.84 (493/590)
#   own       recall 0.70 (9044/12931) precision 0.85 (9044/10701), 420 texts (the first 408: 8751/10193)
#   held-out  recall 0.81 (467/579) precision 0.85 (467/549): unchanged
# With 12 more (o421-o432, 0.55 / 0.69 fresh, 0.63 / 0.78 after) and two more held-out walk-throughs' fixes:
#   dev       recall 0.90 (493/548) precision 0.84 (493/590)
#   own       recall 0.70 (9245/13245) precision 0.84 (9245/10951), 432 texts (the first 420: 9046/10697)
#   held-out  recall 0.82 (473/579) precision 0.86 (473/550): optimistic, pages 28 and 44 walked
# With no new batch, a change after a level in brackets after its name: own 9249/13245, 9249/10955.
# These are regression floors (measured minus 0.03, rounded down), not targets: raise them as
# extract improves. A drop below one means extract lost figures it used to find.
FLOORS = {
    "dev": {"recall": 0.86, "precision": 0.82},
    "held-out": {"recall": 0.78, "precision": 0.83},
    "own": {"recall": 0.67, "precision": 0.82},  # our own texts (tests/corpus/own), tuned on
}


def key(*tables) -> dict:
    return {"tables": list(tables)}


def table(rows, unit="%", kind="composition", question="single", columns=None, title="t") -> dict:
    found = {"title": title, "kind": kind, "question": question, "unit": unit, "rows": rows}
    if columns:
        found["columns"] = columns
    return found


def draft(rows, unit="%", kind="donut", question="single", columns=("类别", "占比"), name="d") -> Draft:
    return Draft(name, {"kind": kind, "question": question, "unit": unit,
                        "data": {"columns": list(columns), "rows": rows}})


def scored(key_doc, *drafts) -> ArticleScore:
    return score_article("case", "dev", key_doc, list(drafts))


def pairs_matched(key_rows, draft_rows, key_unit="%", draft_unit="%") -> int:
    return scored(key(table(key_rows, key_unit)), draft(draft_rows, draft_unit)).matched


# --- the matcher ---------------------------------------------------------------------------------

def test_a_match_counts_for_precision_and_recall():
    s = scored(key(table([["00后", 21.6], ["90后", 43.6]])), draft([["受访者中00后", 21.6]]))
    assert (s.key_pairs, s.found_pairs, s.matched) == (2, 1, 1)
    assert (s.precision, s.recall) == (1.0, 0.5)


def test_labels_match_by_containment_or_shared_characters():
    assert pairs_matched([["一般", 25.8]], [["回答一般", 25.8]]) == 1  # contained
    assert pairs_matched([["服装、鞋帽类", 57.2]], [["服装,鞋帽类", 57.2]]) == 1  # punctuation ignored
    assert pairs_matched([["按需购买,不跟风", 67.5]], [["应该按需购买", 67.5]]) == 1  # 4 of 6 shared


def test_a_near_miss_label_does_not_match():
    assert pairs_matched([["非常期待", 21.5]], [["比较期待", 21.5]]) == 0  # 2 of 4 characters
    assert pairs_matched([["女性受访者", 61.6]], [["", 61.6]]) == 0  # an empty label matches nothing


def test_a_wrong_value_does_not_match():
    assert pairs_matched([["一般", 25.8]], [["一般", 25.9]]) == 0
    assert pairs_matched([["一般", "25.8"]], [["一般", 25.80]]) == 1  # equal as numbers


def test_values_compare_as_decimals_from_the_yaml_text():
    doc = load_yaml("rows:\n  - [年末常住人口, 2875.30]\n  - [x, 0.1]\n")
    assert doc["rows"][0][1] == Decimal("2875.30") and doc["rows"][1][1] == Decimal("0.1")


def test_approximate_figures_compare_as_strings():
    assert pairs_matched([["每年", "600多"]], [["每年", "600多"]], "亿立方米", "亿立方米") == 1
    assert pairs_matched([["每年", "600多"]], [["每年", 600]], "亿立方米", "亿立方米") == 0
    assert pairs_matched([["每年", "６００多"]], [["每年", "600多"]], "亿立方米", "亿立方米") == 1  # NFKC


def test_a_unit_mismatch_does_not_match():
    assert pairs_matched([["东部地区", 2.15]], [["东部地区", 2.15]], "个百分点", "%") == 0
    assert pairs_matched([["集体户", 2853]], [["集体户", 2853]], "万户", "万人") == 0
    assert pairs_matched([["占比", 21.6]], [["占比", 21.6]], "％", "%") == 1  # full width


def test_each_missed_pair_says_why_it_was_missed():
    s = scored(key(table([["东部地区", 2.15], ["中部", 30.1], ["西部", 12.5]], "个百分点")),
               draft([["东部地区", 2.15]], "%"), draft([["中部地区的", 30.1]], "个百分点"), draft([["其他", 9.9]], "个百分点"))
    assert s.matched == 1  # 中部 ~ 中部地区的
    assert (s.missed_absent, s.missed_label, s.missed_unit) == (1, 0, 1)
    s = scored(key(table([["非常期待", 21.5]])), draft([["比较期待", 21.5]]))
    assert (s.missed_absent, s.missed_label, s.missed_unit, s.missed_row) == (0, 1, 0, 0)
    levels = table([["第一产业", 37952, 4.1]], unit="万元 / %", columns=["指标", "绝对数(万元)", "占生产总值"])
    s = scored(key(levels), draft([["第一产业增加值", 37952]], "万元"))
    assert (s.missed_label, s.missed_row) == (2 - 1, 1)  # 37952 under its row label; 4.1 not drafted


def test_a_scale_folded_into_the_value_matches_when_the_number_agrees():
    assert pairs_matched([["年末常住人口", 2875.30]], [["年末常住人口", 28753000]], "万人", "人") == 1
    assert pairs_matched([["年末常住人口", 2875.30]], [["年末常住人口", 2875.3]], "万人", "万人") == 1
    assert pairs_matched([["年末常住人口", 2875.30]], [["年末常住人口", 2875.30]], "万人", "人") == 0


def test_traditional_and_simplified_compare_equal():
    assert pairs_matched([["受訪者對兩會的關注", 81.7]], [["受访者对两会的关注", 81.7]]) == 1
    assert pairs_matched([["平均每人消費金額", 26.6]], [["平均每人消费金额", 26.6]], "萬元(新臺幣)", "万元") == 1


def test_one_key_pair_is_matched_once():
    s = scored(key(table([["服装、鞋帽类", 57.2]])), draft([["服装、鞋帽类", 57.2]], name="a"),
               draft([["服装、鞋帽类", 57.2]], name="b"))
    assert (s.matched, s.found_pairs, s.precision) == (1, 2, 0.5)


def test_the_best_label_wins():
    key_pairs = table_pairs(table([["一般", 25.8]]), 0)
    found = table_pairs(draft([["回答一般", 25.8], ["一般", 25.8]]).spec, 0)
    assert match_pairs(key_pairs, found) == [(0, 1)]


def test_rows_with_several_values_give_one_pair_per_value_labelled_by_the_column():
    rows = [["第一產業", 13.2, 12.4], ["第二產業", 32.3, 30.9]]
    pairs = table_pairs(table(rows, kind="two_periods", columns=["產業", "上年(2023)", 2024]), 0)
    assert [(p.label, str(p.value)) for p in pairs] == [
        ("第一產業 上年(2023)", "13.2"), ("第一產業 2024", "12.4"),
        ("第二產業 上年(2023)", "32.3"), ("第二產業 2024", "30.9")]
    assert pairs_matched(rows, [["第一产业2023年", 13.2], ["第一产业2024年", 13.2]]) == 1


def test_units_per_column_from_the_key():
    split = table([["第一产业", 62857, 6.3]], unit="万元 / %", columns=["产业", "增加值(万元)", "同比增长(%)"])
    header = table([["地区生产总值", 2313.0, 5.2]], unit="亿元", columns=["指标", "绝对数(亿元)", "比上年增长%"])
    census = table([["全国人口", 133972, 141178]], unit="万人", columns=["指标", "2010年(六普)", "七普"])
    assert [p.unit for p in table_pairs(split, 0)] == ["万元", "%"]
    assert [p.unit for p in table_pairs(header, 0)] == ["亿元", "%"]
    assert [p.unit for p in table_pairs(census, 0)] == ["万人", "万人"]  # 六普 is not a unit
    per_head = table([["2005", 5633.0, 432.1]], unit="亿立方米", columns=["年份", "用水总量", "人均用水量(立方米/人)"])
    assert [p.unit for p in table_pairs(per_head, 0)] == ["亿立方米", "立方米/人"]


def test_a_draft_unit_mapping_is_looked_up_by_row():
    found = draft([["集体户", 2853], ["平均每户", 2.62]], unit={"集体户": "万户", "平均每户": "人"}, kind="figures")
    assert [p.unit for p in table_pairs(found.spec, 0)] == ["万户", "人"]


# --- tables, kinds, questions, false drafts -------------------------------------------------------

def test_right_table_kind_question_and_false_drafts():
    doc = key(table([["非常期待", 21.5], ["一般", 25.8], ["有些反感", 1.7]], title="期待"),
              table([["按需购买", 67.5]], kind="single_value", question="multi", title="办法"))
    merged = draft([["非常期待", 21.5], ["一般", 25.8], ["按需购买", 67.5]], kind="bar", question="none", name="m")
    rest = draft([["有些反感", 1.7]], kind="donut", name="r")
    noise = draft([["对", 2001]], unit="人", kind="figures", name="n")
    s = scored(doc, merged, rest, noise)
    assert s.matched == 4
    # 期待 corresponds to m (2 shared pairs); 办法 cannot take m as well, so it corresponds to none.
    assert (s.right_table, s.matched_tables) == (2, 1)
    assert (s.kind_right, s.question_right) == (1, 0)  # bar is a composition kind; none is not single
    assert (s.false_drafts, s.drafts) == (1, 3)


@pytest.mark.parametrize("kind, chart, right", [
    ("composition", "donut", True), ("composition", "stacked", True), ("multi_select", "bar", True),
    ("time_series", "line", True), ("time_series", "column", True), ("two_periods", "grouped", True),
    ("table", "grouped", True), ("single_value", "figures", True), ("single_value", "bar", False),
    ("multi_select", "donut", False)])
def test_kind_sets(kind, chart, right):
    s = scored(key(table([["一般", 25.8]], kind=kind)), draft([["一般", 25.8]], kind=chart))
    assert s.kind_right == right


# --- the command ---------------------------------------------------------------------------------

def test_skips_without_a_corpus(tmp_path, capsys):
    assert score.main(["--corpus", str(tmp_path / "absent")]) == 0
    assert "skipped" in capsys.readouterr().out


def write_corpus(root):
    text = "中国青年报社会调查中心对2001名受访者的调查显示，00后占21.6%，90后占43.6%，80后占27.1%。\n"
    hidden = "一项调查显示，受访者中，秘密甲占11.1%，秘密乙占88.9%。\n"
    keys = {"dev/01-a": ("00后", 21.6), "held-out/02-b": ("秘密甲", 11.1)}
    for (path, (label, value)), body in zip(keys.items(), (text, hidden), strict=True):
        (root / path).parent.mkdir(parents=True, exist_ok=True)
        (root / f"{path}.txt").write_text(body, encoding="utf-8")
        (root / f"{path}.key.yaml").write_text(
            f"tables:\n  - title: 年龄\n    kind: composition\n    question: single\n    unit: '%'\n"
            f"    rows:\n      - [{label}, {value}]\n      - [缺席, 50.0]\n", encoding="utf-8")


def test_the_last_line_and_held_out_privacy(tmp_path, capsys, monkeypatch):
    write_corpus(tmp_path)
    assert score.main(["--corpus", str(tmp_path)]) == 0
    out = capsys.readouterr().out
    assert re.fullmatch(r"held-out: recall \d\.\d\d precision \d\.\d\d \(2 pairs, 1 articles\)", out.splitlines()[-1])
    assert "01-a" in out and "缺席" not in out  # dev rows shown, misses only on request
    assert "02-b" not in out and "秘密" not in out  # held-out: neither the article nor its words

    assert score.main(["--corpus", str(tmp_path), "--show-misses", "held-out", "--show-misses", "dev"]) == 0
    out = capsys.readouterr().out
    assert "02-b" in out and "缺席" in out  # its scores and its missed key labels, on request
    assert "秘密乙" not in out  # never the held-out drafts' labels (words of the text)

    assert score.main(["--corpus", str(tmp_path), "--split", "dev", "--json"]) == 0
    report = json.loads(capsys.readouterr().out)
    assert report["splits"]["dev"]["summary"]["key_pairs"] == 2 and "held-out" not in report["splits"]


# --- the corpus ----------------------------------------------------------------------------------

CORPUS = score.find_corpus()
needs_corpus = pytest.mark.skipif(
    CORPUS is None, reason=f"no corpus at {os.environ.get('CHARTS_CORPUS') or score.DEFAULT_CORPUS}")


@pytest.fixture(scope="module")
def corpus_scores():
    return score.score(CORPUS)


@needs_corpus
@pytest.mark.parametrize("split", score.SPLITS)
def test_recall_and_precision_stay_above_the_floors(corpus_scores, split):
    figures = score.summary(corpus_scores[split])
    assert figures["errors"] == 0, f"{split}: extract failed on {figures['errors']} articles"
    assert figures["articles"] == 24
    assert figures["recall"] >= FLOORS[split]["recall"], score.final_line(split, figures)
    assert figures["precision"] >= FLOORS[split]["precision"], score.final_line(split, figures)


@needs_corpus
def test_the_command_line_and_the_library_score_alike():
    texts = [text for _, text, _ in score.articles(CORPUS, "dev")[:4]]
    via_library, via_cli = score.run_extract(texts, "library"), score.run_extract(texts, "cli")
    def specs(drafts):  # source.article names the text relative to where the draft was written
        return [(d.name, {k: v for k, v in d.spec.items() if k != "source"}) for d in drafts[0]]

    for text in texts:
        assert via_cli[text][1] is None and via_cli[text][2] == "cli", text.name
        assert specs(via_library[text]) == specs(via_cli[text]), text.name


def test_our_own_texts_stay_above_their_floors():
    """tests/corpus/own is in the repository: scored with or without the shared corpus."""
    figures = score.summary(score.score(CORPUS or Path("."), ("own",))["own"])
    assert figures["errors"] == 0 and figures["articles"] == 432
    assert figures["recall"] >= FLOORS["own"]["recall"], score.final_line("own", figures)
    assert figures["precision"] >= FLOORS["own"]["precision"], score.final_line("own", figures)

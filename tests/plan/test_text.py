"""Chinese line breaking and punctuation squeezing, measured with the house font."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from charts.fonts import faces as fonts
from charts.plan import text


@pytest.fixture(scope="module")
def advances(house_fonts):
    return fonts.advances(str(house_fonts["body"].path), 0)[0]


@pytest.fixture(scope="module")
def title_advances(house_fonts):
    return fonts.advances(str(house_fonts["title"].path), 0)[0]


SENTENCES = [
    "分享防疫信息（54.0%）、相互提醒防疫措施（49.3%）让受访者觉得与邻居关系更紧密了。",
    "本报对1151名受访者进行的一项调查显示，75.8%的受访者表示在防疫过程中更重视邻里关系了。",
    "三江源国家公园“一户一岗”生态管护公益岗位机制，户均年收入21600元。",
]


@pytest.mark.parametrize("sentence", SENTENCES)
@pytest.mark.parametrize("max_width", [60, 90, 130, 200, 300])
def test_no_line_starts_with_closing_or_ends_with_opening_punctuation(sentence, max_width, advances):
    lines = text.wrap(sentence, max_width, 14, advances)
    assert "".join(lines) == sentence
    for line in lines[1:]:
        assert line[0] not in text.CLOSING, lines
    for line in lines:
        assert line[-1] not in text.OPENING, lines


@pytest.mark.parametrize("max_width", [60, 90, 130, 200])
def test_numbers_stay_with_their_units(max_width, advances):
    lines = text.wrap(SENTENCES[1], max_width, 14, advances)
    assert any("1151名" in line for line in lines)
    assert any("75.8%" in line for line in lines)


def test_lines_fit_the_width(advances):
    for line in text.wrap(SENTENCES[0], 120, 14, advances):
        assert text.width(line, 14, advances) <= 120


def test_balanced_wrapping_leaves_no_orphan(advances):
    sentence = "分享防疫信息最让受访者觉得与邻居关系更紧密"
    assert text.wrap(sentence, 20 * 14, 14, advances, balance=False)[-1] == "紧密"  # greedy's orphan
    assert text.wrap(sentence, 20 * 14, 14, advances) == ["分享防疫信息最让受访者", "觉得与邻居关系更紧密"]


def test_balancing_breaks_between_words(advances):
    # Balanced by characters this was 就业帮扶车 / 间带动就业.
    assert text.wrap("就业帮扶车间带动就业", 9.2 * 14, 14, advances) == ["就业帮扶车间", "带动就业"]


def test_width_is_the_fonts_advances(advances):
    assert text.width("受访者", 10, advances) == pytest.approx(30)
    assert text.width("1151", 10, advances) < 30  # proportional Latin digits


@pytest.mark.parametrize("sentence, squeezed", [
    ("来源：《中国青年报》", [2]),           # ：《 would leave a full em of blank
    ("“一户一岗”：每户", [0, 5]),           # an opening quote at the start; ”：
    ("（%），", [0, 2]),
    ("受访者表示", []),
])
def test_adjacent_full_width_punctuation_is_squeezed(sentence, squeezed, advances):
    assert text.squeezed(sentence) == squeezed
    full = sum(advances[ord(c)] for c in sentence) * 10
    assert text.width(sentence, 10, advances) == pytest.approx(full - 5 * len(squeezed))


# The seed's charts broke these words at these widths (points) before lines broke between
# words: (text, role, font size, width, the word it broke).
PRINT_1COL_INNER = 147.4  # 55 mm less the margins
SEED_BREAKS = [
    ("2021年以来专场招聘会提供就业岗位", "body", 14, 127.6, "招聘会"),      # web bar label
    ("2021年以来专场招聘会提供就业岗位", "body", 6.5, 63.3, "招聘会"),      # print-1col
    ("就业帮扶车间带动就业", "body", 8, 65.15, "车间"),                     # print-2col
    ("就业帮扶车间带动就业", "body", 6.5, 63.3, "车间"),
    ("粤桂劳务协作助力天等县脱贫劳动力就业", "title", 9, PRINT_1COL_INNER, "天等县"),
    ("广东江门市蓬江区与广西天等县开展劳务协作的部分成果", "body", 6.5, PRINT_1COL_INNER, "天等县"),
    ("75.8%受访者在防疫过程中更重视邻里关系了", "title", 9, PRINT_1COL_INNER, "过程"),
    ("中国青年报社社会调查中心对1151名受访者的调查，表示以下情况的受访者比例", "body", 6.5,
     PRINT_1COL_INNER, "受访者"),
    ("与邻居相互帮助的经历多", "body", 6.5, 58.96, "帮助"),
    ("2020年三江源向下游输送水量达954.98亿立方米", "title", 9, PRINT_1COL_INNER, "输送"),
    ("青海省财政每年投入资金", "body", 6.5, 63.3, "每年"),
]


@pytest.mark.parametrize("sentence, role, size, max_width, word", SEED_BREAKS)
def test_the_seeds_words_are_not_broken(sentence, role, size, max_width, word, advances, title_advances):
    widths = title_advances if role == "title" else advances
    lines = text.wrap(sentence, max_width, size, widths)
    assert len(lines) > 1 and "".join(lines) == sentence
    assert not _breaks_inside(lines, word), lines


def _breaks_inside(lines: list[str], word: str) -> bool:
    """Whether a line break falls inside any occurrence of the word."""
    sentence, breaks, at = "".join(lines), set(), 0
    for line in lines[:-1]:
        at += len(line)
        breaks.add(at)
    starts = [i for i in range(len(sentence)) if sentence.startswith(word, i)]
    return any(start < b < start + len(word) for start in starts for b in breaks)


def test_traditional_text_breaks_between_its_words(title_advances):
    # A print-1col title. Cut as written, rjieba's Simplified dictionary gave 而長 / 期處.
    lines = text.wrap("受訪者因睡眠不佳而長期處于亞健康狀態", PRINT_1COL_INNER, 9, title_advances)
    assert len(lines) == 2 and not _breaks_inside(lines, "長期"), lines


FOOTER = ("注：2016年与2020年之间各年的数据文中未报道；2016年数据出自《2020年青海省水资源公报》，"
          "据新华社2021年8月报道，公报称2020年输送水量较2016年增加463.58亿立方米，2016年数值由此推算"
          "（954.98−463.58）")


@pytest.mark.parametrize("sentence, name, max_width", [
    # A footer at web width: it broke 《2020年 / 青海省水资源公报》.
    (FOOTER, "《2020年青海省水资源公报》", 600),
    ("共建「一帶一路」國家", "「一帶一路」", 58.96),  # a print-1col label: it broke 一帶 / 一路
])
def test_names_in_book_title_or_quotation_marks_stay_on_one_line(sentence, name, max_width, advances):
    size = 12 if max_width == 600 else 6.5
    lines = text.wrap(sentence, max_width, size, advances)
    assert len(lines) > 1 and any(name in line for line in lines), lines


@pytest.mark.parametrize("max_width", [14 * 2.2, 14 * 3.5, 14 * 5])
def test_a_word_wider_than_the_line_still_breaks_and_keeps_kinsoku(max_width, advances):
    sentence = "中华人民共和国。"  # one word, wider than every width here
    lines = text.wrap(sentence, max_width, 14, advances)
    assert "".join(lines) == sentence and len(lines) > 1
    assert all(text.width(line, 14, advances) <= max_width for line in lines), lines
    assert all(line[0] not in text.CLOSING for line in lines), lines


def test_latin_words_stay_whole(advances):
    lines = text.wrap("在Zürich的café调查", 14 * 2.5, 14, advances)
    assert "Zürich" in lines and any("café" in line for line in lines), lines


_HAN = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过" \
       "子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体"
_TEXT = st.text(st.sampled_from(_HAN + "，。、：；！？（）《》“”%0123456789.abcXYZ"), min_size=1, max_size=60)


@settings(max_examples=300, deadline=None)
@given(sentence=_TEXT, em=st.floats(0.5, 25), size=st.sampled_from([6.5, 9, 14, 22]))
def test_lines_fit_and_give_the_text_back(sentence, em, size, advances):
    max_width = em * size
    lines = text.wrap(sentence, max_width, size, advances)
    assert "".join(lines) == sentence
    for line in lines:
        # Only a piece no rule lets break (a number with its unit, a Latin word, a
        # character held by its punctuation) may be wider than the line.
        assert text.width(line, size, advances) <= max_width + 1e-9 or len(text._units(line)) == 1, lines
    text._words.cache_clear()
    assert text.wrap(sentence, max_width, size, advances) == lines  # same text, same lines


def test_a_slash_never_starts_a_line(advances):
    """唔係幾需要/幾唔需要 (a label giving two answers as one): the slash stays with what comes
    before it, at every width that breaks the label."""
    label = "唔係幾需要/幾唔需要"
    for em in (3, 4, 5, 6, 7):
        lines = text.wrap(label, em * 14, 14, advances)
        assert "".join(lines) == label and not any(line.startswith("/") for line in lines), lines

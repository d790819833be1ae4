"""Chinese line breaking and punctuation squeezing, measured with the house font."""

from __future__ import annotations

import pytest

from charts.fonts import faces as fonts
from charts.plan import text


@pytest.fixture(scope="module")
def advances(house_fonts):
    return fonts.advances(str(house_fonts["body"].path), 0)[0]


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
    lines = text.wrap("就业帮扶车间带动就业", 9.2 * 14, 14, advances)
    assert lines == ["就业帮扶车", "间带动就业"]


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

from charts.theme import PRINT_1COL, PRINT_2COL, WEB
from tests.conftest import layout_faults
from tests.kinds.kind_cases import spec

FIGURES = """
data:
  columns: [项目, 数值]
  rows:
    - [青海省财政每年投入资金, 3.7]
    - [管护员户均年收入, 21600]
    - [生态管护员, 两万多]
    - [近3年免费运送农民工返岗务工, 13889]
"""
UNITS = "{青海省财政每年投入资金: 亿元, 管护员户均年收入: 元, 生态管护员: 名, 近3年免费运送农民工返岗务工: 名}"


def test_figures_print_numbers_as_the_article_words_them(write_spec, draw):
    for size in (WEB, PRINT_2COL, PRINT_1COL):
        _, canvas = draw(write_spec(spec("figures", FIGURES, unit=UNITS)), size)
        texts = [t.get_text() for t in canvas.figure.texts]
        assert {"3.7", "亿元", "21600", "两万多", "13889"} <= set(texts)
        assert layout_faults(canvas) == []


def test_one_figure_stands_alone_at_the_house_size(write_spec, draw):
    one = "data:\n  columns: [项目, 数值]\n  rows:\n    - [受访者幸福感评价平均分, 7.00]\n"
    for size in (WEB, PRINT_2COL, PRINT_1COL):
        _, canvas = draw(write_spec(spec("figures", one, unit="{受访者幸福感评价平均分: 分}")), size)
        texts = [t.get_text() for t in canvas.figure.texts]
        assert {"7.00", "分", "受访者幸福感评价平均分"} <= set(texts)
        assert layout_faults(canvas) == []

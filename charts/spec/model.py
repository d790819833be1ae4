"""The spec: what a data editor writes, as pydantic models. This is the one contract.

The JSON Schema editors' tools use is generated from these models (`charts schema`).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal, Union

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    WithJsonSchema,
    field_validator,
    model_validator,
)
from pydantic_core import PydanticCustomError

from charts import kinds
from charts import messages as msg
from charts.spec.excel import cell_range
from charts.spec.table import MAX_LABEL, MAX_ROWS, MAX_SERIES
from charts.theme.editions import REPUBLICATIONS

# Longest texts a chart can set well (characters) and most items of a list; past them a spec
# is refused, so no field can grow the canvas without bound (categories and column names:
# spec/table.py). Texts that never reach the canvas (url, file paths) are bounded too: they
# reach the review page, the record and the messages.
LIMITS = {"title": 60, "subtitle": 120, "note": 200, "notes": 8, "publication": 40, "headline": 120,
          "date": 20, "url": 2000, "path": 260, "unit": 12, "reference": 24, "figure": 40,
          "citations": 4, "font": 260, "range": 20, "terms": 40}


def text(limit: int):
    """Text of at most `limit` characters, as an item type (list items, mapping keys)."""
    return Annotated[str, Field(max_length=limit)]


Label = text(MAX_LABEL)
EditionTag = Literal[REPUBLICATIONS]

# A table cell: a category label, a number, or a figure as the article words it ("600多").
# NaN and infinity pass here so the table check can say, at the cell, why they cannot be drawn.
# A decimal is a number to an editor's YAML tooling: left as pydantic's "number or string",
# the schema would let text of any length through where a cell allows 40 characters.
Number = Annotated[Decimal, WithJsonSchema({"type": "number"})]
Cell = Union[int, Annotated[Number, Field(allow_inf_nan=True)], text(MAX_LABEL), None]


class Strict(BaseModel):
    """Unknown keys are errors: a typo never passes silently."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


def doc(zh: str, en: str, *examples, **field) -> object:
    """A field with its description in Chinese and English and examples: editors see them
    in their editor (JSON Schema) and in docs/spec.md."""
    return Field(description=f"{zh} / {en}", examples=list(examples), **field)


def _kind_choices(schema: dict) -> None:
    schema["enum"] = list(kinds.names())


def _known_kind(value):
    """A kind from the registry, refused in the words pydantic uses for a fixed choice (so an
    editor reads `must be one of 'bar', … or 'figures', got 'pie'`, as for any other choice)."""
    known = kinds.names()
    if value not in known:
        choices = ", ".join(repr(k) for k in known[:-1]) + f" or {known[-1]!r}" if len(known) > 1 else repr(known[0])
        raise PydanticCustomError("literal_error", "Input should be {expected}", {"expected": choices})
    return value


class Source(Strict):
    """The article the numbers come from."""

    publication: str = doc("刊发媒体", "publication the article appeared in", "中国青年报", "新华网", min_length=1,
                          max_length=LIMITS["publication"])
    title: str | None = doc("文章标题", "article headline", "75.8%受访者表示在防疫过程中更重视邻里关系了", default=None,
                            max_length=LIMITS["headline"])
    date: str | None = doc("刊发日期", "publication date", "2022-05-10", "2021-08", default=None,
                           max_length=LIMITS["date"])
    url: str | None = doc("文章链接", "link to the article", "https://example.com/article", default=None,
                          max_length=LIMITS["url"])
    article: str | None = doc("文章全文的文本文件名（或相对于本文件的路径）：先在本文件所在文件夹找，"
                              "再在 --articles 文件夹和 CHARTS_ARTICLES 中找；charts verify 据此核对数字",
                              "the article's text file: a file name looked up beside this spec, then in the "
                              "--articles folders and CHARTS_ARTICLES (or a path relative to this spec); "
                              "charts verify reads it", "000_1edcd6235aaeee1f.txt", default=None, max_length=LIMITS["path"])


class Citation(Strict):
    """Rows whose numbers come from somewhere other than the main source."""

    rows: list[Label] = doc("这些行的数据另有出处", "categories whose figures come from this other source",
                            ["2016年"], min_length=1, max_length=MAX_ROWS)
    publication: str = doc("出处", "where the figure was published", "青海省水资源公报", min_length=1,
                           max_length=LIMITS["publication"])
    title: str | None = doc("出处标题", "title of that publication", "2020年青海省水资源公报", default=None,
                            max_length=LIMITS["headline"])
    date: str | None = doc("出处日期", "its date", "2021-08", default=None, max_length=LIMITS["date"])
    url: str | None = doc("出处链接", "link to it", "https://example.com/bulletin", default=None,
                          max_length=LIMITS["url"])
    note: str | None = doc("如何得出该数值，印在图注中", "how the figure was obtained; printed in the notes",
                           "2016年数值由2020年数值减去增量推算", default=None, max_length=LIMITS["note"])
    article: str | None = doc("该出处全文的文本文件路径，供 charts verify 核对",
                              "that source's text file, for charts verify", "bulletin.txt", default=None,
                              max_length=LIMITS["path"])


class Reference(Strict):
    """A reference level drawn across the plot, e.g. the usual yearly outflow."""

    label: str = doc("参考线的说明", "what the reference level is", "每年", "去年", min_length=1,
                     max_length=LIMITS["reference"])
    value: Union[int, Number, text(LIMITS["figure"])] = doc(
        "参考值，可按原文写约数；范围同数据", "its value; approximate as the article words it; in the data's range",
        "600多", 50)


class Table(Strict):
    """The data: rows written inline, a CSV file, or a sheet of an Excel workbook beside the spec."""

    columns: list[Label] | None = doc("表头：类别列在前，数值列在后；用 csv 或 xlsx 时可改写文件中的表头",
                                      "header: the category column, then value columns; with csv or xlsx it "
                                      "replaces the file's header",
                                      ["年龄段", "占比"], ["指标", "2021年全年", "今年已发布"], default=None, min_length=2,
                                      max_length=MAX_SERIES + 1)
    rows: list[Annotated[list[Cell], Field(max_length=MAX_SERIES + 1)]] | None = doc(
        "每行：类别，数值…；约数按原文写；数值为0，或绝对值不小于0.000001且小于10^15（1000万亿）",
        "one row per category: label, values…; a figure is 0, or from 0.000001 to under 10^15 (1000万亿) either "
        "side of zero: the range a chart draws",
        [["00后", 21.6], ["90后", 43.6]], default=None, max_length=MAX_ROWS)
    csv: str | None = doc("与本文件同一文件夹下的 CSV 文件（UTF-8，含表头），代替 rows",
                          "a UTF-8 CSV beside the spec, with a header, instead of rows", "年龄构成.csv", default=None,
                          max_length=LIMITS["path"])
    xlsx: str | None = doc(
        "与本文件同一文件夹下的 Excel 工作簿（.xlsx），代替 rows：区域第一行为表头，第一列为类别；"
        "数值取单元格中的数（21.6 即 21.6），百分比格式的单元格取显示的数（显示 21.6% 记为 21.6）；"
        "公式取 Excel 保存时的计算结果；日期、合并单元格不能作数据；作类别的数字按文字读（2016 → \"2016\"）",
        "an Excel workbook (.xlsx) beside the spec, instead of rows: the range's first row is the header, its "
        "first column the categories; a figure is the number in the cell, and a cell formatted as a percentage "
        "gives the figure shown (21.6% gives 21.6); a formula gives the value Excel saved with the file; dates "
        "and merged cells cannot be data; a number used as a category is read as text (2016 gives \"2016\")",
        "调查.xlsx", default=None, max_length=LIMITS["path"])
    sheet: str | None = doc("xlsx 中的工作表名称；不写则取第一个工作表", "the workbook's sheet; the first sheet when "
                            "left out", "年龄", default=None, min_length=1, max_length=31)  # Excel's own limit
    range: str | None = doc("xlsx 中的单元格区域，写作 A1:C7；不写则取工作表中有内容的区域（末尾的空行不计）",
                            "the workbook's cells, written A1:C7; the sheet's used area when left out (empty rows "
                            "at its end left out)", "A1:B6", default=None, max_length=LIMITS["range"])

    @field_validator("range")
    @classmethod
    def _cell_range(cls, value):
        if value is not None and cell_range(value) is None:
            raise PydanticCustomError("cell_range", msg.XLSX_BAD_RANGE, {"got": value})
        return value

    @model_validator(mode="after")
    def _one_source_of_rows(self):
        if sum(source is not None for source in (self.rows, self.csv, self.xlsx)) != 1:
            raise PydanticCustomError("one_source", msg.DATA_ONE_SOURCE)
        if self.rows is not None and self.columns is None:
            raise ValueError("inline `rows` need `columns` naming the category and value columns")
        if self.xlsx is None and (self.sheet is not None or self.range is not None):
            raise PydanticCustomError("sheet_without_xlsx", msg.XLSX_SHEET_ALONE)
        return self


class Spec(Strict):
    """One chart."""

    title: str = doc("标题：图表要说的一句话", "headline: what the chart says", "受访者中90后占比最高",
                     min_length=1, max_length=LIMITS["title"])
    subtitle: str | None = doc("副标题：调查主体、时间、口径", "subtitle: who was asked, when, what is measured",
                               "中国青年报社社会调查中心对1151名受访者的调查", default=None, max_length=LIMITS["subtitle"])
    # The kinds are the registry's, read when a spec is validated or the schema written (a
    # plugin's kind included), never a list frozen when this module is imported.
    kind: str = doc("图表类型", "chart kind", "bar", "donut", json_schema_extra=_kind_choices)
    question: Literal["single", "multi", "none"] = doc(
        "问题类型：single 单选（占比合计约100）/ multi 多选 / none 不是同一问题的占比",
        "single-choice shares (sum to ~100), multi-choice, or none", "single", default="none")
    remainder: Literal["unreported"] | None = doc(
        "单选题原文只报道了部分选项时写 unreported：占比合计可不足100，图中以灰色“未报道”补足，并加注",
        "unreported: the article gives only some answers of a single-choice question, so the shares "
        "may sum to less than 100; the gap is drawn in grey as 未报道 and noted", "unreported", default=None)
    unit: text(LIMITS["unit"]) | Annotated[dict[Label, text(LIMITS["unit"])], Field(max_length=MAX_ROWS)] = doc("单位；各类别单位不同时写成 类别: 单位", "unit, or one per category",
                                     "%", "亿立方米", {"参加企业": "家", "提供岗位": "个"}, default="")
    decimals: int | None = doc("小数位数；不写则按数据原样", "decimal places; as written when left out", 1,
                               default=None, ge=0, le=4)
    scale: Literal["auto", "none", "万", "亿"] = doc("以万或亿为单位：auto 六位数起自动换算，none 不换算",
                                                   "scale to 万 or 亿: auto from six digits, or none", "auto",
                                                   default="auto")
    data: Table = doc("数据表", "the data table", {"columns": ["年龄段", "占比"], "rows": [["00后", 21.6]]})
    sample_size: int | None = doc("样本量（受访者人数）", "sample size (respondents)", 1151, default=None, gt=0,
                                    le=10_000_000_000)  # the footer prints it: a figure, not a wall of digits
    source: Source = doc("数据出处（原文）", "the article the figures come from", {"publication": "中国青年报"})
    also_cited: list[Citation] = doc("另有出处的数据", "rows whose figures come from another source",
                                     [{"rows": ["2016年"], "publication": "青海省水资源公报"}], default_factory=list,
                                     max_length=LIMITS["citations"])
    notes: list[Annotated[str, Field(max_length=LIMITS["note"])]] = doc(
        "注，印在图下", "notes printed under the chart", ["交互分析结果"], default_factory=list,
        max_length=LIMITS["notes"])
    sort: Literal["none", "descending", "ascending"] = doc("排序；默认按书写顺序", "order; as written by default",
                                                         "descending", default="none")
    highlight: Label | Annotated[list[Label], Field(max_length=MAX_ROWS)] | None = doc(
        "突出显示的类别", "categories drawn in the accent colour", "90后", default=None)
    reference: Reference | None = doc("参考线", "a reference line", {"label": "每年", "value": "600多"}, default=None)
    font: str | None = doc("字体名称或字体文件路径（优先于默认字体）", "a font family or file instead of the house font",
                           "Noto Sans CJK SC", default=None, max_length=LIMITS["font"])
    editions: list[EditionTag] = doc(
        "另出的繁体版：台湾（zh-Hant-TW）、香港（zh-Hant-HK），文件名带版本标记", "Traditional Chinese editions "
        "for republication, written beside the chart with the edition's tag in each file name",
        ["zh-Hant-TW"], default_factory=list, max_length=len(REPUBLICATIONS))
    edition_terms: dict[EditionTag, Annotated[dict[Label, Label], Field(max_length=LIMITS["terms"])]] = doc(
        "繁体版中须固定写法的词（自动转换有误的人名、地名等）：原文写法: 该版本写法",
        "terms an edition must print as given where the automatic conversion is wrong for a name",
        {"zh-Hant-TW": {"脱贫": "脫貧"}}, default_factory=dict, max_length=len(REPUBLICATIONS))

    @field_validator("kind", mode="before")
    @classmethod
    def _registered_kind(cls, value):
        return _known_kind(value)

    @field_validator("highlight")
    @classmethod
    def _as_list(cls, value):
        return [value] if isinstance(value, str) else value

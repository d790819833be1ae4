"""The spec: what a data editor writes, as pydantic models. This is the one contract.

The JSON Schema editors' tools use is generated from these models (`charts schema`).
"""

from __future__ import annotations

from decimal import Decimal
from typing import Annotated, Literal, Union

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

KINDS = ("bar", "column", "stacked", "donut", "line", "grouped", "figures")

# Longest texts a chart can set well (characters); past them a spec is refused. Categories
# and column names: see spec/table.py.
LIMITS = {"title": 60, "subtitle": 120, "note": 200, "notes": 8}

# A table cell: a category label, a number, or a figure as the article words it ("600多").
# NaN and infinity pass here so the table check can say, at the cell, why they cannot be drawn.
Cell = Union[int, Annotated[Decimal, Field(allow_inf_nan=True)], str, None]


class Strict(BaseModel):
    """Unknown keys are errors: a typo never passes silently."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class Source(Strict):
    """The article the numbers come from."""

    publication: str = Field(min_length=1, description="刊发媒体，如 中国青年报 / publication")
    title: str | None = Field(None, description="文章标题 / article title")
    date: str | None = Field(None, description="刊发日期 YYYY-MM-DD / publication date")
    url: str | None = Field(None, description="文章链接 / link to the article")
    article: str | None = Field(None, description="文章全文的文本文件路径（相对于本文件） / article text file")


class Citation(Strict):
    """Rows whose numbers come from somewhere other than the main source."""

    rows: list[str] = Field(min_length=1, description="这些行的数据另有出处 / categories with another source")
    publication: str = Field(min_length=1, description="出处 / where the figure was published")
    title: str | None = None
    date: str | None = None
    url: str | None = None
    note: str | None = Field(None, description="如何得出该数值 / how the figure was obtained")
    article: str | None = Field(None, description="该出处全文的文本文件路径，供 charts verify 核对")


class Reference(Strict):
    """A reference level drawn across the plot, e.g. the usual yearly outflow."""

    label: str = Field(min_length=1)
    value: Union[int, Decimal, str]


class Table(Strict):
    """The data: a header and rows written inline, or a CSV file beside the spec."""

    columns: list[str] | None = Field(None, min_length=2, description="表头：类别列在前，数值列在后")
    rows: list[list[Cell]] | None = Field(None, description="每行：类别, 数值…")
    csv: str | None = Field(None, description="与本文件同一文件夹下的 CSV 文件（含表头）")

    @model_validator(mode="after")
    def _one_source_of_rows(self):
        if (self.rows is None) == (self.csv is None):
            raise ValueError("give either `rows` (with `columns`) or `csv`, not both or neither")
        if self.rows is not None and self.columns is None:
            raise ValueError("inline `rows` need `columns` naming the category and value columns")
        return self


class Spec(Strict):
    """One chart."""

    title: str = Field(min_length=1, max_length=LIMITS["title"], description="标题 / headline")
    subtitle: str | None = Field(None, max_length=LIMITS["subtitle"], description="副标题：调查主体、时间、口径")
    kind: Literal[KINDS] = Field(description="图表类型 / chart kind")  # type: ignore[valid-type]
    question: Literal["single", "multi", "none"] = Field(
        "none", description="single 单选（占比合计约100）/ multi 多选 / none 非问卷占比")
    unit: str | dict[str, str] = Field(
        "", description="单位，如 % 或 亿立方米；各类别单位不同时写成 类别: 单位")
    decimals: int | None = Field(None, ge=0, le=4, description="小数位数；不写则按数据原样")
    scale: Literal["auto", "none", "万", "亿"] = Field(
        "auto", description="以万或亿为单位：auto 六位数起自动换算，none 不换算")
    data: Table
    sample_size: int | None = Field(None, gt=0, description="样本量（受访者人数）")
    source: Source
    also_cited: list[Citation] = Field(default_factory=list, description="另有出处的数据")
    notes: list[Annotated[str, Field(max_length=LIMITS["note"])]] = Field(
        default_factory=list, max_length=LIMITS["notes"], description="注")
    sort: Literal["none", "descending", "ascending"] = "none"
    highlight: str | list[str] | None = Field(None, description="突出显示的类别")
    reference: Reference | None = None
    font: str | None = Field(None, description="字体名称或字体文件路径")

    @field_validator("highlight")
    @classmethod
    def _as_list(cls, value):
        return [value] if isinstance(value, str) else value

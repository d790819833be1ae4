"""`charts new`: a commented spec to start from, with the fields its kind uses.

The example (settings, header, rows) is the kind's own: each kind module declares its starter."""

from __future__ import annotations

from charts import kinds


def _cell(value) -> str:
    return f"{value:.2f}" if isinstance(value, float) and value != round(value, 1) else \
        (f'"{value}"' if isinstance(value, str) else str(value))


def starter_spec(kind: str, schema: str) -> str:
    starter = kinds.get(kind).starter
    settings, columns, rows = starter.settings, starter.columns, starter.rows
    lines = [
        f"# yaml-language-server: $schema={schema}",
        "# 新图表。把示例换成文章里的表格，然后：charts check 本文件 && charts verify 本文件 && charts render 本文件",
        "# Every field is described in docs/spec.md; an editor with the YAML extension completes them.",
        "title: 一句话说清图表要点          # 标题：读者先读到的结论",
        "subtitle: 调查主体、时间、口径      # 可删",
        f"kind: {kind}",
        settings,
        "data:",
        f"  columns: [{', '.join(columns)}]   # 类别列在前，数值列在后；也可写 csv: 数据.csv",
        "  rows:                            # 按文章的顺序；约数按原文写，如 两万多",
    ]
    lines += [f"    - [{', '.join(_cell(c) for c in row)}]" for row in rows]
    if starter.survey:
        lines.append("sample_size: 1151                # 样本量：对1151名受访者")
    lines += [
        "source:",
        "  publication: 中国青年报           # 刊发媒体",
        "  title: 文章标题",
        "  # article: ../articles/文章.txt    # 原文文本，供 charts verify 核对每个数字",
        "notes: []                          # 注，如 [交互分析结果]",
    ]
    return "\n".join(lines) + "\n"

"""`charts new`: a commented spec to start from, with the fields its kind uses."""

from __future__ import annotations

DATA = {
    "bar": ('question: multi          # single 单选（合计约100）/ multi 多选 / none 非同一问题\nunit: "%"\ndecimals: 1',
            ["事项", "占比"], [["分享防疫信息", 54.0], ["相互提醒防疫措施", 49.3], ["交流生活经验", 47.2]]),
    "column": ('question: none\nunit: "%"\ndecimals: 1', ["受访者", "占比"],
               [["全体受访者", 53.5], ["00后受访者", 58.1], ["一线城市受访者", 55.6]]),
    "stacked": ('question: single         # 一个整体的各部分：占比合计约100\nunit: "%"\ndecimals: 1', ["所在地", "占比"],
                [["一线城市", 24.1], ["二线城市", 38.3], ["三四线城市", 24.3], ["县城或城镇", 9.5], ["农村", 3.8]]),
    "donut": ('question: single         # 环形图只用于单选题：占比合计约100\nunit: "%"\ndecimals: 1', ["年龄段", "占比"],
              [["00后", 21.6], ["90后", 43.6], ["80后", 26.9], ["70后", 7.1], ["其他", 0.9]]),
    "line": ("question: none\nunit: 亿立方米\ndecimals: 2", ["年份", "输送水量"], [["2016年", 491.40], ["2020年", 954.98]]),
    "grouped": ("question: none\nunit:                    # 各类别单位不同：每个类别一个小图\n  参加企业: 家\n  提供岗位: 个",
                ["指标", "2021年全年", "今年已发布"], [["参加企业", 814, 131], ["提供岗位", 6435, 529]]),
    "figures": ("question: none\nunit:                    # 每个数字一个单位\n  每年投入资金: 亿元\n  户均年收入: 元\n  生态管护员: 名",
                ["项目", "数值"], [["每年投入资金", 3.7], ["户均年收入", 21600], ["生态管护员", "两万多"]]),
}
SURVEY = {"bar", "stacked", "donut"}


def _cell(value) -> str:
    return f"{value:.2f}" if isinstance(value, float) and value != round(value, 1) else \
        (f'"{value}"' if isinstance(value, str) else str(value))


def starter_spec(kind: str, schema: str) -> str:
    settings, columns, rows = DATA[kind]
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
    if kind in SURVEY:
        lines.append("sample_size: 1151                # 样本量：对1151名受访者")
    lines += [
        "source:",
        "  publication: 中国青年报           # 刊发媒体",
        "  title: 文章标题",
        "  # article: ../articles/文章.txt    # 原文文本，供 charts verify 核对每个数字",
        "notes: []                          # 注，如 [交互分析结果]",
    ]
    return "\n".join(lines) + "\n"

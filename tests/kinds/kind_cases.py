"""Small specs for each kind, written as editors would, including awkward cases."""

HEADER = """
title: {title}
subtitle: 中国青年报社社会调查中心对1151名受访者的调查
kind: {kind}
question: {question}
unit: {unit}
sample_size: 1151
source: {{publication: 中国青年报}}
"""

SHARES = """
data:
  columns: [年龄段, 占比]
  rows:
    - ["00后", 21.6]
    - ["90后", 43.6]
    - ["80后", 26.9]
    - ["70后", 7.1]
    - [其他, 0.9]
"""

LONG_LABELS = """
data:
  columns: [事项, 占比]
  rows:
    - [分享防疫信息以及社区发布的各类通知和核酸检测安排, 54.0]
    - [相互提醒防疫措施, 49.3]
    - [帮助买菜、运送物资（含代购药品）, 38.1]
"""


def spec(kind: str, data: str, question: str = "none", unit: str = '"%"',
         title: str = "受访者年龄构成", extra: str = "") -> str:
    return HEADER.format(title=title, kind=kind, question=question, unit=unit) + data + extra

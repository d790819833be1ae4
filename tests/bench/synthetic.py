"""Synthetic specs of every kind, with the titles and labels a Chinese newsroom writes.

    write_specs(folder, count) -> the spec files, kinds in turn, values from a fixed seed

Same count, same files: a benchmark compares like with like from run to run.
"""

from __future__ import annotations

import random
from pathlib import Path

KINDS = ("bar", "column", "stacked", "donut", "line", "grouped", "figures")

PLACES = ["北京", "上海", "广州", "深圳", "成都", "武汉", "杭州", "西安", "重庆", "南京", "青海", "广西", "江门", "天等县"]
SURVEYS = ["中国青年报社社会调查中心", "本报调查组", "市统计局城调队", "高校课题组"]
PAPERS = ["中国青年报", "人民日报", "新华网", "经济日报", "南方日报"]
ACTIVITIES = ["分享防疫信息", "相互提醒防疫措施", "交流生活经验", "互相帮忙取快递", "一起参加社区活动",
              "照看老人和孩子", "团购生活物资", "分享美食", "结伴锻炼身体", "帮忙照看宠物"]
GROUPS = ["全体受访者", "00后受访者", "90后受访者", "一线城市受访者", "县城受访者", "农村受访者"]
PARTS = {
    "所在地": ["一线城市", "二线城市", "三四线城市", "县城或城镇", "农村"],
    "年龄段": ["00后", "90后", "80后", "70后", "其他"],
    "出行方式": ["地铁", "公交", "骑行", "步行", "自驾", "出租车或网约车"],
    "就业去向": ["制造业", "建筑业", "批发和零售业", "住宿和餐饮业", "交通运输业", "其他行业"],
}
MEASURES = [("向下游输送水量", "亿立方米", 2, 300, 1000), ("快递业务量", "亿件", 1, 2, 12),
            ("城镇新增就业", "万人", 0, 800, 1400), ("居民人均可支配收入", "元", 0, 20000, 50000),
            ("森林覆盖率", "%", 1, 20, 40)]
PANELS = [("发布清单", "期", 2, 20), ("参加企业", "家", 80, 900), ("提供岗位", "个", 500, 9000),
          ("需求员工", "人", 3000, 40000)]
FIGURES = [("每年投入资金", "亿元", 1), ("户均年收入", "元", 0), ("生态管护员", "名", 0),
           ("近3年技能培训", "人", 0), ("就业帮扶车间带动就业", "万人", 2), ("新建公共服务站", "个", 0)]


def _shares(rng: random.Random, count: int) -> list[float]:
    """Shares of one whole, to one decimal, adding up to exactly 100."""
    weights = [rng.uniform(0.5, 4) for _ in range(count)]
    shares = [round(100 * w / sum(weights), 1) for w in weights]
    shares[0] = round(100 - sum(shares[1:]), 1)
    return shares


def _rows(rows) -> str:
    return "".join(f"    - [{', '.join(_cell(c) for c in row)}]\n" for row in rows)


def _cell(value) -> str:
    return f'"{value}"' if isinstance(value, str) else repr(value)


def _source(rng: random.Random, index: int) -> str:
    return (f"source:\n  publication: {rng.choice(PAPERS)}\n"
            f"  title: {rng.choice(PLACES)}民生调查之{index + 1}\n")


def spec_text(index: int) -> str:
    """The spec of chart number `index`; its kind is KINDS[index % 7]."""
    rng = random.Random(index)
    kind = KINDS[index % len(KINDS)]
    place, survey, size = rng.choice(PLACES), rng.choice(SURVEYS), rng.randrange(800, 3000)
    who = f"subtitle: {survey}对{size}名{place}受访者的调查\n"
    if kind == "bar":
        picked = rng.sample(ACTIVITIES, rng.randrange(4, 9))
        values = sorted((round(rng.uniform(8, 70), 1) for _ in picked), reverse=True)
        body = (f"title: {place}受访者与邻居最常做的事\n{who}kind: bar\nquestion: multi\nunit: \"%\"\n"
                f"decimals: 1\ndata:\n  columns: [事项, 占比]\n  rows:\n{_rows(zip(picked, values))}"
                f"sample_size: {size}\n")
    elif kind == "column":
        picked = rng.sample(GROUPS, rng.randrange(3, 6))
        rows = [(g, round(rng.uniform(30, 80), 1)) for g in picked]
        body = (f"title: {picked[1]}更觉得与邻居关系近了\n{who}kind: column\nquestion: none\nunit: \"%\"\n"
                f"decimals: 1\ndata:\n  columns: [受访者, 占比]\n  rows:\n{_rows(rows)}"
                f"highlight: [\"{picked[1]}\"]\nsample_size: {size}\n")
    elif kind in ("stacked", "donut"):
        column, parts = rng.choice(sorted(PARTS.items()))
        shares = _shares(rng, len(parts))
        body = (f"title: {place}受访者的{column}构成\n{who}kind: {kind}\nquestion: single\nunit: \"%\"\n"
                f"decimals: 1\ndata:\n  columns: [{column}, 占比]\n  rows:\n{_rows(zip(parts, shares))}"
                f"sample_size: {size}\n")
    elif kind == "line":
        name, unit, decimals, low, high = rng.choice(MEASURES)
        first = rng.randrange(2008, 2014)
        years = range(first, first + rng.randrange(5, 10))
        rows = [(f"{y}年", round(rng.uniform(low, high), decimals) if decimals else rng.randrange(low, high))
                for y in years]
        body = (f"title: {place}{name}{years[-1]}年达{rows[-1][1]}{unit}\nsubtitle: {place}历年{name}\n"
                f"kind: line\nquestion: none\nunit: \"{unit}\"\ndecimals: {decimals}\n"
                f"data:\n  columns: [年份, {name}]\n  rows:\n{_rows(rows)}")
    elif kind == "grouped":
        panels = rng.sample(PANELS, rng.randrange(2, 5))
        units = "".join(f"  {label}: {unit}\n" for label, unit, _, _ in panels)
        rows = [(label, rng.randrange(low, high), rng.randrange(low // 4 + 1, high // 4)) for label, _, low, high in panels]
        body = (f"title: {place}与对口地区每月对接岗位信息\nsubtitle: 两地发布的清单及参加企业、岗位和需求员工\n"
                f"kind: grouped\nquestion: none\nunit:\n{units}"
                f"data:\n  columns: [指标, 2021年全年, 今年已发布]\n  rows:\n{_rows(rows)}"
                "notes:\n  - 今年数据截至报道时\n")
    else:
        picked = rng.sample(FIGURES, rng.randrange(3, 5))
        units = "".join(f"  {label}: {unit}\n" for label, unit, _ in picked)
        rows = [(label, round(rng.uniform(1, 50), decimals) if decimals else rng.randrange(1000, 30000))
                for label, _, decimals in picked]
        body = (f"title: {place}生态保护与就业帮扶的成果\nkind: figures\nquestion: none\nunit:\n{units}"
                f"data:\n  columns: [项目, 数值]\n  rows:\n{_rows(rows)}")
    return body + _source(rng, index)


def write_specs(folder: Path, count: int) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for index in range(count):
        path = folder / f"{index:04d}-{KINDS[index % len(KINDS)]}.yaml"
        path.write_text(spec_text(index), encoding="utf-8")
        paths.append(path)
    return paths

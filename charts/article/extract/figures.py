"""A panel of big numbers: 3.7亿元 … 户均年收入21600元 … 两万多名 -> figures near each other."""

from __future__ import annotations

from charts.article.extract.labels import label_before, measure_label
from charts.article.extract.section import Draft, Section

NEAR = 400  # characters: figures further apart belong to different panels
_MOST = 4  # figures to a panel


def read(section: Section) -> list[Draft]:
    """The figures no other reader took, two to four to a panel, changes and sample sizes left out."""
    remaining = [f for f in section.free_figures()
                 if f.start not in section.used and not section.is_change(f) and not section.is_sample(f)]
    drafts, group = [], []
    for figure in remaining + [None]:
        if figure is not None and group and figure.start - group[-1].start < NEAR and len(group) < _MOST:
            group.append(figure)
            continue
        if len(group) >= 2:
            labels, rows, units = [], [], {}
            for f in group:
                label = label_before(section, f) or measure_label(section, f)
                while label in labels:
                    label += "*"
                labels.append(label)
                rows.append([label, f.text])
                units[label] = f.unit
            drafts.append(section.draft("figures", "figures", f"{labels[0]}等数字", ["项目", "数值"], rows,
                                        [f.start for f in group], unit=units,
                                        confirm=["title", "labels: say what each number counts"]))
        group = [figure] if figure is not None else []
    return drafts

"""The baseline: the script an editor would write without `charts`.

    python tests/bench/plain_script.py SPECS_FOLDER OUT_FOLDER FONT_FILE...

One figure per chart, savefig per format (PNG, PNG at twice the dpi, SVG, PDF), and a second
figure at a phone's size (3.75 x 4.5 in) saved as a 1080 px PNG and an SVG, as an editor would
make the phone version; matplotlib's default settings except the CJK font. Prints the seconds each save took, per format, as JSON, last.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt  # noqa: E402
import yaml  # noqa: E402
from matplotlib import font_manager  # noqa: E402


def draw(spec: dict, figsize=None):
    columns, rows = spec["data"]["columns"], spec["data"]["rows"]
    labels = [str(r[0]) for r in rows]
    fig, ax = plt.subplots(figsize=figsize)
    kind = spec["kind"]
    if kind == "bar":
        ax.bar_label(ax.barh(labels[::-1], [r[1] for r in rows][::-1]))
    elif kind == "column":
        ax.bar_label(ax.bar(labels, [r[1] for r in rows]))
    elif kind == "stacked":
        left = 0
        for label, value in zip(labels, [r[1] for r in rows]):
            ax.bar_label(ax.barh([0], [value], left=left, label=label), label_type="center")
            left += value
        ax.legend()
    elif kind == "donut":
        ax.pie([r[1] for r in rows], labels=labels, autopct="%.1f%%", pctdistance=0.8, wedgeprops={"width": 0.4})
    elif kind == "line":
        ax.plot(labels, [r[1] for r in rows], marker="o")
        for label, row in zip(labels, rows):
            ax.annotate(str(row[1]), (label, row[1]), textcoords="offset points", xytext=(0, 6), ha="center")
    elif kind == "grouped":
        for offset, column in enumerate(columns[1:]):
            ax.bar_label(ax.bar([i + offset * 0.4 for i in range(len(rows))], [r[offset + 1] for r in rows], 0.4,
                                label=column))
        ax.set_xticks(range(len(rows)), labels)
        ax.legend()
    else:  # figures: big numbers with their labels
        ax.axis("off")
        for i, (label, value) in enumerate(zip(labels, [r[1] for r in rows])):
            ax.text(i / len(rows), 0.6, f"{value}{spec['unit'][label]}", fontsize=20)
            ax.text(i / len(rows), 0.4, label, fontsize=9)
    ax.set_title(spec["title"])
    return fig


def main() -> None:
    specs, out = Path(sys.argv[1]), Path(sys.argv[2])
    for font in sys.argv[3:]:
        font_manager.fontManager.addfont(font)
    plt.rcParams["font.family"] = font_manager.FontProperties(fname=sys.argv[3]).get_name()
    out.mkdir(parents=True, exist_ok=True)
    seconds: dict[str, list[float]] = {"PNG 1x": [], "PNG 2x": [], "SVG": [], "PDF": [], "phone PNG": [],
                                       "phone SVG": []}
    charts = 0
    for path in sorted(specs.glob("*.yaml")):
        spec = yaml.safe_load(path.read_text(encoding="utf-8"))
        fig = draw(spec)
        for label, name, options in (("PNG 1x", f"{path.stem}.png", {}), ("PNG 2x", f"{path.stem}@2x.png", {"dpi": 200}),
                                     ("SVG", f"{path.stem}.svg", {}), ("PDF", f"{path.stem}.pdf", {})):
            start = time.perf_counter()
            fig.savefig(out / name, **options)
            seconds[label].append(time.perf_counter() - start)
        plt.close(fig)
        phone = draw(spec, figsize=(3.75, 4.5))
        for label, name, options in (("phone PNG", f"{path.stem}.mobile.png", {"dpi": 288}),
                                     ("phone SVG", f"{path.stem}.mobile.svg", {})):
            start = time.perf_counter()
            phone.savefig(out / name, **options)
            seconds[label].append(time.perf_counter() - start)
        plt.close(phone)
        charts += 1
    print(json.dumps({"charts": charts, "seconds": seconds}))


if __name__ == "__main__":
    main()

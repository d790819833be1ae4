"""The other baseline: the same charts as Vega-Lite, drawn by vl-convert-python.

    python tests/bench/vega_script.py SPECS_FOLDER OUT_FOLDER FONT_FOLDER

Kinds both can draw (bar, column, stacked, donut, line, grouped; not figures). PNG at scale
1 and 2, SVG, PDF, each with its value labels. Prints the seconds per format, as JSON, last.
"""

from __future__ import annotations

import json
import sys
import time
from pathlib import Path

import vl_convert as vlc
import yaml

FONT = "Noto Sans SC"


def vega_lite(spec: dict) -> dict | None:
    columns, rows = spec["data"]["columns"], spec["data"]["rows"]
    values = [{"label": str(r[0]), "value": r[1], "order": i} for i, r in enumerate(rows)]
    text = {"mark": {"type": "text", "fontWeight": "bold"}, "encoding": {"text": {"field": "value"}}}
    kind = spec["kind"]
    if kind in ("bar", "column"):
        along, across = ("y", "x") if kind == "bar" else ("x", "y")
        encoding = {along: {"field": "label", "sort": None, "title": None},
                    across: {"field": "value", "type": "quantitative", "title": None}}
        shift = {"dx": 18} if kind == "bar" else {"dy": -8}
        layers = [{"mark": "bar"}, {**text, "mark": {**text["mark"], **shift}}]
    elif kind == "stacked":
        encoding = {"x": {"field": "value", "type": "quantitative", "stack": "normalize", "title": None},
                    "color": {"field": "label", "sort": None, "title": None}, "order": {"field": "order"}}
        layers = [{"mark": "bar"}, {**text, "encoding": {**text["encoding"], "x": {**encoding["x"], "bandPosition": 0.5},
                                                         "color": {"value": "white"}}}]
    elif kind == "donut":
        encoding = {"theta": {"field": "value", "type": "quantitative", "stack": True},
                    "color": {"field": "label", "sort": None, "title": None}, "order": {"field": "order"}}
        layers = [{"mark": {"type": "arc", "innerRadius": 60, "outerRadius": 110}},
                  {**text, "mark": {"type": "text", "radius": 130}}]
    elif kind == "line":
        encoding = {"x": {"field": "label", "type": "ordinal", "sort": None, "title": None},
                    "y": {"field": "value", "type": "quantitative", "title": spec["unit"]}}
        layers = [{"mark": {"type": "line", "point": True}}, {**text, "mark": {**text["mark"], "dy": -10}}]
    elif kind == "grouped":
        values = [{"label": str(r[0]), "period": c, "value": v} for r in rows for c, v in zip(columns[1:], r[1:])]
        return {"data": {"values": values}, "config": {"font": FONT, "axisX": {"labelAngle": 0}},
                "title": spec["title"], "resolve": {"scale": {"y": "independent"}},
                "facet": {"column": {"field": "label", "sort": None, "title": None}},
                "spec": {"width": 120, "height": 200, "encoding": {
                    "x": {"field": "period", "title": None}, "y": {"field": "value", "type": "quantitative", "title": None},
                    "color": {"field": "period", "title": None}},
                    "layer": [{"mark": "bar"}, {**text, "mark": {**text["mark"], "dy": -8}}]}}
    else:
        return None
    return {"data": {"values": values}, "width": 560, "title": spec["title"], "config": {"font": FONT, "axisX": {"labelAngle": 0}},
            "encoding": encoding, "layer": layers}


def main() -> None:
    specs, out = Path(sys.argv[1]), Path(sys.argv[2])
    vlc.register_font_directory(sys.argv[3])
    out.mkdir(parents=True, exist_ok=True)
    seconds: dict[str, list[float]] = {"PNG 1x": [], "PNG 2x": [], "SVG": [], "PDF": [], "phone PNG": [],
                                       "phone SVG": []}
    for path in sorted(specs.glob("*.yaml")):
        chart = vega_lite(yaml.safe_load(path.read_text(encoding="utf-8")))
        if chart is None:
            continue
        phone = {**chart, "width": 300}  # the phone version: laid out narrower, exported at 3x
        for label, name, make in (("PNG 1x", f"{path.stem}.png", lambda: vlc.vegalite_to_png(chart, scale=1)),
                                  ("PNG 2x", f"{path.stem}@2x.png", lambda: vlc.vegalite_to_png(chart, scale=2)),
                                  ("SVG", f"{path.stem}.svg", lambda: vlc.vegalite_to_svg(chart).encode()),
                                  ("PDF", f"{path.stem}.pdf", lambda: vlc.vegalite_to_pdf(chart)),
                                  ("phone PNG", f"{path.stem}.mobile.png", lambda: vlc.vegalite_to_png(phone, scale=3)),
                                  ("phone SVG", f"{path.stem}.mobile.svg", lambda: vlc.vegalite_to_svg(phone).encode())):
            start = time.perf_counter()
            (out / name).write_bytes(make())
            seconds[label].append(time.perf_counter() - start)
    print(json.dumps({"charts": len(seconds["PNG 1x"]), "seconds": seconds}))


if __name__ == "__main__":
    main()

"""The editable SVG: the chart's shapes as drawn, its words as live text a designer can edit.

matplotlib writes text either as outlines or as one <text> per run with a family stack that
names the wrong fonts. Here the shapes come from matplotlib (text hidden) and the words are
written from the canvas's own list of labels: one <text> per label, `xml:lang` the edition's, a
font-family list that names the real CJK family first, squeezed punctuation as tspan dx,
and one named layer per part (title, subtitle, plot, labels, values, footer…).
"""

from __future__ import annotations

import io
import xml.etree.ElementTree as ET

from charts.plan.text import runs

SVG = "http://www.w3.org/2000/svg"
XLINK = "http://www.w3.org/1999/xlink"
INKSCAPE = "http://www.inkscape.org/namespaces/inkscape"
XML = "http://www.w3.org/XML/1998/namespace"
ET.register_namespace("", SVG)
ET.register_namespace("xlink", XLINK)
ET.register_namespace("inkscape", INKSCAPE)
for _prefix, _uri in (("dc", "http://purl.org/dc/elements/1.1/"), ("cc", "http://creativecommons.org/ns#"),
                     ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#")):
    ET.register_namespace(_prefix, _uri)

# Layers in painting order; text layers above the plot.
TEXT_LAYERS = ("title", "subtitle", "unit", "key", "axis", "reference", "labels", "values", "footer")


def _number(value: float) -> str:
    return f"{value:.2f}".rstrip("0").rstrip(".")


def editable_svg(canvas, svg_bytes_of) -> bytes:
    """`svg_bytes_of(figure)` renders the figure as SVG (the export's deterministic writer)."""
    texts = canvas.figure.texts
    for artist in texts:
        artist.set_visible(False)
    try:
        shapes = svg_bytes_of(canvas.figure)
    finally:
        for artist in texts:
            artist.set_visible(True)
    root = ET.fromstring(shapes)
    plot = ET.Element(f"{{{SVG}}}g", {"id": "plot", f"{{{INKSCAPE}}}groupmode": "layer",
                                      f"{{{INKSCAPE}}}label": "plot"})
    for child in list(root):
        if child.tag not in (f"{{{SVG}}}metadata", f"{{{SVG}}}defs", f"{{{SVG}}}style"):
            root.remove(child)
            plot.append(child)
    root.append(plot)

    families = ", ".join(f"'{f}'" for f in dict.fromkeys(
        [canvas.fonts["body"].family, *canvas.edition.fallback_fonts])) + ", sans-serif"
    layers: dict[str, ET.Element] = {}
    for n, (x, y, s, size, color, role, gid) in enumerate(canvas.texts):
        name = gid if gid in TEXT_LAYERS else "labels"
        if name not in layers:
            layers[name] = ET.Element(f"{{{SVG}}}g", {"id": name, f"{{{INKSCAPE}}}groupmode": "layer",
                                                      f"{{{INKSCAPE}}}label": name})
        layers[name].append(_text(f"{name}-{n}", x, y, s, size, color, role, families,
                                  canvas.advances[role], canvas.edition.language))
    for name in TEXT_LAYERS:
        if name in layers:
            root.append(layers[name])
    out = io.BytesIO()
    ET.ElementTree(root).write(out, encoding="utf-8", xml_declaration=True)
    return out.getvalue()


def _text(ident, x, y, s, size, color, role, families, advances, language) -> ET.Element:
    attrs = {
        "id": ident, f"{{{XML}}}lang": language, f"{{{XML}}}space": "preserve",
        "font-family": families, "font-size": _number(size), "fill": color,
    }
    if role == "title":
        attrs["font-weight"] = "700"
    element = ET.Element(f"{{{SVG}}}text", attrs)
    pieces = runs(s, size, advances)
    element.set("x", _number(x + pieces[0][0]))
    element.set("y", _number(y))
    pen = x  # where the renderer's pen stands after each run, without squeezing
    for n, (offset, piece) in enumerate(pieces):
        if n == 0:
            element.text = piece
        else:
            span = ET.SubElement(element, f"{{{SVG}}}tspan", {"dx": _number(x + offset - pen)})
            span.text = piece
        pen = x + offset + size * sum(advances.get(ord(c), 1.0) for c in piece)
    return element


"""Fonts: which font each role is set in, prepared once, subset per chart.

Owns `resolve` (house font, --font, spec font, fallbacks; the one-time cut of the bundled
variable font), `truetype` (CFF -> TrueType conversion) and `subset` (per-chart subsets for
PDF, SVG and the review page). Takes font names or files; gives `FontChoice`s and font bytes.
"""

"""Draw: a `Chart` -> a `Canvas` holding matplotlib artists.

Owns `canvas` (text, rects, lines in points from the top left) and `frame` (title,
subtitle, unit line, plot, footer; the plot itself is drawn by the chart kind's module)
and `layout` (the checker every composed canvas passes before export).
Takes a Chart; gives a Canvas. Writes nothing.
"""

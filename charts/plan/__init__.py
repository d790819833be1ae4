"""Plan: a checked spec + theme + fonts -> `Chart`, everything drawing needs, resolved.

Owns `chart` (numbers formatted, notes composed, colours, the glyph preflight) and `text`
(line breaking with kinsoku rules, mixed-script runs). Takes a LoadedSpec, its Findings,
the fonts and a Size; gives a `Chart`. Draws nothing.
"""

"""Figures: the one grammar that reads them and the house rules that print them.

Owns: `grammar` (a figure as an article or a spec words it: Arabic and Chinese numerals,
万/亿, approximate qualifiers, stated changes) and `format` (scale, decimal places, minus).
Takes text or cells; gives `Value`s and printed strings. Imports nothing but the standard
library, so every stage may use it.
"""

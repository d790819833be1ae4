"""Check: the data rules a spec must pass before it is drawn.

Owns the rules (shares sum to about 100, question type against kind, units, counts).
Takes a LoadedSpec; gives `Findings` (errors stop a chart, notes go to its footer).
"""

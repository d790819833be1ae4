"""Articles: reading their text, verifying a chart's figures against it, drafting specs.

Owns: `read` (text as extracted from PDFs, normalised, with line numbers), `verify` (every
figure of a spec found in its article) and `extract` + `drafts` (draft specs from an article).
Takes a LoadedSpec or an article file; gives `Check`s per figure and `Draft`s.
"""

"""Spec: what the editor wrote, found, read strictly and validated.

Owns `files` (which spec files a command works on, chart names; imports nothing heavy),
`loader` (strict YAML with line and column of every field), `model` (the pydantic Spec, the
one contract), `table` (the data as a typed table, from rows or a CSV), `read` (file ->
LoadedSpec), `schema`, `docs` (docs/spec.md) and `starter` (`charts new`).
Takes YAML files; gives `LoadedSpec` (the Spec, its table, where each field was written).
"""

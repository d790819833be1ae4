"""docs/spec.md, written from the model: every field, its type, default, meaning and examples;
then each chart kind and what it may draw, from the kinds registry.

    python -m charts.spec.docs > docs/spec.md

A test keeps the committed page equal to this output, so no field goes undocumented.
"""

from __future__ import annotations

import inspect
import json
import types
import typing

from pydantic_core import PydanticUndefined

from charts import kinds
from charts.inputs import MAX_ARTICLE_BYTES, MAX_CSV_BYTES, MAX_SPEC_BYTES
from charts.spec.excel import MAX_CELLS, MAX_XLSX_BYTES, MAX_XLSX_UNPACKED
from charts.spec.model import Citation, Reference, Source, Spec, Table

SECTIONS = [("spec", Spec), ("data", Table), ("source", Source), ("also_cited[]", Citation),
            ("reference", Reference)]


def _type(annotation, schema: dict) -> str:
    if "enum" in schema:  # a choice, fixed in the model or (kind) read from the registry
        return f"Literal[{', '.join(repr(v) for v in schema['enum'])}]"
    return _type_name(annotation).replace("|", "\\|")


def _type_name(annotation) -> str:
    """A type as an editor reads it: list[str], str | None; limits go to their own column."""
    origin, args = typing.get_origin(annotation), typing.get_args(annotation)
    if origin is typing.Annotated:
        return _type_name(args[0])
    if origin in (typing.Union, types.UnionType):
        return " | ".join(_type_name(a) for a in args)
    if origin is not None:
        return f"{origin.__name__}[{', '.join(_type_name(a) for a in args)}]"
    if annotation is type(None):
        return "None"
    return annotation.__name__ if isinstance(annotation, type) else str(annotation)


def _example(value) -> str:
    return "`" + json.dumps(value, ensure_ascii=False) + "`"


def spec_markdown() -> str:
    lines = ["# The spec, field by field", "",
             "Generated from the model (`charts/spec/model.py`) by `python -m charts.spec.docs`;",
             "`charts schema` prints the same as JSON Schema for editors. Unknown keys are errors.", ""]
    for name, model in SECTIONS:
        lines += [f"## `{name}`", "", (model.__doc__ or "").strip(), "",
                  "| field | type | required / default | limits | meaning | examples |", "|---|---|---|---|---|---|"]
        properties = model.model_json_schema()["properties"]
        for field_name, info in model.model_fields.items():
            if info.is_required():
                default = "required"
            elif info.default_factory is not None:
                default = _example(info.default_factory())
            else:
                default = _example(info.default) if info.default is not PydanticUndefined else ""
            examples = ", ".join(_example(e) for e in info.examples or [])
            limits = ", ".join(dict.fromkeys(_limits(properties[field_name]))) or "–"
            lines.append(f"| `{field_name}` | {_type(info.annotation, properties[field_name])} | {default} | {limits} | "
                         f"{(info.description or '').replace('|', '/')} | {examples} |")
        lines.append("")
    return "\n".join(lines + _files() + _kinds())


def _files() -> list[str]:
    """Where the files a spec names may lie and how large they may be (charts/inputs.py)."""
    return ["## Files a spec names", "",
            "A spec, its `data.csv` or `data.xlsx` and its articles (`source.article`, `also_cited[].article`) are read",
            "only as regular files (never a folder, device, named pipe or socket), only up to their",
            "size limit, and only inside the project: the folder holding the spec's git root, or with",
            "no git the folder that holds the spec's folder. Links are followed first, so a link",
            "inside the project to a file outside it counts as outside. `data.csv` and `data.xlsx` lie beside the",
            "spec (or in a folder below it); an article may also lie in a folder named with",
            "`--articles DIR` or `CHARTS_ARTICLES`. `--allow-outside` (render, check, verify) lifts",
            "the folder rule only: never the regular-file rule or the size limits.", "",
            "| file | at most |", "|---|---|",
            f"| spec | {MAX_SPEC_BYTES:,} bytes |", f"| `data.csv` | {MAX_CSV_BYTES:,} bytes |",
            f"| `data.xlsx` | {MAX_XLSX_BYTES:,} bytes, unpacking to {MAX_XLSX_UNPACKED:,}; {MAX_CELLS:,} cells read |",
            f"| article | {MAX_ARTICLE_BYTES:,} bytes |", ""]


def _limits(schema: dict) -> list[str]:
    """The bounds the schema states for a field, in words: every limit a spec is held to is
    read from the model, so this page cannot promise another number than the check applies."""
    said = [w for sub in schema.get("anyOf", []) for w in _limits(sub)]
    if "maxLength" in schema:
        said.append(f"≤ {schema['maxLength']} characters")
    if "maxItems" in schema:
        inner = _limits(schema.get("items", {}))
        said.append(f"≤ {schema['maxItems']} items" + (f" of {' or '.join(inner)}" if inner else ""))
    if "maxProperties" in schema:
        keys, values = _limits(schema.get("propertyNames", {})), _limits(schema.get("additionalProperties", {}))
        said.append(f"≤ {schema['maxProperties']} entries (key {', '.join(keys) or 'any'}, "
                    f"value {', '.join(values) or 'any'})")
    if "maximum" in schema:
        low = schema.get("minimum", schema.get("exclusiveMinimum"))
        said.append(f"{'>' if 'exclusiveMinimum' in schema else '≥'} {low}, ≤ {schema['maximum']:,}"
                    if low is not None else f"≤ {schema['maximum']:,}")
    return said


def _kinds() -> list[str]:
    """What each kind may draw, from its traits: the rules `charts check` applies."""
    def yes(flag: bool) -> str:
        return "yes" if flag else "no"

    lines = ["## Kinds", "",
             "Each kind is one module in `charts/kinds/` (or a plugin's, entry-point group `charts.kinds`) that",
             "declares what it may draw; `charts check` holds a spec to these.", "",
             "| kind | 名称 | draws | questions | value columns | categories | units per category | "
             "approximate figures | reference line | in a narrow column |",
             "|---|---|---|---|---|---|---|---|---|---|"]
    for k in kinds.registered():
        about = " ".join((inspect.getmodule(k.draw).__doc__ or "").strip().split("\n\n")[0].split())
        columns = {"one": "one", "several": "two or more", "any": "any"}[k.series]
        rows = f"{k.rows[0]}–{k.rows[1]}" if k.rows else "any"
        lines.append(f"| `{k.name}` | {k.chinese} | {about.replace('|', '/')} | {', '.join(k.questions)} | {columns} | "
                     f"{rows} | {yes(k.units_per_category)} | {yes(k.approximate)} | {yes(k.reference)} | "
                     f"{k.narrow or '–'} |")
    lines.append("")
    return lines


if __name__ == "__main__":
    print(spec_markdown(), end="")

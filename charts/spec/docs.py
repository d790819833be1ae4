"""docs/spec.md, written from the model: every field, its type, default, meaning and examples;
then each chart kind and what it may draw, from the kinds registry.

    python -m charts.spec.docs > docs/spec.md

A test keeps the committed page equal to this output, so no field goes undocumented.
"""

from __future__ import annotations

import inspect
import json

from pydantic_core import PydanticUndefined

from charts import kinds
from charts.spec.model import Citation, Reference, Source, Spec, Table

SECTIONS = [("spec", Spec), ("data", Table), ("source", Source), ("also_cited[]", Citation),
            ("reference", Reference)]


def _type(annotation, schema: dict) -> str:
    if "enum" in schema:  # a choice, fixed in the model or (kind) read from the registry
        return f"Literal[{', '.join(repr(v) for v in schema['enum'])}]"
    text = str(annotation).replace("typing.", "").replace("decimal.", "").replace("NoneType", "None")
    return text.replace("<class '", "").replace("'>", "").replace("|", "\\|")


def _example(value) -> str:
    return "`" + json.dumps(value, ensure_ascii=False) + "`"


def spec_markdown() -> str:
    lines = ["# The spec, field by field", "",
             "Generated from the model (`charts/spec/model.py`) by `python -m charts.spec.docs`;",
             "`charts schema` prints the same as JSON Schema for editors. Unknown keys are errors.", ""]
    for name, model in SECTIONS:
        lines += [f"## `{name}`", "", (model.__doc__ or "").strip(), "",
                  "| field | type | required / default | meaning | examples |", "|---|---|---|---|---|"]
        properties = model.model_json_schema()["properties"]
        for field_name, info in model.model_fields.items():
            if info.is_required():
                default = "required"
            elif info.default_factory is not None:
                default = _example(info.default_factory())
            else:
                default = _example(info.default) if info.default is not PydanticUndefined else ""
            examples = ", ".join(_example(e) for e in info.examples or [])
            lines.append(f"| `{field_name}` | {_type(info.annotation, properties[field_name])} | {default} | "
                         f"{(info.description or '').replace('|', '/')} | {examples} |")
        lines.append("")
    return "\n".join(lines + _kinds())


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

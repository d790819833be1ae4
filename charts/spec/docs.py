"""docs/spec.md, written from the model: every field, its type, default, meaning and examples.

    python -m charts.spec.docs > docs/spec.md

A test keeps the committed page equal to this output, so no field goes undocumented.
"""

from __future__ import annotations

import json

from pydantic_core import PydanticUndefined

from charts.spec.model import Citation, Reference, Source, Spec, Table

SECTIONS = [("spec", Spec), ("data", Table), ("source", Source), ("also_cited[]", Citation),
            ("reference", Reference)]


def _type(annotation) -> str:
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
        for field_name, info in model.model_fields.items():
            if info.is_required():
                default = "required"
            elif info.default_factory is not None:
                default = _example(info.default_factory())
            else:
                default = _example(info.default) if info.default is not PydanticUndefined else ""
            examples = ", ".join(_example(e) for e in info.examples or [])
            lines.append(f"| `{field_name}` | {_type(info.annotation)} | {default} | "
                         f"{(info.description or '').replace('|', '/')} | {examples} |")
        lines.append("")
    return "\n".join(lines)


if __name__ == "__main__":
    print(spec_markdown(), end="")

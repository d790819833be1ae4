"""The JSON Schema of a spec, generated from the pydantic model (never written by hand)."""

from __future__ import annotations

from pathlib import Path

from charts.spec.model import Spec

SCHEMA_FILE = Path(__file__).with_name("spec.schema.json")


def spec_schema() -> dict:
    """Draft-07 keywords only, as the YAML language server of VS Code reads them:
    definitions under `definitions`, not 2019-09's `$defs`."""
    schema = Spec.model_json_schema(ref_template="#/definitions/{model}")
    schema["definitions"] = schema.pop("$defs", {})
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    schema["title"] = "charts spec"
    return schema

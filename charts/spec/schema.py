"""The JSON Schema of a spec, generated from the pydantic model (never written by hand)."""

from __future__ import annotations

from pathlib import Path

from charts.spec.model import Spec

SCHEMA_FILE = Path(__file__).with_name("spec.schema.json")


def spec_schema() -> dict:
    schema = Spec.model_json_schema()
    schema["$schema"] = "http://json-schema.org/draft-07/schema#"
    schema["title"] = "charts spec"
    return schema

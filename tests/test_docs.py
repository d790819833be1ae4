"""The editor's workbench: schema, docs, starter specs and command-line conventions."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from click.testing import CliRunner

from charts.cli import cli
from charts.kinds import names
from charts.spec.docs import SECTIONS, spec_markdown
from charts.spec.loader import load_yaml
from charts.spec.read import load_spec
from charts.spec.schema import SCHEMA_FILE, spec_schema
from tests.conftest import ROOT, SPECS


def test_committed_schema_is_the_models():
    assert json.loads(SCHEMA_FILE.read_text(encoding="utf-8")) == spec_schema()


def test_schema_uses_draft_07_keywords_only():
    text = SCHEMA_FILE.read_text(encoding="utf-8")
    schema = json.loads(text)
    assert schema["$schema"] == "http://json-schema.org/draft-07/schema#"
    assert "$defs" not in text and "prefixItems" not in text and "unevaluated" not in text
    assert "#/definitions/" in text


def _fields():
    for name, model in SECTIONS:
        for field_name, info in model.model_fields.items():
            yield name, field_name, info


@pytest.mark.parametrize("section, field, info", list(_fields()), ids=lambda v: v if isinstance(v, str) else "")
def test_every_field_has_chinese_and_english_and_an_example(section, field, info):
    zh, _, en = (info.description or "").partition(" / ")
    assert any("\u4e00" <= c <= "\u9fff" for c in zh) and en, (section, field)
    assert info.examples, (section, field)


def test_docs_page_is_generated_and_documents_every_field():
    page = (ROOT / "docs" / "spec.md").read_text(encoding="utf-8")
    assert page == spec_markdown(), "docs/spec.md is stale: python -m charts.spec.docs > docs/spec.md"
    for section, field, _ in _fields():
        assert f"| `{field}` |" in page, (section, field)


def _plain(value):
    if isinstance(value, Decimal):
        return float(value)
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


@pytest.mark.parametrize("spec", sorted(SPECS.glob("*.yaml")), ids=lambda p: p.stem)
def test_every_spec_links_and_validates_against_the_committed_schema(spec):
    jsonschema = pytest.importorskip("jsonschema", reason="jsonschema (a test extra) validates against the schema")

    text = spec.read_text(encoding="utf-8")
    assert text.startswith("# yaml-language-server: $schema=../charts/spec/spec.schema.json\n")
    data, _ = load_yaml(text, str(spec))
    jsonschema.Draft7Validator(json.loads(SCHEMA_FILE.read_text(encoding="utf-8"))).validate(_plain(data))


@pytest.mark.parametrize("kind", names())
def test_new_writes_a_spec_that_passes_check(kind, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    runner = CliRunner()
    made = runner.invoke(cli, ["new", f"specs/{kind}", "--kind", kind])
    assert made.exit_code == 0, made.output
    path = tmp_path / "specs" / f"{kind}.yaml"
    assert load_spec(path).spec.kind == kind
    checked = runner.invoke(cli, ["check", "--strict", str(path)])
    assert checked.exit_code == 0, checked.output
    again = runner.invoke(cli, ["new", f"specs/{kind}", "--kind", kind])
    assert again.exit_code == 2 and "never overwrites" in again.output


def test_json_summary_quiet_and_no_colour(tmp_path):
    runner = CliRunner()
    summary = runner.invoke(cli, ["--json", "check", str(SPECS)])
    data = json.loads(summary.stdout)
    assert data["command"] == "check" and data["ok"] == len(list(SPECS.glob("*.yaml")))
    quiet = runner.invoke(cli, ["-q", "check", str(SPECS)])
    assert quiet.exit_code == 0 and quiet.output == ""
    bad = str(ROOT / "tests" / "spec" / "bad_specs" / "40-donut-multi.yaml")
    coloured = runner.invoke(cli, ["check", bad], color=True)
    assert "\x1b[" in coloured.output  # on a terminal
    plain = runner.invoke(cli, ["check", bad])
    assert "\x1b[" not in plain.output  # not a terminal
    no_colour = runner.invoke(cli, ["check", bad], color=True, env={"NO_COLOR": "1"})
    assert "\x1b[" not in no_colour.output


def test_every_command_has_help_with_an_example():
    runner = CliRunner()
    for command in cli.commands:
        result = runner.invoke(cli, [command, "-h"])
        assert result.exit_code == 0 and "Example" in result.output, command


def test_gallery_has_every_seed_chart():
    gallery = ROOT / "docs" / "gallery"
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    for spec in SPECS.glob("*.yaml"):
        assert (gallery / f"{spec.stem}.png").is_file()
        assert f"docs/gallery/{spec.stem}.png" in readme


def test_pre_commit_hooks_run_charts():
    import yaml

    hooks = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert {h["id"]: h["entry"] for h in hooks} == {"charts-check": "charts check --strict",
                                                     "charts-verify": "charts verify --quiet"}

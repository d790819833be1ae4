"""Fixtures the article tests share."""

from __future__ import annotations

import json

import pytest

from charts.article.verify import verify_spec
from charts.spec.read import load_spec


@pytest.fixture
def checked(tmp_path):
    """Statuses of a spec's table figures against an article written beside it."""

    def run(article: str, rows: list, columns=("项目", "数值"), unit="%", kind="bar", title="t") -> dict[str, str]:
        (tmp_path / "a.txt").write_text(article, encoding="utf-8")
        spec = tmp_path / "t.yaml"
        rows_yaml = "\n".join(f"    - {json.dumps(list(r), ensure_ascii=False)}" for r in rows)
        spec.write_text(f"title: {json.dumps(title, ensure_ascii=False)}\nkind: {kind}\nunit: {json.dumps(unit, ensure_ascii=False)}\ndata:\n"
                        f"  columns: {json.dumps(list(columns), ensure_ascii=False)}\n  rows:\n{rows_yaml}\n"
                        "source: {publication: 测试报, article: a.txt}\n", encoding="utf-8")
        return {c.what: c.status for c in verify_spec(load_spec(spec)) if c.field[0] == "data"}

    return run

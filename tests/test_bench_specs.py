"""The benchmark's synthetic specs are specs an editor could have written: every kind,
valid, no warning, the same files for the same count."""

from __future__ import annotations

from charts.check.rules import check
from charts.spec.read import load_spec
from tests.bench.synthetic import KINDS, write_specs


def test_synthetic_specs_cover_every_kind_and_pass_the_strict_check(tmp_path):
    paths = write_specs(tmp_path / "a", 3 * len(KINDS))
    kinds = set()
    for path in paths:
        loaded = load_spec(path)
        findings = check(loaded)
        assert not findings.failing(strict=True), (path.name, [str(p) for _, p in findings.warnings])
        kinds.add(loaded.spec.kind)
    from charts.kinds import REGISTRY

    assert kinds == set(KINDS) == set(REGISTRY)


def test_the_same_count_gives_the_same_files(tmp_path):
    first = write_specs(tmp_path / "a", 20)
    second = write_specs(tmp_path / "b", 20)
    assert [p.read_bytes() for p in first] == [p.read_bytes() for p in second]
    assert len({p.read_text(encoding="utf-8").splitlines()[0] for p in first}) > 10  # varied titles

"""Strict YAML: every surprise of YAML 1.1 and every ambiguity is refused with file:line:col."""

from __future__ import annotations

from decimal import Decimal

import pytest

from charts import messages as msg
from charts.errors import SpecError
from charts.spec.loader import load_yaml, read_text


def error_of(text: str) -> str:
    with pytest.raises(SpecError) as info:
        load_yaml(text, "x.yaml")
    assert len(info.value.problems) == 1
    return str(info.value.problems[0])


@pytest.mark.parametrize("word", ["NO", "no", "Yes", "on", "OFF", "y", "n"])
def test_yaml11_booleans_are_refused(word):
    line = error_of(f"title: t\nanswer: {word}\n")
    assert line == "x.yaml:2:9: answer: " + msg.YAML11_BOOL.format(text=word)


def test_quoted_yaml11_words_are_text():
    value, _ = load_yaml('a: "NO"\nb: \'on\'\n', "x.yaml")
    assert value == {"a": "NO", "b": "on"}


def test_leading_zero_is_refused():
    assert error_of("rows:\n  - [a, 010]\n") == "x.yaml:2:9: rows[0][1]: " + msg.LEADING_ZERO.format(text="010")


def test_base60_is_refused():
    assert error_of("ratio: 1:20\n") == "x.yaml:1:8: ratio: " + msg.SEXAGESIMAL.format(text="1:20")


def test_duplicate_keys_are_refused():
    assert error_of("title: a\nkind: bar\ntitle: b\n") == "x.yaml:3:1: title: " + msg.DUPLICATE_KEY.format(key="title")


def test_anchors_and_aliases_are_refused():
    assert error_of("a: &x 1\nb: *x\n") == "x.yaml:1:4: " + msg.NO_ANCHORS


def test_alias_bomb_is_refused_before_expansion():
    bomb = "a: &a [x, x]\nb: &b [*a, *a]\nc: &c [*b, *b]\nd: [*c, *c, *c, *c]\n"
    assert msg.NO_ANCHORS in error_of(bomb)


def test_tags_are_refused():
    assert "!!python/object" in error_of("a: !!python/object:os.system x\n")


def test_tab_indentation_names_the_fix():
    assert msg.YAML_TAB in error_of("data:\n\trows: 1\n")


def test_unclosed_quote_points_at_the_line():
    line = error_of('title: "unclosed\nkind: bar\n')
    assert line.startswith("x.yaml:") and "not valid YAML" in line


def test_numbers_keep_their_written_precision():
    value, positions = load_yaml("a: 491.40\nb: 21600\nc: 2021-08\n", "x.yaml")
    assert value == {"a": Decimal("491.40"), "b": 21600, "c": "2021-08"}
    assert str(value["a"]) == "491.40"
    assert positions[("b",)] == (2, 4)


def test_empty_file():
    with pytest.raises(SpecError, match="the file is empty"):
        load_yaml("# only a comment\n", "x.yaml")


def test_bom_and_crlf_are_accepted(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_bytes("\ufefftitle: 标题\r\nkind: bar\r\n".encode("utf-8"))
    value, _ = load_yaml(read_text(path, "x.yaml"), "x.yaml")
    assert value == {"title": "标题", "kind": "bar"}


def test_gbk_file_is_detected_with_a_fix(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_bytes("title: 受访者年龄构成\n".encode("gbk"))
    with pytest.raises(SpecError) as info:
        read_text(path, "x.yaml")
    assert str(info.value.problems[0]) == "x.yaml:1: " + msg.LOOKS_GBK


def test_binary_file(tmp_path):
    path = tmp_path / "x.yaml"
    path.write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00")
    with pytest.raises(SpecError, match="not a text file"):
        read_text(path, "x.yaml")

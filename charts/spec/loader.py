"""Strict YAML reading: what an editor writes is what the spec says, or an error says why not.

PyYAML follows YAML 1.1, where `NO` is false, `010` is 8 and `1:20` is 80. We compose the
node tree ourselves and decide each plain scalar by YAML 1.2 core rules, refusing the 1.1
surprises instead of guessing. Anchors, aliases, tags and duplicate keys are refused too.
Every value's position is kept so that model errors can point at a line and column.
"""

from __future__ import annotations

import re
from decimal import Decimal
from pathlib import Path

import yaml

from charts import messages as msg
from charts.errors import Problem, SpecError

# The largest spec we read; a newsroom table is a few kilobytes.
MAX_SPEC_BYTES = 1_000_000

_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_LEADING_ZERO = re.compile(r"[-+]?0[0-9]+(\.[0-9]*)?")
_SEXAGESIMAL = re.compile(r"[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?")
_YAML11_BOOL = {"y", "yes", "n", "no", "on", "off"}
_NULL = {"", "~", "null", "Null", "NULL"}
_TRUE = {"true", "True", "TRUE"}
_FALSE = {"false", "False", "FALSE"}

# Marks the position of a key itself (not its value) in Positions: path + (key, KEY).
KEY = "<key>"

# Path of a value inside the spec, e.g. ("data", "rows", 3, 1).
FieldPath = tuple[str | int, ...]


class Positions(dict):
    """Field path -> (line, column), both 1-based."""

    def find(self, path: FieldPath) -> tuple[int, int] | None:
        """The position of the path, or of its nearest ancestor we know."""
        path = tuple(path)
        while path:
            if path in self:
                return self[path]
            path = path[:-1]
        return self.get((), None)


def format_path(path: FieldPath) -> str:
    """("data", "rows", 3, 1) -> "data.rows[3][1]"."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else str(part)
    return out


def read_text(path: Path, shown: str) -> str:
    """The spec's text as UTF-8 (a BOM and CRLF line ends are fine)."""
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise SpecError(Problem(shown, msg.CANNOT_READ.format(reason=exc.strerror or exc)))
    if len(raw) > MAX_SPEC_BYTES:
        raise SpecError(Problem(shown, msg.SPEC_TOO_LARGE.format(size=len(raw), limit=MAX_SPEC_BYTES)))
    if b"\x00" in raw:
        raise SpecError(Problem(shown, msg.NOT_TEXT))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        hint = msg.LOOKS_GBK if _decodes_as_gb18030(raw) else msg.NOT_UTF8
        raise SpecError(Problem(shown, hint, line=line))
    return text.replace("\r\n", "\n")


def _decodes_as_gb18030(raw: bytes) -> bool:
    try:
        raw.decode("gb18030")
    except UnicodeDecodeError:
        return False
    return True


def load_yaml(text: str, shown: str) -> tuple[object, Positions]:
    """Parse YAML text into plain Python values and the position of every value."""
    try:
        events = list(yaml.parse(text, Loader=yaml.SafeLoader))
        for event in events:
            anchor = getattr(event, "anchor", None)
            if isinstance(event, yaml.AliasEvent) or anchor:
                raise _problem(shown, event.start_mark, "", msg.NO_ANCHORS)
            if getattr(event, "tag", None) is not None:  # explicit tags only; plain ones are None
                raise _problem(shown, event.start_mark, "", msg.NO_TAGS.format(
                    tag=event.tag.replace("tag:yaml.org,2002:", "!!")))
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.MarkedYAMLError as exc:
        mark = exc.problem_mark or exc.context_mark
        what = exc.problem or exc.context or "malformed YAML"
        if "found character '\\t'" in str(exc) or "\t" in what:
            what = msg.YAML_TAB
        else:
            what = msg.YAML_SYNTAX.format(what=what)
            opened = _unclosed_quote(text, mark.line if mark else 0)
            if opened is not None:
                what += msg.QUOTE_NOT_CLOSED.format(line=opened)
        raise _problem(shown, mark, "", what)
    except yaml.YAMLError as exc:
        raise SpecError(Problem(shown, msg.YAML_SYNTAX.format(what=exc)))
    if root is None:
        raise SpecError(Problem(shown, msg.EMPTY_SPEC))
    positions = Positions()
    value = _convert(root, (), positions, shown)
    return value, positions


def _unclosed_quote(text: str, error_line: int) -> int | None:
    """The first line before the error with an odd number of double quotes (1-based)."""
    for number, line in enumerate(text.split("\n")[: error_line + 1], start=1):
        body = line.split(" #")[0]
        if (body.count('"') - body.count('\\"')) % 2 == 1:
            return number if number - 1 < error_line else None
    return None


def _problem(shown: str, mark, field: str, message: str) -> SpecError:
    line = mark.line + 1 if mark else None
    col = mark.column + 1 if mark else None
    return SpecError(Problem(shown, message, field=field, line=line, column=col))


def _convert(node, path: FieldPath, positions: Positions, shown: str):
    positions[path] = (node.start_mark.line + 1, node.start_mark.column + 1)
    where = format_path(path)
    if isinstance(node, yaml.MappingNode):
        out: dict = {}
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                raise _problem(shown, key_node.start_mark, where, msg.KEY_NOT_TEXT)
            key = key_node.value
            positions[path + (key, KEY)] = (key_node.start_mark.line + 1, key_node.start_mark.column + 1)
            if key in out:
                raise _problem(shown, key_node.start_mark, format_path(path + (key,)),
                               msg.DUPLICATE_KEY.format(key=key))
            out[key] = _convert(value_node, path + (key,), positions, shown)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, path + (i,), positions, shown) for i, item in enumerate(node.value)]
    if node.style is not None:  # quoted or block scalar: always text
        return node.value
    return _plain_scalar(node, where, shown)


def _plain_scalar(node, where: str, shown: str):
    text = node.value
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if text.lower() in _YAML11_BOOL:
        raise _problem(shown, node.start_mark, where, msg.YAML11_BOOL.format(text=text))
    if _LEADING_ZERO.fullmatch(text):
        raise _problem(shown, node.start_mark, where, msg.LEADING_ZERO.format(text=text))
    if _SEXAGESIMAL.fullmatch(text):
        raise _problem(shown, node.start_mark, where, msg.SEXAGESIMAL.format(text=text))
    if _INT.fullmatch(text):
        return int(text)
    if _FLOAT.fullmatch(text):
        # Decimal keeps "491.40" as written: its trailing zero is the article's precision.
        return Decimal(text)
    if text.lower() in {".nan", ".inf", "-.inf", "+.inf"}:
        return Decimal(text.lower().replace(".", ""))
    return text

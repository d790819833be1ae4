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
from charts.errors import Problem, SpecError, is_invisible
from charts.inputs import InputError
from charts.spec.files import MAX_SPEC_BYTES, read_spec_bytes  # noqa: F401 (MAX_SPEC_BYTES: callers)

# Deepest nesting of lists and mappings: a spec needs four (data > rows > row > cell). PyYAML
# builds its tree by recursion, so 2,000 brackets would end in a RecursionError; the events
# are counted before the tree is built.
MAX_DEPTH = 8
MAX_KEY = 60  # characters of a key: field names are short, unit keys are category labels (40)
MAX_NUMBER = 30  # characters of a number written plain: past this it is not a figure from an article

_INT = re.compile(r"[-+]?(0|[1-9][0-9]*)")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?")
_LEADING_ZERO = re.compile(r"[-+]?0[0-9]+(\.[0-9]*)?")
_SEXAGESIMAL = re.compile(r"[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+(\.[0-9_]*)?")
_NUMBER_CHARACTERS = set("+-.0123456789eE_:")
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


def read_text(path: Path, shown: str, outside: bool = False) -> str:
    """The spec's text as UTF-8 (a BOM and CRLF line ends are fine); the file itself is read
    by the rules of charts/inputs.py (`outside`: --allow-outside)."""
    try:
        raw = read_spec_bytes(path, shown, outside)
    except InputError as exc:
        raise SpecError(Problem(shown, exc.reason))
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
        opened: list[list] = []  # the collections open at this event: [is a mapping, key or index]
        for event in yaml.parse(text, Loader=yaml.SafeLoader):
            if isinstance(event, yaml.CollectionEndEvent):
                opened.pop()
                _advance(opened)
                continue
            if isinstance(event, yaml.CollectionStartEvent):
                if len(opened) == MAX_DEPTH:
                    where = format_path(tuple(part for _, part in opened if part is not None))
                    raise _problem(shown, event.start_mark, where, msg.TOO_DEEP.format(limit=MAX_DEPTH))
                is_mapping = isinstance(event, yaml.MappingStartEvent)
                opened.append([is_mapping, None if is_mapping else 0])
            elif isinstance(event, yaml.ScalarEvent):
                _advance(opened, event.value)
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


def _advance(opened: list[list], scalar: str | None = None) -> None:
    """A scalar or a whole collection is done inside the innermost open collection: a mapping
    alternates key (remembered as the path part) and value; a list counts its items."""
    if not opened:
        return
    inner = opened[-1]
    if not inner[0]:
        inner[1] += 1
    elif inner[1] is None:  # it was a key
        inner[1] = scalar if scalar is not None else "?"
    else:  # it was the key's value
        inner[1] = None


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
            if len(key) > MAX_KEY:
                raise _problem(shown, key_node.start_mark, where, msg.KEY_TOO_LONG.format(
                    count=len(key), limit=MAX_KEY))
            refused = refused_character(key, strip=False)  # a key is never stripped
            if refused:  # the key shown as the field, escaped by Problem
                raise _problem(shown, key_node.start_mark, format_path(path + (key,)), refused)
            if key in out:
                raise _problem(shown, key_node.start_mark, format_path(path + (key,)),
                               msg.DUPLICATE_KEY.format(key=key))
            out[key] = _convert(value_node, path + (key,), positions, shown)
        return out
    if isinstance(node, yaml.SequenceNode):
        return [_convert(item, path + (i,), positions, shown) for i, item in enumerate(node.value)]
    refused = refused_character(node.value)
    if refused:
        raise _problem(shown, node.start_mark, where, refused)
    if node.style is not None:  # quoted or block scalar: always text
        return node.value
    return _plain_scalar(node, where, shown)


def refused_character(text: str, strip: bool = True) -> str | None:
    """Why `text` cannot be set on a chart, or None. Controls break the SVG's XML and can
    drive a terminal; bidi overrides and isolates make a label read otherwise than it is
    stored. Leading and trailing white space is stripped anyway, so only what stays counts."""
    for ch in text.strip() if strip else text:
        if is_invisible(ch):
            code = ord(ch)
            what = (msg.CHAR_BIDI if 0x202A <= code <= 0x202E or 0x2066 <= code <= 0x2069 or code in (0x061C, 0x200E, 0x200F)
                    else msg.CHAR_LINE_BREAK if code in (0x0A, 0x0D, 0x2028, 0x2029)
                    else msg.CHAR_NOT_A_CHARACTER if code >= 0xD800 else msg.CHAR_CONTROL)
            return msg.REFUSED_CHARACTER.format(code=f"U+{code:04X}", what=what)
    return None


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
    if len(text) > MAX_NUMBER and set(text) <= _NUMBER_CHARACTERS:
        # Python reads at most 4,300 digits into an int, and a figure this long is no figure.
        raise _problem(shown, node.start_mark, where, msg.NUMBER_TOO_LONG.format(count=len(text), limit=MAX_NUMBER))
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

"""Reading a spec file into a validated Spec and its typed table."""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass
from pathlib import Path

from pydantic import ValidationError

from charts import messages as msg
from charts.errors import Problem, SpecError
from charts.spec.files import chart_name
from charts.spec.loader import KEY, Positions, format_path, load_yaml, read_text
from charts.spec.model import Spec
from charts.spec.table import DataTable, read_table

# Several problems help an editor fix a file in one go; a wall of them does not.
MAX_PROBLEMS = 5


@dataclass(frozen=True)
class LoadedSpec:
    """A spec file, validated: the model, its typed table, and where each field was written."""

    name: str  # the chart's name: output/<name>/<name>.png
    path: Path
    shown: str  # the path as the editor gave it, for messages
    spec: Spec
    table: DataTable
    positions: Positions
    outside: bool = False  # --allow-outside: the files it names may lie outside the project

    def where(self, *path) -> tuple[int | None, int | None]:
        return self.positions.find(path) or (None, None)

    def problem(self, path: tuple, text: str) -> Problem:
        """A problem at a field of the spec; at a row of a table read from a file (its CSV
        or workbook), in that file, at the row's line."""
        places = self.table.row_places
        if path[:1] == ("rows",) and len(path) > 1 and path[1] < len(places) and places[path[1]][0]:
            file, line = places[path[1]]
            return Problem(file, text, field=format_path(path), line=line)
        line, col = self.where(*path)
        return Problem(self.shown, text, field=format_path(path), line=line, column=col)


def load_spec(path: Path, shown: str | None = None, outside: bool = False) -> LoadedSpec:
    """`outside` (--allow-outside): the spec and the files it names may lie outside the
    project; they are regular files of bounded size all the same (charts/inputs.py)."""
    shown = shown or str(path)
    text = read_text(path, shown, outside)
    raw, positions = load_yaml(text, shown)
    if not isinstance(raw, dict):
        raise SpecError(Problem(shown, msg.WRONG_VALUE.format(
            what="a spec is a mapping of fields (title:, kind:, data: …)"), line=1, column=1))
    try:
        spec = Spec.model_validate(raw)
    except ValidationError as exc:
        raise SpecError(_problems(exc, raw, positions, shown))
    table, problems = read_table(spec.data, path.parent, shown, positions.find, outside)
    if problems:
        raise SpecError(_cap(problems))
    return LoadedSpec(chart_name(path), path, shown, spec, table, positions, outside)


def _cap(problems: list[Problem]) -> list[Problem]:
    if len(problems) <= MAX_PROBLEMS:
        return problems
    extra = len(problems) - MAX_PROBLEMS
    return problems[:MAX_PROBLEMS] + [Problem(problems[0].file, msg.MORE_PROBLEMS.format(count=extra))]


def _problems(exc: ValidationError, raw: dict, positions: Positions, shown: str) -> list[Problem]:
    problems, seen = [], set()
    errors = exc.errors()
    # A value of a union (unit: text or a mapping) that is too long as text is wrong for being
    # long, not for failing to be a mapping: say the one thing that fixes it.
    # Likewise a mapping with one value too long (unit: {类别: 个个个…}) is not "not text".
    too_long = {_clean_loc(e["loc"]) for e in errors if e["type"] in _TOO_LONG}
    inner = {loc[:n] for loc in (_clean_loc(e["loc"]) for e in errors) for n in range(len(loc))}
    for error in errors:
        loc = _clean_loc(error["loc"])
        kind = error["type"]
        if loc in too_long and kind not in _TOO_LONG or kind.endswith("_type") and loc in inner:
            continue
        if kind == "extra_forbidden":
            key = loc[-1]
            known = _known_keys(loc[:-1])
            close = difflib.get_close_matches(str(key), known, n=1, cutoff=0.6)
            hint = msg.DID_YOU_MEAN.format(suggestion=close[0]) if close else ""
            text = msg.UNKNOWN_KEY.format(key=key, hint=hint)
        elif kind == "missing":
            text = msg.MISSING_FIELD.format(key=loc[-1])
        else:
            text = msg.WRONG_VALUE.format(what=_plain(error))
        if (loc, text) in seen:
            continue
        seen.add((loc, text))
        at = loc + (KEY,) if kind == "extra_forbidden" and loc + (KEY,) in positions else loc
        line, col = positions.find(at) or (None, None)
        field = format_path(loc[:-1]) if kind == "missing" else format_path(loc)
        problems.append(Problem(shown, text, field=field or format_path(loc), line=line, column=col))
    return _cap(problems)


_TOO_LONG = {"string_too_long", "too_long"}
_BRANCH = re.compile(r"^(int|str|decimal|none|list\[.*\]|dict\[.*\]|function-.*|constrained-.*|.*\[.*\])$")


def _clean_loc(loc: tuple) -> tuple:
    """Drop pydantic's union-branch names (`int`, `str`, `decimal`…) from a location."""
    return tuple(p for p in loc if isinstance(p, int) or not _BRANCH.match(str(p)))


def _known_keys(parent: tuple) -> list[str]:
    from charts.spec import model

    models = {(): model.Spec, ("source",): model.Source, ("data",): model.Table,
              ("reference",): model.Reference}
    target = models.get(tuple(p for p in parent if not isinstance(p, int)))
    if target is None and parent and parent[0] == "also_cited":
        target = model.Citation
    return list(target.model_fields) if target else []


def _given(value) -> str:
    """A value echoed in a message, cut short: an editor needs to recognise it, not reread it."""
    if isinstance(value, str) and len(value) > 40:
        return repr(value[:40])[:-1] + f"…' ({len(value):,} characters)"
    return repr(value)


def _plain(error: dict) -> str:
    """pydantic's message in an editor's words."""
    kind, given, ctx = error["type"], error.get("input"), error.get("ctx", {})
    shape = "a list" if isinstance(given, list) else "a mapping" if isinstance(given, dict) else _given(given)
    if kind == "literal_error":
        return msg.ONE_OF.format(choices=ctx.get("expected", ""), got=_given(given))
    if kind in {"dict_type", "model_type", "model_attributes_type"}:
        return msg.WANT_MAPPING.format(got=shape)
    if kind == "list_type":
        return msg.WANT_LIST.format(got=shape)
    if kind in {"string_type", "str_type"}:
        return msg.WANT_TEXT.format(got=shape)
    if kind in {"int_type", "int_parsing", "int_from_float"}:
        return msg.WANT_WHOLE_NUMBER.format(got=shape)
    if kind in {"greater_than", "greater_than_equal", "less_than", "less_than_equal"}:
        bound = next(iter(ctx.values()), "")
        return msg.WANT_BOUND[kind].format(bound=bound, got=shape)
    if kind in {"too_short", "string_too_short"}:
        return msg.WANT_NOT_EMPTY
    if kind in {"string_too_long", "too_long"}:
        return msg.WANT_SHORTER.format(limit=ctx.get("max_length"), unit="characters" if kind == "string_too_long"
                                       else "items")
    return error["msg"]

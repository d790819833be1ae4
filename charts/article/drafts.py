"""Extracted tables written as commented YAML specs an editor can finish and render."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

from charts.article.extract import Draft

_CONFIRM = "# 请核对"  # "please confirm": what extract guessed


def _q(value) -> str:
    """A YAML scalar: numbers plain, text in double quotes (JSON strings are YAML)."""
    text = str(value)
    if isinstance(value, str) and not _is_number(text):
        return json.dumps(text, ensure_ascii=False)
    # 05 or 00 as printed (a page's 2时05分): a YAML number has no leading zero
    return re.sub(r"^(-?)0+(?=[0-9])", r"\1", text)


def _text(value) -> str:
    """A column name or category: always text, even when it reads as a number (2019)."""
    return json.dumps(str(value), ensure_ascii=False)


def _is_number(text: str) -> bool:
    try:
        float(text)
    except ValueError:
        return False
    return True


def draft_yaml(draft: Draft, article: str, schema: str) -> str:
    """One spec. `article` and `schema` are paths as the spec should name them."""
    lines = [
        f"# yaml-language-server: $schema={schema}",
        f"# Drafted by `charts extract` from {article}, lines {', '.join(map(str, draft.lines))}.",
        f"# Check every line marked 请核对 ({', '.join(draft.confirm)}), then run charts check and verify.",
        f"title: {_q(draft.title)}  {_CONFIRM}",
        f"kind: {draft.kind}  {_CONFIRM}",
        f"question: {draft.question}" + (f"  {_CONFIRM}: single 合计约100 / multi 多选" if draft.unit == "%" else ""),
    ]
    unsure = f"  {_CONFIRM}" if "units" in draft.confirm else ""  # a unit extract inferred (a caption's list)
    if isinstance(draft.unit, dict):
        lines.append("unit:" + unsure)
        lines += [f"  {_q(label)}: {_q(unit)}" for label, unit in draft.unit.items()]
    else:
        lines.append(f"unit: {_q(draft.unit)}{unsure}")
    lines += ["data:", f"  columns: [{', '.join(_text(c) for c in draft.columns)}]", f"  rows:  {_CONFIRM}: labels"]
    # A figure the article qualifies (近60%, 不到20%) is drawn as its number: the comment says
    # what the article says, for the editor to word as a note or write as 近60 (kind: figures).
    lines += [f"    - [{', '.join([_text(row[0])] + [_q(c) for c in row[1:]])}]"
              + (f"  {_CONFIRM}: 原文为「{draft.worded[row[0]]}」" if row[0] in draft.worded else "")
              for row in draft.rows]
    # A row with cells missing is not fitted to the columns: which cell was empty is for a
    # human to say, so it stays a comment until then.
    lines += [f"    # - [{', '.join(_q(c) for c in row)}]  {_CONFIRM}: 单元格少于表头，"
              + draft.gaps.get(str(row[0]), "空格位置不明") for row in draft.flagged]
    lines += [f"  {_CONFIRM}: {line}" for line in draft.sums]
    if draft.reference:
        lines += ["reference:", f"  label: {_q(draft.reference[0])}", f"  value: {_q(draft.reference[1])}"]
    if draft.sample_size:
        lines.append(f"sample_size: {draft.sample_size}")
    lines += ["source:", f"  publication: {_q(draft.publication or '请填写')}  {_CONFIRM}",
              f"  article: {_q(article)}"]
    return "\n".join(lines) + "\n"


def write_drafts(drafts: list[Draft], article: Path, folder: Path) -> list[tuple[Path, Draft]]:
    """One file per draft in `folder`; refuses (FileExistsError) before writing any if a
    file would be overwritten."""
    from charts.spec.schema import SCHEMA_FILE

    folder.mkdir(parents=True, exist_ok=True)
    targets = [(folder / f"{d.name}.yaml", d) for d in drafts]
    for target, _ in targets:
        if target.exists():
            raise FileExistsError(0, "exists", str(target))
    article_ref = os.path.relpath(article.resolve(), folder.resolve())
    schema_ref = os.path.relpath(SCHEMA_FILE, folder.resolve())
    for target, draft in targets:
        target.write_text(draft_yaml(draft, article_ref, schema_ref), encoding="utf-8")
    return targets

"""charts/inputs.py: a file a spec names is read only inside its root, only when it is a
regular file, and never past its size. Real files, links, pipes and devices."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from charts import messages as msg
from charts.inputs import InputError, Kind, project_of, read_input

NEEDS_PIPES = pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes are a POSIX thing")
SMALL = Kind("data file", 10, outside="outside {name} ({root})", missing="missing {name}: {reason}",
             too_large="{name} is {size} bytes, at most {limit}")


def refused(path: Path, **rules) -> str:
    """Why read_input refuses `path` (the message alone); fails when it reads it."""
    with pytest.raises(InputError) as caught:
        read_input(path, SMALL, **rules)
    return caught.value.reason


@pytest.fixture
def project(tmp_path: Path) -> Path:
    root = tmp_path / "project"
    (root / "specs").mkdir(parents=True)
    (root / ".git").mkdir()
    return root


def test_a_file_inside_is_read(project):
    (project / "specs" / "a.csv").write_bytes(b"x,1\n")
    assert read_input(project / "specs" / "a.csv", SMALL, within=project) == b"x,1\n"


def test_a_file_outside_is_refused_and_the_flag_lets_it_in(project, tmp_path):
    secret = tmp_path / "secret.txt"
    secret.write_bytes(b"42")
    with pytest.raises(InputError) as caught:
        read_input(secret, SMALL, within=project, shown="../secret.txt")
    assert caught.value.reason == f"outside ../secret.txt ({project})"
    assert read_input(secret, SMALL, within=project, outside=True) == b"42"
    assert read_input(secret, SMALL, within=project, allowed=(tmp_path,)) == b"42"  # a root the user named


def test_a_link_inside_pointing_outside_is_outside(project, tmp_path):
    (tmp_path / "secret.txt").write_bytes(b"42")
    link = project / "specs" / "story.txt"
    link.symlink_to(tmp_path / "secret.txt")
    assert refused(link, within=project).startswith("outside")
    (project / "specs" / "real.txt").write_bytes(b"ok")
    (project / "specs" / "alias.txt").symlink_to(project / "specs" / "real.txt")
    assert read_input(project / "specs" / "alias.txt", SMALL, within=project) == b"ok"  # a link within stays in


def test_a_dotdot_name_is_judged_where_it_leads(project, tmp_path):
    (tmp_path / "x.csv").write_bytes(b"1")
    assert refused(project / "specs" / ".." / ".." / "x.csv", within=project).startswith("outside")


@NEEDS_PIPES
def test_a_named_pipe_is_refused_without_opening_it(project):
    pipe = project / "specs" / "data.csv"
    os.mkfifo(pipe)  # opened for reading with no writer, a plain open would wait for ever
    with pytest.raises(InputError) as caught:
        read_input(pipe, SMALL, within=project, shown="data.csv")
    assert caught.value.reason == msg.INPUT_NOT_A_FILE.format(name="data.csv", it=msg.INPUT_PIPE, what="data file")


@pytest.mark.parametrize("device", ["/dev/zero", "/dev/urandom"])
def test_a_device_is_refused_even_where_outside_files_are_allowed(project, device):
    with pytest.raises(InputError) as caught:
        read_input(Path(device), SMALL, within=project, outside=True, shown=device)
    assert caught.value.reason == msg.INPUT_NOT_A_FILE.format(name=device, it=msg.INPUT_DEVICE, what="data file")


def test_a_link_to_a_device_is_refused(project):
    (project / "specs" / "zero.csv").symlink_to("/dev/zero")
    with pytest.raises(InputError, match="is a device"):
        read_input(project / "specs" / "zero.csv", SMALL, within=None)  # even a file named on the command line


def test_a_folder_is_refused(project):
    (project / "specs" / "x.yaml").mkdir()
    with pytest.raises(InputError, match="is a folder"):
        read_input(project / "specs" / "x.yaml", SMALL, within=project)


def test_the_size_cap_holds_with_or_without_the_flag(project, tmp_path):
    exact, over = project / "specs" / "ten.csv", tmp_path / "eleven.csv"
    exact.write_bytes(b"0123456789")
    over.write_bytes(b"0123456789A")
    assert read_input(exact, SMALL, within=project) == b"0123456789"
    with pytest.raises(InputError) as caught:
        read_input(over, SMALL, within=project, outside=True, shown="eleven.csv")
    assert caught.value.reason == "eleven.csv is 11 bytes, at most 10"


def test_a_missing_file_says_so(project):
    assert refused(project / "specs" / "nowhere.csv", within=project, shown="nowhere.csv") == \
        "missing nowhere.csv: no such file"


def test_a_missing_file_outside_is_outside_first(project, tmp_path):
    """Whether a file exists outside the project is not the spec's business either."""
    assert refused(tmp_path / "nowhere.csv", within=project).startswith("outside")


def test_the_project_is_the_git_root_or_the_folder_above_the_specs(project, tmp_path):
    (project / "specs" / "deep").mkdir()
    assert project_of(project / "specs" / "deep" / "a.yaml") == project.resolve()
    loose = tmp_path / "loose" / "specs"
    loose.mkdir(parents=True)
    assert project_of(loose / "a.yaml") == loose.parent.resolve()
    (project / "sub").mkdir()
    (project / "sub" / ".git").write_text("gitdir: ../.git/modules/sub\n")  # a submodule's .git is a file
    assert project_of(project / "sub" / "a.yaml") == (project / "sub").resolve()


def test_a_linked_project_folder_counts_where_it_really_is(project, tmp_path):
    (project / "specs" / "a.csv").write_bytes(b"1")
    alias = tmp_path / "alias"
    alias.symlink_to(project)
    assert read_input(alias / "specs" / "a.csv", SMALL, within=project_of(alias / "specs" / "a.yaml")) == b"1"

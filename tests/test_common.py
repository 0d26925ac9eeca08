"""The shared helpers: the cache folder follows ACECODE_CACHE, and atomic writes never leave a torn file."""

import pytest

from common import cache_dir
from common.atomic import write_text_atomically


def test_cache_dir_follows_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv("ACECODE_CACHE", str(tmp_path))
    assert cache_dir() == tmp_path
    monkeypatch.delenv("ACECODE_CACHE")
    assert str(cache_dir()).endswith(".cache/acecode")


def test_write_text_atomically_replaces_the_file_and_leaves_nothing_else(tmp_path):
    path = tmp_path / "state.json"
    write_text_atomically(path, "old")
    write_text_atomically(path, "new")
    assert path.read_text() == "new"
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]


def test_write_text_atomically_keeps_the_old_file_when_writing_fails(tmp_path):
    path = tmp_path / "state.json"
    write_text_atomically(path, "old")
    with pytest.raises(TypeError):
        write_text_atomically(path, 42)  # not text: fails after the temporary file exists
    assert path.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["state.json"]

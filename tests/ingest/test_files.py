from __future__ import annotations

import os
import shutil

import pytest

from kg.errors import InputError
from kg.ingest import Skipped, find_sources, read_corpus, read_document, walk_sources

STORY = "Churn of events\n\nJaved Khan, chair of the ICB, is on leave.\n"


def test_files_bom_is_removed_and_offsets_count_from_after_it(tmp_corpus):
    folder = tmp_corpus({"a.txt": "\ufeff".encode() + STORY.encode()})
    document = read_document(folder / "a.txt")
    assert document.text == STORY
    sentence = document.stories[0].sentences[1]
    assert document.text[sentence.start:sentence.end].startswith("Javed Khan")


def test_files_crlf_is_kept_and_offsets_still_slice(tmp_corpus):
    folder = tmp_corpus({"a.txt": STORY.replace("\n", "\r\n").encode()})
    document = read_document(folder / "a.txt")
    assert "\r\n" in document.text
    for sentence in document.stories[0].sentences:
        assert document.text[sentence.start:sentence.end] == sentence.text
        assert "\r" not in sentence.text


@pytest.mark.parametrize("encoding", ["utf-16", "utf-16-be", "utf-32", "cp1252"])
def test_files_utf16_with_bom_and_windows_1252_are_decoded(tmp_corpus, encoding):
    text = STORY.replace("leave", "leave after a “review” of £2m café costs")
    data = text.encode(encoding)
    if encoding == "utf-16-be":
        data = b"\xfe\xff" + data
    folder = tmp_corpus({"a.txt": data})
    document = read_document(folder / "a.txt")
    assert document.text == text
    assert "“review”" in document.stories[0].sentences[1].text


def test_files_md_and_txt_are_found_recursively_in_order(tmp_corpus):
    folder = tmp_corpus({"b/2.md": STORY, "a/1.txt": STORY, "c.csv": "x", ".hidden/3.txt": STORY,
                         "a/.4.txt": STORY})
    assert [p.name for p in find_sources([folder])] == ["1.txt", "2.md"]


def test_files_dot_folders_and_dotdot_above_the_root_are_fine(tmp_path, monkeypatch):
    root = tmp_path / ".config" / "news"
    (root / "sub").mkdir(parents=True)
    (root / "sub" / "a.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "work").mkdir()
    monkeypatch.chdir(tmp_path / "work")
    for given in ("../.config/news", str(root), "../.config/news/../news"):
        sources, skipped = walk_sources([given])
        assert [s.name for s in sources] == ["sub/a.txt"] and not skipped


def test_files_symlinks_are_followed_once_and_loops_cut(tmp_path):
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "b.txt").write_text(STORY, encoding="utf-8")
    root = tmp_path / "root"
    root.mkdir()
    (root / "a.txt").write_text(STORY, encoding="utf-8")
    (root / "linked").symlink_to(elsewhere)
    (root / "loop").symlink_to(root)
    (root / "also-a.txt").symlink_to(root / "a.txt")
    sources, skipped = walk_sources([root])
    assert sorted(s.name for s in sources) == ["a.txt", "linked/b.txt"]
    assert not skipped


def test_files_graph_names_are_relative_to_the_root(tmp_path):
    for place in ("one", "two/deeper"):
        (tmp_path / place / "x").mkdir(parents=True)
        (tmp_path / place / "x" / "a.txt").write_text(STORY, encoding="utf-8")
    names = {d.path for place in ("one", "two/deeper") for d in read_corpus([tmp_path / place])}
    assert names == {"x/a.txt"}
    assert read_document(tmp_path / "one" / "x" / "a.txt").path == "a.txt"


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"bad.txt": b"caf\xe9 \x81\x8d"}, "not text in UTF-8 or Windows-1252"),
        ({"bom.txt": b"\xff\xfe caf\xe9"}, "UTF-16-LE byte-order mark"),
        ({"nul.txt": b"abc\x00def"}, "binary data"),
        ({"ctl.txt": b"\x01\x02\x03 abc \x1b\x1c"}, "binary data"),
        ({"empty.txt": b""}, "no story text"),
        ({"blank.txt": b"\n\n  \n"}, "no story text"),
    ],
)
def test_files_bad_input_names_the_file_and_problem(tmp_corpus, files, message):
    folder = tmp_corpus(files)
    name = next(iter(files))
    with pytest.raises(InputError) as caught:
        read_document(folder / name)
    assert name in str(caught.value) and message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_files_unreadable_entries_are_skipped_with_a_reason(tmp_corpus):
    folder = tmp_corpus({"good.txt": STORY, "nul.txt": b"\x00\x01", "empty.md": b""})
    (folder / "dangling.txt").symlink_to(folder / "nowhere.txt")
    (folder / "selfloop.txt").symlink_to(folder / "selfloop.txt")
    os.mkfifo(folder / "pipe.txt")
    seen: list[Skipped] = []
    documents = list(read_corpus([folder], strict=False, on_skip=seen.append))
    assert [d.doc for d in documents] == ["good"]
    reasons = {problem.path.name: problem.reason for problem in seen}
    assert set(reasons) == {"nul.txt", "empty.md", "dangling.txt", "selfloop.txt", "pipe.txt"}
    assert "binary" in reasons["nul.txt"] and "no story text" in reasons["empty.md"]
    assert "cannot read" in reasons["dangling.txt"] and "not a regular file" in reasons["pipe.txt"]
    with pytest.raises(InputError):
        list(read_corpus([folder]))


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads folders whatever their mode")
def test_files_unreadable_folder_is_skipped_with_a_reason(tmp_corpus):
    folder = tmp_corpus({"good.txt": STORY, "locked/a.txt": STORY})
    (folder / "locked").chmod(0)
    try:
        seen: list[Skipped] = []
        documents = list(read_corpus([folder], strict=False, on_skip=seen.append))
    finally:
        (folder / "locked").chmod(0o755)
    assert [d.doc for d in documents] == ["good"]
    assert [p.path.name for p in seen] == ["locked"]


def test_files_missing_path_and_empty_folder_are_refused(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        find_sources([tmp_path / "nope"])
    with pytest.raises(InputError, match=r"no \.txt or \.md"):
        find_sources([tmp_path])


def test_files_clashing_stems_are_refused(tmp_corpus):
    folder = tmp_corpus({"x/a.txt": STORY, "y/a.md": STORY})
    with pytest.raises(InputError, match="same file stem"):
        list(read_corpus([folder]))


def test_files_copies_of_a_folder_read_the_same(tmp_corpus, tmp_path):
    folder = tmp_corpus({"s/a.txt": STORY, "s/b/c.md": STORY.replace("Javed", "Ann")})
    shutil.copytree(folder / "s", tmp_path / "copy" / ".hidden" / "s")
    first = list(read_corpus([folder / "s"]))
    second = list(read_corpus([tmp_path / "copy" / ".hidden" / "s"]))
    assert first == second


def test_files_unreadable_folder_is_skipped_even_when_run_as_root(tmp_corpus, monkeypatch):
    folder = tmp_corpus({"good.txt": STORY, "locked/a.txt": STORY})
    real = os.scandir

    def scandir(path):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real(path)

    monkeypatch.setattr(os, "scandir", scandir)
    seen: list[Skipped] = []
    documents = list(read_corpus([folder], strict=False, on_skip=seen.append))
    assert [d.doc for d in documents] == ["good"]
    assert [(p.path.name, p.reason) for p in seen] == [
        ("locked", "cannot read folder: Permission denied")]

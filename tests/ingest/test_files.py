from __future__ import annotations

import pytest

from kg.errors import InputError
from kg.ingest import find_sources, read_corpus, read_document

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


def test_files_md_and_txt_are_found_recursively_in_order(tmp_corpus):
    folder = tmp_corpus({"b/2.md": STORY, "a/1.txt": STORY, "c.csv": "x", ".hidden/3.txt": STORY})
    assert [p.name for p in find_sources([folder])] == ["1.txt", "2.md"]


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"bad.txt": b"\xff\xfe caf\xe9"}, "not UTF-8"),
        ({"nul.txt": b"abc\x00def"}, "binary data"),
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


def test_files_missing_path_and_empty_folder_are_refused(tmp_path):
    with pytest.raises(InputError, match="no such file or folder"):
        find_sources([tmp_path / "nope"])
    with pytest.raises(InputError, match=r"no \.txt or \.md"):
        find_sources([tmp_path])


def test_files_clashing_stems_are_refused(tmp_corpus):
    folder = tmp_corpus({"x/a.txt": STORY, "y/a.md": STORY})
    with pytest.raises(InputError, match="same file stem"):
        list(read_corpus([folder]))

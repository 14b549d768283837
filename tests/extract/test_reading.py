"""The reading text keeps every offset: same length, and each character either itself or a
space; Markdown's marks go, the words they mark stay."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract.reading import _without_markdown, as_read
from kg.model import Document, Sentence, Story

_MARKDOWNISH = st.lists(st.sampled_from([*"ab Z.,'\n[]()!*_`<>/\\\"\u00a0\t",
                                         "https://", "](", "**", "Leeds Trust"]),
                        max_size=120).map("".join)


@given(_MARKDOWNISH)
@settings(max_examples=300, deadline=None)
def test_markdown_marks_become_spaces_and_nothing_else_changes(text):
    read = _without_markdown(text)
    assert len(read) == len(text)
    assert all(new == old or new == " " for new, old in zip(read, text, strict=True))


def test_links_emphasis_and_code_read_as_their_words():
    text = "**Jane Doe**, chief of [Leeds Trust](https://x.org/a_b) said `it` was _fine_."
    assert " ".join(_without_markdown(text).split()) == (
        "Jane Doe , chief of Leeds Trust said it was fine .")


@given(_MARKDOWNISH)
@settings(max_examples=200, deadline=None)
def test_a_document_read_keeps_its_sentences_offsets(text):
    sentence = Sentence(0, len(text), text)
    story = Story("d/1", "d", "t", 0, len(text), (sentence,))
    for path in ("d.md", "d.txt"):
        document = Document(path, "d", text, (story,))
        read = as_read(document)
        assert len(read.text) == len(text)
        assert [(s.start, s.end) for s in read.stories[0].sentences] == [(0, len(text))]
        assert read.stories[0].sentences[0].text == read.text

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from kg.ingest.newsletter import split_stories
from kg.ingest.sentences import sentence_spans


def test_sentences_keep_abbreviations_and_initials_together():
    text = "Mr Khan quit. Prof J. Smith said so on 3 Jan. 2024! Dr Who? No."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "Mr Khan quit.", "Prof J. Smith said so on 3 Jan. 2024!", "Dr Who?", "No."]


def test_sentences_split_after_closing_quotes():
    text = "He said it was “unrealistic.” The trust disagreed."
    assert [text[s:e] for s, e in sentence_spans(text)] == [
        "He said it was “unrealistic.”", "The trust disagreed."]


def test_sentences_do_not_split_money_or_lowercase_continuations():
    text = "It saved £2.5m last year. it is not a new sentence."
    assert len(sentence_spans(text)) == 1


_text = st.text(alphabet=st.sampled_from(list("ab .!?\n\r\t“”’'£A-Z1")), max_size=200)


@given(_text)
def test_sentences_spans_are_ordered_trimmed_and_slice_exactly(text):
    spans = sentence_spans(text)
    previous = 0
    for start, end in spans:
        assert previous <= start < end <= len(text)
        assert not text[start].isspace() and not text[end - 1].isspace()
        previous = end
    covered = "".join(text[s:e] for s, e in spans)
    assert "".join(covered.split()) == "".join(text.split())


@given(st.lists(st.sampled_from([
    "Heading here", "Body sentence one. Body two!", "- bullet teaser: yes", "", "   ",
    "Also on today", "The must-read stories and debate in health policy and leadership.",
    "Jane Doe, chief executive of X Trust, quit.", "\ufeffOdd", "Short line"]), max_size=12),
    st.sampled_from(["\n", "\r\n", "\r"]))
def test_newsletter_any_layout_gives_stories_whose_sentences_slice_the_source(lines, newline):
    text = newline.join(lines)
    for story in split_stories("doc", text):
        assert story.title
        for sentence in story.sentences:
            assert text[sentence.start:sentence.end] == sentence.text
            assert story.start <= sentence.start and sentence.end <= story.end

from __future__ import annotations

import pytest

from kg.ingest import read_corpus, read_document
from kg.ingest.newsletter import split_stories

SEED_TITLES = {
    "000_9bf80674cb74edf6": ["Covid improvement programme", "Procurement not-so premier league"],
    "001_5dfcb43a921f4321": ["For years now there have been those in…", "A measure of success",
                             "Also on today"],
    "002_a2e9b697bdfe323b": ["In brief", "There can be only one-ish", "Counting the discount"],
    "003_25862feff0a32c18": ["Shock but no surprise", "Deloitte’s delight"],
    "004_df589a93f4db6fd8": ["Trusts and integrated care system procurement teams have…",
                             "Churn of events", "Also on hsj.co.uk today"],
}


@pytest.mark.parametrize(("stem", "titles"), sorted(SEED_TITLES.items()))
def test_newsletter_splits_each_seed_into_its_stories(seeds_dir, stem, titles):
    document = read_document(seeds_dir / f"{stem}.txt")
    assert [story.title for story in document.stories] == titles
    assert [story.id for story in document.stories] == [
        f"{stem}/{n}" for n in range(1, len(titles) + 1)]


def test_newsletter_drops_the_strap_line(seeds_dir):
    document = read_document(seeds_dir / "000_9bf80674cb74edf6.txt")
    first = document.stories[0]
    assert first.sentences[0].text == "Covid improvement programme"
    assert "must-read" not in document.text[first.start:first.end]


def test_newsletter_story_spans_and_sentences_slice_the_source(seeds_dir):
    for document in read_corpus([seeds_dir]):
        for story in document.stories:
            assert story.sentences, story.id
            for sentence in story.sentences:
                assert document.text[sentence.start:sentence.end] == sentence.text
                assert story.start <= sentence.start < sentence.end <= story.end


def test_newsletter_round_up_is_its_own_story(seeds_dir):
    document = read_document(seeds_dir / "004_df589a93f4db6fd8.txt")
    round_up = document.stories[-1]
    assert round_up.title == "Also on hsj.co.uk today"
    assert any("Saffron Cordery" in s.text for s in round_up.sentences)


def test_newsletter_single_story_with_headline():
    text = "Trust chief executive quits\n\nJane Doe has resigned. She left on Friday.\n"
    stories = split_stories("doc", text)
    assert [s.title for s in stories] == ["Trust chief executive quits"]
    assert [s.text for s in stories[0].sentences] == [
        "Trust chief executive quits", "Jane Doe has resigned.", "She left on Friday."]


def test_newsletter_heading_followed_by_a_byline_keeps_the_headline():
    text = "Merger approved\nBy Sam Writer\nThe two trusts will merge in April.\n"
    stories = split_stories("doc", text)
    assert [s.title for s in stories] == ["Merger approved"]
    assert stories[0].sentences[1].text == "By Sam Writer"


def test_newsletter_trailing_footer_is_not_a_story():
    stories = split_stories("doc", "Heading one\nBody text here.\nNo comments yet\n")
    assert [s.title for s in stories] == ["Heading one"]


def test_newsletter_joins_hard_wrapped_lines_into_one_sentence():
    text = ("Board news\n\nAmara Okoye, chief executive of Leeds Teaching Hospitals NHS Trust,\n"
            "said the plan was sound. She spoke on Friday.\n")
    stories = split_stories("doc", text)
    assert [s.title for s in stories] == ["Board news"]
    first = stories[0].sentences[1]
    assert first.text == ("Amara Okoye, chief executive of Leeds Teaching Hospitals NHS Trust,\n"
                          "said the plan was sound.")
    assert text[first.start:first.end] == first.text


def test_a_wrapped_line_ending_in_a_bracket_or_quote_goes_on():
    first = "Regulators agreed that the trust can now leave segment 4 (the most intensive tier)"
    text = f"Segments\n\n{first}\nfor segment 3 this spring, its chair said.\n"
    sentences = [s.text for story in split_stories("d", text) for s in story.sentences]
    assert sentences[1] == f"{first}\nfor segment 3 this spring, its chair said."


def test_a_long_headline_over_a_paragraph_on_one_line_is_no_wrapped_line():
    headline = "Trust that runs the Harbourside General Hospital joins with its neighbour"
    paragraph = ("The body running the Harbourside General Hospital will merge with its neighbour "
                 "next year to form the biggest provider in the county, officials said.")
    sentences = [s.text for story in split_stories("d", f"{headline}\n{paragraph}\n")
                 for s in story.sentences]
    assert sentences == [headline, paragraph]


def test_newsletter_reads_markdown_headings():
    text = "# Trust chief quits\n\nJane Doe has resigned.\n\n## Merger approved\n\nIt is done.\n"
    stories = split_stories("doc", text)
    assert [s.title for s in stories] == ["Trust chief quits", "Merger approved"]
    assert stories[0].sentences[0].text == "Trust chief quits"


def test_a_long_last_line_without_a_full_stop_is_read():
    text = ("Board news\n\nThe trust met today.\n\n"
            "Jane Roe, Chief Executive of the Trust, signed it\n")
    sentences = [s.text for story in split_stories("d", text) for s in story.sentences]
    assert "Jane Roe, Chief Executive of the Trust, signed it" in sentences


def test_a_short_sign_off_is_not_a_story():
    text = "Board news\n\nThe trust met today.\n\nNotes to editors\n"
    sentences = [s.text for story in split_stories("d", text) for s in story.sentences]
    assert "Notes to editors" not in sentences

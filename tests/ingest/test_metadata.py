"""Story metadata at ingest: a manifest beside the stories, front matter, a printed dateline;
offsets still slice the source exactly, undated stays undated, bad metadata is one clear error."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kg.build import read_documents
from kg.errors import InputError
from kg.ingest import read_document
from kg.temporal.dates import is_value

BODY = "Trust news\n\nJane Doe, chief executive of Leeds Teaching Hospitals NHS Trust, quit.\n"


def _exact(document):
    for story in document.stories:
        for sentence in story.sentences:
            assert document.text[sentence.start:sentence.end] == sentence.text


def test_manifest_beside_the_stories_dates_them(tmp_corpus):
    folder = tmp_corpus({
        "stories/a01.txt": BODY, "stories/a02.txt": BODY, "stories/a03.txt": BODY,
        "sources.tsv": "id\turl\ttitle\toutlet\tdate\tbatch\n"
                       "a01\thttps://example.org/a01\tA headline\tSome Outlet\t1st March 2024\tA\n"
                       "a02\t\t\t\t\tA\n"
                       "a03\t\t\t\t17.07.14\tA\n",
    })
    documents = {d.doc: d for d in read_documents([folder])}
    first = documents["a01"]
    assert (first.date, first.url, first.headline, first.outlet) == (
        "2024-03-01", "https://example.org/a01", "A headline", "Some Outlet")
    assert all(story.date == "2024-03-01" for story in first.stories)
    assert documents["a02"].date is None and documents["a02"].stories[0].date is None
    assert documents["a03"].date == "2014-07-17"


def test_manifest_in_csv_and_nearest_wins(tmp_corpus):
    folder = tmp_corpus({
        "sub/b01.txt": BODY, "b02.txt": BODY,
        "sources.csv": "id,date\nb01,2020-01-01\nb02,2021-02-03\n",
        "sub/sources.csv": "id,date\nb01,2022-05\n",
    })
    documents = {d.doc: d for d in read_documents([folder])}
    assert documents["b01"].date == "2022-05"
    assert documents["b02"].date == "2021-02-03"


def test_a_manifest_above_the_folder_named_is_not_read(tmp_corpus):
    folder = tmp_corpus({"stories/c01.txt": BODY, "sources.csv": "id,date\nc01,2020-01-01\n"})
    assert read_documents([folder / "stories"])[0].date is None


@pytest.mark.parametrize(("manifest", "message"), [
    ("id\tdate\nx01\t31 February 2024\n", "sources.tsv: row 2 (x01): date '31 February 2024' is"),
    ("id\tdate\nx01\tsoon\n", "row 2 (x01): date 'soon' is not a date"),
    ("id\tdate\nx01\t2024-01-01\nx01\t2024-01-02\n", "row 3: id 'x01' is already on row 2"),
    ("name\tdate\nx01\t2024-01-01\n", "no 'id' column"),
    ("id\tdate\n\t2024-01-01\n", "row 2: empty id"),
    ("id\tdate\nx01\t2024-01-01\textra\n", "row 2: 3 fields but the header has 2"),
    ("id\turl\nx01\tnot a url\n", "row 2 (x01): url 'not a url' is not an http(s) URL"),
    ("id\tdate\nx01\t" + "9" * 140_000 + "\n", "not a readable table: field larger"),
])
def test_bad_manifest_rows_are_one_line_errors_naming_file_and_row(tmp_corpus, manifest,
                                                                    message):
    folder = tmp_corpus({"x01.txt": BODY, "sources.tsv": manifest})
    with pytest.raises(InputError) as caught:
        read_documents([folder], strict=False)
    assert message in str(caught.value)
    assert "\n" not in str(caught.value)


def test_front_matter_is_read_and_stories_start_after_it(tmp_corpus):
    text = ("---\ntitle: \"Leeds: a new chief\"\ndate: 2024-03-05\nurl: https://example.org/x\n"
            "outlet: Northern Health Review\n---\n# Leeds names a chief\n\n"
            "Jane Doe, chief executive of Leeds Teaching Hospitals NHS Trust, quit.\n")
    path = tmp_corpus({"m01.md": text}) / "m01.md"
    document = read_document(path)
    assert (document.date, document.headline, document.url, document.outlet) == (
        "2024-03-05", "Leeds: a new chief", "https://example.org/x", "Northern Health Review")
    assert document.text == text
    assert document.stories[0].start == text.index("# Leeds")
    assert [s.title for s in document.stories] == ["Leeds names a chief"]
    _exact(document)


def test_front_matter_wins_over_the_manifest_which_wins_over_a_dateline(tmp_corpus):
    folder = tmp_corpus({
        "n01.md": "---\ndate: 2024-03-05\n---\n25 November 2026\n\n" + BODY,
        "n02.txt": "25 November 2026\n\n" + BODY,
        "n03.txt": "25 November 2026\n\n" + BODY,
        "sources.csv": "id,date,outlet\nn01,2020-01-01,Outlet One\nn02,2021-06-30,\n",
    })
    documents = {d.doc: d for d in read_documents([folder])}
    assert (documents["n01"].date, documents["n01"].outlet) == ("2024-03-05", "Outlet One")
    assert documents["n02"].date == "2021-06-30"
    assert documents["n03"].date == "2026-11-25"


def test_bad_front_matter_is_an_error_naming_the_file(tmp_corpus):
    path = tmp_corpus({"bad.md": "---\ntitle: [unclosed\ndate: 2024-01-01\n---\n" + BODY}) \
        / "bad.md"
    with pytest.raises(InputError, match=r"bad\.md: front matter is not valid YAML"):
        read_document(path)
    path = tmp_corpus({"bad2.md": "---\ndate: someday\n---\n" + BODY}) / "bad2.md"
    with pytest.raises(InputError, match=r"bad2\.md: front matter: date 'someday' is not a date"):
        read_document(path)
    path = tmp_corpus({"bad3.md": "---\ndate: 2024-02-30\n---\n" + BODY}) / "bad3.md"
    with pytest.raises(InputError, match=r"bad3\.md: front matter holds an impossible date"):
        read_document(path)


def test_a_rule_line_is_not_front_matter_and_txt_files_have_none(tmp_corpus):
    text = "---\nA headline that is not YAML\n\nJane Doe quit today. She left.\n---\nMore text.\n"
    document = read_document(tmp_corpus({"r.md": text}) / "r.md")
    assert document.date is None and document.stories[0].start <= text.index("A headline")
    document = read_document(tmp_corpus({"r.txt": "---\ntitle: A title\n---\n" + BODY})
                             / "r.txt")
    assert document.headline is None and document.date is None


@pytest.mark.parametrize(("line", "value"), [
    ("25 November 2026", "2026-11-25"),
    ("Published: 3 March 2024", "2024-03-03"),
    ("Published on Tuesday 3 March 2024, 09:30 GMT", "2024-03-03"),
    ("Posted: March 3, 2024", "2024-03-03"),
    ("Date: 03/03/2024", "2024-03-03"),
])
def test_a_dateline_near_the_top_dates_the_file_and_leaves_the_stories(tmp_corpus, line, value):
    text = f"Trust news\n{line}\n\nJane Doe, chief executive of Leeds Teaching Hospitals NHS " \
           "Trust, quit.\r\nShe left.\n"
    document = read_document(tmp_corpus({"d.txt": text}) / "d.txt")
    assert document.date == value
    assert all(line not in s.text for story in document.stories for s in story.sentences)
    assert [story.title for story in document.stories] == ["Trust news"]
    _exact(document)


@pytest.mark.parametrize("text", [
    "Trust news\n\nMarch 2024\n\n" + BODY,
    "Trust news\n\nUpdated: 3 March 2024\n\n" + BODY,
    "Trust news\n\nOn 3 March 2024 the board met and agreed a plan.\n",
    "One\n\nTwo\n\nThree\n\nFour\n\nFive\n\n3 March 2024\n\n" + BODY,
])
def test_no_dateline_is_guessed(tmp_corpus, text):
    assert read_document(tmp_corpus({"u.txt": text}) / "u.txt").date is None


_LINES = st.sampled_from([
    "---", "title: A: b", "date: 2024-13-01", "date: 2024-02-30", "url: ftp://x",
    "date: 2024-02-29", "25 November 2026",
    "Published: 3 March 2024", "Updated: 3 March 2024, 09:30", "…", "", "Trust news",
    "Jane Doe, chief executive of Leeds Teaching Hospitals NHS Trust, quit.", "- a bullet",
    "# Heading", "key: [unclosed", "  ", "\t", "31.12.99",
])


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.one_of(_LINES, st.text(max_size=12)), max_size=12),
       st.sampled_from(["\n", "\r\n"]), st.sampled_from([".md", ".txt"]),
       st.integers(min_value=-1, max_value=6))
def test_metadata_never_breaks_offsets(tmp_path_factory, lines, end, suffix, fence):
    folder = tmp_path_factory.mktemp("prop")
    path = folder / f"p{suffix}"
    if 0 <= fence <= len(lines):
        lines = ["---", *lines[:fence], "---", *lines[fence:]]
    text = end.join(lines) + end + "Jane Doe, chief executive of Leeds Teaching Hospitals NHS " \
        "Trust, quit."
    path.write_bytes(text.encode("utf-8", "surrogatepass"))
    try:
        document = read_document(path)
    except InputError as exc:
        assert "\n" not in str(exc)
        return
    _exact(document)
    assert document.date is None or is_value(document.date)

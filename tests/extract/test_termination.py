"""Extraction ends on every sentence: chains of posts ("chair of A and chair of the board of B")
once sent a reading round the same words for ever."""

from __future__ import annotations

import json
import signal
import subprocess
import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from kg.extract import extract
from kg.ingest import read_corpus

ONCE_ENDLESS = [
    ("Jo Bloggs is chair of Leeds Teaching Hospitals NHS Trust and chair of the board of Leeds "
     "Beckett University.",
     ("Jo Bloggs", "leads", "Leeds Teaching Hospitals NHS Trust")),
]


def test_a_chain_of_posts_that_once_looped_ends(tmp_path):
    text, fact = ONCE_ENDLESS[0]
    story = tmp_path / "story.txt"
    story.write_text("Board news\n\n" + text + "\n", encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "kg", "extract", str(story), "--format",
                           "jsonl"], capture_output=True, text=True, timeout=120, check=True)
    rows = [json.loads(line) for line in done.stdout.splitlines()]
    assert fact in {(r["subject"], r["predicate"], r["object"]) for r in rows
                    if r["kind"] == "fact"}


BODIES = ["Leeds Teaching Hospitals NHS Trust", "NHS West Yorkshire Integrated Care Board",
          "the trust", "the board of Leeds Beckett University", "its board", "the ICB",
          "Leeds Beckett University", "the board", "NHS England"]
POSTS = ["chair", "chief executive", "vice chair", "medical director", "a trustee"]
LINKS = [" and ", ", and ", " and, before that, ", " and then "]


@st.composite
def post_chains(draw) -> str:
    size = draw(st.integers(1, 4))
    parts = [f"{draw(st.sampled_from(POSTS))} of {draw(st.sampled_from(BODIES))}"
             for _ in range(size)]
    text = parts[0]
    for part in parts[1:]:
        text += draw(st.sampled_from(LINKS)) + part
    return f"Ann Lee, {text}, said the plan was sound. Ann Lee is {text}."


class _Endless(Exception):
    pass


def _stop(signum, frame):
    raise _Endless


@settings(max_examples=300, deadline=None)
@given(post_chains())
def test_extraction_ends_on_any_chain_of_posts(tmp_path_factory, sentence):
    folder = tmp_path_factory.mktemp("chain")
    (folder / "story.txt").write_text("Board news\n\n" + sentence + "\n", encoding="utf-8")
    previous = signal.signal(signal.SIGALRM, _stop)
    signal.alarm(5)
    try:
        docs = extract(list(read_corpus([folder])))
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)
    assert len(docs) == 1

"""The text extractors read: the source with hard line breaks inside sentences, unusual
spaces and (in a ``.md`` file) Markdown's inline marks read as plain spaces.

Text pasted from e-mail, PDFs or plain-text archives is often wrapped at a fixed width and
spaced with no-break spaces. The sentence splitter already joins wrapped lines into sentences,
but the extractors' patterns and the gazetteer match names across single spaces: on the real
development stories wrapped at 72 columns fact F1 fell from 0.91 to 0.82 ("Leeds Teaching\\n
Hospitals NHS Trust" was no trust). Every replacement keeps the text's length, so every offset
found in the reading text is an offset in the source; once a document is read, its facts'
evidence is the source's sentence again, sliced exactly.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.doc import StoryDoc
from kg.extract.text import lazy_pattern
from kg.model import Document, Sentence, Story

__all__ = ["as_read", "restored"]

_ODD_SPACES = ("\u00a0", "\t", "\u2007", "\u2009", "\u202f", "\u200a", "\u2002", "\u2003")
_MARKDOWN = lazy_pattern(  # every run bounded: time linear in the text, however hostile
    r"!\[[^\[\]\n]{0,300}\]\([^()\s]{0,500}\)"         # an image: no words of the story
    r"|(?P<open>\[)(?=[^\[\]\n]{1,300}\]\()"
    r"|(?<=[^\s\[])(?P<target>\]\([^()\[\]\s]{0,500}(?:\s+\"[^\"\n]{0,300}\")?\))"
    r"|<(?:https?://|mailto:)[^>\s]{1,500}>|</?[A-Za-z][A-Za-z0-9]{0,20}(?:\s[^<>\n]{0,300})?/?>"
    r"|(?<![\w*])\*{1,3}(?=\S)|(?<=\S)\*{1,3}(?![\w*])"
    r"|(?<![\w_])_{1,3}(?=\S)|(?<=\S)_{1,3}(?![\w_])|`+|\\(?=[\\`*_{}\[\]()#+.!-])")


def _without_markdown(text: str) -> str:
    """Markdown's inline marks (links' brackets and targets, emphasis, code ticks, tags,
    images, escapes) as spaces: "[Leeds Teaching Hospitals NHS Trust](https://...)" reads
    as the name, at the same offsets. On the real development stories with their bodies and
    people marked up so, fact F1 was 0.52 before (0.91 as published)."""
    return _MARKDOWN.sub(lambda match: " " * len(match.group(0)), text)


def as_read(document: Document) -> Document:
    """``document`` itself when nothing needs reading as a space, else a copy whose text has
    the same length with those characters replaced."""
    text = document.text
    odd = [space for space in _ODD_SPACES if space in text]
    markdown = document.path.lower().endswith(".md")
    broken = [s for story in document.stories for s in story.sentences
              if "\n" in s.text or "\r" in s.text]
    if not (odd or markdown or broken):
        return document
    spaced = text
    for space in odd:
        spaced = spaced.replace(space, " ")
    if markdown:
        spaced = _without_markdown(spaced)
    parts, cursor = [], 0
    for sentence in broken:
        parts += [spaced[cursor:sentence.start],
                  spaced[sentence.start:sentence.end].replace("\n", " ").replace("\r", " ")]
        cursor = sentence.end
    parts.append(spaced[cursor:])
    read = "".join(parts)
    stories = tuple(replace(story, sentences=tuple(
        Sentence(s.start, s.end, read[s.start:s.end]) for s in story.sentences))
        for story in document.stories)
    return replace(document, text=read, stories=stories)


def restored(doc: StoryDoc, document: Document, story: Story) -> StoryDoc:
    """``doc``, read from :func:`as_read`'s copy of ``story``, on the source ``document``
    again: each fact's evidence is the source's sentence. Mentions keep the name as read (a
    line break or a link's brackets inside it read as spaces), at the source's offsets."""
    if doc.document is document:
        return doc
    text = document.text
    return StoryDoc(document, story, doc.mentions, [
        replace(f, evidence=replace(f.evidence, text=text[f.evidence.start:f.evidence.end]))
        for f in doc.facts])

"""The text extractors read: the source with hard line breaks inside sentences and unusual
spaces read as plain spaces.

Text pasted from e-mail, PDFs or plain-text archives is often wrapped at a fixed width and
spaced with no-break spaces. The sentence splitter already joins wrapped lines into sentences,
but the extractors' patterns and the gazetteer match names across single spaces: on the real
development stories wrapped at 72 columns fact F1 fell from 0.91 to 0.82 ("Leeds Teaching\\n
Hospitals NHS Trust" was no trust). Every replacement keeps the text's length, so every offset
found in the reading text is an offset in the source; once a document is read, its mentions
and facts take their text back from the source, so that each still slices the source exactly.
"""

from __future__ import annotations

from dataclasses import replace

from kg.extract.doc import StoryDoc
from kg.model import Document, Fact, Mention, Sentence

__all__ = ["as_read", "restored"]

_SPACES = str.maketrans({"\u00a0": " ", "\t": " ", "\u2007": " ", "\u2009": " ",
                         "\u202f": " ", "\u200a": " ", "\u2002": " ", "\u2003": " "})
_BREAKS = str.maketrans({"\n": " ", "\r": " "})


def as_read(document: Document) -> Document:
    """``document`` itself when nothing needs reading as a space, else a copy whose text has
    the same length with those characters replaced."""
    text = document.text
    spaced = text.translate(_SPACES)
    broken = [s for story in document.stories for s in story.sentences
              if "\n" in s.text or "\r" in s.text]
    if not broken and spaced == text:
        return document
    parts, cursor = [], 0
    for sentence in broken:
        parts += [spaced[cursor:sentence.start],
                  spaced[sentence.start:sentence.end].translate(_BREAKS)]
        cursor = sentence.end
    parts.append(spaced[cursor:])
    read = "".join(parts)
    stories = tuple(replace(story, sentences=tuple(
        Sentence(s.start, s.end, read[s.start:s.end]) for s in story.sentences))
        for story in document.stories)
    return replace(document, text=read, stories=stories)


def restored(doc: StoryDoc, document: Document) -> StoryDoc:
    """``doc``, read from :func:`as_read`'s copy, on the source ``document`` again."""
    if doc.document is document:
        return doc
    text = document.text
    fixed: dict[Mention, Mention] = {}

    def source(mention: Mention) -> Mention:
        if mention not in fixed:
            fixed[mention] = replace(mention, text=text[mention.start:mention.end])
        return fixed[mention]

    def fact(found: Fact) -> Fact:
        obj, evidence = found.object, found.evidence
        return replace(found, subject=source(found.subject),
                       object=source(obj) if isinstance(obj, Mention) else obj,
                       evidence=replace(evidence, text=text[evidence.start:evidence.end]))

    story = next(s for s in document.stories if s.id == doc.story.id)
    return StoryDoc(document, story, [source(m) for m in doc.mentions],
                    [fact(f) for f in doc.facts])
